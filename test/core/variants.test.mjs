// Spelling variants of names across articles, on the corpus written for them (test/corpora/name-variants,
// invented, with its gold), and the reviewer's decisions about names: applied before resolution.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusOf, entityAt, root } from './helpers.mjs';

const folder = join(root, 'test/corpora/name-variants');
const gold = JSON.parse(readFileSync(join(root, 'test/corpora/name-variants.gold.json'), 'utf8'));
const articles = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
);
const links = { label: (d) => d, href: () => undefined };
/** The offset of a gold span: 1-based line, exact text, nth occurrence. */
const offsetOf = (s) => {
  const lines = articles[s.file].split('\n');
  let at = -1;
  for (let k = 0; k < (s.nth ?? 1); k++) at = lines[s.line - 1].indexOf(s.text, at + 1);
  return lines.slice(0, s.line - 1).reduce((n, l) => n + l.length + 1, 0) + at;
};

test('every minority spelling is flagged with the majority spelling, and nothing else is', () => {
  const c = corpusOf(articles);
  const found = c.documents().flatMap((d) => core.spellingFindings(c, d, links));
  for (const v of gold.variants) {
    const at = offsetOf(v);
    const f = found.find((x) => x.doc === v.file && x.start <= at && at < x.end);
    assert.ok(f, `${v.file}:${v.line} "${v.text}" is not flagged`);
    assert.equal(f.majority, v.majority);
    assert.match(f.message, new RegExp(`^“${v.text}” here; “${v.majority}” in \\d other articles`));
  }
  assert.equal(found.length, gold.variants.length, found.map((f) => `${f.doc} ${f.message}`).join('\n'));
});

test('look-alike names of different people stay different people', () => {
  const c = corpusOf(articles);
  for (const p of gold.differentPeople) {
    const a = c.mentionAt(p.a.file, offsetOf(p.a) + 1),
      b = c.mentionAt(p.b.file, offsetOf(p.b) + 1);
    assert.ok(a && b, p.why);
    assert.notEqual(a.entityId, b.entityId, p.why);
  }
});

test('decisions about names: "different" keeps two spellings apart, "same" joins two entities', () => {
  const articles = {
    'a.txt': 'Vote\n\nMayor Lorna Whitacre said the council would vote. Whitacre wants a fund.\n',
    'b.txt': 'Council\n\nMayor Lorna Whitacre defended the plan. Dana Pike, a retired teacher, spoke.\n',
    'c.txt': 'Radio\n\nMayor Lorna Whitaker told listeners the repair would take months.\n',
  };
  const c = corpusOf(articles);
  const fp = (doc, text) => c.mentionFingerprint(doc, c.text(doc).indexOf(text), text);
  assert.equal(entityAt(c, 'c.txt', 'Lorna Whitaker').name, 'Lorna Whitacre');
  const apart = new core.Decisions(
    [],
    [{ decision: 'different', mentions: [fp('c.txt', 'Lorna Whitaker'), fp('a.txt', 'Lorna Whitacre')] }],
  );
  assert.deepEqual(c.setDecisions(apart), ['a.txt', 'b.txt', 'c.txt']);
  assert.equal(entityAt(c, 'c.txt', 'Lorna Whitaker').name, 'Lorna Whitaker');
  assert.deepEqual(core.spellingFindings(c, 'c.txt', links), []);
  const joined = apart.withName({
    decision: 'same',
    mentions: [fp('b.txt', 'Dana Pike'), fp('a.txt', 'Lorna Whitacre')],
  });
  c.setDecisions(joined);
  assert.equal(entityAt(c, 'b.txt', 'Dana Pike').id, entityAt(c, 'a.txt', 'Lorna Whitacre').id);
  // decisions are kept by text and sentence: an edit elsewhere in the article keeps them
  c.set(
    'b.txt',
    'Council\n\nA new first line.\n\nMayor Lorna Whitacre defended the plan. Dana Pike, a retired teacher, spoke.\n',
  );
  assert.equal(entityAt(c, 'b.txt', 'Dana Pike').id, entityAt(c, 'a.txt', 'Lorna Whitacre').id);
  // the file round-trips, and version 1 files (figures only) are still read
  const text = core.serializeReviews(joined);
  assert.deepEqual(core.parseReviews(text).decisions.names, joined.names);
  assert.equal(core.parseReviews('{"version": 1, "decisions": []}').error, undefined);
  assert.match(
    core.parseReviews('{"version": 2, "decisions": [], "names": [{"decision": "same"}]}').error,
    /1 malformed name/,
  );
});

test('two people joined by a decision go by the spellings their mentions use, not one a decision split off', () => {
  const articles = {
    'a.txt': 'Council\n\nMayor Lorna Whitacre said the bridge would close. Whitacre spoke on Monday.\n',
    'b.txt': 'Bridge\n\nTom Walsh said the bridge stays shut. Walsh agreed. Walsh left. Tom Walsh returned.\n',
  };
  const c = corpusOf(articles);
  const fp = (doc, text, before = text) => c.mentionFingerprint(doc, c.text(doc).indexOf(before), text);
  // "Whitacre" alone is someone else, and the mayor is Tom Walsh
  const alone = fp('a.txt', 'Whitacre', 'Whitacre spoke');
  c.setDecisions(
    new core.Decisions(
      [],
      [
        { decision: 'different', mentions: [alone, fp('a.txt', 'Lorna Whitacre')] },
        { decision: 'same', mentions: [fp('a.txt', 'Lorna Whitacre'), fp('b.txt', 'Tom Walsh')] },
      ],
    ),
  );
  assert.deepEqual(entityAt(c, 'a.txt', 'Lorna Whitacre').aliases, ['Tom Walsh', 'Walsh', 'Lorna Whitacre']);
  assert.deepEqual(entityAt(c, 'a.txt', 'Whitacre', 2).aliases, ['Whitacre']);
});

test('a place spelled another way where places go is the place, flagged; two real places are not', () => {
  const c = corpusOf({
    'a.txt': 'Flood\n\nWater rose in Philadelphia on Monday.\n',
    'b.txt': 'Flood\n\nPhiladelphia schools closed.\n',
    'c.txt': 'Flood\n\nResidents in Philadephia waited. Crews from Pittsburg, Kansas, and Pittsburgh helped.\n',
  });
  assert.equal(entityAt(c, 'c.txt', 'Philadephia').name, 'Philadelphia');
  const [f] = core.spellingFindings(c, 'c.txt', links);
  assert.equal(
    f.message,
    '“Philadephia” here; “Philadelphia” in 2 other articles (Philadelphia, city in Pennsylvania, United States)',
  );
  assert.equal(f.replacement, 'Philadelphia');
  assert.equal(core.spellingFindings(c, 'c.txt', links).length, 1);
});

test('a spelling written twice in one article is still a minority of one article', () => {
  // (two articles of one spelling make it established: the count is of articles, not of mentions)
  const story = (name) => `Flood shuts bridge in Dayton
Mayor ${name} said the river crested overnight. ${name} ordered the bridge closed until Friday.
`;
  const c = corpusOf({ 'a.txt': story('Karen Kenney'), 'b.txt': story('Karen Kenny'), 'c.txt': story('Karen Kenny') });
  const found = c.documents().flatMap((d) => core.spellingFindings(c, d, links));
  // (the full name and the surname alone, both in a.txt)
  assert.deepEqual(
    found.map((f) => `${f.doc} ${f.majority}`),
    ['a.txt Kenny', 'a.txt Kenny'],
  );
  assert.equal(entityAt(c, 'a.txt', 'Karen Kenney'), entityAt(c, 'b.txt', 'Karen Kenny'));
});

test('a spelling written with another role is another person; with the same role, a variant', () => {
  const articles = (title) => ({
    'a.txt': 'Vote\n\nMayor Lorna Whitacre said the council would vote. Whitacre wants a fund.\n',
    'b.txt': 'Council\n\nMayor Lorna Whitacre defended the plan.\n',
    'c.txt': `Match\n\n${title} Lorna Whitaker said the team would win.\n`,
  });
  assert.equal(entityAt(corpusOf(articles('Mayor')), 'c.txt', 'Lorna Whitaker').name, 'Lorna Whitacre');
  assert.equal(entityAt(corpusOf(articles('Coach')), 'c.txt', 'Lorna Whitaker').name, 'Lorna Whitaker');
});
