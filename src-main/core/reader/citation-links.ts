// A web answer cites its sources with markers ChatGPT resolves from the message's metadata: the
// private-use \uE200cite\uE202turn0search0\uE201 of 2024+ (content_references, else the search results
// the ref names) and the 【11†source】 of 2023 (citations, by position). Each marker becomes
// `[n](#source-n)` where it stands, numbered in order of first citation within the message.

import type { CitedSource } from '../../../src-shared/model/reading.js';
import { cleanCitationUrl } from '../chatgpt-export/citation-url.js';
import { asArray, asNumber, asObject, asString, type JsonObject } from '../chatgpt-export/json-shape.js';

/** The sources of one message, numbered as they are first cited. */
export class SourceNumbering {
  private readonly byUrl = new Map<string, { number: number; url: string; title: string | null }>();

  /** The number of the source at this URL (a new one the first time); null for no http(s) URL. */
  cite(rawUrl: unknown, rawTitle: unknown): number | null {
    const url = typeof rawUrl === 'string' ? cleanCitationUrl(rawUrl) : null;
    if (!url) return null;
    const title = asString(rawTitle)?.trim() || null;
    const known = this.byUrl.get(url);
    if (known) {
      known.title ??= title;
      return known.number;
    }
    const number = this.byUrl.size + 1;
    this.byUrl.set(url, { number, url, title });
    return number;
  }

  sources(): CitedSource[] {
    return [...this.byUrl.values()].map(({ number, url, title }) => ({ number, url, title }));
  }
}

interface Cited {
  readonly url: unknown;
  readonly title: unknown;
}

// Either kind of marker: the private-use one (never nested) or the 2023 lenticular brackets.
const MARKER = /[ \t]*(\uE200[^\uE200\uE201]*\uE201|\u3010[^\u3010\u3011\n]{1,200}\u3011)/g;
const SEARCH_REF = /^turn(\d+)([a-z_]+?)(\d+)$/;
const WEBPAGE_TYPES = new Set(['webpage', 'webpage_extended']);

/** What a content reference cites: its items and sources, or the page it names itself. */
function referenceSources(reference: JsonObject): Cited[] {
  const found: Cited[] = [];
  for (const raw of [...asArray(reference['items']), ...asArray(reference['sources'])]) {
    const item = asObject(raw);
    if (item) found.push({ url: item['url'], title: item['title'] });
  }
  if (found.length === 0 && WEBPAGE_TYPES.has(asString(reference['type']) ?? '')) {
    found.push({ url: reference['url'], title: reference['title'] });
  }
  return found;
}

/** The search results a `turn0search3` ref names, from the message's search_result_groups. */
function searchResults(metadata: JsonObject | null, marker: string): Cited[] {
  const refs = marker.slice(1, -1).split('\uE202').slice(1);
  const found: Cited[] = [];
  for (const ref of refs) {
    const match = SEARCH_REF.exec(ref);
    if (!match) continue;
    const [, turn, type, index] = match;
    for (const group of asArray(metadata?.['search_result_groups'])) {
      for (const raw of asArray(asObject(group)?.['entries'])) {
        const entry = asObject(raw);
        const id = asObject(entry?.['ref_id']);
        if (
          entry &&
          asNumber(id?.['turn_index']) === Number(turn) &&
          asString(id?.['ref_type']) === type &&
          asNumber(id?.['ref_index']) === Number(index)
        ) {
          found.push({ url: entry['url'], title: entry['title'] });
        }
      }
    }
  }
  return found;
}

/** The 2023 citation whose marker starts at this position (counted in code points, as Python does). */
function citationAt(metadata: JsonObject | null, codePointIndex: number): Cited[] | null {
  for (const raw of asArray(metadata?.['citations'])) {
    const citation = asObject(raw);
    if (asNumber(citation?.['start_ix']) !== codePointIndex) continue;
    const meta = asObject(citation?.['metadata']);
    return meta ? [{ url: meta['url'], title: meta['title'] }] : [];
  }
  return null;
}

function links(numbers: readonly number[]): string {
  return [...new Set(numbers)].map((n) => `[${n}](#source-${n})`).join(' ');
}

/** The text with each citation marker made a numbered link (or taken out when it cites nothing). */
export function linkCitations(text: string, metadata: JsonObject | null, numbering: SourceNumbering): string {
  if (!text.includes('\uE200') && !text.includes('\u3010')) return text;
  const references = new Map<string, JsonObject>();
  for (const raw of asArray(metadata?.['content_references'])) {
    const reference = asObject(raw);
    const matched = asString(reference?.['matched_text']);
    if (reference && matched && !references.has(matched)) references.set(matched, reference);
  }
  let codePoints = 0;
  let counted = 0;
  return text.replace(MARKER, (whole: string, marker: string, offset: number) => {
    const markerOffset = offset + whole.length - marker.length;
    for (const _char of text.slice(counted, markerOffset)) codePoints += 1;
    counted = markerOffset;
    const spacing = whole.slice(0, whole.length - marker.length);
    const reference = references.get(marker);
    let cited: Cited[] | null = null;
    if (reference) {
      if (asString(reference['type']) === 'hidden') return '';
      cited = referenceSources(reference);
      const alt = asString(reference['alt']);
      if (cited.length === 0 && alt) return `${spacing}${alt}`;
    } else if (marker.startsWith('\uE200')) {
      cited = searchResults(metadata, marker);
    } else {
      cited = citationAt(metadata, codePoints);
      // A bracket that no citation claims is ordinary text, not a marker.
      if (cited === null) return whole;
    }
    const numbers = cited.flatMap(({ url, title }) => numbering.cite(url, title) ?? []);
    return numbers.length > 0 ? `${spacing}${links(numbers)}` : '';
  });
}

/** Sources the metadata lists without a marker in the text (a footnote list, say), numbered after. */
export function citeUnmarked(metadata: JsonObject | null, numbering: SourceNumbering): void {
  for (const raw of asArray(metadata?.['content_references'])) {
    const reference = asObject(raw);
    if (reference && asString(reference['type']) !== 'hidden') {
      for (const { url, title } of referenceSources(reference)) numbering.cite(url, title);
    }
  }
  for (const raw of asArray(metadata?.['citations'])) {
    const meta = asObject(asObject(raw)?.['metadata']);
    if (meta) numbering.cite(meta['url'], meta['title']);
  }
}
