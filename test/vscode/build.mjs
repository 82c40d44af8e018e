// Bundles the extension-host suite (mocha included) into test/vscode/out/index.js.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildSuite() {
  await build({
    entryPoints: [join(here, 'suite/index.ts')],
    outfile: join(here, 'out/index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error',
  });
  return join(here, 'out');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildSuite()}/index.js`);
}
