import type { components, paths } from '@/lib/api/schema';

export type Client = components['schemas']['Client'];
export type ClientInput = components['schemas']['ClientInput'];
export type Lifecycle = components['schemas']['Lifecycle'];
export type Segment = components['schemas']['Segment'];
export type ClientKind = components['schemas']['ClientKind'];
export type ClientListQuery = NonNullable<paths['/api/v1/clients']['get']['parameters']['query']>;
export type DuplicateCheck = components['schemas']['DuplicateCheck'];

export const LIFECYCLES: Lifecycle[] = ['prospect', 'active', 'passive', 'lost'];
export const SEGMENTS: Segment[] = ['vip', 'key', 'medium', 'outsider'];
export const KINDS: ClientKind[] = ['company', 'person'];
export const COUNTRIES = ['RO', 'MD', 'RU', 'ES'] as const;

