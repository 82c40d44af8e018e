import { DIGIT, NUMBER_WORD, sentenceHints } from './hints';

/** Numbers as written: digits ("1,179", "3.5", "1.2 million") and words ("seven", "Forty-one", "two dozen"). */

export interface RawNumber {
  start: number;
  end: number;
  text: string;
  value: number;
  /** "thousands", "dozens": a vague quantity, never compared as exact. */
  vague: boolean;
  words: boolean;
}

const UNITS = new Map<string, number>([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['dozen', 12],
]);
const VAGUE = new Map<string, number>([
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
  ['tens', 20],
]);
const ABBREVIATED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };
const CURRENCY_BEFORE = /(?:[$€£¥]|US\$|USD|EUR|GBP)\s?$/;

const ONES_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD_NUMBER = new RegExp(
  String.raw`\b(?:(?:a|an|${ONES_WORDS}|${TEENS_WORDS}|${TENS_WORDS}|zero)(?:[- ](?:${ONES_WORDS}))?` +
    String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion|dozen)` +
    String.raw`(?:\s+(?:and\s+)?(?:${ONES_WORDS}|${TEENS_WORDS}|${TENS_WORDS})(?:-(?:${ONES_WORDS}))?)?)*` +
    String.raw`|dozens|scores|hundreds|thousands|millions|billions)\b`,
  'gi',
);
// Not a number but part of an identifier: glued to letters or codes before it, or followed by letters
// and more digits ("3f2a9c1d", a hex digest), by ".3" (a version, "1.2.3") or by ":4f" (a fingerprint).
const DIGIT_NUMBER = new RegExp(
  String.raw`(?<![\w.,:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}]*(?:\d|:[\dA-Fa-f])|\.\d)` +
    String.raw`(?:\s*(million|billion|trillion|thousand)\b|(k|m|mn|bn|b)\b)?`,
  'giu',
);

/** Reads a written-out number ("forty-one", "two dozen", "a hundred"); undefined if it is not one. */
export function parseWords(text: string): { value: number; vague: boolean } | undefined {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 1 && VAGUE.has(words[0])) return { value: VAGUE.get(words[0])!, vague: true };
  let total = 0,
    current = 0,
    seen = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') {
      current = 1;
      continue;
    }
    const unit = UNITS.get(w) ?? TENS.get(w);
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (SCALES.has(w)) {
      const s = SCALES.get(w)!;
      if (current === 0) current = 1;
      if (s >= 1000) {
        total += current * s;
        current = 0;
      } else current *= s;
      seen = true;
    } else return undefined;
  }
  if (!seen) return undefined;
  return { value: total + current, vague: false };
}

/**
 * Numbers in a stretch of text, with absolute offsets. `hints`: the stretch's `sentenceHints`, when the caller
 * has read them (a pattern runs only where its digits or words are).
 */
export function findNumbers(
  text: string,
  start: number,
  end: number,
  hints = sentenceHints(text, start, end),
): RawNumber[] {
  const out: RawNumber[] = [];
  if (!(hints & (DIGIT | NUMBER_WORD))) return out;
  const slice = text.slice(start, end);
  DIGIT_NUMBER.lastIndex = 0;
  for (let m = hints & DIGIT ? DIGIT_NUMBER.exec(slice) : null; m; m = DIGIT_NUMBER.exec(slice)) {
    let value = Number((m[1].includes(',') ? m[1].replace(/,/g, '') : m[1]) + (m[2] ?? ''));
    let written = m[0];
    // "$5m", "£2bn" are millions and billions; without a currency "2.75m" is metres and "5k" a distance
    const abbreviated = m[4] && CURRENCY_BEFORE.test(slice.slice(Math.max(0, m.index - 4), m.index));
    if (m[4] && !abbreviated) written = written.slice(0, -m[4].length);
    const scale = m[3] ? SCALES.get(m[3].toLowerCase())! : abbreviated ? ABBREVIATED_SCALES[m[4].toLowerCase()] : 1;
    value *= scale;
    out.push({
      start: start + m.index,
      end: start + m.index + written.length,
      text: written,
      value,
      vague: false,
      words: false,
    });
  }
  if (!(hints & NUMBER_WORD)) return out;
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(slice); m; m = WORD_NUMBER.exec(slice)) {
    let t = m[0];
    // "a"/"an" alone is an article, not a number; "a dozen", "a hundred" are numbers.
    if (/^(a|an)$/i.test(t)) continue;
    if (/^(a|an)\s/i.test(t) && !/\s(hundred|thousand|million|billion|trillion|dozen)/i.test(t)) {
      const rest = t.replace(/^(a|an)\s+/i, '');
      if (!parseWords(rest)) continue;
      t = rest;
    }
    const parsed = parseWords(t);
    if (!parsed) continue;
    const s = start + m.index + (m[0].length - t.length);
    out.push({ start: s, end: s + t.length, text: t, value: parsed.value, vague: parsed.vague, words: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
