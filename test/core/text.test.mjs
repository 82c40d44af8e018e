// Bad input: every odd file gets a clear answer and nothing is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusOf, entityAt } from './helpers.mjs';

const enc = (s) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

test('UTF-8 with a BOM is read without the BOM', () => {
  const d = core.decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Héllo')]), MB);
  assert.deepEqual(d, { ok: true, text: 'Héllo', notices: [] });
});

test('invalid UTF-8 is read as Windows-1252 with a notice', () => {
  const d = core.decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]), MB);
  assert.equal(d.ok, true);
  assert.equal(d.text, 'Café “hi”');
  assert.match(d.notices[0].message, /not valid UTF-8/);
});

test('UTF-16 with a BOM is decoded', () => {
  const bytes = new Uint8Array([0xff, 0xfe, ...[...'Mayor Lee'].flatMap((c) => [c.charCodeAt(0), 0])]);
  assert.equal(core.decodeBytes(bytes, MB).text, 'Mayor Lee');
});

test('binary and oversized files are refused with a reason', () => {
  const bin = core.decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), MB);
  assert.equal(bin.ok, false);
  assert.match(bin.reason, /binary/);
  const big = core.decodeBytes(new Uint8Array(3 * MB), 2 * MB);
  assert.equal(big.ok, false);
  assert.match(big.reason, /over the 2\.0 MB limit/);
});

test('the string hash is FNV-1a as its reference values give it, whatever the text holds', () => {
  // (the gazetteer's filter and the order of picks are made with it)
  assert.equal(core.fnv1a(''), 0x811c9dc5);
  assert.equal(core.fnv1a('a'), 0xe40c292c);
  assert.equal(core.fnv1a('foobar'), 0xbf9cf968);
  // over UTF-16 units: a character past U+FFFF is its two surrogates, each hashed in turn
  assert.equal(
    core.fnv1a('\u{1F600}'),
    Math.imul(Math.imul(0x811c9dc5 ^ 0xd83d, 0x01000193) ^ 0xde00, 0x01000193) >>> 0,
  );
  // the content hash of a text of two-byte characters begins with the same hash of it
  const wide = '“Santiago” – Copiapó '.repeat(500);
  assert.ok(core.contentHash(wide).startsWith(core.fnv1a(wide).toString(36)));
  assert.notEqual(core.contentHash(wide), core.contentHash(wide.slice(1)));
});

test('CRLF line ends keep lines and offsets right', () => {
  const text = 'Headline here\r\n\r\nMayor Jane Roe said 40 people came.\r\nRoe left.\r\n';
  const c = corpusOf({ 'crlf.txt': text });
  const e = entityAt(c, 'crlf.txt', 'Roe left');
  assert.equal(e.name, 'Jane Roe');
  const lines = c.analysis('crlf.txt').lines;
  assert.deepEqual(lines.position(text.indexOf('Roe left')), { line: 3, character: 0 });
  assert.equal(lines.offset(3, 0), text.indexOf('Roe left'));
  assert.deepEqual(
    core.unpackSentences(c.analysis('crlf.txt').sentences).map((s) => s.line),
    [0, 2, 3],
  );
});

test('an empty file and a file of blank lines are articles with nothing in them', () => {
  const c = corpusOf({ 'empty.txt': '', 'blank.txt': '\n\n  \n' });
  assert.equal(c.size, 2);
  assert.equal(c.resolution().entities.size, 0);
  assert.deepEqual(c.analysis('empty.txt').figures.figures, []);
});

test('sentences split at the end of a quote and after abbreviations only where they end', () => {
  const text =
    'She posted on X. “Dirtbags like this will go,” she said. Gov. Lee met the U.S. Department staff in Atlanta, Ga., on Jan. 23. He left.';
  const a = core.analyzeText(text);
  assert.deepEqual(
    core.unpackSentences(a.sentences).map((s) => text.slice(s.start, s.end)),
    [
      'She posted on X.',
      '“Dirtbags like this will go,” she said.',
      'Gov. Lee met the U.S. Department staff in Atlanta, Ga., on Jan. 23.',
      'He left.',
    ],
  );
});

test('a corpus of one article works, and deleting it leaves an empty corpus', () => {
  const c = corpusOf({
    'one.txt': 'Police Chief Ana Ruiz said 12 people were arrested in Denver. Ruiz said more may follow.',
  });
  assert.equal(entityAt(c, 'one.txt', 'Ruiz said more').name, 'Ana Ruiz');
  assert.equal(c.delete('one.txt'), true);
  assert.equal(c.resolution().entities.size, 0);
});

// ---- texts as the corpus keeps them -----------------------------------------------------------

/** Every slice of the packed text equals the string's (within it: `textSlice` never counts from the end). */
function assertSlicesAgree(text) {
  const packed = core.packText(text);
  assert.equal(core.unpackText(packed), text);
  for (let a = 0; a <= text.length; a++)
    for (let z = a; z <= text.length; z++) assert.equal(core.textSlice(packed, a, z), text.slice(a, z), `${a}–${z}`);
  return packed;
}

test('a text with curly quotes and dashes is kept in UTF-8, and every slice of it reads as the string', () => {
  const text =
    '“107 were arrested,” the mayor said — in Philadelphia’s north — and Zoë Müller’s café, two ' +
    'blocks away, stayed open.\r\nSecond line – with “quotes” again, past the second and third mark of ' +
    'the packed text. ' +
    'The council met again on Wednesday to discuss the arrests and the café’s licence. '.repeat(4) +
    'It ends in é';
  assert.ok(text.length > 3 * 64, 'the text spans several marks');
  assert.equal(typeof assertSlicesAgree(text), 'object');
});

test('texts UTF-8 would not make smaller, or could not cut, stay strings', () => {
  const long = (s) => s.repeat(Math.ceil(300 / s.length));
  for (const text of [
    long('Plain ASCII copy. '), // one byte a character already
    long('Café, naïve, Zoë. '), // Latin-1: one byte a character as a string
    long('東京で地震が発生。'), // three bytes a character in UTF-8
    long('“Quoted” 🌊 surge. '), // a surrogate pair a slice could cut
    '',
  ])
    assert.equal(typeof assertSlicesAgree(text), 'string', text.slice(0, 20));
});

test('a slice past either end is clamped to the text', () => {
  const text = 'He said “107” — and left. '.repeat(20);
  const packed = core.packText(text);
  assert.equal(typeof packed, 'object');
  assert.equal(core.textSlice(packed, -5, 3), text.slice(0, 3));
  assert.equal(core.textSlice(packed, text.length - 2, text.length + 9), text.slice(-2));
  assert.equal(core.textSlice(packed, 9, 4), '');
});

test('line ends, offsets and positions hold for \\n, \\r\\n and \\r breaks', () => {
  const text = 'one\r\ntwo\nthree\rfour\r\r\nfive\n\nsix';
  const lines = new core.LineIndex(text);
  const reading = text.split(/\r\n|\r|\n/);
  assert.equal(lines.lineCount, reading.length);
  reading.forEach((line, i) => {
    const start = lines.offset(i, 0);
    assert.equal(text.slice(start, lines.lineEnd(i)), line, `line ${i}`);
    assert.deepEqual(lines.position(start + line.length), { line: i, character: line.length });
    assert.equal(lines.offset(i, 99), lines.lineEnd(i));
  });
  assert.equal(lines.offset(99, 0), text.length);
});

test('the corpus gives back each article’s text and its slices as they were written', () => {
  const texts = {
    'a.txt': 'PHILADELPHIA — “Police arrested 107 people,” Mayor Cherelle Parker said on Tuesday. '.repeat(5),
    'b.txt': 'Police arrested 109 people in Philadelphia on Tuesday, the mayor said.\r\n',
  };
  const c = corpusOf(texts);
  for (const [doc, text] of Object.entries(texts)) {
    assert.equal(c.text(doc), text);
    assert.equal(c.textSlice(doc, 3, 40), text.slice(3, 40));
  }
  assert.equal(c.textSlice('none.txt', 0, 1), undefined);
});
