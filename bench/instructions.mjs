// The process `npm run bench -- --instructions` counts under valgrind: analyses the first articles of a
// folder (up to a byte budget) a number of times, and nothing else.
//   node bench/instructions.mjs <core.js> <folder> <bytes> <passes>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [corePath, dir, budget, passes] = process.argv.slice(2);
const core = createRequire(import.meta.url)(corePath);
const sample = [];
let bytes = 0;
for (const name of readdirSync(dir).sort()) {
  if (bytes >= Number(budget)) break;
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  sample.push(text);
  bytes += Buffer.byteLength(text);
}
for (let pass = 0; pass < Number(passes); pass++) for (const t of sample) core.analyzeText(t);
process.stdout.write(String(bytes));
