// Hostile input: the analysis cost per byte of each pathological article (test/hostile/inputs.mjs)
// against ordinary prose (the seeds and test corpora), and the heap it leaves. The target: no input
// more than 10x slower per byte than prose, memory linear in size.
//   node bench/hostile.mjs      (also part of npm run bench)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE } from '../test/hostile/inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = createRequire(import.meta.url)(join(root, 'server/out/core.js'));

const texts = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? texts(p) : e.name.endsWith('.txt') && statSync(p).size ? [readFileSync(p, 'utf8')] : [];
  });
const prose = [...texts(join(root, 'seeds')), ...texts(join(root, 'test/corpora'))];

/** Best of three runs, in microseconds per KB: analysis, then the corpus (resolution and comparisons). */
function cost(articles) {
  const bytes = articles.reduce((n, t) => n + t.length, 0);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const corpus = new core.Corpus();
    // hostile input is analysed as prose even where it would not pass for prose: the worst case
    articles.forEach((t, i) => corpus.set(`${i}.txt`, t, core.analyzeProse(t)));
    corpus.resolution();
    [...corpus.allLinks()];
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1000) / (bytes / 1000);
}

cost(prose); // warm up the gazetteer and the JIT
const base = cost(prose);
console.log(`Hostile input — cost per KB against prose (${prose.length} articles, ${base.toFixed(0)} µs/KB)`);
console.log('input                 |     KB |  µs/KB | × prose | heap MB');
let worst = 0;
for (const [name, text] of Object.entries(HOSTILE)) {
  const us = cost([text]);
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed / 1e6;
  worst = Math.max(worst, us / base);
  console.log(
    `${name.padEnd(21)} | ${(text.length / 1000).toFixed(0).padStart(6)} | ${us.toFixed(0).padStart(6)} | ${(us / base).toFixed(1).padStart(7)} | ${heap.toFixed(0).padStart(7)}`,
  );
}
console.log(`Worst: ${worst.toFixed(1)}x prose per byte (target <= 10x).`);
