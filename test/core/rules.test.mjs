// Rules found on the invented test corpora (test/corpora), as small cases of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusOf, entitiesOf, entityAt, figureAt, verdicts } from './helpers.mjs';

test('Washington is the capital unless the text says state or a part of it', () => {
  const c = corpusOf({
    'w.txt': 'Officials in Washington said no. Washington state voted. A storm hit western Washington.',
  });
  assert.equal(entityAt(c, 'w.txt', 'Washington').placeKind, 'city');
  assert.equal(entityAt(c, 'w.txt', 'Washington', 2).placeKind, 'state');
  assert.equal(entityAt(c, 'w.txt', 'Washington', 3).placeKind, 'state');
});

test('wire datelines in capitals, towns of the article’s state, “-based” places, natural features', () => {
  const c = corpusOf({
    'd.txt':
      'NEW BRAUNFELS, Texas — Crews in New Braunfels and Seguin worked along the Guadalupe River. The Stuttgart-based firm helped.',
  });
  const places = entitiesOf(c, 'place');
  assert.deepEqual(Object.keys(places).sort(), ['New Braunfels', 'Seguin', 'Stuttgart', 'Texas']);
  assert.equal(places['New Braunfels'].length, 2);
});

test('a word that names an organisation is not a bare surname', () => {
  const c = corpusOf({
    'o.txt': 'Kessler-Brandt said output fell. Kessler-Brandt Automotive shares slid. Okafor said talks went on.',
  });
  assert.deepEqual(Object.keys(entitiesOf(c, 'person')), ['Okafor']);
});

test('figures without a place take the wire dateline’s city', () => {
  const c = corpusOf({
    'x.txt': 'Strike\nNov. 3, 2025\nTOLEDO, Ohio — All 4,980 members walked out on Monday, the union said.',
  });
  assert.equal(figureAt(c, 'x.txt', '4,980').placeText, 'TOLEDO');
  assert.equal(figureAt(c, 'x.txt', '4,980').subset, false, '“all 4,980 of” is the whole');
});

test('parts after “including” are not compared with the whole', () => {
  const c = corpusOf({
    'i.txt': 'Utility\nNov. 19, 2025\nThe utility had 120 crews in the field, including 35 brought in from Oregon.',
  });
  assert.equal(figureAt(c, 'i.txt', '35').subset, true);
  assert.deepEqual(verdicts(c), []);
});

test('a storm’s toll rises through the named event: an update, not a conflict', () => {
  const c = corpusOf({
    'tue.txt': 'Floods\nOct. 14, 2025\nTropical Storm Delphine killed 3 people in Texas.',
    'fri.txt': 'Floods\nOct. 17, 2025\nThe death toll from Tropical Storm Delphine stands at nine in Texas.',
  });
  assert.deepEqual(verdicts(c), ['fri.txt:nine updated', 'tue.txt:3 updated']);
});

test('a named event in one article, the same day’s figure in another: compared by date', () => {
  const c = corpusOf({
    'a.txt':
      'Storm\nOct. 14, 2025\nAbout 1,200 residents were evacuated in Houston on Tuesday as Tropical Storm Delphine hit.',
    'b.txt': 'Storm\nOct. 15, 2025\nCity officials said 350 people were evacuated in Houston on Tuesday.',
  });
  assert.deepEqual(verdicts(c), ['a.txt:1,200 conflict', 'b.txt:350 conflict']);
});

test('a name-like pair only ever written where a place goes is not a person; one with a role elsewhere is', () => {
  const c = corpusOf({
    'a.txt': 'Residents fled from Val Verde. Smoke rose over Castaic and in Val Verde.',
    'b.txt': 'Crowds gathered in Grace Porter’s honour. Later, in Grace Porter, a teacher, spoke.',
    'c.txt': 'The fire reached Val Verde, officials said.',
  });
  const people = Object.keys(entitiesOf(c, 'person'));
  assert.ok(!people.includes('Val Verde'), people.join(', '));
  assert.ok(people.includes('Grace Porter'), people.join(', '));
});
