import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { Corpus } from './core';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/config';
import { diagnosticsFor } from './lsp/diagnostics';
import * as features from './lsp/features';
import { CorpusFiles } from './lsp/workspace';
import { codeActions } from './lsp/actions';
import { decide, ReviewStore, type FigureRef } from './lsp/reviews';
import type { Decisions } from './core';
import { REPORT_REQUEST, STATUS_NOTIFICATION, SUMMARY_REQUEST, type ReportParams, type StatusParams } from './protocol';
import { renderReport } from './render';
import { summary } from './lsp/summary';

/** The language server: wires LSP messages to the corpus. Run as `node server/out/server.js --stdio`. */

const connection = createConnection(ProposedFeatures.all);
// Nothing may print to stdout on a stdio channel: route stray console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

const documents = new TextDocuments(TextDocument);
const corpus = new Corpus();
let settings: Settings = DEFAULT_SETTINGS;
let canProgress = false, canWatch = false, canConfigure = false, canFolders = false, canConfigChange = false;
const files = new CorpusFiles(corpus, [], settings, (uri) => documents.get(uri)?.getText());
const published = new Set<string>();
const reviews = new ReviewStore(undefined);
let indexed = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath)
    ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : params.rootPath ? [params.rootPath] : []);
  files.setFolders(folders);
  reviews.setFolder(folders[0]);
  canProgress = !!params.capabilities.window?.workDoneProgress;
  canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canConfigure = !!params.capabilities.workspace?.configuration;
  canFolders = !!params.capabilities.workspace?.workspaceFolders;
  canConfigChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: { tokenTypes: features.SEMANTIC_TOKEN_TYPES, tokenModifiers: features.SEMANTIC_TOKEN_MODIFIERS }, full: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      executeCommandProvider: { commands: ['crosscheck.reindex', 'crosscheck.markReviewed', 'crosscheck.notSameFigure', 'crosscheck.listDecisions', 'crosscheck.undoDecision'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canWatch) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(() => undefined);
  }
  // Settings changes reach the server only if it asks for them (vscode-languageclient sends none by itself).
  if (canConfigChange) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' }).catch(() => undefined);
  if (canFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((fs) => {
        files.setFolders((fs ?? []).map((f) => URI.parse(f.uri).fsPath));
        reviews.setFolder(fs?.[0] ? URI.parse(fs[0].uri).fsPath : undefined);
        loadReviews();
        void reindex();
      });
    });
  }
  await loadSettings();
  loadReviews();
  await reindex();
});

/** Reads the review file; a damaged one is reported and treated as empty (the file itself is left alone). */
function loadReviews(): string[] {
  const { decisions, error } = reviews.load();
  if (error) void connection.window.showWarningMessage(`Crosscheck: ${error}; review decisions are not applied until it is fixed.`);
  return corpus.setDecisions(decisions);
}

function saveReviews(next: Decisions): void {
  try {
    reviews.save(next);
  } catch (e) {
    void connection.window.showErrorMessage(`Crosscheck could not save the review decision: ${(e as Error).message}`);
    return;
  }
  for (const uri of corpus.setDecisions(next)) void publish(uri);
}

async function loadSettings(): Promise<void> {
  if (!canConfigure) return;
  try {
    settings = readSettings(await connection.workspace.getConfiguration('crosscheck'));
  } catch {
    settings = DEFAULT_SETTINGS;
  }
  files.setSettings(settings);
}

connection.onDidChangeConfiguration(async () => {
  const before = JSON.stringify(settings);
  await loadSettings();
  if (JSON.stringify(settings) !== before) await reindex();
});

/** Reads the whole corpus with work-done progress, then publishes diagnostics for every article. */
async function reindex(): Promise<void> {
  let reporter: WorkDoneProgressServerReporter | undefined;
  if (canProgress) {
    reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
    reporter?.begin('Crosscheck', 0, 'Finding articles…', false);
  }
  indexing = { active: true, done: 0, total: 0 };
  const result = await files.indexAll({
    report: (done, total) => {
      reporter?.report(total ? Math.round((100 * done) / total) : 100, `Indexing ${done}/${total} articles`);
      indexing = { active: true, done, total };
      statusChanged();
    },
  });
  reporter?.done();
  indexing = { ...indexing, active: false };
  statusChanged();
  if (!result) return;
  indexed = true;
  const skipped = [...files.status].filter(([, s]) => s.skipped);
  for (const [uri, s] of skipped) connection.console.info(`Crosscheck skipped ${URI.parse(uri).fsPath}: ${s.skipped}`);
  const tooLarge = skipped.filter(([, s]) => /limit/.test(s.skipped ?? ''));
  if (tooLarge.length) {
    void connection.window.showWarningMessage(`Crosscheck skipped ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} over the size limit (crosscheck.maxFileSize): ${tooLarge.slice(0, 3).map(([u]) => URI.parse(u).fsPath.split('/').pop()).join(', ')}${tooLarge.length > 3 ? ', …' : ''}`);
  }
  await publishAll();
}

/** Findings per article as last published, by code: the status bar's counts. */
const counts = new Map<string, Record<string, number>>();

function publish(uri: string): Promise<void> {
  if (!corpus.has(uri)) return clearDiagnostics(uri);
  published.add(uri);
  const diagnostics = diagnosticsFor(corpus, uri, files.status.get(uri), settings);
  const c: Record<string, number> = {};
  for (const d of diagnostics) c[String(d.code)] = (c[String(d.code)] ?? 0) + 1;
  counts.set(uri, c);
  statusChanged();
  return connection.sendDiagnostics({ uri, diagnostics });
}

function clearDiagnostics(uri: string): Promise<void> {
  counts.delete(uri);
  statusChanged();
  return published.delete(uri) ? connection.sendDiagnostics({ uri, diagnostics: [] }) : Promise.resolve();
}

let indexing = { active: false, done: 0, total: 0 };
let statusTimer: NodeJS.Timeout | undefined;

/** Tells the client (status bar, review panel) that counts changed; coalesced to one message per 100 ms. */
function statusChanged(): void {
  statusTimer ??= setTimeout(() => {
    statusTimer = undefined;
    const total = (code: string) => [...counts.values()].reduce((n, c) => n + (c[code] ?? 0), 0);
    const params: StatusParams = {
      indexing: indexing.active, done: indexing.done, total: indexing.total, articles: corpus.size,
      conflicts: total('figure-conflict'), roundings: total('figure-rounding'), updates: total('figure-updated'),
      skipped: [...files.status.values()].filter((s) => s.skipped).length,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  }, 100);
}

/** Publishes every article's diagnostics in batches, waiting for each batch to be written (bounded memory). */
async function publishAll(): Promise<void> {
  corpus.takeTouched();
  const uris = [...corpus.documents(), ...[...published].filter((u) => !corpus.has(u))];
  for (let i = 0; i < uris.length; i += 20) {
    await Promise.all(uris.slice(i, i + 20).map(publish));
  }
}

/** After one article changed: republish it and the articles whose findings it touches. */
function publishTouched(): void {
  if (!indexed) return;
  for (const uri of corpus.takeTouched()) void publish(uri);
}

// ---- open documents: the editor's text wins over the file on disk ---------------------------

const pending = new Map<string, NodeJS.Timeout>();

function belongs(doc: TextDocument): boolean {
  return doc.languageId === 'crosscheck-article' || files.inCorpus(doc.uri);
}

/** Applies a pending edit now (a request must see the text the user sees). */
function flush(uri: string): void {
  const t = pending.get(uri);
  if (!t) return;
  clearTimeout(t);
  pending.delete(uri);
  const doc = documents.get(uri);
  if (doc && belongs(doc) && corpus.set(uri, doc.getText())) publishTouched();
}

documents.onDidOpen((e) => {
  if (!belongs(e.document)) return;
  files.status.set(e.document.uri, { notices: files.status.get(e.document.uri)?.notices ?? [] });
  if (corpus.set(e.document.uri, e.document.getText())) publishTouched();
});

documents.onDidChangeContent((e) => {
  if (!belongs(e.document)) return;
  const uri = e.document.uri;
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => flush(uri), 200));
});

documents.onDidClose((e) => {
  const uri = e.document.uri;
  clearTimeout(pending.get(uri));
  pending.delete(uri);
  // Back to the file on disk (unsaved edits are gone); a file deleted while open leaves the corpus.
  if (files.inCorpus(uri)) files.load(uri);
  else corpus.delete(uri);
  publishTouched();
});

connection.onDidChangeWatchedFiles((e) => {
  let changed = false;
  for (const c of e.changes) {
    if (reviews.isReviewFile(c.uri)) { for (const uri of loadReviews()) void publish(uri); continue; }
    if (documents.get(c.uri)) continue; // the open buffer is the truth
    if (c.type === FileChangeType.Deleted) changed = files.remove(c.uri) || changed;
    else if (files.inCorpus(c.uri)) changed = files.load(c.uri) || changed;
  }
  if (changed) publishTouched();
});

// ---- requests -------------------------------------------------------------------------------

const at = <T>(fn: (uri: string) => T) => (uri: string): T => { flush(uri); return fn(uri); };

connection.onHover((p) => at((u) => features.hover(corpus, u, p.position))(p.textDocument.uri));
connection.onDefinition((p) => at((u) => features.definition(corpus, u, p.position))(p.textDocument.uri));
connection.onReferences((p) => at((u) => features.references(corpus, u, p.position))(p.textDocument.uri));
connection.onDocumentHighlight((p) => at((u) => features.highlights(corpus, u, p.position))(p.textDocument.uri));
connection.onDocumentSymbol((p) => at((u) => features.documentSymbols(corpus, u))(p.textDocument.uri));
connection.onWorkspaceSymbol((p) => features.workspaceSymbols(corpus, p.query));
connection.languages.semanticTokens.on((p) => ({ data: at((u) => features.semanticTokens(corpus, u))(p.textDocument.uri) }));
connection.onRequest(SUMMARY_REQUEST, () => summary(corpus));
connection.onRequest(REPORT_REQUEST, (p: ReportParams) => {
  const links = features.articleLinks(corpus);
  return renderReport(corpus, { format: p?.format === 'markdown' ? 'markdown' : 'html', webview: !!p?.webview, nonce: p?.nonce,
    label: links.label, href: (doc, offset) => links.href(doc, offset) ?? doc, uri: (doc) => doc });
});

connection.onCodeAction((p) => at(() => codeActions(corpus, p))(p.textDocument.uri));

connection.onExecuteCommand(async (p) => {
  const args = (p.arguments ?? []) as unknown[];
  switch (p.command) {
    case 'crosscheck.reindex':
      await reindex();
      return null;
    case 'crosscheck.markReviewed': {
      const [self, others] = args as [FigureRef, Array<FigureRef & { verdict?: string }>];
      let next = corpus.decisions;
      for (const o of others ?? []) next = next.with(decide(corpus, 'reviewed', self, o, o.verdict));
      saveReviews(next);
      return null;
    }
    case 'crosscheck.notSameFigure': {
      const [a, b] = args as [FigureRef, FigureRef];
      saveReviews(corpus.decisions.with(decide(corpus, 'different', a, b)));
      return null;
    }
    case 'crosscheck.listDecisions':
      return corpus.decisions.list.map((d, index) => ({ index, ...d }));
    case 'crosscheck.undoDecision': {
      const [index] = args as [number];
      if (typeof index === 'number' && index >= 0 && index < corpus.decisions.size) saveReviews(corpus.decisions.without(index));
      return null;
    }
  }
  return null;
});

documents.listen(connection);
connection.listen();
