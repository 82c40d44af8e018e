// The command line against hostile input: devices, FIFOs, sockets, closed pipes, odd arguments and names,
// too many files, late NUL bytes, and an article the analysis fails on. Nothing may block or crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', '..', 'bin/crosscheck.js');
const inject = join(here, 'inject-failure.cjs');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-hostile-'));
// a generous hang guard: a blocked read shows up as a timeout, not as a test that never ends
const run = (args, { nodeArgs = [] } = {}) =>
  spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 15000,
    maxBuffer: 64 << 20,
  });
const ARTICLE = 'Strike\nJune 1, 2023\nUnion leader Dana Whitfield said 4,980 workers walked out in Toledo.\n';

before(() => {
  mkdirSync(join(dir, 'corpus'));
  writeFileSync(join(dir, 'corpus/a.txt'), ARTICLE);
  writeFileSync(join(dir, 'ok.txt'), ARTICLE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const finished = (r) => assert.equal(r.error, undefined, `the run did not finish: ${r.error?.message}\n${r.stderr}`);

test('/dev/zero given as a path is skipped with a reason, never read forever', () => {
  const r = run(['--format', 'json', '/dev/zero', 'ok.txt']);
  finished(r);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped (\.\.\/)*dev\/zero: not a regular file \(a character device\)/);
  assert.deepEqual(JSON.parse(r.stdout).files, ['ok.txt']);
});

test('a FIFO, given or found while walking, is skipped with a reason and never blocks', () => {
  mkdirSync(join(dir, 'fifos'));
  writeFileSync(join(dir, 'fifos/a.txt'), ARTICLE);
  const made = spawnSync('mkfifo', [join(dir, 'fifos/pipe.txt'), join(dir, 'given.txt')]);
  assert.equal(made.status, 0, 'mkfifo');
  const r = run(['--format', 'json', 'fifos', 'given.txt']);
  finished(r);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files, ['fifos/a.txt']);
  assert.deepEqual(report.skipped.map((s) => [s.file, s.reason]).sort(), [
    ['fifos/pipe.txt', 'not a regular file (a FIFO (named pipe))'],
    ['given.txt', 'not a regular file (a FIFO (named pipe))'],
  ]);
});

test('a socket given as a path is skipped with a reason', async () => {
  const server = createServer();
  await new Promise((r) => server.listen(join(dir, 'sock.txt'), r));
  try {
    const r = run(['sock.txt', 'ok.txt']);
    finished(r);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /skipped sock\.txt: not a regular file \(a socket\)/);
  } finally {
    server.close();
  }
});

test('output into a closed pipe (| head) ends quietly: no EPIPE stack trace', async () => {
  mkdirSync(join(dir, 'big'));
  const lines = Array.from({ length: 60 }, (_, i) => `In Toledo, ${100 + i} police officers were deployed.`).join('\n');
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `big/${i}.txt`), `Strike day ${i}\nJune 1, 2023\n${lines}\n`);
  const child = spawn(process.execPath, [bin, '--format', 'json', '--max-warnings', '-1', 'big'], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdout.once('data', () => child.stdout.destroy()); // like `head -c 1`: reads a little, then closes the pipe
  const guard = setTimeout(() => child.kill(), 15000);
  const [code, signal] = await new Promise((r) => child.on('exit', (c, s) => r([c, s])));
  clearTimeout(guard);
  assert.equal(signal, null, 'the run was killed by the hang guard');
  assert.doesNotMatch(stderr, /EPIPE|Error|at /, stderr);
  assert.ok(code === 0 || code === 1, `exit status ${code}`);
});

test('--max-warnings "" is a usage error, not 0', () => {
  for (const args of [['--max-warnings', ''], ['--max-warnings='], ['--max-warnings', ' '], ['--max-file-size', '']]) {
    const r = run([...args, 'ok.txt']);
    assert.equal(r.status, 2, JSON.stringify(args));
    assert.match(r.stderr, /^crosscheck: --max-(warnings|file-size) takes/);
  }
});

test('-- ends the options: a file named -x.txt after it is a path', () => {
  writeFileSync(join(dir, '-x.txt'), ARTICLE);
  const r = run(['--format', 'json', '--', '-x.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).files, ['-x.txt']);
  assert.equal(run(['-x.txt']).status, 2, 'without --, -x.txt is an unknown option');
});

test('a file name that is not valid UTF-8 is read and shown readably, found by walking or given', () => {
  mkdirSync(join(dir, 'latin1'));
  writeFileSync(
    Buffer.concat([Buffer.from(join(dir, 'latin1/caf')), Buffer.from([0xe9]), Buffer.from('.txt')]),
    ARTICLE,
  );
  const walked = run(['--format', 'json', 'latin1']);
  assert.equal(walked.status, 0, walked.stderr);
  assert.deepEqual(JSON.parse(walked.stdout).files, ['latin1/caf\\xE9.txt']);
  assert.deepEqual(JSON.parse(walked.stdout).skipped, []);
  // a shell passes the raw bytes; Node's argv would turn them into U+FFFD
  const given = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" "${bin}" --format json "$(printf 'latin1/caf\\351.txt')"`],
    { cwd: dir, encoding: 'utf8', timeout: 15000, maxBuffer: 64 << 20 },
  );
  assert.equal(given.status, 0, given.stderr);
  assert.deepEqual(JSON.parse(given.stdout).files, ['latin1/caf\\xE9.txt']);
});

test('more files than the limit: stderr says how many were left out', () => {
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 7; i++) writeFileSync(join(dir, `many/${i}.txt`), ARTICLE);
  const r = run(['--format', 'json', '--max-files', '5', 'many']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /more than 5 files \(the limit, --max-files\): 2 left out/);
  assert.equal(JSON.parse(r.stdout).files.length, 5);
});

test('a file that two folders given hold (one inside the other, or linked into it) is read once', () => {
  mkdirSync(join(dir, 'held/sub'), { recursive: true });
  writeFileSync(join(dir, 'held/a.txt'), ARTICLE);
  writeFileSync(join(dir, 'held/sub/b.txt'), ARTICLE.replace('4,980', '5,100'));
  writeFileSync(join(dir, 'held/sub/c.txt'), ARTICLE.replace('4,980', '5,200'));
  symlinkSync(join(dir, 'held/sub'), join(dir, 'linked'));
  const r = run(['--format', 'json', '--max-warnings', '-1', 'held', 'linked', 'held/sub/b.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).files, ['held/a.txt', 'held/sub/b.txt', 'held/sub/c.txt']);
  // past the limit, a file left out by both walks is counted once
  const cut = run(['--format', 'json', '--max-warnings', '-1', '--max-files', '2', 'held', 'held/sub', 'linked']);
  assert.equal(cut.status, 0, cut.stderr);
  assert.match(cut.stderr, /more than 2 files \(the limit, --max-files\): 1 left out/);
  assert.deepEqual(JSON.parse(cut.stdout).files, ['held/a.txt', 'held/sub/b.txt']);
  // a file given, then its folder: the folder's other files are not left out for it
  const given = run(['--format', 'json', '--max-warnings', '-1', '--max-files', '3', 'held/sub/b.txt', 'held']);
  assert.equal(given.status, 0, given.stderr);
  assert.doesNotMatch(given.stderr, /left out/);
  assert.deepEqual(JSON.parse(given.stdout).files, ['held/a.txt', 'held/sub/b.txt', 'held/sub/c.txt']);
  // a file given after its folder, past the limit: counted once
  const after = run(['--format', 'json', '--max-warnings', '-1', '--max-files', '2', 'held', 'held/sub/c.txt']);
  assert.equal(after.status, 0, after.stderr);
  assert.match(after.stderr, /more than 2 files \(the limit, --max-files\): 1 left out/);
  assert.deepEqual(JSON.parse(after.stdout).files, ['held/a.txt', 'held/sub/b.txt']);
  // and so through a link whose target's name is not valid UTF-8 (given as the shell passes it: raw bytes)
  const latin = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9])]);
  mkdirSync(latin);
  writeFileSync(Buffer.concat([latin, Buffer.from('/a.txt')]), ARTICLE);
  symlinkSync(latin, join(dir, 'to-latin'));
  const raw = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --format json "$(printf 'caf\\351')" to-latin`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 15000,
    maxBuffer: 64 << 20,
  });
  assert.equal(raw.status, 0, raw.stderr);
  assert.deepEqual(JSON.parse(raw.stdout).files, ['caf\\xE9/a.txt']);
});

test('a NUL byte anywhere makes a file binary, not only in the first 8 KB', () => {
  const late = Buffer.concat([Buffer.from(ARTICLE.repeat(200)), Buffer.from([0]), Buffer.from('more text\n')]);
  assert.ok(late.indexOf(0) > 8192);
  writeFileSync(join(dir, 'late-nul.txt'), late);
  const r = run(['--format', 'json', 'late-nul.txt', 'ok.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).skipped, [
    { file: 'late-nul.txt', reason: 'binary file (it holds NUL or control bytes), not an article' },
  ]);
});

// (a /proc file's size is given as 0: it is read in chunks to its end, past what the size says)
const NOT_PROSE = /proc\/self\/status: nothing read: it does not read as prose \(\d+ of its first (\d+) words/;
const noProc = process.platform !== 'linux' && 'no /proc here';

test('a file whose size is given as 0 is read to its end, and within the size limit', { skip: noProc }, () => {
  const r = run(['--format', 'json', '/proc/self/status', 'ok.txt']);
  finished(r);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(
    JSON.parse(r.stdout).files.some((f) => f.endsWith('proc/self/status')),
    r.stdout,
  );
  // its text arrived: a list of fields, told from prose by its words
  const m = NOT_PROSE.exec(r.stderr);
  assert.ok(m && Number(m[1]) >= 20, r.stderr);
  // far more than 16 KB, though its size says 0
  const limited = run(['--format', 'json', '--max-file-size', '16384', '/proc/self/smaps', 'ok.txt']);
  finished(limited);
  assert.equal(limited.status, 0, limited.stderr);
  assert.match(limited.stderr, /skipped (\.\.\/)*proc\/self\/smaps: file is over the 16 KB limit/);
  assert.deepEqual(JSON.parse(limited.stdout).files, ['ok.txt']);
});

test('an article the analysis fails on is skipped with the error; the run goes on', () => {
  writeFileSync(
    join(dir, 'boom.txt'),
    'Fire\nMay 5, 2024\nINJECTED-ANALYSIS-FAILURE: 212 homes burned in Paradise, California.\n',
  );
  const r = run(['--format', 'json', 'boom.txt', 'ok.txt'], { nodeArgs: ['-r', inject] });
  finished(r);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped boom\.txt: analysis failed: injected analysis failure/);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files, ['ok.txt']);
  assert.ok(report.entities.some((e) => e.name === 'Dana Whitfield'));
});

test('a file of thousands of figures is read up to a point, and the report says where and why', () => {
  mkdirSync(join(dir, 'dense'));
  writeFileSync(
    join(dir, 'dense/table.txt'),
    Array.from({ length: 1500 }, (_, i) => `In the city, ${i + 1} people were arrested.`).join('\n'),
  );
  const r = run(['--format', 'json', '--max-warnings', '-1', 'dense']);
  finished(r);
  const report = JSON.parse(r.stdout);
  assert.equal(report.partial.length, 1);
  assert.equal(report.partial[0].line, 1001);
  assert.match(report.partial[0].message, /more than 1000 figures/);
  assert.ok(report.figures.length <= 1000);
  const text = run(['--max-warnings', '-1', 'dense']);
  assert.match(text.stdout, /partly read dense\/table\.txt:1001:1: Crosscheck read this article up to here/);
});
