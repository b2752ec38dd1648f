import { useMemo, useRef, useState } from 'react';
import { useUsers } from '@/lib/session/get-users';

/** One field a colleague changed: from the version the user started from to the one saved meanwhile. */
export type Change = { field: string; from: unknown; to: unknown };

export type Rebased<V> = {
  /** The current version with the user's own edits applied on top: what the form shows again. */
  values: V;
  /** What the colleague changed. */
  theirs: Change[];
  /** Fields both changed, to different values: the user's value is kept and the field is marked. */
  both: string[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a save was refused because someone saved first: nothing the user typed is lost. Their edits
 * (`base` → `typed`) are re-applied on the current version (`fresh`), and what the colleague changed
 * (`base` → `fresh`) is told, so that the user can check and save again.
 */
export function rebase<V extends object>(base: V, fresh: V, typed: V): Rebased<V> {
  const values = { ...fresh };
  const theirs: Change[] = [];
  const both: string[] = [];
  for (const key of Object.keys({ ...base, ...fresh, ...typed }) as (keyof V & string)[]) {
    const mine = !same(base[key], typed[key]);
    if (!same(base[key], fresh[key])) {
      theirs.push({ field: key, from: base[key], to: fresh[key] });
      if (mine && !same(typed[key], fresh[key])) both.push(key);
    }
    if (mine) values[key] = typed[key];
  }
  return { values, theirs, both };
}

/**
 * The state of an editor that never loses typing: the version being edited (pinned, so a background
 * refetch neither wipes the form nor moves the If-Match), the values the form starts from, and, after a
 * refused save, what the colleague changed. `sending` notes what the user sends; `caughtUp` restarts the
 * form (`generation` is its key) on the version that won, with the user's edits re-applied.
 */
export function useRebasing<R extends { updatedBy: string }, V extends object>(record: R, toValues: (record: R) => V) {
  const users = useUsers();
  const [base, setBase] = useState(record);
  const baseValues = useMemo(() => toValues(base), [base]); // eslint-disable-line react-hooks/exhaustive-deps
  const [start, setStart] = useState<V>(baseValues);
  const [generation, setGeneration] = useState(0);
  const [conflict, setConflict] = useState<Rebased<V> & { by?: string }>();
  const typed = useRef<V>(baseValues);
  return {
    base,
    baseValues,
    start,
    generation,
    conflict,
    sending: (values: V) => {
      typed.current = values;
    },
    caughtUp: (fresh: R) => {
      const rebased = rebase(baseValues, toValues(fresh), typed.current);
      setBase(fresh);
      setStart(rebased.values);
      setGeneration((n) => n + 1);
      setConflict({ ...rebased, by: users.data?.find((user) => user.id === fresh.updatedBy)?.name });
    },
  };
}
