import { clientKindValues, lifecycleValues, type components, type paths } from '@/lib/api/schema';

export type Client = components['schemas']['Client'];
export type ClientInput = components['schemas']['ClientInput'];
export type Lifecycle = components['schemas']['Lifecycle'];
export type ClientKind = components['schemas']['ClientKind'];
export type ClientListQuery = NonNullable<paths['/api/v1/clients']['get']['parameters']['query']>;
export type DuplicateCheck = components['schemas']['DuplicateCheck'];

export const LIFECYCLES: readonly Lifecycle[] = lifecycleValues;
export const KINDS: readonly ClientKind[] = clientKindValues;
/** The markets Relay offers in its country pickers (the API takes any ISO code). */
export const COUNTRIES = ['RO', 'MD', 'RU', 'ES'] as const;

