// Property tests (fast-check, seeded, bounded in time): random and adversarial text never makes the
// core throw or break its bounds; random edit sequences leave the corpus exactly as a fresh index of
// the final texts; random bytes never make the decoder throw.
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { core, root } from './helpers.mjs';

const SEED = 20261130;
const run = (property, numRuns) => fc.assert(property, { seed: SEED, numRuns, interruptAfterTimeLimit: 20_000 });

/** Pieces of news prose and of its worst cases: numbers, hedges, names, places, dates, odd spacing. */
const piece = fc.oneof(
  fc.constantFrom(
    '107',
    '1,179',
    'nine',
    'two dozen',
    'about',
    'more than',
    'nearly',
    'at least',
    'between 20 and 30',
    'people',
    'arrests',
    'were killed',
    'dead',
    'evacuated',
    'in',
    'Philadelphia',
    'New York',
    'Texas',
    'U.S.',
    'said',
    'Mayor',
    'Jim Kenney',
    'Kenney’s',
    'on Tuesday',
    'Jan. 23',
    'since',
    'total',
    'of the',
    'x',
    '“',
    '”',
    '"',
    ',',
    '.',
    ';',
    ' — ',
    '\n',
    '\n\n',
    '\r\n',
    '\t',
    '   ',
    'A.',
    'A-',
    '$5 million',
    '25%',
    '3f2a9c',
    '1.2.3',
    'Flight 9525',
    '(',
    ')',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
);
const article = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(' '));

function checkAnalysis(text) {
  // as prose whatever it holds, so that no rule is skipped
  const a = core.analyzeProse(text);
  const inside = (s) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const s of core.unpackSentences(a.sentences)) assert.ok(inside(s) && s.end - s.start <= core.MAX_SENTENCE);
  for (const m of [...a.people, ...a.places]) assert.ok(inside(m), `mention ${m.start}-${m.end}`);
  assert.ok(a.figures.figures.length <= core.MAX_FIGURES);
  for (const f of a.figures.figures) {
    assert.ok(inside(f));
    assert.equal(f.text, text.slice(f.start, f.end));
  }
}

test('any article built from news pieces is analysed within bounds, and never throws', () => {
  run(fc.property(article, checkAnalysis), 400);
});

test('any string, unicode included, is analysed without throwing', () => {
  run(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkAnalysis), 300);
});

test('long runs of one piece stay within bounds', () => {
  run(
    fc.property(piece, fc.integer({ min: 100, max: 3000 }), (p, n) => checkAnalysis(`${p} `.repeat(n))),
    40,
  );
});

// ---- incremental corpus ----------------------------------------------------------------------

/** Everything the corpus answers, in a canonical form: findings by article, then entities. */
function snapshot(corpus) {
  const out = {};
  for (const doc of [...corpus.documents()].sort()) {
    out[doc] = corpus
      .linksOf(doc)
      // a pair is the same whichever figure came first
      .map((l) => `${[`${l.a.doc}:${l.a.fig.start}`, `${l.b.doc}:${l.b.fig.start}`].sort().join('|')}|${l.verdict}`)
      .sort();
  }
  const entities = [...corpus.resolution().entities.values()]
    .map(
      (e) =>
        `${e.kind}:${e.name}=${e.mentions
          .map((m) => `${m.doc}:${m.start}`)
          .sort()
          .join(',')}`,
    )
    .sort();
  return { findings: out, entities };
}

const corpusTexts = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
const base = corpusTexts(join(root, 'test/corpora/storm-floods'));

/** An edit: insert a number, delete a sentence, change a name, or replace a whole article. */
const edit = fc.record({
  doc: fc.integer({ min: 0, max: base.length }),
  kind: fc.constantFrom('number', 'delete', 'rename', 'replace', 'remove'),
  at: fc.nat(),
  value: fc.integer({ min: 1, max: 5000 }),
});

function apply(texts, e) {
  const key = `${e.doc}.txt`;
  const t = texts.get(key) ?? base[e.doc % base.length];
  const at = t.length ? e.at % t.length : 0;
  if (e.kind === 'remove') {
    texts.delete(key);
    return;
  }
  if (e.kind === 'number') texts.set(key, `${t.slice(0, at)} ${e.value} people were evacuated. ${t.slice(at)}`);
  else if (e.kind === 'delete') {
    const s = t.lastIndexOf('. ', at);
    const end = t.indexOf('. ', at);
    texts.set(key, t.slice(0, Math.max(0, s)) + (end < 0 ? '' : t.slice(end + 1)));
  } else if (e.kind === 'rename') texts.set(key, t.replaceAll('Benavides', e.value % 2 ? 'Benavidez' : 'Krause'));
  else texts.set(key, base[e.value % base.length]);
}

test('after any sequence of edits, the corpus equals a fresh index of the final texts', () => {
  run(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const texts = new Map(base.map((t, i) => [`${i}.txt`, t]));
      const live = new core.Corpus();
      for (const [k, t] of texts) live.set(k, t);
      live.takeTouched(); // links made before the edits, as when a corpus is read
      for (const e of edits) {
        apply(texts, e);
        for (const doc of live.documents()) if (!texts.has(doc)) live.delete(doc);
        for (const [k, t] of texts) live.set(k, t);
        live.takeTouched(); // what the server does after each edit
      }
      const fresh = new core.Corpus();
      for (const [k, t] of texts) fresh.set(k, t);
      assert.deepEqual(snapshot(live), snapshot(fresh));
    }),
    150,
  );
});

// ---- decoding bytes --------------------------------------------------------------------------

test('any bytes decode to text or a reason, never an exception', () => {
  run(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
      const d = core.decodeBytes(bytes, 2048);
      if (d.ok) assert.equal(typeof d.text, 'string');
      else assert.match(d.reason, /\S/);
    }),
    500,
  );
});
