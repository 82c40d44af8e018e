// One folder, wherever it is and whoever reads it: the server's diagnostics after edits equal a fresh
// server's on a copy of the edited files in another folder, and the command line's findings on that copy.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LspClient } from './client.mjs';

// (URIs as the editor writes them: `pathToFileURL` leaves a "!" that VS Code escapes)
const { URI } = createRequire(import.meta.url)('vscode-uri');
const uriOf = (path) => URI.file(path).toString();

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'server/out/server.js');
const temp = mkdtempSync(join(tmpdir(), 'crosscheck-agreement-'));
after(() => rmSync(temp, { recursive: true, force: true }));

// Two classes of twenty equal figures: each figure is shown a few of the other class, picked and listed by
// its articles' names, which are written with spaces, accents and signs a URI escapes.
const kinds = ['dossier', 'économie', 'fiche', 'rapport!', 'rapport 2'];
const names = Array.from({ length: 40 }, (_, k) => `${kinds[k % 5]} ${k}.txt`);
const article = (n) => `Headline\nMarch 4, 2025\nPolice said ${n} people were arrested in Philadelphia.\n`;
const texts = names.map((_, k) => article(k < 20 ? 107 : 109));

/** Figure findings by file name: where, which code, and where each counterpart is, in order. */
function fromServer(client) {
  const name = (uri) => basename(fileURLToPath(uri));
  const out = {};
  for (const [uri, ds] of client.diagnostics)
    for (const d of ds.filter((x) => String(x.code).startsWith('figure-'))) {
      const at = (r) => `${r.start.line + 1}:${r.start.character + 1}`;
      const related = (d.relatedInformation ?? []).map((r) => `${name(r.location.uri)} ${at(r.location.range)}`);
      (out[name(uri)] ??= []).push(`${at(d.range)} ${d.code} ${d.message} | ${related.join('; ')}`);
    }
  return out;
}

function fromCommandLine(folder) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/crosscheck.js'), '--format', 'jsonl', '--max-warnings', '-1', '.'],
    {
      cwd: folder,
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const out = {};
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const f = JSON.parse(line);
    if (f.type !== 'finding' || !f.code.startsWith('figure-')) continue;
    // (the editor's related information holds the counterparts its message names, four; the report all)
    const related = f.related.slice(0, 4).map((r) => `${basename(r.file)} ${r.line}:${r.column}`);
    (out[basename(f.file)] ??= []).push(`${f.line}:${f.column} ${f.code} ${f.message} | ${related.join('; ')}`);
  }
  return out;
}

async function indexed(folder) {
  const client = new LspClient(server, { cwd: folder });
  await client.initialize(folder);
  await client.indexed(names.map((n) => uriOf(join(folder, n))));
  return client;
}

test('a folder’s findings are the same after edits, in another place, and in the command line’s report', async () => {
  const live = join(temp, 'home', 'ana', 'stories'),
    copy = join(temp, 'archive', 'philadelphia 2025');
  for (const [folder, list] of [
    [live, texts],
    [copy, undefined],
  ]) {
    mkdirSync(folder, { recursive: true });
    if (list) names.forEach((n, k) => writeFileSync(join(folder, n), list[k]));
  }
  const a = await indexed(live);
  try {
    // three articles of each class say another number (three of the first 117, the others one each)
    for (const k of [0, 1, 2, 20, 21, 22]) {
      const uri = uriOf(join(live, names[k]));
      a.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[k] } });
      texts[k] = article(k < 20 ? 117 : 119 + k);
      a.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: texts[k] }] });
    }
    // (a request about an article makes the server read its pending edit now, whatever the machine's speed)
    for (const k of [0, 1, 2, 20, 21, 22])
      await a.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(join(live, names[k])) } });
    await a.settled();
    names.forEach((n, k) => writeFileSync(join(copy, n), texts[k]));
    const b = await indexed(copy);
    try {
      await b.settled();
      const edited = fromServer(a);
      // (what could differ: articles shown a few of a class of many, most of the forty)
      assert.equal(Object.keys(edited).length, names.length);
      assert.deepEqual(edited, fromServer(b), 'the server after edits, against a fresh one on a copy elsewhere');
      assert.deepEqual(fromCommandLine(copy), edited, 'the command line on the copy, against the server');
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
});

test('a file opened under another spelling of its URI, as Neovim writes it, is the same article', async () => {
  const folder = join(temp, 'spellings');
  mkdirSync(folder, { recursive: true });
  const own = "Mayor's report (1).txt";
  writeFileSync(join(folder, own), article(107));
  writeFileSync(join(folder, 'b.txt'), article(109));
  const client = new LspClient(server, { cwd: folder });
  try {
    await client.initialize(folder);
    await client.indexed([own, 'b.txt'].map((n) => uriOf(join(folder, n))));
    // VS Code's spelling escapes "'", "(" and ")"; Neovim's (and Node's) does not
    const neovim = `file://${join(folder, own)
      .split('/')
      .map((part) => encodeURIComponent(part).replace(/%27|%28|%29/g, decodeURIComponent))
      .join('/')}`;
    assert.notEqual(neovim, uriOf(join(folder, own)));
    const text = article(107);
    client.notify('textDocument/didOpen', { textDocument: { uri: neovim, languageId: 'plaintext', version: 1, text } });
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: neovim },
      position: { line: 2, character: 13 },
    });
    assert.match(JSON.stringify(hover), /107/);
    await client.settled();
    const b = client.diagnostics.get(uriOf(join(folder, 'b.txt')));
    assert.equal(b.length, 1);
    assert.deepEqual(
      b[0].relatedInformation.map((r) => r.location.uri),
      [uriOf(join(folder, own))],
      'the article once, not beside itself',
    );
    assert.ok(!client.diagnostics.has(neovim));
    // the review panel's list narrowed to the article, named in that spelling
    const narrowed = await client.summary({ articles: [neovim] });
    assert.deepEqual(
      narrowed.entities.map((e) => [e.name, e.articles]),
      [['Philadelphia', 1]],
    );
  } finally {
    await client.close();
  }
});
