import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lifecycle } from '../api/types';

// Never cut ("ACTIV…"): a badge takes the width its label needs, and a phone row wraps the name instead.
const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } };

// Shades chosen for contrast (WCAG AA, 4.5:1 for small text): filled with white or dark text, outlines dark.
const LIFECYCLE_COLORS: Record<Lifecycle, string> = { prospect: 'blue.9', active: 'green.9', passive: 'yellow.4', lost: 'gray.7' };

/** Nothing when the field rules withhold the lifecycle from the reader. */
export function LifecycleBadge({ lifecycle }: { lifecycle?: Lifecycle }) {
  const { t } = useTranslation();
  if (!lifecycle) return null;
  return <Badge color={LIFECYCLE_COLORS[lifecycle]} variant="filled" autoContrast styles={WHOLE}>{t(`lifecycle.${lifecycle}`)}</Badge>;
}
