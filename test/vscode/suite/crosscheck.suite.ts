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

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (d: vscode.Diagnostic): string | undefined =>
  d.code === undefined ? undefined : typeof d.code === 'object' ? String(d.code.value) : String(d.code);
const describeDiagnostics = (ds: readonly vscode.Diagnostic[]): string =>
  ds.map((d) => `${where(vscode.Uri.file('/x'), d.range).slice(2)} [${codeOf(d)}] ${d.message}`).join('\n  ') ||
  '(none)';
const snapshot = (ds: readonly vscode.Diagnostic[]): string =>
  JSON.stringify(
    ds.map((d) => [
      codeOf(d),
      d.severity,
      d.range.start.line,
      d.range.start.character,
      d.range.end.character,
      d.message,
    ]),
  );

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}
async function hover(uri: vscode.Uri, position: vscode.Position, until: (text: string) => boolean): Promise<string> {
  let text = '';
  await waitFor(
    'a hover',
    async () => {
      text = hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
      );
      return until(text);
    },
    15_000,
  ).catch((error) => {
    throw new Error(`${String(error)}; last hover: ${text || '(none)'}`);
  });
  return text;
}

type Loc = { uri: vscode.Uri; range: vscode.Range };
function locations(result: (vscode.Location | vscode.LocationLink)[] | undefined): Loc[] {
  return (result ?? []).map((l) =>
    'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : l,
  );
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
      for (const id of ['crosscheck.reindexCorpus', 'crosscheck.openSettings'])
        assert.ok(commands.includes(id), `command ${id} is registered`);
    });
  });

  suite('diagnostics', () => {
    test('a never-opened article gets a figure-rounding diagnostic, related across articles', async function () {
      this.timeout(90_000);
      const uri = file(A003);
      assert.ok(
        !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
        `${A003} has not been opened`,
      );
      const fiveHundred = rangeOf(t003, 0, '500');
      const diagnostic = await waitFor(
        `a diagnostic on ${A003} line 1 "500"`,
        () => vscode.languages.getDiagnostics(uri).find((d) => d.range.isEqual(fiveHundred)),
        60_000,
      ).catch((e) => {
        throw new Error(`${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`);
      });
      assert.equal(codeOf(diagnostic), 'figure-rounding', diagnostic.message);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnostic.source, 'crosscheck');
      assert.match(diagnostic.message, /498/);
      const related = (diagnostic.relatedInformation ?? []).map((r) => r.location);
      const describe = related.map((l) => where(l.uri, l.range)).join(', ');
      assert.ok(
        hasLoc(related, A004, rangeOf(t004, 6, '498')),
        `related information points at ${A004} line 7 "498" (has: ${describe})`,
      );
      assert.ok(
        hasLoc(related, A003, rangeOf(t003, 8, '498')),
        `related information points at ${A003} line 9 "498" (has: ${describe})`,
      );
    });

    test('the other side of the finding is reported too (004 line 7 "498" links back to 003 "500")', async () => {
      const uri = file(A004);
      const fourNinetyEight = rangeOf(t004, 6, '498');
      const diagnostic = await waitFor(`a diagnostic on ${A004} line 7 "498"`, () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.range.isEqual(fourNinetyEight)),
      );
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
      const locs = locations(
        await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          file(A004),
          at(t004, 16, 'Homan').translate(0, 1),
        ),
      );
      const describe = locs.map((l) => where(l.uri, l.range)).join(', ') || '(none)';
      assert.ok(hasLoc(locs, A004, rangeOf(t004, 12, 'Tom Homan')), `${A004} line 13 "Tom Homan" in ${describe}`);
      assert.ok(hasLoc(locs, A001, rangeOf(t001, 13, 'Tom Homan')), `${A001} line 14 "Tom Homan" in ${describe}`);
    });

    test('go to definition on "Philly" lands on "Philadelphia"', async () => {
      const locs = locations(
        await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          file(A003),
          at(t003, 20, 'Philly').translate(0, 1),
        ),
      );
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
        await waitFor(
          'the cursor to move to the definition',
          () => {
            const active = vscode.window.activeTextEditor;
            return active && base(active.document.uri) === A004 && target.contains(active.selection.active);
          },
          10_000,
        ).catch((e) => {
          const active = vscode.window.activeTextEditor;
          throw new Error(`${String(e)}; active: ${active ? where(active.document.uri, active.selection) : 'none'}`);
        });
      } finally {
        await config.update('gotoLocation.multipleDefinitions', before, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    test('references on "Homan" list every mention, across articles', async () => {
      const locs = locations(
        await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          file(A004),
          at(t004, 16, 'Homan').translate(0, 1),
        ),
      );
      const describe = locs.map((l) => where(l.uri, l.range)).join(', ');
      const expected: { name: string; pos: vscode.Position }[] = [];
      for (const [name, text] of [
        [A001, t001],
        [A004, t004],
      ] as const) {
        text.split(/\r?\n/).forEach((line, i) => {
          for (const m of line.matchAll(/\bHoman\b/g))
            expected.push({ name, pos: new vscode.Position(i, m.index ?? 0) });
        });
      }
      assert.equal(expected.length, 7, 'the seeds mention Homan 7 times');
      for (const e of expected) {
        assert.ok(
          locs.some((l) => base(l.uri) === e.name && l.range.contains(e.pos)),
          `a reference covers ${e.name}:${e.pos.line + 1}:${e.pos.character + 1} (has: ${describe})`,
        );
      }
      assert.equal(locs.length, expected.length, `exactly the mentions (has: ${describe})`);
    });
  });

  suite('symbols', () => {
    test("document symbols list the article's people and places", async () => {
      const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        file(A004),
      );
      const flat: { name: string; range: vscode.Range }[] = [];
      const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation): void => {
        flat.push({ name: s.name, range: 'selectionRange' in s ? s.selectionRange : s.location.range });
        if ('children' in s) s.children.forEach(walk);
      };
      (symbols ?? []).forEach(walk);
      const names = flat.map((s) => s.name);
      for (const wanted of ['Tom Homan', 'Los Angeles', 'Philadelphia', 'Denver', 'California']) {
        assert.ok(
          names.some((n) => n === wanted || n.startsWith(`${wanted} (`)),
          `"${wanted}" among ${JSON.stringify(names)}`,
        );
      }
      assert.ok(
        flat.some((s) => s.range.isEqual(rangeOf(t004, 12, 'Tom Homan'))),
        'a symbol selects line 13 "Tom Homan"',
      );
      assert.ok(!names.some((n) => n.startsWith('Kristi Noem')), 'no one who is only in other articles');
    });

    test('workspace symbols find people and places across the corpus', async () => {
      const homan = await waitFor('workspace symbols for "Homan"', async () =>
        (
          await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
            'vscode.executeWorkspaceSymbolProvider',
            'Homan',
          )
        )?.find((s) => s.name === 'Tom Homan'),
      );
      assert.equal(base(homan.location.uri), A001);
      assert.ok(
        homan.location.range.isEqual(rangeOf(t001, 13, 'Tom Homan')),
        where(homan.location.uri, homan.location.range),
      );
      const phil = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
        'vscode.executeWorkspaceSymbolProvider',
        'Phila',
      );
      assert.ok(
        phil?.some((s) => s.name === 'Philadelphia'),
        JSON.stringify(phil?.map((s) => s.name)),
      );
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
        const conflict = await waitFor(
          `a figure-conflict on ${A003} line 1 "500"`,
          () =>
            vscode.languages
              .getDiagnostics(u003)
              .find((d) => d.range.isEqual(fiveHundred) && codeOf(d) === 'figure-conflict'),
          30_000,
        ).catch((e) => {
          throw new Error(
            `${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(u003))}`,
          );
        });
        assert.match(conflict.message, /560/);
        assert.ok(
          (conflict.relatedInformation ?? []).some(
            (r) => base(r.location.uri) === A004 && r.location.range.isEqual(figure),
          ),
          'the conflict links to the edited figure in 004',
        );
        assert.ok((await diskText(A004)).includes('arrested 498'), 'the file on disk is untouched');
      } finally {
        const undo = new vscode.WorkspaceEdit();
        undo.replace(doc.uri, new vscode.Range(figure.start, figure.start.translate(0, 3)), '498');
        await vscode.workspace.applyEdit(undo);
      }
      await waitFor(
        `${A003}'s diagnostics to return to what they were`,
        () => snapshot(vscode.languages.getDiagnostics(u003)) === original,
        30_000,
      ).catch((e) => {
        throw new Error(
          `${String(e)}\n  ${A003} has:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(u003))}`,
        );
      });
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
        vscode.languages
          .getDiagnostics(file(A003))
          .some((d) => d.range.isEqual(fiveHundred) && codeOf(d) === 'figure-rounding'),
      );
    });

    test('crosscheck.openSettings opens the settings editor', async () => {
      await vscode.commands.executeCommand('crosscheck.openSettings');
      await waitFor(
        'the settings editor',
        () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes('Settings'),
        10_000,
      );
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });

  suite('the Crosscheck view, status bar and report', () => {
    type Tree = vscode.TreeDataProvider<unknown>;
    type Api = {
      findings: Tree;
      people: Tree;
      places: Tree;
      organisations: Tree;
      statusText(): string;
      refresh(): Promise<void>;
      summary(): { articles: unknown[] } | undefined;
      summaryFetches(): number;
      filter(): { verdicts: ReadonlySet<string>; articles: ReadonlySet<string> };
      reportPanel(): vscode.WebviewPanel | undefined;
    };
    const api = (): Api => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    const children = async (tree: Tree, node?: unknown): Promise<unknown[]> => (await tree.getChildren(node)) ?? [];
    const item = async (tree: Tree, node: unknown): Promise<vscode.TreeItem> =>
      tree.getTreeItem(node) as vscode.TreeItem;
    const labels = async (tree: Tree, node?: unknown): Promise<string[]> =>
      Promise.all((await children(tree, node)).map(async (n) => String((await item(tree, n)).label)));
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const RANK: Record<string, number> = { conflict: 0, rounding: 1, updated: 2 };

    /** Crosscheck's findings as VS Code has them: every figure-* diagnostic of every article. */
    type Found = { uri: vscode.Uri; range: vscode.Range; verdict: string };
    const byPlace = (a: Found, b: Found) =>
      (a.uri.toString() < b.uri.toString() ? -1 : a.uri.toString() > b.uri.toString() ? 1 : 0) ||
      a.range.start.compareTo(b.range.start);
    const findingDiagnostics = (): Found[] =>
      vscode.languages
        .getDiagnostics()
        .flatMap(([uri, ds]) =>
          ds
            .filter((d) => d.source === 'crosscheck' && codeOf(d)?.startsWith('figure-'))
            .map((d) => ({ uri, range: d.range, verdict: codeOf(d)!.slice('figure-'.length) })),
        )
        .sort(byPlace);
    const describeFound = (fs: Found[]) =>
      fs.map((f) => `${where(f.uri, f.range)} ${f.verdict}`).join(', ') || '(none)';
    const count = (verdict: string) => findingDiagnostics().filter((f) => f.verdict === verdict).length;
    const expectedStatus = (articles: number) =>
      `$(checklist) Crosscheck: ${plural(articles, 'article')} · ${plural(count('rounding'), 'rounding')}` +
      ` · ${plural(count('conflict'), 'conflict')}` +
      (count('updated') ? ` · ${plural(count('updated'), 'update')}` : '');

    /** The Findings tree walked down to its leaves: group label and verdict, article label, and where each
     * leaf opens. */
    type Leaf = Found & { group: string; groupVerdict: string; article: string };
    async function findingLeaves(tree: Tree = api().findings): Promise<Leaf[]> {
      const out: Leaf[] = [];
      for (const g of await children(tree)) {
        const gi = await item(tree, g);
        for (const a of await children(tree, g)) {
          const ai = await item(tree, a);
          for (const f of await children(tree, a)) {
            const fi = await item(tree, f);
            assert.equal(fi.command?.command, 'vscode.open', `finding ${String(fi.label)} opens its article`);
            const [uri, options] = fi.command!.arguments as [vscode.Uri, vscode.TextDocumentShowOptions];
            out.push({
              uri,
              range: options.selection as vscode.Range,
              verdict: String(fi.label).split(' — ')[1] ?? '?',
              group: String(gi.label),
              groupVerdict: String(gi.description).split(' · ')[0],
              article: String(ai.label),
            });
          }
        }
      }
      return out;
    }

    test('the status bar counts articles and findings as the diagnostics do', async function () {
      this.timeout(30_000);
      const articles = (await vscode.workspace.findFiles('**/*.txt')).length;
      assert.equal(articles, 5, 'the workspace is the five seeds');
      await waitFor(
        'the status bar after indexing',
        () => api().statusText() === expectedStatus(articles),
        20_000,
      ).catch((e) => {
        throw new Error(`${String(e)}; status bar: "${api().statusText()}", expected "${expectedStatus(articles)}"`);
      });
      assert.ok(count('rounding') > 0, 'the seeds have roundings');
    });

    test('Findings lists every finding by comparison group, then article, in position order', async function () {
      this.timeout(30_000);
      await api().refresh();
      const diagnostics = findingDiagnostics();
      const leaves = await findingLeaves();
      assert.equal(
        describeFound(leaves),
        describeFound(diagnostics),
        'the tree shows exactly the diagnostics, in file and position order',
      );
      assert.deepEqual([...new Set(leaves.map((l) => l.group))], ['arrests (Operation Safe City, nationwide)']);
      assert.deepEqual([...new Set(leaves.map((l) => l.article))], [A003, A004]);
      for (const l of leaves)
        assert.equal(l.groupVerdict, 'rounding', `${where(l.uri, l.range)} is under a rounding group`);
      // A finding opens its figure.
      const first = leaves[0];
      const [group] = await children(api().findings);
      const [article] = await children(api().findings, group);
      const [leaf] = await children(api().findings, article);
      const cmd = (await item(api().findings, leaf)).command!;
      // its tooltip, asked for when shown: the finding's message and the figure it disagrees with
      const shown = await api().findings.resolveTreeItem!(
        await item(api().findings, leaf),
        leaf,
        new vscode.CancellationTokenSource().token,
      );
      const tooltip = (shown?.tooltip as vscode.MarkdownString | undefined)?.value ?? '';
      const diagnostic = vscode.languages
        .getDiagnostics(first.uri)
        .find((d) => d.source === 'crosscheck' && d.range.isEqual(first.range))!;
      // (appendText escapes Markdown: "004\\_…")
      assert.ok(tooltip.includes('498') && tooltip.replace(/\\(.)/g, '$1').includes(`${A004}:`), tooltip);
      assert.ok(diagnostic.message.includes('498'), diagnostic.message);
      await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
      const editor = await waitFor('the finding to open', () => vscode.window.activeTextEditor);
      assert.equal(where(editor.document.uri, editor.selection), where(first.uri, first.range));
      assert.equal(editor.document.getText(editor.selection), '500');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('People and Places count mentions and articles; a mention shows its line and opens it', async function () {
      this.timeout(30_000);
      const people = await labels(api().people);
      assert.equal(people[0], 'Tom Homan', `people: ${people.join(', ')}`);
      const [homan] = await children(api().people);
      assert.equal((await item(api().people, homan)).description, '7 mentions · 2 articles');
      assert.equal((await item(api().people, homan)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      const mentions = await children(api().people, homan);
      assert.equal(mentions.length, 7);
      const texts: Record<string, string> = { [A001]: t001, [A004]: t004 };
      for (const m of mentions) {
        const mi = await item(api().people, m);
        const [name, line] = String(mi.label).split(':');
        assert.ok(name in texts, `${String(mi.label)} is in 001 or 004`);
        const lineText = texts[name].split(/\r?\n/)[Number(line) - 1].trim();
        const shown = String(mi.description).replace(/…$/, '');
        assert.ok(
          lineText.startsWith(shown) && shown.length >= Math.min(lineText.length, 60),
          `${String(mi.label)} shows its line: "${String(mi.description)}"`,
        );
        assert.match(lineText, /Homan/);
      }
      const mi = await item(api().people, mentions[0]);
      await vscode.commands.executeCommand(mi.command!.command, ...(mi.command!.arguments ?? []));
      const editor = await waitFor('the mention to open', () => vscode.window.activeTextEditor);
      assert.match(editor.document.getText(editor.selection), /Homan$/);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const places = await labels(api().places);
      assert.ok(places.includes('Philadelphia'), `places: ${places.join(', ')}`);
      const phil = (await children(api().places))[places.indexOf('Philadelphia')];
      assert.match(String((await item(api().places, phil)).description), /^\d+ mentions · 3 articles$/);
      assert.ok(!people.includes('Philadelphia') && !places.includes('Tom Homan'), 'people and places are apart');
    });

    test('the filter narrows the trees by verdict and by article; Clear Filter restores them', async function () {
      this.timeout(30_000);
      const all = await findingLeaves();
      const allPeople = await labels(api().people);
      try {
        await vscode.commands.executeCommand('crosscheck.filter', { verdicts: ['conflict'] });
        assert.deepEqual([...api().filter().verdicts], ['conflict']);
        assert.equal(describeFound(await findingLeaves()), describeFound(all.filter((l) => l.verdict === 'conflict')));
        await vscode.commands.executeCommand('crosscheck.filter', { verdicts: ['rounding', 'updated'] });
        assert.equal(describeFound(await findingLeaves()), describeFound(all.filter((l) => l.verdict !== 'conflict')));

        const u004 = file(A004).toString();
        await vscode.commands.executeCommand('crosscheck.filter', { articles: [u004] });
        const only004 = await findingLeaves();
        assert.ok(only004.length > 0, 'findings in 004');
        assert.equal(describeFound(only004), describeFound(all.filter((l) => l.uri.toString() === u004)));
        const people = await labels(api().people);
        assert.ok(
          people.includes('Tom Homan') && !people.includes('Kristi Noem'),
          `people of 004: ${people.join(', ')}`,
        );
        const [homan] = await children(api().people);
        const mentions = await Promise.all((await children(api().people, homan)).map((m) => item(api().people, m)));
        assert.equal(mentions.length, [...t004.matchAll(/\bHoman\b/g)].length);
        assert.ok(mentions.every((m) => String(m.label).startsWith(`${A004}:`)));
      } finally {
        await vscode.commands.executeCommand('crosscheck.clearFilter');
      }
      assert.equal(describeFound(await findingLeaves()), describeFound(all));
      assert.deepEqual(await labels(api().people), allPeople);
    });

    test('next and previous finding visit the diagnostics by file, then position, and wrap around', async function () {
      this.timeout(30_000);
      const order = findingDiagnostics();
      assert.ok(order.length >= 3, describeFound(order));
      const at = () => {
        const e = vscode.window.activeTextEditor;
        return e ? where(e.document.uri, e.selection) : 'no editor';
      };
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('crosscheck.nextFinding');
      assert.equal(at(), where(order[0].uri, order[0].range));
      await vscode.commands.executeCommand('crosscheck.nextFinding');
      assert.equal(at(), where(order[1].uri, order[1].range));
      await vscode.commands.executeCommand('crosscheck.nextFinding');
      assert.equal(at(), where(order[2].uri, order[2].range), 'on to the next article');
      await vscode.commands.executeCommand('crosscheck.previousFinding');
      assert.equal(at(), where(order[1].uri, order[1].range));
      await vscode.commands.executeCommand('crosscheck.previousFinding');
      await vscode.commands.executeCommand('crosscheck.previousFinding');
      assert.equal(
        at(),
        where(order[order.length - 1].uri, order[order.length - 1].range),
        'previous from the first wraps to the last',
      );
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test("Show Report opens a CSP-locked webview with the server's report and clickable figures", async function () {
      this.timeout(30_000);
      await vscode.commands.executeCommand('crosscheck.showReport');
      const tab = await waitFor('the report tab', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Crosscheck Report'),
      );
      assert.ok(tab.input instanceof vscode.TabInputWebview, 'the tab is a webview');
      const html = await waitFor('the report in the webview', () => {
        const h = api().reportPanel()?.webview.html;
        return h?.includes('<h1>Crosscheck report</h1>') ? h : undefined;
      });
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
      assert.match(csp, /^default-src 'none';/, csp);
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce && nonce.length >= 16, `a script nonce in ${csp}`);
      assert.ok(csp.includes(`style-src 'nonce-${nonce}'`), csp);
      assert.ok(!/unsafe-inline|unsafe-eval|https?:/.test(csp), csp);
      assert.equal(
        [...html.matchAll(/<script\b/g)].length,
        [...html.matchAll(new RegExp(`<script nonce="${nonce}">`, 'g'))].length,
        'every script carries the nonce',
      );
      assert.ok(html.includes(`<style nonce="${nonce}">`), 'the report style carries the nonce');
      assert.ok(!/\b(src|href)="https?:/.test(html), 'no remote content');
      const fiveHundred = rangeOf(t003, 0, '500');
      assert.ok(
        html.includes(
          `data-uri="${file(A003).toString()}" data-line="${fiveHundred.start.line}" ` +
            `data-character="${fiveHundred.start.character}"`,
        ),
        'the 500 of 003 links to its position',
      );
    });

    test('Export Report writes the report as Markdown, or as HTML', async function () {
      this.timeout(30_000);
      const md = vscode.Uri.joinPath(root(), 'report.md');
      const html = vscode.Uri.joinPath(root(), 'report.html');
      try {
        assert.equal(String(await vscode.commands.executeCommand('crosscheck.exportReport', md)), md.toString());
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
        assert.match(text, /^# Crosscheck report/);
        assert.match(text, /^\| group \| verdict \|.*\|$/m, 'a table header');
        assert.match(text, /^\|---\|---\|/m, 'a table separator');
        assert.match(text, /^\| arrests \(Operation Safe City, nationwide\) \| ≈ rounding \|/m);
        await vscode.commands.executeCommand('crosscheck.exportReport', html);
        const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
        assert.match(page, /^<!doctype html>/i);
        assert.match(page, /<table>/);
        assert.ok(!page.includes('data-uri='), 'the exported page is not the webview fragment');
      } finally {
        await Promise.all([md, html].map((u) => vscode.workspace.fs.delete(u).then(undefined, () => undefined)));
      }
    });

    test('two new articles that disagree: status bar, Findings (conflicts first), report follow', async function () {
      this.timeout(90_000);
      const added = [
        [
          'zz_riverton_a.txt',
          'Flooding forces evacuations in Riverton\n\nRIVERTON, Wyoming, March 4, 2025 — About 1,200 residents ' +
            'were evacuated in Riverton on Tuesday as the river rose, officials said.\n',
        ],
        [
          'zz_riverton_b.txt',
          'Riverton evacuates low-lying streets\n\nRIVERTON, Wyoming, March 4, 2025 — Officials said 350 residents ' +
            'were evacuated in Riverton on Tuesday after the river burst its banks.\n',
        ],
      ] as const;
      assert.ok(api().reportPanel(), 'the report is still open');
      await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
      try {
        for (const [name, text] of added)
          await vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(text));
        await waitFor('conflicts on the new articles', () => count('conflict') >= 2, 60_000);
        await waitFor('the status bar to count them', () => api().statusText() === expectedStatus(7), 20_000).catch(
          (e) => {
            throw new Error(`${String(e)}; status bar: "${api().statusText()}", expected "${expectedStatus(7)}"`);
          },
        );
        // No refresh here: the status notification makes the shown view fetch the summary again.
        const leaves = await waitFor(
          'the view to show the conflicts',
          async () => {
            const ls = await findingLeaves();
            return ls.some((l) => l.verdict === 'conflict') ? ls : undefined;
          },
          10_000,
        );
        assert.equal(describeFound([...leaves].sort(byPlace)), describeFound(findingDiagnostics()));
        const groups = (await Promise.all((await children(api().findings)).map((g) => item(api().findings, g)))).map(
          (g) => ({ label: String(g.label), verdict: String(g.description).split(' · ')[0] }),
        );
        assert.equal(groups[0].verdict, 'conflict', JSON.stringify(groups));
        assert.match(groups[0].label, /Riverton/);
        for (let i = 1; i < groups.length; i++)
          assert.ok(
            RANK[groups[i - 1].verdict] <= RANK[groups[i].verdict],
            `conflicts, then roundings, then updates: ${JSON.stringify(groups)}`,
          );
        await waitFor(
          'the open report to show Riverton',
          () => api().reportPanel()?.webview.html.includes('zz_riverton_a.txt'),
          10_000,
        );
      } finally {
        for (const [name] of added) await vscode.workspace.fs.delete(file(name)).then(undefined, () => undefined);
      }
      await waitFor(
        'the status bar back to five articles',
        () => api().statusText() === expectedStatus(5),
        30_000,
      ).catch((e) => {
        throw new Error(`${String(e)}; status bar: "${api().statusText()}"`);
      });
      await waitFor('the view back to one group', async () => (await labels(api().findings)).length === 1, 10_000);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('the view fetches the summary only while it is shown', async function () {
      this.timeout(60_000);
      await vscode.commands.executeCommand('workbench.view.explorer');
      const before = api().summaryFetches();
      const articles = api().summary()!.articles.length;
      const extra = file('zz_hidden.txt');
      try {
        await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('Storm\n\nWind hit Omaha on Monday.\n'));
        await waitFor('the status bar to count it', () => api().statusText() === expectedStatus(6), 30_000);
        await new Promise((r) => setTimeout(r, 1000)); // past the view's 300 ms wait for things to settle
        assert.equal(api().summaryFetches(), before, 'no summary while the view is hidden');
        assert.equal(api().summary()!.articles.length, articles);
        await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
        await waitFor('the view to fetch on showing', () => api().summary()!.articles.length === articles + 1, 10_000);
        assert.equal(api().summaryFetches(), before + 1, 'one summary for all of its trees');
      } finally {
        await vscode.workspace.fs.delete(extra).then(undefined, () => undefined);
      }
      await waitFor('the status bar back to five articles', () => api().statusText() === expectedStatus(5), 30_000);
    });

    test('a name spelled two ways is flagged, with fixes: majority spelling, or different', async function () {
      this.timeout(90_000);
      const added = [
        ['zz_names_a.txt', 'Budget vote\n\nMayor Lorna Whitacre said the council would vote. Whitacre wants a fund.\n'],
        ['zz_names_b.txt', 'Council\n\nMayor Lorna Whitacre defended the plan on Monday.\n'],
        ['zz_names_c.txt', 'Bridge\n\nThe bridge stays shut, Mayor Lorna Whitacre said.\n'],
        ['zz_names_d.txt', 'Radio\n\nMayor Lorna Whitaker told listeners the repair would take months.\n'],
      ] as const;
      const minority = file('zz_names_d.txt');
      const variants = () => vscode.languages.getDiagnostics(minority).filter((d) => codeOf(d) === 'name-variant');
      const decisions = async () =>
        (await vscode.commands.executeCommand<Array<{ index: number; kind: string }>>('crosscheck.listDecisions')) ??
        [];
      try {
        for (const [name, text] of added)
          await vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(text));
        const [flag] = await waitFor('the minority spelling to be flagged', () => variants()[0] && variants(), 60_000);
        assert.equal(flag.message, '“Whitaker” here; “Whitacre” in 3 other articles (Mayor Lorna Whitacre)');
        assert.equal(flag.severity, vscode.DiagnosticSeverity.Information);
        await vscode.workspace.openTextDocument(minority); // code actions need the document loaded
        const actions = async () =>
          (await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider',
            minority,
            flag.range,
          )) ?? [];
        const titles = (await actions()).map((a) => a.title);
        assert.ok(titles.includes('Crosscheck: different people (“Whitaker” is not “Whitacre”)'), titles.join(' | '));
        // Replace: an edit of this mention only
        const fix = (await actions()).find((a) => a.title === 'Replace with “Lorna Whitacre”');
        assert.ok(fix, titles.join(' | '));
        const edits = fix.edit!.get(minority);
        assert.equal(edits.length, 1);
        assert.ok(edits[0].range.isEqual(flag.range));
        assert.equal(edits[0].newText, 'Lorna Whitacre');
        assert.equal(fix.edit!.size, 1, 'no other file is touched');
        // Different people: a decision in the review file; the flag goes, and comes back when it is undone
        const apart = (await actions()).find((a) => a.title.startsWith('Crosscheck: different people'))!;
        const before = (await decisions()).length;
        await vscode.commands.executeCommand(apart.command!.command, ...(apart.command!.arguments ?? []));
        await waitFor('the flag to go', () => variants().length === 0, 20_000);
        const list = await decisions();
        assert.equal(list.length, before + 1);
        assert.equal(list[list.length - 1].kind, 'names');
        await vscode.commands.executeCommand('crosscheck.undoDecision', list[list.length - 1].index);
        await waitFor('the flag to come back', () => variants().length === 1, 20_000);
        const orgs = await labels(api().organisations);
        assert.ok(orgs.includes('US Immigration and Customs Enforcement'), `organisations: ${orgs.join(', ')}`);
      } finally {
        for (const [name] of added) await vscode.workspace.fs.delete(file(name)).then(undefined, () => undefined);
      }
      // (the minority article stays open in VS Code's document cache, so the server keeps it, as an editor's
      // buffer: no article count is checked here)
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('Findings puts conflict groups first, findings in position order, whatever the server order', async () => {
      // The same tree class over a summary written here, to pin the ordering rules the view applies.
      const Ctor = api().findings.constructor as new (data: () => unknown) => Tree;
      const loc = (uri: string, line: number, character: number) => ({
        uri,
        range: { start: { line, character }, end: { line, character: character + 2 } },
      });
      const finding = (verdict: string, uri: string, line: number) => ({
        ...loc(uri, line, 0),
        verdict,
        code: `figure-${verdict}`,
        text: `${line}`,
        message: verdict,
        related: [],
      });
      const tree = new Ctor(() => ({
        articles: [
          { uri: 'file:///a.txt', label: 'a.txt' },
          { uri: 'file:///b.txt', label: 'b.txt' },
        ],
        groups: [
          { label: 'updated group', verdict: 'updated', findings: [finding('updated', 'file:///a.txt', 3)] },
          {
            label: 'rounding group',
            verdict: 'rounding',
            findings: [
              finding('rounding', 'file:///b.txt', 9),
              finding('rounding', 'file:///a.txt', 5),
              finding('rounding', 'file:///b.txt', 2),
            ],
          },
          { label: 'conflict group', verdict: 'conflict', findings: [finding('conflict', 'file:///a.txt', 1)] },
        ],
        entities: [],
      }));
      assert.deepEqual(await labels(tree), ['conflict group', 'rounding group', 'updated group']);
      const leaves = await findingLeaves(tree);
      assert.deepEqual(
        leaves.map((l) => `${l.group}/${l.article}:${l.range.start.line}`),
        [
          'conflict group/a.txt:1',
          'rounding group/a.txt:5',
          'rounding group/b.txt:2',
          'rounding group/b.txt:9',
          'updated group/a.txt:3',
        ],
      );
    });

    test('People says how many it does not list, and how many mentions an entity does not', async () => {
      // The same tree class over a summary and mentions written here: the server lists the 1,000 most
      // mentioned of each kind, and an entity's first 500 mentions.
      type Fetch = (id: string, articles: readonly string[]) => Promise<unknown>;
      const Ctor = api().people.constructor as new (kind: string, data: () => unknown, fetch: Fetch) => Tree;
      const mention = (line: number) => ({
        uri: 'file:///a.txt',
        range: { start: { line, character: 0 }, end: { line, character: 4 } },
        text: 'Lund',
        lineText: `Mayor Ada Lund said so on line ${line}.`,
      });
      const asked: string[] = [];
      const tree = new Ctor(
        'person',
        () => ({
          articles: [],
          groups: [],
          entities: [
            { id: 'person:lund', kind: 'person', name: 'Ada Lund', detail: 'Mayor', articles: 1, mentions: 502 },
          ],
          unlisted: { person: 1234, place: 0, organisation: 0 },
        }),
        async (id) => {
          asked.push(id);
          return { mentions: [mention(1), mention(2)], total: 502 };
        },
      );
      assert.deepEqual(await labels(tree), ['Ada Lund', '1234 more people']);
      const [lund] = await children(tree);
      assert.deepEqual(await labels(tree, lund), ['a.txt:2', 'a.txt:3', '500 more mentions']);
      assert.deepEqual(asked, ['person:lund'], 'mentions are asked for when the entity is expanded');
    });
  });
}
