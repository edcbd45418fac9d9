// Turns one raw conversation (ChatGPT's mapping tree) into the archive's rows: every node of every
// branch, the visible thread flagged, text to index and artifacts to keep. Tolerates what real exports
// do: missing children, cycles, dangling parents, null times, message ids that differ from node keys.

import { asArray, asNumber, asObject, asString, type JsonObject } from './json-shape.js';
import { readMessageContent, type ArtifactDraft } from './message-content.js';

export interface NormalizedNode {
  readonly nodeId: string;
  readonly messageId: string | null;
  readonly parentId: string | null;
  readonly role: string | null;
  readonly authorName: string | null;
  readonly recipient: string | null;
  readonly channel: string | null;
  readonly contentType: string | null;
  readonly createTime: number | null;
  readonly updateTime: number | null;
  readonly status: string | null;
  readonly hidden: boolean;
  onCurrentBranch: boolean;
  threadIndex: number | null;
  readonly text: string | null;
  /** The message object exactly as the export had it, or null for nodes without one. */
  readonly raw: string | null;
  /** text and raw as the archive stores them (core/db/message-packing.ts), when worked out ahead of writing. */
  packed?: { readonly text: string | Uint8Array | null; readonly raw: string | Uint8Array | null };
}

export interface NormalizedArtifact extends ArtifactDraft {
  readonly nodeId: string;
  readonly ordinal: number;
}

export interface NormalizedConversation {
  readonly id: string;
  readonly title: string | null;
  readonly createTime: number | null;
  readonly updateTime: number | null;
  readonly currentNode: string | null;
  readonly gizmoId: string | null;
  readonly gizmoType: string | null;
  readonly defaultModel: string | null;
  readonly isArchived: boolean;
  /** Conversation-level fields other than the mapping, verbatim. */
  readonly extra: string;
  readonly nodes: readonly NormalizedNode[];
  readonly artifacts: readonly NormalizedArtifact[];
  readonly messageCount: number;
  readonly branchPoints: number;
}

export class ConversationFormatError extends Error {
  constructor(
    message: string,
    readonly conversationId: string | null,
  ) {
    super(message);
    this.name = 'ConversationFormatError';
  }
}

interface RawNode {
  readonly id: string;
  readonly parent: string | null;
  readonly children: readonly string[];
  readonly message: JsonObject | null;
}

const IMAGE_TOOLS = /dalle|t2uay3k|image_gen/;

function readNodes(mapping: JsonObject): Map<string, RawNode> {
  const nodes = new Map<string, RawNode>();
  for (const [key, value] of Object.entries(mapping)) {
    const node = asObject(value);
    if (!node) continue;
    nodes.set(key, {
      id: key,
      parent: asString(node['parent']),
      children: asArray(node['children']).filter((child): child is string => typeof child === 'string'),
      message: asObject(node['message']),
    });
  }
  return nodes;
}

/** Child lists from both `children` and `parent`, so that slim 2026 nodes without children still link. */
export function childLists(
  nodes: ReadonlyMap<string, { parent: string | null; children: readonly string[] }>,
) {
  const children = new Map<string, string[]>();
  const add = (parent: string, child: string) => {
    if (parent === child || !nodes.has(child)) return;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    if (!list.includes(child)) list.push(child);
  };
  for (const [id, node] of nodes) {
    for (const child of node.children) if (nodes.get(child)?.parent === id) add(id, child);
    if (node.parent !== null && nodes.has(node.parent)) add(node.parent, id);
  }
  return children;
}

/** When current_node is missing or unknown: the newest leaf, as ChatGPT's own readers fall back to. */
export function latestLeaf(
  createTimes: ReadonlyMap<string, number | null>,
  children: ReadonlyMap<string, readonly string[]>,
): string | null {
  let best: string | null = null;
  let bestTime = -Infinity;
  for (const [nodeId, time] of createTimes) {
    if ((children.get(nodeId)?.length ?? 0) > 0) continue;
    if ((time ?? -1) >= bestTime) [best, bestTime] = [nodeId, time ?? -1];
  }
  return best;
}

/** The visible thread: parent links walked up from current_node, oldest first, cycle-safe. */
export function visibleThread(
  nodes: ReadonlyMap<string, { parent: string | null }>,
  currentNode: string | null,
  fallbackLeaf: () => string | null,
): string[] {
  const start = currentNode !== null && nodes.has(currentNode) ? currentNode : fallbackLeaf();
  const path: string[] = [];
  const seen = new Set<string>();
  for (let id = start; id !== null && nodes.has(id) && !seen.has(id); id = nodes.get(id)?.parent ?? null) {
    seen.add(id);
    path.push(id);
  }
  return path.reverse();
}

function isHidden(message: JsonObject, role: string | null, contentType: string | null): boolean {
  const metadata = asObject(message['metadata']);
  if (metadata?.['is_visually_hidden_from_conversation'] === true) return true;
  if (role === 'system') return true;
  return contentType === 'user_editable_context' || contentType === 'model_editable_context';
}

function parseJson(text: string): JsonObject | null {
  try {
    return asObject(JSON.parse(text));
  } catch {
    // Canvas calls are sometimes cut short; ChatGPT's own reader closes them with "]}".
    try {
      return asObject(JSON.parse(`${text}"]}`));
    } catch {
      return null;
    }
  }
}

/** Replays canvas create/update calls in time order so that each canvas keeps its final text. */
function canvasArtifacts(nodes: readonly RawNode[]): Map<string, ArtifactDraft> {
  const byNode = new Map<string, ArtifactDraft>();
  const byTextdoc = new Map<string, ArtifactDraft>();
  let latest: ArtifactDraft | null = null;
  const timed = nodes
    .filter((node) => node.message)
    .sort(
      (a, b) => (asNumber(a.message?.['create_time']) ?? 0) - (asNumber(b.message?.['create_time']) ?? 0),
    );
  for (const node of timed) {
    const message = node.message as JsonObject;
    const recipient = asString(message['recipient']) ?? '';
    const author = asString(asObject(message['author'])?.['name']) ?? '';
    const content = asObject(message['content']);
    const body =
      asString(content?.['text']) ??
      asArray(content?.['parts']).find((part) => typeof part === 'string') ??
      null;
    const textdocId = asString(asObject(asObject(message['metadata'])?.['canvas'])?.['textdoc_id']);
    if (recipient === 'canmore.create_textdoc' && typeof body === 'string') {
      const call = parseJson(body);
      if (!call) continue;
      latest = {
        kind: 'canvas',
        title: asString(call['name']),
        language: asString(call['type']),
        text: asString(call['content']) ?? '',
        genId: textdocId,
      };
      byNode.set(node.id, latest);
      if (textdocId) byTextdoc.set(textdocId, latest);
    } else if (recipient === 'canmore.update_textdoc' && typeof body === 'string') {
      const target = (textdocId && byTextdoc.get(textdocId)) || latest;
      const call = parseJson(body);
      if (!target || !call) continue;
      for (const raw of asArray(call['updates'])) {
        const update = asObject(raw);
        const pattern = asString(update?.['pattern']);
        const replacement = asString(update?.['replacement']) ?? '';
        if (pattern === null) continue;
        try {
          const flags = update?.['multiple'] === true ? 'gs' : 's';
          target.text = (target.text ?? '').replace(new RegExp(pattern, flags), () => replacement);
        } catch {
          if (pattern === '.*') target.text = replacement;
        }
      }
    } else if (author.startsWith('canmore.') && latest && !latest.genId) {
      // The tool's reply names the textdoc the create call made.
      const reply = typeof body === 'string' ? parseJson(body) : null;
      const id = textdocId ?? asString(reply?.['textdoc_id']);
      if (id) {
        latest.genId = id;
        byTextdoc.set(id, latest);
      }
    }
  }
  return byNode;
}

/** The prompt of a generated image whose own metadata lacks it: the image tool call just above. */
function promptFromAncestors(nodes: ReadonlyMap<string, RawNode>, nodeId: string): string | null {
  let id = nodes.get(nodeId)?.parent ?? null;
  for (let hops = 0; id !== null && hops < 4; hops += 1) {
    const node = nodes.get(id);
    const message = node?.message;
    if (message && IMAGE_TOOLS.test(asString(message['recipient']) ?? '')) {
      const content = asObject(message['content']);
      const body =
        asString(content?.['text']) ?? asArray(content?.['parts']).find((p) => typeof p === 'string');
      const call = typeof body === 'string' ? parseJson(body) : null;
      const prompt = asString(call?.['prompt']);
      if (prompt) return prompt;
    }
    id = node?.parent ?? null;
  }
  return null;
}

export function normalizeConversation(raw: unknown): NormalizedConversation {
  const conversation = asObject(raw);
  if (!conversation) throw new ConversationFormatError('is not a JSON object', null);
  const id = asString(conversation['id']) ?? asString(conversation['conversation_id']);
  if (!id) throw new ConversationFormatError('has no id', null);
  const mapping = asObject(conversation['mapping']);
  if (!mapping) throw new ConversationFormatError('has no mapping of messages', id);

  const rawNodes = readNodes(mapping);
  const children = childLists(rawNodes);
  const currentNode = asString(conversation['current_node']);
  const createTimes = new Map(
    [...rawNodes].map(([nodeId, node]) => [nodeId, asNumber(node.message?.['create_time'])] as const),
  );
  const thread = visibleThread(rawNodes, currentNode, () => latestLeaf(createTimes, children));
  const threadIndex = new Map(thread.map((nodeId, index) => [nodeId, index]));
  const canvases = canvasArtifacts([...rawNodes.values()]);

  const nodes: NormalizedNode[] = [];
  const artifacts: NormalizedArtifact[] = [];
  const seenGenIds = new Set<string>();
  let messageCount = 0;
  for (const node of rawNodes.values()) {
    const message = node.message;
    const author = asObject(message?.['author']);
    const role = asString(author?.['role']);
    const contentType = asString(asObject(message?.['content'])?.['content_type']);
    const content = message ? readMessageContent(message) : null;
    if (message) messageCount += 1;
    nodes.push({
      nodeId: node.id,
      messageId: asString(message?.['id']),
      parentId: node.parent,
      role,
      authorName: asString(author?.['name']),
      recipient: asString(message?.['recipient']),
      channel: asString(message?.['channel']),
      contentType,
      createTime: asNumber(message?.['create_time']),
      updateTime: asNumber(message?.['update_time']),
      status: asString(message?.['status']),
      hidden: message ? isHidden(message, role, contentType) : true,
      onCurrentBranch: threadIndex.has(node.id),
      threadIndex: threadIndex.get(node.id) ?? null,
      text: content && content.text !== '' ? content.text : null,
      raw: message ? JSON.stringify(message) : null,
    });
    const drafts = [...(content?.artifacts ?? [])];
    const canvas = canvases.get(node.id);
    if (canvas) drafts.push(canvas);
    let ordinal = 0;
    for (const draft of drafts) {
      if (draft.kind === 'image_generation') {
        // Image generators also write a hidden duplicate of each picture; keep it once.
        if (draft.genId && seenGenIds.has(draft.genId)) continue;
        if (draft.genId) seenGenIds.add(draft.genId);
        draft.prompt ??= promptFromAncestors(rawNodes, node.id);
      }
      artifacts.push({ ...draft, nodeId: node.id, ordinal });
      ordinal += 1;
    }
  }
  let branchPoints = 0;
  for (const list of children.values()) if (list.length > 1) branchPoints += 1;

  const { mapping: _mapping, ...rest } = conversation;
  return {
    id,
    title: asString(conversation['title']),
    createTime: asNumber(conversation['create_time']),
    updateTime: asNumber(conversation['update_time']),
    currentNode,
    gizmoId: asString(conversation['gizmo_id']) ?? asString(conversation['conversation_template_id']),
    gizmoType: asString(conversation['gizmo_type']),
    defaultModel: asString(conversation['default_model_slug']),
    isArchived: conversation['is_archived'] === true,
    extra: JSON.stringify(rest),
    nodes,
    artifacts,
    messageCount,
    branchPoints,
  };
}
