// Hostile articles cannot crash, hang or exhaust memory: each is analysed in a worker whose heap is
// capped at 192 MB, with a generous hang guard. (Speed per byte is measured by bench/hostile.mjs.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { root, core } from './helpers.mjs';
import { HOSTILE } from '../hostile/inputs.mjs';

const HANG_GUARD_MS = 30_000;

function analyseInWorker(name, asIs = false) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(root, 'test/hostile/analyse-worker.mjs'), {
      workerData: { name, asIs, core: join(root, 'server/out/core.js') },
      resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${name}: still running after ${HANG_GUARD_MS} ms`));
    }, HANG_GUARD_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${name}: ${e.message}`));
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 && code !== 1) reject(new Error(`${name}: worker exited with ${code}`));
    });
  });
}

for (const name of Object.keys(HOSTILE)) {
  test(`hostile input "${name}" is analysed within a 192 MB heap`, async () => {
    const r = await analyseInWorker(name);
    assert.ok(r.longestSentence <= core.MAX_SENTENCE, `a sentence of ${r.longestSentence} characters`);
    assert.ok(r.figures <= core.MAX_FIGURES, `${r.figures} figures`);
    assert.ok(r.people + r.places <= core.MAX_MENTIONS + 1000, `${r.people + r.places} mentions`);
  });
}

test('an article with more figures than are read is cut off, and says where and why', async () => {
  const r = await analyseInWorker('numbered-prose');
  assert.equal(r.figures, core.MAX_FIGURES);
  assert.match(r.cutoff.reason, /more than 1000 figures/);
  assert.ok(r.cutoff.offset > 0 && r.cutoff.offset < HOSTILE['numbered-prose'].length);
});

test('a file that is not prose (a list, a log, a key file) yields no figures and no names, and says why', async () => {
  const r = await analyseInWorker('numbered-arrests', true);
  assert.equal(r.figures, 0);
  assert.equal(r.people + r.places, 0);
  const key = 'pub   rsa4096 2019-01-01 [SC]\n      0C4B 3A2D 98F1 1E27 5B6C  D3A0 9F12 44E1 7A3B 2C01\n'.repeat(8);
  const a = core.analyzeText(key);
  assert.equal(a.figures.figures.length, 0);
  assert.match(a.notProse, /does not read as prose/);
});

test('an ordinary article is never cut off', () => {
  const a = core.analyzeText(
    'Storm kills 9\n\nNine people died on Tuesday, officials said. About 1,200 were evacuated.',
  );
  assert.equal(a.cutoff, undefined);
});

test('a sentence longer than the bound is read in pieces, and its figures keep their place', () => {
  const long = `${'The river rose along the levee and kept rising through the night. '.replace('. ', ', ').repeat(12)}and 45 people were rescued in Philadelphia.`;
  const a = core.analyzeText(long);
  assert.ok(core.sentenceCount(a.sentences) > 1);
  assert.ok(core.unpackSentences(a.sentences).every((s) => s.end - s.start <= core.MAX_SENTENCE));
  const f = a.figures.figures.find((x) => x.text === '45');
  assert.equal(f.measure, 'rescues');
  assert.equal(f.placeText, 'Philadelphia');
});

test('hex digests, versions and colon-separated codes are not counts', () => {
  const a = core.analyzeText(
    'Key 3f2a9c1d0e4b5a6f7c8d, release 1.2.3, fingerprint 3E:4F:9A:1B. Police arrested 12 people.',
  );
  assert.deepEqual(
    a.figures.figures.filter((f) => f.kind === 'count').map((f) => f.text),
    ['12'],
  );
});
