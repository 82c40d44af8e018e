import {
  DASH,
  DIGIT,
  MONTH_WORD,
  RELATIVE_WORD,
  SLASH,
  TIME_MARK,
  WEEKDAY_WORD,
  YEAR_DIGITS,
  sentenceHints,
} from './hints';

/** Dates, times and relative days as written, and the article's own date (its dateline). */

export interface CalendarDate {
  year?: number;
  month: number; // 1-12
  day?: number;
}

export type DateKind = 'date' | 'time' | 'year' | 'weekday' | 'relative';

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  date?: CalendarDate;
  /** For weekdays: 0 = Sunday. */
  weekday?: number;
  /** For relative expressions: days back from the article date ("yesterday" = 1). */
  daysBack?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|` +
  String.raw`Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'gi');
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+(\d{4})\b)?`,
  'gi',
);
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\.?,?\s+(\d{4})\b`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const TIME = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[AP]M\b|[ap]m\b)|\b\d{1,2}:\d{2}\b/g;
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!,\d)/g;
const WEEKDAY = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g;
const RELATIVE = new RegExp(
  String.raw`\b(yesterday|today|tonight|last (?:night|week|month|year)|earlier this (?:week|month|year)|` +
    String.raw`this (?:week|month|year)|a (?:week|month|year) (?:ago|earlier))\b`,
  'gi',
);
/** Of `RELATIVE`, a time before the article's own a figure is said of: "last week", "a month ago". */
export const EARLIER =
  /^(?:last (?:week|month|year)|earlier this (?:week|month|year)|an? (?:week|month|year) (?:ago|earlier))$/i;
/** Words before a four-digit number that make it a year: "in 2017", "since 2019". */
const YEAR_BEFORE = new RegExp(
  String.raw`\b(in|since|of|by|until|till|from|early|late|mid|before|after|during|the|year|fiscal|around|` +
    String.raw`through|between|and|to)\s+$`,
  'i',
);
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tues: 2, Wednes: 3, Thurs: 4, Fri: 5, Satur: 6 };

/** A month's number (1–12) from its name or its first three letters; 0 for none. */
export const monthOf = (s: string) => MONTH_NAMES.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const capitalised = (s: string) => /^\p{Lu}/u.test(s);
const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
/** The month letters alone, read in the text as written: needed for `MONTH_HINT`, and cheaper. */
const MONTH_LETTERS = /j(?:an|u[nl])|feb|ma[ry]|a(?:pr|ug)|sep|oct|nov|dec/i;

/**
 * Date and time expressions in a stretch of text; overlapping matches keep the longest. `hints`: the stretch's
 * `sentenceHints`, when the caller has read them.
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  hints = sentenceHints(text, start, end),
): DateSpan[] {
  const found: DateSpan[] = [];
  // Cheap tests first: most sentences have no digit and name no day.
  if (!(hints & (DIGIT | WEEKDAY_WORD | RELATIVE_WORD))) return found;
  const slice = text.slice(start, end);
  const push = (index: number, t: string, kind: DateKind, extra: Partial<DateSpan> = {}) =>
    found.push({ start: start + index, end: start + index + t.length, text: t, kind, ...extra });
  const scan = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) fn(m);
  };
  if (hints & DIGIT) {
    // each pattern only where its telltale is present (most sentences with a number name no month); then, as
    // before, a month's letters at a word's start once lower-cased (the Kelvin sign before "March" becomes a "k")
    const months = (hints & MONTH_WORD) !== 0 && MONTH_LETTERS.test(slice) && MONTH_HINT.test(slice.toLowerCase());
    if (months)
      scan(MONTH_DAY, (m) => {
        if (!capitalised(m[1])) return; // "may 5" is not a date
        const day = Number(m[2]);
        if (day < 1 || day > 31) return;
        push(m.index, m[0], 'date', { date: { month: monthOf(m[1]), day, year: m[3] ? Number(m[3]) : undefined } });
      });
    if (months)
      scan(DAY_MONTH, (m) => {
        if (!capitalised(m[2])) return;
        const day = Number(m[1]);
        if (day < 1 || day > 31) return;
        push(m.index, m[0], 'date', { date: { month: monthOf(m[2]), day, year: m[3] ? Number(m[3]) : undefined } });
      });
    if (months)
      scan(MONTH_YEAR, (m) => {
        if (capitalised(m[1])) push(m.index, m[0], 'date', { date: { month: monthOf(m[1]), year: Number(m[2]) } });
      });
    if (hints & DASH)
      scan(ISO, (m) =>
        push(m.index, m[0], 'date', { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } }),
      );
    if (hints & SLASH)
      scan(NUMERIC, (m) => {
        const y = Number(m[3]);
        push(m.index, m[0], 'date', { date: { month: Number(m[1]), day: Number(m[2]), year: y < 100 ? 2000 + y : y } });
      });
    if (hints & TIME_MARK) scan(TIME, (m) => push(m.index, m[0], 'time'));
    if (hints & YEAR_DIGITS)
      scan(YEAR, (m) => {
        // "in 2017" is a year; "2000 people" is a count.
        const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 3);
        const before = slice.slice(Math.max(0, m.index - 12), m.index);
        const yearish = YEAR_BEFORE.test(before) || /^(?:$|[,.;:)’'”"]|\s*[-–—|])/.test(after);
        if (!yearish) return;
        push(m.index, m[0], 'year', { date: { year: Number(m[1]), month: 0 } });
      });
  }
  if (hints & WEEKDAY_WORD) scan(WEEKDAY, (m) => push(m.index, m[0], 'weekday', { weekday: WEEKDAY_INDEX[m[1]] }));
  if (hints & RELATIVE_WORD)
    scan(RELATIVE, (m) => {
      const t = m[0].toLowerCase();
      const daysBack = t === 'yesterday' || t === 'last night' ? 1 : t === 'today' || t === 'tonight' ? 0 : undefined;
      push(m.index, m[0], 'relative', { daysBack });
    });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateSpan[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/** A line that may hold a full date: a year, or a numeric date. */
const YEAR_IN_LINE = /(?:1[89]|20)\d\d|\d\/\d/;

/** The article's dateline: the first full date (with a year) in its first lines. */
function datelineSpan(text: string, lineStarts: number[], maxLines: number): DateSpan | undefined {
  let seen = 0;
  for (let i = 0; i < lineStarts.length && seen < maxLines; i++) {
    const s = lineStarts[i];
    const e = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    const line = text.slice(s, e);
    if (!line.trim()) continue;
    seen++;
    // a full date has a year: most lines have none, and are not searched for dates
    if (!YEAR_IN_LINE.test(line)) continue;
    // and a month's name, an ISO date's dash or a numeric date's slash (most lines of a lede name only a year)
    const hints = sentenceHints(text, s, e);
    if (!(hints & (MONTH_WORD | DASH | SLASH))) continue;
    const d = findDates(text, s, e, hints).find((x) => x.kind === 'date' && x.date?.year && x.date.day);
    if (d) return d;
  }
  return undefined;
}

/** "one year later", "a year after the quake", "two years ago on March 11", "the first anniversary". */
const ELAPSED = new RegExp(
  String.raw`\b(a|one|two|three|four|five|ten|\d{1,2})\s+years?\s+(?:ago|after|later|on|since)\b|` +
    String.raw`\b(first|second|third|fourth|fifth|tenth)\s+anniversary\b`,
  'i',
);
/** The words after the count in `ELAPSED`: a quick test, as the count before them is slow to look for. */
const ELAPSED_YEARS = /years?\s+(?:ago|after|later|on|since)\b/i;
const YEARS: Record<string, number> = {
  a: 1,
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  ten: 10,
  tenth: 10,
};
/** Headline and lede: where an anniversary piece says what it is. */
const LEDE = 2500;

export interface ArticleTime {
  /** The article's date, when the text gives it. */
  dateline?: CalendarDate;
  /**
   * For an anniversary piece ("one year ago on March 11"), the event's day and the years since, as
   * "3-11+1": two such articles are about the same time even when neither gives its own year.
   */
  anchor?: string;
}

/**
 * The article's time. An anniversary piece restates the event's date in its lede ("on Friday, March 11,
 * 2011, an undersea earthquake occurred"); read as a dateline, that date would put the piece a year
 * early. A date inside a sentence is the event's when the lede says how long ago it was.
 */
export function articleTime(text: string, lineStarts: number[]): ArticleTime {
  const found = datelineSpan(text, lineStarts, 8);
  const lede = text.slice(0, LEDE);
  // (the pattern only where its words are: most articles are not anniversary pieces)
  const m =
    (lede.includes('year') || lede.includes('anniversary')) && (ELAPSED_YEARS.test(lede) || /anniversary/i.test(lede))
      ? ELAPSED.exec(lede)
      : null;
  if (!m) return { dateline: found?.date };
  const years = YEARS[(m[1] ?? m[2]).toLowerCase()] ?? Number(m[1]);
  // "… years ago on March 11": the day follows
  const end = m.index + m[0].length;
  const after = /ago$/i.test(m[0]) ? findDates(text, end, Math.min(text.length, end + 25)) : [];
  const named = after.find((d) => d.kind === 'date' && d.date?.day);
  const lineStart = text.lastIndexOf('\n', (found?.start ?? 1) - 1) + 1;
  // a dateline opens its line ("TOKYO, March 11, 2012 —" or the date alone); an event's date sits in a sentence
  const inSentence = found && /\p{Ll}/u.test(text.slice(lineStart, found.start));
  const event = named?.date ?? (inSentence ? found!.date : undefined);
  if (!event?.day || !years) return { dateline: found?.date };
  const anchor = `${event.month}-${event.day}+${years}`;
  if (named || !event.year) return { dateline: found?.date, anchor };
  return { dateline: { ...event, year: event.year + years }, anchor };
}

export function toUtc(d: CalendarDate): number | undefined {
  if (!d.year || !d.month) return undefined;
  return Date.UTC(d.year, d.month - 1, d.day ?? 1);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day a weekday or relative expression points at, counted back from the article's date. */
export function resolveDay(span: DateSpan, articleDate: CalendarDate | undefined): number | undefined {
  const base = articleDate && toUtc(articleDate);
  if (span.kind === 'date' && span.date?.day) {
    const year = span.date.year ?? articleDate?.year;
    return year ? Date.UTC(year, span.date.month - 1, span.date.day) : undefined;
  }
  if (base === undefined) return undefined;
  if (span.kind === 'weekday' && span.weekday !== undefined) {
    const back = (new Date(base).getUTCDay() - span.weekday + 7) % 7;
    return base - back * 86_400_000;
  }
  if (span.kind === 'relative' && span.daysBack !== undefined) return base - span.daysBack * 86_400_000;
  return undefined;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 30, 2017" for messages. */
export function formatDate(d: CalendarDate | number | undefined): string {
  if (d === undefined) return 'undated';
  if (typeof d === 'number') {
    const x = new Date(d);
    return `${SHORT_MONTHS[x.getUTCMonth()]} ${x.getUTCDate()}, ${x.getUTCFullYear()}`;
  }
  if (!d.month) return String(d.year ?? '');
  return `${SHORT_MONTHS[d.month - 1]}${d.day ? ' ' + d.day : ''}${d.year ? ', ' + d.year : ''}`;
}
