// Until the archive answers readConversation, the reader shows getConversation's visible thread as a
// one-way reading: each message's text as Markdown, no forks to follow inline (the branch list still
// switches branches).

import type { ConversationDetail } from '../../../src-shared/model/conversation.js';
import type { ConversationReading, MessagePart, ReaderNode } from '../../../src-shared/model/reading.js';

/** The message's text as the part its content type suggests; Markdown only where it was written as such. */
export function partOfText(contentType: string | null, text: string): MessagePart {
  if (contentType === 'code') return { kind: 'code', language: null, text, outputs: [] };
  if (contentType === 'thoughts' || contentType === 'reasoning_recap') return { kind: 'reasoning', text };
  if (contentType === null || contentType === 'text' || contentType === 'multimodal_text') {
    return { kind: 'markdown', text };
  }
  return { kind: 'text', contentType, text };
}

export function readingFromDetail(detail: ConversationDetail): ConversationReading {
  const nodes: ReaderNode[] = detail.messages.map((message, index, messages) => ({
    id: message.id,
    parentId: index > 0 ? (messages[index - 1]?.id ?? null) : null,
    childIds: index < messages.length - 1 ? [messages[index + 1]?.id ?? ''] : [],
    role: message.role,
    authorName: message.authorName,
    createTime: message.createTime,
    hidden: message.hidden,
    onBranch: true,
    branch: detail.branch,
    contentType: message.contentType,
    parts: message.text === '' ? [] : [partOfText(message.contentType, message.text)],
    sources: [],
  }));
  return {
    id: detail.id,
    title: detail.title,
    account: detail.account,
    createTime: detail.createTime,
    updateTime: detail.updateTime,
    messageCount: detail.messageCount,
    removedUpstream: detail.removedUpstream,
    exports: detail.exports,
    gizmoId: detail.gizmoId,
    gizmoType: detail.gizmoType,
    currentNode: detail.currentNode,
    removedUpstreamAt: detail.removedUpstreamAt,
    branch: detail.branch,
    branchList: detail.branchList,
    thread: nodes.map((node) => node.id),
    nodes,
  };
}
