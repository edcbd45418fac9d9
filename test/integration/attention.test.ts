// The views over what deserves attention: each cited source once with the conversations citing it,
// every file Code Interpreter produced with the code that produced it, and projects the person can
// name.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import type { ProjectView, SourceView } from '../../src-shared/model/attention.js';

const temp = useTempFolders();

describe('attention views', () => {
  it('merge sources, trace generated files to their code, and group projects', async () => {
    const dir = temp();
    const generated = generateExport({ era: '2025', conversations: 60, seed: 77 });
    const zip = join(dir, generated.zipFileName);
    await writeExportZip(generated, zip);
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });

      const sources = await archive.listSources({});
      expect(sources.length).toBeGreaterThan(0);
      expect(new Set(sources.map((source) => source.url)).size).toBe(sources.length);
      expect(sources.reduce((sum, source) => sum + source.citations, 0)).toBe(
        generated.expected.artifactCounts.citation,
      );
      for (const source of sources) {
        expect(source.url).not.toMatch(/utm_source/);
        expect(source.conversations.length).toBeGreaterThan(0);
      }

      const files = await archive.listGeneratedFiles({});
      expect(files.length).toBe(generated.expected.artifactCounts.generated_file);
      for (const file of files) {
        expect(file.lost).toBe(true);
        expect(file.producedBy?.code, file.fileName ?? '').toContain(file.fileName);
      }

      const projects = await archive.listProjects({});
      const project = projects.find((candidate) => candidate.kind === 'project');
      expect(project, JSON.stringify(projects)).toBeDefined();
      const named = await archive.nameProject({ id: project!.id, name: 'Thesis' });
      expect(named.find((candidate) => candidate.id === project!.id)?.name).toBe('Thesis');
      const fromCli = runCli(join(dir, 'data'), [
        'projects',
        'name',
        project!.id,
        'Thesis',
        'chapters',
        '--json',
      ]);
      expect(fromCli.json<ProjectView[]>().find((candidate) => candidate.id === project!.id)?.name).toBe(
        'Thesis chapters',
      );
      // The timeline narrows to the project by the name the person gave it, and shows that name.
      const timeline = runCli(join(dir, 'data'), [
        'timeline',
        '--project',
        'thesis chapters',
        '--limit',
        '5',
      ]);
      expect(timeline.stdout).toContain('[Thesis chapters]');
      expect(runCli(join(dir, 'data'), ['timeline', '--project', 'Nope']).stderr).toContain(
        'No project is named "Nope"',
      );
      expect(runCli(join(dir, 'data'), ['sources', '--json']).json<SourceView[]>()).toEqual(sources);
      const later = openArchive({ dataFolder: join(dir, 'data') });
      expect((await later.listProjects({})).find((candidate) => candidate.id === project!.id)?.name).toBe(
        'Thesis chapters',
      );
      await later.close();
    } finally {
      await archive.close();
    }
  });
});
