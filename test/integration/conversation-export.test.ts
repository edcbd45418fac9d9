// Conversations written out as documents: Markdown with the visible branch (and a note where another
// version forks off), the image beside it, the source as a footnote; HTML in which the conversation's
// own markup stays text; JSON in ChatGPT's export shape with every branch and message as exported.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

type Node = {
  id: string;
  parent: string | null;
  children: string[];
  message: Record<string, unknown> | null;
};

function conversationWithEverything() {
  const conversation = makeConversation('doc', [
    { role: 'user', text: 'Is <script>alert(1)</script> safe? Here is my chart.' },
    { role: 'assistant', text: 'First answer, later regenerated.' },
  ]);
  const mapping = conversation.mapping as Record<string, Node>;
  mapping['doc-0']!.message!['content'] = {
    content_type: 'multimodal_text',
    parts: [
      {
        content_type: 'image_asset_pointer',
        asset_pointer: 'file-service://file-Chart1',
        size_bytes: PNG.length,
      },
      'Is <script>alert(1)</script> safe? Here is my chart.',
    ],
  };
  // The regenerated reply is the one the conversation shows.
  mapping['doc-0']!.children.push('doc-1b');
  mapping['doc-1b'] = {
    id: 'doc-1b',
    parent: 'doc-0',
    children: [],
    message: {
      id: 'doc-1b',
      author: { role: 'assistant', name: null, metadata: {} },
      create_time: 1_700_000_100,
      content: { content_type: 'text', parts: ['No: it is markup, and it is shown as text here [1].'] },
      status: 'finished_successfully',
      metadata: {
        citations: [
          { metadata: { url: 'https://example.com/xss?utm_source=chatgpt.com', title: 'XSS explained' } },
        ],
      },
      recipient: 'all',
    },
  };
  return { ...conversation, current_node: 'doc-1b', title: 'Chart: <b>safe?</b>' };
}

describe('exporting conversations', () => {
  it('writes Markdown, HTML and ChatGPT-shaped JSON', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const original = conversationWithEverything();
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([original]) },
      { name: 'user.json', data: USER_JSON },
      { name: 'file-Chart1-chart.png', data: PNG },
    ]);
    runCli(data, ['import', zip]);
    const out = join(dir, 'out');
    expect(runCli(data, ['export', 'doc', '--format', 'md', '--out', out]).status).toBe(0);

    const files = runCli(data, ['export', 'doc', '--format', 'md', '--out', out, '--json']).json<{
      files: string[];
    }>().files;
    const markdownFile = files.find((file) => file.endsWith('.md'))!;
    const markdown = readFileSync(join(out, markdownFile), 'utf8');
    expect(markdown).toContain('No: it is markup, and it is shown as text here [1].');
    // The first version appears only in the note about other branches.
    expect(markdown.split('First answer, later regenerated.').length).toBe(2);
    expect(markdown).toContain(
      '> 1 other version of this message on other branches: “First answer, later regenerated.”',
    );
    const image = /!\[[^\]]*\]\((images\/[0-9a-f]{16}\.png)\)/.exec(markdown)?.[1];
    expect(image).toBeDefined();
    expect(readFileSync(join(out, image!))).toEqual(PNG);
    expect(markdown).toContain('Sources: [^1]');
    expect(markdown).toContain('[^1]: [XSS explained](https://example.com/xss)');

    runCli(data, ['export', 'doc', '--format', 'html', '--out', out]);
    const html = readFileSync(join(out, markdownFile.replace(/\.md$/, '.html')), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain(`content="default-src 'none'`);
    expect(html).toContain('<a href="https://example.com/xss" rel="noreferrer noopener">XSS explained</a>');

    runCli(data, ['export', 'doc', '--format', 'json', '--out', out]);
    const json = JSON.parse(
      readFileSync(join(out, markdownFile.replace(/\.md$/, '.json')), 'utf8'),
    ) as typeof original;
    expect(json.title).toBe(original.title);
    expect(json.current_node).toBe('doc-1b');
    const mapping = json.mapping as Record<string, Node>;
    expect(Object.keys(mapping).sort()).toEqual(Object.keys(original.mapping).sort());
    for (const [id, node] of Object.entries(original.mapping as Record<string, Node>)) {
      expect(mapping[id]!.message, id).toEqual(node.message);
      expect(mapping[id]!.parent, id).toBe(node.parent);
      expect([...mapping[id]!.children].sort(), id).toEqual([...node.children].sort());
    }
  });

  it('renders answers as sanitized Markdown with exact, highlighted code, and an index of everything', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const answer = [
      'Use **pandas** for this:',
      '',
      '```python',
      'def clean(frame):',
      '    if frame.empty:',
      '        return frame',
      '    return frame.dropna()',
      '```',
      '',
      '| tool | speed |',
      '| --- | --- |',
      '| pandas | fast |',
      '',
      'Never [click](javascript:alert(1)) or <img src=x onerror=alert(1)> ![tracker](https://evil.example/p.png)',
    ].join('\n');
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation(
            'md',
            [
              { role: 'user', text: 'How do I clean **this** data?' },
              { role: 'assistant', text: answer },
            ],
            { title: 'Cleaning data' },
          ),
          makeConversation('other', [{ role: 'user', text: 'Hello' }], { title: 'Another one' }),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    runCli(data, ['import', zip]);
    const out = join(dir, 'notes');
    const written = runCli(data, ['export', '--all', '--format', 'html', '--out', out, '--json']).json<{
      files: string[];
    }>().files;
    expect(written).toContain('index.html');
    const html = readFileSync(
      join(
        out,
        written.find((file) => file.startsWith('Cleaning data'))!,
      ),
      'utf8',
    );
    expect(html).toContain('<strong>pandas</strong>');
    expect(html).toContain('<p>How do I clean **this** data?</p>');
    expect(html).toContain('<table>');
    const code = /<code class="hljs language-python">([\s\S]*?)<\/code>/.exec(html)?.[1] ?? '';
    expect(code).toContain('<span class="hljs-keyword">def</span>');
    const text = code
      .replace(/<[^>]+>/g, '')
      .replace(/&#x26;/g, '&')
      .replace(/&#x3C;/g, '<');
    expect(text).toBe(
      'def clean(frame):\n    if frame.empty:\n        return frame\n    return frame.dropna()\n',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toMatch(/<img[^>]*evil\.example/);
    expect(html).toContain(
      '<a href="https://evil.example/p.png" rel="noreferrer noopener">Image: tracker</a>',
    );
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('2 conversations, newest first.');
    expect(index).toMatch(/<a href="Cleaning%20data%20\(md\)\.html">Cleaning data<\/a>/);
    expect(index).toContain('>Another one</a>');
  });
});
