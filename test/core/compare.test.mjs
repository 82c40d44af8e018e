// Verdicts between articles, and the look-alikes that must never be linked. Invented articles written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusOf, figureAt, plainLinks, root, verdicts } from './helpers.mjs';

const dated = (date, body) => `Headline\n${date}\n${body}`;

test('conflict: two articles of the same day give different counts for the same place', () => {
  const c = corpusOf({
    'a.txt': dated('March 4, 2025', 'Police said 107 people were arrested in Philadelphia.'),
    'b.txt': dated('March 4, 2025', 'In Philadelphia, 109 people were arrested, officials said.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:107 conflict', 'b.txt:109 conflict']);
  const [f] = core.findingsFor(c, 'a.txt', plainLinks);
  assert.equal(f.code, 'figure-conflict');
  assert.equal(f.related[0].doc, 'b.txt');
  assert.match(
    f.message,
    /^107 arrests \(Philadelphia\) here; “In Philadelphia, 109 people were arrested, officials said\.” \(b\.txt, Mar 4, 2025\) says 109 — these cannot both be right$/,
  );
});

test("a province's toll is compared with the same province's, whether or not the article says province", () => {
  const c = corpusOf({
    'a.txt': dated('Aug. 9, 2010', 'Floods in Pakistan killed 1,000 people in Punjab province on Monday.'),
    'b.txt': dated(
      'Aug. 9, 2010',
      'Floods in Pakistan killed 1,200 people in Punjab on Monday. Floods killed 500 people in Sindh on Monday.',
    ),
    'c.txt': dated('Aug. 9, 2010', 'Floods in Pakistan killed 700 people in Sindh on Monday.'),
  });
  // (Punjab's 1,200 against Sindh's 700 is no conflict: before provinces were places, both were Pakistan's)
  assert.deepEqual(verdicts(c), [
    'a.txt:1,000 conflict',
    'b.txt:1,200 conflict',
    'b.txt:500 conflict',
    'c.txt:700 conflict',
  ]);
});

test("a war's dead are not a quake's, nor a virus's a blast's; a quake's and its tsunami's are compared", () => {
  const c = corpusOf({
    'a.txt': dated(
      'Feb. 6, 2024',
      'In Syria the earthquake killed nearly 60,000 people. Aid reached towns in Syria grappling with the ' +
        'ongoing war, which has killed more than 300,000 people.',
    ),
    'b.txt': dated(
      'Aug. 28, 2020',
      'In Lebanon, the explosions killed 180 people. In Lebanon, health officials counted 676 new COVID-19 ' +
        'cases, bringing the total to 15,600 cases with 148 deaths.',
    ),
    'c.txt': dated('March 14, 2011', 'In Sendai, the quake killed 1,000 people.'),
    'd.txt': dated('March 14, 2011', 'In Sendai, the tsunami killed 1,400 people.'),
  });
  assert.deepEqual(verdicts(c), ['c.txt:1,000 conflict', 'd.txt:1,400 conflict']);
});

test('a date that opens a sentence is the time of its figures ("As of August 25, …", "In 2014, …")', () => {
  const c = corpusOf({
    'a.txt': dated('Aug. 28, 2020', 'As of August 25, the explosions had killed 180 people in Beirut.'),
    'b.txt': dated('Aug. 28, 2020', 'As of August 27, the explosions had killed 190 people in Beirut.'),
    'c.txt': dated('Aug. 28, 2020', 'In 2014, floods killed 30 people in Beirut. In 2020, floods killed 45 in Beirut.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:180 updated', 'b.txt:190 updated']);
});

test('two undated articles meet on a province abroad, as on a county', () => {
  const c = corpusOf({
    'a.txt': 'Tsunami\n\nThe tsunami killed 9,500 people in Miyagi Prefecture, police said.\n',
    'b.txt': 'Tsunami\n\nThe tsunami killed 8,000 people in Miyagi Prefecture, officials said.\n',
  });
  assert.deepEqual(verdicts(c), ['a.txt:9,500 conflict', 'b.txt:8,000 conflict']);
});

test('conflict through hedges: "more than 500" vs 498, "about 1,200" vs 350', () => {
  const c = corpusOf({
    'a.txt': dated(
      'May 2, 2024',
      'More than 500 people were arrested in Denver. About 1,200 residents were evacuated in Boulder.',
    ),
    'b.txt': dated('May 2, 2024', 'Denver police arrested 498 people. Officials evacuated 350 residents in Boulder.'),
  });
  assert.deepEqual(verdicts(c), [
    'a.txt:1,200 conflict',
    'a.txt:500 conflict',
    'b.txt:350 conflict',
    'b.txt:498 conflict',
  ]);
});

test('rounding: an unhedged round number against a precise one, at information level', () => {
  const c = corpusOf({
    'a.txt': dated('June 1, 2023', 'Strike: 5,000 workers walk out in Toledo'),
    'b.txt': dated('June 1, 2023', 'In Toledo, 4,980 workers walked out on Thursday.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:5,000 rounding', 'b.txt:4,980 rounding']);
});

test('consistent: equal, or compatible through a hedge — no finding', () => {
  const c = corpusOf({
    'a.txt': dated(
      'June 1, 2023',
      'Nearly 500 people were arrested in Austin. More than 100 people were rescued in Austin.',
    ),
    'b.txt': dated('June 1, 2023', 'In Austin, 498 people were arrested and 107 people were rescued.'),
  });
  assert.deepEqual(verdicts(c), []);
  const f = figureAt(c, 'a.txt', '500');
  const group = core.comparisonGroup(c, 'a.txt', c.analysis('a.txt').figures.figures.indexOf(f));
  assert.deepEqual(
    group.rows.map((r) => `${r.written} ${r.verdict}`),
    ['500 this figure', '498 consistent'],
  );
});

test('updated: a running total that changed between days is information, not a conflict', () => {
  const c = corpusOf({
    'tue.txt': dated('Tuesday, March 4, 2025', 'Three people died in Houston on Tuesday, officials said.'),
    'thu.txt': dated('Thursday, March 6, 2025', 'Nine people have died in Houston, officials said on Thursday.'),
  });
  assert.deepEqual(verdicts(c), ['thu.txt:Nine updated', 'tue.txt:Three updated']);
});

test('ages of one person that disagree are a conflict', () => {
  const c = corpusOf({
    'a.txt': dated('March 4, 2025', 'Maria Lopez, 67, was among the dead.'),
    'b.txt': dated('March 5, 2025', 'The victims included Maria Lopez, 69.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:67 conflict', 'b.txt:69 conflict']);
});

test('traps: other places, measures, times, scopes and years are never linked', () => {
  const c = corpusOf({
    'a.txt': dated(
      'Sept. 28, 2017',
      `45 people were arrested in New York, while 50 were arrested in Massachusetts.
In Harris County, 212 homes flooded, while 95 homes flooded in Houston. Some 40 ambulances were sent.
ICE made 1,179 arrests nationwide on Monday, bringing the total since Jan. 23 to 3,552.`,
    ),
    'b.txt': dated(
      'Sept. 28, 2017',
      `Forty volunteers helped. In Harris County, 95 people were rescued.
Police arrested 1,100 people nationwide since Jan. 1.`,
    ),
    'c.txt': dated('Jan. 28, 2025', 'In New York, 52 people were arrested this week.'),
    'd.txt': 'Undated: 48 people were arrested in New York.',
  });
  assert.deepEqual(verdicts(c), []);
});

test('a figure that is part of another count is never compared', () => {
  const c = corpusOf({
    'a.txt': dated(
      'May 1, 2020',
      'ICE said of the 50 arrests made, 20 were not criminals. Just four of the 50 arrests were in Boston.',
    ),
  });
  assert.deepEqual(verdicts(c), []);
  assert.equal(figureAt(c, 'a.txt', '20 were').subset, true);
  assert.equal(figureAt(c, 'a.txt', 'four').subset, true);
});

test('undated articles are compared only through a shared event', () => {
  const c = corpusOf({
    'a.txt': 'The operation, called “Operation Clean Sweep,” led to 230 arrests.',
    'b.txt': 'Operation Clean Sweep ended with 260 arrests, police said.',
    'c.txt': 'Elsewhere, 300 arrests were made.',
  });
  assert.deepEqual(verdicts(c), ['a.txt:230 conflict', 'b.txt:260 conflict']);
});

test('two undated articles meet on a named city; an undated one and a dated one need the same stated time', () => {
  const c = corpusOf({
    'a.txt': 'In Philadelphia, 107 people were arrested.',
    'b.txt': 'Police said 109 people were arrested in Philadelphia.',
    'c.txt': dated('Sept. 28, 2017', 'In Philadelphia, 120 people were arrested.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:107 conflict', 'b.txt:109 conflict']);
});

test('a figure that disagrees with dozens keeps its dozen worst, and none is left without its fill', () => {
  // 20 counts of one day, each written in two articles: every figure conflicts with 38 others
  const values = Array.from({ length: 22 }, (_, k) => 101 + k).filter((v) => v % 10 !== 0);
  const articles = {};
  values.forEach((v, k) => {
    articles[`a${k}.txt`] = dated('March 4, 2025', `Police said ${v} people were arrested in Philadelphia.`);
    articles[`b${k}.txt`] = dated('March 4, 2025', `In Philadelphia, ${v} people were arrested, officials said.`);
  });
  // and undated pieces of the same city, which meet one another figure by figure
  values.slice(0, 16).forEach((v, k) => (articles[`u${k}.txt`] = `In Philadelphia, ${v + 200} people were arrested.`));
  const c = corpusOf(articles);
  const links = [...c.allLinks()];
  const count = new Map();
  for (const l of links)
    for (const e of [l.a, l.b]) {
      const key = `${e.doc} ${l.verdict}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  for (const doc of Object.keys(articles)) {
    const conflicts = count.get(`${doc} conflict`) ?? 0;
    assert.ok(conflicts >= 12, `${doc}: ${conflicts} conflicts`);
  }
  // (the bound holds: of the 40 dated figures' 780 pairs and the 16 undated ones' 120, fewer are kept)
  const kept = (dated) => links.filter((l) => l.verdict === 'conflict' && !l.a.doc.startsWith('u') === dated).length;
  assert.ok(kept(true) < 500 && kept(false) < 120, `${kept(true)} and ${kept(false)} conflicts kept`);
});

test('where many articles repeat each count, every figure gets its dozen and no pair is linked twice', () => {
  // 10 counts of one day, each in five articles: classes of equal figures larger than their first few
  const articles = {};
  for (let v = 0; v < 10; v++)
    for (let k = 0; k < 5; k++)
      articles[`${String.fromCharCode(97 + k)}${v}.txt`] = dated(
        'March 4, 2025',
        `Police said ${201 + 2 * v} people were arrested in Philadelphia.`,
      );
  const links = [...corpusOf(articles).allLinks()];
  const pairs = links.map((l) => [`${l.a.doc}#${l.a.index}`, `${l.b.doc}#${l.b.index}`].sort().join(' '));
  assert.equal(new Set(pairs).size, pairs.length, 'a pair linked twice');
  for (const doc of Object.keys(articles)) {
    const conflicts = links.filter((l) => l.verdict === 'conflict' && (l.a.doc === doc || l.b.doc === doc)).length;
    assert.ok(conflicts >= 12, `${doc}: ${conflicts} conflicts`);
  }
});

test('classes of equal figures: grouped as their joined keys group them, whatever the fields hold', () => {
  // Classes are grouped by a hash of their fields and compared field by field; the key is made once per
  // class. The oracle is the grouping by each figure's key. The pools hold what a join writes alike
  // (null, undefined and "", -0 and 0, NaN, 5 and "5"), and "|" inside a field, which makes two different
  // figures one key. Each group is grouped again with one hash for all, so that the fields alone decide.
  let seed = 7;
  const rand = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const pick = (list) => list[rand(list.length)];
  const numbers = [undefined, null, 0, -0, NaN, 5, '5', 5.5, 1e21];
  const texts = [undefined, null, '', 'x', 'Monday', 'Sunday', 'Mon|day', 'x|', '|', 5];
  const keyOf = (e, byDate) =>
    [
      e.fig.value,
      e.fig.qualifier,
      e.fig.interval.lo,
      e.fig.interval.hi,
      e.fig.since,
      e.fig.day,
      e.fig.dayText,
      e.fig.year,
      e.fig.placeId,
      e.fig.event,
      byDate ? e.articleDate : '',
      e.personId,
      ...(e.fig.action == null || e.fig.action === '' ? [] : [e.fig.action]),
    ].join('|');
  for (let round = 0; round < 400; round++) {
    // (a few figures, and others that differ from one of them in a field or two: most would never meet)
    const fields = {
      value: numbers,
      qualifier: ['exact', 'approx'],
      lo: numbers,
      hi: numbers,
      since: texts,
      day: numbers,
      dayText: texts,
      year: numbers,
      placeId: texts,
      event: texts,
      articleDate: numbers,
      personId: texts,
      action: texts,
    };
    const names = Object.keys(fields);
    const base = () => Object.fromEntries(names.map((k) => [k, pick(fields[k])]));
    const bases = [base(), base(), base()];
    const list = Array.from({ length: 2 + rand(30) }, (_, index) => {
      const t = { ...pick(bases) };
      for (let n = rand(3); n > 0; n--) {
        const k = pick(names);
        t[k] = pick(fields[k]);
      }
      const { articleDate, personId, lo, hi, ...fig } = t;
      return { doc: `d${rand(3)}`, index, articleDate, personId, fig: { ...fig, interval: { lo, hi } } };
    });
    const group = list.map((_, p) => p).filter(() => rand(4) > 0);
    for (const byDate of [false, true]) {
      const expected = new Map();
      for (const p of group) {
        const k = keyOf(list[p], byDate);
        if (expected.has(k)) expected.get(k).push(p);
        else expected.set(k, [p]);
      }
      assert.deepEqual([...core.classesOf(list, group, byDate)], [...expected], `round ${round}`);
      assert.deepEqual([...core.classesOf(list, group, byDate, () => 0)], [...expected], `round ${round}, one hash`);
    }
  }
  // two figures one key makes one ("x|" then nothing, "x" then "|"), as it always did
  const one = (placeId, event, index) => ({
    doc: 'd',
    index,
    fig: { qualifier: 'exact', interval: {}, placeId, event },
  });
  const pair = [one('x|', '', 0), one('x', '|', 1)];
  assert.equal(keyOf(pair[0], false), keyOf(pair[1], false));
  assert.deepEqual([...core.classesOf(pair, [0, 1], false)], [[keyOf(pair[0], false), [0, 1]]]);
});

test('comparison groups: a pair reviewed counts as consistent, a pair "not the same figure" links nothing', () => {
  const articles = {
    'a.txt': dated('March 4, 2025', 'Police said 107 people were arrested in Philadelphia.'),
    'b.txt': dated('March 4, 2025', 'In Philadelphia, 109 people were arrested, officials said.'),
    'c.txt': dated('March 4, 2025', 'Officials said 107 people were arrested in Philadelphia.'),
  };
  const c = corpusOf(articles);
  const fp = (doc, text) => {
    const index = c.analysis(doc).figures.figures.indexOf(figureAt(c, doc, text));
    return c.fingerprintOf({ doc, index });
  };
  const groups = () =>
    core.comparisonGroups(c).map((g) => [g.verdict, ...g.members.map((m) => `${m.doc}:${m.fig.text} ${m.verdict}`)]);
  assert.deepEqual(groups(), [['conflict', 'a.txt:107 conflict', 'b.txt:109 conflict', 'c.txt:107 conflict']]);
  const decided = (decision) =>
    new core.Decisions(
      [
        { decision, figures: [fp('a.txt', '107'), fp('b.txt', '109')] },
        { decision, figures: [fp('b.txt', '109'), fp('c.txt', '107')] },
      ],
      [],
    );
  c.setDecisions(decided('reviewed'));
  assert.deepEqual(groups(), [['consistent', 'a.txt:107 consistent', 'b.txt:109 consistent', 'c.txt:107 consistent']]);
  c.setDecisions(decided('different'));
  assert.deepEqual(groups(), [['consistent', 'a.txt:107 consistent', 'c.txt:107 consistent']]);
});

test("a decision is looked up by its figures' text first: every figure's text is what its fingerprint starts with", () => {
  // (a figure written with " | " in it would never be found; pipes beside numbers, and every test corpus)
  const texts = [
    'Police said 107 | 109 people were arrested. Score: 52|48, then 3 | 4.',
    'Table: 12 | 15 | 20 arrests | in 2024 | $1.3 million |',
    ...readdirSync(join(root, 'test/corpora'), { recursive: true })
      .filter((f) => String(f).endsWith('.txt'))
      .map((f) => readFileSync(join(root, 'test/corpora', String(f)), 'utf8')),
  ];
  let figures = 0;
  for (const text of texts)
    for (const f of core.analyzeText(text).figures.figures) {
      figures++;
      assert.equal(core.fingerprintText(core.fingerprint(f.text, 'Its sentence.')), f.text);
    }
  assert.ok(figures > 300, `${figures} figures`);
});

test('a bound that the other figure gives as its value is one count hedged; two open bounds at one value part', () => {
  const c = corpusOf({
    'a.txt': dated('Sept. 12, 2023', 'More than 2,900 people died in Marrakesh on Monday, officials said.'),
    'b.txt': dated('Sept. 12, 2023', 'In Marrakesh, 2,900 people died on Monday, officials said.'),
    'c.txt': dated('Sept. 12, 2023', 'Fewer than 2,900 people died in Marrakesh on Monday, officials said.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:2,900 conflict', 'c.txt:2,900 conflict']);
});

test('two bounds at one value, either of them closed, still disagree: "at least 100" against "fewer than 100"', () => {
  const c = corpusOf({
    'a.txt': dated('Sept. 12, 2023', 'At least 100 people died in Marrakesh on Monday, officials said.'),
    'b.txt': dated('Sept. 12, 2023', 'Fewer than 100 people died in Marrakesh on Monday, officials said.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:100 conflict', 'b.txt:100 conflict']);
});

test('two lower bounds of one day, one twice the other, disagree; a little apart, or days apart, they do not', () => {
  const c = corpusOf({
    'a.txt': dated('May 5, 2008', 'More than 4,000 people are dead in Burma, officials said.'),
    'b.txt': dated('May 5, 2008', 'At least 10,000 people are dead in Burma, officials said.'),
    'c.txt': dated('May 5, 2008', 'At least 6,000 people are dead in Burma, officials said.'),
    // (days later, a count that grew)
    'd.txt': dated('May 9, 2008', 'At least 20,000 people are dead in Burma, officials said.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:4,000 conflict', 'b.txt:10,000 conflict']);
});

test("a country's initials before what is counted say where, not what: service members are not aircraft", () => {
  const c = corpusOf({
    'a.txt':
      'Attack\n\nThe blast killed 13 U.S. service members on Thursday. In the last day, 35 U.S. military aircraft ' +
      'left the airport.\n',
    'b.txt': 'Toll\n\nThe bombing on Thursday killed 11 service members in all, a U.S. official said.\n',
  });
  assert.equal(figureAt(c, 'a.txt', '13').measure, 'deaths');
  assert.equal(figureAt(c, 'a.txt', '35').measure, 'military aircraft');
  assert.deepEqual(verdicts(c), []);
});

test('figures of one article at times it states apart, where a day is not known, are not compared', () => {
  const c = corpusOf({
    'a.txt':
      'Aid\n\nU.S. aviation assets include 11 helicopters and three cargo planes, he said. The defense secretary ' +
      'last week ordered 19 helicopters to the region.\n',
    'b.txt': 'Rain\n\nOn Monday 40 homes flooded. On Tuesday 55 homes flooded.\n',
  });
  assert.deepEqual(verdicts(c), []);
});

test('from the review: one day told twice in an undated article is one day; "U.S.-supplied" says where', () => {
  const c = corpusOf({
    'a.txt':
      'Fire\n\nA fire at a garment factory in Dhaka on Sunday killed 17 workers, fire officials said. Police ' +
      'said the fire killed 23 workers in Dhaka.\n',
  });
  assert.deepEqual(verdicts(c), ['a.txt:17 conflict', 'a.txt:23 conflict']);
  const d = corpusOf({ 'b.txt': 'Strikes\n\nUkraine fired 6 U.S.-supplied missiles at the bridge.\n' });
  assert.equal(figureAt(d, 'b.txt', '6').measure, 'missile');
});

test('votes are a candidate’s: two candidates’ votes are not compared, one candidate’s are', () => {
  const c = corpusOf({
    'a.txt': dated(
      'Aug. 11, 2017',
      'Chairman Wafula Chebukati said Uhuru Kenyatta had received 8,203,290 votes. Chebukati said Raila Odinga ' +
        'had received 6,762,224 votes.',
    ),
    'b.txt': dated('Aug. 11, 2017', 'Officials said Uhuru Kenyatta had received 8,103,290 votes.'),
  });
  assert.deepEqual(verdicts(c), ['a.txt:8,203,290 conflict', 'b.txt:8,103,290 conflict']);
});

test('"passengers and crew" are not the passengers; a number said again after "– or" is either', () => {
  const c = corpusOf({
    'a.txt': dated('March 25, 2015', 'The Airbus A320 was carrying 150 passengers and crew when it crashed.'),
    'b.txt': dated('March 25, 2015', 'The plane carried 144 passengers when it crashed, officials said.'),
    'c.txt': dated('March 25, 2015', 'We mourn the 100 – or approximately 150 people on board the plane.'),
    'd.txt': dated('March 25, 2015', 'The plane had 150 people on board, officials said.'),
  });
  assert.deepEqual(verdicts(c), []);
  // (the look-alikes the rules leave compared)
  const control = corpusOf({
    'a.txt': dated('March 25, 2015', 'The Airbus A320 was carrying 150 passengers when it crashed.'),
    'b.txt': dated('March 25, 2015', 'The plane carried 144 passengers when it crashed, officials said.'),
  });
  assert.deepEqual(verdicts(control), ['a.txt:150 conflict', 'b.txt:144 conflict']);
});

test('from the review: one candidate’s votes across articles, a share after "– or", a crew counted apart', () => {
  const c = corpusOf({
    'a.txt': dated('Nov. 4, 2020', 'Donald Trump held a rally. In Dade County, Trump won 532,833 votes.'),
    'b.txt': dated('Nov. 4, 2020', 'In Dade County, Donald Trump won 532,900 votes.'),
    'c.txt': dated('Jan. 3, 2021', 'Near Jakarta, 30 – or 20% – of the passengers died in the crash.'),
    'd.txt': dated('Jan. 3, 2021', 'Near Jakarta, 45 people died in the crash.'),
    'e.txt': dated('Jan. 3, 2021', 'The ferry carried 150 passengers and crew of six.'),
    'f.txt': dated('Jan. 3, 2021', 'The ferry carried 143 passengers, officials said.'),
  });
  assert.deepEqual(verdicts(c), [
    'a.txt:532,833 conflict',
    'b.txt:532,900 conflict',
    'c.txt:30 conflict',
    'd.txt:45 conflict',
    'e.txt:150 conflict',
    'f.txt:143 conflict',
  ]);
});

test('a count "in another county" is a part of the area, not its toll', () => {
  const c = corpusOf({
    'a.txt': dated(
      'May 12, 2008',
      'In Sichuan, officials say that at least 10,000 people were killed. In another county, 3,000 people died.',
    ),
  });
  assert.deepEqual(verdicts(c), []);
  const control = corpusOf({
    'a.txt': dated('May 12, 2008', 'In Sichuan, officials say that at least 10,000 people were killed.'),
    'b.txt': dated('May 12, 2008', 'In Sichuan, officials say 3,000 people died.'),
  });
  assert.deepEqual(verdicts(control), ['a.txt:10,000 conflict', 'b.txt:3,000 conflict']);
});

test('from the second review: a part after its verb, a place of its own, a region in passing', () => {
  const c = corpusOf({
    'a.txt': dated(
      'March 4, 2025',
      'The storm killed 30 people in Texas, officials said. Twelve died in another county.',
    ),
    'b.txt': dated('March 4, 2025', 'Russian strikes killed 12 people in Kharkiv, officials said.'),
    'c.txt': dated('March 4, 2025', 'Russian strikes killed 12 people in Kharkiv and 3 in Tsyrkuny, officials said.'),
  });
  assert.deepEqual(verdicts(c), []);
  const control = corpusOf({
    'b.txt': dated('March 4, 2025', 'Russian strikes killed 12 people in Kharkiv, officials said.'),
    'c.txt': dated('March 4, 2025', 'Russian strikes killed 9 people in Kharkiv and 3 in Tsyrkuny, officials said.'),
  });
  assert.deepEqual(verdicts(control), ['b.txt:12 conflict', 'c.txt:9 conflict']);
});
