// Random edit sequences into the server (fast-check, seeded), with review decisions among them: the server
// never dies, and after the edits its diagnostics and the Crosscheck view's list equal those of a fresh
// server that indexes the final texts from disk with the review file the live one wrote.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const source = join(root, 'test/corpora/storm-floods');
const names = readdirSync(source)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const temp = mkdtempSync(join(tmpdir(), 'crosscheck-fuzz-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Diagnostics by file name, with file names for URIs, in a stable order. */
function normalised(client) {
  const name = (uri) => basename(fileURLToPath(uri));
  const out = {};
  for (const [uri, ds] of client.diagnostics) {
    if (!ds.length) continue;
    out[name(uri)] = ds
      .map((d) =>
        JSON.stringify({
          ...d,
          data: undefined,
          relatedInformation: (d.relatedInformation ?? []).map((r) => ({
            ...r,
            location: { ...r.location, uri: name(r.location.uri) },
          })),
        }),
      )
      .sort();
  }
  return out;
}

/** The view's list, with the folder's URI taken out of it. */
async function listed(client, dir) {
  return JSON.stringify(await client.summary()).replaceAll(pathToFileURL(dir).href, '');
}

/** One edit of an open document: a range replaced by a piece of news text or of noise. */
const edit = fc.record({
  doc: fc.nat({ max: names.length - 1 }),
  at: fc.nat(),
  length: fc.nat({ max: 60 }),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      ' 12 people were killed in New Braunfels. ',
      ' Mayor Jim Kenney said ',
      '\n',
      ' about 1,300 ',
      '“',
      'Krause',
    ),
    fc.string({ maxLength: 30 }),
  ),
});

/** A review decision about the figures of one of the view's groups, or one taken back. */
const decision = fc.record({ decide: fc.constantFrom('reviewed', 'different', 'undo'), pick: fc.nat() });

/** Makes the decision through the commands the view and the quick fixes send. */
async function decide(client, { decide, pick }) {
  if (decide === 'undo') {
    const list = await client.request('workspace/executeCommand', { command: 'crosscheck.listDecisions' });
    if (list.length)
      await client.request('workspace/executeCommand', {
        command: 'crosscheck.undoDecision',
        arguments: [pick % list.length],
      });
    return;
  }
  const pairs = (await client.summary()).groups.filter((x) => x.findings.length >= 2);
  if (!pairs.length) return;
  const g = pairs[pick % pairs.length];
  const ref = (k) => ({ uri: g.findings[k].uri, figure: g.findings[k].figure });
  const [command, args] =
    decide === 'reviewed'
      ? ['crosscheck.markReviewed', [ref(0), [ref(1)]]]
      : ['crosscheck.notSameFigure', [ref(0), ref(1)]];
  await client.request('workspace/executeCommand', { command, arguments: args });
}

test('after random edits and decisions, the server is alive; its diagnostics and list equal a fresh index of the final texts', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof({ arbitrary: edit, weight: 4 }, decision), { minLength: 1, maxLength: 25 }),
      async (edits) => {
        const live = join(temp, `live-${run}`),
          fresh = join(temp, `fresh-${run++}`);
        cpSync(source, live, { recursive: true });
        const texts = names.map((n) => readFileSync(join(source, n), 'utf8'));
        const a = new LspClient(server, { cwd: live });
        try {
          await a.initialize(live);
          await a.indexed(names.map((n) => pathToFileURL(join(live, n)).href));
          const uri = (i) => pathToFileURL(join(live, names[i])).href;
          const versions = names.map(() => 1);
          for (let i = 0; i < names.length; i++) {
            a.notify('textDocument/didOpen', {
              textDocument: { uri: uri(i), languageId: 'plaintext', version: 1, text: texts[i] },
            });
          }
          // (the view's list asked for before and between the edits, as while it is shown: what it keeps from
          // one answer to the next must be what a fresh index lists)
          await a.summary();
          for (const [k, e] of edits.entries()) {
            if (k % 5 === 4) await a.summary();
            if (e.decide) {
              await decide(a, e);
              continue;
            }
            const t = texts[e.doc];
            const start = t.length ? e.at % (t.length + 1) : 0;
            const end = Math.min(t.length, start + e.length);
            const pos = (offset) => {
              const before = t.slice(0, offset).split('\n');
              return { line: before.length - 1, character: before.at(-1).length };
            };
            texts[e.doc] = t.slice(0, start) + e.insert + t.slice(end);
            a.notify('textDocument/didChange', {
              textDocument: { uri: uri(e.doc), version: ++versions[e.doc] },
              contentChanges: [{ range: { start: pos(start), end: pos(end) }, text: e.insert }],
            });
          }
          // a request makes the server apply pending edits now; then wait for it to settle
          for (let i = 0; i < names.length; i++)
            await a.request('textDocument/documentSymbol', { textDocument: { uri: uri(i) } });
          await a.settled();
          cpSync(source, fresh, { recursive: true });
          names.forEach((n, i) => writeFileSync(join(fresh, n), texts[i]));
          // (the fresh server reads the decisions from the review file the live one wrote)
          if (existsSync(join(live, '.crosscheck')))
            cpSync(join(live, '.crosscheck'), join(fresh, '.crosscheck'), { recursive: true });
          const b = new LspClient(server, { cwd: fresh });
          try {
            await b.initialize(fresh);
            await b.indexed(names.map((n) => pathToFileURL(join(fresh, n)).href));
            await b.settled();
            assert.deepEqual(normalised(a), normalised(b));
            assert.equal(await listed(a, live), await listed(b, fresh));
          } finally {
            await b.close();
          }
          assert.equal(a.child.exitCode, null, 'the server exited');
        } finally {
          await a.close();
        }
      },
    ),
    { seed: 20261130, numRuns: 6, interruptAfterTimeLimit: 120_000 },
  );
});
