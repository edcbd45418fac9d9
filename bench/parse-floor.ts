// The floor an import cannot beat: read the bytes, split the array, JSON.parse each conversation.
// Runs in its own process so that its peak memory is its own.

import { createReadStream } from 'node:fs';
import { JsonArraySplitter } from '../src-main/core/chatgpt-export/json-array-splitter.js';

const file = process.argv[2];
if (!file) throw new Error('usage: parse-floor <conversations.json>');
const started = process.hrtime.bigint();
const splitter = new JsonArraySplitter();
let conversations = 0;
for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
  for (const element of splitter.push(chunk as Buffer)) {
    JSON.parse(element.bytes.toString('utf8'));
    conversations += 1;
  }
}
splitter.end();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `${JSON.stringify({ seconds, conversations, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
