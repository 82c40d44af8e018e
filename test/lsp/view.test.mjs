// The Crosscheck view's list (`crosscheck/summary`) and its details (`crosscheck/finding`) say what the
// diagnostics say, on the seeds and every test corpus: the same findings, the same messages and counterparts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { LspClient } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const folders = (dir) => readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory() && n !== 'real');
const corpora = [
  join(root, 'seeds'),
  ...folders(join(root, 'test/corpora')).map((n) => join(root, 'test/corpora', n)),
  ...folders(join(root, 'test/corpora/real')).map((n) => join(root, 'test/corpora/real', n)),
];
const { unpackSummary } = createRequire(import.meta.url)(join(root, 'server/out/protocol.js'));
const core = createRequire(import.meta.url)(join(root, 'server/out/core.js'));
const at = (uri, range, code) =>
  `${uri.slice(uri.lastIndexOf('/') + 1)} ${range.start.line}:${range.start.character} ${code}`;

/** Indexes a folder and checks that the view lists what the diagnostics say; returns what it lists. */
async function viewMatchesDiagnostics(dir) {
  const files = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  const client = new LspClient(server, { cwd: dir });
  try {
    await client.initialize(dir);
    await client.indexed(files.map((n) => pathToFileURL(join(dir, n)).href));
    const diagnostics = [...client.diagnostics].flatMap(([uri, ds]) =>
      ds.filter((d) => String(d.code).startsWith('figure-')).map((d) => ({ uri, ...d })),
    );
    const s = await client.summary();
    const listed = s.groups.flatMap((g) => g.findings);
    assert.deepEqual(
      listed.map((f) => at(f.uri, f.range, f.code)).sort(),
      diagnostics.map((d) => at(d.uri, d.range, d.code)).sort(),
    );
    for (const f of listed) {
      const d = diagnostics.find((x) => at(x.uri, x.range, x.code) === at(f.uri, f.range, f.code));
      const found = await client.request('crosscheck/finding', { uri: f.uri, figure: f.figure, verdict: f.verdict });
      assert.equal(found.message, d.message);
      assert.deepEqual(
        found.related.map((r) => [r.uri, r.range, r.message]),
        (d.relatedInformation ?? []).map((r) => [r.location.uri, r.location.range, r.message]),
      );
    }
    return listed.map((f) => at(f.uri, f.range, f.code)).sort();
  } finally {
    await client.close();
  }
}

for (const dir of corpora)
  test(`the view's findings are the diagnostics: ${dir.slice(root.length + 1)}`, () => viewMatchesDiagnostics(dir));

test('a reviewed pair in a group that still disagrees: neither the view nor the diagnostics list it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-view-'));
  try {
    const sentences = {
      'a.txt': 'Officials said 500 homes burned in Paradise, California.',
      'b.txt': 'In Paradise, California, 498 homes burned.',
      'c.txt': 'Firefighters said 430 homes burned in Paradise, California.',
    };
    for (const [n, s] of Object.entries(sentences)) writeFileSync(join(dir, n), `Fire\nMay 5, 2024\n${s}\n`);
    // 500 and 498 were checked: a rounding no more; both still disagree with 430
    mkdirSync(join(dir, '.crosscheck'));
    const reviewed = { decision: 'reviewed', figures: [`500 | ${sentences['a.txt']}`, `498 | ${sentences['b.txt']}`] };
    writeFileSync(join(dir, '.crosscheck/reviews.json'), JSON.stringify({ version: 2, decisions: [reviewed] }));
    assert.deepEqual(await viewMatchesDiagnostics(dir), [
      'a.txt 2:15 figure-conflict',
      'b.txt 2:25 figure-conflict',
      'c.txt 2:18 figure-conflict',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the view lists the 1,000 most mentioned people, counts the others, and lists them by article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-view-'));
  const syllables = ['man', 'ber', 'son', 'ley', 'ton', 'ski', 'ric', 'ado', 'ell', 'ova', 'ard'];
  const given = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irene', 'Jonas'];
  const surname = (i) =>
    `Kar${syllables[i % 11]}${syllables[Math.floor(i / 11) % 11]}${syllables[Math.floor(i / 121)]}`;
  const member = (i) => `Council member ${given[i % 10]} ${surname(i)} voted on Tuesday.`;
  const client = new LspClient(server, { cwd: dir });
  try {
    // one article names 1,100 people once; another names the first of them again
    writeFileSync(
      join(dir, 'a.txt'),
      `Council vote\n\n${Array.from({ length: 1100 }, (_, i) => member(i)).join(' ')}\n`,
    );
    writeFileSync(join(dir, 'b.txt'), `Council again\n\n${member(0)}\n`);
    await client.initialize(dir);
    await client.indexed([pathToFileURL(join(dir, 'a.txt')).href, pathToFileURL(join(dir, 'b.txt')).href]);
    const all = await client.summary();
    const people = all.entities.filter((e) => e.kind === 'person');
    assert.equal(people.length, 1000);
    assert.ok(all.unlisted.person > 50, `${all.unlisted.person} more`);
    assert.equal(all.unlisted.place, 0);
    assert.deepEqual([people[0].name, people[0].mentions, people[0].articles], [`Anna ${surname(0)}`, 2, 2]);
    // of those mentioned as often, the first by name: as the whole corpus's people sorted would list them
    const corpus = new core.Corpus();
    for (const f of ['a.txt', 'b.txt']) corpus.set(f, readFileSync(join(dir, f), 'utf8'));
    const sorted = [...corpus.resolution().entities.values()]
      .filter((e) => e.kind === 'person')
      .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
    assert.deepEqual(
      people.map((e) => e.name),
      sorted.slice(0, 1000).map((e) => e.name),
    );
    assert.equal(all.unlisted.person, sorted.length - 1000);
    // narrowed to an article, the list is that article's
    const b = await client.summary({ articles: [pathToFileURL(join(dir, 'b.txt')).href] });
    assert.deepEqual(
      b.entities.map((e) => e.name),
      [`Anna ${surname(0)}`],
    );
    assert.deepEqual(b.unlisted, { person: 0, place: 0, organisation: 0 });
  } finally {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the list's findings, sent as numbers, unpack to the objects the view shows", () => {
  const articles = [
    { uri: 'file:///a.txt', label: 'a.txt' },
    { uri: 'file:///b.txt', label: 'b.txt', date: 'May 1' },
  ];
  const kinds = [
    { verdict: 'conflict', code: 'figure-conflict' },
    { verdict: 'rounding', code: 'figure-rounding' },
  ];
  // (the first ends on the line after it starts)
  const packed = {
    label: 'arrests',
    verdict: 'conflict',
    findings: [1, 0, 4, 2, 7, 3, 1, 0, 1, 0, 0, 10, 0, 13],
    texts: ['500\n', '498'],
  };
  const unpacked = unpackSummary({
    articles,
    kinds,
    groups: [packed],
    entities: [],
    unlisted: { person: 0, place: 0, organisation: 0 },
  });
  assert.deepEqual(unpacked, {
    articles,
    groups: [
      {
        label: 'arrests',
        verdict: 'conflict',
        findings: [
          {
            uri: 'file:///b.txt',
            range: { start: { line: 2, character: 7 }, end: { line: 3, character: 1 } },
            verdict: 'conflict',
            code: 'figure-conflict',
            text: '500\n',
            figure: 4,
          },
          {
            uri: 'file:///a.txt',
            range: { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } },
            verdict: 'rounding',
            code: 'figure-rounding',
            text: '498',
            figure: 0,
          },
        ],
      },
    ],
    entities: [],
    unlisted: { person: 0, place: 0, organisation: 0 },
  });
});

test('asked again after edits, the list is what a fresh index lists: lines, names, figures, dates', async () => {
  const live = mkdtempSync(join(tmpdir(), 'crosscheck-view-'));
  const fresh = mkdtempSync(join(tmpdir(), 'crosscheck-view-'));
  const texts = {
    'a.txt':
      'Fire\nMay 5, 2024\nFire spread fast. Officials said 500 homes burned in Paradise, California. ' +
      'Fire chief Ann Moss spoke. The Red Cross opened two shelters.\n',
    'b.txt': 'Fire\nMay 5, 2024\nIn Paradise, California, 498 homes burned, Ann Moss said.\n',
  };
  for (const [n, t] of Object.entries(texts)) writeFileSync(join(live, n), t);
  const listed = async (c, dir) => JSON.stringify(await c.summary()).replaceAll(pathToFileURL(dir).href, '');
  const client = new LspClient(server, { cwd: live });
  try {
    await client.initialize(live);
    const uri = pathToFileURL(join(live, 'a.txt')).href;
    await client.indexed(Object.keys(texts).map((n) => pathToFileURL(join(live, n)).href));
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: texts['a.txt'] },
    });
    const before = await client.summary();
    assert.equal(before.groups.length, 1);
    let version = 1;
    const edit = (from, to) => () => {
      texts['a.txt'] = texts['a.txt'].replace(from, to);
      // (not waited for: the list applies the edits still waiting out the pause)
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ text: texts['a.txt'] }],
      });
    };
    const watched = (name, text) => () => {
      const at = join(live, name);
      if (text === undefined) {
        delete texts[name];
        rmSync(at);
      } else writeFileSync(at, (texts[name] = text));
      const type = text === undefined ? 3 : 1;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(at).href, type }] });
    };
    // each step followed by the list: a line broken before a figure that stays where it was (the same
    // figure, on another line), a name, an organisation, the figure, an article added and removed, the dateline
    const steps = [
      ['a line broken', edit('fast. Officials', 'fast.\nOfficials')],
      ['a name', edit('Ann Moss', 'Ann Ross')],
      ['an organisation', edit('two shelters.', 'two shelters with FEMA.')],
      ['the figure', edit('500', '520')],
      ['an article added', watched('c.txt', 'Fire\nMay 5, 2024\nAnn Ross said 505 homes burned in Paradise.\n')],
      ['an article removed', watched('c.txt', undefined)],
      ['the dateline', edit('May 5, 2024', 'June 9, 2023')],
    ];
    for (const [what, step] of steps) {
      step();
      // (an article added or removed is read as the notice comes: the list waits for nothing more)
      if (what.startsWith('an article')) await client.settled(300);
      const mine = await listed(client, live);
      rmSync(fresh, { recursive: true, force: true });
      mkdirSync(fresh);
      for (const [n, t] of Object.entries(texts)) writeFileSync(join(fresh, n), t);
      const other = new LspClient(server, { cwd: fresh });
      try {
        await other.initialize(fresh);
        await other.indexed(Object.keys(texts).map((n) => pathToFileURL(join(fresh, n)).href));
        assert.equal(mine, await listed(other, fresh), `after ${what}`);
      } finally {
        await other.close();
      }
    }
    assert.notDeepEqual((await client.summary()).articles[0].date, before.articles[0].date);
  } finally {
    await client.close();
    rmSync(live, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  }
});
