import type { components } from '@/lib/api/schema';
import { useMe } from './get-me';

export type AccessLevel = components['schemas']['AccessLevel'];

/**
 * The caller's level on a governed field (`client.taxId`), from /me. The server enforces the rules;
 * the SPA only avoids offering what would be refused. Until /me arrives, nothing is editable.
 */
export function useFieldLevels(): (key: string) => AccessLevel {
  const me = useMe();
  return (key) => me.data?.fields[key] ?? 'read';
}

export function canWrite(level: AccessLevel): boolean {
  return level === 'write';
}

export function canRead(level: AccessLevel): boolean {
  return level === 'read' || level === 'write';
}
