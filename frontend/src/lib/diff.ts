/** A JSON merge patch (RFC 7396) of T: a field set to null is cleared on the server. */
export type MergePatch<T> = { [K in keyof T]?: T[K] | null };

/**
 * Only the fields that differ, so a PATCH never rewrites what someone else changed or what one may
 * not touch. A field that became undefined is sent as null: JSON drops undefined, and the user's
 * clearing (a segment, a birthday) would otherwise be lost silently.
 */
export function changedFields<T extends object>(before: T, after: T): MergePatch<T> {
  const patch: MergePatch<T> = {};
  for (const key of Object.keys({ ...before, ...after }) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key] ?? null;
  }
  return patch;
}
