import { notifications } from '@mantine/notifications';
import { i18n } from '@/lib/i18n';
import { isProblem } from '@/lib/problem';

/** Shows a failure as a toast: the server's `detail` when it is a problem, a generic line otherwise. */
export function notifyProblem(error: unknown): void {
  const message = isProblem(error) ? error.problem.detail : i18n.t('errors.unexpected');
  const title = isProblem(error) ? error.problem.title : i18n.t('errors.title');
  notifications.show({ color: 'red', title, message });
}
