import { notifications } from '@mantine/notifications';
import { i18n } from '@/lib/i18n';
import { isProblem } from '@/lib/problem';

/**
 * A failure in the reader's language. The API's `detail` is English and meant for integrators; the SPA
 * speaks by the problem's stable `type` (`/problems/stale-version` → `problem.stale-version`).
 */
export function problemText(error: unknown): { title: string; message: string } {
  const slug = isProblem(error) ? error.type.split('/').pop() : 'unexpected';
  const key = i18n.exists(`problem.${slug}.title`) ? `problem.${slug}` : 'problem.unexpected';
  return { title: i18n.t(`${key}.title`), message: i18n.t(`${key}.detail`) };
}

/** What failed, in one line, for a page or section that could not load. */
export function problemMessage(error: unknown): string {
  return problemText(error).message;
}

/**
 * Shows a failure as a toast. The caller knows what it attempted, so it may say more for some statuses:
 * `notifyProblem(error, { 409: 'conflict.alreadyRestored' })`.
 */
export function notifyProblem(error: unknown, saying: Partial<Record<number, string>> = {}): void {
  const text = problemText(error);
  const specific = isProblem(error) ? saying[error.status] : undefined;
  notifications.show({ color: 'red', title: text.title, message: specific ? i18n.t(specific) : text.message });
}
