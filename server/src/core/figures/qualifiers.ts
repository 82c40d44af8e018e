import { isWhiteSpace } from '../text';
import type { Interval, Qualifier } from './types';

/** Hedges before and after a number, and the interval each one allows. */

interface Hedge {
  re: RegExp;
  qualifier: Qualifier;
  /** "nearly 500" allows a little under 500, never over it. */
  below?: boolean;
}

// Matched against the (lower-cased) text right before the number.
const BEFORE: Hedge[] = [
  { re: /\b(nearly|almost|just under|close to|just shy of)\s+$/, qualifier: 'approx', below: true },
  {
    re: new RegExp(
      String.raw`\b(about|around|roughly|some|approximately|an estimated|estimated|more or less|circa|upward of|` +
        String.raw`upwards of|nearly a|almost a)\s+$`,
    ),
    qualifier: 'approx',
  },
  { re: /\b(at least|no fewer than|no less than|a minimum of|minimum of)\s+$/, qualifier: 'atLeast' },
  {
    re: new RegExp(
      String.raw`\b(more than|over|exceeding|exceeded|exceeds|surpassing|surpassed|surpasses|above|in excess of|` +
        String.raw`greater than|just over|topping|topped)\s+$`,
    ),
    qualifier: 'moreThan',
  },
  {
    re: /\b(up to|as many as|as much as|could reach|at most|no more than|a maximum of|maximum of|not more than)\s+$/,
    qualifier: 'atMost',
  },
  { re: /\b(fewer than|less than|under|below|not even)\s+$/, qualifier: 'lessThan' },
];

const AFTER: Hedge[] = [
  { re: /^\s*(or more|or greater|-plus|\+)/, qualifier: 'atLeast' },
  { re: /^\s*(or so|or thereabouts)\b/, qualifier: 'approx' },
  { re: /^\s*(or fewer|or less)\b/, qualifier: 'atMost' },
];

export interface HedgeMatch {
  qualifier: Qualifier;
  text?: string;
  below?: boolean;
}

/** The last word of each hedge in `BEFORE`. */
const HEDGE_ENDS = new Set(
  BEFORE.flatMap((h) => /\((.*)\)/.exec(h.re.source)![1].split('|')).map((phrase) => phrase.split(' ').pop()!),
);

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Can a hedge of `BEFORE` end `before`? Its last word, between a non-word character and the spaces that
 * end the text, must end a hedge: a quick test that spares most numbers the patterns.
 */
function mayEndInHedge(before: string): boolean {
  let j = before.length - 1;
  if (j < 0 || !isWhiteSpace(before.charCodeAt(j))) return false;
  while (j >= 0 && isWhiteSpace(before.charCodeAt(j))) j--;
  let k = j;
  // (the index checked first: a read before the string's start costs the optimised code)
  while (k >= 0 && isAsciiLetter(before.charCodeAt(k))) k--;
  return HEDGE_ENDS.has(before.slice(k + 1, j + 1).toLowerCase());
}

/**
 * Can a hedge of `AFTER` start `after`? Each starts, after spaces, with "o" ("or …"), "-" or "+": a quick test
 * (no other character lower-cases to "o").
 */
function mayStartHedge(after: string): boolean {
  let i = 0;
  while (i < after.length && isWhiteSpace(after.charCodeAt(i))) i++;
  const c = after.charCodeAt(i);
  return c === 111 || c === 79 || c === 45 || c === 43; // o, O, -, +
}

export function hedgeOf(before: string, after: string): HedgeMatch {
  const b = mayEndInHedge(before) ? before.toLowerCase() : undefined;
  for (let i = 0; b !== undefined && i < BEFORE.length; i++) {
    const h = BEFORE[i];
    const m = h.re.exec(b);
    // the hedge as written, in its own case ("Nearly")
    if (m)
      return {
        qualifier: h.qualifier,
        text: before.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length),
        below: h.below,
      };
  }
  if (!mayStartHedge(after)) return { qualifier: 'exact' };
  const a = after.toLowerCase();
  for (const h of AFTER) {
    const m = h.re.exec(a);
    if (m) return { qualifier: h.qualifier, text: m[1].trim() };
  }
  return { qualifier: 'exact' };
}

/** The interval a hedged value allows: "about 1,200" is 1,080–1,320; "nearly 500" is 450–500. */
export function intervalOf(value: number, h: HedgeMatch, rangeHi?: number): Interval {
  const spread = Math.max(value * 0.1, value < 20 ? 1 : 0);
  switch (h.qualifier) {
    case 'range':
      return { lo: value, hi: rangeHi ?? value };
    case 'approx':
      // ("nearly 40" stays below 40: open there, as "more than 40" is open above it)
      return h.below ? { lo: value - spread, hi: value, hiOpen: true } : { lo: value - spread, hi: value + spread };
    case 'atLeast':
      return { lo: value, hi: Infinity };
    case 'moreThan':
      return { lo: value, hi: Infinity, loOpen: true };
    case 'atMost':
      return { lo: 0, hi: value };
    case 'lessThan':
      return { lo: 0, hi: value, hiOpen: true };
    case 'exact':
    default:
      return { lo: value, hi: value };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return false;
  // a bound that the other figure gives as its value ("above 2,900" beside "2,900") is one count hedged, not
  // another; two bounds ("at least 100", "fewer than 100") part where either is open
  const exact = a.lo === a.hi || b.lo === b.hi;
  if (a.hi === b.lo && (a.hiOpen || b.loOpen) && !exact) return false;
  if (b.hi === a.lo && (b.hiOpen || a.loOpen) && !exact) return false;
  return true;
}
