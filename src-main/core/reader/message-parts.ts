// Turns one message's raw JSON, with the artifacts the archive keeps for it, into the parts a reader
// renders: Markdown (math normalised, citations linked), images, uploads, code with its outputs,
// canvases, voice, reasoning and tool calls. Every content type yields its text; nothing here turns
// text into HTML: the renderer sanitises.

import type { CitedSource, CodeOutput, MessagePart } from '../../../src-shared/model/reading.js';
import type { ConversationArtifact } from '../db/conversation-node-repository.js';
import {
  asArray,
  asNumber,
  asObject,
  asString,
  stringLeaves,
  type JsonObject,
} from '../chatgpt-export/json-shape.js';
import { readMessageContent } from '../chatgpt-export/message-content.js';
import { citeUnmarked, linkCitations, SourceNumbering } from './citation-links.js';
import { normalizeMath } from './markdown-math.js';

export interface PartsContext {
  /** The artifacts the archive keeps for this message, in the order the message holds them. */
  readonly artifacts: readonly ConversationArtifact[];
  /** Any artifact of the conversation by its asset pointer, scheme or not (see pointerKey). */
  readonly byPointer: ReadonlyMap<string, ConversationArtifact>;
  /** The tool messages that answer this one (its children), parsed. */
  readonly answers: () => readonly JsonObject[];
}

export interface MessageReading {
  readonly parts: MessagePart[];
  readonly sources: CitedSource[];
  /** Tool plumbing (results the answer already shows, replies to calls): hidden unless asked. */
  readonly plumbing: boolean;
}

const CODE_TOOLS = /^(python|container\.exec|jupyter)/;
const IMAGE_PLACEHOLDER = '<<ImageDisplayed>>';
const PART_TYPE_KEYS: ReadonlySet<string> = new Set(['content_type', 'type']);

/** `file-service://file-abc` and the attachment id `file-abc` name the same file. */
export function pointerKey(pointer: string): string {
  return pointer.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

function contentText(message: JsonObject): string {
  return readMessageContent(message).text;
}

/** Builds one message's parts; `emitted` keeps an artifact from being shown twice. */
class PartsBuilder {
  readonly parts: MessagePart[] = [];
  readonly numbering = new SourceNumbering();
  private readonly emitted = new Set<number>();

  constructor(
    private readonly metadata: JsonObject | null,
    private readonly context: PartsContext,
  ) {}

  artifact(pointer: string | null, kinds: readonly string[]): ConversationArtifact | null {
    if (!pointer) return null;
    const key = pointerKey(pointer);
    const own = this.context.artifacts.find(
      (artifact) =>
        kinds.includes(artifact.kind) &&
        artifact.assetPointer !== null &&
        pointerKey(artifact.assetPointer) === key,
    );
    const found = own ?? this.context.byPointer.get(key) ?? null;
    return found && kinds.includes(found.kind) ? found : null;
  }

  markdown(text: string): void {
    if (text.trim() === '') return;
    this.parts.push({
      kind: 'markdown',
      text: normalizeMath(linkCitations(text, this.metadata, this.numbering)),
    });
  }

  text(contentType: string | null, text: string): void {
    if (text.trim() !== '') this.parts.push({ kind: 'text', contentType, text });
  }

  tool(name: string | null, text: string): void {
    if (text.trim() !== '') this.parts.push({ kind: 'tool', name, text });
  }

  image(part: JsonObject, role: string | null): void {
    const pointer = asString(part['asset_pointer']);
    const artifact = this.artifact(pointer, ['image_generation', 'upload']);
    const metadata = asObject(part['metadata']);
    const generated = artifact
      ? artifact.kind === 'image_generation'
      : asObject(metadata?.['dalle']) !== null ||
        asObject(metadata?.['generation']) !== null ||
        role !== 'user';
    if (artifact) this.emitted.add(artifact.id);
    if (!generated) {
      this.upload(artifact, pointer);
      return;
    }
    const prompt = asString(asObject(metadata?.['dalle'])?.['prompt'])?.trim() || null;
    this.parts.push({
      kind: 'image',
      artifactId: artifact?.id ?? null,
      available: artifact?.available ?? false,
      prompt: artifact?.prompt ?? prompt,
      expiresAt: expiry(artifact),
      width: asNumber(part['width']),
      height: asNumber(part['height']),
    });
  }

  upload(artifact: ConversationArtifact | null, pointer: string | null): void {
    if (artifact) this.emitted.add(artifact.id);
    this.parts.push({
      kind: 'upload',
      artifactId: artifact?.id ?? null,
      name: artifact?.fileName ?? (pointer ? pointerKey(pointer) : 'file'),
      bytes: artifact?.sizeBytes ?? null,
      mimeType: artifact?.mimeType ?? null,
      available: artifact?.available ?? false,
      linkStatus: artifact?.linkStatus ?? null,
    });
  }

  multimodal(parts: readonly unknown[], role: string | null): void {
    const transcripts: string[] = [];
    const audio: (ConversationArtifact | null)[] = [];
    const audioAt = this.parts.length;
    for (const raw of parts) {
      if (typeof raw === 'string') {
        this.markdown(raw);
        continue;
      }
      const part = asObject(raw);
      if (!part) continue;
      const type = asString(part['content_type']) ?? asString(part['type']);
      if (type === 'image_asset_pointer') this.image(part, role);
      else if (type === 'audio_transcription') transcripts.push(asString(part['text']) ?? '');
      else if (type === 'audio_asset_pointer' || type === 'real_time_user_audio_video_asset_pointer') {
        const inner = type === 'audio_asset_pointer' ? part : asObject(part['audio_asset_pointer']);
        audio.push(this.artifact(asString(inner?.['asset_pointer']), ['audio']));
      } else if (type !== 'video_container_asset_pointer') {
        this.text(type, stringLeaves(part, PART_TYPE_KEYS).join('\n\n'));
      }
    }
    const transcript = transcripts.filter((said) => said.trim() !== '').join('\n') || null;
    if (audio.length === 0) {
      if (transcript) this.markdown(transcript);
      return;
    }
    // A voice turn: the recording with what was said, where the message begins.
    const voice: MessagePart[] = audio.map((artifact, index) => {
      if (artifact) this.emitted.add(artifact.id);
      return {
        kind: 'audio',
        artifactId: artifact?.id ?? null,
        available: artifact?.available ?? false,
        transcript: index === 0 ? transcript : null,
      };
    });
    this.parts.splice(audioAt, 0, ...voice);
  }

  code(language: string | null, text: string): void {
    const outputs: CodeOutput[] = [];
    for (const answer of this.context.answers()) {
      const content = asObject(answer['content']);
      if (asString(content?.['content_type']) !== 'execution_output') {
        const said = contentText(answer);
        if (said.trim() !== '') outputs.push({ kind: 'text', text: said });
        continue;
      }
      const images = asArray(
        asObject(asObject(answer['metadata'])?.['aggregate_result'])?.['messages'],
      ).flatMap((item) => {
        const pointer = asString(asObject(item)?.['image_url']);
        return pointer ? [pointer] : [];
      });
      const printed = asString(content?.['text']) ?? '';
      if (printed.trim() !== '' && !(images.length > 0 && printed.trim() === IMAGE_PLACEHOLDER)) {
        outputs.push({ kind: 'text', text: printed });
      }
      for (const pointer of images) {
        const artifact = this.artifact(pointer, ['code_output']);
        outputs.push({
          kind: 'image',
          artifactId: artifact?.id ?? null,
          available: artifact?.available ?? false,
        });
      }
    }
    const own = this.context.artifacts.find((artifact) => artifact.kind === 'code');
    if (own) this.emitted.add(own.id);
    this.parts.push({ kind: 'code', language: own?.language ?? language, text, outputs });
  }

  /** Attachments go before the text, as ChatGPT shows them; images ChatGPT linked from its CDN, after. */
  finish(role: string | null): void {
    const uploads = this.context.artifacts.filter(
      (artifact) => artifact.kind === 'upload' && !this.emitted.has(artifact.id),
    );
    const before = this.parts.length;
    for (const artifact of uploads) this.upload(artifact, artifact.assetPointer);
    this.parts.unshift(...this.parts.splice(before));
    for (const artifact of this.context.artifacts) {
      if (artifact.kind !== 'image_generation' || this.emitted.has(artifact.id) || artifact.url === null)
        continue;
      this.emitted.add(artifact.id);
      this.parts.push({
        kind: 'image',
        artifactId: artifact.id,
        available: artifact.available,
        prompt: artifact.prompt,
        expiresAt: expiry(artifact),
        width: null,
        height: null,
      });
    }
    if (role === 'assistant') citeUnmarked(this.metadata, this.numbering);
  }
}

function expiry(artifact: ConversationArtifact | null): string | null {
  if (!artifact || artifact.available || artifact.expiresAt === null) return null;
  const date = new Date(artifact.expiresAt * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function stringParts(content: JsonObject): string[] {
  return asArray(content['parts']).filter((part): part is string => typeof part === 'string');
}

/** The code a code message holds, or the JSON or text a tool call carries. */
function callBody(content: JsonObject): string {
  return asString(content['text']) ?? stringParts(content).join('\n\n');
}

function codeLanguage(content: JsonObject): string | null {
  const language = asString(content['language']);
  return language && language !== 'unknown' ? language : null;
}

export function messageParts(message: JsonObject, context: PartsContext): MessageReading {
  const content = asObject(message['content']) ?? {};
  const metadata = asObject(message['metadata']);
  const author = asObject(message['author']);
  const role = asString(author?.['role']);
  const authorName = asString(author?.['name']);
  const recipient = asString(message['recipient']);
  const type = asString(content['content_type']);
  const build = new PartsBuilder(metadata, context);

  if (role === 'tool') {
    // What a tool answered: an image it made is the point; anything else is plumbing.
    if (type === 'multimodal_text') {
      for (const raw of asArray(content['parts'])) {
        const part = asObject(raw);
        const partType = asString(part?.['content_type']) ?? asString(part?.['type']);
        if (part && partType === 'image_asset_pointer') build.image(part, role);
        else if (typeof raw === 'string') build.tool(authorName, raw);
      }
    } else {
      build.tool(authorName, contentText(message));
    }
    build.finish(role);
    const shown = build.parts.some((part) => part.kind === 'image' || part.kind === 'audio');
    return { parts: build.parts, sources: build.numbering.sources(), plumbing: !shown };
  }

  const call = role === 'assistant' && recipient !== null && recipient !== 'all';
  if (call && type === 'code' && CODE_TOOLS.test(recipient)) {
    build.code(codeLanguage(content), callBody(content));
  } else if (call && recipient === 'canmore.create_textdoc') {
    const canvas = context.artifacts.find((artifact) => artifact.kind === 'canvas');
    if (canvas) build.parts.push({ kind: 'canvas', title: canvas.title, text: canvas.text ?? '' });
    else build.tool(recipient, callBody(content));
  } else if (call) {
    build.tool(recipient, callBody(content));
  } else {
    switch (type) {
      case 'text':
        build.markdown(stringParts(content).join('\n\n'));
        // Objects among the parts of a text message (seen now and then) still show their words.
        for (const raw of asArray(content['parts'])) {
          const part = asObject(raw);
          if (part)
            build.text(
              asString(part['content_type']) ?? type,
              stringLeaves(part, PART_TYPE_KEYS).join('\n\n'),
            );
        }
        break;
      case 'multimodal_text':
        build.multimodal(asArray(content['parts']), role);
        break;
      case 'code':
        build.parts.push({
          kind: 'code',
          language: codeLanguage(content),
          text: callBody(content),
          outputs: [],
        });
        break;
      case 'thoughts':
        for (const raw of asArray(content['thoughts'])) {
          const thought = asObject(raw);
          const text = [asString(thought?.['summary']), asString(thought?.['content'])]
            .filter((piece): piece is string => piece !== null && piece.trim() !== '')
            .join('\n\n');
          if (text !== '') build.parts.push({ kind: 'reasoning', text });
        }
        break;
      case 'reasoning_recap': {
        const recap = asString(content['content']);
        if (recap && recap.trim() !== '') build.parts.push({ kind: 'reasoning', text: recap });
        break;
      }
      case 'execution_output':
      case 'tether_browsing_display':
      case 'tether_quote':
      case 'sonic_webpage':
      case 'system_error':
      case 'computer_output':
        build.tool(authorName ?? type, contentText(message));
        break;
      default:
        build.text(type, contentText(message));
    }
  }
  build.finish(role);
  return { parts: build.parts, sources: build.numbering.sources(), plumbing: false };
}
