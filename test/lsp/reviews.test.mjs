// Quick fixes and the review file: decisions persist across restarts and survive edits around the figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const server = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server/out/server.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-reviews-'));
const uri = (n) => pathToFileURL(join(dir, n)).href;
const A =
  'Fire\nMay 5, 2024\nFirefighters said 212 homes burned in Paradise, California.\nOfficials counted 40 trucks.\n';
const B = 'Fire update\nMay 5, 2024\nIn Paradise, California, 230 homes burned.\nSome 55 trucks were sent.\n';
let client;

async function start() {
  const c = new LspClient(server, { cwd: dir });
  await c.initialize(dir);
  await c.indexed([uri('a.txt'), uri('b.txt')]);
  return c;
}
const warnings = (c, n) => (c.diagnostics.get(uri(n)) ?? []).filter((d) => d.source === 'crosscheck');
/** The findings as the Crosscheck view lists them, and as the diagnostics say them. */
const listed = async (c) =>
  (await c.summary()).groups
    .flatMap((g) => g.findings)
    .map((f) => `${f.uri.slice(-5)} ${f.text} ${f.code}`)
    .sort();
const diagnosed = (c) =>
  ['a.txt', 'b.txt'].flatMap((n) => warnings(c, n).map((d) => `${n} ${/\d+/.exec(d.message)[0]} ${d.code}`)).sort();

before(async () => {
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  client = await start();
});
after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a finding offers quick fixes: mark as reviewed, and not the same figure', async () => {
  const [homes] = warnings(client, 'a.txt').filter((d) => d.message.startsWith('212'));
  const [trucks] = warnings(client, 'a.txt').filter((d) => d.message.startsWith('40'));
  assert.ok(homes && trucks, JSON.stringify(warnings(client, 'a.txt')));
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri: uri('a.txt') },
    range: homes.range,
    context: { diagnostics: [homes] },
  });
  assert.deepEqual(
    actions.map((a) => a.title),
    [
      'Crosscheck: mark as reviewed (conflict with “230” in b.txt)',
      'Crosscheck: not the same figure as “230” in b.txt',
    ],
  );
  assert.equal(actions[0].kind, 'quickfix');
});

test('mark as reviewed hides the pair in both articles and writes the review file', async () => {
  const [homes] = warnings(client, 'a.txt').filter((d) => d.message.startsWith('212'));
  const [action] = await client.request('textDocument/codeAction', {
    textDocument: { uri: uri('a.txt') },
    range: homes.range,
    context: { diagnostics: [homes] },
  });
  await client.request('workspace/executeCommand', action.command);
  await client.until(() => !warnings(client, 'b.txt').some((d) => d.message.startsWith('230')));
  assert.ok(!warnings(client, 'a.txt').some((d) => d.message.startsWith('212')));
  // the view lists what the diagnostics say: the trucks, not the reviewed homes
  assert.deepEqual(await listed(client), diagnosed(client));
  assert.deepEqual(await listed(client), ['a.txt 40 figure-conflict', 'b.txt 55 figure-conflict']);
  const file = JSON.parse(readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8'));
  assert.equal(file.decisions.length, 1);
  assert.equal(file.decisions[0].decision, 'reviewed');
  assert.deepEqual(file.decisions[0].figures, [
    '212 | Firefighters said 212 homes burned in Paradise, California.',
    '230 | In Paradise, California, 230 homes burned.',
  ]);
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri: uri('a.txt') },
    position: { line: 2, character: 19 },
  });
  assert.match(hover.contents.value, /\| 230 \|.*\| conflict \(reviewed\) \|/);
});

test('not the same figure: the pair is never compared again, not even on hover', async () => {
  const [trucks] = warnings(client, 'a.txt').filter((d) => d.message.startsWith('40'));
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri: uri('a.txt') },
    range: trucks.range,
    context: { diagnostics: [trucks] },
  });
  await client.request('workspace/executeCommand', actions[1].command);
  await client.until(() => warnings(client, 'a.txt').length === 0);
  assert.deepEqual(await listed(client), []);
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri: uri('a.txt') },
    position: { line: 3, character: 19 },
  });
  assert.doesNotMatch(hover.contents.value, /55/);
});

test('decisions survive a restart, edits around the figures and reformatting', async () => {
  await client.close();
  writeFileSync(
    join(dir, 'a.txt'),
    A.replace('Firefighters said', 'A new line above.\nFirefighters  said').replace(
      'Officials counted 40 trucks.',
      'Officials   counted 40 trucks.',
    ),
  );
  client = await start();
  assert.deepEqual(warnings(client, 'a.txt'), []);
  assert.deepEqual(warnings(client, 'b.txt'), []);
});

test('decisions can be listed and undone', async () => {
  const list = await client.request('workspace/executeCommand', { command: 'crosscheck.listDecisions', arguments: [] });
  assert.deepEqual(
    list.map((d) => d.decision),
    ['reviewed', 'different'],
  );
  await client.request('workspace/executeCommand', { command: 'crosscheck.undoDecision', arguments: [0] });
  await client.until(() => warnings(client, 'a.txt').length === 1);
  assert.match(warnings(client, 'a.txt')[0].message, /^212 homes/);
  assert.equal(JSON.parse(readFileSync(join(dir, '.crosscheck/reviews.json'), 'utf8')).decisions.length, 1);
});

test('a damaged review file is reported, not fatal', async () => {
  await client.close();
  writeFileSync(join(dir, '.crosscheck/reviews.json'), '{ not json');
  client = await start();
  assert.ok(
    client.notifications.some((n) => /^window\/showMessage/.test(n.method) && /not valid JSON/.test(n.params.message)),
    JSON.stringify(client.notifications),
  );
  assert.equal(warnings(client, 'a.txt').length, 2);
  assert.ok(existsSync(join(dir, '.crosscheck/reviews.json')));
});
