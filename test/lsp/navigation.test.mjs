// Navigation in a corpus where one name is written in many articles: Go to Definition lists this
// article's introduction and a bounded number of others; Find All References lists every mention.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-navigation-'));
const uri = (n) => pathToFileURL(join(dir, n)).href;
const names = Array.from({ length: 30 }, (_, i) => `${String(i + 1).padStart(2, '0')}.txt`);
const article = (i) =>
  `Flooding, day ${i + 1}\n\nCrews in Tulsa pumped water from ${i + 3} basements, the fire chief said. ` +
  `Tulsa schools stayed open.\n`;
let client;

before(async () => {
  names.forEach((n, i) => writeFileSync(join(dir, n), article(i)));
  client = new LspClient(server, { cwd: dir });
  await client.initialize(dir);
  await client.indexed(names.map(uri));
});

after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (n) => ({ textDocument: { uri: uri(n) }, position: { line: 2, character: 10 } });

test('Go to Definition: this article first, then twenty others in the order of their names', async () => {
  const locs = await client.request('textDocument/definition', at('17.txt'));
  assert.deepEqual(
    locs.map((l) => l.uri),
    [
      uri('17.txt'),
      ...names
        .filter((n) => n !== '17.txt')
        .slice(0, 20)
        .map(uri),
    ],
  );
  // each at the article's first mention of the city
  for (const l of locs)
    assert.deepEqual(l.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } });
});

test('Find All References: every mention in every article', async () => {
  const refs = await client.request('textDocument/references', {
    ...at('17.txt'),
    context: { includeDeclaration: true },
  });
  assert.equal(refs.length, 60);
  assert.equal(new Set(refs.map((r) => r.uri)).size, 30);
});

test("the view: a finding's message and counterparts on demand; an entity's first 500 mentions", async () => {
  const s = await client.summary();
  const findings = s.groups.flatMap((g) => g.findings);
  assert.ok(findings.length >= 30, 'every count of basements disagrees with others');
  assert.ok(!findings.some((f) => 'message' in f || 'related' in f), 'the summary lists, details come on demand');
  for (const f of findings) {
    const found = await client.request('crosscheck/finding', { uri: f.uri, figure: f.figure, verdict: f.verdict });
    // as the article's diagnostic says it
    const d = client.diagnostics
      .get(f.uri)
      .find((x) => x.code === f.code && x.range.start.character === f.range.start.character);
    assert.equal(found.message, d.message);
    // (the view lists the first twenty, the diagnostic those its message names: the first four)
    assert.deepEqual(
      found.related.slice(0, 4).map((r) => [r.uri, r.range, r.message]),
      d.relatedInformation.map((r) => [r.location.uri, r.location.range, r.message]),
    );
    // (how many a figure meets here depends on the picks, which hash the folder's random name)
    assert.equal(found.related.length, Math.min(20, found.relatedCount));
    assert.equal(d.relatedInformation.length, Math.min(4, found.relatedCount));
  }
  const gone = { uri: findings[0].uri, figure: 99, verdict: 'conflict' };
  assert.equal(await client.request('crosscheck/finding', gone), null);
  await assert.rejects(client.request('crosscheck/finding', { uri: findings[0].uri }), (e) => e.code === -32602);
  const [tulsa] = s.entities;
  assert.deepEqual([tulsa.name, tulsa.mentions, tulsa.articles], ['Tulsa', 60, 30]);
  // an open buffer that writes the city 480 more times: the list stops at 500 and counts them all
  const crowded = uri('zz.txt');
  client.notify('textDocument/didOpen', {
    textDocument: {
      uri: crowded,
      languageId: 'plaintext',
      version: 1,
      text: `Flooding in Tulsa\n\n${'Crews in Tulsa pumped water. '.repeat(480)}`,
    },
  });
  await client.waitFor((m) => m.method === 'crosscheck/status' && m.params.articles === 31);
  const m = await client.request('crosscheck/mentions', { id: tulsa.id });
  assert.deepEqual([m.mentions.length, m.total], [500, 541]);
  assert.equal(m.mentions[0].uri, uri('01.txt'), 'in corpus order');
});
