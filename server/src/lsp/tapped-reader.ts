import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';

/** A reader that passes on what another reads, each message shown to `tap` first (which may change it). */
export class TappedReader implements MessageReader {
  readonly onError;
  readonly onClose;
  readonly onPartialMessage;

  constructor(
    private readonly inner: MessageReader,
    private readonly tap: (message: Message) => void,
  ) {
    this.onError = inner.onError;
    this.onClose = inner.onClose;
    this.onPartialMessage = inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      this.tap(message);
      callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
