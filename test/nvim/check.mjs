#!/usr/bin/env node
// Crosscheck's language server in Neovim (Debian's 0.7, headless, LSP over stdio) on a copy of
// seeds/: diagnostics arrive for 003 without opening it, hover on "Homan" shows Tom Homan,
// definition from "Homan" lands on "Tom Homan", and a file whose URI Neovim spells otherwise than the
// server is one article. The checks are in check.lua.
// Exit code 0 only when every check passed; the last line is `N passed, M failed`.
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSandbox, repoRoot, tools } from '../vscode/harness.mjs';

const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const timeoutMs = Number(process.env.CROSSCHECK_E2E_TIMEOUT || 120) * 1000;

let code = 1;
let summary;
let sandbox;
try {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  const t = tools({ need: ['nvim'] });
  sandbox = makeSandbox('crosscheck-nvim');
  const child = spawn(
    t.nvim,
    ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(here, 'check.lua')}`],
    {
      cwd: sandbox.workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CROSSCHECK_NODE: process.execPath,
        CROSSCHECK_SERVER: join(repoRoot, 'server/out/server.js'),
        CROSSCHECK_WORKSPACE: sandbox.workspace,
        XDG_STATE_HOME: join(sandbox.dir, 'state'), // Neovim's lsp.log goes here, not to ~
        XDG_CACHE_HOME: join(sandbox.dir, 'cache'),
      },
    },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => process.stderr.write(d));
  const timer = setTimeout(() => {
    console.error(`[nvim] timed out after ${timeoutMs / 1000} s`);
    child.kill('SIGKILL');
  }, timeoutMs);
  const exit = await new Promise((r) => child.on('exit', (c, s) => r(c ?? (s ? 1 : 0))));
  clearTimeout(timer);
  for (const line of out.split('\n')) {
    const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
    if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
    else if (line.trim()) console.log(line);
  }
  code = exit !== 0 ? exit : !summary || summary.failed > 0 || summary.passed === 0 ? 1 : 0;
  if (exit === 0 && !summary) console.error('[nvim] Neovim exited 0 without reporting its checks');
} catch (error) {
  console.error(`[nvim] ${error instanceof Error ? error.stack : String(error)}`);
  code = 1;
} finally {
  sandbox?.remove();
}
console.log(
  `[nvim] ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${summary?.passed ?? 0} passed, ${Math.max(summary?.failed ?? 0, code === 0 ? 0 : 1)} failed`);
process.exit(code);
