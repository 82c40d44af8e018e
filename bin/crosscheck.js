#!/usr/bin/env node
// Crosscheck's command-line tool; the code is bundled in server/out/cli.js (`npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const v8 = require('node:v8');
const { spawnSync } = require('node:child_process');

const cli = path.join(__dirname, '..', 'server', 'out', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('crosscheck: not built yet; run `npm run build` first\n');
  process.exit(2);
}

// The JavaScript heap stops at about 4 GB whatever the machine has, and a corpus of 100,000 articles
// needs more than half of that (2.3 GB at the peak in the benchmark): the tool runs again with room for up
// to three quarters of the machine's memory, unless a limit was given (node --max-old-space-size, or in
// NODE_OPTIONS), in the environment the language server has and with the command line's flags
// (server/src/launch.ts). (Not when an argument is no valid UTF-8: Node passes arguments on as UTF-8, and
// the file name's bytes would be lost.)
const { CLI_NODE_ARGS, PROCESS_ENV } = require(path.join(__dirname, '..', 'server', 'out', 'launch.js'));
const MB = 1024 * 1024;
const room = Math.floor((os.totalmem() * 0.75) / MB);
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  /^--max[-_]old[-_]space[-_]size/.test(a),
);
const lossy = process.argv.some((a) => a.includes('\ufffd'));
if (!given && !lossy && !process.env.CROSSCHECK_HEAP && room > (v8.getHeapStatistics().heap_size_limit / MB) * 1.25) {
  const r = spawnSync(
    process.execPath,
    [...CLI_NODE_ARGS, ...process.execArgv, `--max-old-space-size=${room}`, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, ...PROCESS_ENV, CROSSCHECK_HEAP: String(room) } },
  );
  if (r.error) {
    process.stderr.write(`crosscheck: could not start: ${r.error.message}\n`);
    process.exit(2);
  }
  // (killed by a signal: the shell's convention, 128 + its number)
  process.exit(r.status ?? 128 + (os.constants.signals[r.signal] ?? 0));
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
