import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_REQUEST, type ReportParams } from '../../server/src/protocol';

/** The corpus report: the server writes it; here it is shown in a locked-down webview, or saved to a file. */

const nonce = () => Array.from({ length: 24 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');

let panel: vscode.WebviewPanel | undefined;

export async function showReport(client: LanguageClient): Promise<vscode.WebviewPanel> {
  const n = nonce();
  const body = await client.sendRequest<string>(REPORT_REQUEST, { format: 'html', webview: true, nonce: n } satisfies ReportParams);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('crosscheck.report', 'Crosscheck Report', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    panel.onDidDispose(() => { panel = undefined; });
    // a click on a figure opens its sentence
    panel.webview.onDidReceiveMessage(async (m: { uri?: string; line?: number; character?: number }) => {
      if (typeof m.uri !== 'string' || typeof m.line !== 'number') return;
      const pos = new vscode.Position(m.line, m.character ?? 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { selection: new vscode.Range(pos, pos), viewColumn: vscode.ViewColumn.One });
    });
  }
  panel.webview.html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<title>Crosscheck Report</title></head><body>
${body}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-uri]');
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ uri: a.dataset.uri, line: Number(a.dataset.line), character: Number(a.dataset.character) });
});
</script></body></html>`;
  panel.reveal();
  return panel;
}

export async function exportReport(client: LanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, 'crosscheck-report.md'),
    filters: { Markdown: ['md'], HTML: ['html'] }, title: 'Export the Crosscheck report',
  });
  if (!uri) return undefined;
  const format = uri.path.endsWith('.html') ? 'html' : 'markdown';
  const text = await client.sendRequest<string>(REPORT_REQUEST, { format } satisfies ReportParams);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Crosscheck report saved to ${vscode.workspace.asRelativePath(uri)}`);
  return uri;
}
