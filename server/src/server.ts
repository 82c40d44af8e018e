import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type DefinitionParams,
  type DidChangeWatchedFilesParams,
  type DocumentHighlightParams,
  type DocumentSymbolParams,
  type ExecuteCommandParams,
  type HoverParams,
  type ReferenceParams,
  type SemanticTokensParams,
  type WorkspaceSymbolParams,
  type InitializeError,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { Corpus } from './core';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/config';
import { diagnosticsFor } from './lsp/diagnostics';
import * as features from './lsp/features';
import { CorpusFiles } from './lsp/workspace';
import { collectNow, keepHeapNearLiveSize } from './heap';
import { codeActions } from './lsp/actions';
import {
  checkMention,
  checkRef,
  decide,
  decideNames,
  ReviewStore,
  type FigureRef,
  type MentionRef,
} from './lsp/reviews';
import { FramingCheck } from './lsp/framing';
import { respellUris } from './lsp/uris';
import { ChangeArrivals } from './lsp/arrivals';
import { TappedReader } from './lsp/tapped-reader';
import type { Decisions } from './core';
import {
  FINDING_REQUEST,
  MENTIONS_REQUEST,
  REPORT_REQUEST,
  SAME_ENTITY_CHOICES_REQUEST,
  STATUS_NOTIFICATION,
  SUMMARY_REQUEST,
  type FindingParams,
  type MentionsParams,
  type ReportParams,
  type StatusParams,
  type SummaryParams,
} from './protocol';
import { renderReport } from './report/document';
import { finding, mentions, sameEntityChoices, summary } from './lsp/summary';

/** The language server: wires LSP messages to the corpus. Run as `node server/out/server.js --stdio`. */

keepHeapNearLiveSize(30); // (see heap.ts; reading a folder takes 50)

/** What the transport brought of each document's changes (over stdio and `--node-ipc`). */
let arrivals: ChangeArrivals | undefined;

/**
 * Over stdio, stdin goes through a framing check: a malformed header would leave the JSON-RPC reader
 * waiting forever, so the server says why on stderr and exits non-zero, and the editor starts a fresh
 * one. Other transports (VS Code's `--node-ipc`, sockets, pipes) carry whole messages (VS Code spells
 * URIs as the server does): `--node-ipc` is made as the library makes it, its changes noted
 * (`ChangeArrivals`); sockets and pipes are left to the library to make from the command line.
 */
function stdioConnection() {
  const input = process.stdin.pipe(
    new FramingCheck((problem) => {
      process.stderr.write(
        `crosscheck: bad message framing on stdin: ${problem}; exiting so that the editor restarts the server\n`,
      );
      process.exit(1);
    }),
  );
  process.stdin.on('end', () => input.end());
  // The editor closed the pipe: no one is left to answer (given a reader rather than a stream, the library
  // does not end the process itself); 0 after a shutdown request, as the protocol has it.
  const closed = () => process.exit(phase === 'shutdown' ? 0 : 1);
  input.on('end', closed);
  input.on('close', closed);
  // (the URIs editors other than VS Code send, respelled: see uris.ts)
  const noted = (arrivals = new ChangeArrivals());
  const reader = new TappedReader(new StreamMessageReader(input), (m) => {
    respellUris(m);
    noted.note(m);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

/** VS Code's transport, its changes noted. */
function ipcConnection() {
  const noted = (arrivals = new ChangeArrivals());
  const reader = new TappedReader(new IPCMessageReader(process), (m) => noted.note(m));
  return createConnection(ProposedFeatures.all, reader, new IPCMessageWriter(process));
}

const connection = process.argv.includes('--stdio')
  ? stdioConnection()
  : process.argv.includes('--node-ipc')
    ? ipcConnection()
    : createConnection(ProposedFeatures.all);
// Nothing may print to stdout on a stdio channel: route stray console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

// ---- guards: an error in one handler or timer is logged, and the server goes on ---------------

function logError(where: string, e: unknown): void {
  try {
    connection.console.error(`Crosscheck: ${where} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    process.stderr.write(`crosscheck: ${where} failed: ${String(e)}\n`);
  }
}

/** Runs a handler or timer body; an exception or a rejected promise is logged, never fatal. */
function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) r.catch((e: unknown) => logError(where, e));
    } catch (e) {
      logError(where, e);
    }
  };
}

process.on('uncaughtException', (e) => logError('an unguarded callback', e));
process.on('unhandledRejection', (e) => logError('an unguarded promise', e));

// ---- lifecycle: requests only between initialize and shutdown ------------------------------

let phase: 'new' | 'running' | 'shutdown' = 'new';

function phaseError(): ResponseError<void> | undefined {
  if (phase === 'new')
    return new ResponseError(
      ErrorCodes.ServerNotInitialized,
      'the server is not initialized yet (send initialize first)',
    );
  if (phase === 'shutdown')
    return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down (shutdown was received)');
  return undefined;
}

/** A request handler that answers only while running; an exception becomes an error reply and a log line. */
function request<P, R>(method: string, fn: (p: P) => R | Promise<R>): (p: P) => Promise<R | ResponseError<void>> {
  return async (p: P) => {
    const refused = phaseError();
    if (refused) return refused;
    try {
      return await fn(p);
    } catch (e) {
      if (e instanceof ResponseError) return e as ResponseError<void>;
      logError(method, e);
      return new ResponseError(ErrorCodes.InternalError, `${method} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  };
}

const documents = new TextDocuments(TextDocument);
const corpus = new Corpus();
let settings: Settings = DEFAULT_SETTINGS;
let canProgress = false,
  canWatch = false,
  canConfigure = false,
  canFolders = false,
  canConfigChange = false,
  pickers = false;
/** Each open buffer's version as last read: its diagnostics say which version they are for. */
const readVersions = new Map<string, number>();
/** An open buffer's text; a client that sent no string (or nothing) as text has no text for it. */
const openText = (uri: string): string | undefined => {
  const doc = documents.get(uri);
  const t: unknown = doc?.getText();
  if (typeof t !== 'string') return undefined;
  readVersions.set(uri, doc!.version);
  return t;
};
const files = new CorpusFiles(corpus, [], settings, openText);
files.onError = (message) => connection.console.error(message);
const published = new Set<string>();
const reviews = new ReviewStore(undefined);
let indexed = false;

/** Sets the workspace folders; a filesystem root or a home folder is not read, and the log says so. */
function setFolders(folders: string[]): void {
  files.setFolders(folders);
  corpus.setFolders(folders.map((f) => URI.file(f).toString()));
  reviews.setFolder(files.firstFolder);
  for (const r of files.refused) {
    const message =
      `Crosscheck does not read the workspace folder ${r}. ` +
      'Open the folder of articles instead; open documents are still checked.';
    connection.console.warn(message);
    void connection.window.showWarningMessage(message);
  }
}

connection.onShutdown(() => {
  phase = 'shutdown';
});

connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
  // a second initialize changes nothing (and walks nothing): the first one's workspace stands
  if (phase !== 'new')
    return new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized', { retry: false });
  phase = 'running';
  const folders =
    params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ??
    (params.rootUri ? [URI.parse(params.rootUri).fsPath] : params.rootPath ? [params.rootPath] : []);
  setFolders(folders);
  canProgress = !!params.capabilities.window?.workDoneProgress;
  canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canConfigure = !!params.capabilities.workspace?.configuration;
  canFolders = !!params.capabilities.workspace?.workspaceFolders;
  canConfigChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  // a client that can show a list to pick from (the VS Code extension) gets "same as…" actions that ask
  pickers = !!(params.initializationOptions as { pickers?: unknown } | undefined)?.pickers;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: {
        legend: { tokenTypes: features.SEMANTIC_TOKEN_TYPES, tokenModifiers: features.SEMANTIC_TOKEN_MODIFIERS },
        full: true,
      },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      executeCommandProvider: {
        commands: [
          'crosscheck.reindex',
          'crosscheck.markReviewed',
          'crosscheck.notSameFigure',
          'crosscheck.listDecisions',
          'crosscheck.undoDecision',
          'crosscheck.sameEntity',
          'crosscheck.differentEntity',
        ],
      },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck', version: '0.1.0' },
  };
});

let started = false;

connection.onInitialized(
  guarded('initialized', async () => {
    if (started || phase !== 'running') return;
    started = true;
    if (canWatch) {
      await connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
        .catch(() => undefined);
    }
    // Settings changes reach the server only if it asks for them (vscode-languageclient sends none by itself).
    if (canConfigChange)
      await connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'crosscheck' })
        .catch(() => undefined);
    if (canFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guarded('workspace folders change', async () => {
          const fs = await connection.workspace.getWorkspaceFolders();
          setFolders((fs ?? []).map((f) => URI.parse(f.uri).fsPath));
          loadReviews();
          await reindex();
        }),
      );
    }
    await loadSettings();
    loadReviews();
    await reindex();
  }),
);

/** Reads the review file; a damaged one is reported and treated as empty (the file itself is left alone). */
function loadReviews(): string[] {
  const { decisions, error } = reviews.load();
  if (error) {
    const effect = decisions.size
      ? `the other ${decisions.size} decision(s) apply`
      : 'review decisions are not applied until it is fixed';
    void connection.window.showWarningMessage(`Crosscheck: ${error}; ${effect}.`);
  }
  return setDecisions(decisions);
}

/**
 * The reviewer's decisions applied; returns the articles whose findings changed. The view lists what they
 * decide (names joined or split, pairs reviewed), whether or not an article's findings changed: the status
 * tells it to ask again.
 */
function setDecisions(next: Decisions): string[] {
  const affected = corpus.setDecisions(next);
  statusChanged();
  return affected;
}

/**
 * Saves the decisions; when that fails the user is told why and the request answers with an error. The
 * articles whose findings change are republished, `first` (where the decision was made) at once.
 */
function saveReviews(next: Decisions, first?: string): void {
  try {
    reviews.save(next);
  } catch (e) {
    const message = `Crosscheck could not save the review decision: ${(e as Error).message}`;
    void connection.window.showErrorMessage(message);
    throw new ResponseError(ErrorCodes.InternalError, message);
  }
  republish(setDecisions(next), first);
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

connection.onDidChangeConfiguration(
  guarded('configuration change', async () => {
    if (phase !== 'running') return;
    const before = JSON.stringify(settings);
    await loadSettings();
    if (JSON.stringify(settings) !== before) await reindex();
  }),
);

/** Whether the limit's warning was shown since the last index (later ones are logged: see `warnLeftOut`). */
let limitShown = false;

/**
 * Says in the log that files past `crosscheck.maxFiles` were not read, and in a warning the first time after
 * an index (files saved one by one into a full corpus would each bring one).
 */
function warnLeftOut(count: number, atLeast: boolean): void {
  const message =
    `Crosscheck reads at most ${files.maxFiles.toLocaleString('en-US')} files of the workspace ` +
    `(crosscheck.maxFiles); ${atLeast ? 'at least ' : ''}${count.toLocaleString('en-US')} ` +
    `${count === 1 && !atLeast ? 'was' : 'were'} not read.`;
  connection.console.warn(message);
  if (!limitShown) void connection.window.showWarningMessage(message);
  limitShown = true;
}

/** Reads the whole corpus with work-done progress, then publishes diagnostics for every article. */
async function reindex(): Promise<void> {
  let reporter: WorkDoneProgressServerReporter | undefined;
  if (canProgress) {
    reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
    reporter?.begin('Crosscheck', 0, 'Finding articles…', false);
  }
  indexing = { active: true, done: 0, total: 0 };
  keepHeapNearLiveSize(50); // (see heap.ts)
  const started = performance.now();
  const result = await files.indexAll({
    report: (done, total) => {
      reporter?.report(total ? Math.round((100 * done) / total) : 100, `Indexing ${done}/${total} articles`);
      indexing = { active: true, done, total };
      statusChanged();
    },
  });
  keepHeapNearLiveSize(30);
  reporter?.done();
  indexing = { ...indexing, active: false };
  statusChanged();
  if (!result) return;
  indexed = true;
  limitShown = false;
  if (result.leftOut || result.incomplete) warnLeftOut(result.leftOut, result.incomplete);
  const skipped = [...files.status].filter(([, s]) => s.skipped);
  for (const [uri, s] of skipped) connection.console.info(`Crosscheck skipped ${URI.parse(uri).fsPath}: ${s.skipped}`);
  for (const uri of corpus.documents()) {
    const unread = corpus.analysis(uri)?.notProse;
    if (unread) connection.console.info(`Crosscheck read nothing from ${URI.parse(uri).fsPath}: ${unread}`);
  }
  const tooLarge = skipped.filter(([, s]) => /limit/.test(s.skipped ?? ''));
  if (tooLarge.length) {
    void connection.window.showWarningMessage(
      `Crosscheck skipped ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} over the size limit ` +
        `(crosscheck.maxFileSize): ${tooLarge
          .slice(0, 3)
          .map(([u]) => URI.parse(u).fsPath.split('/').pop())
          .join(', ')}${tooLarge.length > 3 ? ', …' : ''}`,
    );
  }
  const read = performance.now();
  corpus.resolution(); // (made here to be timed: publishing reads the same one)
  const resolved = performance.now();
  collectNow(); // (see heap.ts)
  const collected = performance.now();
  await publishAll();
  keepHeapNearLiveSize(15); // (what follows comes in small steps: see heap.ts)
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  const done = performance.now();
  connection.console.info(
    `Crosscheck indexed ${corpus.size.toLocaleString('en-US')} articles in ${seconds(started, done)}: ` +
      `read and analysed in ${seconds(started, read)}, names resolved in ${seconds(read, resolved)}, ` +
      `heap collected in ${seconds(resolved, collected)}, ` +
      `figures compared and diagnostics sent in ${seconds(collected, done)}`,
  );
}

/** Findings per article as last published, by code, and their sums: the status bar's counts. */
const counts = new Map<string, Record<string, number>>();
const totals: Record<string, number> = {};

/**
 * An article's counts, and the sums with them (summing every article's counts at each message took 1–11 ms
 * at 10,000 articles of realistic length, every 100 ms while publishing or editing).
 */
function setCounts(uri: string, c: Record<string, number> | undefined): void {
  for (const [code, n] of Object.entries(counts.get(uri) ?? {})) totals[code] -= n;
  if (!c) {
    counts.delete(uri);
    return;
  }
  counts.set(uri, c);
  for (const [code, n] of Object.entries(c)) totals[code] = (totals[code] ?? 0) + n;
}

function publish(uri: string): Promise<void> {
  if (!corpus.has(uri))
    return openText(uri) !== undefined && files.status.get(uri)?.skipped ? publishSkipped(uri) : clearDiagnostics(uri);
  published.add(uri);
  const diagnostics = diagnosticsFor(corpus, uri, files.status.get(uri), settings);
  const c: Record<string, number> = {};
  for (const d of diagnostics) c[String(d.code)] = (c[String(d.code)] ?? 0) + 1;
  setCounts(uri, c);
  statusChanged();
  // (a buffer's edit waiting out the debounce is not read yet: these are for the version that was)
  const version = documents.get(uri) ? readVersions.get(uri) : undefined;
  return connection.sendDiagnostics({ uri, version, diagnostics });
}

/** An open buffer that is not analysed (too large, or the analysis failed) gets one diagnostic saying why. */
function publishSkipped(uri: string): Promise<void> {
  published.add(uri);
  setCounts(uri, undefined);
  statusChanged();
  const start = { line: 0, character: 0 };
  return connection.sendDiagnostics({
    uri,
    diagnostics: [
      {
        range: { start, end: start },
        severity: DiagnosticSeverity.Information,
        source: 'crosscheck',
        code: 'file-skipped',
        message: `Crosscheck: ${files.status.get(uri)?.skipped ?? 'not analysed'}`,
      },
    ],
  });
}

function clearDiagnostics(uri: string): Promise<void> {
  setCounts(uri, undefined);
  statusChanged();
  return published.delete(uri) ? connection.sendDiagnostics({ uri, diagnostics: [] }) : Promise.resolve();
}

let indexing = { active: false, done: 0, total: 0 };
let statusTimer: NodeJS.Timeout | undefined;

/** Tells the client (status bar, review panel) that counts changed; coalesced to one message per 100 ms. */
function statusChanged(): void {
  statusTimer ??= setTimeout(
    guarded('status', () => {
      statusTimer = undefined;
      const params: StatusParams = {
        indexing: indexing.active,
        done: indexing.done,
        total: indexing.total,
        articles: corpus.size,
        conflicts: totals['figure-conflict'] ?? 0,
        roundings: totals['figure-rounding'] ?? 0,
        updates: totals['figure-updated'] ?? 0,
        skipped: files.status.skipped,
      };
      void connection.sendNotification(STATUS_NOTIFICATION, params);
    }),
    100,
  );
}

/**
 * Publishes every article's diagnostics, the articles open in the editor first: at 10,000 articles of
 * realistic length publishing takes seconds, and the article being read must not wait for the others.
 */
async function publishAll(): Promise<void> {
  corpus.takeTouched();
  const open = new Set(documents.keys().filter((u) => corpus.has(u)));
  await publishInBatches([
    ...open,
    ...corpus.documents().filter((u) => !open.has(u)),
    ...[...published].filter((u) => !corpus.has(u)),
  ]);
}

/**
 * Articles published at a time, each batch written before the next is made: bounded memory, and requests
 * and edits are answered in between.
 */
const PUBLISH_BATCH = 20;

async function publishInBatches(uris: string[]): Promise<void> {
  for (let i = 0; i < uris.length; i += PUBLISH_BATCH) {
    await nextTurn(); // (see drainRepublish)
    await Promise.all(uris.slice(i, i + PUBLISH_BATCH).map(publish));
  }
}

/**
 * After an article changed: republish the articles whose findings it touches, the edited one first and on
 * its own (an edit in a large corpus can touch hundreds of articles; the one being typed in must not wait).
 * The others join one queue, drained in batches: an article touched again by the next edit before its turn
 * is published once, as it then is (at realistic length an edit touches about 200 articles, and typing
 * edits faster than they are republished).
 */
function publishTouched(edited?: string): void {
  if (!indexed) return;
  republish(corpus.takeTouched(), edited);
}

/**
 * Republishes the articles, `first` (when among them) at once and on its own, the others through the queue.
 * Also after a review decision: one about figures changes the findings of hundreds of articles, one about
 * names those whose spelling variants or ages it reaches, and the requests that follow are answered between
 * the queue's batches.
 */
function republish(uris: readonly string[], first?: string): void {
  if (!indexed) return; // (the index publishes every article when done)
  for (const u of uris) if (u !== first) toRepublish.add(u);
  if (first !== undefined && uris.includes(first)) {
    toRepublish.delete(first);
    // (made now, before the queue's next batch; a throw is logged as a rejection is)
    (async () => publish(first))().catch((e: unknown) => logError('publishing diagnostics', e));
  }
  drainRepublish().catch((e: unknown) => logError('publishing diagnostics', e));
}

const toRepublish = new Set<string>();
let draining = false;

/**
 * Articles of the queue published and not yet written, at most. Over stdio their messages wait in the
 * connection's writer, one behind the other, and the next edit's own article waits behind them; each written
 * makes room for the next, so the writer is never left without one (over node IPC a message is handed to the
 * channel at once). (Measured before each article took a turn of its own: published in batches of 20, each
 * written before the next was made, the benchmark's 40 number edits at realistic length, made one after
 * another, had a p95 of 383–486 ms; in batches of 5, 256–417 ms, but the queue drained a fifth slower: 0.85 ms
 * an article against 0.69, and 0.72 so.)
 */
const REPUBLISH_IN_FLIGHT = 5;

async function drainRepublish(): Promise<void> {
  if (draining) return;
  draining = true;
  const writing = new Set<Promise<void>>();
  try {
    while (toRepublish.size || writing.size) {
      if (toRepublish.size && writing.size < REPUBLISH_IN_FLIGHT) {
        // a turn of the event loop before each, in which the editor's messages are read (vscode-jsonrpc reads
        // one a turn): over node IPC, VS Code's transport, a message's write completes at once, and the queue
        // drained whole before an edit or a request that came meanwhile was read; over stdio each turn wrote
        // about twice as many as the last (at realistic length an edit waited up to 0.6 s)
        await nextTurn();
        // (once the editor asked the server to shut down, nothing more is sent)
        if (phase === 'shutdown') toRepublish.clear();
        const uri = first(toRepublish);
        if (uri === undefined) continue;
        toRepublish.delete(uri);
        // (a failed write is logged here: the loop may be waiting for its next turn, with no one to handle it)
        const sent: Promise<void> = publish(uri)
          .catch((e: unknown) => logError('publishing diagnostics', e))
          .finally(() => writing.delete(sent));
        writing.add(sent);
      } else await Promise.race(writing);
    }
  } finally {
    draining = false;
  }
}

/** A set's first member, in order. */
const first = <T>(set: Set<T>): T | undefined => set.values().next().value;

// ---- open documents: the editor's text wins over the file on disk ---------------------------

const pending = new Map<string, NodeJS.Timeout>();
/**
 * A change is read at once when it is the last its document's transport brought and no change of the
 * document was read in the last this long; otherwise it waits until the changes pause this long. Keys come
 * 100–300 ms apart when typed and about 30 ms apart when held down or sent in a burst (a paste in several
 * changes, a replace-all): a burst is read at its first change and once it pauses (one that came whole,
 * or while the server was busy, once), and a correction is published before the eye is back on the line.
 */
const EDIT_DEBOUNCE_MS = 50;
/** When a change of each open document was last read (`performance.now()`). */
const lastRead = new Map<string, number>();
/** Documents just opened: the open's change event is the open, read already. */
const opened = new Set<string>();

function belongs(doc: TextDocument): boolean {
  return doc.languageId === 'crosscheck-article' || files.inCorpus(doc.uri);
}

/** (Re)reads one open document into the corpus and republishes what changed, its own diagnostics included. */
function refresh(uri: string): void {
  const changed = files.load(uri);
  if (changed) publishTouched(uri);
  if (indexed && !corpus.has(uri)) void publish(uri);
}

/** Applies a pending edit now (a request must see the text the user sees). */
function flush(uri: string): void {
  const t = pending.get(uri);
  if (!t) return;
  clearTimeout(t);
  pending.delete(uri);
  readChange(uri);
}

/** Reads an open document's changed text, and notes when. */
function readChange(uri: string): void {
  try {
    const doc = documents.get(uri);
    if (doc && belongs(doc)) refresh(uri);
  } finally {
    lastRead.set(uri, performance.now());
  }
}

/** Applies every pending edit now (a list of the whole corpus must see the texts the user sees). */
function flushAll(): void {
  for (const uri of [...pending.keys()]) flush(uri);
}

documents.onDidOpen(
  guarded('didOpen', (e) => {
    opened.add(e.document.uri);
    if (phase !== 'running' || !belongs(e.document)) return;
    if (openText(e.document.uri) === undefined) {
      connection.console.error(
        `Crosscheck: didOpen of ${e.document.uri} carried no text (textDocument.text must be a string); ` +
          'the document is ignored',
      );
      return;
    }
    refresh(e.document.uri);
  }),
);

documents.onDidChangeContent(
  guarded('didChange', (e) => {
    const uri = e.document.uri;
    if (opened.delete(uri) || phase !== 'running' || !belongs(e.document)) return;
    const latest = arrivals?.latest(uri);
    const paused =
      !pending.has(uri) &&
      performance.now() - (lastRead.get(uri) ?? -Infinity) >= EDIT_DEBOUNCE_MS &&
      (arrivals === undefined || latest === e.document.version);
    if (paused) {
      readChange(uri);
      return;
    }
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(
        guarded('analysing an edit', () => flush(uri)),
        EDIT_DEBOUNCE_MS,
      ),
    );
  }),
);

documents.onDidClose(
  guarded('didClose', (e) => {
    const uri = e.document.uri;
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    lastRead.delete(uri);
    arrivals?.forget(uri);
    readVersions.delete(uri);
    if (phase !== 'running') return;
    // Back to the file on disk (unsaved edits are gone); a file deleted while open leaves the corpus, and so
    // does one the limit left out (open, its buffer was read whatever the corpus held)
    if (files.inCorpus(uri) && !files.pastLimit(uri)) files.load(uri);
    else files.remove(uri);
    if (!corpus.has(uri)) void clearDiagnostics(uri);
    publishTouched();
  }),
);

connection.onDidChangeWatchedFiles(
  guarded('watched files', (e: DidChangeWatchedFilesParams) => {
    if (phase !== 'running') return;
    let changed = false;
    const deleted: string[] = [];
    let skippedGone = false;
    let notRead = 0,
      incomplete = false;
    const waiting = new Set<string>();
    const loaded = new Set<string>(); // (a tree copied in is reported folder by folder, and file by file)
    // (articles that come or go: each resolved in place while they are few, else the corpus afresh, once; a
    // deletion of a path not held takes no article, whatever its name, but a folder's, counted below)
    let comings = 0;
    for (const c of e.changes)
      if (
        c.type === FileChangeType.Deleted
          ? files.status.has(c.uri)
          : c.type === FileChangeType.Created && (files.status.has(c.uri) || files.inCorpus(c.uri))
      )
        comings++;
    corpus.expectComings(comings);
    // (no more files than the index reads: whether one was read)
    const read = (uri: string): boolean => {
      if (!files.admits(uri)) return false;
      changed = files.load(uri) || changed;
      return true;
    };
    for (const c of e.changes) {
      if (reviews.isReviewFile(c.uri)) {
        republish(loadReviews());
        continue;
      }
      if (documents.get(c.uri)) continue; // the open buffer is the truth
      if (c.type === FileChangeType.Deleted) {
        // (a folder deleted is reported alone: its files go with it, but those open in the editor)
        const gone = files.status.has(c.uri) ? [c.uri] : [c.uri, ...files.under(c.uri)];
        if (gone.length > 1) corpus.expectComings(gone.length - 1);
        for (const uri of gone) {
          if (uri !== c.uri && documents.get(uri)) continue;
          skippedGone ||= !!files.status.get(uri)?.skipped;
          changed = files.remove(uri) || changed;
          deleted.push(uri);
          loaded.delete(uri); // (made again later in the batch, it is read again)
        }
      } else {
        // (a folder moved in is reported alone: its articles are read, on this thread, one after another; a
        // folder named like an article, "x.txt", is a folder)
        const inside = c.type === FileChangeType.Created ? files.filesIn(c.uri) : undefined;
        if (inside) {
          corpus.expectComings(inside.uris.length);
          notRead += inside.leftOut;
          incomplete ||= inside.incomplete;
        }
        for (const uri of inside?.uris ?? (files.inCorpus(c.uri) ? [c.uri] : [])) {
          if (documents.get(uri) || loaded.has(uri)) continue;
          // (a path to no corpus file, or to one the index reads by another path, is not read nor counted)
          if (!inside && !files.status.has(uri) && !files.isCorpusFile(uri)) continue;
          loaded.add(uri);
          // (past the limit, a file waits for the batch's deletions: a rename may be reported as the new name
          // made, then the old one deleted)
          if (!read(uri)) waiting.add(uri);
        }
      }
    }
    for (const uri of waiting) {
      if (loaded.has(uri) && !read(uri)) notRead++; // (not if deleted later in the batch)
    }
    if (notRead || incomplete) warnLeftOut(notRead, incomplete);
    // a file deleted (and not made again by the same changes, as a save that replaces it is) has its diagnostics
    // cleared at once, and the others a turn later, when the clears are written (over stdio too): they wait for
    // every article's names to be resolved again, seconds in a large corpus. (Only a file that had diagnostics:
    // every file of the workspace is watched, and a deletion in .git must not make the status bar ask again.)
    for (const uri of deleted) if (!corpus.has(uri) && published.has(uri)) void clearDiagnostics(uri);
    if (skippedGone) statusChanged(); // (the count of skipped files)
    if (changed) void nextTurn().then(guarded('watched files', () => publishTouched()));
  }),
);

// ---- requests -------------------------------------------------------------------------------

const at =
  <T>(fn: (uri: string) => T) =>
  (uri: string): T => {
    flush(uri);
    return fn(uri);
  };

connection.onHover(
  request('hover', (p: HoverParams) => at((u) => features.hover(corpus, u, p.position))(p.textDocument.uri)),
);
connection.onDefinition(
  request('definition', (p: DefinitionParams) =>
    at((u) => features.definition(corpus, u, p.position))(p.textDocument.uri),
  ),
);
connection.onReferences(
  request('references', (p: ReferenceParams) =>
    at((u) => features.references(corpus, u, p.position))(p.textDocument.uri),
  ),
);
connection.onDocumentHighlight(
  request('documentHighlight', (p: DocumentHighlightParams) =>
    at((u) => features.highlights(corpus, u, p.position))(p.textDocument.uri),
  ),
);
connection.onDocumentSymbol(
  request('documentSymbol', (p: DocumentSymbolParams) =>
    at((u) => features.documentSymbols(corpus, u))(p.textDocument.uri),
  ),
);
connection.onWorkspaceSymbol(
  request('workspaceSymbol', (p: WorkspaceSymbolParams) => features.workspaceSymbols(corpus, String(p.query ?? ''))),
);
connection.languages.semanticTokens.on(
  request('semanticTokens', (p: SemanticTokensParams) => ({
    data: at((u) => features.semanticTokens(corpus, u))(p.textDocument.uri),
  })),
);
connection.onRequest(
  SUMMARY_REQUEST,
  request(SUMMARY_REQUEST, (p: SummaryParams | null) => {
    flushAll();
    return summary(corpus, p);
  }),
);
connection.onRequest(
  FINDING_REQUEST,
  request(FINDING_REQUEST, (p: FindingParams) => {
    if (typeof p?.uri !== 'string' || !Number.isInteger(p.figure) || typeof p.verdict !== 'string')
      throw invalid('the params must be { uri, figure, verdict }');
    return finding(corpus, p);
  }),
);
connection.onRequest(
  MENTIONS_REQUEST,
  request(MENTIONS_REQUEST, (p: MentionsParams) => {
    if (typeof p?.id !== 'string') throw invalid('the params must be { id, articles? }');
    return mentions(corpus, p);
  }),
);
connection.onRequest(
  SAME_ENTITY_CHOICES_REQUEST,
  request(SAME_ENTITY_CHOICES_REQUEST, (p: unknown) => {
    const ref = checkMention(corpus, p, 'the mention');
    if (typeof ref === 'string') throw invalid(ref);
    return sameEntityChoices(corpus, ref.uri, ref.offset);
  }),
);
connection.onRequest(
  REPORT_REQUEST,
  request(REPORT_REQUEST, (p: ReportParams) => {
    flushAll();
    const links = features.articleLinks(corpus);
    return renderReport(corpus, {
      format: p?.format === 'markdown' ? 'markdown' : 'html',
      webview: !!p?.webview,
      nonce: p?.nonce,
      label: links.label,
      href: (doc, offset) => links.href(doc, offset) ?? doc,
      uri: (doc) => doc,
    });
  }),
);

connection.onCodeAction(
  request('codeAction', (p: CodeActionParams) => at(() => codeActions(corpus, p, pickers))(p.textDocument.uri)),
);

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** The figures of `crosscheck.markReviewed`: the figure, then a non-empty list of counterparts. */
function markReviewedArgs(args: unknown[]): { self: FigureRef; others: Array<FigureRef & { verdict?: string }> } {
  const [self, others] = args;
  const bad = checkRef(corpus, self, 'the figure');
  if (bad) throw invalid(bad);
  if (!Array.isArray(others) || !others.length)
    throw invalid('the counterparts must be a non-empty list of { uri, figure }');
  for (const [i, o] of others.entries()) {
    const why = checkRef(corpus, o, `counterpart ${i + 1}`);
    if (why) throw invalid(why);
    const verdict = (o as { verdict?: unknown }).verdict;
    if (verdict !== undefined && typeof verdict !== 'string')
      throw invalid(`counterpart ${i + 1}: "verdict" must be a string`);
  }
  return { self: self as FigureRef, others: others as Array<FigureRef & { verdict?: string }> };
}

function mentionArgs(args: unknown[]): [MentionRef, MentionRef] {
  const a = checkMention(corpus, args[0], 'the first mention'),
    b = checkMention(corpus, args[1], 'the second mention');
  if (typeof a === 'string') throw invalid(a);
  if (typeof b === 'string') throw invalid(b);
  return [a, b];
}

function notSameArgs(args: unknown[]): [FigureRef, FigureRef] {
  const bad = checkRef(corpus, args[0], 'the first figure') ?? checkRef(corpus, args[1], 'the second figure');
  if (bad) throw invalid(bad);
  return [args[0] as FigureRef, args[1] as FigureRef];
}

connection.onExecuteCommand(
  request('executeCommand', async (p: ExecuteCommandParams) => {
    const args: unknown[] = Array.isArray(p.arguments) ? p.arguments : [];
    switch (p.command) {
      case 'crosscheck.reindex':
        await reindex();
        return null;
      case 'crosscheck.markReviewed': {
        const { self, others } = markReviewedArgs(args);
        let next = corpus.decisions;
        for (const o of others) next = next.with(decide(corpus, 'reviewed', self, o, o.verdict));
        saveReviews(next, self.uri);
        return null;
      }
      case 'crosscheck.notSameFigure': {
        const [a, b] = notSameArgs(args);
        saveReviews(corpus.decisions.with(decide(corpus, 'different', a, b)), a.uri);
        return null;
      }
      case 'crosscheck.sameEntity':
      case 'crosscheck.differentEntity': {
        const [a, b] = mentionArgs(args);
        const kind = p.command === 'crosscheck.sameEntity' ? 'same' : 'different';
        const ka = corpus.entity(corpus.mentionAt(a.uri, a.offset)!.entityId)?.kind,
          kb = corpus.entity(corpus.mentionAt(b.uri, b.offset)!.entityId)?.kind;
        if (kind === 'same' && ka !== kb) throw invalid(`a ${ka ?? 'name'} cannot be the same as a ${kb ?? 'name'}`);
        saveReviews(corpus.decisions.withName(decideNames(corpus, kind, a, b)), a.uri);
        return null;
      }
      case 'crosscheck.listDecisions':
        return corpus.decisions.all().map((d, index) => ({ index, ...d }));
      case 'crosscheck.undoDecision': {
        const [index] = args;
        const count = corpus.decisions.all().length;
        if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= count) {
          throw invalid(`no decision ${JSON.stringify(index)} (there are ${count}; see crosscheck.listDecisions)`);
        }
        saveReviews(corpus.decisions.without(index as number));
        return null;
      }
    }
    throw invalid(`unknown command ${JSON.stringify(p.command)}`);
  }),
);

// Any other request: refused the same way before initialize and after shutdown, else unknown.
connection.onRequest(
  request('request', (method: string): never => {
    throw new ResponseError(ErrorCodes.MethodNotFound, `unhandled method ${method}`);
  }),
);

documents.listen(connection);
connection.listen();
