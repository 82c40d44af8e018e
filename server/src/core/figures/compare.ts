import { MONTHS } from '../lexicon';
import { sameBody } from './actors';
import { EARLIER, monthOf } from './dates';
import { RUNNING_TOTALS, TOLLS, withGroups } from './measure';
import { overlaps } from './qualifiers';
import type { Figure } from './types';
import { baseInterval, convertedInterval, isLasting } from './units';

/** Whether two figures are about the same thing, and if so what their values say of each other. */

export type Verdict = 'conflict' | 'rounding' | 'updated' | 'consistent';

export interface FigureEntry {
  doc: string;
  /** Index of the figure in its document's figure list. */
  index: number;
  fig: Figure;
  /** The article's date (UTC ms), from its dateline. */
  articleDate?: number;
  /** An anniversary piece's time ("3-11+1"), for articles without their own date. */
  anchor?: string;
  /** For ages: the person's entity id. */
  personId?: string;
}

export interface Comparison {
  verdict: Verdict;
  /** A running count that fell from one day to a later one: a correction, reported as a conflict. */
  revisedDown?: boolean;
  /** Why the two were compared, for the message: "arrests", "Operation Safe City", "nationwide". */
  reasons: string[];
}

const DAY = 86_400_000;
/** Articles more than a week apart are not about the same day's figures unless they share an event. */
const SAME_STORY_DAYS = 7;
/** Values this far apart are read as counts of different things, not as a disagreement. */
const MAX_RATIO = 5;

export const COMPARABLE_KINDS = new Set(['count', 'money', 'percent', 'ratio', 'age', 'measurement']);

export function isComparable(f: Figure): boolean {
  return (
    COMPARABLE_KINDS.has(f.kind) &&
    f.value !== null &&
    !f.vague &&
    !f.corrected &&
    !f.subset &&
    !f.restates &&
    (f.kind === 'age' ? !!f.person : !!f.measure)
  );
}

/** The coarse key figures must share to be compared: kind, measure (or person), place. */
export function bucketKey(e: FigureEntry): string | undefined {
  const f = e.fig;
  if (!isComparable(f)) return undefined;
  if (f.kind === 'age') return e.personId ? `age|${e.personId}` : undefined;
  const ratio = f.ratioOf ? `/${f.ratioOf}` : '';
  return `${f.kind}${ratio}|${f.measure}|${f.placeId ?? 'wide'}`;
}

/** One voice listing figures in one sentence ("Liberia (3,149) and Guinea (2,727)") is not disagreeing. */
export function oneList(a: FigureEntry, b: FigureEntry): boolean {
  return a.doc === b.doc && a.fig.sentence === b.fig.sentence && a.fig.voice === b.fig.voice;
}

/**
 * A continent, a country or a state: too wide a scope for undated articles to be about one thing. (One object: a
 * regular expression written in `meet` is made anew each time, and a large bucket meets millions of pairs.)
 */
export const WIDE_PLACE = /^(country|state|continent):/;

/** Two times as written ("Monday", "monday"), compared without making a lower-case copy when they are equal. */
const sameWords = (x: string, y: string) => x === y || x.toLowerCase() === y.toLowerCase();

/** What two figures say of each other, as a number: `MEETS_NOT` when they are not about the same thing. */
export const MEETS_NOT = 0;
const MEETS_CONFLICT = 1,
  MEETS_REVISED_DOWN = 2,
  MEETS_ROUNDING = 3,
  MEETS_UPDATED = 4,
  MEETS_CONSISTENT = 5;

const VERDICTS: Verdict[] = ['conflict', 'conflict', 'conflict', 'rounding', 'updated', 'consistent'];
/** The severity rank of what `meet` says, the most severe first: conflict, rounding, updated, consistent. */
export const RANK_OF_MEETS = [-1, 0, 0, 1, 2, 3];

/** The comparison of two figures that meet (`meets` is what `meet` said of them): the verdict, and why. */
export function comparison(a: FigureEntry, b: FigureEntry, meets: number): Comparison {
  const x = a.fig,
    y = b.fig;
  const reasons = x.kind === 'age' ? ['age'] : [x.measure!];
  if (x.kind !== 'age') {
    // (figures of one named event met as such, lasting ones whatever their events)
    if (x.event && x.event === y.event && !isLasting(x)) reasons.push(x.eventText ?? x.event);
    if (x.placeText || y.placeText) reasons.push(x.placeText ?? y.placeText!);
    else if (x.nationwide || y.nationwide) reasons.push('nationwide');
    if (x.sinceText) reasons.push(x.sinceText);
  }
  const verdict = VERDICTS[meets];
  return meets === MEETS_REVISED_DOWN ? { verdict, reasons, revisedDown: true } : { verdict, reasons };
}

/**
 * Whether two figures of one bucket are about the same thing and what their values say of each other,
 * without making the reasons: a large bucket compares millions of pairs and keeps links for few of them.
 */
export function meet(a: FigureEntry, b: FigureEntry): number {
  const x = a.fig,
    y = b.fig;
  if (a.doc === b.doc && a.index === b.index) return MEETS_NOT;
  let timeDiffers = false;
  if (x.kind === 'age') {
    if (a.personId !== b.personId) return MEETS_NOT;
    if (
      a.articleDate !== undefined &&
      b.articleDate !== undefined &&
      Math.abs(a.articleDate - b.articleDate) > 180 * DAY
    )
      return MEETS_NOT;
  } else {
    if (
      x.measure !== y.measure ||
      (x.placeId ?? '') !== (y.placeId ?? '') ||
      x.kind !== y.kind ||
      x.ratioOf !== y.ratioOf
    )
      return MEETS_NOT;
    if ((x.since ?? '') !== (y.since ?? '')) return MEETS_NOT;
    // homes destroyed are not homes damaged (where either does not say, they may be)
    if (x.action !== undefined && y.action !== undefined && x.action !== y.action) return MEETS_NOT;
    // a war's dead are not a quake's (where either does not say, they may be)
    if (x.cause !== undefined && y.cause !== undefined && x.cause !== y.cause) return MEETS_NOT;
    if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return MEETS_NOT;
    // "the deadliest since 310 people were killed in 1974", in a story of 2011: another year than a figure's of
    // the other article's year, which states none (a year apart may be its last days: not told apart)
    if (
      (x.year === undefined) !== (y.year === undefined) &&
      yearsApart(x.year ?? y.year!, x.year === undefined ? a : b)
    )
      return MEETS_NOT;
    // "In January, 17 people were killed", in a story of November: a month apart from the other's article's
    if (monthApart(a, b) || monthApart(b, a)) return MEETS_NOT;
    // votes are a candidate's: counts for two candidates are not one count, nor, in one article, for one named
    // and one not ("Odinga had received 6,762,224 votes" beside the winner's 8,203,290); across articles a count
    // named for no one may be anyone's ("he won 617,864 votes")
    if (x.owner !== y.owner && ((x.owner && y.owner) || a.doc === b.doc)) return MEETS_NOT;
    // two bodies' means, listed side by side in one release ("Northcom has also deployed 87 helicopters", "The
    // Coast Guard has 46 helicopters"); across articles one body goes by several names
    if (x.actor && y.actor && a.doc === b.doc && !sameBody(x.actor, y.actor)) return MEETS_NOT;
    const sameDoc = a.doc === b.doc;
    if (oneList(a, b)) return MEETS_NOT;
    const bothDated = a.articleDate !== undefined && b.articleDate !== undefined;
    // a depth or a height stays as it is: any two reports of it are about the same thing
    const lasting = isLasting(x);
    // a fire's area and a storm's winds change from one report to the next
    const changing = x.kind === 'percent' || (x.kind === 'measurement' && !lasting);
    if (lasting) {
      if (sameDoc && x.dayText && y.dayText && !sameWords(x.dayText, y.dayText)) return MEETS_NOT;
    } else if (x.event && x.event === y.event) {
      // a storm's, a fire's, a flood's or a quake's counts keep changing through it (the dead, the helicopters
      // sent, the homes found damaged); an operation's, a shooting's or a spill's are final once reported, but
      // for the toll
      const running = TOLLS.has(x.measure ?? '') || changing || naturalEvent(x.eventText);
      if (bothDated && !sameDoc) timeDiffers = daysDiffer(a, b, running);
      // an undated article's toll may be of any day of the event: only the same day named compares
      else if (!sameDoc && running && (x.day === undefined || x.day !== y.day)) return MEETS_NOT;
    } else if (x.event && y.event) {
      return MEETS_NOT;
    } else if (sameDoc) {
      if ((x.dayText ?? '') !== (y.dayText ?? '') && x.day !== y.day) {
        if (x.day === undefined || y.day === undefined) return MEETS_NOT;
        timeDiffers = true;
      } else if (x.day === undefined && x.dayText !== y.dayText && statedApart(x.dayText, y.dayText)) {
        // (where neither day is known: an undated article's "on Monday" and "on Tuesday", or "last week" and
        // now; "on Sunday" in one sentence and no day in the next is one day told twice)
        return MEETS_NOT;
      }
    } else if (bothDated) {
      // one article names the event, the other does not: the dates must tie them to one story
      if (Math.abs(a.articleDate! - b.articleDate!) > SAME_STORY_DAYS * DAY) return MEETS_NOT;
      // percentages describe a state ("38% contained") that moves from day to day
      timeDiffers = daysDiffer(a, b, RUNNING_TOTALS.has(x.measure ?? '') || x.cumulative || y.cumulative || changing);
    } else if (a.anchor !== undefined && a.anchor === b.anchor) {
      // two pieces written the same number of years after the same day ("one year ago on March 11")
      if (x.dayText && y.dayText && !sameWords(x.dayText, y.dayText)) return MEETS_NOT;
    } else {
      // Undated articles: only an unambiguous shared scope — the same named place (a city, a county),
      // and no stated times that differ ("on Monday" here, "on Friday" there).
      // An undated article against a dated one also needs the same stated time: it may be years apart.
      if (!x.placeId || WIDE_PLACE.test(x.placeId)) return MEETS_NOT;
      // ("Death Toll Rises to 50" against another's "49 were killed": a toll said to move or to run, of some day)
      if ((x.cumulative || y.cumulative) && RUNNING_TOTALS.has(x.measure ?? '')) return MEETS_NOT;
      if (x.dayText && y.dayText && !sameWords(x.dayText, y.dayText)) return MEETS_NOT;
      // (a month one states alone, "In January, 17 people were killed", is another time than the other's none)
      if ((x.dayText ?? '') !== (y.dayText ?? '') && (MONTHS.has(x.dayText ?? '') || MONTHS.has(y.dayText ?? '')))
        return MEETS_NOT;
      if (a.articleDate !== undefined || b.articleDate !== undefined) {
        const sameTime =
          (x.since && x.since === y.since) ||
          (x.year !== undefined && x.year === y.year) ||
          (x.dayText && x.dayText === y.dayText);
        if (!sameTime) return MEETS_NOT;
      }
    }
  }
  const vx = x.value! * (x.unitScale ?? 1),
    vy = y.value! * (y.unitScale ?? 1);
  if (Math.min(vx, vy) > 0 && Math.max(vx, vy) / Math.min(vx, vy) > MAX_RATIO && x.kind !== 'percent') return MEETS_NOT;
  // in different units, a value stands for anything that rounds to it once converted
  const converted = x.unitName !== y.unitName;
  const ix = converted ? convertedInterval(x) : baseInterval(x),
    iy = converted ? convertedInterval(y) : baseInterval(y);
  if (overlaps(ix, iy) && !boundsApart(a, b, vx, vy)) return MEETS_CONSISTENT;
  if (timeDiffers) {
    // a count that only grows (the dead, the injured) and is lower later was revised down: a correction
    const later = whenOf(b) > whenOf(a) ? y : x,
      earlier = later === y ? x : y;
    if (NEVER_FALLS.has(x.measure ?? '') && x.kind === 'count' && later.interval.hi < earlier.interval.lo)
      return MEETS_REVISED_DOWN;
    return MEETS_UPDATED;
  }
  if (
    x.qualifier === 'exact' &&
    y.qualifier === 'exact' &&
    !converted &&
    (roundsTo(y.value!, x.value!) || roundsTo(x.value!, y.value!))
  )
    return MEETS_ROUNDING;
  return MEETS_CONFLICT;
}

/** Are two stated times of one article's figures different times: two days named apart, or an earlier time? */
function statedApart(x: string | undefined, y: string | undefined): boolean {
  if (x && y) return !sameWords(x, y);
  // (or a month alone, "In January, …", against now)
  const one = x ?? y ?? '';
  return EARLIER.test(one) || MONTHS.has(one);
}

/** Named events of nature, whose counts change from day to day: a storm, a fire, a flood, a quake. */
const NATURAL_EVENT = /\b(?:Hurricane|Storm|Typhoon|Cyclone|Fire|Complex|Flood|Earthquake|Quake)\b/;
const naturalEvents = new Map<string, boolean>();

/** (told once per event's name: a large bucket meets millions of pairs) */
function naturalEvent(name: string | undefined): boolean {
  if (name === undefined) return false;
  let known = naturalEvents.get(name);
  if (known === undefined) {
    // (a memo of the names met, kept small: a folder names few events)
    if (naturalEvents.size >= 1000) naturalEvents.clear();
    naturalEvents.set(name, (known = NATURAL_EVENT.test(name)));
  }
  return known;
}

/**
 * Are the two figures about different days? The day a figure names, else its article's date; article
 * dates alone count only for running totals, which change from one day's report to the next.
 */
/** Counts that only ever grow while a story runs: a lower figure later is a correction. */
const NEVER_FALLS = withGroups(['deaths', 'injuries', 'cases', 'rescues', 'hospitalizations', 'arrests', 'charges']);

/** The day a figure is about: the day it names, else its article's date. */
function whenOf(e: FigureEntry): number {
  return e.fig.day ?? e.articleDate ?? 0;
}

function daysDiffer(a: FigureEntry, b: FigureEntry, running: boolean): boolean {
  const x = a.fig,
    y = b.fig;
  if (x.day !== undefined && y.day !== undefined) return x.day !== y.day;
  return running && (x.day ?? a.articleDate) !== (y.day ?? b.articleDate);
}

const ROUNDING_SLACK = 0.05;

/** Is `round` a rounding of `precise` ("500" for 498)? */
export function roundsTo(precise: number, round: number): boolean {
  if (round < 10 || precise === round) return false;
  const unit = 10 ** Math.floor(Math.log10(round));
  const step = round % unit === 0 ? unit : round % (unit / 10) === 0 ? unit / 10 : 0;
  if (step < 10) return false;
  // "20,000" for 15,853 is not a rounding but another figure: a rounding moves the value by a few percent
  const off = Math.abs(precise - round);
  return off <= step / 2 && off <= round * ROUNDING_SLACK && precise % step !== 0;
}

/** The mean length of a year, in ms: an article's year told without a calendar (a year or two apart is all). */
const YEAR_MS = 31_556_952_000;

/** Whether a stated year is two or more years from the date of an article that states none for its figure. */
function yearsApart(year: number, e: FigureEntry): boolean {
  return e.articleDate !== undefined && Math.abs(1970 + e.articleDate / YEAR_MS - (year + 0.5)) >= 2;
}

/** Whether a figure's time is a month alone ("In January, …") other than the month of the other's article. */
function monthApart(e: FigureEntry, other: FigureEntry): boolean {
  const said = e.fig.day === undefined ? e.fig.dayText : undefined;
  if (said === undefined || !MONTHS.has(said) || other.articleDate === undefined) return false;
  return new Date(other.articleDate).getUTCMonth() + 1 !== monthOf(said);
}

/** Lower bounds: "at least 10,000", "more than 4,000". */
const LOWER_BOUNDS = new Set(['atLeast', 'moreThan']);
/** How far apart two lower bounds of one day are to disagree. */
const BOUNDS_APART = 2;

/**
 * Two lower bounds of one day, one at least twice the other ("more than 4,000 people are dead", "at least 10,000
 * dead", from two sources the same day): both may hold, but what each could count differs too much to be one
 * count hedged. Articles of other days, or with no date, may count on other days; one article's may count two
 * incidents ("at least 5 … In a separate attack, at least 20"); a fear is no count ("more than 5,000 feared dead").
 */
function boundsApart(a: FigureEntry, b: FigureEntry, vx: number, vy: number): boolean {
  if (!LOWER_BOUNDS.has(a.fig.qualifier) || !LOWER_BOUNDS.has(b.fig.qualifier)) return false;
  if (a.doc === b.doc || a.articleDate === undefined || a.articleDate !== b.articleDate) return false;
  if (a.fig.projection || b.fig.projection) return false;
  return Math.max(vx, vy) >= BOUNDS_APART * Math.min(vx, vy);
}
