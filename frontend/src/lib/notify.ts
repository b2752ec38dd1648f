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

/** Shows a failure as a toast. */
export function notifyProblem(error: unknown): void {
  notifications.show({ color: 'red', ...problemText(error) });
}

/**
 * A toast for failures where the caller knows what it attempted, and so can say more for some problem types:
 * `onError: notifyProblemSaying({ conflict: 'conflict.alreadyRestored' })`.
 */
export function notifyProblemSaying(saying: Partial<Record<string, string>>): (error: unknown) => void {
  return (error) => {
    const text = problemText(error);
    const specific = isProblem(error) ? saying[error.type.split('/').pop() ?? ''] : undefined;
    notifications.show({ color: 'red', title: text.title, message: specific ? i18n.t(specific) : text.message });
  };
}
