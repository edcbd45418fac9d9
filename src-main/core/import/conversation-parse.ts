// Turns one conversation's bytes into a normalized conversation, or into a plain description of why
// it could not be read. Plain data either way, so the same function serves the parse worker and the
// in-process fallback. Each node's stored form is packed here too, on the parse worker's core rather
// than the writer's.

import {
  ConversationFormatError,
  normalizeConversation,
  type NormalizedConversation,
} from '../chatgpt-export/conversation-normalizer.js';
import { asObject } from '../chatgpt-export/json-shape.js';
import { packMessages } from '../db/message-packing.js';

export type ParseOutcome =
  | { readonly ok: true; readonly conversation: NormalizedConversation }
  | {
      readonly ok: false;
      readonly reason: 'malformed-json' | 'not-a-conversation';
      readonly message: string;
      readonly conversationId: string | null;
    };

const decoder = new TextDecoder('utf-8');

export function parseConversation(bytes: Uint8Array): ParseOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    return { ok: false, reason: 'malformed-json', message: (error as Error).message, conversationId: null };
  }
  try {
    const conversation = normalizeConversation(raw);
    const mapping = asObject(asObject(raw)?.['mapping']);
    const packed = packMessages(
      conversation.nodes.map((node) => ({
        text: node.text,
        raw: node.raw,
        // The object the normalizer wrote node.raw from (mapping[node id].message), not parsed again.
        message: node.raw === null ? undefined : (asObject(mapping?.[node.nodeId])?.['message'] ?? undefined),
      })),
    );
    conversation.nodes.forEach((node, index) => (node.packed = packed[index]));
    return { ok: true, conversation };
  } catch (error) {
    if (!(error instanceof ConversationFormatError)) throw error;
    return {
      ok: false,
      reason: 'not-a-conversation',
      message: error.message,
      conversationId: error.conversationId,
    };
  }
}
