// Turns one message's content, whatever its content_type, into the text search indexes and the
// artifacts it carries (uploads, images, code, outputs, sources, audio). Unknown types keep their
// string leaves searchable; nothing here throws on odd input.

import type { ArtifactKind } from '../../../src-shared/model/artifact.js';
import { cleanCitationUrl } from './citation-url.js';
import {
  asArray,
  asEpochSeconds,
  asNumber,
  asObject,
  asString,
  stringLeaves,
  type JsonObject,
} from './json-shape.js';

export interface ArtifactDraft {
  kind: ArtifactKind;
  fileName?: string | null;
  sizeBytes?: number | null;
  mimeType?: string | null;
  assetPointer?: string | null;
  prompt?: string | null;
  url?: string | null;
  title?: string | null;
  language?: string | null;
  text?: string | null;
  /** ChatGPT's id for what it generated: an image's gen_id or a canvas's textdoc_id. */
  genId?: string | null;
  expiresAt?: number | null;
  lost?: boolean;
}

export interface MessageContent {
  readonly text: string;
  readonly artifacts: ArtifactDraft[];
}

const CONTENT_TYPE_KEYS = new Set(['content_type', 'type']);
// Private-use markers ChatGPT wraps around web citations (\uE200cite\uE202turn0search0\uE201).
// Taken out with the spaces before it, so that no space is left before the punctuation that follows.
const CITATION_MARKER = /[ \t]*\uE200[^\uE201]*\uE201/g;
const SANDBOX_LINK = /sandbox:(\/mnt\/data\/[^\s)\]"'<>]+)/g;
const CODE_TOOLS = /^(python|container\.exec|jupyter)/;

function joinText(pieces: readonly (string | null | undefined)[]): string {
  return pieces
    .filter((piece): piece is string => typeof piece === 'string' && piece.trim() !== '')
    .join('\n\n');
}

function partsText(parts: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') out.push(part);
    else if (asObject(part)) out.push(...stringLeaves(part, CONTENT_TYPE_KEYS));
  }
  return out;
}

function imageArtifact(part: JsonObject, role: string | null): ArtifactDraft {
  const metadata = asObject(part['metadata']);
  const dalle = asObject(metadata?.['dalle']);
  const generation = asObject(metadata?.['generation']);
  const generated = dalle !== null || generation !== null || role !== 'user';
  const prompt = asString(dalle?.['prompt']);
  return {
    kind: generated ? 'image_generation' : 'upload',
    assetPointer: asString(part['asset_pointer']),
    sizeBytes: asNumber(part['size_bytes']),
    prompt: prompt && prompt.trim() !== '' ? prompt : null,
    genId: asString(dalle?.['gen_id']) ?? asString(generation?.['gen_id']),
  };
}

function audioArtifact(part: JsonObject): ArtifactDraft {
  const format = asString(part['format']);
  return {
    kind: 'audio',
    assetPointer: asString(part['asset_pointer']),
    sizeBytes: asNumber(part['size_bytes']),
    mimeType: format ? `audio/${format}` : null,
    expiresAt: asEpochSeconds(part['expiry_datetime']),
  };
}

function readMultimodal(
  parts: readonly unknown[],
  role: string | null,
  artifacts: ArtifactDraft[],
): string[] {
  const text: string[] = [];
  const transcripts: string[] = [];
  const audio: ArtifactDraft[] = [];
  for (const raw of parts) {
    if (typeof raw === 'string') {
      text.push(raw);
      continue;
    }
    const part = asObject(raw);
    if (!part) continue;
    const type = asString(part['content_type']) ?? asString(part['type']);
    switch (type) {
      case 'image_asset_pointer':
        artifacts.push(imageArtifact(part, role));
        break;
      case 'audio_transcription': {
        const said = asString(part['text']);
        if (said) {
          text.push(said);
          transcripts.push(said);
        }
        break;
      }
      case 'audio_asset_pointer':
        audio.push(audioArtifact(part));
        break;
      case 'real_time_user_audio_video_asset_pointer': {
        const inner = asObject(part['audio_asset_pointer']);
        if (inner) audio.push(audioArtifact(inner));
        break;
      }
      case 'video_container_asset_pointer':
        break;
      default:
        text.push(...stringLeaves(part, CONTENT_TYPE_KEYS));
    }
  }
  const transcript = transcripts.length > 0 ? transcripts.join('\n') : null;
  for (const draft of audio) artifacts.push({ ...draft, text: transcript });
  return text;
}

function citationsFromMetadata(metadata: JsonObject | null): ArtifactDraft[] {
  if (!metadata) return [];
  const found: { url: unknown; title: unknown }[] = [];
  for (const citation of asArray(metadata['citations'])) {
    const meta = asObject(asObject(citation)?.['metadata']);
    if (meta) found.push({ url: meta['url'], title: meta['title'] });
  }
  for (const item of asArray(asObject(metadata['_cite_metadata'])?.['metadata_list'])) {
    const meta = asObject(item);
    if (meta) found.push({ url: meta['url'], title: meta['title'] });
  }
  for (const reference of asArray(metadata['content_references'])) {
    const ref = asObject(reference);
    if (!ref) continue;
    for (const item of [...asArray(ref['items']), ...asArray(ref['sources'])]) {
      const meta = asObject(item);
      if (meta) found.push({ url: meta['url'], title: meta['title'] });
    }
    if (asString(ref['type']) === 'webpage' && ref['url'])
      found.push({ url: ref['url'], title: ref['title'] });
  }
  return found.flatMap(({ url, title }) => {
    const clean = typeof url === 'string' ? cleanCitationUrl(url) : null;
    return clean ? [{ kind: 'citation' as const, url: clean, title: asString(title) }] : [];
  });
}

function uploadsFromMetadata(metadata: JsonObject | null): ArtifactDraft[] {
  return asArray(metadata?.['attachments']).flatMap((raw) => {
    const attachment = asObject(raw);
    if (!attachment) return [];
    return [
      {
        kind: 'upload' as const,
        fileName: asString(attachment['name']),
        sizeBytes: asNumber(attachment['size']) ?? asNumber(attachment['size_bytes']),
        mimeType: asString(attachment['mime_type']) ?? asString(attachment['mimeType']),
        assetPointer: asString(attachment['id']),
      },
    ];
  });
}

function generatedFiles(text: string): ArtifactDraft[] {
  const seen = new Set<string>();
  const out: ArtifactDraft[] = [];
  for (const match of text.matchAll(SANDBOX_LINK)) {
    const path = (match[1] ?? '').replace(/[.,;:]+$/, '');
    if (seen.has(path)) continue;
    seen.add(path);
    let name = path.slice(path.lastIndexOf('/') + 1);
    try {
      name = decodeURIComponent(name);
    } catch {
      // keep the name as written
    }
    out.push({ kind: 'generated_file', fileName: name, url: `sandbox:${path}`, lost: true });
  }
  return out;
}

// Images ChatGPT linked from its own CDN; the link's `se=` parameter is when it stops working.
const CDN_IMAGE = /https:\/\/[\w.-]*oaiusercontent\.com\/[^\s)"'<>\]]+/g;

/** CDN image links in an answer, each with the moment its signature expires. Nothing is fetched. */
function cdnImages(text: string): ArtifactDraft[] {
  const out: ArtifactDraft[] = [];
  for (const url of new Set([...text.matchAll(CDN_IMAGE)].map((match) => match[0]))) {
    let expires: number | null = null;
    try {
      const se = new URL(url).searchParams.get('se');
      const parsed = se ? Date.parse(se) : Number.NaN;
      expires = Number.isNaN(parsed) ? null : parsed / 1000;
    } catch {
      continue;
    }
    out.push({ kind: 'image_generation', url, expiresAt: expires });
  }
  return out;
}

function codeLanguage(language: string | null, recipient: string | null): string | null {
  if (language && language !== 'unknown') return language === 'python3' ? 'python' : language;
  if (recipient && CODE_TOOLS.test(recipient)) return recipient.startsWith('container') ? 'bash' : 'python';
  return language;
}

/** Merges an image part and the attachment that describes the same upload into one artifact. */
function mergeUploads(artifacts: ArtifactDraft[]): ArtifactDraft[] {
  const attachmentsById = new Map<string, ArtifactDraft>();
  for (const artifact of artifacts) {
    if (artifact.kind === 'upload' && artifact.fileName && artifact.assetPointer) {
      attachmentsById.set(artifact.assetPointer, artifact);
    }
  }
  if (attachmentsById.size === 0) return artifacts;
  return artifacts.filter((artifact) => {
    if (artifact.kind !== 'upload' || artifact.fileName || !artifact.assetPointer) return true;
    const id = artifact.assetPointer.replace(/^(?:file-service|sediment):\/\//, '');
    const attachment = attachmentsById.get(id);
    if (!attachment) return true;
    attachment.sizeBytes ??= artifact.sizeBytes ?? null;
    return false;
  });
}

function dedupeCitations(artifacts: ArtifactDraft[]): ArtifactDraft[] {
  const seen = new Map<string, ArtifactDraft>();
  return artifacts.filter((artifact) => {
    if (artifact.kind !== 'citation' || !artifact.url) return true;
    const earlier = seen.get(artifact.url);
    if (earlier) {
      earlier.title ??= artifact.title ?? null;
      return false;
    }
    seen.set(artifact.url, artifact);
    return true;
  });
}

export function readMessageContent(message: JsonObject): MessageContent {
  const content = asObject(message['content']) ?? {};
  const metadata = asObject(message['metadata']);
  const role = asString(asObject(message['author'])?.['role']);
  const recipient = asString(message['recipient']);
  const type = asString(content['content_type']);
  const artifacts: ArtifactDraft[] = [];
  let pieces: (string | null)[] = [];

  switch (type) {
    case 'text':
      pieces = partsText(asArray(content['parts']));
      break;
    case 'multimodal_text':
      pieces = readMultimodal(asArray(content['parts']), role, artifacts);
      break;
    case 'code': {
      const code = asString(content['text']);
      pieces = [code];
      if (code && recipient && CODE_TOOLS.test(recipient)) {
        artifacts.push({
          kind: 'code',
          language: codeLanguage(asString(content['language']), recipient),
          text: code,
        });
      }
      break;
    }
    case 'execution_output': {
      const output = asString(content['text']);
      pieces = [output];
      // One artifact per run: its printed output, with the first image it drew; any further images
      // are artifacts of their own.
      const aggregate = asObject(metadata?.['aggregate_result']);
      const images = asArray(aggregate?.['messages']).flatMap((item) => {
        const pointer = asString(asObject(item)?.['image_url']);
        return pointer ? [pointer] : [];
      });
      const [first, ...more] = images;
      artifacts.push({
        kind: 'code_output',
        text: output ?? '',
        ...(first ? { assetPointer: first, mimeType: 'image/png' } : {}),
      });
      for (const pointer of more)
        artifacts.push({ kind: 'code_output', assetPointer: pointer, mimeType: 'image/png' });
      break;
    }
    case 'tether_browsing_display':
      pieces = [asString(content['result']), asString(content['summary'])];
      break;
    case 'tether_quote':
    case 'sonic_webpage':
      // Pages the browsing tool opened; they become citations only where the answer cites them.
      pieces = [asString(content['title']), asString(content['text']) ?? asString(content['snippet'])];
      break;
    case 'system_error':
      pieces = [asString(content['name']), asString(content['text'])];
      break;
    case 'user_editable_context':
      pieces = [asString(content['user_profile']), asString(content['user_instructions'])];
      break;
    case 'model_editable_context':
      pieces = [asString(content['model_set_context'])];
      break;
    case 'thoughts':
      pieces = asArray(content['thoughts']).flatMap((raw) => {
        const thought = asObject(raw);
        return thought ? [asString(thought['summary']), asString(thought['content'])] : [];
      });
      break;
    case 'reasoning_recap':
      pieces = [asString(content['content'])];
      break;
    case 'computer_output': {
      const state = asObject(content['state']);
      pieces = [asString(state?.['title']), asString(state?.['url'])];
      break;
    }
    default:
      pieces = stringLeaves(content, CONTENT_TYPE_KEYS);
  }

  const text = joinText(pieces).replace(CITATION_MARKER, '');
  artifacts.push(...uploadsFromMetadata(metadata));
  // A citation is a source an answer cites; the search results a tool message lists are not.
  if (role === 'assistant') artifacts.push(...citationsFromMetadata(metadata));
  if (role === 'assistant' && text.includes('sandbox:')) artifacts.push(...generatedFiles(text));
  if (role === 'assistant' && text.includes('oaiusercontent.com')) artifacts.push(...cdnImages(text));
  return { text, artifacts: dedupeCitations(mergeUploads(artifacts)) };
}
