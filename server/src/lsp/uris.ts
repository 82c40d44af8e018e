import type { Message } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';

/**
 * Editors spell one file's URI in more than one way: VS Code escapes "(", ")", "'" and "!", Neovim does not
 * (`report%20%281%29.txt` against `report%20(1).txt`). The server names the files it finds as VS Code does;
 * a file an editor opened under another spelling was a second article beside itself (its figures each
 * other's counterparts, its people counted twice). So every file URI the editor sends is read in the
 * server's spelling; what the server sends back is in it too, which editors read as the same file.
 */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    // (escapes of bytes that are no UTF-8, as an editor writes a Latin-1 name: left as sent, which names
    // the file; respelled, "%E9" would become "%25E9", another name)
    decodeURIComponent(uri);
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/**
 * Keys whose values are URIs or lists of them, in what editors send: `textDocument.uri`, `rootUri`,
 * folders, watched files, and the articles Crosscheck's own requests name.
 */
const URI_KEYS = new Set(['uri', 'rootUri', 'articles']);

/** Respells the URIs of a message's params in place (texts are not looked into: only keys are). */
function respell(value: unknown, depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) respell(v, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (typeof v === 'string') {
      if (URI_KEYS.has(key)) o[key] = canonicalUri(v);
    } else if (URI_KEYS.has(key) && Array.isArray(v)) {
      o[key] = v.map((x: unknown) => (typeof x === 'string' ? canonicalUri(x) : x));
    } else respell(v, depth + 1);
  }
}

/** Respells the URIs of a message's params in place, a reader's tap (`TappedReader`). */
export function respellUris(message: Message): void {
  respell((message as { params?: unknown }).params, 0);
}
