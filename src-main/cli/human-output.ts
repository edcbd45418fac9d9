// What the CLI prints for people (without --json): short sentences, one line per item.

import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import { basename } from 'node:path';
import type { ArtifactView } from '../../src-shared/model/artifact.js';
import type { LinkView, RelinkSummary } from '../../src-shared/model/link.js';
import type { TimelinePage } from '../../src-shared/model/timeline.js';
import type { DecisionView } from '../../src-shared/model/decision.js';
import type { RebuildKitReport } from '../../src-shared/model/rebuild-kit.js';
import type { ProjectView, SourceView } from '../../src-shared/model/attention.js';
import { exportTimeFromFileName } from '../core/chatgpt-export/export-layout.js';
import { formatBytes } from '../../src-shared/model/byte-size.js';
import { firstLine } from '../../src-shared/model/first-line.js';
import { command, runnable } from './runnable-command.js';
import type { CheckReport } from '../core/safekeeping/archive-check.js';
import type { RebuildReport } from '../core/safekeeping/archive-rebuild.js';
import type { ConversationDetail, ConversationSummary } from '../../src-shared/model/conversation.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchResult } from '../../src-shared/model/search.js';

const plural = (n: number, word: string, many = `${word}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;

export function describeImport(report: ImportReport): string {
  const lines: string[] = [];
  const c = report.conversations;
  if (report.status === 'already-imported') {
    lines.push(`${report.file}: already in the archive (export ${report.exportId}); nothing to do.`);
  } else if (report.status === 'imported') {
    const exportedAt = exportTimeFromFileName(basename(report.file));
    const which = exportedAt
      ? `Export of ${new Date(exportedAt * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`
      : 'Export';
    lines.push(
      `${which}: ${plural(c.added, 'new conversation')}, ${c.updated} updated, ` +
        `${c.removedUpstream} no longer in your account (${c.unchanged} unchanged); ` +
        `${plural(report.messages, 'message')}, ${plural(report.artifacts, 'artifact')}, ${plural(report.blobs, 'file')} recovered.`,
      `  from ${report.file}`,
    );
  } else if (report.status === 'verified') {
    const repaired = report.repaired ?? { conversations: 0, binaries: 0 };
    lines.push(
      repaired.conversations + repaired.binaries === 0
        ? `${report.file}: verified; the archive holds everything this export holds.`
        : `${report.file}: verified and repaired; ${plural(repaired.conversations, 'conversation')} and ${plural(repaired.binaries, 'file')} were missing and are back.`,
    );
  } else {
    lines.push(runnable(report.error?.message ?? `${report.file}: import failed.`));
    if (c.added + c.updated + c.unchanged > 0) {
      lines.push(`  ${plural(c.added, 'new conversation')} and ${c.updated} updated were kept.`);
    }
  }
  for (const warning of report.warnings) lines.push(`  warning: ${runnable(warning.message)}`);
  return lines.join('\n');
}

export function describeCheck(report: CheckReport): string {
  const what = `${plural(report.checked.pages, 'page')}, ${plural(report.checked.blobs, 'stored file')}`;
  if (report.ok)
    return `${report.archive}: no problems found (${what} checked in ${report.seconds.toFixed(1)} s).`;
  return [
    `${report.archive}: ${plural(report.problems.length, 'problem')} found (${what} checked):`,
    ...report.problems.map((problem) => `  ${problem}`),
    `The files were left as they are. "${command('rebuild-archive')}" builds a new archive from the kept exports and your edits.`,
  ].join('\n');
}

export function describeRebuild(report: RebuildReport): string {
  return [
    `Rebuilt ${report.archive} from ${plural(report.exports, 'kept export')} in ${report.seconds.toFixed(1)} s: ${plural(report.conversations, 'conversation')}, ${plural(report.messages, 'message')}, ${plural(report.edits.applied, 'edit')} of yours replayed.`,
    report.previous ? `  The archive it replaced is kept as ${report.previous}` : '',
    ...report.problems.map((problem) => `  warning: ${problem.file}: ${runnable(problem.message)}`),
  ]
    .filter(Boolean)
    .join('\n');
}

export function describeStats(stats: ArchiveStats): string {
  const kinds = Object.entries(stats.artifacts)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return [
    `${plural(stats.conversations, 'conversation')} (${stats.removedUpstream} no longer in the account) from ${plural(stats.exports, 'export')} of ${plural(stats.accounts, 'account')}`,
    `${plural(stats.messages, 'message')}, ${plural(stats.blobs, 'stored file')}, ${plural(stats.decisions, 'decision')}`,
    `artifacts: ${kinds || 'none'}`,
    stats.keptExports.count > 0
      ? `${plural(stats.keptExports.count, 'export')} kept to rebuild from (${formatBytes(stats.keptExports.bytes)})`
      : 'no exports kept to rebuild from',
  ].join('\n');
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '          ';
}

export function describeConversations(list: readonly ConversationSummary[]): string {
  if (list.length === 0)
    return `The archive holds no conversations yet. Import an export with "${command('import')} <zip>".`;
  return list
    .map(
      (c) =>
        `${day(c.updateTime)}  ${c.id}  ${c.title ?? '(untitled)'}  [${plural(c.messageCount, 'message')}]${c.removedUpstream ? '  (removed from account)' : ''}`,
    )
    .join('\n');
}

export function describeConversation(detail: ConversationDetail): string {
  const shown = detail.messages.filter((m) => !m.hidden);
  const hidden = detail.messages.length - shown.length;
  const branches = detail.branchList.length;
  const header = [
    detail.title ?? '(untitled)',
    [
      detail.id,
      `${plural(shown.length, 'message')}${hidden > 0 ? ` (and ${hidden} hidden: system and tool messages)` : ''}`,
      branches > 1 ? `branch ${detail.branch} of ${branches}` : null,
      detail.removedUpstream ? 'removed from your account' : null,
    ]
      .filter(Boolean)
      .join(' · '),
  ].join('\n');
  const body = shown.map(
    (m) => `--- ${m.role ?? '?'}${m.authorName ? ` (${m.authorName})` : ''} ${m.createTime ?? ''}\n${m.text}`,
  );
  const others = detail.branchList.filter((branch) => branch.number !== detail.branch);
  const footer =
    others.length === 0
      ? []
      : [
          [
            `Other branches (${command('show')} ${detail.id} --branch N):`,
            ...others.map(
              (branch) =>
                `  ${branch.number}. ${branch.departsAt ? `"${branch.departsAt.preview}"` : 'the branch ChatGPT showed last'} · ${plural(branch.messageCount, 'message')}`,
            ),
          ].join('\n'),
        ];
  return [header, ...body, ...footer].join('\n\n');
}

export function describeSearch(result: SearchResult, color: boolean): string {
  if (result.total === 0) return 'No matches.';
  const mark = (snippet: string) =>
    color
      ? snippet.replaceAll(SNIPPET_MARK_START, '\x1b[1;33m').replaceAll(SNIPPET_MARK_END, '\x1b[0m')
      : snippet;
  const lines = result.hits.map(
    (hit) =>
      `${day(hit.createTime)}  ${hit.title ?? '(untitled)'}${hit.onCurrentBranch ? '' : '  (on another branch)'}\n` +
      `  ${mark(hit.snippet.replace(/\s+/g, ' '))}\n  ${hit.conversationId}${hit.messageId ? ` #${hit.messageId}` : ''}`,
  );
  const shown = result.hits.length;
  const more = shown < result.total ? ` Showing the first ${shown}; --limit N shows more.` : '';
  const total = result.totalCapped
    ? `More than ${result.total.toLocaleString('en')} matches; add words to narrow them and rank them by relevance.${more}`
    : `${plural(result.total, 'match', 'matches')} in all.${more}`;
  return [...lines, total].join('\n');
}

/** Where an artifact's bytes or original are, in words (the same answer `links` gives for uploads). */
function whereItIs(a: ArtifactView): string {
  if (a.kind === 'upload' && a.link) {
    switch (a.link.status) {
      case 'linked':
        return `original on disk: ${a.link.path}`;
      case 'candidate':
        return `may be ${a.link.path} (${command('link accept')} ${a.id} <path> to confirm)`;
      case 'missing':
        return `original no longer at ${a.link.path}`;
      default:
        break;
    }
  }
  if (a.blob) return `kept in the archive (${formatBytes(a.blob.size)})`;
  if (a.lost) {
    return a.kind === 'generated_file' || a.kind === 'code_output'
      ? `lost with the Code Interpreter session (${command('rebuild')} to redo it)`
      : 'its link has expired';
  }
  if (a.kind === 'upload')
    return `not in the export; ${command('relink')} looks for the original on this disk`;
  if (a.assetPointer) return 'not in the export';
  return '';
}

export function describeArtifacts(list: readonly ArtifactView[]): string {
  if (list.length === 0) return 'No artifacts match.';
  return list
    .map((a) => {
      const what = firstLine(a.fileName ?? a.title ?? a.url ?? a.prompt ?? a.text, 100) ?? '';
      const where = whereItIs(a);
      return (
        `#${a.id}  ${a.kind.padEnd(16)} ${what}${where ? `  · ${where}` : ''}\n` +
        `      in "${a.conversationTitle ?? '(untitled)'}" (${a.conversationId})`
      );
    })
    .join('\n');
}

export function describeRelink(summary: RelinkSummary): string {
  const lines = [
    `Looked through ${plural(summary.scannedFiles, 'file')} for the originals of ${plural(summary.uploads, 'upload')}:`,
    `  ${summary.linked} linked, ${summary.candidates} with candidates to review (${command('links')} --status candidate),`,
    `  ${summary.missing} missing since they were linked, ${summary.unlinked} not found.`,
  ];
  for (const problem of summary.problems) lines.push(`  ${problem}`);
  return lines.join('\n');
}

const LINK_STATUS_WORDS: Record<LinkView['status'], string> = {
  linked: 'original',
  candidate: 'maybe',
  rejected: 'not it',
  missing: 'moved away',
  unlinked: 'unlinked',
};

const RULE_WORDS: Record<NonNullable<LinkView['rule']>, string> = {
  exact: 'same name and size',
  'same-name-and-size': 'same name and size',
  'duplicate-name': 'a browser copy of the name (1)',
  'same-name-other-size': 'same name, another size',
  moved: 'found again after it moved',
  person: 'chosen by you',
  'exact+sha256': 'same name, size and content',
  'same-name-and-size+sha256': 'same name, size and content',
  'duplicate-name+sha256': 'a copy with the same content',
};

/** Who or what made a link, in words. */
function ruleWords(rule: LinkView['rule']): string {
  return rule === null ? '' : RULE_WORDS[rule];
}

export function describeLinks(links: readonly LinkView[], status?: string): string {
  if (links.length === 0) {
    return status
      ? `No uploads are ${status === 'candidate' ? 'waiting for you to confirm an original' : status}.`
      : 'No uploads in the archive yet.';
  }
  return links
    .map((link) => {
      const size = link.sizeBytes !== null ? ` (${formatBytes(link.sizeBytes)})` : '';
      const how = ruleWords(link.rule);
      return (
        `#${link.artifactId}  ${LINK_STATUS_WORDS[link.status].padEnd(10)} ${link.fileName ?? '(no name)'}${size}` +
        `${link.path ? `\n        ${link.path}${how ? `  (${how})` : ''}` : ''}`
      );
    })
    .join('\n');
}

/** What a timeline query asked for, in words, for the answer that finds nothing. */
export interface TimelineAsked {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly kinds?: readonly string[] | undefined;
  readonly project?: string | undefined;
}

function nothingOnTimeline(asked: TimelineAsked): string {
  const parts: string[] = [];
  if (asked.kinds && asked.kinds.length > 0) parts.push(`of kind ${asked.kinds.join(' or ')}`);
  if (asked.project) parts.push(`in project "${asked.project}"`);
  if (asked.from && asked.to) parts.push(`between ${asked.from.slice(0, 10)} and ${asked.to.slice(0, 10)}`);
  else if (asked.from) parts.push(`since ${asked.from.slice(0, 10)}`);
  else if (asked.to) parts.push(`until ${asked.to.slice(0, 10)}`);
  return parts.length === 0
    ? `The timeline is empty: import an export first (${command('import')} <zip>).`
    : `Nothing on the timeline ${parts.join(', ')}.`;
}

export function describeTimeline(page: TimelinePage, asked: TimelineAsked = {}): string {
  if (page.items.length === 0) return nothingOnTimeline(asked);
  const lines = page.items.map(
    (item) =>
      `${item.time.slice(0, 16).replace('T', ' ')}  ${item.kind.padEnd(16)} ${item.title}` +
      `${item.conversationTitle && item.kind !== 'conversation' ? `  — ${item.conversationTitle}` : ''}` +
      `${item.project ? `  [${item.project.name ?? item.project.id}]` : ''}`,
  );
  if (page.nextCursor) lines.push(`More: ${command('timeline')} --cursor ${page.nextCursor}`);
  return lines.join('\n');
}

export function describeDecisions(decisions: readonly DecisionView[]): string {
  if (decisions.length === 0) return 'No decisions found yet.';
  return decisions
    .map(
      (decision) =>
        `${day(decision.decidedAt)}  ${decision.title}` +
        `${decision.rationale ? `\n            ${decision.rationale}` : ''}\n            ${decision.conversationId}` +
        `${decision.messageIds.length > 0 ? ` #${decision.messageIds[decision.messageIds.length - 1]}` : ''}`,
    )
    .join('\n');
}

export function describeRebuildKit(kit: RebuildKitReport): string {
  const missing = kit.inputs.filter((input) => input.status === 'missing');
  return [
    `Wrote the rebuild kit (${plural(kit.codeCells, 'code cell')}) to ${kit.folder}:`,
    ...kit.files.map((file) => `  ${file}`),
    ...(missing.length > 0
      ? [`Missing inputs, listed in RESTART.md: ${missing.map((input) => input.name).join(', ')}`]
      : []),
  ].join('\n');
}

export function describeSources(sources: readonly SourceView[]): string {
  if (sources.length === 0) return 'No sources cited.';
  return sources
    .map(
      (source) =>
        `${String(source.citations).padStart(4)}×  ${source.title ?? source.url}\n       ${source.url}`,
    )
    .join('\n');
}

export function describeProjects(projects: readonly ProjectView[]): string {
  if (projects.length === 0) return 'No projects or custom GPTs.';
  return projects
    .map(
      (project) =>
        `${project.kind.padEnd(7)} ${project.id}  ${project.name ?? '(unnamed)'}  ${plural(project.conversations, 'conversation')}`,
    )
    .join('\n');
}
