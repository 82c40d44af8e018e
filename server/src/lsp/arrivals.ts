import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';

/**
 * A reader that passes on what another reads, noting each document's last change version as it comes off
 * the transport: messages wait in the connection's queue before they are handled, and a change handled
 * while a newer one of its document already waits there is not worth reading (see `EDIT_DEBOUNCE_MS`).
 */
export class ChangeArrivals implements MessageReader {
  readonly onError;
  readonly onClose;
  readonly onPartialMessage;
  private readonly versions = new Map<string, unknown>();

  constructor(private readonly inner: MessageReader) {
    this.onError = inner.onError;
    this.onClose = inner.onClose;
    this.onPartialMessage = inner.onPartialMessage;
  }

  /** The version of the last change of this document the transport brought, if any came. */
  latest(uri: string): unknown {
    return this.versions.get(uri);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.versions.delete(uri);
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      const m = message as { method?: unknown; params?: { textDocument?: { uri?: unknown; version?: unknown } } };
      const doc = m.method === 'textDocument/didChange' ? m.params?.textDocument : undefined;
      if (typeof doc?.uri === 'string') this.versions.set(doc.uri, doc.version);
      callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
