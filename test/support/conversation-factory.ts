// Small hand-made conversations for tests that need one precise shape (a cycle, a huge message…);
// whole realistic exports come from test/fixtures/export-generator.

export interface TurnSpec {
  readonly role: 'user' | 'assistant' | 'system' | 'tool';
  readonly text: string;
  readonly createTime?: number | null;
}

export function makeConversation(
  id: string,
  turns: readonly TurnSpec[],
  extra: Record<string, unknown> = {},
) {
  const mapping: Record<string, unknown> = {
    [`${id}-root`]: {
      id: `${id}-root`,
      message: null,
      parent: null,
      children: turns.length > 0 ? [`${id}-0`] : [],
    },
  };
  turns.forEach((turn, index) => {
    const nodeId = `${id}-${index}`;
    mapping[nodeId] = {
      id: nodeId,
      parent: index === 0 ? `${id}-root` : `${id}-${index - 1}`,
      children: index + 1 < turns.length ? [`${id}-${index + 1}`] : [],
      message: {
        id: nodeId,
        author: { role: turn.role, name: null, metadata: {} },
        create_time: turn.createTime === undefined ? 1_700_000_000 + index : turn.createTime,
        update_time: null,
        content: { content_type: 'text', parts: [turn.text] },
        status: 'finished_successfully',
        weight: 1,
        metadata: {},
        recipient: 'all',
      },
    };
  });
  return {
    title: `Conversation ${id}`,
    create_time: 1_700_000_000,
    update_time: 1_700_000_000 + turns.length,
    mapping,
    current_node: turns.length > 0 ? `${id}-${turns.length - 1}` : `${id}-root`,
    id,
    ...extra,
  };
}

export const USER_JSON = JSON.stringify({
  id: 'user-test0001',
  email: 'person@example.com',
  chatgpt_plus_user: true,
});

/**
 * A Code Interpreter conversation whose session expired: the person attaches sales.csv, ChatGPT runs
 * Python on it and links the file it wrote (sandbox:/mnt/data/totals.csv), which the export cannot
 * carry: one lost file, one missing input, one output to reproduce.
 */
export function makeCodeInterpreterConversation(
  id: string,
  title: string,
  createTime = 1_700_000_000,
): ReturnType<typeof makeConversation> {
  const conversation = makeConversation(
    id,
    [
      { role: 'user', text: 'Add up the monthly totals in the attached sales figures', createTime },
      { role: 'assistant', text: 'code', createTime: createTime + 5 },
      {
        role: 'assistant',
        text: 'Done: [Download the totals](sandbox:/mnt/data/totals.csv)',
        createTime: createTime + 9,
      },
    ],
    { title },
  );
  const mapping = conversation.mapping as Record<string, { message: Record<string, unknown> }>;
  (mapping[`${id}-0`]!.message['metadata'] as Record<string, unknown>)['attachments'] = [
    { id: `file-${id}-sales`, name: 'sales.csv', size: 24 },
  ];
  Object.assign(mapping[`${id}-1`]!.message, {
    recipient: 'python',
    content: {
      content_type: 'code',
      language: 'unknown',
      text: "import pandas as pd\ndf = pd.read_csv('/mnt/data/sales.csv')\ndf.groupby('month').sum().to_csv('/mnt/data/totals.csv')",
    },
  });
  return conversation;
}
