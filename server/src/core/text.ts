import type { DocumentNotice } from './types';

export type Decoded = { ok: true; text: string; notices: DocumentNotice[] } | { ok: false; reason: string };

/** Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. Binary is refused. */
export function decodeBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit (crosscheck.maxFileSize)`,
    };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(enc).decode(bytes.subarray(2)), notices: [] };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (it holds NUL or control bytes), not an article' };
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), notices: [] };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(body),
      notices: [{ severity: 'info', message: 'The file is not valid UTF-8; it was read as Windows-1252.' }],
    };
  }
}

/** A NUL anywhere makes a file binary (no text holds one); control bytes are counted in the first 8 KB only. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(0)} KB`;
  return `${bytes} bytes`;
}

/**
 * Offsets of line starts; a line ends at \n, \r\n or \r. (It keeps no text: an analysis outlives the
 * string it was made from, which the corpus keeps packed.)
 */
export class LineIndex {
  readonly starts: number[];
  /** The text's length. */
  readonly length: number;
  /** Each line's break in characters (2 for \r\n), when any line ends in \r\n. */
  private readonly breaks?: Uint8Array;

  constructor(text: string) {
    const starts = [0];
    let crlf: number[] | undefined;
    if (!text.includes('\r')) {
      // (most texts: the line feeds found by `indexOf`, faster than a loop over every character)
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) {
            i++;
            (crlf ??= []).push(starts.length - 1);
          }
          starts.push(i + 1);
        }
      }
    this.starts = starts;
    this.length = text.length;
    if (crlf) {
      this.breaks = new Uint8Array(starts.length).fill(1);
      for (const line of crlf) this.breaks[line] = 2;
    }
  }

  /** 0-based line and character of an offset. */
  position(offset: number): { line: number; character: number } {
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.length;
    return Math.min(this.starts[line] + character, this.lineEnd(line));
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.length;
    return this.starts[line + 1] - (this.breaks?.[line] ?? 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** FNV-1a's starting value, as a 32-bit integer (see `fnv1a`). */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * FNV-1a over UTF-16 units, unsigned: an order no edit elsewhere moves (the picks), a filter's bits (the
 * gazetteer). Its numbers are 32-bit integers as written: with the seed as 0x811c9dc5, past 2^31, V8
 * compiled the content hash's loop for doubles, which at times ran at 5 ns a character against 1.5.
 */
export function fnv1a(s: string): number {
  return fnv1aFrom(FNV_OFFSET, s) >>> 0;
}

/** FNV-1a's steps over the UTF-16 units of `s`, from the hash `h` (a 32-bit integer), to one. */
export function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A fast, stable content hash (two FNV-1a hashes over UTF-16 units) for caching per-document analyses. */
export function contentHash(text: string): string {
  // (its first hash is `fnv1a`'s, made in the same pass over the text as the second rather than by calling
  // it: a text is read once; 32-bit integers throughout, as there)
  const n = text.length;
  let h1 = FNV_OFFSET,
    h2 = 0x01000193 ^ n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 2246822519 | 0);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36) + n.toString(36);
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €); Node's decoder treats it as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Lower case without accents: "Copiapó" and "copiapo" compare equal. */
export function fold(s: string): string {
  // (most names are ASCII: lower-cased without the memo, which a large corpus's names overflow)
  if (isAscii(s)) return s.toLowerCase();
  let f = folded.get(s);
  if (f === undefined)
    folded.set(
      s,
      (f = s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()),
    );
  return f;
}

/** `from`'s values at the start of `to`, a larger array of its kind: a buffer kept between uses, grown. */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Values worked out from a word, remembered: every sentence asks the same words the same questions. Bounded:
 * past `max` words it starts afresh (a long-running server reads many articles).
 */
export class WordMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(word: string): V | undefined {
    return this.values.get(word);
  }

  set(word: string, value: V): void {
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(word, value);
  }

  clear(): void {
    this.values.clear();
  }
}

/**
 * Facts about words for the bundled gazetteer, by the word: the people rules keep theirs in the low bits
 * (people.ts), the organisation rules theirs from `ORG_FACTS_SHIFT` on (organisations.ts). One entry a word,
 * so a token's word is looked up once for both: the lookups were 6% of the analysis. (As many words as the
 * two memos it replaces held together.)
 */
export const WORD_FACTS = new WordMemo<number>(100_000);
export const ORG_FACTS_SHIFT = 16;

/** Only code units below 128. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Folded names that are not ASCII: resolution folds every name of the corpus several times. */
const folded = new WordMemo<string>(100_000);

/** An id part: folded, anything but letters and digits as one hyphen ("U.S. Coast Guard" → "u-s-coast-guard"). */
export const slug = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** /\s/ by character code: WhiteSpace and LineTerminator, as `trim` reads them (cheaper than the pattern). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = /\p{L}/u;
/** Is the UTF-16 unit at i a letter (ASCII by its code, others by the pattern)? Before or past the text, no. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // (NaN out of the text, whose `text[i]` would be tested as the word "undefined")
  return c === c && LETTER.test(text[i]);
}

/** Whether the text holds the word whole, no letter just before or after it: "Burmese-speaking", not "Burmeseville". */
export function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) return true;
  return false;
}
