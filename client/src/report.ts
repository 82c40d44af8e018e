import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_REQUEST, type ReportParams } from '../../server/src/protocol';

/**
 * The corpus report: the server writes it (`crosscheck/report`); here it is shown in a locked-down
 * webview, or saved to a file. The only script in the webview is ours: a click on an element with
 * `data-uri` / `data-line` / `data-character` posts that position, and the extension opens it.
 */

export const REPORT_TITLE = 'Crosscheck Report';

/** What the webview's script posts when a figure is clicked. */
interface OpenMessage {
  uri: string;
  line: number;
  character: number;
}

const isPosition = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Checks a message from the webview: a position in a file (or untitled) document, nothing else. */
export function parseOpenMessage(m: unknown): { uri: vscode.Uri; position: vscode.Position } | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const { uri, line, character } = m as Partial<OpenMessage>;
  if (typeof uri !== 'string' || !isPosition(line)) return undefined;
  let parsed: vscode.Uri;
  try {
    parsed = vscode.Uri.parse(uri, true);
  } catch {
    return undefined;
  }
  if (parsed.scheme !== 'file' && parsed.scheme !== 'untitled') return undefined;
  return { uri: parsed, position: new vscode.Position(line, isPosition(character) ? character : 0) };
}

/** The webview document around the server's fragment: CSP with one nonce for its <style> and our <script>. */
export function reportHtml(fragment: string, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${REPORT_TITLE}</title></head><body>
${fragment}
<script nonce="${nonce}">
(() => {
  const vscode = acquireVsCodeApi();
  const open = (el) => {
    const line = Number(el.dataset.line);
    const character = Number(el.dataset.character);
    vscode.postMessage({ uri: el.dataset.uri, line, character: Number.isInteger(character) ? character : 0 });
  };
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-uri]') : null;
    if (!el) return;
    e.preventDefault();
    open(el);
  });
  // Rows or cells that carry a position but are not links: reachable and usable from the keyboard too.
  for (const el of document.querySelectorAll('[data-uri]:not(a):not(button)')) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'link');
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      open(el);
    });
  }
})();
</script></body></html>`;
}

export class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private generation = 0;
  /** The findings changed while the panel was hidden: render when it is shown. */
  private stale = false;

  constructor(private readonly client: LanguageClient) {}

  /** The open report panel, if any (for tests). */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or reveals) the report and renders it afresh. */
  async show(): Promise<vscode.WebviewPanel | undefined> {
    if (!this.client.isRunning()) {
      void vscode.window.showWarningMessage('Crosscheck: the language server is not running.');
      return undefined;
    }
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel('crosscheck.report', REPORT_TITLE, vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
      });
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && this.stale) void this.render().catch(() => undefined);
      });
      panel.webview.onDidReceiveMessage(async (m: unknown) => {
        const target = parseOpenMessage(m);
        if (!target) return;
        const selection = new vscode.Range(target.position, target.position);
        const editor = await vscode.window.showTextDocument(target.uri, {
          selection,
          viewColumn: vscode.ViewColumn.One,
        });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
      this.panel = panel;
      panel.webview.html = reportHtml('<p>Loading the report…</p>', nonce());
    }
    const panel = this.panel;
    panel.reveal();
    await this.render(true);
    return panel;
  }

  /**
   * Renders the open report again (after the findings changed); does nothing when it is closed, and waits
   * until it is shown when it is hidden (a large corpus's report takes the server seconds).
   */
  async render(evenHidden = false): Promise<void> {
    const panel = this.panel;
    if (!panel || !this.client.isRunning()) return;
    if (!panel.visible && !evenHidden) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const n = nonce();
    const generation = ++this.generation;
    const fragment = await this.client.sendRequest<string>(REPORT_REQUEST, {
      format: 'html',
      webview: true,
      nonce: n,
    } satisfies ReportParams);
    // A later render, or closing the panel, wins over this one.
    if (generation !== this.generation || this.panel !== panel) return;
    panel.webview.html = reportHtml(fragment, n);
  }
}

function nonce(): string {
  return randomBytes(18).toString('base64url');
}

/** Asks for a .md or .html file (unless given one) and writes the server's report there in that format. */
export async function exportReport(client: LanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!client.isRunning()) {
    void vscode.window.showWarningMessage('Crosscheck: the language server is not running.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, 'crosscheck-report.md'),
      filters: { Markdown: ['md'], HTML: ['html'] },
      title: 'Export the Crosscheck report',
      saveLabel: 'Export',
    }));
  if (!uri) return undefined;
  const format: ReportParams['format'] = /\.html?$/i.test(uri.path) ? 'html' : 'markdown';
  const text = await client.sendRequest<string>(REPORT_REQUEST, { format, webview: false } satisfies ReportParams);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!target) {
    void vscode.window
      .showInformationMessage(`Crosscheck: report saved to ${vscode.workspace.asRelativePath(uri)}.`, 'Open')
      .then((pick) => {
        if (pick) void vscode.commands.executeCommand('vscode.open', uri);
      });
  }
  return uri;
}
