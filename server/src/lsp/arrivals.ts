import type { Message } from 'vscode-languageserver/node';

/**
 * Each document's last change version as it came off the transport (`note`, a reader's tap): messages wait
 * in the connection's queue before they are handled, and a change handled while a newer one of its document
 * already waits there is not worth reading (see `EDIT_DEBOUNCE_MS`).
 */
export class ChangeArrivals {
  private readonly versions = new Map<string, unknown>();

  /** Notes a message that came, if it is a change of a document. */
  note(message: Message): void {
    const m = message as { method?: unknown; params?: { textDocument?: { uri?: unknown; version?: unknown } } };
    const doc = m.method === 'textDocument/didChange' ? m.params?.textDocument : undefined;
    if (typeof doc?.uri === 'string') this.versions.set(doc.uri, doc.version);
  }

  /** The version of the last change of this document the transport brought, if any came. */
  latest(uri: string): unknown {
    return this.versions.get(uri);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.versions.delete(uri);
  }
}
