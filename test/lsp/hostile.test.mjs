// The server against hostile clients and workspaces: bad requests, broken framing, lifecycle misuse,
// links out of the workspace, and a review file that is a trap. The server must answer, or exit when told to.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  rmSync,
  symlinkSync,
  existsSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, '..', '..', 'server/out/server.js');
const inject = join(here, '..', 'cli', 'inject-failure.cjs');
const base = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
const A =
  'Fire\nMay 5, 2024\nFirefighters said 212 homes burned in Paradise, California.\nOfficials counted 40 trucks.\n';
const B = 'Fire update\nMay 5, 2024\nIn Paradise, California, 230 homes burned.\nSome 55 trucks were sent.\n';
const SECRET = 'Secret\nMay 5, 2024\nSenator Zebulon Quixworth said 42 people were arrested in Boston.\n';
const clients = [];
after(async () => {
  for (const c of clients) await c.close().catch(() => undefined);
  rmSync(base, { recursive: true, force: true });
});

/** A workspace folder with the two fire articles. */
function workspace(name) {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  return dir;
}
const uriOf = (dir, n) => pathToFileURL(join(dir, n)).href;
function spawnServer(opts = {}) {
  const c = new LspClient(server, { cwd: base, ...opts });
  clients.push(c);
  return c;
}
async function started(dir) {
  const c = spawnServer();
  await c.initialize(dir);
  await c.indexed([uriOf(dir, 'a.txt'), uriOf(dir, 'b.txt')]);
  return c;
}
const messages = (c) =>
  c.notifications.filter((n) => /^window\/(showMessage|logMessage)/.test(n.method)).map((n) => n.params.message);
const alive = async (c, dir) => {
  const h = await c.request(
    'textDocument/hover',
    { textDocument: { uri: uriOf(dir, 'a.txt') }, position: { line: 2, character: 19 } },
    10000,
  );
  assert.match(h.contents.value, /212/);
};
const rejects = async (promise, code) => {
  const e = await promise.then(
    () => undefined,
    (x) => x,
  );
  assert.ok(e, 'the request was answered without an error');
  if (code !== undefined) assert.equal(e.code, code, e.message);
  return e;
};

test('requests before initialize get -32002, after shutdown -32600', async () => {
  const c = spawnServer();
  const dir = workspace('lifecycle');
  await rejects(
    c.request(
      'textDocument/hover',
      { textDocument: { uri: uriOf(dir, 'a.txt') }, position: { line: 0, character: 0 } },
      10000,
    ),
    -32002,
  );
  await rejects(c.request('crosscheck/summary', null, 10000), -32002);
  await c.initialize(dir);
  await c.indexed([uriOf(dir, 'a.txt')]);
  await c.request('shutdown', null, 10000);
  await rejects(
    c.request(
      'textDocument/hover',
      { textDocument: { uri: uriOf(dir, 'a.txt') }, position: { line: 2, character: 19 } },
      10000,
    ),
    -32600,
  );
});

test('a second initialize is an error and walks nothing', async () => {
  const dir = workspace('twice');
  const c = await started(dir);
  const other = workspace('twice-other');
  writeFileSync(join(other, 'secret.txt'), SECRET);
  const begins = c.progress.filter((p) => p.kind === 'begin').length;
  await rejects(
    c.request('initialize', { processId: null, rootUri: pathToFileURL(other).href, capabilities: {} }, 10000),
  );
  c.notify('initialized', {});
  await alive(c, dir);
  assert.deepEqual(await c.request('workspace/symbol', { query: 'Quixworth' }), []);
  assert.equal(c.progress.filter((p) => p.kind === 'begin').length, begins);
});

test('a workspace folder that is the filesystem root or the home folder is not walked', async () => {
  const home = workspace('home');
  for (const [root, why] of [
    ['/', /root of the file system/],
    [home, /home folder/],
  ]) {
    const c = spawnServer({ env: { ...process.env, HOME: home } });
    await c.initialize(root);
    await c.until(() => c.progress.some((p) => p.kind === 'end'), 20000);
    assert.ok(
      messages(c).some((m) => why.test(m)),
      JSON.stringify(messages(c)),
    );
    const summary = await c.summary();
    assert.equal(summary.articles.length, 0);
    // open documents are still checked
    c.notify('textDocument/didOpen', {
      textDocument: { uri: uriOf(home, 'a.txt'), languageId: 'plaintext', version: 1, text: A },
    });
    assert.equal((await c.summary()).articles.length, 1);
    await c.close();
  }
});

test('watcher events never read through a link out of the workspace; without a folder, only open documents', async () => {
  const outside = join(base, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  const dir = workspace('links');
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
  symlinkSync(outside, join(dir, 'linkdir'));
  const c = await started(dir);
  c.notify('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: uriOf(dir, 'link.txt'), type: 1 },
      { uri: uriOf(dir, 'linkdir/secret.txt'), type: 1 },
    ],
  });
  assert.deepEqual(await c.request('workspace/symbol', { query: 'Quixworth' }), []);
  assert.deepEqual((await c.summary()).articles.map((a) => a.label).sort(), ['a.txt', 'b.txt']);

  const bare = spawnServer();
  await bare.request('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} });
  bare.notify('initialized', {});
  bare.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(outside, 'secret.txt'), type: 1 }] });
  assert.deepEqual(await bare.request('workspace/symbol', { query: 'Quixworth' }), []);
  bare.notify('textDocument/didOpen', {
    textDocument: { uri: uriOf(dir, 'a.txt'), languageId: 'plaintext', version: 1, text: A },
  });
  assert.equal((await bare.summary()).articles.length, 1);
});

test('a didOpen without text, or with a number as text, is logged and ignored', async () => {
  const dir = workspace('no-text');
  const c = await started(dir);
  c.notify('textDocument/didOpen', { textDocument: { uri: uriOf(dir, 'x.txt'), languageId: 'plaintext', version: 1 } });
  c.notify('textDocument/didOpen', {
    textDocument: { uri: uriOf(dir, 'y.txt'), languageId: 'plaintext', version: 1, text: 42 },
  });
  c.notify('textDocument/didChange', {
    textDocument: { uri: uriOf(dir, 'y.txt'), version: 2 },
    contentChanges: [{ text: 'Fire\n' }],
  });
  await new Promise((r) => setTimeout(r, 500)); // past the edit debounce, where an exception used to end the process
  await alive(c, dir);
  assert.equal(
    await c.request(
      'textDocument/hover',
      { textDocument: { uri: uriOf(dir, 'x.txt') }, position: { line: 0, character: 0 } },
      10000,
    ),
    null,
  );
});

test('an exception while analysing an edit is logged; the buffer gets a diagnostic and the server goes on', async () => {
  const dir = workspace('throws');
  const c = spawnServer({ nodeArgs: ['-r', inject] });
  await c.initialize(dir);
  await c.indexed([uriOf(dir, 'a.txt'), uriOf(dir, 'b.txt')]);
  const uri = uriOf(dir, 'a.txt');
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: A } });
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: `${A}INJECTED-ANALYSIS-FAILURE\n` }],
  });
  const failed = () => (c.diagnostics.get(uri) ?? []).some((d) => /analysis failed/.test(d.message));
  await Promise.race([
    c.until(failed, 15000),
    c.exited.then((code) => {
      throw new Error(`the server exited (${code})`);
    }),
  ]);
  assert.equal(c.diagnostics.get(uri).length, 1);
  const h = await c.request(
    'textDocument/hover',
    { textDocument: { uri: uriOf(dir, 'b.txt') }, position: { line: 2, character: 26 } },
    10000,
  );
  assert.ok(h === null || typeof h === 'object');
});

test('a 5 MB buffer is not analysed: one information diagnostic says why, nothing crashes', async () => {
  const dir = workspace('paste');
  const c = await started(dir);
  const uri = uriOf(dir, 'paste.txt');
  const big = 'In Paradise, California, 230 homes burned and 55 trucks were sent. '.repeat(80_000);
  assert.ok(big.length > 5_000_000);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
  await c.until(() => c.diagnostics.get(uri)?.length === 1, 20000);
  const [d] = c.diagnostics.get(uri);
  assert.equal(d.severity, 3);
  assert.match(d.message, /over the 2\.0 MB limit \(crosscheck\.maxFileSize\)/);
  await alive(c, dir);
});

for (const [name, bytes] of [
  ['LF-only separators', 'Content-Length: 2\n\n{}'],
  ['no Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
  ['a bad Content-Length', 'Content-Length: abc\r\n\r\n{}'],
]) {
  test(`a framing error on stdin (${name}) is logged and the server exits non-zero`, async () => {
    const c = spawnServer();
    c.child.stdin.write(bytes);
    const code = await Promise.race([c.exited, new Promise((r) => setTimeout(() => r('still running'), 10000))]);
    assert.notEqual(code, 'still running', 'the server stayed alive but deaf');
    assert.notEqual(code, 0);
    assert.match(c.stderr, /framing/);
  });
}

test('the editor closing stdin ends the server: 1 without a shutdown request, 0 after one', async () => {
  const dir = workspace('stdin-closed');
  for (const shutdown of [false, true]) {
    const c = await started(dir);
    if (shutdown) await c.request('shutdown', null);
    c.child.stdin.end();
    const code = await Promise.race([c.exited, new Promise((r) => setTimeout(() => r('still running'), 10000))]);
    assert.equal(code, shutdown ? 0 : 1);
  }
});

test('review decisions are written safely: no write through links, links out of the workspace refused', async () => {
  const dir = workspace('reviews-safe');
  const outside = join(base, 'reviews-outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'victim.txt'), 'precious');
  symlinkSync(outside, join(dir, '.crosscheck'));
  const c = await started(dir);
  const [homes] = c.diagnostics.get(uriOf(dir, 'a.txt')).filter((d) => d.message.startsWith('212'));
  const [action] = await c.request('textDocument/codeAction', {
    textDocument: { uri: uriOf(dir, 'a.txt') },
    range: homes.range,
    context: { diagnostics: [homes] },
  });
  // .crosscheck is a link out of the workspace
  assert.match(
    (await rejects(c.request('workspace/executeCommand', action.command))).message,
    /symbolic link pointing outside the workspace/,
  );
  assert.ok(!existsSync(join(outside, 'reviews.json')));
  // a committed link as the old temporary name is never written through
  unlinkSync(join(dir, '.crosscheck'));
  mkdirSync(join(dir, '.crosscheck'));
  symlinkSync(join(outside, 'victim.txt'), join(dir, '.crosscheck/reviews.json.tmp'));
  await c.request('workspace/executeCommand', action.command);
  assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'precious');
  assert.equal(JSON.parse(readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8')).decisions.length, 1);
  // reviews.json itself a link out of the workspace
  unlinkSync(join(dir, '.crosscheck/reviews.json'));
  symlinkSync(join(outside, 'victim.txt'), join(dir, '.crosscheck/reviews.json'));
  await rejects(c.request('workspace/executeCommand', action.command));
  assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'precious');
  assert.ok(
    messages(c).some((m) => /could not save the review decision: .*symbolic link/.test(m)),
    JSON.stringify(messages(c)),
  );
});

test('review commands validate their arguments: no junk decision is saved', async () => {
  const dir = workspace('reviews-args');
  const c = await started(dir);
  const a = uriOf(dir, 'a.txt'),
    b = uriOf(dir, 'b.txt');
  const bad = [
    ['crosscheck.markReviewed', [{ uri: a, figure: 999 }, [{ uri: b, figure: 0 }]]],
    ['crosscheck.markReviewed', ['x', 'y']],
    ['crosscheck.markReviewed', [{ uri: a, figure: 0 }, []]],
    [
      'crosscheck.notSameFigure',
      [
        { uri: a, figure: '0' },
        { uri: b, figure: 0 },
      ],
    ],
    [
      'crosscheck.notSameFigure',
      [
        { uri: 'file:///nowhere.txt', figure: 0 },
        { uri: b, figure: 0 },
      ],
    ],
    ['crosscheck.undoDecision', ['0']],
    ['crosscheck.undoDecision', [5]],
  ];
  for (const [command, args] of bad)
    await rejects(c.request('workspace/executeCommand', { command, arguments: args }), -32602);
  assert.ok(!existsSync(join(dir, '.crosscheck/reviews.json')));
});

test('a review file that is null, a list, of the wrong types or with a BOM gets a clear report (a BOM is accepted)', async () => {
  const dir = workspace('reviews-damaged');
  const c = await started(dir);
  const file = join(dir, '.crosscheck/reviews.json');
  mkdirSync(dirname(file));
  const changed = () =>
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
  for (const [text, expected] of [
    ['null', /holds null, not an object/],
    ['[]', /holds a list, not an object/],
    ['{"version": 1, "decisions": "none"}', /"decisions" is a string, not a list/],
    ['{"version": 1, "decisions": [{"decision": "reviewed", "figures": [1, 2]}]}', /1 malformed decision/],
  ]) {
    writeFileSync(file, text);
    changed();
    await c.until(() => messages(c).some((m) => expected.test(m)), 15000);
  }
  const decision = {
    decision: 'reviewed',
    figures: [
      '212 | Firefighters said 212 homes burned in Paradise, California.',
      '230 | In Paradise, California, 230 homes burned.',
    ],
  };
  writeFileSync(file, `\uFEFF${JSON.stringify({ version: 1, decisions: [decision] })}`);
  const before = messages(c).length;
  changed();
  await c.until(() => !c.diagnostics.get(uriOf(dir, 'a.txt')).some((d) => d.message.startsWith('212')), 15000);
  assert.deepEqual(
    messages(c)
      .slice(before)
      .filter((m) => /review file/.test(m)),
    [],
  );
});

test('a file of thousands of figures gets one information diagnostic where reading stopped', async () => {
  const dir = workspace('dense');
  writeFileSync(
    join(dir, 'table.txt'),
    Array.from({ length: 1500 }, (_, i) => `In the city, ${i + 1} people were arrested.`).join('\n'),
  );
  const c = spawnServer();
  await c.initialize(dir);
  await c.indexed([uriOf(dir, 'table.txt')]);
  const cut = c.diagnostics.get(uriOf(dir, 'table.txt')).filter((d) => d.code === 'article-cutoff');
  assert.equal(cut.length, 1);
  assert.equal(cut[0].severity, 3);
  assert.equal(cut[0].range.start.line, 1000);
  assert.match(cut[0].message, /more than 1000 figures/);
});
