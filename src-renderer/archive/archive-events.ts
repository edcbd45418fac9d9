// Events enter the window in exactly one place: this hook listens to the archive's server-sent events
// (or, in the desktop app, the preload's subscribe) and turns each into cache invalidations, so views
// refresh instead of polling.

import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ArchiveEventName, ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import { archiveEventNames } from '../../src-shared/contract/archive-contract.js';
import type { ArchiveChange } from '../../src-shared/model/archive-change.js';
import { ARCHIVE_EVENTS_ROUTE } from '../../src-shared/contract/transport-names.js';
import { sessionReady } from './archive-client.js';
import { desktopBridge } from './desktop-bridge.js';
import { archiveKeys } from './query-keys.js';
import { taskFinished } from './task-outcomes.js';

/** Which cached answers each kind of change makes stale. */
const STALE_AFTER: { readonly [C in ArchiveChange]: readonly (readonly string[])[] } = {
  conversations: [archiveKeys.all],
  decisions: [archiveKeys.timeline, archiveKeys.overview],
  links: [archiveKeys.timeline, archiveKeys.conversation],
  projects: [archiveKeys.timeline],
  settings: [archiveKeys.overview],
};

/** What each event makes stale; a new event in the contract is a compile error here until handled. */
const onEvent: {
  readonly [E in ArchiveEventName]: (client: QueryClient, payload: ArchiveEvents[E]) => void;
} = {
  importProgressed: (client) => void client.invalidateQueries({ queryKey: archiveKeys.importJobs }),
  importFinished: (client) => void client.invalidateQueries({ queryKey: archiveKeys.all }),
  importJobChanged: (client, job) =>
    void client.invalidateQueries({
      queryKey: job.status === 'done' ? archiveKeys.all : archiveKeys.importJobs,
    }),
  relinkProgressed: () => undefined,
  // What a task changed is announced by archiveChanged; the view that started it awaits its own id.
  taskFinished: (_client, outcome) => taskFinished(outcome),
  archiveChanged: (client, { changed }) => {
    for (const what of changed) {
      for (const queryKey of STALE_AFTER[what]) void client.invalidateQueries({ queryKey });
    }
  },
};

export function useArchiveEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const bridge = desktopBridge();
    if (bridge) {
      const stops = archiveEventNames.map((name) =>
        bridge.subscribe(name, (payload) =>
          (onEvent[name] as (c: QueryClient, p: unknown) => void)(client, payload),
        ),
      );
      return () => stops.forEach((stop) => stop());
    }
    let source: EventSource | null = null;
    let closed = false;
    void sessionReady.then(() => {
      if (closed) return;
      source = new EventSource(ARCHIVE_EVENTS_ROUTE);
      for (const name of archiveEventNames) {
        source.addEventListener(name, (event) => {
          const payload = parsePayload((event as MessageEvent<string>).data);
          if (payload !== undefined) (onEvent[name] as (c: QueryClient, p: unknown) => void)(client, payload);
        });
      }
    });
    return () => {
      closed = true;
      source?.close();
    };
  }, [client]);
}

function parsePayload(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
