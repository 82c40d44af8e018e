import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, LanguageClient, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

/**
 * The VS Code client: starts the bundled language server and forwards to it. It makes no decisions
 * about the analysis — settings are pulled by the server (`workspace/configuration`) and file
 * watchers are registered by the server (dynamic `workspace/didChangeWatchedFiles`).
 */

/** Must match the `crosscheck.*` settings prefix: the client reads `crosscheck.trace.server` by this id. */
const CLIENT_ID = 'crosscheck';
const SERVER_REINDEX_COMMAND = 'crosscheck.reindex';

let client: LanguageClient | undefined;

/** A review decision as the server lists it. */
interface DecisionItem {
  index: number;
  decision: 'reviewed' | 'different';
  figures: [string, string];
  verdict?: string;
  files?: [string, string];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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

  try {
    await languageClient.start();
  } catch (error) {
    // The language client has already notified the user; record which server module failed.
    output.error(`Could not start the language server ${module}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  // stop() throws unless the client is running (e.g. when the server failed to launch).
  if (c?.isRunning()) await c.stop();
}
