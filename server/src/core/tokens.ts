import { ABBREVIATIONS, FUNCTION_WORDS } from './lexicon';
import { isWhiteSpace, WORD_FACTS } from './text';
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
  /** Facts about its word (see `WORD_FACTS`), kept for the sentence: `memoFactsOf` reads them in. */
  facts: number;
}

/**
 * Set in a token's `facts` once the memo's facts about its word are copied to it. The bits of `facts`:
 * the people rules' 1 to 2048 (people.ts), the organisation rules' from `ORG_FACTS_SHIFT` (16) to 23
 * (organisations.ts), this one 30.
 */
const FACTS_READ = 1 << 30;

/** A token's facts, with what the memo knows of its word read in once (the rules ask of a token many times). */
export function memoFactsOf(t: Token): number {
  if (!(t.facts & FACTS_READ)) t.facts |= FACTS_READ | (WORD_FACTS.get(t.text) ?? 0);
  return t.facts;
}

// A word: letters or digits, with inner apostrophes, hyphens, periods and ampersands ("U.S.", "Ocasio-Cortez",
// "O'Brien").
const LETTER = /\p{L}/gu;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** A word starts with a letter or a digit (a combining mark cannot start one). */
const WORD_START = /[\p{L}\p{N}]/u;
/** ’ ' - . & inside a word, when a word character follows. */
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38;

/**
 * What each UTF-16 unit is to a word, read once per unit from the patterns above (a table lookup is cheaper than
 * comparisons on every character; the patterns see one unit at a time, so a unit's class never depends on others).
 */
const CLASSIFIED = 1,
  STARTS_WORD = 2, // a letter or a digit
  IN_WORD = 4, // a letter, a digit or a combining mark
  JOINS = 8; // isJoiner
const unitClass = new Uint8Array(0x10000);

function classOf(c: number): number {
  const k = unitClass[c];
  return k === 0 ? classify(c) : k;
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k =
    CLASSIFIED |
    (WORD_START.test(ch) ? STARTS_WORD : 0) |
    (WORD_CHAR.test(ch) ? IN_WORD : 0) |
    (isJoiner(c) ? JOINS : 0);
  unitClass[c] = k;
  return k;
}

/**
 * Is the word in a transcript's speaker label, in capitals at the start of a line before a colon
 * ("ADMINISTRATOR SAMANTHA POWER: Hello")?
 */
export function inSpeakerLabel(text: string, t: Token): boolean {
  if (!t.allCaps) return false;
  // (a label is short: its colon is looked for within 60 characters, its line's start within 80)
  let colon = t.end;
  while (colon < text.length && colon - t.end < 60 && text.charCodeAt(colon) !== 58 /* : */) colon++;
  if (text.charCodeAt(colon) !== 58) return false;
  let lineStart = t.start;
  while (lineStart > 0 && t.start - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return SPEAKER_LABEL.test(text.slice(lineStart, colon + 1));
}
const SPEAKER_LABEL = /^[A-Z][A-Z.'’ -]*:$/;

/** The words of `tokens[from, to)`, one space between each. */
export function wordsOf(tokens: Token[], from: number, to: number): string {
  let s = from < to ? tokens[from].text : '';
  for (let i = from + 1; i < to; i++) s += ` ${tokens[i].text}`;
  return s;
}

/**
 * Words of a stretch of text, with absolute offsets (a hand-written scanner: this runs on every character, so it
 * reads character codes and slices each word once).
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (!(classOf(text.charCodeAt(i)) & STARTS_WORD)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    // letters and digits, and inner apostrophes, hyphens, periods and ampersands followed by one
    while (i < end) {
      const k = classOf(text.charCodeAt(i));
      if (k & IN_WORD) i++;
      else if (k & JOINS && i + 1 < end && classOf(text.charCodeAt(i + 1)) & IN_WORD) i++;
      else break;
    }
    if (i < end && text.charCodeAt(i) === 46) i++;
    const outerEnd = i;
    // the word ends before a sentence-final period and a possessive ending
    let e = outerEnd;
    if (text.charCodeAt(e - 1) === 46 && !keepsPeriod(text.slice(s, e))) e--;
    let possessive = false;
    const last = text.charCodeAt(e - 1);
    if (last === 115 /* s */ && e - s > 2) {
      const q = text.charCodeAt(e - 2);
      if (q === 0x2019 || q === 39) {
        e -= 2;
        possessive = true;
      }
    } else if ((last === 0x2019 || last === 39) && e - s >= 2 && text.charCodeAt(e - 2) === 115) possessive = true;
    const word = text.slice(s, e);
    const c0 = word.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : word[0] !== word[0].toLowerCase();
    const allCaps = cap && word.length >= 2 && allCapitals(word);
    out.push({ text: word, start: s, end: e, cap, allCaps, possessive, outerEnd, facts: 0 });
  }
  return out;
}

/** No lower-case letter and two letters or more (ASCII by character codes; other words by case mapping). */
function allCapitals(word: string): boolean {
  let letters = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return word === word.toUpperCase() && (word.match(LETTER)?.length ?? 0) >= 2;
    if (c >= 97 && c <= 122) return false; // upper-casing would change it
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** The longest abbreviation: a longer word is none (lower-casing never shortens a word). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return true; // U.S. / a.m.
  if (bare.length <= 2 && /^\p{Lu}$/u.test(bare)) return true; // an initial (one code point)
  return bare.length <= MAX_ABBREVIATION && ABBREVIATIONS.has(bare.toLowerCase());
}

const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[']);

/** Characters whose end a headline lacks (the last of a line that is not a headline). */
const LINE_ENDS = new Set(['.', '!', '?', ':', ';', '”', '"']);
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/**
 * Sentences of a text. Lines are split first (headlines, datelines and captions carry no final
 * period), then each line at . ! ? followed by a space and a capital, a digit or an opening quote,
 * unless the word before the period is an abbreviation or an initial. `lineStarts` are in increasing
 * order, as `LineIndex` gives them.
 */
export function splitSentences(text: string, lineStarts: number[]): Sentence[] {
  const out: Sentence[] = [];
  let seenContent = false;
  // The marks are found by a search (a loop over every character took 3% of the analysis). `markAt` is the
  // first mark at or after an earlier search's start; searches only move forward, so each part of the text
  // is searched once, however many lines go by without a mark.
  let markAt = -1;
  const nextMark = (from: number, end: number): number => {
    if (markAt < from) {
      // (`test`, not `exec`: no match to make, for a text of nothing but marks; a mark is one code unit)
      SENTENCE_MARK.lastIndex = from;
      markAt = SENTENCE_MARK.test(text) ? SENTENCE_MARK.lastIndex - 1 : text.length;
    }
    return markAt < end ? markAt : end;
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const lineStart = lineStarts[line];
    let lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    while (lineEnd > lineStart && (text.charCodeAt(lineEnd - 1) === 10 || text.charCodeAt(lineEnd - 1) === 13))
      lineEnd--;
    let s = lineStart;
    while (s < lineEnd && isWhiteSpace(text.charCodeAt(s))) s++;
    if (s >= lineEnd) continue;
    let lastChar = lineEnd - 1;
    while (isWhiteSpace(text.charCodeAt(lastChar))) lastChar--;
    const headline = !seenContent && !LINE_ENDS.has(text[lastChar]);
    seenContent = true;
    let sentStart = s;
    for (let i = nextMark(s, lineEnd); i < lineEnd; i = nextMark(i + 1, lineEnd)) {
      const c = text.charCodeAt(i);
      let j = i + 1;
      while (j < lineEnd && CLOSERS.has(text[j])) j++;
      if (j >= lineEnd || !isWhiteSpace(text.charCodeAt(j))) continue;
      let k = j;
      while (k < lineEnd && isWhiteSpace(text.charCodeAt(k))) k++;
      if (k >= lineEnd) break;
      const next = text[k];
      const nextIsQuote = OPENERS.has(next);
      if (!nextIsQuote && !capitalOrDigit(text.charCodeAt(k), next)) continue;
      if (c === 46 && j === i + 1 && !nextIsQuote && abbreviationBefore(text, sentStart, i, nextWord(text, k)))
        continue;
      // `William D. "Hank" Taylor`: an initial, then a nickname in quotes and the surname
      if (c === 46 && j === i + 1 && nextIsQuote && nicknameAt(text, k) && abbreviationBefore(text, sentStart, i, ''))
        continue;
      pushBounded(out, text, sentStart, j, line, false);
      sentStart = k;
      i = k - 1;
    }
    let end = lineEnd;
    while (end > sentStart && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > sentStart) pushBounded(out, text, sentStart, end, line, headline && sentStart === s);
  }
  return out;
}

/** A nickname in quotes and a capitalised word after it (`"Hank" Taylor`), at `at`. */
const NICKNAME = /["“‘'][\p{Lu}][\p{L}’'-]*["”’'] \p{Lu}/uy;
function nicknameAt(text: string, at: number): boolean {
  NICKNAME.lastIndex = at;
  return NICKNAME.test(text);
}

/** A mark that can end a sentence: . ! ? … */
const SENTENCE_MARK = /[.!?\u2026]/g;

/** /[\p{Lu}\p{N}]/ on one character (ASCII by its code). */
function capitalOrDigit(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return CAPITAL_OR_DIGIT.test(ch);
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

const LETTER_OR_PERIOD = /[\p{L}.]/u;
function letterOrPeriod(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_PERIOD.test(text[i]);
}

function abbreviationBefore(text: string, from: number, periodAt: number, next: string): boolean {
  let b = periodAt;
  while (b > from && letterOrPeriod(text, b - 1)) b--;
  const word = text.slice(b, periodAt);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  // "the U.S. Department" goes on; "in the U.S. The next day" ends.
  if (word.includes('.')) return !FUNCTION_WORDS.has(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Is `b` the word right after `a`, one space apart, `a` not possessive ("cruise ship Costa")? */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start === a.outerEnd + 1 && text[a.outerEnd] === ' ' && !a.possessive;
}
