// The command-line tool: formats, exit codes, bad usage, odd files. Corpora written for these tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin/crosscheck.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });

before(() => {
  mkdirSync(join(dir, 'corpus/node_modules'), { recursive: true });
  writeFileSync(
    join(dir, 'corpus/a.txt'),
    'Strike\nJune 1, 2023\nUnion leader Dana Whitfield said 4,980 workers walked out in Toledo.\n',
  );
  writeFileSync(
    join(dir, 'corpus/b.txt'),
    'Strike grows\nJune 1, 2023\nIn Toledo, 5,000 workers walked out. In Toledo, 61 police officers were deployed.\n',
  );
  writeFileSync(
    join(dir, 'corpus/c.txt'),
    'Strike\nJune 1, 2023\nPolice said 75 police officers were deployed in Toledo, Whitfield said.\n',
  );
  writeFileSync(join(dir, 'corpus/node_modules/ignored.txt'), 'In Toledo, 9 police officers were deployed.');
  writeFileSync(join(dir, 'corpus/binary.txt'), Buffer.from([0, 1, 2, 3, 0]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('JSON report: entities with mentions, figures, findings with related spans', () => {
  const r = run('--format', 'json', '--max-warnings', '-1', 'corpus');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files, ['corpus/a.txt', 'corpus/b.txt', 'corpus/c.txt']);
  assert.deepEqual(
    report.skipped.map((s) => s.file),
    ['corpus/binary.txt'],
  );
  const dana = report.entities.find((e) => e.name === 'Dana Whitfield');
  assert.deepEqual(
    dana.mentions.map((m) => [m.file, m.line, m.column, m.endColumn]),
    [
      ['corpus/a.txt', 3, 14, 28],
      ['corpus/c.txt', 3, 57, 66],
    ],
  );
  const f = report.figures.find((x) => x.text === '4,980');
  assert.equal(f.kind, 'count');
  assert.equal(f.value, 4980);
  assert.equal(f.qualifier, 'exact');
  assert.equal(f.measure, 'strikers');
  assert.equal(f.measureLabel, 'strikers');
  assert.equal(f.place, 'Toledo');
  const rounding = report.findings.find((x) => x.code === 'figure-rounding' && x.text === '5,000');
  assert.equal(rounding.severity, 'information');
  assert.equal(rounding.related[0].text, '4,980');
  assert.ok(report.findings.some((x) => x.code === 'figure-conflict' && x.severity === 'warning'));
});

test('exit 1 when conflicts exceed --max-warnings, 0 otherwise', () => {
  assert.equal(run('corpus').status, 1);
  assert.equal(run('--max-warnings', '2', 'corpus').status, 0);
  assert.equal(run('corpus/a.txt', 'corpus/b.txt').status, 0, 'a rounding alone is not a warning');
});

test('the text report groups findings by comparison group, conflicts first', () => {
  const out = run('corpus').stdout;
  assert.match(out, /Crosscheck: 3 articles, 1 skipped/);
  assert.match(out, /Findings: 2 conflicts, 2 roundings, 0 updates/);
  assert.ok(out.indexOf('Group 1: police officers') < out.indexOf('Group 2: strikers'), out);
});

test('SARIF 2.1.0 output', () => {
  const sarif = JSON.parse(run('--format', 'sarif', 'corpus').stdout);
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results;
  assert.equal(results.length, 4);
  assert.deepEqual(new Set(results.map((x) => x.level)), new Set(['warning', 'note']));
  assert.equal(results[0].locations[0].physicalLocation.region.startLine, 3);
  assert.ok(results[0].relatedLocations.length >= 1);
});

test('bad usage exits 2 with a one-line message', () => {
  for (const args of [['--format', 'xml'], ['--bogus'], ['no-such-folder'], ['--max-warnings', 'x']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr.split('\n')[0], /^crosscheck: /);
  }
});

test('Markdown and HTML corpus reports: the claims matrix and the mentions per article', () => {
  const md = run('--format', 'markdown', '--max-warnings', '-1', 'corpus').stdout;
  assert.match(
    md,
    /\| police officers \(Toledo\) \| ⚠ conflict \|  \| \[61\]\(corpus\/b\.txt#L3\) \(conflict\) \| \[75\]\(corpus\/c\.txt#L3\) \(conflict\) \|/,
  );
  assert.match(md, /\| Toledo \| place \| 4 \| 1 \| 2 \| 1 \|/);
  const html = run('--format', 'html', '--max-warnings', '-1', 'corpus').stdout;
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /<a class="fig conflict" href="corpus\/b\.txt#L3"/);
});

test('a corpus of more than a dozen articles: each claims row lists its figures, the first 20', () => {
  mkdirSync(join(dir, 'wide'));
  for (let i = 0; i < 25; i++)
    writeFileSync(
      join(dir, `wide/${String(i).padStart(2, '0')}.txt`),
      `Strike\nJune 1, 2023\nIn Toledo, ${60 + i} police officers were deployed, Dana Whitfield said.\n`,
    );
  const md = run('--format', 'markdown', '--max-warnings', '-1', 'wide').stdout;
  assert.match(md, /^# Crosscheck report\n\n25 articles · 1 comparison group: 1 with a conflict/);
  assert.match(md, /^\| group \| verdict \| figures \|$/m, 'no column per article');
  const row = md.split('\n').find((l) => l.startsWith('| police officers (Toledo) |'));
  assert.equal(row.split('<br>').length, 21, row);
  assert.match(
    row,
    /^\| police officers \(Toledo\) \| ⚠ conflict \| 00\.txt: \[60\]\(wide\/00\.txt#L3\) \(conflict\)<br>/,
  );
  assert.match(row, /<br>and 5 more \|$/);
  assert.match(md, /^\| Toledo \| place \| 25 \| 25 \| 00\.txt \(1\), 01\.txt \(1\), .*, and 20 more \|$/m);
  const html = run('--format', 'html', '--max-warnings', '-1', 'wide').stdout;
  assert.match(html, /<th>group<\/th><th>verdict<\/th><th>figures<\/th>/);
  assert.equal([...html.matchAll(/<a class="fig conflict"/g)].length, 20);
  assert.match(html, /<br>and 5 more<\/td>/);
});

test('JSON and SARIF are written as they are made, in the layout of JSON.stringify with one space', () => {
  for (const format of ['json', 'sarif']) {
    for (const corpus of ['corpus', 'wide']) {
      const out = run('--format', format, '--max-warnings', '-1', corpus).stdout;
      assert.equal(out, JSON.stringify(JSON.parse(out), null, 1) + '\n', `${format} of ${corpus}`);
    }
  }
  const sarif = JSON.parse(run('--format', 'sarif', '--max-warnings', '-1', 'corpus').stdout);
  assert.deepEqual(
    sarif.runs[0].results.map((r) => r.ruleId),
    ['figure-rounding', 'figure-rounding', 'figure-conflict', 'figure-conflict'],
  );
});

test('the command line takes up to three quarters of the memory for its heap, unless given a limit', () => {
  // (a preloaded probe prints the heap limit of each process it runs in, its malloc arenas and flags: the tool,
  // and the run it starts)
  const probe = join(dir, 'heap-probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`heap ${require('v8').getHeapStatistics().heap_size_limit}\\n" +
      'arenas ${process.env.MALLOC_ARENA_MAX}\\nflags ${process.execArgv.join(" ")}\\n`));',
  );
  const arenas = [],
    flags = [];
  const { MALLOC_ARENA_MAX, ...outer } = process.env;
  const limits = (env = {}) => {
    const r = spawnSync(process.execPath, ['-r', probe, bin, '--max-warnings', '-1', 'corpus'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...outer, ...env },
    });
    assert.equal(r.status, 0, r.stderr);
    arenas.push([...r.stderr.matchAll(/^arenas (.*)$/gm)].map((m) => m[1]));
    flags.push([...r.stderr.matchAll(/^flags (.*)$/gm)].map((m) => m[1]));
    return [...r.stderr.matchAll(/^heap (\d+)$/gm)].map((m) => Number(m[1]) / 2 ** 20);
  };
  const room = (totalmem() * 0.75) / 2 ** 20;
  const usual = getHeapStatistics().heap_size_limit / 2 ** 20;
  const [first, ...rest] = limits();
  if (room > usual * 1.25) {
    assert.equal(rest.length, 1, 'the tool ran again');
    // (the limit counts the young generation too)
    assert.ok(first >= room && first < room * 1.1, `${first} MB for ${room} MB`);
    assert.equal(arenas[0][0], '2', 'the run it starts has the malloc arenas the server has');
    const { CLI_NODE_ARGS } = createRequire(import.meta.url)(join(root, 'server/out/launch.js'));
    assert.ok(CLI_NODE_ARGS.length > 0);
    for (const flag of CLI_NODE_ARGS) assert.ok(flags[0][0].split(' ').includes(flag), `${flag} in ${flags[0][0]}`);
  } else assert.deepEqual(rest, [], 'little memory: the usual heap');
  const [only, ...none] = limits({ NODE_OPTIONS: '--max-old-space-size=300' });
  assert.deepEqual(none, [], 'a limit given: the tool runs once');
  assert.ok(only < 400, `${only} MB`);
});

test('JSON Lines: a header, one line per entity, figure and finding, a summary; the same report as JSON', () => {
  const json = JSON.parse(run('--format', 'json', '--max-warnings', '-1', 'corpus').stdout);
  const r = run('--format', 'jsonl', '--max-warnings', '-1', 'corpus');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  const [header, ...rest] = lines;
  const summary = rest.pop();
  assert.equal(header.type, 'header');
  assert.deepEqual(header.files, json.files);
  assert.deepEqual(header.skipped, json.skipped);
  const of = (type) => rest.filter((l) => l.type === type).map(({ type: _, ...v }) => v);
  assert.deepEqual(of('entity'), JSON.parse(JSON.stringify(json.entities)));
  assert.deepEqual(of('figure'), JSON.parse(JSON.stringify(json.figures)));
  assert.deepEqual(of('finding'), JSON.parse(JSON.stringify(json.findings)));
  assert.equal(rest.length, json.entities.length + json.figures.length + json.findings.length);
  assert.equal(summary.type, 'summary');
  assert.equal(summary.warnings, json.findings.filter((f) => f.severity === 'warning').length);
  assert.ok(summary.warnings > 0);
  assert.equal(run('--format', 'jsonl', 'corpus').status, 1, 'the exit status counts warnings as with JSON');
});

test('a folder large enough for worker threads gives the same report as one read on a single thread', () => {
  // 80 articles (more than the pool's threshold): the threads finish in any order, the corpus is built in
  // the order of the files, so the report is the one a single thread makes
  const big = join(dir, 'many');
  mkdirSync(big);
  const cities = ['Toledo', 'Dayton', 'Akron', 'Canton'];
  for (let i = 0; i < 80; i++)
    writeFileSync(
      join(big, `${String(i).padStart(3, '0')}.txt`),
      `Strike, day ${i}\nJune 1, 2023\nUnion leader Dana Whitfield said ${4900 + (i % 7) * 20} workers walked ` +
        `out in ${cities[i % 4]}. Mayor Ann Kowalczyk said ${40 + (i % 3)} police officers were deployed.\n`,
    );
  const threads = spawnSync(process.execPath, [bin, '--format', 'json', '--max-warnings', '-1', 'many'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const single = spawnSync(process.execPath, [bin, '--format', 'json', '--max-warnings', '-1', 'many'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_WORKERS: '0' },
  });
  assert.equal(threads.status, 0, threads.stderr);
  const report = JSON.parse(threads.stdout);
  assert.equal(report.files.length, 80);
  assert.ok(report.findings.some((f) => f.verdict === 'conflict'));
  assert.equal(threads.stdout, single.stdout);
});

test('the report is written as the output takes it: a reader that is slow never has it waiting in memory', async () => {
  const { writeChunks } = createRequire(import.meta.url)(join(root, 'server/out/cli.js'));
  let written = 0;
  const out = new Writable({
    highWaterMark: 1000,
    write(chunk, _encoding, done) {
      written += chunk.length;
      setTimeout(done, 1);
    },
  });
  const waiting = [];
  function* chunks() {
    for (let i = 0; i < 50; i++) {
      waiting.push(out.writableLength);
      yield 'x'.repeat(700);
    }
    return 'warnings';
  }
  assert.equal(await writeChunks(out, chunks()), 'warnings');
  // (the next chunk is made only once the output took the last: at most one chunk past its 1,000 bytes)
  assert.ok(Math.max(...waiting) <= 1700, `${Math.max(...waiting)} bytes waiting`);
  await new Promise((r) => out.end(r));
  assert.equal(written, 50 * 700);
});

// (a terminal from util-linux's `script`; BSD's takes other options)
const utilLinuxScript = /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '');

test(
  'with stderr a terminal, one line there says each step of the run, and the report is the same',
  {
    skip: !utilLinuxScript && 'no util-linux script here to make a terminal',
  },
  () => {
    mkdirSync(join(dir, 'steps'));
    for (const f of ['a.txt', 'b.txt', 'c.txt'])
      writeFileSync(join(dir, 'steps', f), readFileSync(join(dir, 'corpus', f)));
    writeFileSync(
      join(dir, 'steps/d.txt'),
      Buffer.from('Caf\xe9 strike\nIn Toledo, 5,100 workers walked out.\n', 'latin1'),
    );
    const plain = run('--format', 'jsonl', '--max-warnings', '-1', 'steps');
    assert.equal(plain.status, 0, plain.stderr);
    // (with `CI`, which keeps the line silent, left out or set)
    const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
    const out = join(dir, 'steps.jsonl');
    const inTerminal = (redirect, ci) => {
      const env = { ...process.env };
      if (ci) env.CI = 'true';
      else delete env.CI;
      const command = `${quote(process.execPath)} ${quote(bin)} --format jsonl --max-warnings -1 steps${redirect}`;
      const r = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const shown = inTerminal(` > ${quote(out)}`, false);
    assert.equal(readFileSync(out, 'utf8'), plain.stdout);
    const steps = [
      '\rcrosscheck: reading: 0/4 articles\x1b[K',
      '\rcrosscheck: resolving names and comparing figures…\x1b[K',
      '\rcrosscheck: writing names: 0/',
      '\rcrosscheck: writing figures: 0/4 articles\x1b[K',
      '\rcrosscheck: writing findings: 0/4 articles\x1b[K',
    ];
    const at = steps.map((s) => shown.indexOf(s));
    assert.ok(
      at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1])),
      `each step in turn: ${JSON.stringify(shown)}`,
    );
    // a notice takes the line's place, on a line of its own; the line is cleared at the end
    assert.match(shown, /\r\x1b\[Kcrosscheck: steps\/d\.txt: The file is not valid UTF-8[^\r\n]*\r?\n/);
    assert.ok(shown.endsWith('\r\x1b[K'), JSON.stringify(shown.slice(-40)));
    // the report in the terminal too, or through a pipe that may end there: the line would break into it, and
    // is cleared before the report
    for (const to of ['', ' | cat']) {
      const both = inTerminal(to, false);
      assert.ok(both.includes('crosscheck: reading') && !both.includes('crosscheck: writing'), JSON.stringify(both));
      assert.ok(both.includes('\x1b[K{"type":"header"'), JSON.stringify(both.slice(0, 400)));
      assert.ok(both.includes('{"type":"summary"'));
    }
    // a pipe closed early ends the run with the line cleared
    const closed = inTerminal(' | head -c 10 > /dev/null; echo ENDED', false);
    assert.match(closed, /\r\x1b\[KENDED/, JSON.stringify(closed.slice(-200)));
    // with CI set, the notice alone
    assert.doesNotMatch(inTerminal(` > ${quote(out)}`, true), /reading|resolving|writing|\x1b/);
  },
);

test("the JSON report's members follow the review file's decisions about names", () => {
  const texts = {
    'a.txt': 'Boats\n\nThe boat was stopped on Monday, the Coast Guard said.\n',
    'b.txt': 'Arrests\n\nCoast Guard Commander Tomas Reyes said on Monday the crew was held.\n',
    'c.txt': 'Crews\n\nCoast Guard Lt. Ana Ruiz said the crew was held on Monday. Ana Ruiz spoke.\n',
    'd.txt': 'Crews\n\nCoast Guard Lt. Tomas Reyes said the crew was held.\n',
  };
  mkdirSync(join(dir, 'crews/.crosscheck'), { recursive: true });
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, 'crews', name), text);
  // (a mention as the review file records it: its text and its sentence)
  const core = createRequire(import.meta.url)(join(root, 'server/out/core.js'));
  const c = new core.Corpus();
  for (const [name, text] of Object.entries(texts)) c.set(name, text);
  const fp = (doc, text) => c.mentionFingerprint(doc, texts[doc].indexOf(text), text);
  const same = { decision: 'same', mentions: [fp('b.txt', 'Tomas Reyes'), fp('c.txt', 'Ana Ruiz')] };
  writeFileSync(
    join(dir, 'crews/.crosscheck/reviews.json'),
    JSON.stringify({ version: 2, decisions: [], names: [same] }),
  );
  const report = JSON.parse(run('--format', 'json', '--max-warnings', '-1', 'crews').stdout);
  const ids = new Set(report.entities.map((e) => e.id));
  const person = report.entities.find((e) => e.kind === 'person');
  assert.equal(report.entities.filter((e) => e.kind === 'person').length, 1);
  const body = report.entities.find((e) => e.name === 'Coast Guard');
  assert.deepEqual(
    body.members.map((m) => `${m.name}: ${m.role}`),
    [`${person.name}: Coast Guard Commander`, `${person.name}: Coast Guard Lt.`],
  );
  assert.ok(body.members.every((m) => ids.has(m.id)));
});
