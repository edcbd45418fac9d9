// What the window opens on: the first-run guide while the archive is empty, the timeline after.

import { useQuery } from '@tanstack/react-query';
import type { TimelineRoute } from '../../app/route-state.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { FirstRunView } from '../first-run/first-run-view.js';
import { hasConversationsQuery } from '../first-run/queries.js';
import { densityQuery } from './queries.js';
import { TimelineView } from './timeline-view.js';

export function HomeView({ route }: { route: TimelineRoute }) {
  const hasConversations = useQuery(hasConversationsQuery());
  // Days with activity for the whole archive: where "the latest" is, and how far back "Earlier" goes.
  // Asked at the same time as the question above: on an empty archive it is an empty answer, quickly.
  const days = useQuery(densityQuery({ kinds: [], project: route.project, account: route.account }, 'day'));
  if (hasConversations.isError)
    return <ErrorNotice title="Archivist could not open your archive" error={hasConversations.error} />;
  if (hasConversations.isPending) return <LoadingNotice label="Opening your archive…" />;
  if (!hasConversations.data) return <FirstRunView />;
  if (days.isError) return <ErrorNotice title="The timeline did not load" error={days.error} />;
  if (days.isPending) return <LoadingNotice label="Opening your timeline…" />;
  return <TimelineView route={route} dayBuckets={days.data} />;
}
