#!/usr/bin/env node
// UI smoke test of the packaged extension: builds the .vsix, installs it into an isolated
// extensions dir of code-server 4.139 (VS Code 1.139), opens a copy of seeds/, and drives the
// workbench in headless Debian chromium with playwright-core, the way a person would:
// squiggles, the Problems panel with related information, the hover card, F12, the Crosscheck view
// (activity bar, trees, status bar) and the report webview.
// Screenshots go to docs/images/ (problems.png, hover-person.png, definition.png, crosscheck-view.png,
// report.png) when every check
// passes; otherwise they stay in the kept temp dir, whose path is printed.
// Exit code 0 only when every check passed; the last line is `N passed, M failed`.
// Env: CROSSCHECK_E2E_VERBOSE=1, CROSSCHECK_E2E_KEEP=1, CROSSCHECK_UI_SHOTS=<dir> (default docs/images).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  codeServerCli,
  packageVsix,
  launchChromium,
  makeSandbox,
  repoRoot,
  startCodeServer,
  tools,
  writeUserSettings,
} from '../vscode/harness.mjs';

const started = Date.now();
const verbose = !!process.env.CROSSCHECK_E2E_VERBOSE;
const shotsDir = process.env.CROSSCHECK_UI_SHOTS || join(repoRoot, 'docs/images');
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const A001 = '001_7e3db97815033158.txt';
const A003 = '003_fc47c50a2a883f77.txt';
const A004 = '004_f756dc9fa6e98dc1.txt';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✖ ${name}\n      ${String(error instanceof Error ? error.message : error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/** Opens a file with Quick Open and waits for its tab to be active. */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: 15_000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Screen box of `word` (the nth occurrence) in the visible line of the active editor that contains `lineText`. */
async function wordBox(page, lineText, word, nth = 0) {
  return page.evaluate(
    ({ lineText, word, nth }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const lines = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])];
      const norm = (s) => s.replace(/\u00a0/g, ' ');
      const line = lines.find((l) => norm(l.textContent ?? '').includes(lineText));
      if (!line) return null;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += norm(n.textContent ?? '');
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
      if (at < 0) return null;
      const locate = (offset) => {
        const hit = nodes.findLast((x) => x.start <= offset);
        return { node: hit.node, offset: offset - hit.start };
      };
      const from = locate(at);
      const to = locate(at + word.length - 1);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { lineText, word, nth },
  );
}

/** Moves the cursor to line:col with Go to Line (Ctrl+G), so the line is revealed. */
async function goToLine(page, line, col) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${col}`); // Go to Line is quick input in ':' mode
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

const selectionStatus = (page) => page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText();

let code = 1;
let sandbox;
let server;
let context;
try {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  const t = tools();
  sandbox = makeSandbox('crosscheck-ui');
  const shots = join(sandbox.dir, 'shots');
  mkdirSync(shots, { recursive: true });

  const vsix = join(sandbox.dir, 'crosscheck.vsix');
  packageVsix(vsix, { verbose });
  const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
  codeServerCli(t, [
    '--install-extension',
    vsix,
    '--extensions-dir',
    sandbox.extensions,
    '--user-data-dir',
    sandbox.userData,
  ]);
  console.log(`[ui] packaged and installed crosscheck ${version} (${secs()})`);

  writeUserSettings(sandbox.userData, {
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    'workbench.tips.enabled': false,
    'window.restoreWindows': 'none',
  });
  server = await startCodeServer(t, {
    userData: sandbox.userData,
    extensions: sandbox.extensions,
    logFile: join(sandbox.dir, 'code-server.log'),
    verbose,
  });
  context = await launchChromium(t, sandbox.profile);
  const page = context.pages()[0] ?? (await context.newPage());
  if (verbose) page.on('console', (m) => console.error(`[page] ${m.text()}`));
  await page.goto(`${server.url}/?folder=${encodeURIComponent(sandbox.workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.getByRole('treeitem', { name: A003 }).first().waitFor({ timeout: 60_000 });
  console.log(`[ui] workbench up on ${server.url} (${secs()})`);

  await check(`${A003} shows information squiggles`, async () => {
    await openFile(page, A003);
    await page
      .locator('.editor-group-container.active .monaco-editor .squiggly-info')
      .first()
      .waitFor({ timeout: 60_000 });
    const n = await page.locator('.editor-group-container.active .monaco-editor .squiggly-info').count();
    expect(n >= 2, `expected the two rounding squiggles (500, 498), saw ${n}`);
  });

  await check(
    'the Problems panel lists the rounding finding with its related information in other articles',
    async () => {
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ timeout: 15_000 });
      let texts = [];
      const deadline = Date.now() + 20_000;
      const wanted = (ts) =>
        ts.some((x) => x.includes(A003)) &&
        ts.some((x) => x.includes('500 arrests')) &&
        ts.some((x) => x.includes(A004) && x.includes('498'));
      while (Date.now() < deadline) {
        texts = (await rows.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
        if (wanted(texts)) break;
        await page.waitForTimeout(250);
      }
      expect(
        texts.some((x) => x.includes(A003)),
        `a row for ${A003} in:\n${texts.join('\n')}`,
      );
      expect(
        texts.some((x) => x.includes('500 arrests')),
        `the "500 arrests" finding in:\n${texts.join('\n')}`,
      );
      expect(
        texts.some((x) => x.includes(A004) && x.includes('498')),
        `a related-information row in ${A004} with 498 in:\n${texts.join('\n')}`,
      );
      await page.screenshot({ path: join(shots, 'problems.png') });
    },
  );

  await check('hovering "Homan" in 004 shows the card of Tom Homan', async () => {
    await page.keyboard.press('Control+Shift+M'); // hide the panel again
    await openFile(page, A004);
    await goToLine(page, 17, 1);
    const box = await wordBox(page, 'dedicate more resources', 'Homan');
    expect(box, `"Homan" on line 17 of ${A004} is on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Tom Homan' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await hover.innerText();
    expect(/Mentions: 7 in 2 articles/.test(text), `the card counts 7 mentions in 2 articles:\n${text}`);
    await page.screenshot({ path: join(shots, 'hover-person.png') });
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
  });

  await check('F12 on "Homan" peeks both introductions (004 and 001) and opens the one in 001', async () => {
    const box = await wordBox(page, 'dedicate more resources', 'Homan');
    expect(box, '"Homan" is on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(5, 400);
    await page.keyboard.press('F12');
    const peek = page.locator('.peekview-widget').first();
    await peek.waitFor({ state: 'visible', timeout: 15_000 });
    const rows = peek.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 });
    const texts = (await rows.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    expect(
      texts.some((x) => x.includes(A004)) && texts.some((x) => x.includes(A001)),
      `peek lists ${A004} and ${A001}:\n${texts.join('\n')}`,
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, 'definition.png') });
    // Open the reference in 001: expand its file row, then double-click its one reference row
    // (001 line 14: "Meanwhile, Trump’s border czar, Tom Homan, has warned…").
    const fileRow = rows.filter({ hasText: A001 }).first();
    const refRow = peek.locator('.monaco-list-row[aria-level="2"]', { hasText: 'border czar' }).first();
    await fileRow.click();
    if (
      !(await refRow.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await page.keyboard.press('ArrowRight');
      await refRow.waitFor({ timeout: 5000 });
    }
    await refRow.dblclick();
    const tab001 = page.locator(`.tabs-container .tab.active[aria-label*="${A001}"]`);
    let opened = await tab001.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    );
    if (!opened && (await refRow.isVisible())) {
      await refRow.click();
      await page.keyboard.press('Enter');
      opened = await tab001.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      );
    }
    expect(opened, `the active tab is ${A001}`);
    let status = '';
    const deadline = Date.now() + 5000;
    // Opening a reference selects it: "Ln 14, Col 42 (9 selected)" is "Tom Homan" selected from Col 33.
    const atTomHoman = /^Ln 14, Col (33|42 \(9 selected\))$/;
    while (Date.now() < deadline && !atTomHoman.test(status.trim())) {
      status = await selectionStatus(page);
      await page.waitForTimeout(100);
    }
    expect(
      atTomHoman.test(status.trim()),
      `the cursor is on "Tom Homan" in 001 (Ln 14, Col 33), status bar says "${status}"`,
    );
  });

  await check(
    'the Crosscheck activity bar icon opens the view: Findings, People (expanded to its mentions) and Places',
    async () => {
      await page.keyboard.press('Control+Shift+E'); // start from the Explorer
      const icon = page.locator('.activitybar .action-label[aria-label^="Crosscheck"]').first();
      await icon.waitFor({ timeout: 15_000 });
      await icon.click();
      for (const name of ['Findings', 'People', 'Places'])
        await page.locator('.pane-header', { hasText: name }).first().waitFor({ timeout: 15_000 });
      // Widen the side bar so the trees' labels and descriptions are readable in the screenshot.
      const sidebar = await page.locator('.part.sidebar').first().boundingBox();
      expect(sidebar, 'the side bar is visible');
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + 300);
      await page.mouse.down();
      await page.mouse.move(560, sidebar.y + 300, { steps: 8 });
      await page.mouse.up();
      const group = page.getByRole('treeitem', { name: /arrests \(Operation Safe City, nationwide\)/ }).first();
      await group.waitFor({ timeout: 15_000 });
      for (const name of [A003, A004])
        await page
          .getByRole('treeitem', { name: new RegExp(name) })
          .first()
          .waitFor({ timeout: 15_000 });
      const findings = (
        await page
          .locator('.pane', { has: page.locator('.pane-header', { hasText: 'Findings' }) })
          .first()
          .locator('.monaco-list-row')
          .allInnerTexts()
      ).map((x) => x.replace(/\s+/g, ' ').trim());
      expect(
        findings.filter((x) => /— rounding\s*line \d+/.test(x)).length === 3,
        `three rounding findings under the group:\n${findings.join('\n')}`,
      );
      const homan = page.getByRole('treeitem', { name: /Tom Homan/ }).first();
      await homan.waitFor({ timeout: 15_000 });
      expect(/7 mentions · 2 articles/.test(await homan.innerText()), `Tom Homan: ${await homan.innerText()}`);
      await homan.click(); // an entity expands on click; its mentions open
      const mention = page.getByRole('treeitem', { name: new RegExp(`${A001}:14`) }).first();
      await mention.waitFor({ timeout: 10_000 });
      expect(
        (await mention.innerText()).includes('border czar'),
        `the mention shows its line: ${await mention.innerText()}`,
      );
      await page
        .getByRole('treeitem', { name: /New York City/ })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.mouse.move(700, 500);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(shots, 'crosscheck-view.png') });
      // 001 is open from the F12 check with "Tom Homan" selected: move its cursor away first.
      await openFile(page, A001);
      await goToLine(page, 3, 1);
      expect(
        (await selectionStatus(page)).trim() === 'Ln 3, Col 1',
        `the cursor left line 14: ${await selectionStatus(page)}`,
      );
      await mention.click();
      await page.locator(`.tabs-container .tab.active[aria-label*="${A001}"]`).waitFor({ timeout: 10_000 });
      let status = '';
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !/^Ln 14, Col 42 \(9 selected\)$/.test(status.trim())) {
        status = await selectionStatus(page);
        await page.waitForTimeout(100);
      }
      expect(
        /^Ln 14, Col 42 \(9 selected\)$/.test(status.trim()),
        `clicking the mention selects "Tom Homan" (Col 33-42) on line 14 of ${A001}; status bar: "${status}"`,
      );
    },
  );

  await check('the status bar counts articles and findings and opens the Crosscheck view', async () => {
    const item = page
      .locator('.statusbar-item', { hasText: /Crosscheck: 5 articles · 3 roundings · 0 conflicts/ })
      .first();
    await item.waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.pane-header', { hasText: 'Findings' }).first().waitFor({ state: 'hidden', timeout: 10_000 });
    await item.click();
    await page.locator('.pane-header', { hasText: 'Findings' }).first().waitFor({ timeout: 10_000 });
  });

  await check('Crosscheck: Show Report opens the claims matrix; clicking a figure opens its sentence', async () => {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Crosscheck: Show Report');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Report' })
      .first()
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Crosscheck Report' }).first().waitFor({ timeout: 15_000 });
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe');
    await frame.locator('h1', { hasText: 'Crosscheck report' }).waitFor({ timeout: 15_000 });
    const row = frame.locator('tr', {
      has: frame.locator('td', { hasText: 'arrests (Operation Safe City, nationwide)' }),
    });
    expect((await row.count()) === 1, 'the matrix has the arrests row');
    const figures = (await row.locator('a[data-uri]').allInnerTexts()).map((x) => x.trim());
    expect(
      JSON.stringify(figures) === JSON.stringify(['500', '498', 'Nearly 500', '498']),
      `the row links 500 and 498 of 003, Nearly 500 and 498 of 004: ${JSON.stringify(figures)}`,
    );
    // Without the side bar the matrix fits: every article's column, with the figures of 003 and 004.
    await page.keyboard.press('Control+B');
    await page.locator('.part.sidebar').first().waitFor({ state: 'hidden', timeout: 10_000 });
    await page.mouse.move(700, 780);
    await page.waitForTimeout(500);
    const box = await row.locator(`a[data-uri$="${A004}"]`).last().boundingBox();
    expect(box && box.x + box.width < 1400, `the figures of ${A004} are on screen: ${JSON.stringify(box)}`);
    await page.screenshot({ path: join(shots, 'report.png') });
    // The 498 of 004 (line 7, "arresting 498"), clicked in the webview, opens 004 with the cursor on it.
    await row.locator(`a[data-uri$="${A004}"]`, { hasText: /^498$/ }).first().click();
    await page.locator(`.tabs-container .tab.active[aria-label*="${A004}"]`).waitFor({ timeout: 10_000 });
    let status = '';
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !/^Ln 7, Col \d+$/.test(status.trim())) {
      status = await selectionStatus(page);
      await page.waitForTimeout(100);
    }
    expect(
      /^Ln 7, Col 78$/.test(status.trim()),
      `the cursor is on the 498 of ${A004} (Ln 7, Col 78); status bar: "${status}"`,
    );
  });

  const failed = results.filter((r) => !r.ok).length;
  if (failed === 0) {
    mkdirSync(shotsDir, { recursive: true });
    for (const name of ['problems.png', 'hover-person.png', 'definition.png', 'crosscheck-view.png', 'report.png'])
      copyFileSync(join(shots, name), join(shotsDir, name));
    console.log(`[ui] screenshots in ${shotsDir}`);
  } else {
    process.env.CROSSCHECK_E2E_KEEP = '1';
    console.log(`[ui] screenshots and code-server's log kept in ${sandbox.dir}`);
  }
  code = failed === 0 && results.length > 0 ? 0 : 1;
} catch (error) {
  console.error(`[ui] ${error instanceof Error ? error.stack : String(error)}`);
  if (server) console.error(`[ui] the end of code-server's log:\n${server.logTail().slice(-3000)}`);
  results.push({ name: 'harness', ok: false });
  code = 1;
} finally {
  await context?.close().catch(() => undefined);
  await server?.stop();
  if (sandbox && !process.env.CROSSCHECK_E2E_KEEP) sandbox.remove();
  else if (sandbox) console.log(`[ui] kept ${sandbox.dir}`);
}
console.log(`[ui] ${code === 0 ? 'passed' : 'failed'} in ${secs()}`);
console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
process.exit(code);
