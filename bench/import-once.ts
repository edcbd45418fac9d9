// Runs one import in a process of its own so that the benchmark reads that process's peak memory
// and wall time alone. Prints one JSON line: {seconds, maxRssMb, report}.

import { openArchive } from '../src-main/core/open-archive.js';

const [dataFolder, file] = process.argv.slice(2);
if (!dataFolder || !file) throw new Error('usage: import-once <dataFolder> <file>');
const archive = openArchive({ dataFolder });
const started = process.hrtime.bigint();
const report = await archive.importExport({ path: file });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await archive.close();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, report })}\n`);
