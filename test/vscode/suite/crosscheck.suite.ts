// Crosscheck through the real `vscode` API, on a copy of seeds/ opened as the workspace folder.
// Tests run in order: the first ones must see 003 before anything opens it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'crosscheck.crosscheck';
const A001 = '001_7e3db97815033158.txt';
const A003 = '003_fc47c50a2a883f77.txt';
const A004 = '004_f756dc9fa6e98dc1.txt';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}
const file = (name: string): vscode.Uri => vscode.Uri.joinPath(root(), name);
const base = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** The file's text as on disk, read without opening a document (which would tell the server). */
async function diskText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(file(name)));
}

/** The position of the `nth` occurrence of `word` on 0-based `line` of `text`. */
function at(text: string, line: number, word: string, nth = 0): vscode.Position {
  const lineText = text.split(/\r?\n/)[line] ?? '';
  let col = -1;
  for (let i = 0; i <= nth; i++) col = lineText.indexOf(word, col + 1);
  assert.ok(col >= 0, `"${word}" is on line ${line + 1}: ${lineText}`);
  return new vscode.Position(line, col);
}
function rangeOf(text: string, line: number, word: string, nth = 0): vscode.Range {
  const start = at(text, line, word, nth);
  return new vscode.Range(start, start.translate(0, word.length));
}
const where = (uri: vscode.Uri, range: vscode.Range): string =>
  `${base(uri)}:${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (d: vscode.Diagnostic): string | undefined =>
  d.code === undefined ? undefined : typeof d.code === 'object' ? String(d.code.value) : String(d.code);
const describeDiagnostics = (ds: readonly vscode.Diagnostic[]): string =>
  ds.map((d) => `${where(vscode.Uri.file('/x'), d.range).slice(2)} [${codeOf(d)}] ${d.message}`).join('\n  ') || '(none)';
const snapshot = (ds: readonly vscode.Diagnostic[]): string =>
  JSON.stringify(ds.map((d) => [codeOf(d), d.severity, d.range.start.line, d.range.start.character, d.range.end.character, d.message]));

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n---\n');
}
async function hover(uri: vscode.Uri, position: vscode.Position, until: (text: string) => boolean): Promise<string> {
  let text = '';
  await waitFor('a hover', async () => {
    text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
    return until(text);
  }, 15_000).catch((error) => { throw new Error(`${String(error)}; last hover: ${text || '(none)'}`); });
  return text;
}

type Loc = { uri: vscode.Uri; range: vscode.Range };
function locations(result: (vscode.Location | vscode.LocationLink)[] | undefined): Loc[] {
  return (result ?? []).map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : l));
}
const hasLoc = (locs: Loc[], name: string, range: vscode.Range): boolean =>
  locs.some((l) => base(l.uri) === name && l.range.isEqual(range));

async function openDoc(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(file(name));
}

export function register(): void {
  let t001 = '';
  let t003 = '';
  let t004 = '';

  suiteSetup(async function () {
    this.timeout(120_000);
    [t001, t003, t004] = await Promise.all([diskText(A001), diskText(A003), diskText(A004)]);
  });

  suite('activation', () => {
    test('the extension is installed and activates', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is present`);
      await ext.activate();
      assert.equal(ext.isActive, true);
    });

    test('contributes crosscheck.reindexCorpus and crosscheck.openSettings', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['crosscheck.reindexCorpus', 'crosscheck.openSettings']) assert.ok(commands.includes(id), `command ${id} is registered`);
    });
  });

  suite('diagnostics', () => {
    test('a never-opened article gets a figure-rounding diagnostic with related information across articles', async function () {
      this.timeout(90_000);
      const uri = file(A003);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${A003} has not been opened`);
      const fiveHundred = rangeOf(t003, 0, '500');
      const diagnostic = await waitFor(`a diagnostic on ${A003} line 1 "500"`, () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.range.isEqual(fiveHundred)), 60_000)
        .catch((e) => { throw new Error(`${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`); });
      assert.equal(codeOf(diagnostic), 'figure-rounding', diagnostic.message);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnostic.source, 'crosscheck');
      assert.match(diagnostic.message, /498/);
      const related = (diagnostic.relatedInformation ?? []).map((r) => r.location);
      const describe = related.map((l) => where(l.uri, l.range)).join(', ');
      assert.ok(hasLoc(related, A004, rangeOf(t004, 6, '498')), `related information points at ${A004} line 7 "498" (has: ${describe})`);
      assert.ok(hasLoc(related, A003, rangeOf(t003, 8, '498')), `related information points at ${A003} line 9 "498" (has: ${describe})`);
    });

    test('the other side of the finding is reported too (004 line 7 "498" links back to 003 "500")', async () => {
      const uri = file(A004);
      const fourNinetyEight = rangeOf(t004, 6, '498');
      const diagnostic = await waitFor(`a diagnostic on ${A004} line 7 "498"`, () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.range.isEqual(fourNinetyEight)));
      assert.equal(codeOf(diagnostic), 'figure-rounding');
      const related = (diagnostic.relatedInformation ?? []).map((r) => r.location);
      assert.ok(hasLoc(related, A003, rangeOf(t003, 0, '500')), 'related information points at 003 line 1 "500"');
    });
  });

  suite('hover', () => {
    test('hover on "Homan" shows the entity card of Tom Homan', async () => {
      const text = await hover(file(A004), at(t004, 16, 'Homan').translate(0, 2), (t) => t.includes('Tom Homan'));
      assert.ok(text.includes('Tom Homan'), text);
      assert.match(text, /Mentions: 7 in 2 articles/, text);
    });

    test('hover on a figure shows a comparison table with the other articles', async () => {
      const text = await hover(file(A003), at(t003, 0, '500').translate(0, 1), (t) => t.includes('|'));
      assert.match(text, /\|\s*498\s*\|/, text);
      assert.ok(text.includes(A004), `the table names ${A004}:\n${text}`);
    });

    test('hover on "Philly" resolves to Philadelphia', async () => {
      const text = await hover(file(A003), at(t003, 20, 'Philly').translate(0, 2), (t) => t.includes('Philadelphia'));
      assert.ok(text.includes('Philadelphia'), text);
    });
  });

  suite('navigation', () => {
    test('go to definition on "Homan" reaches the introducing mention here and in another article', async () => {
      const locs = locations(await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', file(A004), at(t004, 16, 'Homan').translate(0, 1)));
      const describe = locs.map((l) => where(l.uri, l.range)).join(', ') || '(none)';
      assert.ok(hasLoc(locs, A004, rangeOf(t004, 12, 'Tom Homan')), `${A004} line 13 "Tom Homan" in ${describe}`);
      assert.ok(hasLoc(locs, A001, rangeOf(t001, 13, 'Tom Homan')), `${A001} line 14 "Tom Homan" in ${describe}`);
    });

    test('go to definition on "Philly" lands on "Philadelphia"', async () => {
      const locs = locations(await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', file(A003), at(t003, 20, 'Philly').translate(0, 1)));
      assert.ok(locs.length > 0, 'a definition');
      for (const l of locs) {
        const text = (await openDoc(base(l.uri))).getText(l.range);
        assert.equal(text, 'Philadelphia', `${where(l.uri, l.range)} is "${text}"`);
      }
      assert.ok(hasLoc(locs, A003, rangeOf(t003, 14, 'Philadelphia')), `${A003} line 15 "Philadelphia"`);
    });

    test('F12 (editor.action.revealDefinition) moves the cursor to "Tom Homan"', async () => {
      const config = vscode.workspace.getConfiguration('editor');
      const before = config.inspect('gotoLocation.multipleDefinitions')?.globalValue;
      await config.update('gotoLocation.multipleDefinitions', 'goto', vscode.ConfigurationTarget.Global);
      try {
        const editor = await vscode.window.showTextDocument(await openDoc(A004));
        const homan = at(t004, 16, 'Homan').translate(0, 1);
        editor.selection = new vscode.Selection(homan, homan);
        await vscode.commands.executeCommand('editor.action.revealDefinition');
        const target = rangeOf(t004, 12, 'Tom Homan');
        await waitFor('the cursor to move to the definition', () => {
          const active = vscode.window.activeTextEditor;
          return active && base(active.document.uri) === A004 && target.contains(active.selection.active);
        }, 10_000).catch((e) => {
          const active = vscode.window.activeTextEditor;
          throw new Error(`${String(e)}; active: ${active ? where(active.document.uri, active.selection) : 'none'}`);
        });
      } finally {
        await config.update('gotoLocation.multipleDefinitions', before, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    test('references on "Homan" list every mention, across articles', async () => {
      const locs = locations(await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider', file(A004), at(t004, 16, 'Homan').translate(0, 1)));
      const describe = locs.map((l) => where(l.uri, l.range)).join(', ');
      const expected: { name: string; pos: vscode.Position }[] = [];
      for (const [name, text] of [[A001, t001], [A004, t004]] as const) {
        text.split(/\r?\n/).forEach((line, i) => {
          for (const m of line.matchAll(/\bHoman\b/g)) expected.push({ name, pos: new vscode.Position(i, m.index ?? 0) });
        });
      }
      assert.equal(expected.length, 7, 'the seeds mention Homan 7 times');
      for (const e of expected) {
        assert.ok(locs.some((l) => base(l.uri) === e.name && l.range.contains(e.pos)),
          `a reference covers ${e.name}:${e.pos.line + 1}:${e.pos.character + 1} (has: ${describe})`);
      }
      assert.equal(locs.length, expected.length, `exactly the mentions (has: ${describe})`);
    });
  });

  suite('symbols', () => {
    test("document symbols list the article's people and places", async () => {
      const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider', file(A004));
      const flat: { name: string; range: vscode.Range }[] = [];
      const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation): void => {
        flat.push({ name: s.name, range: 'selectionRange' in s ? s.selectionRange : s.location.range });
        if ('children' in s) s.children.forEach(walk);
      };
      (symbols ?? []).forEach(walk);
      const names = flat.map((s) => s.name);
      for (const wanted of ['Tom Homan', 'Los Angeles', 'Philadelphia', 'Denver', 'California']) {
        assert.ok(names.some((n) => n === wanted || n.startsWith(`${wanted} (`)), `"${wanted}" among ${JSON.stringify(names)}`);
      }
      assert.ok(flat.some((s) => s.range.isEqual(rangeOf(t004, 12, 'Tom Homan'))), 'a symbol selects line 13 "Tom Homan"');
      assert.ok(!names.some((n) => n.startsWith('Kristi Noem')), 'no one who is only in other articles');
    });

    test('workspace symbols find people and places across the corpus', async () => {
      const homan = await waitFor('workspace symbols for "Homan"', async () =>
        (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Homan'))
          ?.find((s) => s.name === 'Tom Homan'));
      assert.equal(base(homan.location.uri), A001);
      assert.ok(homan.location.range.isEqual(rangeOf(t001, 13, 'Tom Homan')), where(homan.location.uri, homan.location.range));
      const phil = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Phila');
      assert.ok(phil?.some((s) => s.name === 'Philadelphia'), JSON.stringify(phil?.map((s) => s.name)));
    });
  });

  suite('live cross-article updates', () => {
    test("an unsaved edit in 004 changes 003's diagnostics; undoing it restores them", async function () {
      this.timeout(90_000);
      const u003 = file(A003);
      const original = snapshot(vscode.languages.getDiagnostics(u003));
      const doc = await openDoc(A004);
      const figure = rangeOf(t004, 6, '498');
      assert.equal(doc.getText(figure), '498');

      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, figure, '560');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
      assert.ok(doc.isDirty, 'the edit is not saved');
      try {
        const fiveHundred = rangeOf(t003, 0, '500');
        const conflict = await waitFor(`a figure-conflict on ${A003} line 1 "500"`, () =>
          vscode.languages.getDiagnostics(u003).find((d) => d.range.isEqual(fiveHundred) && codeOf(d) === 'figure-conflict'), 30_000)
          .catch((e) => { throw new Error(`${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(u003))}`); });
        assert.match(conflict.message, /560/);
        assert.ok((conflict.relatedInformation ?? []).some((r) => base(r.location.uri) === A004 && r.location.range.isEqual(figure)),
          'the conflict links to the edited figure in 004');
        assert.ok((await diskText(A004)).includes('arrested 498'), 'the file on disk is untouched');
      } finally {
        const undo = new vscode.WorkspaceEdit();
        undo.replace(doc.uri, new vscode.Range(figure.start, figure.start.translate(0, 3)), '498');
        await vscode.workspace.applyEdit(undo);
      }
      await waitFor(`${A003}'s diagnostics to return to what they were`, () => snapshot(vscode.languages.getDiagnostics(u003)) === original, 30_000)
        .catch((e) => { throw new Error(`${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(u003))}`); });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(doc.isDirty, false);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });

  suite('commands', () => {
    test('crosscheck.reindexCorpus re-indexes and the findings are still there', async function () {
      this.timeout(60_000);
      await vscode.commands.executeCommand('crosscheck.reindexCorpus');
      const fiveHundred = rangeOf(t003, 0, '500');
      await waitFor('the rounding finding after re-indexing', () =>
        vscode.languages.getDiagnostics(file(A003)).some((d) => d.range.isEqual(fiveHundred) && codeOf(d) === 'figure-rounding'));
    });

    test('crosscheck.openSettings opens the settings editor', async () => {
      await vscode.commands.executeCommand('crosscheck.openSettings');
      await waitFor('the settings editor', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes('Settings'), 10_000);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });

  suite('the Crosscheck view, status bar and report', () => {
    type Api = {
      findings: vscode.TreeDataProvider<unknown>; people: vscode.TreeDataProvider<unknown>; places: vscode.TreeDataProvider<unknown>;
      statusText(): string; refresh(): Promise<void>;
    };
    const api = (): Api => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    const labels = async (tree: vscode.TreeDataProvider<unknown>, node?: unknown): Promise<string[]> =>
      ((await tree.getChildren(node)) ?? []).map((n) => String((tree.getTreeItem(n) as vscode.TreeItem).label));

    test('the status bar counts articles and findings as the diagnostics do', async function () {
      this.timeout(30_000);
      const roundings = () => vscode.languages.getDiagnostics().flatMap(([, ds]) => ds).filter((d) => codeOf(d) === 'figure-rounding').length;
      await waitFor('the status bar after indexing', () => api().statusText().includes('5 articles'));
      assert.equal(api().statusText(), `$(checklist) Crosscheck: 5 articles · ${roundings()} roundings · 0 conflicts`);
    });

    test('Findings are grouped by comparison group, then article; People and Places list mentions', async function () {
      this.timeout(30_000);
      await api().refresh();
      const groups = await labels(api().findings);
      assert.deepEqual(groups, ['arrests (Operation Safe City, nationwide)']);
      const [group] = (await api().findings.getChildren()) ?? [];
      assert.deepEqual(await labels(api().findings, group), [A003, A004]);
      const people = await labels(api().people);
      assert.equal(people[0], 'Tom Homan');
      const [homan] = (await api().people.getChildren()) ?? [];
      const mentions = (await api().people.getChildren(homan)) ?? [];
      assert.equal(mentions.length, 7);
      const item = api().people.getTreeItem(mentions[0]) as vscode.TreeItem;
      assert.equal(item.command?.command, 'vscode.open');
      assert.ok((await labels(api().places)).includes('Philadelphia'));
    });

    test('next and previous finding move across articles', async function () {
      this.timeout(30_000);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('crosscheck.nextFinding');
      const first = vscode.window.activeTextEditor!;
      assert.equal(base(first.document.uri), A003);
      assert.equal(first.selection.start.line, 0);
      await vscode.commands.executeCommand('crosscheck.nextFinding');
      assert.equal(vscode.window.activeTextEditor!.selection.start.line, 8);
      await vscode.commands.executeCommand('crosscheck.previousFinding');
      assert.equal(vscode.window.activeTextEditor!.selection.start.line, 0);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('Show Report opens the report webview; Export Report writes the claims matrix', async function () {
      this.timeout(30_000);
      await vscode.commands.executeCommand('crosscheck.showReport');
      await waitFor('the report tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Crosscheck Report'));
      const target = vscode.Uri.joinPath(root(), 'report.md');
      await vscode.commands.executeCommand('crosscheck.exportReport', target);
      const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(md, /^# Crosscheck report/);
      assert.match(md, /\| arrests \(Operation Safe City, nationwide\) \| ≈ rounding \|/);
      await vscode.workspace.fs.delete(target);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
