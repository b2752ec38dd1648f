/**
 * Turns the days an auditor picks (`2026-11-02`, both ends included, in their own time zone) into
 * the half-open range of moments the API filters on.
 */
export function periodOf(fromDay: string, toDay: string): { from?: string; to?: string } {
  const startOf = (day: string, plusDays = 0) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year, month - 1, date + plusDays).toISOString();
  };
  return {
    ...(fromDay ? { from: startOf(fromDay) } : {}),
    ...(toDay ? { to: startOf(toDay, 1) } : {}),
  };
}
