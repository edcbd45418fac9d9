// What the window opens on: the first-run guide while the archive is empty, the timeline after.

import { useQuery } from '@tanstack/react-query';
import type { TimelineRoute } from '../../app/route-state.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { FirstRunView } from '../first-run/first-run-view.js';
import { statsQuery } from '../first-run/queries.js';
import { densityQuery } from './queries.js';
import { TimelineView } from './timeline-view.js';

export function HomeView({ route }: { route: TimelineRoute }) {
  const stats = useQuery(statsQuery());
  // Days with activity for the whole archive: where "the latest" is, and how far back "Earlier" goes.
  const days = useQuery({
    ...densityQuery({ kinds: [], project: route.project, account: route.account }, 'day'),
    enabled: stats.data !== undefined && stats.data.conversations > 0,
  });
  if (stats.isError) return <ErrorNotice title="Archivist could not open your archive" error={stats.error} />;
  if (stats.isPending) return <LoadingNotice label="Opening your archive…" />;
  if (stats.data.conversations === 0) return <FirstRunView />;
  if (days.isError) return <ErrorNotice title="The timeline did not load" error={days.error} />;
  if (days.isPending) return <LoadingNotice label="Opening your timeline…" />;
  return <TimelineView route={route} dayBuckets={days.data} />;
}
