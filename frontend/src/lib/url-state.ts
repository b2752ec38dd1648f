import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's state kept in the URL's query string: shareable, bookmarkable, and there again after Back
 * or a reload. `parse` reads only what the page can show (a hand-edited link cannot put it in another
 * state); `format` writes the state back. Changes replace the history entry, so Back leaves the page
 * instead of stepping through every keystroke. Both functions must be stable (module-level); the
 * returned setter is stable too, so effects may depend on it.
 */
export function useUrlState<T>(parse: (params: URLSearchParams) => T, format: (state: T) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const latest = useRef(setParams);
  // What the last change wrote, until the router renders with it: two changes in a row (two fields filled
  // quickly) each build on the one before, not both on the link as it was.
  const written = useRef<URLSearchParams | null>(null);
  const shown = useRef(params);
  useEffect(() => {
    latest.current = setParams;
    shown.current = params;
    written.current = null;
  }, [setParams, params]);
  const state = useMemo(() => parse(params), [params, parse]);
  const update = useCallback(
    (change: (current: T) => T) => {
      const next = format(change(parse(written.current ?? shown.current)));
      written.current = next;
      latest.current(next, { replace: true });
    },
    [parse, format],
  );
  return [state, update] as const;
}
