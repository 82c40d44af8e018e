import { ABBREVIATIONS, FUNCTION_WORDS } from './lexicon';
import type { Sentence } from './types';

export interface Token {
  /** The word without a possessive ending or a sentence-final period. */
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("ICE", "NY"). */
  allCaps: boolean;
  possessive: boolean;
  /** Offset just past the token as written, possessive and period included. */
  outerEnd: number;
}

// A word: letters or digits, with inner apostrophes, hyphens, periods and ampersands ("U.S.", "Ocasio-Cortez",
// "O'Brien").
const LETTER = /\p{L}/gu;

/** Words of a stretch of text, with absolute offsets. */
/** Is the character at i part of a word: a letter, digit or combining mark (ASCII checked first: it is most text)? */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]);
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(['’', "'", '-', '.', '&']);

/** Words of a stretch of text, with absolute offsets (a hand-written scanner: this runs on every character). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (!wordChar(text, i) || (text.charCodeAt(i) >= 128 && WORD_CHAR_MARK.test(text[i]))) {
      i++;
      continue;
    }
    const s = i;
    i++;
    // letters and digits, and inner apostrophes, hyphens, periods and ampersands followed by one
    while (i < end && (wordChar(text, i) || (JOINERS.has(text[i]) && i + 1 < end && wordChar(text, i + 1)))) i++;
    if (text[i] === '.' && i < end) i++;
    const outerEnd = i;
    let word = text.slice(s, outerEnd);
    if (word.endsWith('.') && !keepsPeriod(word)) word = word.slice(0, -1);
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    if (last === 115 /* s */ && word.length > 2 && (word[word.length - 2] === '’' || word[word.length - 2] === "'")) {
      word = word.slice(0, -2);
      possessive = true;
    } else if ((last === 0x2019 || last === 39) && word[word.length - 2] === 's') possessive = true;
    const c0 = word.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : word[0] !== word[0].toLowerCase();
    const allCaps = cap && word.length >= 2 && word === word.toUpperCase() && (word.match(LETTER)?.length ?? 0) >= 2;
    out.push({ text: word, start: s, end: s + word.length, cap, allCaps, possessive, outerEnd });
  }
  return out;
}

/** A combining mark cannot start a word. */
const WORD_CHAR_MARK = /\p{M}/u;

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return true; // U.S. / a.m.
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial
  return ABBREVIATIONS.has(bare.toLowerCase());
}

const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[']);

/**
 * Sentences of a text. Lines are split first (headlines, datelines and captions carry no final
 * period), then each line at . ! ? followed by a space and a capital, a digit or an opening quote,
 * unless the word before the period is an abbreviation or an initial.
 */
export function splitSentences(text: string, lineStarts: number[]): Sentence[] {
  const out: Sentence[] = [];
  let seenContent = false;
  for (let line = 0; line < lineStarts.length; line++) {
    const lineStart = lineStarts[line];
    let lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
    let s = lineStart;
    while (s < lineEnd && /\s/.test(text[s])) s++;
    if (s >= lineEnd) continue;
    const lineText = text.slice(s, lineEnd).trimEnd();
    const headline = !seenContent && !/[.!?:;”"]$/.test(lineText);
    seenContent = true;
    let sentStart = s;
    for (let i = s; i < lineEnd; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
      let j = i + 1;
      while (j < lineEnd && CLOSERS.has(text[j])) j++;
      if (j >= lineEnd || !/\s/.test(text[j])) continue;
      let k = j;
      while (k < lineEnd && /\s/.test(text[k])) k++;
      if (k >= lineEnd) break;
      const next = text[k];
      const nextIsQuote = OPENERS.has(next);
      if (!nextIsQuote && !/[\p{Lu}\p{N}]/u.test(next)) continue;
      if (c === '.' && j === i + 1 && !nextIsQuote && abbreviationBefore(text, sentStart, i, nextWord(text, k)))
        continue;
      pushBounded(out, text, sentStart, j, line, false);
      sentStart = k;
      i = k - 1;
    }
    let end = lineEnd;
    while (end > sentStart && /\s/.test(text[end - 1])) end--;
    if (end > sentStart) pushBounded(out, text, sentStart, end, line, headline && sentStart === s);
  }
  return out;
}

/**
 * Longest stretch analysed as one sentence. Real sentences are far shorter; a longer one (a table
 * flattened into a line, a paste of numbers) is cut into pieces at spaces, so that every scan over a
 * sentence or clause costs at most this much per figure and work stays linear in the article's size.
 */
export const MAX_SENTENCE = 500;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function pushBounded(out: Sentence[], text: string, start: number, end: number, line: number, headline: boolean): void {
  while (end - start > MAX_SENTENCE) {
    // cut at the last space of the window, else hard (never inside a surrogate pair)
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    if (!isSpace(text.charCodeAt(cut))) {
      cut = start + MAX_SENTENCE;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    }
    let pieceEnd = cut;
    while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > start) out.push({ start, end: pieceEnd, line, headline: false });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, line, headline });
}

function nextWord(text: string, at: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(at, at + 30));
  return m ? m[0] : '';
}

function abbreviationBefore(text: string, from: number, periodAt: number, next: string): boolean {
  let b = periodAt;
  while (b > from && /[\p{L}.]/u.test(text[b - 1])) b--;
  const word = text.slice(b, periodAt);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  // "the U.S. Department" goes on; "in the U.S. The next day" ends.
  if (word.includes('.')) return !FUNCTION_WORDS.has(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}
