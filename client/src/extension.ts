import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, LanguageClient, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, SUMMARY_REQUEST, type StatusParams, type SummaryResult } from '../../server/src/protocol';
import { EntitiesTree, FindingsTree } from './panel';
import { exportReport, showReport } from './report';

/**
 * The VS Code client: starts the bundled language server and forwards to it. It makes no decisions
 * about the analysis — settings are pulled by the server (`workspace/configuration`) and file
 * watchers are registered by the server (dynamic `workspace/didChangeWatchedFiles`).
 */

/** Must match the `crosscheck.*` settings prefix: the client reads `crosscheck.trace.server` by this id. */
const CLIENT_ID = 'crosscheck';
const SERVER_REINDEX_COMMAND = 'crosscheck.reindex';

let client: LanguageClient | undefined;

/** What activate() returns: the view's state, for the extension-host tests. */
export interface CrosscheckApi {
  findings: FindingsTree;
  people: EntitiesTree;
  places: EntitiesTree;
  statusText(): string;
  summary(): SummaryResult | undefined;
  refresh(): Promise<void>;
}

/** A review decision as the server lists it. */
interface DecisionItem {
  index: number;
  decision: 'reviewed' | 'different';
  figures: [string, string];
  verdict?: string;
  files?: [string, string];
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'crosscheck-article' },
      { scheme: 'untitled', language: 'crosscheck-article' },
    ],
    outputChannel: output,
  };
  const languageClient = new LanguageClient(CLIENT_ID, 'Crosscheck', serverOptions, clientOptions);
  client = languageClient;

  // The server advertises `crosscheck.reindex` as an executeCommandProvider command, so the language
  // client registers a VS Code command with that id itself; the palette command has its own id and forwards.
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.reindexCorpus', async () => {
      if (!languageClient.isRunning()) {
        void vscode.window.showWarningMessage('Crosscheck: the language server is not running.');
        return;
      }
      try {
        await languageClient.sendRequest(ExecuteCommandRequest.type, { command: SERVER_REINDEX_COMMAND, arguments: [] });
      } catch (error) {
        output.error(`Re-index failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage('Crosscheck: re-indexing the corpus failed. See the "Crosscheck" output for details.');
      }
    }),
    vscode.commands.registerCommand('crosscheck.showDecisions', async () => {
      // The server keeps the decisions (.crosscheck/reviews.json); the client only lets the user pick one to undo.
      const list = await languageClient.sendRequest(ExecuteCommandRequest.type, { command: 'crosscheck.listDecisions', arguments: [] }) as DecisionItem[] | null;
      if (!list?.length) {
        void vscode.window.showInformationMessage('Crosscheck: no review decisions yet.');
        return;
      }
      const pick = await vscode.window.showQuickPick(list.map((d) => ({
        label: `${d.decision === 'reviewed' ? '$(check) Reviewed' : '$(close) Not the same figure'}${d.verdict ? ` (${d.verdict})` : ''}`,
        description: d.files?.join(' ↔ '),
        detail: d.figures.join('  ↔  '),
        index: d.index,
      })), { title: 'Crosscheck review decisions — pick one to undo it', matchOnDetail: true });
      if (pick) await languageClient.sendRequest(ExecuteCommandRequest.type, { command: 'crosscheck.undoDecision', arguments: [pick.index] });
    }),
    vscode.commands.registerCommand('crosscheck.openSettings', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${context.extension.id}`)),
  );

  // ---- the Crosscheck view, the status bar and the report -----------------------------------
  let data: SummaryResult | undefined;
  const findings = new FindingsTree(() => data);
  const people = new EntitiesTree('person', () => data);
  const places = new EntitiesTree('place', () => data);
  const refresh = async () => {
    if (!languageClient.isRunning()) return;
    data = await languageClient.sendRequest<SummaryResult>(SUMMARY_REQUEST);
    findings.refresh(); people.refresh(); places.refresh();
  };
  let pending: NodeJS.Timeout | undefined;
  const refreshSoon = () => { clearTimeout(pending); pending = setTimeout(() => void refresh().catch(() => undefined), 300); };
  const status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Crosscheck';
  status.command = 'workbench.view.extension.crosscheck';
  status.text = '$(sync~spin) Crosscheck';
  status.show();
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  context.subscriptions.push(
    status,
    vscode.window.createTreeView('crosscheck.findings', { treeDataProvider: findings, showCollapseAll: true }),
    vscode.window.createTreeView('crosscheck.people', { treeDataProvider: people, showCollapseAll: true }),
    vscode.window.createTreeView('crosscheck.places', { treeDataProvider: places, showCollapseAll: true }),
    vscode.commands.registerCommand('crosscheck.refresh', refresh),
    vscode.commands.registerCommand('crosscheck.filter', () => chooseFilter(findings, people, places, () => data)),
    vscode.commands.registerCommand('crosscheck.clearFilter', () => {
      findings.filter = { verdicts: new Set(['conflict', 'rounding', 'updated']) };
      people.article = places.article = undefined;
      findings.refresh(); people.refresh(); places.refresh();
    }),
    vscode.commands.registerCommand('crosscheck.showReport', () => showReport(languageClient)),
    vscode.commands.registerCommand('crosscheck.exportReport', (target?: vscode.Uri) => exportReport(languageClient, target)),
    vscode.commands.registerCommand('crosscheck.nextFinding', () => goToFinding(1)),
    vscode.commands.registerCommand('crosscheck.previousFinding', () => goToFinding(-1)),
  );

  try {
    await languageClient.start();
    context.subscriptions.push(languageClient.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => {
      status.text = s.indexing
        ? `$(sync~spin) Crosscheck: indexing ${s.done}/${s.total}`
        : `$(checklist) Crosscheck: ${plural(s.articles, 'article')} · ${plural(s.roundings, 'rounding')} · ${plural(s.conflicts, 'conflict')}${s.updates ? ` · ${plural(s.updates, 'update')}` : ''}`;
      status.tooltip = `Crosscheck${s.skipped ? ` — ${plural(s.skipped, 'file')} skipped (see the Crosscheck output)` : ''}. Click to open the Crosscheck view.`;
      if (!s.indexing) refreshSoon();
    }));
  } catch (error) {
    // The language client has already notified the user; record which server module failed.
    output.error(`Could not start the language server ${module}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { findings, people, places, statusText: () => status.text, summary: () => data, refresh };
}

/** A QuickPick of verdicts and articles for the view's trees. */
async function chooseFilter(findings: FindingsTree, people: EntitiesTree, places: EntitiesTree, data: () => SummaryResult | undefined): Promise<void> {
  type Item = vscode.QuickPickItem & { verdict?: string; article?: string };
  const items: Item[] = [
    { label: 'Verdicts', kind: vscode.QuickPickItemKind.Separator },
    ...['conflict', 'rounding', 'updated'].map((v) => ({ label: v, verdict: v, picked: findings.filter.verdicts.has(v) })),
    { label: 'Article', kind: vscode.QuickPickItemKind.Separator },
    ...(data()?.articles ?? []).map((a) => ({ label: a.label, description: a.date, article: a.uri, picked: findings.filter.article === a.uri })),
  ];
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Crosscheck: show findings of these verdicts (and of one article)' });
  if (!picked) return;
  const verdicts = new Set(picked.filter((p) => p.verdict).map((p) => p.verdict!));
  const article = picked.find((p) => p.article)?.article;
  findings.filter = { verdicts: verdicts.size ? verdicts : new Set(['conflict', 'rounding', 'updated']), article };
  people.article = places.article = article;
  findings.refresh(); people.refresh(); places.refresh();
}

/** The next (or previous) Crosscheck diagnostic across all articles, in a stable order: by file, then position. */
async function goToFinding(step: 1 | -1): Promise<void> {
  const all = vscode.languages.getDiagnostics()
    .flatMap(([uri, ds]) => ds.filter((d) => d.source === 'crosscheck' && d.code !== 'file-encoding').map((d) => ({ uri, range: d.range })))
    .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start));
  if (!all.length) {
    void vscode.window.showInformationMessage('Crosscheck: no findings.');
    return;
  }
  const ed = vscode.window.activeTextEditor;
  const here = ed ? { uri: ed.document.uri.toString(), pos: ed.selection.start } : undefined;
  const cmp = (x: { uri: vscode.Uri; range: vscode.Range }) => !here ? 1 : x.uri.toString().localeCompare(here.uri) || x.range.start.compareTo(here.pos);
  const target = step > 0 ? all.find((x) => cmp(x) > 0) ?? all[0] : [...all].reverse().find((x) => cmp(x) < 0) ?? all[all.length - 1];
  const editor = await vscode.window.showTextDocument(target.uri, { selection: target.range });
  editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  // stop() throws unless the client is running (e.g. when the server failed to launch).
  if (c?.isRunning()) await c.stop();
}
