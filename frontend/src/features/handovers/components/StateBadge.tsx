import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Handover, HandoverState } from '../api/handovers';

const COLORS: Record<HandoverState, string> = { draft: 'gray.7', submitted: 'blue.9', approved: 'grape.9', completed: 'green.9', cancelled: 'dark.4' };

export function StateBadge({ state }: { state: HandoverState }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[state]} variant="filled" autoContrast>{t(`handovers.state.${state}`)}</Badge>;
}

/** A temporary cover or partnership says where its period stands (planned, under way, over); any other handover its state. */
export function HandoverBadge({ handover }: { handover: Handover }) {
  const { t } = useTranslation();
  const phase = (handover.cover ?? handover.partnership)?.phase;
  return phase ? <Badge variant="light">{t(`handovers.phase.${phase}`)}</Badge> : <StateBadge state={handover.state} />;
}
