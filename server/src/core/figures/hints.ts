/**
 * What a sentence holds, read once by character codes before the patterns: each pattern of figure
 * extraction runs only in sentences that hold a word or a character it needs. (Most sentences name no
 * month, no weekday and no number word; three in five have no digit.)
 *
 * Words are maximal runs of `\w` ([A-Za-z0-9_]), exactly what `\b…\b` bounds, so "word `w` is in the
 * sentence" is a necessary condition for a pattern that needs `\bw\b`, with or without the `i` flag.
 * A word added to one of those patterns must be added to its list here too, or the quick test hides it.
 */

import { CAUSE_WORD_LIST } from './causes';

/** An ASCII digit: /\d/. */
export const DIGIT = 1;
/** A run of four digits from 1800 to 2099: what `YEAR` in dates.ts needs. */
export const YEAR_DIGITS = 2;
/** A colon, "am"/"pm", or "a"/"p" before a period: what `TIME` in dates.ts needs. */
export const TIME_MARK = 4;
/** A month's name, capitalised ("may 5" is no date: the patterns of dates.ts drop it). */
export const MONTH_WORD = 8;
export const WEEKDAY_WORD = 16;
/** A word of a relative day: "yesterday", "today", "tonight", "night", "week", "month", "year". */
export const RELATIVE_WORD = 32;
/** A number word, or a scale that "a" or "an" makes a number ("a hundred"). */
export const NUMBER_WORD = 64;
export const ATTRIBUTION_WORD = 128;
/** A verb of speech that starts another voice (`VOICE_BREAK` in extract.ts), or a semicolon. */
export const VOICE_MARK = 256;
/** A word of `NATIONWIDE` in extract.ts. */
export const NATION_WORD = 512;
/** A semicolon, a comma or a word of `CLAUSE_BREAK` in extract.ts. */
export const CLAUSE_MARK = 1024;
export const DASH = 2048;
export const SLASH = 4096;
/** A word of a cause (causes.ts: "war", "quake", "COVID"). */
export const CAUSE_WORD = 8192;
/** "population" (most sentences have none, and their figures are spared looking for it). */
export const POPULATION_WORD = 16384;

const WORD_LISTS: Array<[number, string]> = [
  [
    MONTH_WORD,
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct ' +
      'october nov november dec december',
  ],
  [WEEKDAY_WORD, 'sunday monday tuesday wednesday thursday friday saturday'],
  [RELATIVE_WORD, 'yesterday today tonight night week month year'],
  [
    NUMBER_WORD,
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
      'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million ' +
      'billion trillion dozen dozens scores hundreds thousands millions billions',
  ],
  [
    ATTRIBUTION_WORD,
    'said says reported reports announced stated states told estimated estimates counted confirmed posted touted ' +
      'detailed according',
  ],
  [
    VOICE_MARK,
    'said says say reported reports report announced stated states told estimated estimates counted confirmed ' +
      'according put puts putting',
  ],
  [NATION_WORD, 'nationwide national nationally countrywide across country nation'],
  [CLAUSE_MARK, 'while whereas but compared versus vs and'],
  [CAUSE_WORD, CAUSE_WORD_LIST],
  [POPULATION_WORD, 'population'],
];

/** Words of `WORD_LISTS` by their hash's slot (see `step`): looked up without slicing the text. */
const SLOTS: Array<Array<[string, number]>> = Array.from({ length: 1 << 12 }, () => []);
const step = (hash: number, c: number) => (Math.imul(hash, 31) + (c | 32)) | 0;
const slotOf = (hash: number) => hash & (SLOTS.length - 1);
/**
 * The lengths of the words in each slot, a bit each: most words of a text are in no slot, or in one with
 * no word of their length, and are told so without reading the slot's list.
 */
const LENGTHS = new Uint32Array(SLOTS.length);
for (const [bit, list] of WORD_LISTS) {
  for (const w of list.split(' ')) {
    let hash = 0;
    for (let k = 0; k < w.length; k++) hash = step(hash, w.charCodeAt(k));
    if (w.length > 31) throw new Error(`a hint word of more than 31 letters: ${w}`);
    LENGTHS[slotOf(hash)] |= 1 << w.length;
    const slot = SLOTS[slotOf(hash)];
    const known = slot.find(([word]) => word === w);
    if (known) known[1] |= bit;
    else slot.push([w, bit]);
  }
}

/** Kinds of ASCII characters in a word: what `\w` holds. */
const LOWER = 1,
  UPPER = 2,
  DIGIT_CHAR = 4,
  UNDERSCORE = 8;
const KINDS = new Uint8Array(128);
/** The bits a character outside words sets. */
const MARKS = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) KINDS[c] = LOWER;
  else if (c >= 65 && c <= 90) KINDS[c] = UPPER;
  else if (c >= 48 && c <= 57) KINDS[c] = DIGIT_CHAR;
  else if (c === 95) KINDS[c] = UNDERSCORE;
}
MARKS[58 /* : */] = TIME_MARK;
MARKS[59 /* ; */] = VOICE_MARK | CLAUSE_MARK;
MARKS[44 /* , */] = CLAUSE_MARK;
MARKS[45 /* - */] = DASH;
MARKS[47 /* / */] = SLASH;

const kindAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? KINDS[c] : 0;
};

/** The hint bits of text[start, end), read as that slice (its ends bound words). */
export function sentenceHints(text: string, start: number, end: number): number {
  let hints = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let kind = c < 128 ? KINDS[c] : 0;
    if (!kind) {
      if (c < 128) hints |= MARKS[c];
      i++;
      continue;
    }
    const from = i;
    let kinds = 0,
      hash = 0;
    do {
      kinds |= kind;
      hash = step(hash, text.charCodeAt(i));
      i++;
    } while (i < end && (kind = kindAt(text, i)));
    if (kinds & DIGIT_CHAR) {
      hints |= DIGIT;
      if (kinds === DIGIT_CHAR && i - from === 4 && isCentury(text, from)) hints |= YEAR_DIGITS;
    }
    if (kinds & UNDERSCORE || !(kinds & (LOWER | UPPER))) continue;
    if (timeWord(text, from, i, end)) hints |= TIME_MARK;
    if (kinds & DIGIT_CHAR) continue;
    const bits = wordBits(text, from, i, hash);
    hints |= c >= 97 ? bits & ~MONTH_WORD : bits;
  }
  return hints;
}

/** The bits of the word text[from, to) (all letters), found by its hash. */
function wordBits(text: string, from: number, to: number, hash: number): number {
  const length = to - from;
  if (length > 31 || !(LENGTHS[slotOf(hash)] & (1 << length))) return 0;
  const slot = SLOTS[slotOf(hash)];
  for (let s = 0; s < slot.length; s++) {
    const [word, bits] = slot[s];
    if (word.length !== length) continue;
    let k = 0;
    while (k < word.length && (text.charCodeAt(from + k) | 32) === word.charCodeAt(k)) k++;
    if (k === word.length) return bits;
  }
  return 0;
}

/** 18xx, 19xx or 20xx at `at`. */
function isCentury(text: string, at: number): boolean {
  const a = text.charCodeAt(at),
    b = text.charCodeAt(at + 1);
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/**
 * A run (of letters and digits) that can end a time: digits (or none) then "am"/"pm", or "a"/"p" followed
 * by a period ("5 a.m.", "5pm", "10 PM").
 */
function timeWord(text: string, from: number, to: number, end: number): boolean {
  let k = to - 1;
  let last = text.charCodeAt(k) | 32;
  if (last === 109 /* m */) {
    k--;
    if (k < from) return false;
    last = text.charCodeAt(k) | 32;
    if (last !== 97 && last !== 112) return false;
  } else if (last === 97 || last === 112) {
    if (to >= end || text.charCodeAt(to) !== 46 /* . */) return false;
  } else return false;
  // everything before the a/p is digits
  for (let j = k - 1; j >= from; j--) {
    const d = text.charCodeAt(j);
    if (d < 48 || d > 57) return false;
  }
  return true;
}
