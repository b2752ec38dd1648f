import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lifecycle, Segment } from '../api/types';

const LIFECYCLE_COLORS: Record<Lifecycle, string> = { prospect: 'blue', active: 'green', passive: 'yellow', lost: 'gray' };
const SEGMENT_COLORS: Record<Segment, string> = { vip: 'grape', key: 'indigo', medium: 'cyan', outsider: 'gray' };

/** Nothing when the field rules withhold the lifecycle from the reader. */
export function LifecycleBadge({ lifecycle }: { lifecycle?: Lifecycle }) {
  const { t } = useTranslation();
  if (!lifecycle) return null;
  return <Badge color={LIFECYCLE_COLORS[lifecycle]} variant="light">{t(`lifecycle.${lifecycle}`)}</Badge>;
}

export function SegmentBadge({ segment }: { segment?: Segment }) {
  const { t } = useTranslation();
  if (!segment) return null;
  return <Badge color={SEGMENT_COLORS[segment]} variant="outline">{t(`segment.${segment}`)}</Badge>;
}
