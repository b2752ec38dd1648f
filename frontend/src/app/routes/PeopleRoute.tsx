import { StartHandover } from '@/features/handovers/components/StartHandover';
import { PeoplePage } from '@/features/people/components/PeoplePage';

/** The people list, where a supervisor starts a departure handover for someone of their team. */
export function PeopleRoute() {
  return <PeoplePage personAction={(user) => <StartHandover person={user} />} />;
}
