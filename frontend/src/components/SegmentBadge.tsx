import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { segmentName, useSegments } from '@/lib/session/segments';

// Never cut ("KE…"): a badge takes the width its label needs, and a phone row wraps the name instead.
const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } };

/**
 * A client's segment in the segment's own colour (the director picks it), with black or white text, whichever
 * reads; nothing when the field rules withhold the segment. One per row: it only looks its segment up.
 */
export function SegmentBadge({ segment }: { segment?: string }) {
  const { i18n } = useTranslation();
  const found = useSegments().data?.find((s) => s.key === segment);
  if (!segment) return null;
  return (
    <Badge color={found?.colour ?? 'gray.8'} variant="filled" autoContrast styles={WHOLE}>
      {found ? segmentName(found, i18n.language) : segment}
    </Badge>
  );
}
