// What the desktop says when an import finishes while the person may be elsewhere (the window is often
// closed: the app lives in the tray): one sentence from the import's report, and where a click leads.

import { basename } from 'node:path';
import type { ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { exportTimeFromFileName } from '../core/chatgpt-export/export-layout.js';

/** A native notification: its two lines and the window's route a click opens. */
export interface DesktopNotice {
  readonly title: string;
  readonly body: string;
  readonly route: string;
}

/** The days the timeline shows when a click opens it: as many as it opens on by itself. */
const DAYS_SHOWN = 60;
const DAY_MS = 86_400_000;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The export's own day, UTC (its file name carries the time ChatGPT made it); null when unnamed. */
export function exportDay(report: Pick<ImportReport, 'file'>): string | null {
  const seconds = exportTimeFromFileName(basename(report.file));
  return seconds === null ? null : new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** "Export of 1 Jun 2025", as `archivist import` says it; the file's name when it carries no date. */
export function exportLabel(report: Pick<ImportReport, 'file'>): string {
  const day = exportDay(report);
  if (day === null) return basename(report.file);
  const date = new Date(`${day}T00:00:00Z`);
  return `Export of ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;
}

/** "12 new conversations, 3 updated, 1 no longer in your account"; "nothing new" when all is as it was. */
export function conversationChanges(counts: ImportReport['conversations']): string {
  const parts: string[] = [];
  if (counts.added > 0) parts.push(count(counts.added, 'new conversation', 'new conversations'));
  // The first part names the conversations; the ones after it lean on it.
  const noun = (n: number) => (parts.length === 0 ? ` ${n === 1 ? 'conversation' : 'conversations'}` : '');
  if (counts.updated > 0)
    parts.push(`${counts.updated.toLocaleString('en-US')}${noun(counts.updated)} updated`);
  if (counts.removedUpstream > 0) {
    parts.push(
      `${counts.removedUpstream.toLocaleString('en-US')}${noun(counts.removedUpstream)} no longer in your account`,
    );
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing new';
}

/**
 * The timeline's route for the days up to the export: where its newest conversations are, in its
 * account (an archive can hold several). The renderer's parseRoute reads it (see the test).
 */
export function importRoute(report: Pick<ImportReport, 'file' | 'account'>): string {
  const day = exportDay(report);
  const params = new URLSearchParams();
  if (day !== null) {
    const first = new Date(Date.parse(`${day}T00:00:00Z`) - (DAYS_SHOWN - 1) * DAY_MS);
    params.set('from', first.toISOString().slice(0, 10));
    params.set('to', day);
  }
  if (report.account) params.set('account', report.account);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The failure's reason without the full path the core puts first (the notice names the file once). */
function failureReason(report: ImportReport): string {
  const message = report.error?.message ?? 'the import stopped for an unknown reason.';
  const prefix = `${report.file}: `;
  const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  const named = reason.split(report.file).join(basename(report.file));
  // It follows a colon: "The disk is full" reads "the disk is full"; "ZIP …" stays as it is.
  return /^[A-Z][a-z]/.test(named) ? named.charAt(0).toLowerCase() + named.slice(1) : named;
}

/**
 * The notice for a finished import, or null when there is nothing to say: an export already in the
 * archive is silent, because the watcher hands every export still lying in Downloads to the queue at
 * each start, and a notice per export per login would teach the person to ignore them all. An import
 * the person cancelled is silent too. A new export that changed nothing does say "nothing new": the
 * person downloaded it and wants to know it went in.
 */
export function importNotice(report: ArchiveEvents['importFinished']): DesktopNotice | null {
  const label = exportLabel(report);
  switch (report.status) {
    case 'already-imported':
      return null;
    case 'imported':
      return {
        title: 'Export imported',
        body: `${label}: ${conversationChanges(report.conversations)}`,
        route: importRoute(report),
      };
    case 'verified': {
      const repaired = report.repaired ?? { conversations: 0, binaries: 0 };
      const back = [
        ...(repaired.conversations > 0
          ? [count(repaired.conversations, 'conversation', 'conversations')]
          : []),
        ...(repaired.binaries > 0 ? [count(repaired.binaries, 'file', 'files')] : []),
      ];
      const one = repaired.conversations + repaired.binaries === 1;
      return {
        title: 'Export verified',
        body:
          back.length === 0
            ? `${label}: the archive holds all of it`
            : `${label}: ${back.join(' and ')} ${one ? 'was missing and is' : 'were missing and are'} back`,
        route: importRoute(report),
      };
    }
    case 'failed':
      if (report.error?.code === 'import-cancelled') return null;
      return {
        title: 'Import failed',
        body: `${basename(report.file)} could not be imported: ${failureReason(report)}`,
        route: '/',
      };
  }
}
