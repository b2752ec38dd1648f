import { Badge } from '@mantine/core';
import { useSegmentNames } from '@/lib/session/segments';

// Never cut ("KE…"): a badge takes the width its label needs, and a phone row wraps the name instead.
const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } };

/**
 * A client's segment in the segment's own colour (the director picks it), with black or white text, whichever
 * reads; nothing when the field rules withhold the segment.
 */
export function SegmentBadge({ segment }: { segment?: string }) {
  const { find, nameOf } = useSegmentNames();
  if (!segment) return null;
  const colour = find(segment)?.colour ?? 'gray.8';
  return <Badge color={colour} variant="filled" autoContrast styles={WHOLE}>{nameOf(segment)}</Badge>;
}
