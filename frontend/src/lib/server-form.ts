import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { toFormErrors } from '@/lib/problem';

/**
 * Submits a form to the server: shows the server's field errors next to the fields, hands every
 * failure to `onError` (toasts, conflicts) and tracks saving, the same way for every form.
 */
export function useServerSubmit<T>(form: UseFormReturnType<T>, onSubmit: (values: T) => Promise<unknown>,
  onError: (error: unknown) => void) {
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      form.setErrors(toFormErrors(error));
      onError(error);
    } finally {
      setSaving(false);
    }
  });
  return { submit, saving };
}

/** Select options labelled through i18n: `prefix.value`. */
export function labelled(t: (key: string) => string, values: readonly string[], prefix: string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}
