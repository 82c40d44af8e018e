// Entry point of the extension-host test suite (`extensionTestsPath`), the same contract as for
// @vscode/test-electron: VS Code loads this module in the extension host and awaits `run()`.
// Mocha is bundled in by esbuild (test/vscode/build.mjs), so nothing is resolved at run time.
import Mocha from 'mocha';
import { register } from './crosscheck.suite';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  // Installs suite()/test()/setup()… for the test module, as `mocha.addFile` would before requiring it.
  mocha.suite.emit('pre-require', globalThis, 'crosscheck.suite.ts', mocha);
  register();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      const failed = runner.stats?.failures ?? failures;
      // The closing line CI reads; the exit code of the extension host carries the verdict.
      console.log(`${passed} passed, ${failed} failed`);
      if (failures > 0 || passed === 0) reject(new Error(`${failures} test(s) failed, ${passed} passed`));
      else resolve();
    });
  });
}
