// What the reader shows of a conversation, read from archives imported from generated exports of
// several eras, hand-made conversations and the real 2023 export: every branch reachable from its
// fork, images with their prompt, uploads with their link, code with its output, numbered sources,
// canvases, voice, reasoning and tool calls, and hostile text handed on as the text it is.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchArchiveCall } from '../../src-shared/contract/archive-rpc.js';
import type { ConversationReading, MessagePart, ReaderNode } from '../../src-shared/model/reading.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import {
  generateExport,
  writeExportZip,
  type ExportEra,
  type GeneratedExport,
} from '../support/export-generator/generate-export.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const PKUPPENS = join(import.meta.dirname, '..', 'fixtures', 'real', '2023-06-pkuppens');

type Archive = ReturnType<typeof openArchive>;
type RawMessage = { content: { content_type: string }; metadata: Record<string, unknown> };
type RawConversation = { id: string; mapping: Record<string, { message: RawMessage | null }> };

/** One conversation holding every episode of its era, imported from a ZIP. */
async function importOne(
  era: ExportEra,
  dir: string,
): Promise<{ archive: Archive; generated: GeneratedExport }> {
  const generated = generateExport({ era, conversations: 1, seed: 3 });
  const zip = join(dir, generated.zipFileName);
  await writeExportZip(generated, zip);
  const archive = openArchive({ dataFolder: join(dir, 'data') });
  await archive.importExport({ path: zip });
  return { archive, generated };
}

function rawConversation(generated: GeneratedExport): RawConversation {
  const file = generated.files.find((member) => /^conversations(-\d+)?\.json$/.test(member.name));
  return (JSON.parse(file!.data.toString('utf8')) as RawConversation[])[0]!;
}

function partsOf<K extends MessagePart['kind']>(
  reading: ConversationReading,
  kind: K,
): { node: ReaderNode; part: Extract<MessagePart, { kind: K }> }[] {
  return reading.nodes.flatMap((node) =>
    node.parts.flatMap((part) =>
      part.kind === kind ? [{ node, part: part as Extract<MessagePart, { kind: K }> }] : [],
    ),
  );
}

function nodeById(reading: ConversationReading, id: string): ReaderNode {
  const node = reading.nodes.find((candidate) => candidate.id === id);
  expect(node, id).toBeDefined();
  return node!;
}

describe('reading a conversation', () => {
  it('reaches every branch from its fork, with the branch read flagged and the thread in order', async () => {
    const { archive, generated } = await importOne('2025', temp());
    try {
      const id = generated.expected.conversationIds[0]!;
      const first = await archive.readConversation({ id });
      expect(first.thread).toEqual(generated.expected.visibleThreads[id]);
      expect(first.branchList.length).toBe(3);
      // The same branches, numbered and previewed alike, as `show` lists them.
      expect(first.branchList).toEqual((await archive.getConversation({ id })).branchList);
      for (const listed of first.branchList.slice(1)) expect(listed.departsAt?.preview).not.toBe('');

      const forks = first.nodes.filter((node) => node.childIds.length > 1);
      expect(forks.length).toBe(2);
      for (const fork of forks) {
        const shown = fork.childIds.filter((childId) => nodeById(first, childId).onBranch);
        expect(shown.length, fork.id).toBe(1);
        const other = nodeById(
          first,
          fork.childIds.find((childId) => childId !== shown[0])!,
        );
        expect(other.onBranch).toBe(false);
        expect(other.branch).toBeGreaterThan(1);

        // Following the other child: it is on the thread now, the one shown before is not.
        const followed = await archive.readConversation({ id, branch: other.branch! });
        expect(followed.branch).toBe(other.branch);
        expect(followed.branchList).toEqual(first.branchList);
        expect(nodeById(followed, other.id).onBranch).toBe(true);
        expect(nodeById(followed, shown[0]!).onBranch).toBe(false);
        expect(followed.thread).toContain(other.id);
        expect(followed.thread).not.toContain(shown[0]);
        const onThread = followed.nodes.filter((node) => node.onBranch);
        for (const threadId of followed.thread) expect(onThread.map((node) => node.id)).toContain(threadId);
        // The thread is a path: each message's parent chain reaches the previous one.
        for (let i = 1; i < followed.thread.length; i += 1) {
          let parent = nodeById(followed, followed.thread[i]!).parentId;
          while (parent !== null && !followed.thread.includes(parent))
            parent = nodeById(followed, parent).parentId;
          expect(parent, followed.thread[i]).toBe(followed.thread[i - 1]);
        }
      }
      // "n / m" at each fork: an edited question shows its newer version (2 / 2), a regenerated
      // answer its first (1 / 2), as the generator wrote them.
      const position = forks.map((fork) => {
        const index = fork.childIds.findIndex((childId) => nodeById(first, childId).onBranch);
        return `${nodeById(first, fork.childIds[index]!).role} ${index + 1} / ${fork.childIds.length}`;
      });
      expect(position.sort()).toEqual(['assistant 1 / 2', 'user 2 / 2']);
      const message = await dispatchArchiveCall(archive, 'readConversation', { id, branch: 9 });
      expect(message).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      await archive.close();
    }
  });

  it('shows images with their prompt, uploads with their link, voice, canvases, sources, reasoning and tools', async () => {
    const dir = temp();
    const { archive, generated } = await importOne('2025', dir);
    try {
      const id = generated.expected.conversationIds[0]!;
      const reading = await archive.readConversation({ id });
      const artifacts = await archive.listArtifacts({ conversationId: id });

      // The generated image: shown once (its hidden duplicate stays hidden), bytes in the archive.
      const images = partsOf(reading, 'image').filter(({ node }) => !node.hidden);
      expect(images.length).toBe(1);
      const [{ part: image }] = images as [(typeof images)[number]];
      expect(image.available).toBe(true);
      expect(image.prompt).toMatch(/, photorealistic, golden hour, 35mm$/);
      expect([image.width, image.height]).toEqual([1024, 1536]);
      const imageArtifact = artifacts.find((artifact) => artifact.id === image.artifactId);
      expect(imageArtifact?.kind).toBe('image_generation');
      expect(generated.expected.binaries.map((binary) => binary.sha256)).toContain(
        imageArtifact?.blob?.sha256,
      );

      // Uploads: the photo the ZIP carried, the PDF it did not.
      const uploads = partsOf(reading, 'upload');
      const photo = uploads.find(({ part }) => part.mimeType === 'image/jpeg')!;
      const pdf = uploads.find(({ part }) => part.mimeType === 'application/pdf')!;
      expect(photo.node.role).toBe('user');
      expect(photo.part).toMatchObject({ available: true, linkStatus: null });
      expect(photo.part.name).toMatch(/\.jpe?g$/i);
      expect(pdf.part).toMatchObject({ name: 'thesis-draft.pdf', available: false, linkStatus: null });
      expect(pdf.part.bytes).toBeGreaterThan(100_000);
      // The upload part leads its message, before what the person wrote.
      expect(pdf.node.parts.map((part) => part.kind)).toEqual(['upload', 'markdown']);

      // The person's original is found on disk: the reader says so.
      const photoArtifact = artifacts.find((artifact) => artifact.id === photo.part.artifactId)!;
      const binary = generated.expected.binaries.find((one) => one.sha256 === photoArtifact.blob?.sha256)!;
      const bytes = generated.files.find((member) => member.name === binary.zipPath)!.data;
      expect(photo.part.bytes).toBe(bytes.length);
      const pictures = join(dir, 'Pictures');
      mkdirSync(pictures);
      writeFileSync(join(pictures, photo.part.name), bytes);
      await archive.relink({ roots: [pictures] });
      const relinked = partsOf(await archive.readConversation({ id }), 'upload');
      expect(relinked.find(({ part }) => part.artifactId === photo.part.artifactId)?.part.linkStatus).toBe(
        'linked',
      );

      // Voice: both sides, each with what was said.
      const voice = partsOf(reading, 'audio');
      expect(voice.map(({ node }) => node.role)).toEqual(['user', 'assistant']);
      for (const { part } of voice) {
        expect(part.available).toBe(true);
        expect(part.transcript?.length).toBeGreaterThan(10);
      }

      // The canvas with its final text, after the update the person asked for.
      const [canvas] = partsOf(reading, 'canvas');
      const canvasArtifact = artifacts.find((artifact) => artifact.kind === 'canvas')!;
      expect(canvas?.part).toEqual({
        kind: 'canvas',
        title: canvasArtifact.title,
        text: canvasArtifact.text,
      });

      // The web answer: markers made numbered links, sources with their clean URLs.
      const raw = rawConversation(generated);
      const answerId = Object.keys(raw.mapping).find(
        (key) => (raw.mapping[key]!.message?.metadata['content_references'] as unknown[] | undefined)?.length,
      )!;
      const references = raw.mapping[answerId]!.message!.metadata['content_references'] as {
        items: { url: string; title: string }[];
      }[];
      const answer = nodeById(reading, answerId);
      const text = (answer.parts[0] as { text: string }).text;
      expect(text).toContain(' [1](#source-1)\n\n');
      expect(text).toContain(' [2](#source-2)\n\n');
      expect(text).not.toMatch(/[\uE200-\uE202]/);
      expect(answer.sources).toEqual(
        references.map((reference, index) => ({
          number: index + 1,
          url: reference.items[0]!.url.replace('?utm_source=chatgpt.com', ''),
          title: reference.items[0]!.title,
        })),
      );

      // Reasoning, shown collapsed by the renderer: the thoughts and how long they took.
      const reasoning = partsOf(reading, 'reasoning');
      expect(reasoning.length).toBe(3);
      expect(reasoning[2]?.part.text).toMatch(/^Thought for \d+s$/);
      // Tool calls are parts of their own; what tools answered is hidden plumbing.
      const tools = partsOf(reading, 'tool');
      expect(tools.filter(({ node }) => !node.hidden).map(({ part }) => part.name)).toEqual(
        expect.arrayContaining(['web.run', 'bio', 'research_kickoff_tool.start_research_task']),
      );
      for (const { node } of tools.filter(({ node }) => node.role === 'tool')) expect(node.hidden).toBe(true);

      // Code Interpreter: the code, and what running it printed, from the hidden tool reply.
      const code = partsOf(reading, 'code');
      expect(code.length).toBe(2);
      expect(code[0]?.part.language).toBe('python');
      expect(code[1]?.part.text).toContain("summary.to_csv('/mnt/data/report.csv')");
      expect(code[1]?.part.outputs).toEqual([{ kind: 'text', text: expect.stringMatching(/^\(8, \d\)$/) }]);
      const reply = nodeById(reading, code[1]!.node.childIds[0]!);
      expect(reply).toMatchObject({ role: 'tool', hidden: true, contentType: 'execution_output' });

      // A content type nobody knows still shows its words.
      const [unknown] = partsOf(reading, 'text').filter(({ part }) => part.contentType === 'quantum_widget');
      expect(unknown?.node.hidden).toBe(false);
      expect(unknown?.part.text).toMatch(/qw_[0-9a-f]{16}/);

      // Every message a reader sees has something to show.
      for (const node of reading.nodes)
        if (!node.hidden) expect(node.parts.length, node.id).toBeGreaterThan(0);
    } finally {
      await archive.close();
    }
  });

  it('shows code with its plot, a DALL-E image with its prompt, and 2023 citations by number', async () => {
    const { archive, generated } = await importOne('2024', temp());
    try {
      const reading = await archive.readConversation({ id: generated.expected.conversationIds[0]! });
      const [plot] = partsOf(reading, 'code');
      expect(plot?.part.text).toContain('plt.show()');
      expect(plot?.part.outputs).toEqual([
        { kind: 'image', artifactId: expect.any(Number), available: false },
      ]);
      const [image] = partsOf(reading, 'image');
      expect(image?.part).toMatchObject({ available: true, artifactId: expect.any(Number) });
      expect(image?.part.prompt).toMatch(
        /^A detailed watercolor illustration of .*, soft morning light, wide angle\.$/,
      );
      expect(image?.node).toMatchObject({ role: 'tool', hidden: false });
    } finally {
      await archive.close();
    }

    const old = await importOne('2023', temp());
    try {
      const reading = await old.archive.readConversation({ id: old.generated.expected.conversationIds[0]! });
      const cited = reading.nodes.filter((node) => node.sources.length > 0);
      expect(cited.length).toBe(1);
      const text = (cited[0]!.parts[0] as { text: string }).text;
      expect(text).toContain(' [1](#source-1)\n\n');
      expect(text).toContain(' [2](#source-2) ');
      // The third marker cites a page ChatGPT found no quote in: it goes.
      expect(text).not.toMatch(/\u3010|\u3011/);
      expect(cited[0]!.sources.map((source) => source.number)).toEqual([1, 2]);
      for (const source of cited[0]!.sources) expect(source.url).toMatch(/^https:\/\//);
    } finally {
      await old.archive.close();
    }
  });

  it('normalises math outside code and hands hostile text on untouched', async () => {
    const dir = temp();
    const hostile = '<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const math = [
      'Euler: \\(e^{i\\pi} + 1 = 0\\), for $5.',
      '',
      '\\[',
      '\\int_0^1 x\\,dx = \\tfrac12',
      '\\]',
      '',
      '```python',
      'print("\\(not math\\) $5")',
      '```',
      '',
      'Inline `\\(x\\)` stays.',
    ].join('\n');
    const conversation = makeConversation(
      'hand',
      [
        { role: 'user', text: hostile },
        { role: 'assistant', text: math },
        { role: 'assistant', text: 'Look:' },
      ],
      { title: '<b>Bold</b> <script>x</script>' },
    );
    const mapping = conversation.mapping as Record<string, { message: { content: { parts: unknown[] } } }>;
    mapping['hand-2']!.message.content.parts.push({ content_type: 'widget', caption: 'A chart of sales' });
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([conversation]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });
      const reading = await archive.readConversation({ id: 'hand' });
      expect(reading.title).toBe('<b>Bold</b> <script>x</script>');
      expect(nodeById(reading, 'hand-0').parts).toEqual([{ kind: 'markdown', text: hostile }]);
      expect(nodeById(reading, 'hand-1').parts).toEqual([
        {
          kind: 'markdown',
          text: [
            'Euler: $e^{i\\pi} + 1 = 0$, for \\$5.',
            '',
            '$$',
            '\\int_0^1 x\\,dx = \\tfrac12',
            '$$',
            '',
            '```python',
            'print("\\(not math\\) $5")',
            '```',
            '',
            'Inline `\\(x\\)` stays.',
          ].join('\n'),
        },
      ]);
      expect(nodeById(reading, 'hand-2').parts).toEqual([
        { kind: 'markdown', text: 'Look:' },
        { kind: 'text', contentType: 'widget', text: 'A chart of sales' },
      ]);
      expect(JSON.stringify(reading)).not.toMatch(/&lt;|&#60;|<\/?(p|a|code|span)[ >]/);

      const missing = await dispatchArchiveCall(archive, 'readConversation', { id: 'nope' });
      expect(missing).toEqual({
        ok: false,
        error: { code: 'not-found', message: 'No conversation with id "nope" in the archive.' },
      });
      const invalid = await dispatchArchiveCall(archive, 'readConversation', { id: 'hand', branch: 0 });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    } finally {
      await archive.close();
    }
  });

  it('reads every conversation and branch of the real 2023 export, each visible message with parts', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    await writeZip(
      zip,
      ['conversations.json', 'user.json'].map((name) => ({ name, data: readFileSync(join(PKUPPENS, name)) })),
    );
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });
      const conversations = await archive.listConversations({});
      expect(conversations.length).toBe(192);
      let readings = 0;
      let visible = 0;
      const sourceUrls = new Set<string>();
      for (const { id } of conversations) {
        const first = await archive.readConversation({ id });
        for (const { number } of first.branchList) {
          const reading = number === 1 ? first : await archive.readConversation({ id, branch: number });
          readings += 1;
          for (const node of reading.nodes) {
            if (node.onBranch && !node.hidden) {
              visible += 1;
              expect(node.parts.length, `${id} ${node.id}`).toBeGreaterThan(0);
            }
            for (const source of node.sources) sourceUrls.add(source.url);
          }
          for (const threadId of reading.thread) expect(nodeById(reading, threadId).onBranch).toBe(true);
        }
      }
      expect(readings).toBeGreaterThan(192);
      expect(visible).toBeGreaterThan(1_200);
      expect(sourceUrls).toContain('https://django-oscar.readthedocs.io/en/stable/');
    } finally {
      await archive.close();
    }
  });
});
