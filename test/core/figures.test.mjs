// Figure extraction: values, hedges, kinds, measures, scopes. Invented sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusOf, figureAt, verdicts } from './helpers.mjs';

const one = (text) => corpusOf({ 'f.txt': text });
const fig = (text, at, nth) => figureAt(one(text), 'f.txt', at, nth);

test('values written as digits, words and vague quantities', () => {
  assert.equal(fig('Police made 1,179 arrests.', '1,179').value, 1179);
  assert.equal(fig('Forty-one people were hurt.', 'Forty-one').value, 41);
  assert.equal(fig('It yielded one arrest.', 'one').value, 1);
  assert.equal(fig('Crews found two dozen cars.', 'two dozen').value, 24);
  assert.equal(fig('The fund reached $1.2 million.', '1.2 million').value, 1_200_000);
  const v = fig('He sent thousands of troops.', 'thousands');
  assert.equal(v.vague, true);
  assert.equal(fig('It is one that limits cooperation.', 'one'), undefined);
});

test('each hedge becomes a qualifier and an interval', () => {
  const cases = [
    ['nearly 500 arrests', 'approx', 450, 500],
    ['about 1,200 evacuated', 'approx', 1080, 1320],
    ['an estimated 300 homes', 'approx', 270, 330],
    ['more than 100 rescued', 'moreThan', 100, Infinity],
    ['over 60 cars', 'moreThan', 60, Infinity],
    ['at least 3 dead', 'atLeast', 3, Infinity],
    ['up to 40 trucks', 'atMost', 0, 40],
    ['as many as 70 boats', 'atMost', 0, 70],
    ['fewer than 20 beds', 'lessThan', 0, 20],
    ['between 200 and 300 homes', 'range', 200, 300],
    ['20 to 30 homes', 'range', 20, 30],
  ];
  for (const [phrase, qualifier, lo, hi] of cases) {
    const f = fig(`Officials reported ${phrase} on Monday.`, phrase.match(/\d[\d,]*/)[0]);
    assert.equal(f.qualifier, qualifier, phrase);
    assert.equal(Math.round(f.interval.lo), lo, phrase);
    assert.equal(f.interval.hi, hi, phrase);
  }
});

test('ratios: "X out of Y" and "X in 10"', () => {
  const f = fig('Seven out of the ten safest cities cooperate.', 'Seven');
  assert.equal(f.ratioOf, 10);
  assert.equal(f.measure, 'safest city');
  const r = fig('Roughly 3 in 10 voters agree.', '3');
  assert.equal(r.kind, 'ratio');
  assert.equal(r.ratioOf, 10);
});

test('kinds that are never counts', () => {
  const c = one(`| SEP 28, 2017 | 7:56 PM
Saturday, 30 Sep, 2017
An MS-13 member assaulted a 7-year-old and a man over 14 years old on Jan. 23 during a four-day operation with eight-hour shifts.
She was convicted of first degree assault. Ana Ruiz, 34, said 40% of the $5 million was spent. The Senate voted 52-48.`);
  const kinds = Object.fromEntries(c.analysis('f.txt').figures.figures.map((f) => [f.text, f.kind]));
  assert.deepEqual(kinds, {
    'SEP 28, 2017': 'date',
    '7:56 PM': 'time',
    '30 Sep, 2017': 'date',
    'MS-13': 'identifier',
    '7-year-old': 'age',
    '14 years old': 'age',
    'Jan. 23': 'date',
    'four-day': 'duration',
    'eight-hour': 'duration',
    34: 'age',
    '40%': 'percent',
    '5 million': 'money',
    '52-48': 'tally',
  });
});

test('what is counted: the head noun, or the event a verb names', () => {
  const c =
    one(`ICE arrested 498 individuals. In Philadelphia, 107 illegal immigrants were arrested, while 101 were arrested in Los Angeles.
There were 152 weapons offenses and 235 drug-related offenses. The 45 arrests in NY came first, 500 total nationwide.`);
  const m = (t) => figureAt(c, 'f.txt', t).measure;
  assert.equal(m('498'), 'arrests');
  assert.equal(m('107'), 'arrests');
  assert.equal(m('101'), 'arrests');
  assert.equal(m('152'), 'weapon offense');
  assert.equal(m('235'), 'drug offense');
  assert.equal(m('45'), 'arrests');
  assert.equal(m('500'), 'arrests');
});

test('a counted noun named like what every object inherits is only a word', () => {
  // ("constructor" was looked up in an object of irregular plurals and found Object's constructor)
  const c = one('Officials counted 7 constructor in the area. Crews reported 9 toString and 4 hasOwnProperty.');
  const m = (t) => figureAt(c, 'f.txt', t).measure;
  assert.equal(m('7'), 'constructor');
  assert.equal(m('9'), 'tostring');
  assert.equal(m('4'), 'hasownproperty');
});

test('scope: the place of each clause, nationwide, running totals, partitives', () => {
  const c =
    one(`In Philadelphia, 107 illegal immigrants were arrested, while 101 were arrested in Los Angeles and 45 people were arrested in NY.
ICE made 1,179 arrests nationwide, bringing the total since Jan. 23 to 3,552. ICE said of the 50 arrests made, 20 were not criminals.`);
  const f = (t) => figureAt(c, 'f.txt', t);
  assert.equal(f('107').placeText, 'Philadelphia');
  assert.equal(f('101').placeText, 'Los Angeles');
  assert.equal(f('45').placeText, 'NY');
  assert.equal(f('1,179').nationwide, true);
  assert.equal(f('1,179').cumulative, false);
  assert.equal(f('3,552').cumulative, true);
  assert.equal(f('3,552').sinceText, 'since Jan. 23');
  assert.equal(f('20').subset, true);
});

test('time: the dateline, weekdays resolved against it, and named events', () => {
  const c = one(`ICE Cracks Down — Arrests Nearly 500
| SEP 28, 2017 | 7:56 PM
On Thursday, ICE announced it arrested 498 individuals during “Operation Safe City.”`);
  const a = c.analysis('f.txt');
  assert.deepEqual(a.figures.dateline, { month: 9, day: 28, year: 2017 });
  const f = figureAt(c, 'f.txt', '498');
  assert.equal(new Date(f.day).toISOString().slice(0, 10), '2017-09-28');
  assert.equal(f.eventText, 'Operation Safe City');
  assert.equal(figureAt(c, 'f.txt', '500').qualifierText, 'Nearly');
});

test('dateline formats', () => {
  const cases = [
    ['Saturday, 30 Sep, 2017', { month: 9, day: 30, year: 2017 }],
    ['March 4, 2025', { month: 3, day: 4, year: 2025 }],
    ['Published 2024-11-05 08:00', { year: 2024, month: 11, day: 5 }],
    ['By Jo Lee | 11/05/2024', { month: 11, day: 5, year: 2024 }],
  ];
  for (const [line, date] of cases)
    assert.deepEqual(one(`Headline\n${line}\nBody text.`).analysis('f.txt').figures.dateline, date, line);
  assert.equal(one('Headline\nNo date here.\nBody.').analysis('f.txt').figures.dateline, undefined);
});

test('attribution and quotation', () => {
  const c = one(
    `“We arrested 45 people,” said Jorge Field. According to DHS, 7,113 people are held. ICE said 20 were released.`,
  );
  const f = (t) => figureAt(c, 'f.txt', t);
  assert.equal(f('45').quoted, true);
  assert.equal(f('45').attribution, 'Jorge Field');
  assert.equal(f('7,113').attribution, 'DHS');
  assert.equal(f('7,113').quoted, false);
  assert.equal(f('20').attribution, 'ICE');
});

test('a count joined to another by "and" in one clause shares its place', () => {
  const c = corpusOf({
    'a.txt':
      'Quake\n\nSyria reported 1,444 deaths and about 3,500 injuries on Tuesday. A bombing in Boston left three ' +
      'people dead and more than 140 others injured.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '3,500').placeId, 'country:SY');
  assert.equal(figureAt(c, 'a.txt', '140').placeId, 'city:US-MA-Boston');
});

test('the place named after two counts joined by "and" is the first’s too; a headline’s storm is the body’s', () => {
  const c = corpusOf({
    'a.txt':
      'Burma - Cyclone Fact Sheet #1\n\nMay 5, 2008\n\nOver 4,000 people are dead and nearly 3,000 are missing ' +
      'after Cyclone Nargis hit the country of Burma. Officials in Burma said 2,000 homes fell, and 30 people were ' +
      'hurt in Rangoon.\n',
    'b.txt': 'Hurricane Lola Hits Coast\n\nMay 5, 2008\n\nAt least 12 people died in Florida.\n',
  });
  const f = (doc, t) => figureAt(c, doc, t);
  assert.equal(f('a.txt', '4,000').placeId, 'country:MM');
  assert.equal(f('a.txt', '3,000').placeId, 'country:MM');
  // (not the first of two counts with a place of its own, nor one not joined by "and")
  assert.equal(f('a.txt', '2,000').placeId, 'country:MM');
  assert.equal(f('a.txt', '4,000').eventText, 'Cyclone Nargis');
  // (a headline's storm stands where the body names none)
  assert.equal(f('b.txt', '12').eventText, 'Hurricane Lola');
});

test('a fact sheet’s items after its total’s "including:" are its parts, never compared', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nJune 7, 2022\n\n$15,585,577 approved for individuals and households, including:\n\n$11.2 million ' +
      'approved for housing assistance\n\n$4.38 million in repair assistance\n\n$11.2 million approved for housing ' +
      'assistance\n\nFEMA’s Public Assistance\n\n$9 million approved for debris removal\n',
  });
  assert.equal(figureAt(c, 'a.txt', '4.38 million').subset, true);
  assert.equal(figureAt(c, 'a.txt', '11.2 million', 2).subset, true);
  // (the total, and a figure after the items' end, stay comparable: the 9 million against the total disagrees)
  assert.equal(figureAt(c, 'a.txt', '15,585,577').subset, false);
  assert.equal(figureAt(c, 'a.txt', '9 million').subset, false);
});

test('a value the sentence says its figure replaced is not compared: "an increase from the initial 600,000"', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nMarch 29, 2019\n\nAn estimated 1.85 million people are in need of assistance, an increase from the ' +
      'initial estimates of 600,000 people. Another 600,000 people are in need in Malawi, and 900,000 people need ' +
      'food.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '600,000').corrected, true);
  assert.equal(figureAt(c, 'a.txt', '1.85 million').corrected, undefined);
  assert.equal(figureAt(c, 'a.txt', '600,000', 2).corrected, undefined);
});

test('a count changed "from 125 to 149" is the new value, compared; the old one is not; "ranged from" is a range', () => {
  const c = corpusOf({
    'a.txt':
      'Attacks\n\nNovember 27, 2008\n\nBodies found in the hotel took the number of dead from 125 to 149 confirmed ' +
      'and rising. Estimates of the injured ranged from 300 to 400.\n',
    'b.txt': 'Attacks\n\nNovember 27, 2008\n\nOfficials said the toll rose from 120 to 151.\n',
  });
  const fig = (doc, t) => figureAt(c, doc, t);
  assert.equal(fig('a.txt', '125').corrected, true);
  assert.deepEqual([fig('a.txt', '149').measure, fig('a.txt', '149').qualifier], ['deaths', 'exact']);
  assert.equal(fig('a.txt', '300 to 400').qualifier, 'range');
  assert.equal(fig('b.txt', '151').measure, 'deaths');
  assert.deepEqual(verdicts(c), ['a.txt:149 conflict', 'b.txt:151 conflict']);
});

test('a name says what is counted: "1,000 National Guard soldiers", "6 FEMA Incident Management Assistance Teams"', () => {
  const measures = (text) =>
    core
      .analyzeText(text)
      .figures.figures.filter((f) => f.kind === 'count')
      .map((f) => f.measure);
  assert.deepEqual(measures('The state sent 1,000 National Guard soldiers and 12 Red Cross shelters opened.'), [
    'national guard soldier',
    'red cross shelter',
  ]);
  assert.deepEqual(
    measures(
      'FEMA sent 6 FEMA Incident Management Assistance Teams (IMAT) and 14 FEMA Urban Search and Rescue Task Forces.',
    ),
    ['fema incident management assistance team', 'fema urban search and rescue task force'],
  );
  // (the people a name counts act: "5,900 National Guard members … rescued hundreds" counts no rescues)
  assert.equal(
    measures('More than 5,900 National Guard members rescued hundreds of people.')[0],
    'national guard member',
  );
  // (not a name after the noun, a headline's verb, nor a model's name)
  assert.deepEqual(measures('The Navy sent 300 Marines Sunday. The Guard has provided one C-130 Hercules aircraft.'), [
    'marine',
    'c-130',
  ]);
  const c = corpusOf({
    'a.txt': 'Storm\n\nSeptember 14, 2018\n\nFEMA sent 6 FEMA Incident Management Assistance Teams (IMAT).\n',
    'b.txt': 'Storm\n\nSeptember 14, 2018\n\nFEMA sent 14 FEMA Urban Search and Rescue Task Forces.\n',
  });
  assert.deepEqual(verdicts(c), []);
});

test('counts of charges are counted by their charge: "23 counts of hate crime acts", "45 counts of using a firearm"', () => {
  const c = corpusOf({
    'a.txt':
      'Plea\n\nFebruary 8, 2023\n\nThe plea included 23 counts of hate crime acts. It also included 45 counts of ' +
      'using a firearm during a crime.\n',
    'b.txt': 'Plea\n\nFebruary 8, 2023\n\nHe admitted 22 counts of hate crime acts, prosecutors said.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '45').measure, 'count of using a firearm');
  assert.deepEqual(verdicts(c), ['a.txt:23 conflict', 'b.txt:22 conflict']);
});

test('a place listed after a colon is not the scope of a count before it', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nJune 7, 2022\n\n16 counties were designated for federal assistance: Barren, Caldwell, Graves\n\n' +
      '23 people were hurt in Kentucky: crews worked in Mayfield.\n\nCrews said 40 homes burned in Mayfield. ' +
      'Storms closed 300 schools in the region: most were in Ohio.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '16').placeId, undefined);
  assert.equal(figureAt(c, 'a.txt', '300').placeId, undefined);
  assert.equal(figureAt(c, 'a.txt', '23').placeText, 'Kentucky');
  assert.equal(figureAt(c, 'a.txt', '40').placeText, 'Mayfield');
});

test('a fact sheet’s labels in capitals say what is counted; "seven other cutters" are added to the two', () => {
  const c = corpusOf({
    'a.txt':
      'Fact Sheet\n\n12,268 Earthquake-Related Injuries Reported in Haiti\n\n129,929 Estimated Number of Houses ' +
      'Damaged or Destroyed\n\nThe Coast Guard, which has two cutters in the area, has sent seven other cutters.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '12,268').measure, 'injuries');
  assert.equal(figureAt(c, 'a.txt', '129,929').measure, 'house');
  assert.equal(figureAt(c, 'a.txt', 'seven').subset, true);
  assert.equal(figureAt(c, 'a.txt', 'two').subset, false);
});
