import { Transform, type TransformCallback } from 'node:stream';

/**
 * Checks the base protocol's framing (`Content-Length: N\r\n…\r\n\r\n` then N bytes) of what the editor sends,
 * passing the bytes on unchanged. The JSON-RPC reader waits forever on LF-only separators and, after a
 * header without a usable Content-Length, goes on reading garbage: the server would stay alive but deaf.
 * A framing error is reported once through `onError`; nothing after it is passed on.
 */
export class FramingCheck extends Transform {
  private head = '';
  private body = 0;
  private failed = false;

  constructor(private readonly onError: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const problem = this.failed ? 'after an earlier error' : this.scan(chunk);
    if (problem) {
      if (!this.failed) {
        this.failed = true;
        this.onError(problem);
      }
      done();
      return;
    }
    done(null, chunk);
  }

  /** Follows header and body through one chunk; returns what is wrong, if anything. */
  private scan(chunk: Buffer): string | undefined {
    for (let i = 0; i < chunk.length;) {
      if (this.body > 0) {
        const n = Math.min(this.body, chunk.length - i);
        this.body -= n;
        i += n;
        continue;
      }
      const c = chunk[i++];
      if (c === 10 && !this.head.endsWith('\r')) return 'a header line ends with LF alone (CRLF is required)';
      this.head += String.fromCharCode(c);
      if (this.head.length > MAX_HEADER) return `no end of header after ${MAX_HEADER} bytes`;
      if (this.head.endsWith('\r\n\r\n')) {
        const problem = this.startBody(this.head.slice(0, -4));
        if (problem) return problem;
        this.head = '';
      }
    }
    return undefined;
  }

  private startBody(head: string): string | undefined {
    let length: number | undefined;
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) return `a header line has no ":" (${JSON.stringify(line.slice(0, 80))})`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,10}$/.test(value)) return `bad Content-Length ${JSON.stringify(value.slice(0, 40))}`;
      length = Number(value);
    }
    if (length === undefined) return 'a message header has no Content-Length';
    this.body = length;
    return undefined;
  }
}

/** Headers are a line or two; anything longer is not a header. */
const MAX_HEADER = 8192;
