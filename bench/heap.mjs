// The process `npm run bench -- --heap-only` runs for each build (node --expose-gc): indexes a folder in this
// process as the language server does (each article analysed, its values made one with the run's, as the
// worker pool makes them), then prints the heap after indexing, and after finishing as the command line
// does, in MB, after full collections.
//   node --expose-gc bench/heap.mjs <core.js> <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const [corePath, dir] = process.argv.slice(2);
const core = createRequire(import.meta.url)(corePath);
const heapMb = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const corpus = new core.Corpus();
const seen = core.sharedValues();
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  const analysis = core.analyzeText(text);
  core.shareValues(analysis, seen);
  corpus.set(pathToFileURL(path).href, text, analysis);
}
// (the names resolved and the figures compared, as publishing asks)
corpus.takeTouched();
const indexed = heapMb();
corpus.finish();
process.stdout.write(JSON.stringify({ indexed, finished: heapMb() }));
