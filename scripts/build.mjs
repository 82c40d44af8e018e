// Builds everything: the gazetteer data, then esbuild bundles of the server, the CLI, the core
// (for tests and benchmarks) and the VS Code client. `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'server/src/core/data/gazetteer.json')) || process.argv.includes('--data')) {
  execFileSync(process.execPath, [join(root, 'scripts/build-gazetteer.mjs')], { stdio: 'inherit' });
}
/**
 * Bundled data is parsed with `JSON.parse` at load time. Inlined as an object literal, the 3.7 MB gazetteer
 * cost every thread that loads the core about 30 MB more memory and 50 ms more to start.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};
const common = {
  plugins: [jsonAsString],
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
  {
    ...common,
    entryPoints: [join(root, 'client/src/extension.ts')],
    outfile: join(root, 'client/out/extension.js'),
    external: ['vscode'],
  },
].filter((b) => existsSync(b.entryPoints[0]));
if (process.argv.includes('--watch')) {
  for (const b of builds) await (await context(b)).watch();
} else {
  await Promise.all(builds.map((b) => build(b)));
  console.log(`built ${builds.map((b) => b.outfile.slice(root.length + 1)).join(', ')}`);
}
