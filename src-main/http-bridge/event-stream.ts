// Archive events (import progress, jobs changing, imports finished) go out to every open page as
// server-sent events, so what lands in Downloads while a page is open shows up there live.

import type { ServerResponse } from 'node:http';
import {
  archiveEventNames,
  type ArchiveEventName,
  type ArchiveEvents,
} from '../../src-shared/contract/archive-contract.js';

const HEARTBEAT_MS = 15_000;
/** A page that stopped reading (a suspended tab) is let go rather than buffered for without end. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export class ArchiveEventStream {
  private readonly clients = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | null = null;
  private closed = false;

  /** Takes over a response as an event stream until the page goes away or the bridge closes. */
  add(response: ServerResponse): void {
    if (this.closed) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    // A comment at once, so the page knows it is connected before the first event.
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.remove(response));
    // Proxies and idle timers drop a silent connection; a comment now and then keeps it.
    this.heartbeat ??= setInterval(() => this.send(': heartbeat\n\n'), HEARTBEAT_MS);
  }

  publish = <E extends ArchiveEventName>(name: E, payload: ArchiveEvents[E]): void => {
    if (!archiveEventNames.includes(name)) return;
    // JSON never holds a raw line break, so one `data:` line carries the whole payload.
    this.send(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  };

  get size(): number {
    return this.clients.size;
  }

  /** Ends every stream; pages see the connection close. */
  close(): void {
    this.closed = true;
    for (const client of [...this.clients]) {
      client.end();
      this.remove(client);
    }
  }

  private send(frame: string): void {
    for (const client of [...this.clients]) {
      if (client.writableLength > MAX_BUFFERED_BYTES) {
        client.destroy();
        this.remove(client);
        continue;
      }
      client.write(frame);
    }
  }

  private remove(client: ServerResponse): void {
    this.clients.delete(client);
    if (this.clients.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }
}
