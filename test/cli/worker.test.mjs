import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(join(root, 'server/out/core.js'));

test('an indexing thread sends each string once per run, with a table for each run', async () => {
  const folder = join(root, 'seeds');
  const paths = readdirSync(folder).map((n) => join(folder, n));
  const worker = new Worker(join(root, 'server/out/worker.js'));
  const ask = async (id, run) => {
    worker.postMessage({ id, paths: paths.slice(0, 1), maxBytes: 1 << 20, run });
    const [reply] = await once(worker, 'message');
    assert.equal(reply.id, id);
    assert.ok(reply.results[0].ok);
    return reply.results[0];
  };
  try {
    const first = await ask(1, 1);
    const again = await ask(2, 1);
    // a newer run (an indexing cancelled for another) while the first still has requests to answer
    const other = await ask(3, 2);
    const third = await ask(4, 1);
    assert.ok(first.analysis.strings.length > 10);
    // within a run the same article sends nothing new; another run's table starts empty
    assert.deepEqual([again.analysis.strings, again.analysis.known[0]], [[], first.analysis.strings.length]);
    assert.deepEqual([other.analysis.strings, other.analysis.known], [first.analysis.strings, [0, 0]]);
    assert.deepEqual([third.analysis.strings, third.analysis.table], [[], first.analysis.table]);
    // and what each run was sent restores to the analysis made here, in the order sent
    const text = first.text;
    for (const run of [[first, again, third], [other]]) {
      const seen = core.sharedValues();
      const received = new core.ReceivedValues(seen);
      for (const r of run) assert.deepEqual(core.restore(text, r.analysis, received), core.analyzeText(text));
    }
  } finally {
    await worker.terminate();
  }
});
