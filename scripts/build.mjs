// Builds everything: the gazetteer data, then esbuild bundles of the server, the CLI, the core and the
// protocol (for tests and benchmarks) and the VS Code client. `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'server/src/core/data/gazetteer.json');
// (made again when its script changed since: a checkout that changes the script changes the data)
const stale = () => statSync(join(root, 'scripts/build-gazetteer.mjs')).mtimeMs > statSync(data).mtimeMs;
if (!existsSync(data) || stale() || process.argv.includes('--data')) {
  execFileSync(process.execPath, [join(root, 'scripts/build-gazetteer.mjs')], { stdio: 'inherit' });
}
/**
 * The core's data (server/src/core/data) is not bundled but copied beside the bundles and loaded with
 * `require`, as JSON. Inlined, the 3.7 MB gazetteer made each thread that loads the core keep a 9 MB copy
 * of its bundle's source (two bytes a character: the code holds a few curly quotes and dashes), and as an
 * object literal it cost about 30 MB more to compile.
 */
const dataBesideBundle = {
  name: 'data-beside-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/data\/[^/]+\.json$/ }, (args) =>
      args.importer.startsWith(join(root, 'server/src/core')) ? { path: args.path, external: true } : undefined,
    );
  },
};
const copyData = () => {
  const from = join(root, 'server/src/core/data'),
    to = join(root, 'server/out/data');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (f.endsWith('.json')) copyFileSync(join(from, f), join(to, f));
};
const common = {
  plugins: [dataBesideBundle],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  minify: false,
};
const builds = [
  { ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'server/out/server.js') },
  { ...common, entryPoints: [join(root, 'server/src/worker.ts')], outfile: join(root, 'server/out/worker.js') },
  { ...common, entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'server/out/cli.js') },
  { ...common, entryPoints: [join(root, 'server/src/core/index.ts')], outfile: join(root, 'server/out/core.js') },
  { ...common, entryPoints: [join(root, 'server/src/launch.ts')], outfile: join(root, 'server/out/launch.js') },
  { ...common, entryPoints: [join(root, 'server/src/protocol.ts')], outfile: join(root, 'server/out/protocol.js') },
  {
    ...common,
    entryPoints: [join(root, 'client/src/extension.ts')],
    outfile: join(root, 'client/out/extension.js'),
    external: ['vscode'],
  },
].filter((b) => existsSync(b.entryPoints[0]));
copyData();
if (process.argv.includes('--watch')) {
  for (const b of builds) await (await context(b)).watch();
} else {
  await Promise.all(builds.map((b) => build(b)));
  console.log(`built ${builds.map((b) => b.outfile.slice(root.length + 1)).join(', ')}`);
}
