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

test("an indexing thread sends each string once per run, and starts again with a run's first request", async () => {
  const folder = join(root, 'seeds');
  const paths = readdirSync(folder).map((n) => join(folder, n));
  const worker = new Worker(join(root, 'server/out/worker.js'));
  const ask = async (id, files, fresh) => {
    worker.postMessage({ id, paths: files, maxBytes: 1 << 20, fresh });
    const [reply] = await once(worker, 'message');
    assert.equal(reply.id, id);
    return reply.results;
  };
  try {
    const [first] = await ask(1, paths.slice(0, 1), true);
    const [again] = await ask(2, paths.slice(0, 1), false);
    const [fresh] = await ask(3, paths.slice(0, 1), true);
    assert.ok(first.ok && again.ok && fresh.ok);
    assert.ok(first.analysis.strings.length > 10);
    // within a run the same article sends nothing new; a new run's first request sends it all again
    assert.deepEqual([again.analysis.strings, again.analysis.known[0]], [[], first.analysis.strings.length]);
    assert.deepEqual([fresh.analysis.strings, fresh.analysis.known], [first.analysis.strings, [0, 0]]);
    // and what it sent restores to the analysis made here, in the order sent
    const seen = core.sharedValues();
    const received = new core.ReceivedValues(seen);
    const text = first.text;
    for (const r of [first, again])
      assert.deepEqual(core.restore(text, r.analysis, received, seen), core.analyzeText(text));
  } finally {
    await worker.terminate();
  }
});
