// Protocol tests: the bundled server over stdio, driven like an editor, on small corpora written for these tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, renameSync, rmSync, unlinkSync, cpSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-lsp-'));
const uri = (name) => pathToFileURL(join(dir, name)).href;
const files = {
  'a.txt': `Raid nets 107 in Philadelphia
March 4, 2025
Police Commissioner Kevin Bethel said 107 people were arrested in Philadelphia on Tuesday.
Bethel’s office said the raids would continue. Activists in Philly objected.
`,
  'b.txt': `Philadelphia arrests
March 4, 2025
In Philadelphia, 109 people were arrested, Bethel told reporters. Mayor Cherelle Parker was briefed.
`,
  'c.txt': 'Weather\nMarch 4, 2025\nIt rained in Boston.\r\nNo one was hurt.\r\n',
  'empty.txt': '',
};
let client;

before(async () => {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  client = new LspClient(server, { cwd: dir });
  await client.initialize(dir);
  await client.indexed(Object.keys(files).map(uri));
});

after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (name, text, nth = 1) => {
  const lines = files[name].split(/\r?\n/);
  let count = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let i = lines[line].indexOf(text); i >= 0; i = lines[line].indexOf(text, i + 1)) {
      if (++count === nth) return { textDocument: { uri: uri(name) }, position: { line, character: i + 1 } };
    }
  }
  throw new Error(`${text} not in ${name}`);
};

test('indexing reports work-done progress', () => {
  assert.equal(client.progress[0].kind, 'begin');
  assert.equal(client.progress.at(-1).kind, 'end');
  assert.ok(client.progress.some((p) => /Indexing \d+\/\d+ articles/.test(p.message ?? '')));
});

/**
 * The status bar's counts of conflicts, roundings and updates as last sent, once they are what `expected`
 * says or 5 s have passed (the status is sent 100 ms after the last change, later on a loaded machine).
 */
async function statusCounts(expected) {
  const last = () => {
    const s = client.status();
    return s && [s.conflicts, s.roundings, s.updates];
  };
  for (let waited = 0; waited < 5000 && JSON.stringify(last()) !== JSON.stringify(expected); waited += 50)
    await new Promise((r) => setTimeout(r, 50));
  return last();
}

/** The same counts from the diagnostics published last. */
function publishedCounts() {
  const published = [...client.diagnostics.values()].flat();
  return ['figure-conflict', 'figure-rounding', 'figure-updated'].map(
    (code) => published.filter((d) => d.code === code).length,
  );
}

test('every corpus file gets diagnostics without being opened, with related information in the other article', async () => {
  assert.deepEqual(await statusCounts(publishedCounts()), publishedCounts());
  assert.ok(publishedCounts()[0] > 0, 'the status counts the conflicts');
  const d = client.diagnostics.get(uri('a.txt')).find((x) => x.code === 'figure-conflict');
  assert.ok(d, JSON.stringify(client.diagnostics.get(uri('a.txt'))));
  assert.equal(d.severity, 2);
  assert.equal(d.source, 'crosscheck');
  assert.match(d.codeDescription.href, /README\.md#figure-conflict$/);
  assert.deepEqual(d.range, { start: { line: 2, character: 38 }, end: { line: 2, character: 41 } });
  assert.equal(d.relatedInformation[0].location.uri, uri('b.txt'));
  assert.deepEqual(d.relatedInformation[0].location.range.start, { line: 2, character: 17 });
  assert.deepEqual(client.diagnostics.get(uri('c.txt')), []);
  assert.deepEqual(client.diagnostics.get(uri('empty.txt')), []);
  assert.equal(client.diagnostics.has(uri('photo.txt')), false, 'a binary file is skipped');
});

test('hover on a person shows the entity card; on a figure, the comparison table', async () => {
  const h = await client.request('textDocument/hover', at('b.txt', 'Bethel'));
  assert.match(h.contents.value, /\*\*Kevin Bethel\*\* — person/);
  assert.match(h.contents.value, /Police Commissioner — a\.txt/);
  const f = await client.request('textDocument/hover', at('a.txt', '107', 2));
  assert.match(f.contents.value, /\| 107 \| exact \| \[a\.txt\]/);
  assert.match(
    f.contents.value,
    /\| 109 \| exact \| \[b\.txt\]\(.*\) \| Mar 4, 2025 \| Philadelphia \| Bethel \| conflict \|/,
  );
});

test('definition goes to the introducing mention here and in the other article', async () => {
  const locs = await client.request('textDocument/definition', at('b.txt', 'Bethel'));
  assert.deepEqual(
    locs.map((l) => [l.uri, l.range.start.line]),
    [
      [uri('b.txt'), 2],
      [uri('a.txt'), 2],
    ],
  );
  const here = await client.request('textDocument/definition', at('a.txt', 'Philly'));
  assert.equal(here[0].uri, uri('a.txt'));
  assert.deepEqual(here[0].range.start, { line: 0, character: 17 });
});

test('references list every mention in every article; highlights stay in the file', async () => {
  const refs = await client.request('textDocument/references', {
    ...at('a.txt', 'Philly'),
    context: { includeDeclaration: true },
  });
  assert.equal(refs.length, 5);
  assert.deepEqual(new Set(refs.map((r) => r.uri)), new Set([uri('a.txt'), uri('b.txt')]));
  const hl = await client.request('textDocument/documentHighlight', at('a.txt', 'Philly'));
  assert.equal(hl.length, 3);
});

test('document symbols list the article’s people and places; workspace symbols search them', async () => {
  const syms = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('a.txt') } });
  assert.deepEqual(
    syms.map((s) => s.name),
    ['Philadelphia (3)', 'Kevin Bethel (2)'],
  );
  assert.equal(syms[1].children.length, 2);
  const ws = await client.request('workspace/symbol', { query: 'prkr' });
  assert.deepEqual(
    ws.map((s) => s.name),
    ['Cherelle Parker'],
  );
});

test('semantic tokens mark people and places', async () => {
  const t = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uri('b.txt') } });
  // five numbers per token: Philadelphia (line 0), Philadelphia, Bethel, Cherelle Parker (line 2)
  assert.equal(t.data.length, 20);
  assert.deepEqual(t.data.slice(0, 5), [0, 0, 12, 1, 1]);
});

test('an edit in one article updates another article’s diagnostics; closing restores the file', async () => {
  const b = uri('b.txt');
  // the edited article's diagnostics say which version of it they are for; the file's say none
  const versions = [];
  const listen = (m) => {
    if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === b) versions.push(m.params.version);
  };
  client.listeners.add(listen);
  client.notify('textDocument/didOpen', {
    textDocument: { uri: b, languageId: 'plaintext', version: 1, text: files['b.txt'] },
  });
  client.notify('textDocument/didChange', {
    textDocument: { uri: b, version: 2 },
    contentChanges: [{ text: files['b.txt'].replace('109', '107') }],
  });
  await client.waitFor(() => client.diagnostics.get(uri('a.txt')).length === 0, {
    now: () => client.diagnostics.get(uri('a.txt')).length === 0,
  });
  await client.until(() => versions.includes(2));
  client.notify('textDocument/didClose', { textDocument: { uri: b } });
  await client.waitFor(() => client.diagnostics.get(uri('a.txt')).length === 1, {
    now: () => client.diagnostics.get(uri('a.txt')).length === 1,
  });
  await client.waitFor(() => versions.at(-1) === undefined && versions.length > 1, {
    now: () => versions.at(-1) === undefined && versions.length > 1,
  });
  client.listeners.delete(listen);
  assert.ok(
    versions.every((v) => v === undefined || v === 1 || v === 2),
    String(versions),
  );
});

test('an edit after a pause is read at once; changes that came together, once', async () => {
  const c = uri('c.txt');
  const seen = [];
  const listen = (m) => {
    if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === c) seen.push(m.params.version);
  };
  client.listeners.add(listen);
  client.notify('textDocument/didOpen', {
    textDocument: { uri: c, languageId: 'plaintext', version: 1, text: files['c.txt'] },
  });
  await client.request('textDocument/documentSymbol', { textDocument: { uri: c } });
  await new Promise((r) => setTimeout(r, 100));
  const change = (version) => ({
    jsonrpc: '2.0',
    method: 'textDocument/didChange',
    params: {
      textDocument: { uri: c, version },
      contentChanges: [{ text: `${files['c.txt']}It rained ${version} days.\n` }],
    },
  });
  // one change after a pause, then a request about another article: the change is read (and its article
  // published) before the request is answered, where it waited 50 ms and came after the answer
  client.send(change(2));
  await client.request('textDocument/hover', at('a.txt', '107'));
  assert.deepEqual(seen, [2], 'the change was published before the hover was answered');
  // three changes that come together (one write: the server reads them at once) are read once, the last
  await new Promise((r) => setTimeout(r, 100));
  const framed = [3, 4, 5].map((v) => {
    const body = Buffer.from(JSON.stringify(change(v)), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  });
  client.child.stdin.write(Buffer.concat(framed));
  await client.until(() => seen.includes(5));
  client.notify('textDocument/didClose', { textDocument: { uri: c } });
  await client.until(() => seen.at(-1) === undefined);
  client.listeners.delete(listen);
  assert.deepEqual(seen.slice(0, -1), [2, 5]);
});

test('a file deleted on disk leaves the corpus and its findings elsewhere go', async () => {
  unlinkSync(join(dir, 'b.txt'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('b.txt'), type: 3 }] });
  await client.waitFor(() => client.diagnostics.get(uri('a.txt')).length === 0, {
    now: () => client.diagnostics.get(uri('a.txt')).length === 0,
  });
  assert.deepEqual(client.diagnostics.get(uri('b.txt')), []);
  const refs = await client.request('textDocument/references', {
    ...at('a.txt', 'Philly'),
    context: { includeDeclaration: true },
  });
  assert.ok(refs.every((r) => r.uri === uri('a.txt')));
});

test('a workspace with no corpus files starts and answers', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'crosscheck-empty-'));
  const c = new LspClient(server, { cwd: empty });
  try {
    await c.initialize(empty);
    await c.waitFor(() => c.progress.some((p) => p.kind === 'end'), {
      now: () => c.progress.some((p) => p.kind === 'end'),
    });
    assert.deepEqual(await c.request('workspace/symbol', { query: '' }), []);
  } finally {
    await c.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

/**
 * A folder of `count` one-line raid reports, each giving one of three counts of the same arrests (every article
 * has a finding against the others), named in order.
 */
/** A raid report whose figure is `n` (two of them with other figures conflict). */
const raidReport = (n) => `Raid report\nMarch 4, 2025\nPolice said ${n} people were arrested in Philadelphia.\n`;

function raidReports(prefix, count) {
  const d = mkdtempSync(join(tmpdir(), prefix));
  const width = String(count - 1).length;
  const names = Array.from({ length: count }, (_, i) => `${String(i).padStart(width, '0')}.txt`);
  const texts = names.map(
    (_, i) => `Raid report ${i}\nMarch 4, 2025\nPolice said ${105 + (i % 3)} people were arrested in Philadelphia.\n`,
  );
  names.forEach((n, i) => writeFileSync(join(d, n), texts[i]));
  return { d, names, texts };
}

test('once indexed, the articles open in the editor are published before the others', async () => {
  // more articles than are published at a time, the open one last by name
  const { d, names, texts } = raidReports('crosscheck-open-first-', 60);
  const c = new LspClient(server, { cwd: d });
  const order = [];
  c.listeners.add((m) => {
    if (m.method === 'textDocument/publishDiagnostics') order.push(m.params.uri);
  });
  try {
    const open = pathToFileURL(join(d, names.at(-1))).href;
    await c.initialize(d);
    c.notify('textDocument/didOpen', {
      textDocument: { uri: open, languageId: 'plaintext', version: 1, text: texts.at(-1) },
    });
    await c.indexed(names.map((n) => pathToFileURL(join(d, n)).href));
    assert.equal(order[0], open);
    assert.equal(new Set(order).size, names.length);
    // (its findings are there: it conflicts with the articles that give another count)
    assert.ok(c.diagnostics.get(open).some((x) => x.code === 'figure-conflict'));
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

/**
 * Calls `note` as the answer to the request `id()` names is read, before the messages read with it are handled
 * (in the answer's `.then`, they would have been).
 */
function onAnswerRead(c, id, note) {
  const read = c.onMessage.bind(c);
  c.onMessage = (m) => {
    if (m.id === id() && m.method === undefined) note();
    read(m);
  };
}

/**
 * A corpus of 400 raid reports, the first open, then an edit of it that touches them all (one count in many
 * articles: a new value in the first is compared with every class, and every article's findings change, many
 * more than are published at a time) sent in one write with a request, as typing and pointing come together.
 * Gives the edited article, the request's answer, how many articles' diagnostics were read before it (noted as
 * it is read), and the articles sent diagnostics after the edit, in order, once the server is quiet.
 */
async function requestWithTouchingEdit(prefix, { ipc = false }, method, params) {
  const { d, names, texts } = raidReports(prefix, 400);
  const c = new LspClient(server, { cwd: d, ipc });
  try {
    const edited = pathToFileURL(join(d, names[0])).href;
    await c.initialize(d);
    await c.indexed(names.map((n) => pathToFileURL(join(d, n)).href));
    c.notify('textDocument/didOpen', {
      textDocument: { uri: edited, languageId: 'plaintext', version: 1, text: texts[0] },
    });
    await c.settled();
    const order = [];
    c.listeners.add((m) => {
      if (m.method === 'textDocument/publishDiagnostics') order.push(m.params.uri);
    });
    const id = c.nextId;
    let before;
    onAnswerRead(
      c,
      () => id,
      () => (before = order.length),
    );
    const answer = await c.together(() => {
      c.notify('textDocument/didChange', {
        textDocument: { uri: edited, version: 2 },
        contentChanges: [{ text: texts[0].replace('105', '150') }],
      });
      return c.request(method, params({ d, names, texts }));
    });
    await c.settled();
    return { edited, answer, before, order };
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
}

for (const ipc of [false, true])
  test(`while an edit’s many touched articles are republished, a request sent with it is answered within a few (${ipc ? 'node IPC' : 'stdio'})`, async () => {
    const { edited, answer, before, order } = await requestWithTouchingEdit(
      'crosscheck-drain-',
      { ipc },
      'textDocument/hover',
      ({ d, names, texts }) => ({
        textDocument: { uri: pathToFileURL(join(d, names[1])).href },
        position: { line: 2, character: texts[1].split('\n')[2].indexOf('Philadelphia') + 1 },
      }),
    );
    assert.ok(answer?.contents, 'the hover is answered');
    assert.ok(order[0] === edited, 'the edited article is published first');
    const touched = order.length;
    assert.ok(touched > 200, `most articles were republished (${touched})`);
    // (the edited article, then at most the few the server's writer holds: REPUBLISH_IN_FLIGHT)
    assert.ok(before <= 6, `the hover came after ${before} of ${touched} republished articles`);
  });

for (const ipc of [false, true])
  test(`a request sent as the index starts publishing is answered before it ends (${ipc ? 'node IPC' : 'stdio'})`, async () => {
    const { d, names, texts } = raidReports('crosscheck-index-publish-', 800);
    const c = new LspClient(server, { cwd: d, ipc });
    try {
      const order = [];
      let hover, id, before;
      c.listeners.add((m) => {
        if (m.method !== 'textDocument/publishDiagnostics') return;
        order.push(m.params.uri);
        // (sent as the first article's diagnostics are read)
        if (order.length > 1) return;
        id = c.nextId;
        hover = c.request('textDocument/hover', {
          textDocument: { uri: pathToFileURL(join(d, names[1])).href },
          position: { line: 2, character: texts[1].split('\n')[2].indexOf('Philadelphia') + 1 },
        });
      });
      onAnswerRead(
        c,
        () => id,
        () => (before = order.length),
      );
      await c.initialize(d);
      await c.indexed(names.map((n) => pathToFileURL(join(d, n)).href));
      assert.ok((await hover)?.contents, 'the hover is answered');
      assert.equal(order.length, names.length, 'every article is published once');
      // (published twenty at a time, a turn of the event loop before each twenty, in which the hover is read;
      // without the turn, over node IPC the hover came after every article, over stdio after 160–300)
      assert.ok(before < names.length / 2, `the hover came after ${before} of ${names.length} articles`);
    } finally {
      await c.close();
      rmSync(d, { recursive: true, force: true });
    }
  });

test('a file deleted has its diagnostics cleared before the articles it touched are republished', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-deleted-'));
  const arrests = (n) => `Police said ${n} people were arrested in Chicago on March 4, 2025.`;
  const articles = {
    'a.txt': `Budget vote\n\nMayor Lorna Whitacre said the council would vote on Monday. ${arrests(105)}\n`,
    'b.txt': `Council\n\nMayor Lorna Whitacre defended the plan. ${arrests(107)}\n`,
    'c.txt': 'Bridge\n\nThe bridge stays shut in Chicago, Mayor Lorna Whitacre said.\n',
    'd.txt': 'Radio\n\nMayor Lorna Whitaker told listeners the repair would take months.\n',
  };
  for (const [n, t] of Object.entries(articles)) writeFileSync(join(d, n), t);
  const u = (n) => pathToFileURL(join(d, n)).href;
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed(Object.keys(articles).map(u));
    assert.ok(
      c.diagnostics.get(u('a.txt')).some((x) => x.code === 'figure-conflict'),
      'a.txt conflicts with b.txt',
    );
    const order = [];
    c.listeners.add((m) => {
      if (m.method === 'textDocument/publishDiagnostics') order.push([m.params.uri, m.params.diagnostics.length]);
    });
    rmSync(join(d, 'a.txt'));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u('a.txt'), type: 3 }] });
    await c.until(() => /in 2 other articles/.test(c.diagnostics.get(u('d.txt'))?.[0]?.message ?? ''));
    await c.until(() => c.diagnostics.get(u('b.txt'))?.length === 0);
    // cleared first, once; then the articles it touched: b.txt loses its conflict, and d.txt's spelling is
    // now the minority's against two articles, not three (found as every article's names are resolved again)
    assert.deepEqual(order[0], [u('a.txt'), 0]);
    assert.equal(order.filter(([x]) => x === u('a.txt')).length, 1);
    for (const n of ['b.txt', 'd.txt'])
      assert.ok(
        order.some(([x]) => x === u(n)),
        `${n} republished`,
      );
    assert.deepEqual(c.diagnostics.get(u('b.txt')), []);
    assert.match(c.diagnostics.get(u('d.txt'))[0].message, /in 2 other articles/);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a folder deleted takes its articles, but those open; a deletion of a file never published sends nothing', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-folder-deleted-'));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'sub', 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'sub', 'notes.txt'), 'Notes\n\nNothing to report yet.\n');
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  const a = pathToFileURL(join(d, 'sub', 'a.txt')).href;
  const notes = pathToFileURL(join(d, 'sub', 'notes.txt')).href;
  const b = pathToFileURL(join(d, 'b.txt')).href;
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed([a, notes, b]);
    assert.ok(c.diagnostics.get(b).some((x) => x.code === 'figure-conflict'));
    c.notify('textDocument/didOpen', {
      textDocument: { uri: notes, languageId: 'plaintext', version: 1, text: 'Notes\n\nNothing to report yet.\n' },
    });
    // (the index's last status, sent at most 100 ms after its last diagnostics, comes first)
    await c.settled();
    const sent = [];
    c.listeners.add((m) => {
      if (m.method === 'textDocument/publishDiagnostics' || m.method === 'crosscheck/status') sent.push(m.method);
    });
    // (every file of the workspace is watched: a lock file of git's, say, comes and goes at each command)
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(d, '.git', 'index.lock')).href, type: 3 }],
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(sent, [], 'nothing sent for it');
    // a folder deleted is reported by its URI alone
    rmSync(join(d, 'sub'), { recursive: true });
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(d, 'sub')).href, type: 3 }] });
    await c.until(() => c.diagnostics.get(b)?.length === 0);
    assert.deepEqual(c.diagnostics.get(a), []);
    // (the open one stays, its buffer the truth)
    assert.deepEqual(await c.articleLabels(), ['b.txt', 'notes.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a folder deleted takes the files held under it however they came and went, and no other', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-folder-counted-'));
  for (const f of ['sub', 'subway']) mkdirSync(join(d, f));
  writeFileSync(join(d, 'sub', 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'subway', 'c.txt'), raidReport(108));
  writeFileSync(join(d, 'sub.txt'), raidReport(106));
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  const u = (...p) => pathToFileURL(join(d, ...p)).href;
  const watched = (uri, type) => c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed([u('sub', 'a.txt'), u('subway', 'c.txt'), u('sub.txt'), u('b.txt')]);
    // the folder's only file goes, and another comes deeper in it
    rmSync(join(d, 'sub', 'a.txt'));
    watched(u('sub', 'a.txt'), 3);
    mkdirSync(join(d, 'sub', 'deep'));
    writeFileSync(join(d, 'sub', 'deep', 'e.txt'), raidReport(109));
    watched(u('sub', 'deep', 'e.txt'), 1);
    await c.until(() => c.diagnostics.get(u('sub', 'deep', 'e.txt'))?.length > 0);
    rmSync(join(d, 'sub'), { recursive: true });
    watched(u('sub'), 3);
    await c.until(() => c.diagnostics.get(u('sub', 'deep', 'e.txt'))?.length === 0);
    assert.deepEqual(await c.articleLabels(), ['b.txt', 'c.txt', 'sub.txt']);
    // (a folder of the same name made again, with a file the index never read, and deleted)
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', 'f.txt'), raidReport(110));
    watched(u('sub', 'f.txt'), 1);
    await c.until(() => c.diagnostics.get(u('sub', 'f.txt'))?.length > 0);
    rmSync(join(d, 'sub'), { recursive: true });
    watched(u('sub'), 3);
    await c.until(() => c.diagnostics.get(u('sub', 'f.txt'))?.length === 0);
    assert.deepEqual(await c.articleLabels(), ['b.txt', 'c.txt', 'sub.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a skipped file deleted, or read once it is small enough, leaves the status bar’s count of skipped files', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-skipped-deleted-'));
  const big = 'Raid report\n' + 'Police said 105 people were arrested. '.repeat(40);
  writeFileSync(join(d, 'a.txt'), 'Raid report\nPolice said 105 people were arrested.\n');
  writeFileSync(join(d, 'big.txt'), big);
  writeFileSync(join(d, 'big2.txt'), big);
  const watched = (name, type) =>
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(d, name)).href, type }] });
  const c = new LspClient(server, { cwd: d, configuration: { maxFileSize: 400 } });
  try {
    await c.initialize(d);
    await c.indexed([pathToFileURL(join(d, 'a.txt')).href]);
    await c.until(() => c.status()?.indexing === false && c.status().skipped === 2);
    writeFileSync(join(d, 'big2.txt'), 'Raid report\nPolice said 107 people were arrested.\n');
    watched('big2.txt', 2);
    await c.until(() => c.status()?.skipped === 1 && c.status().articles === 2);
    writeFileSync(join(d, 'big2.txt'), big);
    watched('big2.txt', 2);
    await c.until(() => c.status()?.skipped === 2 && c.status().articles === 1);
    rmSync(join(d, 'big.txt'));
    watched('big.txt', 3);
    await c.until(() => c.status()?.skipped === 1);
    rmSync(join(d, 'big2.txt'));
    watched('big2.txt', 3);
    await c.until(() => c.status()?.skipped === 0);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a folder moved in brings its articles, but not one the patterns exclude', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-folder-moved-'));
  const away = mkdtempSync(join(tmpdir(), 'crosscheck-folder-away-'));
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  mkdirSync(join(d, 'archive'));
  for (const dir of ['sub', '2024']) {
    mkdirSync(join(away, dir, 'deeper'), { recursive: true });
    writeFileSync(join(away, dir, 'deeper', 'a.txt'), raidReport(105));
  }
  const b = pathToFileURL(join(d, 'b.txt')).href;
  // (a pattern that names a folder: the index does not go into it, nor into the folders in it)
  const c = new LspClient(server, { cwd: d, configuration: { exclude: ['**/archive'] } });
  try {
    await c.initialize(d);
    await c.indexed([b]);
    assert.deepEqual(c.diagnostics.get(b), []);
    // (a folder moved in is reported by its URI alone)
    renameSync(join(away, '2024'), join(d, 'archive', '2024'));
    renameSync(join(away, 'sub'), join(d, 'sub'));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [join(d, 'archive', '2024'), join(d, 'sub')].map((p) => ({ uri: pathToFileURL(p).href, type: 1 })),
    });
    const a = pathToFileURL(join(d, 'sub', 'deeper', 'a.txt')).href;
    await c.until(() => c.diagnostics.get(b)?.some((x) => x.code === 'figure-conflict'));
    assert.ok(
      c.diagnostics.get(a)?.some((x) => x.code === 'figure-conflict'),
      'the article moved in is read',
    );
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
    rmSync(away, { recursive: true, force: true });
  }
});

test('crosscheck.maxFiles: the index, files made, folders moved in and files closed hold no more', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-max-files-'));
  const away = mkdtempSync(join(tmpdir(), 'crosscheck-max-files-away-'));
  for (const n of ['a', 'b', 'c']) writeFileSync(join(d, `${n}.txt`), raidReport(105));
  mkdirSync(join(away, 'more'));
  for (const n of ['d', 'e', 'f']) writeFileSync(join(away, 'more', `${n}.txt`), raidReport(107));
  const c = new LspClient(server, { cwd: d, configuration: { maxFiles: 2 } });
  const at = (...p) => pathToFileURL(join(d, ...p)).href;
  // (warnings: in the log each time, shown once after an index)
  const warnings = () => c.warnings('window/showMessageRequest');
  const logged = () => c.warnings();
  const labels = async () => await c.articleLabels();
  try {
    await c.initialize(d);
    await c.until(() => warnings().length === 1);
    assert.match(warnings()[0], /at most 2 files of the workspace \(crosscheck\.maxFiles\); 1 was not read/);
    assert.deepEqual(logged(), warnings());
    await c.settled();
    // (the first files in order of their names)
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
    // a rename reported as the new name made, then the old one deleted
    renameSync(join(d, 'b.txt'), join(d, 'z.txt'));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: at('z.txt'), type: 1 },
        { uri: at('b.txt'), type: 3 },
      ],
    });
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'z.txt']);
    // a file deleted makes room for one of a folder moved in
    unlinkSync(join(d, 'a.txt'));
    renameSync(join(away, 'more'), join(d, 'more'));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: at('a.txt'), type: 3 },
        { uri: at('more'), type: 1 },
      ],
    });
    await c.until(() => logged().length === 2);
    assert.match(logged()[1], /at most 2 files .*; 2 were not read/);
    assert.deepEqual(await c.articleLabels(), ['d.txt', 'z.txt']);
    assert.equal(warnings().length, 1, 'the warning is shown once after an index');
    // a file the limit left out, opened, is read from its buffer; closed, it goes; one within it, opened and
    // closed meanwhile, stays
    const open = (uri, text) =>
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    open(at('more', 'd.txt'), raidReport(107));
    open(at('c.txt'), raidReport(105));
    assert.deepEqual(await c.articleLabels(), ['c.txt', 'd.txt', 'z.txt']);
    c.notify('textDocument/didClose', { textDocument: { uri: at('more', 'd.txt') } });
    assert.deepEqual(await c.articleLabels(), ['c.txt', 'd.txt', 'z.txt']);
    c.notify('textDocument/didClose', { textDocument: { uri: at('c.txt') } });
    assert.deepEqual(await c.articleLabels(), ['d.txt', 'z.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
    rmSync(away, { recursive: true, force: true });
  }
});

/** What the limit's warnings say was not read ("1 was not read."), in order. */
const notRead = (c) => c.warnings().map((m) => m.replace(/^.*\); /, ''));

/**
 * A folder with these articles (raid reports, by name: `sub/…` in its inner folder), indexed with the inner
 * folder a workspace folder of its own and `crosscheck.maxFiles` 2; `check` is given the client.
 */
async function nestedFolders(prefix, files, check) {
  const d = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(d, 'sub'));
  for (const [name, n] of Object.entries(files)) writeFileSync(join(d, name), raidReport(n));
  const c = new LspClient(server, { cwd: d, configuration: { maxFiles: 2 }, folders: [join(d, 'sub')] });
  try {
    await c.initialize(d);
    await c.indexed(['a.txt', 'sub/b.txt'].map((n) => pathToFileURL(join(d, n)).href));
    await c.settled();
    await check(c);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
}

test('crosscheck.maxFiles: a workspace folder inside another counts its files once', () =>
  nestedFolders('crosscheck-nested-folders-', { 'a.txt': 105, 'sub/b.txt': 107 }, async (c) => {
    assert.deepEqual(c.warnings(), [], 'nothing was left out');
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
  }));

test('crosscheck.maxFiles: a file left out of folders inside one another is counted once', () =>
  nestedFolders('crosscheck-nested-left-out-', { 'a.txt': 105, 'sub/b.txt': 107, 'sub/c.txt': 109 }, (c) => {
    assert.deepEqual(notRead(c), ['1 was not read.'], 'sub/c.txt, left out by both walks');
  }));

test("a workspace folder that is a link into another reads its files once, by the first folder's path", async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-linked-folder-'));
  const away = mkdtempSync(join(tmpdir(), 'crosscheck-linked-folder-away-'));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'sub', 'b.txt'), raidReport(107));
  symlinkSync(join(d, 'sub'), join(away, 'linked'));
  const c = new LspClient(server, { cwd: d, folders: [join(away, 'linked')] });
  try {
    await c.initialize(d);
    await c.indexed(['a.txt', 'sub/b.txt'].map((n) => pathToFileURL(join(d, n)).href));
    await c.settled();
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
    // a file made there is reported by both paths: it is read once, by the first folder's
    writeFileSync(join(d, 'sub', 'c.txt'), raidReport(109));
    const made = pathToFileURL(join(d, 'sub', 'c.txt')).href;
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [pathToFileURL(join(away, 'linked', 'c.txt')).href, made].map((uri) => ({ uri, type: 1 })),
    });
    await c.until(() => c.diagnostics.get(made)?.some((x) => x.code === 'figure-conflict'));
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'c.txt']);
    // and so is a folder moved in
    mkdirSync(join(d, 'sub', 'more'));
    writeFileSync(join(d, 'sub', 'more', 'e.txt'), raidReport(111));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [join(away, 'linked', 'more'), join(d, 'sub', 'more')].map((p) => ({
        uri: pathToFileURL(p).href,
        type: 1,
      })),
    });
    const moved = pathToFileURL(join(d, 'sub', 'more', 'e.txt')).href;
    await c.until(() => c.diagnostics.get(moved)?.some((x) => x.code === 'figure-conflict'));
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'c.txt', 'e.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
    rmSync(away, { recursive: true, force: true });
  }
});

test("a folder moved into folders inside one another is read as the index reads it, by each one's patterns", async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-nested-patterns-'));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'sub', 'b.txt'), raidReport(107));
  // (the outer folder leaves sub/ out; the inner one, where the same pattern reads "more/…", takes it)
  const configuration = { exclude: ['sub/**'] };
  const c = new LspClient(server, { cwd: d, configuration, folders: [join(d, 'sub')] });
  try {
    await c.initialize(d);
    await c.indexed(['a.txt', 'sub/b.txt'].map((n) => pathToFileURL(join(d, n)).href));
    mkdirSync(join(d, 'sub', 'more'));
    writeFileSync(join(d, 'sub', 'more', 'e.txt'), raidReport(111));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(d, 'sub', 'more')).href, type: 1 }],
    });
    const moved = pathToFileURL(join(d, 'sub', 'more', 'e.txt')).href;
    await c.until(() => c.diagnostics.get(moved)?.some((x) => x.code === 'figure-conflict'));
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'e.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a linked workspace folder given first reads the files it reaches by its path, once', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-linked-first-'));
  const away = mkdtempSync(join(tmpdir(), 'crosscheck-linked-first-away-'));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'sub', 'b.txt'), raidReport(107));
  symlinkSync(join(d, 'sub'), join(away, 'linked'));
  // (at the limit: a file made is reported by both its paths, and is one file not read)
  const c = new LspClient(server, { cwd: d, configuration: { maxFiles: 2 }, folders: [d] });
  try {
    await c.initialize(join(away, 'linked'));
    await c.indexed([pathToFileURL(join(away, 'linked', 'b.txt')).href, pathToFileURL(join(d, 'a.txt')).href]);
    await c.settled();
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
    writeFileSync(join(d, 'sub', 'c.txt'), raidReport(109));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [join(d, 'sub', 'c.txt'), join(away, 'linked', 'c.txt')].map((p) => ({
        uri: pathToFileURL(p).href,
        type: 1,
      })),
    });
    await c.until(() => c.warnings().length > 0);
    assert.deepEqual(notRead(c), ['1 was not read.']);
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
    rmSync(away, { recursive: true, force: true });
  }
});

test('a folder the exclude patterns name leaves its files out, as the index leaves them', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-excluded-folder-'));
  mkdirSync(join(d, 'drafts'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'drafts', 'b.txt'), raidReport(107));
  const configuration = { exclude: ['drafts'] };
  const alone = new LspClient(server, { cwd: d, configuration });
  try {
    await alone.initialize(d);
    await alone.indexed([pathToFileURL(join(d, 'a.txt')).href]);
    assert.deepEqual(await alone.articleLabels(), ['a.txt']);
    // a file made there is left out too
    writeFileSync(join(d, 'drafts', 'c.txt'), raidReport(109));
    writeFileSync(join(d, 'e.txt'), raidReport(111));
    alone.notify('workspace/didChangeWatchedFiles', {
      changes: ['drafts/c.txt', 'e.txt'].map((n) => ({ uri: pathToFileURL(join(d, n)).href, type: 1 })),
    });
    const e = pathToFileURL(join(d, 'e.txt')).href;
    await alone.until(() => alone.diagnostics.get(e)?.some((x) => x.code === 'figure-conflict'));
    assert.deepEqual(await alone.articleLabels(), ['a.txt', 'e.txt']);
  } finally {
    await alone.close();
  }
  // the folder given as a workspace folder of its own is read (its files are its own, not the outer folder's)
  const nested = new LspClient(server, { cwd: d, configuration, folders: [join(d, 'drafts')] });
  try {
    await nested.initialize(d);
    const drafts = ['b.txt', 'c.txt'].map((n) => pathToFileURL(join(d, 'drafts', n)).href);
    await nested.indexed(['a.txt', 'e.txt'].map((n) => pathToFileURL(join(d, n)).href).concat(drafts));
    assert.deepEqual(await nested.articleLabels(), ['a.txt', 'b.txt', 'c.txt', 'e.txt']);
    // moved away and back, it is read from itself again
    const folder = pathToFileURL(join(d, 'drafts')).href;
    renameSync(join(d, 'drafts'), join(d, 'away'));
    nested.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: folder, type: 3 }] });
    assert.deepEqual(await nested.articleLabels(), ['a.txt', 'e.txt']);
    renameSync(join(d, 'away'), join(d, 'drafts'));
    nested.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: folder, type: 1 }] });
    assert.deepEqual(await nested.articleLabels(), ['a.txt', 'b.txt', 'c.txt', 'e.txt']);
  } finally {
    await nested.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a folder named like an article ("x.txt") moved in is a folder: its articles are read', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-folder-named-txt-'));
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed([pathToFileURL(join(d, 'b.txt')).href]);
    mkdirSync(join(d, 'x.txt'));
    writeFileSync(join(d, 'x.txt', 'a.txt'), raidReport(105));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(d, 'x.txt')).href, type: 1 }],
    });
    const a = pathToFileURL(join(d, 'x.txt', 'a.txt')).href;
    await c.until(() => c.diagnostics.get(a)?.some((x) => x.code === 'figure-conflict'));
    // (a change reported for the folder is no file's; the folder deleted takes its article)
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(d, 'x.txt')).href, type: 2 }],
    });
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt']);
    rmSync(join(d, 'x.txt'), { recursive: true });
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(d, 'x.txt')).href, type: 3 }],
    });
    assert.deepEqual(await c.articleLabels(), ['b.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a file reached through a symbolic link inside the workspace is not read, as the index reads none', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-link-inside-'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'sub', 'c.txt'), raidReport(109));
  symlinkSync(join(d, 'a.txt'), join(d, 'link.txt'));
  symlinkSync(join(d, 'sub'), join(d, 'linked'));
  const link = pathToFileURL(join(d, 'link.txt')).href;
  const c = new LspClient(server, { cwd: d });
  const labels = async () => await c.articleLabels();
  try {
    await c.initialize(d);
    await c.indexed(['a.txt', 'b.txt', 'sub/c.txt'].map((n) => pathToFileURL(join(d, n)).href));
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'c.txt']);
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [link, pathToFileURL(join(d, 'linked', 'c.txt')).href].map((uri) => ({ uri, type: 1 })),
    });
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'c.txt']);
    // (open, its buffer is read; closed, it goes)
    c.notify('textDocument/didOpen', {
      textDocument: { uri: link, languageId: 'plaintext', version: 1, text: raidReport(105) },
    });
    await c.until(() => c.diagnostics.get(link)?.length > 0);
    c.notify('textDocument/didClose', { textDocument: { uri: link } });
    await c.until(() => c.diagnostics.get(link)?.length === 0);
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'b.txt', 'c.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a link the watcher reports that points nowhere, or out of the folders, is ignored as the index ignores it', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-link-nowhere-'));
  const away = mkdtempSync(join(tmpdir(), 'crosscheck-link-nowhere-away-'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(away, 'b.txt'), raidReport(107));
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed([pathToFileURL(join(d, 'a.txt')).href]);
    symlinkSync(join(d, 'gone.txt'), join(d, 'nowhere.txt'));
    symlinkSync(join(away, 'b.txt'), join(d, 'out.txt'));
    writeFileSync(join(d, 'c.txt'), raidReport(109));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: ['nowhere.txt', 'out.txt', 'c.txt'].map((n) => ({ uri: pathToFileURL(join(d, n)).href, type: 1 })),
    });
    await c.until(() => c.status()?.articles === 2);
    assert.equal(c.status().skipped, 0, 'no file skipped');
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'c.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
    rmSync(away, { recursive: true, force: true });
  }
});

test('a file deleted while open leaves the corpus when closed, not skipped; a path under a file is refused', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-deleted-open-'));
  writeFileSync(join(d, 'a.txt'), raidReport(105));
  writeFileSync(join(d, 'b.txt'), raidReport(107));
  const b = pathToFileURL(join(d, 'b.txt')).href;
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed([pathToFileURL(join(d, 'a.txt')).href, b]);
    c.notify('textDocument/didOpen', {
      textDocument: { uri: b, languageId: 'plaintext', version: 1, text: raidReport(107) },
    });
    unlinkSync(join(d, 'b.txt'));
    c.notify('textDocument/didClose', { textDocument: { uri: b } });
    // (its conflict with a.txt goes: a status follows, with the count of skipped files)
    await c.until(() => c.status()?.articles === 1 && c.status().conflicts === 0);
    assert.equal(c.status().skipped, 0, 'not skipped');
    assert.deepEqual(await c.articleLabels(), ['a.txt']);
    // a path under a file (a folder replaced by a file) is refused, and the batch goes on
    writeFileSync(join(d, 'c.txt'), raidReport(109));
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(join(d, 'a.txt', 'x.txt')).href, type: 2 },
        { uri: pathToFileURL(join(d, 'c.txt')).href, type: 1 },
      ],
    });
    await c.until(() => c.status()?.articles === 2);
    assert.equal(c.status().skipped, 0, 'not skipped');
    assert.deepEqual(await c.articleLabels(), ['a.txt', 'c.txt']);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a file replaced on disk (deleted and made again in one batch of changes) keeps its diagnostics', async () => {
  const { d, names, texts } = raidReports('crosscheck-replaced-', 3);
  const uris = names.map((n) => pathToFileURL(join(d, n)).href);
  const c = new LspClient(server, { cwd: d });
  try {
    await c.initialize(d);
    await c.indexed(uris);
    const before = c.diagnostics.get(uris[0]);
    assert.ok(before.some((x) => x.code === 'figure-conflict'));
    const sent = [];
    c.listeners.add((m) => {
      if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uris[0]) sent.push(m.params.diagnostics);
    });
    // (as a save that writes another file and renames it over this one is reported; changed first, as a
    // write before it may be)
    writeFileSync(join(d, names[0]), texts[0]);
    c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uris[0], type: 2 },
        { uri: uris[0], type: 3 },
        { uri: uris[0], type: 1 },
      ],
    });
    await c.until(() => sent.length > 0);
    await c.settled();
    assert.ok(sent.length > 0, 'published again');
    assert.ok(!sent.some((x) => x.length === 0), 'never cleared meanwhile');
    assert.deepEqual(c.diagnostics.get(uris[0]), before);
  } finally {
    await c.close();
    rmSync(d, { recursive: true, force: true });
  }
});

test('a shutdown request stops the republishing of the articles an edit touched', async () => {
  const { before, order } = await requestWithTouchingEdit('crosscheck-shutdown-', {}, 'shutdown', () => null);
  // (what the writer held when it was read, at most, follows the answer)
  assert.ok(before <= 6, `the shutdown was answered after ${before} articles`);
  assert.ok(order.length <= before + 6, `${order.length - before} articles were sent after the shutdown`);
});

test('the seeds: every file reported, rounding linked to both 498s', async () => {
  const seeds = mkdtempSync(join(tmpdir(), 'crosscheck-seeds-'));
  cpSync(join(root, 'seeds'), join(seeds, 'seeds'), { recursive: true });
  const c = new LspClient(server, { cwd: seeds });
  try {
    await c.initialize(seeds);
    const names = [
      '000_0e3d50258a8a4896',
      '001_7e3db97815033158',
      '002_df6f908a1e2e193d',
      '003_fc47c50a2a883f77',
      '004_f756dc9fa6e98dc1',
    ];
    const u = (n) => pathToFileURL(join(seeds, 'seeds', `${n}.txt`)).href;
    await c.indexed(names.map(u));
    const d = c.diagnostics.get(u(names[3])).find((x) => x.range.start.line === 0);
    assert.equal(d.code, 'figure-rounding');
    assert.equal(d.severity, 3);
    assert.deepEqual(
      d.relatedInformation.map((r) => [r.location.uri, r.location.range.start.line]).sort(),
      [
        [u(names[3]), 8],
        [u(names[4]), 6],
      ].sort(),
    );
  } finally {
    await c.close();
    rmSync(seeds, { recursive: true, force: true });
  }
});

test('status, summary and report for the review panel', async () => {
  const status = client.status();
  assert.equal(status.indexing, false);
  assert.equal(status.articles, 3, 'a.txt, b.txt, c.txt and empty.txt minus the deleted b.txt');
  // the counts went down with the edits and the deletion above: the sums of the diagnostics published last
  assert.deepEqual(await statusCounts(publishedCounts()), publishedCounts());
  const s = await client.summary();
  assert.deepEqual(
    s.articles.map((x) => x.label),
    ['a.txt', 'c.txt', 'empty.txt'],
  );
  const phil = s.entities.find((e) => e.name === 'Philadelphia');
  assert.deepEqual([phil.kind, phil.articles, phil.mentions], ['place', 1, 3], 'two "Philadelphia", one "Philly"');
  assert.ok(!('lineText' in phil), 'the summary holds no mention lists');
  // an entity's mentions, as the view asks for them when it is expanded
  const m = await client.request('crosscheck/mentions', { id: phil.id });
  assert.equal(m.total, 3);
  assert.deepEqual(
    m.mentions.map((x) => [x.text, x.range.start.line, x.lineText.slice(0, 16)]),
    [
      ['Philadelphia', 0, 'Raid nets 107 in'],
      ['Philadelphia', 2, 'Police Commissio'],
      ['Philly', 3, 'Bethel’s office '],
    ],
  );
  assert.deepEqual(await client.request('crosscheck/mentions', { id: phil.id, articles: [uri('c.txt')] }), {
    mentions: [],
    total: 0,
  });
  assert.deepEqual(await client.request('crosscheck/mentions', { id: 'place:nowhere' }), { mentions: [], total: 0 });
  await assert.rejects(client.request('crosscheck/mentions', { articles: [] }), (e) => e.code === -32602);
  // narrowed to articles: only the entities they mention, counted in them
  const c = await client.summary({ articles: [uri('c.txt')] });
  assert.deepEqual(
    c.entities.map((e) => [e.name, e.articles, e.mentions]),
    [['Boston', 1, 1]],
  );
  assert.equal(c.groups.length, s.groups.length, 'findings are filtered by the view, not the server');
  // the "same as…" picker's choices: the other entities of the mention's kind
  const philly = at('a.txt', 'Philly').position;
  const choices = await client.request('crosscheck/sameEntityChoices', { uri: uri('a.txt'), ...philly });
  assert.deepEqual(
    choices.map((x) => [x.name, x.kind, x.mentions, x.target]),
    [['Boston', 'place', 1, { uri: uri('c.txt'), offset: files['c.txt'].indexOf('Boston') }]],
  );
  await assert.rejects(
    client.request('crosscheck/sameEntityChoices', { uri: uri('a.txt'), line: 1, character: 0 }),
    (e) => e.code === -32602 && /names no one there/.test(e.message),
  );
  const html = await client.request('crosscheck/report', { format: 'html', webview: true, nonce: 'abc' });
  assert.match(html, /^<style nonce="abc">/);
  assert.doesNotMatch(html, /<script|style="/);
  const md = await client.request('crosscheck/report', { format: 'markdown' });
  assert.match(md, /^# Crosscheck report\n\n3 articles/);
});

test("VS Code's transport, --node-ipc, answers initialize as stdio does", async () => {
  const { fork } = await import('node:child_process');
  const child = fork(server, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  try {
    const reply = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer over IPC in 15 s')), 15000);
      child.on('message', (m) => {
        if (m.id === 1) {
          clearTimeout(timer);
          resolve(m);
        }
      });
      child.send({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { processId: null, rootUri: null, capabilities: {} },
      });
    });
    assert.equal(reply.result.serverInfo.name, 'crosscheck');
  } finally {
    child.kill();
  }
});
