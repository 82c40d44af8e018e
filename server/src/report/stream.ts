/**
 * JSON written as it is made. A report of 10,000 long articles is gigabytes as one string (past the
 * longest string the engine makes) and as one object tree; here its long lists are generators, written
 * an item at a time, and the text is the same as `JSON.stringify(value, null, 1)` would give.
 */

/** A list written one item at a time. */
export class Streamed<T> {
  constructor(readonly items: Iterable<T>) {}
}

export const streamed = <T>(items: Iterable<T>): Streamed<T> => new Streamed(items);

/** The size of the chunks the long reports are made in. */
export const CHUNK = 1 << 16;

/**
 * `value` and a line break as `JSON.stringify(value, null, 1) + '\n'`, in chunks of about 64 KB made as they
 * are asked for (a chunk ends after an item of a streamed list).
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let buffer = '';
  const out = (s: string) => {
    buffer += s;
  };
  // (an item's own lines take the depth it is written at: JSON strings hold no raw line breaks)
  const plain = (v: unknown, depth: number) => {
    const s = JSON.stringify(v, null, 1);
    out(depth && s.includes('\n') ? s.replace(/\n/g, '\n' + ' '.repeat(depth)) : s);
  };
  function* emit(v: unknown, depth: number): Generator<string> {
    if (!holdsStream(v)) return plain(v, depth);
    const pad = '\n' + ' '.repeat(depth + 1);
    if (v instanceof Streamed || Array.isArray(v)) {
      const items: Iterable<unknown> = v instanceof Streamed ? v.items : v;
      let first = true;
      out('[');
      for (const item of items) {
        out(first ? pad : ',' + pad);
        first = false;
        // (a streamed list's items hold no streams; undefined in a list is written as JSON.stringify does)
        const x = item === undefined || typeof item === 'function' ? null : item;
        if (v instanceof Streamed) plain(x, depth + 1);
        else yield* emit(x, depth + 1);
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = '';
        }
      }
      out(first ? ']' : '\n' + ' '.repeat(depth) + ']');
      return;
    }
    let first = true;
    out('{');
    for (const [k, x] of Object.entries(v as object)) {
      if (x === undefined || typeof x === 'function') continue;
      out((first ? pad : ',' + pad) + JSON.stringify(k) + ': ');
      first = false;
      yield* emit(x, depth + 1);
    }
    out(first ? '}' : '\n' + ' '.repeat(depth) + '}');
  }
  yield* emit(value, 0);
  out('\n');
  yield buffer;
}

/** Whether a value is, or holds in its objects and arrays, a streamed list. */
function holdsStream(v: unknown): boolean {
  if (v instanceof Streamed) return true;
  if (!v || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(holdsStream);
  return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).some(holdsStream);
}
