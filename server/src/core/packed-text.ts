/**
 * An article's text as the corpus keeps it. A JavaScript string with any character past U+00FF (a curly
 * quote, a dash) takes two bytes a character, and nearly all news copy has one: at 10,000 of the
 * benchmark's articles the texts took 36 MB of heap. In UTF-8 they take half, off the heap, and a slice
 * costs a scan of at most `STEP` characters from the nearest mark.
 *
 * A text stays a string when UTF-8 would not be smaller (one byte a character already, or mostly characters
 * past U+07FF), and when it holds a surrogate: a slice may fall between the two of a pair, and UTF-8 cannot
 * hold half of one.
 */
export type PackedText = string | Utf8Text;

interface Utf8Text {
  /** In UTF-16 units, as the string's. */
  readonly length: number;
  /** The byte offsets of characters 0, STEP, 2 × STEP … (four bytes each, little-endian), then the UTF-8. */
  readonly bytes: Uint8Array;
  /** Where the UTF-8 starts in `bytes`. */
  readonly start: number;
}

const STEP_BITS = 6;
const STEP = 1 << STEP_BITS;
/** What the arrays of a packed text cost besides their bytes (object headers, the buffer's record). */
const OVERHEAD = 200;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packText(text: string): PackedText {
  const n = text.length;
  const marks = (n >> STEP_BITS) + 1;
  if (marksAt.length < marks) marksAt = new Int32Array(Math.max(marks, 2 * marksAt.length));
  // (the marks counted in the one pass over the text that tells whether to pack it)
  const at = marksAt;
  let extra = 0,
    wide = false;
  for (let i = 0; i < n; i++) {
    if ((i & (STEP - 1)) === 0) at[i >> STEP_BITS] = i + extra;
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return text;
    if (c > 0xff) wide = true;
    extra += c < 0x800 ? 1 : 2;
  }
  if ((n & (STEP - 1)) === 0) at[n >> STEP_BITS] = n + extra;
  if (!wide || n + extra + 4 * marks + OVERHEAD >= 2 * n) return text;
  const start = 4 * marks;
  const bytes = new Uint8Array(start + n + extra);
  encoder.encodeInto(text, bytes.subarray(start));
  for (let m = 0; m < marks; m++) {
    const b = at[m],
      k = 4 * m;
    bytes[k] = b & 0xff;
    bytes[k + 1] = (b >> 8) & 0xff;
    bytes[k + 2] = (b >> 16) & 0xff;
    bytes[k + 3] = b >>> 24;
  }
  return { length: n, bytes, start };
}

/** The marks of the text being packed (grown as texts need, kept between texts). */
let marksAt = new Int32Array(1024);

export function unpackText(t: PackedText): string {
  return typeof t === 'string' ? t : decoder.decode(t.bytes.subarray(t.start));
}

/** The text from `from` to `to` (clamped to the text, never counted from its end as `String.slice` does). */
export function textSlice(t: PackedText, from: number, to: number): string {
  const a = Math.max(0, Math.min(from, t.length)),
    z = Math.max(a, Math.min(to, t.length));
  if (typeof t === 'string') return t.slice(a, z);
  if (a === z) return '';
  const b = byteAt(t, a);
  return decoder.decode(t.bytes.subarray(t.start + b, t.start + byteAt(t, z, a, b)));
}

/** The offset in the UTF-8 of character i, scanning from the mark before it (or from `from` at `fromByte`). */
function byteAt(t: Utf8Text, i: number, from = -1, fromByte = 0): number {
  const m = i >> STEP_BITS;
  let u: number, b: number;
  if (from >= m << STEP_BITS) {
    u = from;
    b = fromByte;
  } else {
    const k = 4 * m,
      x = t.bytes;
    u = m << STEP_BITS;
    b = x[k] | (x[k + 1] << 8) | (x[k + 2] << 16) | (x[k + 3] << 24);
  }
  const x = t.bytes;
  for (; u < i; u++) {
    const c = x[t.start + b];
    b += c < 0x80 ? 1 : c < 0xe0 ? 2 : 3;
  }
  return b;
}
