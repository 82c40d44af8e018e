#!/usr/bin/env node
// Runs the extension-host suite (test/vscode/suite) against a copy of seeds/ in real VS Code:
//   - desktop VS Code through @vscode/test-electron when a desktop `code` is on PATH;
//   - otherwise code-server 4.139 (VS Code 1.139, from scripts/e2e-tools.sh) with the smoke-test
//     driver enabled, its workbench opened in headless chromium by playwright-core, the suite's
//     output streamed from the test extension host and its exit code taken as the verdict.
// Exit code: 0 only when every test passed. Env: CROSSCHECK_E2E_TIMEOUT (s, default 300),
// CROSSCHECK_E2E_VERBOSE=1 (stream code-server's log), CROSSCHECK_E2E_KEEP=1 (keep the temp dir),
// CROSSCHECK_E2E_HOST=code-server|electron (force a host).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { format } from 'node:util';
import { buildSuite } from './build.mjs';
import {
  cleanupLater,
  launchChromium,
  makeSandbox,
  repoRoot,
  startCodeServer,
  tools,
  writeUserSettings,
} from './harness.mjs';

const started = Date.now();
const timeoutMs = Number(process.env.CROSSCHECK_E2E_TIMEOUT || 300) * 1000;
const verbose = !!process.env.CROSSCHECK_E2E_VERBOSE;
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function desktopCode() {
  const forced = process.env.CROSSCHECK_E2E_HOST;
  if (forced === 'code-server') return undefined;
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    const candidate = join(dir, 'code');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const real = realpathSync(candidate);
    // code-server's integrated terminal puts a remote `code` helper on PATH: not a desktop build.
    if (/code-server|remote-cli|vscode-server/.test(real)) continue;
    // Linux layout: <install>/bin/code is a launcher script next to the <install>/code executable.
    const electron = join(dirname(dirname(real)), 'code');
    return existsSync(electron) ? electron : real;
  }
  if (forced === 'electron') throw new Error('CROSSCHECK_E2E_HOST=electron but no desktop `code` on PATH');
  return undefined;
}

async function runElectron(executable, testsDir) {
  const sandbox = makeSandbox('crosscheck-vscode');
  const cleanup = cleanupLater(sandbox);
  try {
    const { runTests } = await import('@vscode/test-electron');
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsDir,
      launchArgs: [
        sandbox.workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${sandbox.userData}`,
        `--extensions-dir=${sandbox.extensions}`,
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    cleanup();
  }
}

let summary;
// Workbench chatter that reaches the same console as mocha; shown only with CROSSCHECK_E2E_VERBOSE.
const noise =
  /ENOTFOUND open-vsx\.org|^SettingsEditor2: |^Creating a socket|^Resolv(ing|ed) connection token|^\[reconnection-grace-time\]|^Updating additional builtin extensions cache|^\[Service Worker\]|^\[AgentHost|^\[AccountPolicyGate\]/;

async function runCodeServer(testsDir) {
  const t = tools();
  const sandbox = makeSandbox('crosscheck-vscode');
  const cleanup = cleanupLater(sandbox);
  writeUserSettings(sandbox.userData);
  const logFile = join(sandbox.dir, 'code-server.log');
  let server;
  let context;
  try {
    server = await startCodeServer(t, {
      userData: sandbox.userData,
      extensions: sandbox.extensions,
      logFile,
      verbose,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    console.log(`[e2e] code-server ready on ${server.url} (${secs()})`);
    context = await launchChromium(t, sandbox.profile);
    const page = context.pages()[0] ?? (await context.newPage());
    let settle;
    const verdict = new Promise((resolve) => {
      settle = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = Array.isArray(args) ? format(...args) : format(args);
      const m = /^(\d+) passed, (\d+) failed$/m.exec(line);
      if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
      else if (verbose || !noise.test(line)) console.log(line); // the summary is printed once, as the very last line
    });
    if (verbose) page.on('pageerror', (e) => console.error(`[page] ${e.message}`));

    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(testsDir)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(
      `${server.url}/?folder=${encodeURIComponent(sandbox.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    );
    let timer;
    const result = await Promise.race([
      verdict,
      new Promise((resolve) => {
        timer = setTimeout(() => resolve({ timeout: true }), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (result.timeout) {
      console.error(
        `[e2e] timed out after ${timeoutMs / 1000} s; the end of code-server's log:\n${server.logTail().slice(-4000)}`,
      );
      return 1;
    }
    if (result.code !== 0) {
      if (!summary)
        console.error(
          `[e2e] the test extension host exited with ${result.code}; the end of code-server's log:\n${server.logTail().slice(-4000)}`,
        );
      return result.code || 1;
    }
    if (!summary || summary.failed > 0 || summary.passed === 0) {
      console.error('[e2e] the extension host exited 0 but the suite did not report its tests passing');
      return 1;
    }
    return 0;
  } finally {
    await context?.close().catch(() => undefined);
    await server?.stop();
    cleanup();
  }
}

let code = 1;
try {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  const testsDir = await buildSuite();
  const desktop = desktopCode();
  console.log(`[e2e] running the suite in ${desktop ? `desktop VS Code (${desktop})` : 'code-server'} (${secs()})`);
  code = desktop ? await runElectron(desktop, testsDir) : await runCodeServer(testsDir);
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.stack : String(error)}`);
  code = 1;
}
console.log(`[e2e] ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${secs()}`);
// The closing line CI reads (the electron path has printed the suite's own).
if (summary || code !== 0)
  console.log(`${summary?.passed ?? 0} passed, ${Math.max(summary?.failed ?? 0, code === 0 ? 0 : 1)} failed`);
process.exit(code);
