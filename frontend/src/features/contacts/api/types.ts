import { channelKindValues, contactFunctionValues, preferredChannelValues, type components } from '@/lib/api/schema';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];
export type ContactChannel = components['schemas']['ContactChannel'];
export type ContactFunction = components['schemas']['ContactFunction'];
export type PreferredChannel = components['schemas']['PreferredChannel'];
export type ChannelKind = components['schemas']['ChannelKind'];

export const FUNCTIONS: readonly ContactFunction[] = contactFunctionValues;
export const PREFERRED: readonly PreferredChannel[] = preferredChannelValues;
export const CHANNEL_KINDS: readonly ChannelKind[] = channelKindValues;
