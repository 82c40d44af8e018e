// The corpus as a whole: introductions, incremental updates, caching by content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusOf, entityAt, root, verdicts } from './helpers.mjs';

const day = (body) => `Headline\nMarch 4, 2025\n${body}`;

test('the introducing mention: the fullest form first, current article first', () => {
  const c = corpusOf({
    'a.txt': 'Homan spoke. ICE acting Director Tom Homan argued. Homan left.',
    'b.txt': 'Trump’s border czar, Tom Homan, warned officials.',
  });
  const e = entityAt(c, 'a.txt', 'Homan left');
  const intro = c.introductions(e.id, 'b.txt');
  assert.deepEqual(
    intro.map((m) => [m.doc, m.text]),
    [
      ['b.txt', 'Tom Homan'],
      ['a.txt', 'Tom Homan'],
    ],
  );
  assert.deepEqual(e.roles.map((r) => `${r.doc}: ${r.role}`).sort(), [
    'a.txt: ICE acting Director',
    'b.txt: Trump’s border czar',
  ]);
});

test('an edit re-analyses one article and reports the articles whose findings it touches', () => {
  const c = corpusOf({
    'a.txt': day('Police said 107 people were arrested in Philadelphia.'),
    'b.txt': day('In Philadelphia, 107 people were arrested.'),
    'c.txt': day('In Boston, 12 homes burned.'),
  });
  assert.deepEqual(verdicts(c), []);
  c.takeTouched();
  const before = c.analysis('c.txt');
  assert.equal(c.set('b.txt', day('In Philadelphia, 109 people were arrested.')), true);
  assert.deepEqual(c.takeTouched().sort(), ['a.txt', 'b.txt']);
  assert.deepEqual(verdicts(c), ['a.txt:107 conflict', 'b.txt:109 conflict']);
  assert.equal(c.analysis('c.txt'), before, 'an untouched article keeps its analysis');
  assert.equal(
    c.set('b.txt', day('In Philadelphia, 109 people were arrested.')),
    false,
    'the same text is not re-analysed',
  );
});

test('deleting an article clears the findings it caused elsewhere', () => {
  const c = corpusOf({
    'a.txt': day('Police said 107 people were arrested in Philadelphia.'),
    'b.txt': day('In Philadelphia, 109 people were arrested.'),
  });
  assert.equal(verdicts(c).length, 2);
  c.takeTouched();
  c.delete('b.txt');
  assert.deepEqual(c.takeTouched().sort(), ['a.txt', 'b.txt']);
  assert.deepEqual(verdicts(c), []);
});

test('articles with the same text share one analysis', () => {
  const c = new core.Corpus();
  const text = day('Mayor Ana Ruiz said 12 people were hurt in Denver.');
  c.set('copy1.txt', text);
  c.set('copy2.txt', text);
  assert.equal(c.analysis('copy1.txt'), c.analysis('copy2.txt'));
  assert.equal(entityAt(c, 'copy2.txt', 'Ana Ruiz').mentions.length, 2);
});

test('workspace-wide entity cards list aliases, roles and mentions per article', () => {
  const c = corpusOf({
    'a.txt': 'Arrests in Philadelphia rose.',
    'b.txt': 'Activists in Philly protested. Philadelphia police watched.',
  });
  const md = core.entityCardMarkdown(c, 'place:city:US-PA-Philadelphia', {
    label: (d) => d,
    href: (d, o) => `file:///${d}#${o}`,
  });
  assert.match(md, /^\*\*Philadelphia\*\* — city in Pennsylvania, United States/);
  assert.match(md, /Written as:\n- “Philadelphia” — a.txt, b.txt\n- “Philly” — b.txt/);
  assert.match(md, /Mentions: 3 in 2 articles/);
  assert.match(md, /- \[b\.txt\]\(file:\/\/\/b\.txt#13\): 2/);
});

test('an entity named in many articles: its card lists twenty and says how many more', () => {
  const articles = {};
  for (let i = 0; i < 35; i++) articles[`${String(i).padStart(2, '0')}.txt`] = day('Arrests in Philadelphia rose.');
  // (each article a little different, so that none shares another's analysis)
  for (const k of Object.keys(articles)) articles[k] += ` Story ${k}.`;
  const md = core.entityCardMarkdown(corpusOf(articles), 'place:city:US-PA-Philadelphia', {
    label: (d) => d,
    href: () => undefined,
  });
  assert.match(md, /Mentions: 35 in 35 articles/);
  assert.equal(md.split('\n').filter((l) => /^- \d\d\.txt: 1$/.test(l)).length, 20);
  assert.match(md, /- and 15 more articles/);
});

test('a body many people belong to: its card lists twenty of them and says how many more', () => {
  const first = ['Dana', 'Omar', 'Lena', 'Ravi', 'Tess', 'Hugo'];
  const last = ['Okafor', 'Brandt', 'Moreau', 'Silva', 'Novak'];
  const articles = {};
  first.forEach((f, i) =>
    last.forEach((l, j) => {
      articles[`${i}${j}.txt`] = day(`Raids\n\nFEMA Administrator ${f} ${l} said crews were on the way. FEMA paid.`);
    }),
  );
  articles['00.txt'] += ' The Federal Emergency Management Agency (FEMA) opened shelters.';
  const c = corpusOf(articles);
  const fema = c.resolution().entities.get(c.mentionAt('00.txt', c.text('00.txt').indexOf('FEMA') + 1).entityId);
  assert.equal(fema.members.length, 30);
  const md = core.entityCardMarkdown(c, fema.id, { label: (d) => d, href: () => undefined });
  assert.equal(md.split('\n').filter((l) => / — FEMA Administrator$/.test(l)).length, 20);
  assert.match(md, /- and 10 more\n/);
  // each spelling with its first four articles and how many more
  assert.match(md, /- “FEMA” — 00\.txt, 01\.txt, 02\.txt, 03\.txt, \+26\n/);
});

test('the resolution does not depend on the order articles were read in', () => {
  for (const name of ['name-variants', 'real/haiti-2010', 'real/tohoku-2011']) {
    const dir = join(root, 'test/corpora', name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const read = (order) => {
      const c = new core.Corpus();
      for (const f of order) c.set(f, readFileSync(join(dir, f), 'utf8'));
      return JSON.stringify([...c.resolution().entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    };
    assert.equal(read([...files].sort()), read([...files].sort().reverse()), name);
  }
});

test('findings do not depend on where the folder is, nor on paths or URIs naming its articles', () => {
  // twenty articles say 107 and twenty say 109: each figure is shown the first few of the other class, in
  // the order of their articles' names (which a URI's escapes would change: "%C3%A9conomie" before "dossier")
  const texts = new Map();
  for (let k = 0; k < 40; k++)
    texts.set(
      `${['dossier', 'économie', 'fiche', 'rapport!', 'rapport 2'][k % 5]} ${k}.txt`,
      day(`Police said ${k < 20 ? 107 : 109} people were arrested in Philadelphia.`),
    );
  const where = {
    'a folder': (f) => `file:///home/ana/stories/${encodeURIComponent(f)}`,
    'another folder': (f) => `file:///srv/archive/2025/philadelphia/${encodeURIComponent(f)}`,
    'paths, as the command line names them': (f) => `corpus/${f}`,
    'Windows paths': (f) => `C:\\Users\\ana\\stories\\${f}`,
  };
  const findings = (name) => {
    const c = new core.Corpus();
    for (const [f, t] of texts) c.set(name(f), t);
    const label = (d) => decodeURIComponent(d.slice(Math.max(d.lastIndexOf('/'), d.lastIndexOf('\\')) + 1));
    const links = { label, href: () => undefined };
    return [...texts.keys()].map((f) =>
      core
        .findingsFor(c, name(f), links)
        .map((x) => ({ ...x, doc: label(x.doc), related: x.related.map((r) => label(r.doc)) })),
    );
  };
  const [first, ...others] = Object.entries(where).map(([place, name]) => [place, findings(name)]);
  // (most are shown a few of the other class: which few is what a place could change)
  assert.ok(first[1].every((list) => list.length === 1));
  assert.ok(first[1].filter((list) => list[0].relatedCount < 20).length > 20);
  for (const [place, list] of others) assert.deepEqual(list, first[1], `${place} against ${first[0]}`);
});

test('a finding names and points at the first of many counterparts, as the whole list orders them', () => {
  // five articles say 109, the others 107, 104 or 112, added in no order: a figure's counterparts come class
  // by class (all the 107s, then the 104s…), not in the order of their articles
  const c = new core.Corpus();
  const names = Array.from({ length: 95 }, (_, k) => `${String((k * 37) % 95).padStart(2, '0')}.txt`);
  const said = (k) => (k % 19 === 3 ? 109 : [107, 104, 112][k % 3]);
  names.forEach((n, k) => c.set(n, day(`Police said ${said(k)} people were arrested in Philadelphia.`)));
  const links = { label: (d) => d, href: () => undefined };
  for (const doc of names) {
    const all = core.findingsFor(c, doc, links);
    assert.equal(all.length, 1, doc);
    for (const cap of [1, 3, 4, 5, 20])
      assert.deepEqual(
        core.findingsFor(c, doc, links, cap),
        all.map((f) => ({ ...f, related: f.related.slice(0, cap) })),
        `${doc}, ${cap} shown`,
      );
  }
  // (a 109 is linked to every other figure: its list was cut to 20, and to 4, more than once while made)
  const many = core.findingsFor(c, names[3], links, 20)[0];
  assert.equal(many.relatedCount, 90);
  assert.deepEqual(
    many.related.map((r) => r.doc),
    names
      .filter((n, k) => k % 19 !== 3)
      .sort()
      .slice(0, 20),
  );
});

test('two articles whose names sort as one each get their own findings, pointing at the other', () => {
  // "café" written with one code point and with two: `localeCompare` finds the names equal, so the articles
  // share a rank, and a figure's own article is told from its counterpart's by more than its rank
  const c = new core.Corpus();
  const [a, b] = ['caf\u00e9.txt', 'cafe\u0301.txt'];
  c.set(a, day('Police said 107 people were arrested in Philadelphia.'));
  c.set(b, day('Police said 109 people were arrested in Philadelphia.'));
  assert.equal(c.articleRanks().get(a), c.articleRanks().get(b));
  const links = { label: (d) => d, href: () => undefined };
  for (const [doc, other, said] of [
    [a, b, '107'],
    [b, a, '109'],
  ])
    assert.deepEqual(
      core
        .findingsFor(c, doc, links)
        .map((f) => [c.text(doc).slice(f.start, f.end), f.verdict, f.relatedCount, f.related.map((r) => r.doc)]),
      [[said, 'conflict', 1, [other]]],
      doc,
    );
});

test('findings do not depend on the place of a folder of subfolders of same-named articles', () => {
  // one story a day, each in its day's folder under one name ("day 3/story.txt", "day 3A/story.txt": "/"
  // sorts before "A", a Windows path's "\\" after it)
  const days = Array.from({ length: 40 }, (_, k) => `day ${k >> 1}${k % 2 ? 'A' : ''}`);
  const text = (k) => day(`Police said ${k < 20 ? 107 : 109} people were arrested in Philadelphia.`);
  const where = {
    'a folder': ['file:///home/ana/stories', (d) => `file:///home/ana/stories/${encodeURIComponent(d)}/story.txt`],
    'another folder': ['file:///srv/a%20b', (d) => `file:///srv/a%20b/${encodeURIComponent(d)}/story.txt`],
    'paths, as the command line names them': ['stories', (d) => `stories/${d}/story.txt`],
    'Windows paths': ['stories', (d) => `stories\\${d}\\story.txt`],
  };
  const findings = ([folder, name]) => {
    const c = new core.Corpus();
    c.setFolders([folder]);
    days.forEach((d, k) => c.set(name(d), text(k)));
    const label = (doc) => days.find((d) => doc === name(d));
    const links = { label, href: () => undefined };
    return days.map((d) =>
      core
        .findingsFor(c, name(d), links)
        .map((x) => ({ ...x, doc: label(x.doc), related: x.related.map((r) => label(r.doc)) })),
    );
  };
  const [first, ...others] = Object.entries(where).map(([place, w]) => [place, findings(w)]);
  assert.ok(first[1].every((list) => list.length === 1));
  for (const [place, list] of others) assert.deepEqual(list, first[1], `${place} against ${first[0]}`);
  // the folders given after the articles: compared again, as if given first
  const late = new core.Corpus();
  days.forEach((d, k) => late.set(where['a folder'][1](d), text(k)));
  // (compared once before the folders come)
  for (const d of days) core.findingsFor(late, where['a folder'][1](d), { label: () => '', href: () => undefined });
  late.setFolders([where['a folder'][0]]);
  const label = (doc) => days.find((d) => doc === where['a folder'][1](d));
  assert.deepEqual(
    days.map((d) =>
      core
        .findingsFor(late, where['a folder'][1](d), { label, href: () => undefined })
        .map((x) => ({ ...x, doc: label(x.doc), related: x.related.map((r) => label(r.doc)) })),
    ),
    first[1],
  );
});

/** Analyses of the texts as a worker thread sends them, in turn, and as the main thread restores them. */
function crossed(texts, seen = core.sharedValues()) {
  const sent = new core.SentValues();
  const received = new core.ReceivedValues(seen);
  return texts.map((t) => core.restore(t, structuredClone(core.portable(core.analyzeText(t), sent)), received));
}

const seedTexts = () => {
  const folder = join(root, 'seeds');
  return readdirSync(folder).map((n) => readFileSync(join(folder, n), 'utf8'));
};

test('analyses that crossed a thread are as made here, and share their values', () => {
  // (what sharing saves is memory, measured by the benchmark; what it must keep is every analysis)
  const texts = seedTexts();
  const seen = core.sharedValues();
  const back = crossed(texts, seen);
  texts.forEach((t, i) => assert.deepEqual(back[i], core.analyzeText(t)));
  assert.ok(seen.strings.has('count') && seen.strings.has('place'), 'figure kinds and mention kinds are shared');
  // equal intervals, keys and all, are one object across the analyses; unequal ones stay apart
  const byKey = new Map();
  for (const a of back)
    for (const { interval } of a.figures.figures) {
      const key = JSON.stringify(Object.entries(interval));
      byKey.set(key, [...(byKey.get(key) ?? []), interval]);
    }
  assert.ok(
    [...byKey.values()].some((group) => group.length > 1),
    'the seeds repeat intervals',
  );
  for (const group of byKey.values()) assert.ok(group.every((i) => i === group[0]));
  assert.equal(new Set([...byKey.values()].map((g) => g[0])).size, byKey.size);
});

test('sharing the values of analyses made here leaves each analysis as it was', () => {
  const texts = seedTexts();
  const seen = core.sharedValues();
  const shared = texts.map((t) => {
    const a = core.analyzeText(t);
    core.shareValues(a, seen);
    return a;
  });
  texts.forEach((t, i) => assert.deepEqual(shared[i], core.analyzeText(t)));
  assert.ok(seen.strings.has('count') && seen.strings.has('place'));
});

test('figures share an interval only with an equal one of the same keys in the same order', () => {
  const seen = core.sharedValues();
  const made = [
    { lo: 1, hi: 2 },
    { lo: 1, hi: 2 },
    { hi: 2, lo: 1 },
    { lo: 1, hi: 2, loOpen: false },
    { lo: 1, hi: 2, loOpen: true },
    { lo: 1, hi: 2, hiOpen: false },
    { lo: 1, hi: 2, hiOpen: true },
    { lo: 1, hi: 2, hiOpen: true },
    { lo: 1, hi: 3 },
    { lo: 0, hi: 2 },
    { lo: -0, hi: 2 },
    { lo: 1, hi: NaN },
    { lo: 1, hi: NaN },
    { lo: 1, hi: 2, note: 'x' },
    { lo: 1, hi: 2, note: 'x' },
  ];
  const figures = made.map((interval) => ({ interval }));
  core.shareValues({ figures: { figures } }, seen);
  const one = (a, b) => figures[a].interval === figures[b].interval;
  assert.ok(one(0, 1), 'equal');
  assert.ok(!one(0, 2), 'keys in another order');
  assert.ok(!one(0, 3) && !one(3, 4), 'another key, or another value of it');
  assert.ok(!one(0, 5) && !one(5, 6) && !one(3, 5), 'another key, or another value of it, at the high end');
  assert.ok(one(6, 7), 'equal, open at the high end');
  assert.ok(!one(0, 8) && !one(0, 9), 'another end');
  assert.ok(!one(9, 10), '0 and -0');
  assert.ok(one(11, 12), 'NaN and NaN');
  assert.ok(!one(13, 14) && !one(0, 13), 'a key no interval has: never shared');
  figures.forEach((f, i) => assert.deepEqual(f.interval, made[i]));
});

test('a string or a list of keys crosses once per run; each analysis only what is new', () => {
  const texts = seedTexts();
  const sent = new core.SentValues();
  const first = core.portable(core.analyzeText(texts[0]), sent);
  const again = core.portable(core.analyzeText(texts[0]), sent);
  assert.ok(first.strings.includes('count') && first.shapes.length > 3);
  assert.deepEqual([again.strings, again.shapes], [[], []]);
  assert.deepEqual(again.known, [first.strings.length, first.shapes.length]);
  // restored without the first, the second is out of step: an error, never a wrong analysis
  const seen = core.sharedValues();
  assert.throws(() => core.restore(texts[0], again, new core.ReceivedValues(seen)), core.OutOfStep);
  // so is one written with another table, even one that holds as many entries
  const received = new core.ReceivedValues(seen);
  core.restore(texts[0], first, received);
  const other = new core.SentValues();
  core.portable(core.analyzeText(texts[0]), other);
  const elsewhere = core.portable(core.analyzeText(texts[0]), other);
  assert.deepEqual(elsewhere.known, again.known);
  assert.throws(() => core.restore(texts[0], elsewhere, received), core.OutOfStep);
  assert.deepEqual(core.restore(texts[0], again, received), core.analyzeText(texts[0]));
});

test('numbers cross as they are: minus zero, not-a-number, infinities, integers past 32 bits', () => {
  const text = seedTexts()[0];
  const a = core.analyzeText(text);
  const values = [-0, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 1.5, Date.UTC(2011, 2, 11)];
  a.figures.figures = values.map((value) => ({ ...a.figures.figures[0], value }));
  const seen = core.sharedValues();
  const sent = structuredClone(core.portable(a, new core.SentValues()));
  const back = core.restore(text, sent, new core.ReceivedValues(seen));
  // (strict: -0 is not 0, and NaN is NaN)
  assert.deepEqual(
    back.figures.figures.map((f) => f.value),
    values,
  );
  assert.ok(Object.is(back.figures.figures[0].value, -0));
});

test('an analysis that cannot cross leaves the table as it was: the next one restores', () => {
  const texts = seedTexts();
  const sent = new core.SentValues();
  const broken = core.analyzeText(texts[1]);
  broken.people = [...broken.people, { ...broken.people[0], text: 'a name never sent', role: new Map() }];
  assert.throws(() => core.portable(broken, sent), /cannot hold \[object Map\]/);
  const seen = core.sharedValues();
  const received = new core.ReceivedValues(seen);
  const next = core.portable(core.analyzeText(texts[0]), sent);
  assert.deepEqual(next.known, [0, 0]);
  assert.ok(!next.strings.includes('a name never sent') && next.strings.includes('count'));
  assert.deepEqual(core.restore(texts[0], structuredClone(next), received), core.analyzeText(texts[0]));
});

test('an object with a key "__proto__" crosses as an object with that key', () => {
  const text = seedTexts()[0];
  const a = core.analyzeText(text);
  a.figures.events = [...a.figures.events, JSON.parse('{"key": "k", "__proto__": "x"}')];
  const seen = core.sharedValues();
  const back = core.restore(
    text,
    structuredClone(core.portable(a, new core.SentValues())),
    new core.ReceivedValues(seen),
  );
  const event = back.figures.events.at(-1);
  assert.deepEqual(Object.keys(event), ['key', '__proto__']);
  assert.equal(Object.getPrototypeOf(event), Object.prototype);
  assert.deepEqual(back, a);
});

test('an analysis that crossed a thread is restored as made here, key for key', () => {
  /** Every plain object's keys, in the order met: what its shape is made from. */
  const keyLists = (o, out = []) => {
    if (Array.isArray(o)) o.forEach((x) => keyLists(x, out));
    else if (o && typeof o === 'object' && Object.getPrototypeOf(o) === Object.prototype) {
      out.push(Object.keys(o).join(','));
      Object.values(o).forEach((x) => keyLists(x, out));
    }
    return out;
  };
  const texts = seedTexts();
  const back = crossed(texts);
  texts.forEach((text, i) => {
    const here = core.analyzeText(text);
    assert.deepEqual(back[i], here);
    assert.deepEqual(keyLists(back[i]), keyLists(here));
  });
});

test('figures, mentions and lists that crossed a thread take the shapes of those made here', () => {
  // (what the shapes save is memory and time, measured by the benchmark; V8 tells whether they are one)
  const script = `
    const core = require(${JSON.stringify(join(root, 'server/out/core.js'))});
    const text = require('node:fs').readFileSync(${JSON.stringify(join(root, 'seeds', readdirSync(join(root, 'seeds'))[0]))}, 'utf8');
    const here = core.analyzeText(text);
    const seen = core.sharedValues();
    const back = core.restore(
      text, structuredClone(core.portable(here, new core.SentValues())), new core.ReceivedValues(seen));
    const same = (x, y) => %HaveSameMap(x, y);
    console.log(JSON.stringify({
      figure: same(here.figures.figures[0], back.figures.figures[0]),
      person: same(here.people[0], back.people[0]),
      place: same(here.places[0], back.places[0]),
      list: same(here.people, back.people) && !%HasHoleyElements(back.people),
    }));`;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { figure: true, person: true, place: true, list: true });
});

test("an article's links: its findings first, in link order, then its consistent pairs, each link once", () => {
  // (publishing reads only the findings: about half of a large corpus's links are consistent pairs)
  const said = (v) => `Police said ${v} people were arrested in Philadelphia.`;
  const c = corpusOf({
    'a.txt': day(said(107)),
    'b.txt': day(said(107)),
    'c.txt': day(said(109)),
    'd.txt': day(`${said(107)} By night, 112 people had been arrested in Philadelphia, police said.`),
  });
  const show = (l) => JSON.stringify([l.a.doc, l.a.index, l.b.doc, l.b.index, l.verdict]);
  const all = [...c.allLinks()];
  assert.ok(all.some((l) => l.verdict === 'consistent') && all.some((l) => l.verdict === 'conflict'));
  for (const doc of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
    const mine = all.filter((l) => l.a.doc === doc || l.b.doc === doc);
    const links = c.linksOf(doc);
    const found = c.linksOf(doc, true);
    assert.deepEqual(links.map(show).sort(), mine.map(show).sort(), doc);
    assert.deepEqual(found.map(show), mine.filter((l) => l.verdict !== 'consistent').map(show), doc);
    assert.deepEqual(links.slice(0, found.length).map(show), found.map(show), doc);
    assert.ok(found.length > 0, doc);
  }
  // (a.txt's consistent pair with b.txt is the corpus's first link: it comes after a.txt's findings)
  assert.ok(c.linksOf('a.txt').length > c.linksOf('a.txt', true).length);
});

test('a figure that one article rounds and another contradicts is listed under each finding with its verdict', () => {
  const said = (v) => day(`Police said ${v} people were arrested in Philadelphia.`);
  const c = corpusOf({ 'a.txt': said(107), 'b.txt': said(110), 'c.txt': said(150) });
  const links = { label: (d) => d, href: () => undefined };
  // (each article asked twice: what is said of a counterpart is remembered, and must be the same)
  for (let round = 0; round < 2; round++)
    for (const [doc, verdict] of [
      ['b.txt', 'rounding'],
      ['c.txt', 'conflict'],
    ]) {
      const f = core.findingsFor(c, doc, links).find((x) => x.verdict === verdict);
      const of107 = f?.related.find((r) => r.doc === 'a.txt');
      assert.equal(
        of107?.message,
        `${verdict}: “Police said 107 people were arrested in Philadelphia.” says 107 arrests`,
        doc,
      );
    }
});

test("a finding points once at an article's claim said twice alike, and counts it twice", () => {
  const c = corpusOf({
    'a.txt': 'At least 10,000 dead in Burma\nMay 5, 2008\nAt least 10,000 people are dead in Burma, officials said.\n',
    'b.txt':
      'Cyclone\nMay 5, 2008\nIn Burma, 4,000 people are dead, officials said. Officials said 4,000 died in Burma.\n',
  });
  const links = { label: (d) => d, href: () => undefined };
  const [f] = core.findingsFor(c, 'a.txt', links);
  assert.equal(f.relatedCount, 2);
  assert.deepEqual(
    f.related.map((r) => `${r.doc}:${c.text(r.doc).slice(r.start, r.end)}`),
    ['b.txt:4,000'],
  );
  // (the repeat is counted, not named again)
  assert.match(f.message, /says 4,000 — these cannot both be right \(and 1 more\)$/);
});

test('among many counterparts, each claim said thrice alike is pointed at once and counted thrice', () => {
  // (nine counterparts: more than are compared one by one)
  const c = corpusOf({
    'a.txt': 'At least 10,000 dead in Burma\nMay 5, 2008\nAt least 10,000 people are dead in Burma, officials said.\n',
    'b.txt':
      'Cyclone\nMay 5, 2008\nIn Burma, 4,000 people are dead, officials said. Officials said 4,000 died in ' +
      'Burma. The toll in Burma stood at 4,000 dead.\n',
    'c.txt':
      'Relief effort begins\nMay 5, 2008\nAid groups said 5,000 people died in Burma. Rescuers counted 5,000 ' +
      'dead in Burma on Monday, and 5,000 people are dead in Burma, the army said.\n',
    'd.txt':
      'Storm aftermath\nMay 5, 2008\nState radio said 6,000 people were killed in Burma. In Burma 6,000 died, a ' +
      'minister told reporters, and 6,000 were killed in Burma, he said.\n',
  });
  const links = { label: (d) => d, href: () => undefined };
  const [f] = core.findingsFor(c, 'a.txt', links);
  assert.equal(f.relatedCount, 9);
  assert.deepEqual(
    f.related.map((r) => `${r.doc}:${c.text(r.doc).slice(r.start, r.end)}`),
    ['b.txt:4,000', 'c.txt:5,000', 'd.txt:6,000'],
  );
  // under a cap, as a diagnostic lists them: the first claims, each once
  const [capped] = core.findingsFor(c, 'a.txt', links, 2);
  assert.deepEqual(
    capped.related.map((r) => r.doc),
    ['b.txt', 'c.txt'],
  );
  assert.match(capped.message, /\(and 8 more: c\.txt says 5,000; …\)$/);
});
