/** A day as the calendar on the wall says it, `yyyy-mm-dd`: today, or `days` from it. */
export function localDay(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
