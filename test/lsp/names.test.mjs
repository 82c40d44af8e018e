// Names a reviewer can act on, over LSP: a minority spelling is flagged with quick fixes (use the
// majority spelling; different people), "same as" and "not the same as" decisions are kept in the
// review file, and the command-line tool honours the same file on the same folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const cli = join(root, 'bin/crosscheck.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-names-'));
const uri = (n) => pathToFileURL(join(dir, n)).href;
const ARTICLES = {
  'a.txt': 'Budget vote\n\nMayor Lorna Whitacre said the council would vote on Monday. Whitacre wants a bridge fund.\n',
  'b.txt': 'Council\n\nMayor Lorna Whitacre defended the plan. Lorna Pike, a retired teacher, spoke against it.\n',
  'c.txt': 'Bridge\n\nThe bridge stays shut in Chicago, Mayor Lorna Whitacre said. Whitacre asked for patience.\n',
  'd.txt':
    'Radio\n\nMayor Lorna Whitaker told listeners the repair would take months. Whitaker said costs were rising.\n',
};
let client;

const names = (c, n) => (c.diagnostics.get(uri(n)) ?? []).filter((d) => d.code === 'name-variant');
const report = () => JSON.parse(execFileSync(process.execPath, [cli, '--format', 'json', '--max-warnings', '-1', dir]));
const people = (r) =>
  r.entities.filter((e) => e.kind === 'person').map((e) => `${e.name}: ${[...new Set(e.mentions.map((m) => m.text))]}`);
const command = (name, ...args) => client.request('workspace/executeCommand', { command: name, arguments: args });

before(async () => {
  for (const [n, t] of Object.entries(ARTICLES)) writeFileSync(join(dir, n), t);
  client = new LspClient(server, { cwd: dir });
  await client.initialize(dir);
  await client.indexed(Object.keys(ARTICLES).map(uri));
});
after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a minority spelling is flagged, pointing at the articles that spell it the majority way', async () => {
  const flagged = names(client, 'd.txt');
  assert.deepEqual(
    flagged.map((d) => d.message),
    [
      '“Whitaker” here; “Whitacre” in 3 other articles (Mayor Lorna Whitacre)',
      '“Whitaker” here; “Whitacre” in 3 other articles (Mayor Lorna Whitacre)',
    ],
  );
  assert.equal(flagged[0].severity, 3);
  assert.deepEqual(
    flagged[0].relatedInformation.map((r) => r.location.uri),
    [uri('a.txt'), uri('b.txt'), uri('c.txt')],
  );
  for (const n of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(names(client, n), []);
  // one person: references from the variant reach every article, and the hover lists both spellings
  const refs = await client.request('textDocument/references', {
    textDocument: { uri: uri('d.txt') },
    position: flagged[0].range.start,
    context: { includeDeclaration: true },
  });
  assert.equal(new Set(refs.map((r) => r.uri)).size, 4);
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri: uri('d.txt') },
    position: flagged[0].range.start,
  });
  assert.match(hover.contents.value, /“Lorna Whitaker” — d\.txt/);
  assert.match(hover.contents.value, /“Lorna Whitacre” — a\.txt, b\.txt, c\.txt/);
});

test('quick fixes: the majority spelling for this mention only, or different people', async () => {
  const [first] = names(client, 'd.txt');
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri: uri('d.txt') },
    range: first.range,
    context: { diagnostics: [first] },
  });
  const fix = actions.find((a) => a.title === 'Replace with “Lorna Whitacre”');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.kind, 'quickfix');
  assert.ok(fix.isPreferred);
  assert.deepEqual(fix.edit.changes[uri('d.txt')], [{ range: first.range, newText: 'Lorna Whitacre' }]);
  assert.ok(actions.some((a) => a.title === 'Crosscheck: different people (“Whitaker” is not “Whitacre”)'));
  // a client without pickers is not offered "same as…", which needs one
  assert.ok(!actions.some((a) => /same person as…/.test(a.title)));
});

test('different people: the spellings stay apart, in the editor and in the command line', async () => {
  assert.ok(people(report()).some((p) => p.startsWith('Lorna Whitacre') && p.includes('Lorna Whitaker')));
  const [first] = names(client, 'd.txt');
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri: uri('d.txt') },
    range: first.range,
    context: { diagnostics: [first] },
  });
  const apart = actions.find((a) => a.title.startsWith('Crosscheck: different people'));
  const published = [];
  const record = (m) => m.method === 'textDocument/publishDiagnostics' && published.push(m.params.uri);
  client.listeners.add(record);
  await client.request('workspace/executeCommand', apart.command);
  await client.until(() => names(client, 'd.txt').length === 0);
  // the articles whose findings the decision changed (the variant's) are published, the one it was made in first
  client.listeners.delete(record);
  assert.equal(published[0], uri('d.txt'));
  const file = JSON.parse(readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8'));
  assert.equal(file.version, 2);
  assert.deepEqual(
    file.names.map((d) => [d.decision, d.mentions[0]]),
    [['different', 'Lorna Whitaker | Mayor Lorna Whitaker told listeners the repair would take months.']],
  );
  const r = report();
  assert.ok(people(r).includes('Lorna Whitaker: Lorna Whitaker,Whitaker'), JSON.stringify(people(r)));
  assert.ok(!r.findings.some((f) => f.code === 'name-variant'));
});

test('same as: two names the reviewer joins are one entity, in the editor and in the command line', async () => {
  const text = ARTICLES['b.txt'];
  const pike = text.indexOf('Lorna Pike');
  await command('crosscheck.sameEntity', { uri: uri('b.txt'), offset: pike }, { uri: uri('a.txt'), offset: 20 });
  // (no article's findings change: a status after the answer still tells the view, which lists the people, to
  // ask again; one sent before it came before it)
  await client.waitFor((m) => m.method === 'crosscheck/status');
  const refs = await client.request('textDocument/references', {
    textDocument: { uri: uri('b.txt') },
    position: { line: 2, character: pike - text.indexOf('Mayor') + 1 },
    context: { includeDeclaration: true },
  });
  assert.ok(
    refs.some((r) => r.uri === uri('a.txt')),
    JSON.stringify(refs),
  );
  assert.ok(people(report()).some((p) => p.startsWith('Lorna Whitacre') && p.includes('Lorna Pike')));
  // both decisions are listed; undoing one brings the flag back
  const list = await command('crosscheck.listDecisions');
  assert.deepEqual(
    list.map((d) => `${d.kind} ${d.decision}`),
    ['names different', 'names same'],
  );
  await command('crosscheck.undoDecision', 0);
  await client.until(() => names(client, 'd.txt').length === 2);
  assert.ok(report().findings.some((f) => f.code === 'name-variant'));
});

test('bad mention references are refused and change nothing', async () => {
  const before = readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8');
  for (const args of [
    [
      { uri: uri('a.txt'), offset: 0 },
      { uri: uri('b.txt'), offset: 20 },
    ],
    [
      { uri: 'file:///nowhere.txt', offset: 0 },
      { uri: uri('b.txt'), offset: 20 },
    ],
    [{ uri: uri('a.txt') }, { uri: uri('b.txt'), offset: 20 }],
    ['x', 'y'],
    // a person is never the same as a place
    [
      { uri: uri('c.txt'), offset: ARTICLES['c.txt'].indexOf('Chicago') },
      { uri: uri('a.txt'), offset: 20 },
    ],
  ])
    await assert.rejects(command('crosscheck.sameEntity', ...args), (e) => e.code === -32602);
  assert.equal(readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8'), before);
});
