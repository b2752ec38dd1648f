/**
 * Turns the days an auditor picks (`2026-11-02`, both ends included, in their own time zone) into
 * the half-open range of moments the API filters on.
 */
export function periodOf(fromDay: string, toDay: string): { from?: string; to?: string } {
  const from = startOf(fromDay);
  const to = startOf(toDay, 1);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Local midnight of `day` (+ `plusDays`) as an ISO instant; nothing for an empty or impossible day. */
function startOf(day: string, plusDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number);
  const moment = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(moment.getTime()) || year < 1 ? undefined : moment.toISOString();
}
