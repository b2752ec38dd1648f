import type { components } from '@/lib/api/schema';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];
export type ContactChannel = components['schemas']['ContactChannel'];
export type ContactFunction = components['schemas']['ContactFunction'];
export type PreferredChannel = components['schemas']['PreferredChannel'];
export type ChannelKind = components['schemas']['ChannelKind'];

export const FUNCTIONS: ContactFunction[] = ['decision_maker', 'orders', 'receives_goods', 'documents', 'pays'];
export const PREFERRED: PreferredChannel[] = ['phone', 'email', 'messenger', 'in_person'];
export const CHANNEL_KINDS: ChannelKind[] = ['phone', 'email'];
