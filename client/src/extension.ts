import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  FINDING_REQUEST,
  MENTIONS_REQUEST,
  SAME_ENTITY_CHOICES_REQUEST,
  STATUS_NOTIFICATION,
  SUMMARY_REQUEST,
  type FindingParams,
  type FindingResult,
  type MentionsParams,
  type MentionsResult,
  type SameEntityChoice,
  type StatusParams,
  type Summary,
  type SummaryParams,
  type SummaryResult,
  unpackSummary,
} from '../../server/src/protocol';
import { NODE_ARGS, PROCESS_ENV } from '../../server/src/launch';
import {
  describeFilter,
  EntitiesTree,
  FindingsTree,
  isFiltered,
  NO_FILTER,
  VERDICTS,
  type Filter,
  type Verdict,
} from './panel';
import { exportReport, ReportPanel } from './report';

/**
 * The VS Code client: starts the bundled language server and forwards to it. It makes no decisions
 * about the analysis — settings are pulled by the server (`workspace/configuration`) and file
 * watchers are registered by the server (dynamic `workspace/didChangeWatchedFiles`). The Crosscheck
 * view, the status bar item and the report show what the server sends (`crosscheck/status`,
 * `crosscheck/summary` and the details the view asks for when it shows them, `crosscheck/report`). The
 * view asks for the summary only while it is visible: the server answers nothing else while it makes
 * one, and on a large corpus that takes a second.
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
  organisations: EntitiesTree;
  /** The status bar item's text, e.g. `$(checklist) Crosscheck: 5 articles · 3 roundings · 0 conflicts`. */
  statusText(): string;
  /** The last `crosscheck/status` notification. */
  status(): StatusParams | undefined;
  /** The last `crosscheck/summary` result. */
  summary(): Summary | undefined;
  filter(): Filter;
  /** The open report webview panel, if any. */
  reportPanel(): vscode.WebviewPanel | undefined;
  /** Fetches `crosscheck/summary` again and redraws the trees (what the Refresh command does). */
  refresh(): Promise<void>;
  /** How many summaries the view has fetched (for the tests: none while it is hidden). */
  summaryFetches(): number;
}

/** The argument `crosscheck.filter` takes instead of asking (keybindings, tests). */
interface FilterArgs {
  verdicts?: string[];
  articles?: string[];
}

/** A review decision as the server lists it: about two figures, or about two names. */
type DecisionItem = { index: number; files?: [string, string] } & (
  | { kind: 'figures'; decision: 'reviewed' | 'different'; figures: [string, string]; verdict?: string }
  | { kind: 'names'; decision: 'same' | 'different'; mentions: [string, string]; names?: [string, string] }
);

const DECISION_LABELS = {
  figures: { reviewed: '$(check) Reviewed', different: '$(close) Not the same figure' },
  names: { same: '$(link) Same', different: '$(close) Not the same' },
};

function decisionItem(d: DecisionItem): vscode.QuickPickItem & { index: number } {
  if (d.kind === 'names') {
    const names = d.names ?? d.mentions.map((m) => m.split(' | ')[0]);
    return {
      label: `${DECISION_LABELS.names[d.decision]}: ${names.join(' ↔ ')}`,
      description: d.files?.join(' ↔ '),
      detail: d.mentions.join('  ↔  '),
      index: d.index,
    };
  }
  return {
    label: DECISION_LABELS.figures[d.decision] + (d.verdict ? ` (${d.verdict})` : ''),
    description: d.files?.join(' ↔ '),
    detail: d.figures.join('  ↔  '),
    index: d.index,
  };
}

/** Where a "same as…" decision starts: a mention the server names, or the cursor in the active editor. */
interface MentionArg {
  uri: string;
  offset?: number;
  line?: number;
  character?: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    // (the client adds these to the editor's environment)
    run: { module, transport: TransportKind.ipc, options: { env: PROCESS_ENV, execArgv: [...NODE_ARGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { env: PROCESS_ENV, execArgv: [...NODE_ARGS, '--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'crosscheck-article' },
      { scheme: 'untitled', language: 'crosscheck-article' },
    ],
    outputChannel: output,
    // the client shows a list to pick from: the server may offer "same as…" actions that ask
    initializationOptions: { pickers: true },
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
        await languageClient.sendRequest(ExecuteCommandRequest.type, {
          command: SERVER_REINDEX_COMMAND,
          arguments: [],
        });
      } catch (error) {
        output.error(`Re-index failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(
          'Crosscheck: re-indexing the corpus failed. See the "Crosscheck" output for details.',
        );
      }
    }),
    vscode.commands.registerCommand('crosscheck.showDecisions', async () => {
      // The server keeps the decisions (.crosscheck/reviews.json); the client only lets the user pick one to undo.
      const list = (await languageClient.sendRequest(ExecuteCommandRequest.type, {
        command: 'crosscheck.listDecisions',
        arguments: [],
      })) as DecisionItem[] | null;
      if (!list?.length) {
        void vscode.window.showInformationMessage('Crosscheck: no review decisions yet.');
        return;
      }
      const pick = await vscode.window.showQuickPick(list.map(decisionItem), {
        title: 'Crosscheck review decisions — pick one to undo it',
        matchOnDetail: true,
      });
      if (pick)
        await languageClient.sendRequest(ExecuteCommandRequest.type, {
          command: 'crosscheck.undoDecision',
          arguments: [pick.index],
        });
    }),
    vscode.commands.registerCommand('crosscheck.pickSameEntity', async (from?: MentionArg) => {
      // from a quick fix the server names the mention; from the palette, the cursor does
      const editor = vscode.window.activeTextEditor;
      const self: MentionArg | undefined =
        from ??
        (editor && {
          uri: editor.document.uri.toString(),
          line: editor.selection.active.line,
          character: editor.selection.active.character,
        });
      if (!self) return;
      // the server offers the entities of the mention's kind, itself excluded
      let choices: SameEntityChoice[];
      try {
        choices = await languageClient.sendRequest<SameEntityChoice[]>(SAME_ENTITY_CHOICES_REQUEST, self);
      } catch (error) {
        void vscode.window.showWarningMessage(`Crosscheck: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const items = choices.map((e) => ({
        label: e.name,
        description: `${e.kind} · ${e.detail}`,
        detail: `${e.mentions} mentions in ${e.articles} articles`,
        target: e.target,
      }));
      const pick = await vscode.window.showQuickPick(items, {
        title: 'Crosscheck: the same as… (decisions are kept in .crosscheck/reviews.json)',
        matchOnDescription: true,
      });
      if (!pick) return;
      await languageClient.sendRequest(ExecuteCommandRequest.type, {
        command: 'crosscheck.sameEntity',
        arguments: [self, pick.target],
      });
    }),
    vscode.commands.registerCommand('crosscheck.openSettings', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${context.extension.id}`),
    ),
  );

  // ---- the Crosscheck view, the status bar and the report -----------------------------------
  let data: Summary | undefined;
  let lastStatus: StatusParams | undefined;
  let filter: Filter = NO_FILTER;
  const findings = new FindingsTree(
    () => data,
    (f) =>
      languageClient.sendRequest<FindingResult | null>(FINDING_REQUEST, {
        uri: f.uri,
        figure: f.figure,
        verdict: f.verdict,
      } satisfies FindingParams),
  );
  const fetchMentions = (id: string, articles: readonly string[]) =>
    languageClient.sendRequest<MentionsResult>(MENTIONS_REQUEST, {
      id,
      articles: [...articles],
    } satisfies MentionsParams);
  const people = new EntitiesTree('person', () => data, fetchMentions);
  const places = new EntitiesTree('place', () => data, fetchMentions);
  const organisations = new EntitiesTree('organisation', () => data, fetchMentions);
  const views = [
    vscode.window.createTreeView('crosscheck.findings', { treeDataProvider: findings, showCollapseAll: true }),
    vscode.window.createTreeView('crosscheck.people', { treeDataProvider: people, showCollapseAll: true }),
    vscode.window.createTreeView('crosscheck.places', { treeDataProvider: places, showCollapseAll: true }),
    vscode.window.createTreeView('crosscheck.organisations', {
      treeDataProvider: organisations,
      showCollapseAll: true,
    }),
  ];
  const report = new ReportPanel(languageClient);
  const redraw = () => {
    findings.filter = filter;
    people.articles = places.articles = organisations.articles = filter.articles;
    const description = describeFilter(filter, data);
    for (const view of views) view.description = description || undefined;
    void vscode.commands.executeCommand('setContext', 'crosscheck.filtered', isFiltered(filter));
    findings.refresh();
    people.refresh();
    places.refresh();
    organisations.refresh();
  };
  /** Whether the findings changed since the last summary was asked for (it is asked for only while a tree
   * is visible). */
  let stale = true;
  let fetches = 0;
  let asked = 0;
  const refresh = async () => {
    if (!languageClient.isRunning()) return;
    const ask = ++asked;
    fetches++;
    stale = false;
    let next: Summary;
    try {
      const result = await languageClient.sendRequest<SummaryResult>(SUMMARY_REQUEST, {
        articles: [...filter.articles],
      } satisfies SummaryParams);
      next = unpackSummary(result);
    } catch (e) {
      stale = true;
      throw e;
    }
    if (ask !== asked) return; // a later request (another filter, newer findings) wins
    data = next;
    // An article that left the corpus no longer filters anything.
    const known = new Set(data.articles.map((a) => a.uri));
    if ([...filter.articles].some((u) => !known.has(u))) {
      filter = { ...filter, articles: new Set([...filter.articles].filter((u) => known.has(u))) };
      return refresh();
    }
    void vscode.commands.executeCommand('setContext', 'crosscheck.ready', true);
    redraw();
  };
  const setFilter = async (next: Filter) => {
    const articlesChanged =
      next.articles.size !== filter.articles.size || [...next.articles].some((u) => !filter.articles.has(u));
    filter = next;
    redraw();
    // the summary lists the entities of the filter's articles: other articles, another summary
    if (articlesChanged) await refresh();
  };
  const visible = () => views.some((v) => v.visible);
  const refreshLogged = () =>
    refresh().catch((e) => output.warn(`Could not fetch the summary: ${e instanceof Error ? e.message : String(e)}`));
  let pending: NodeJS.Timeout | undefined;
  /** Findings (may) have changed: once things settle, fetch the summary if the view shows it, and the report. */
  const findingsChanged = () => {
    stale = true;
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (visible()) void refreshLogged();
      void report.render().catch(() => undefined);
    }, 300);
  };
  context.subscriptions.push({ dispose: () => clearTimeout(pending) });

  const status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Crosscheck';
  status.command = 'workbench.view.extension.crosscheck';
  status.text = '$(sync~spin) Crosscheck';
  status.tooltip = 'Crosscheck is starting. Click to open the Crosscheck view.';
  status.show();
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const onStatus = (s: StatusParams) => {
    lastStatus = s;
    status.text = s.indexing
      ? `$(sync~spin) Crosscheck: indexing ${s.done}/${s.total}`
      : `$(checklist) Crosscheck: ${plural(s.articles, 'article')} · ${plural(s.roundings, 'rounding')} · ` +
        `${plural(s.conflicts, 'conflict')}${s.updates ? ` · ${plural(s.updates, 'update')}` : ''}`;
    status.tooltip =
      (s.indexing ? `Crosscheck is reading the articles (${s.done} of ${s.total}).` : 'Crosscheck.') +
      (s.skipped ? ` ${plural(s.skipped, 'file')} skipped (see the Crosscheck output).` : '') +
      ' Click to open the Crosscheck view.';
    status.backgroundColor =
      !s.indexing && s.conflicts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    if (!s.indexing) findingsChanged();
  };
  // Registered before start(), so that no status sent right after initialization is missed.
  context.subscriptions.push(languageClient.onNotification(STATUS_NOTIFICATION, onStatus));
  for (const view of views)
    context.subscriptions.push(
      view.onDidChangeVisibility((e) => {
        if (e.visible && stale) void refreshLogged();
      }),
    );

  context.subscriptions.push(
    status,
    ...views,
    vscode.commands.registerCommand('crosscheck.refresh', async () => {
      try {
        await refresh();
        await report.render();
      } catch (error) {
        output.error(`Refresh failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(
          'Crosscheck: could not refresh the view. See the "Crosscheck" output for details.',
        );
      }
    }),
    vscode.commands.registerCommand('crosscheck.filter', async (args?: unknown) => {
      // Given { verdicts?, articles? } (keybindings, tests) it filters at once;
      // otherwise (palette, view title) it asks.
      const given =
        args && typeof args === 'object' && ('verdicts' in args || 'articles' in args)
          ? (args as FilterArgs)
          : undefined;
      if (!given && !data) await refresh(); // the articles to choose from
      const next = given ? filterFrom(given) : await chooseFilter(filter, data);
      if (next) await setFilter(next);
    }),
    vscode.commands.registerCommand('crosscheck.clearFilter', () => setFilter(NO_FILTER)),
    vscode.commands.registerCommand('crosscheck.showReport', async () => {
      try {
        return await report.show();
      } catch (error) {
        output.error(`Report failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(
          'Crosscheck: could not build the report. See the "Crosscheck" output for details.',
        );
        return undefined;
      }
    }),
    vscode.commands.registerCommand('crosscheck.exportReport', async (target?: unknown) => {
      try {
        return await exportReport(languageClient, target instanceof vscode.Uri ? target : undefined);
      } catch (error) {
        output.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(
          'Crosscheck: could not export the report. See the "Crosscheck" output for details.',
        );
        return undefined;
      }
    }),
    vscode.commands.registerCommand('crosscheck.nextFinding', () => goToFinding(1)),
    vscode.commands.registerCommand('crosscheck.previousFinding', () => goToFinding(-1)),
    vscode.commands.registerCommand('crosscheck.showOutput', () => output.show()),
  );
  void vscode.commands.executeCommand('setContext', 'crosscheck.filtered', false);

  try {
    await languageClient.start();
  } catch (error) {
    // The language client has already notified the user; record which server module failed.
    output.error(
      `Could not start the language server ${module}: ${error instanceof Error ? error.message : String(error)}`,
    );
    status.text = '$(error) Crosscheck';
    status.tooltip = 'The Crosscheck language server is not running. See the "Crosscheck" output.';
    status.command = 'crosscheck.showOutput';
  }
  return {
    findings,
    people,
    places,
    organisations,
    statusText: () => status.text,
    status: () => lastStatus,
    summary: () => data,
    filter: () => filter,
    reportPanel: () => report.current,
    refresh,
    summaryFetches: () => fetches,
  };
}

/** A filter from the command's argument; unknown verdicts are ignored, no verdicts means all of them. */
function filterFrom(args: FilterArgs): Filter {
  const verdicts = new Set(
    (args.verdicts ?? []).filter((v): v is Verdict => (VERDICTS as readonly string[]).includes(v)),
  );
  return {
    verdicts: verdicts.size ? verdicts : new Set(VERDICTS),
    articles: new Set((args.articles ?? []).filter((a) => typeof a === 'string')),
  };
}

/** A QuickPick of verdicts and articles for the view's trees; undefined when dismissed. */
async function chooseFilter(current: Filter, data: Summary | undefined): Promise<Filter | undefined> {
  type Item = vscode.QuickPickItem & { verdict?: Verdict; article?: string };
  const items: Item[] = [
    { label: 'Verdicts (none picked: all)', kind: vscode.QuickPickItemKind.Separator },
    ...VERDICTS.map((v) => ({
      label: v,
      verdict: v,
      picked: current.verdicts.size < VERDICTS.length && current.verdicts.has(v),
    })),
    { label: 'Articles (none picked: all)', kind: vscode.QuickPickItemKind.Separator },
    ...(data?.articles ?? []).map((a) => ({
      label: a.label,
      description: a.date,
      article: a.uri,
      picked: current.articles.has(a.uri),
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    matchOnDescription: true,
    title: 'Crosscheck: show the findings of these verdicts, and the findings and names of these articles',
  });
  if (!picked) return undefined;
  return filterFrom({
    verdicts: picked.flatMap((p) => (p.verdict ? [p.verdict] : [])),
    articles: picked.flatMap((p) => (p.article ? [p.article] : [])),
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

/** The next (or previous) Crosscheck diagnostic across all articles, in a stable order: by file, then position. */
async function goToFinding(step: 1 | -1): Promise<void> {
  const key = (uri: vscode.Uri) => uri.toString();
  const all = vscode.languages
    .getDiagnostics()
    .flatMap(([uri, ds]) =>
      ds
        .filter((d) => d.source === 'crosscheck' && codeOf(d) !== 'file-encoding')
        .map((d) => ({ uri, range: d.range })),
    )
    .sort(
      (a, b) =>
        (key(a.uri) < key(b.uri) ? -1 : key(a.uri) > key(b.uri) ? 1 : 0) || a.range.start.compareTo(b.range.start),
    );
  if (!all.length) {
    void vscode.window.showInformationMessage('Crosscheck: no findings.');
    return;
  }
  const ed = vscode.window.activeTextEditor;
  const here = ed ? { uri: key(ed.document.uri), pos: ed.selection.start } : undefined;
  const cmp = (x: { uri: vscode.Uri; range: vscode.Range }) =>
    !here ? 1 : (key(x.uri) < here.uri ? -1 : key(x.uri) > here.uri ? 1 : 0) || x.range.start.compareTo(here.pos);
  const target =
    step > 0
      ? (all.find((x) => cmp(x) > 0) ?? all[0])
      : ([...all].reverse().find((x) => cmp(x) < 0) ?? all[all.length - 1]);
  const editor = await vscode.window.showTextDocument(target.uri, { selection: target.range });
  editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  // stop() throws unless the client is running (e.g. when the server failed to launch).
  if (c?.isRunning()) await c.stop();
}
