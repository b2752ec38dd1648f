import { clientKindValues, lifecycleValues, type components, type paths } from '@/lib/api/schema';

export type Client = components['schemas']['Client'];
export type ClientInput = components['schemas']['ClientInput'];
export type Lifecycle = components['schemas']['Lifecycle'];
export type ClientKind = components['schemas']['ClientKind'];
export type ClientListQuery = NonNullable<paths['/api/v1/clients']['get']['parameters']['query']>;
export type DuplicateCheck = components['schemas']['DuplicateCheck'];

export const LIFECYCLES: readonly Lifecycle[] = lifecycleValues;

/**
 * The lifecycles a client may be given by hand in its phase of the conveyor (the server refuses the others: another
 * phase is a move to another stage).
 */
export function lifecyclesIn(phase?: string | null): readonly Lifecycle[] {
  switch (phase) {
    case 'lead': case 'sales': return ['prospect'];
    case 'account': return ['active', 'passive'];
    case 'lost': return ['lost'];
    default: return LIFECYCLES;
  }
}
export const KINDS: readonly ClientKind[] = clientKindValues;
/** The markets Relay offers in its country pickers (the API takes any ISO code). */
export const COUNTRIES = ['RO', 'MD', 'RU', 'ES'] as const;

