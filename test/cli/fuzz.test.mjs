// Random bytes into the file reader (fast-check, seeded): a folder of files of random bytes, random
// UTF-8, BOMs and NULs is read by the CLI in one run that finishes with a report, whatever they hold.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin/crosscheck.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const content = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.concat([Buffer.from([0xff, 0xfe]), b])),
);

test('a folder of random files is read in one run that ends with a report', () => {
  const files = fc.sample(fc.array(content, { minLength: 20, maxLength: 20 }), { seed: 20261130, numRuns: 1 })[0];
  files.forEach((bytes, i) => writeFileSync(join(dir, `f${i}.txt`), bytes));
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--max-warnings', '-1', dir], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
  assert.equal(r.error, undefined, r.stderr);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.files.length + report.skipped.length, 20);
});
