#!/usr/bin/env node
// Crosscheck's command-line tool; the code is bundled in server/out/cli.js (`npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'server', 'out', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('crosscheck: not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
