// Fails when modules of the project import each other in a circle (type imports included): a cycle
// makes the load order matter, and one value import on its back edge breaks loading. Run by npm test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folders = ['src-shared', 'src-main', 'src-renderer'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = folders.flatMap((folder) => sourceFiles(join(root, folder)));
const known = new Set(files);
const edges = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => resolve(dirname(file), match[1].replace(/\.js$/, '.ts')))
      .map((target) => (known.has(target) ? target : target.replace(/\.ts$/, '.tsx')))
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(file) {
  const entry = { index, low: index, onStack: true };
  index += 1;
  state.set(file, entry);
  stack.push(file);
  for (const target of edges.get(file) ?? []) {
    const seen = state.get(target);
    if (!seen) {
      visit(target);
      entry.low = Math.min(entry.low, state.get(target).low);
    } else if (seen.onStack) entry.low = Math.min(entry.low, seen.index);
  }
  if (entry.low === entry.index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(component);
  }
}
for (const file of files) if (!state.has(file)) visit(file);

if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}); each group imports itself round:`);
  for (const cycle of cycles)
    console.error(
      `  ${cycle
        .map((file) => relative(root, file))
        .sort()
        .join('\n    ')}`,
    );
  process.exit(1);
}
console.log(`No import cycles among ${files.length} modules.`);
