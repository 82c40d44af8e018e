// `npm start`: builds, then opens seeds/ with the extension — in a desktop VS Code if one is installed
// (`code --extensionDevelopmentPath`), otherwise in code-server on 127.0.0.1 with the packaged
// extension installed, printing the URL to open. Ctrl+C stops it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  codeServerCli,
  packageVsix,
  repoRoot,
  seedsDir,
  startCodeServer,
  tools,
  writeUserSettings,
} from '../test/vscode/harness.mjs';

execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });

if (!process.argv.includes('--code-server') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  console.log('Opening seeds/ in VS Code with the extension under development…');
  spawn('code', ['--extensionDevelopmentPath', repoRoot, seedsDir], { stdio: 'inherit', detached: true }).unref();
} else {
  const t = tools({ need: ['node24', 'codeServer'] });
  const home = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'crosscheck-demo');
  const userData = join(home, 'user-data'),
    extensions = join(home, 'extensions');
  for (const d of [userData, extensions]) mkdirSync(d, { recursive: true });
  // what ships is what runs: package the .vsix and install it
  const vsix = join(home, 'crosscheck.vsix');
  packageVsix(vsix);
  codeServerCli(t, [
    '--install-extension',
    vsix,
    '--force',
    '--extensions-dir',
    extensions,
    '--user-data-dir',
    userData,
  ]);
  // the seeds are articles: give them the article highlighting (only in this demo profile)
  writeUserSettings(userData, {
    'editor.hover.delay': 300,
    'files.associations': { '**/seeds/*.txt': 'crosscheck-article' },
  });
  const server = await startCodeServer(t, {
    userData,
    extensions,
    logFile: join(home, 'code-server.log'),
    timeoutMs: 90_000,
  });
  console.log(
    `\nCrosscheck demo: open ${server.url}/?folder=${encodeURIComponent(seedsDir)}\n(code-server on 127.0.0.1 with the extension installed; Ctrl+C to stop)`,
  );
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}
