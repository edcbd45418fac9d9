// Builds the window's preload (src-main/preload/preload.ts) into one CommonJS file: a sandboxed preload
// may require only 'electron', and cannot be an ES module. The preload imports only types besides
// 'electron', so the TypeScript compiler alone emits it, file by file, no bundler needed; it is
// type-checked with everything else by `npm run typecheck`. `--out FILE` writes elsewhere (tests).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const project = join(import.meta.dirname, '..');
const source = join(project, 'src-main', 'preload', 'preload.ts');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : join(project, 'dist', 'src-main', 'preload', 'preload.cjs');

const { outputText, diagnostics } = ts.transpileModule(readFileSync(source, 'utf8'), {
  fileName: source,
  reportDiagnostics: true,
  compilerOptions: {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    verbatimModuleSyntax: false,
    sourceMap: false,
  },
});
if (diagnostics?.length) {
  console.error(ts.formatDiagnostics(diagnostics, ts.createCompilerHost({})));
  process.exit(1);
}
// Whatever else it would load, the sandbox refuses at run time; refuse it here, at build time.
const required = [...outputText.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
const foreign = required.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  console.error(`The preload may require only 'electron', but requires ${foreign.join(', ')}.`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, outputText);
