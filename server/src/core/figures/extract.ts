import { isWhiteSpace } from '../text';
import type { NameCandidate, PersonMention, PlaceMention, Sentence, Span } from '../types';
import { articleTime, findDates, resolveDay, type CalendarDate, type DateSpan } from './dates';
import {
  actionOf,
  attackersActing,
  eventOf,
  eventOfLower,
  groupMeasure,
  isPeopleNoun,
  measureKey,
  nounPhraseAfter,
  JOINED_TOLLS,
  RUNNING_TOTALS,
  saysHowKnown,
  TOLLS,
} from './measure';
import {
  ATTRIBUTION_WORD,
  CAUSE_WORD,
  CLAUSE_MARK,
  NATION_WORD,
  POPULATION_WORD,
  VOICE_MARK,
  sentenceHints,
} from './hints';
import { actorBefore } from './actors';
import { causeAt, causesIn } from './causes';
import { findNumbers, type RawNumber } from './numbers';
import { hedgeOf, intervalOf } from './qualifiers';
import type { DocumentFigures, Figure, FigureKind } from './types';
import { measurementMeasure, unitOf } from './units';

/** Every number of an article as a figure: kind, value, hedge, measure, place, time, attribution. */

/**
 * Most figures read from one article. A real article has tens; past this it is a table or a paste,
 * and comparing its figures pairwise would cost more than the rest of the corpus.
 */
export const MAX_FIGURES = 1000;

export interface FigureInput {
  text: string;
  lineStarts: number[];
  sentences: Sentence[];
  places: PlaceMention[];
  people: PersonMention[];
  /** Capitalised words that may name someone ("Trump won …"): whose votes (see `Figure.owner`). */
  candidates?: NameCandidate[];
}

const NATIONWIDE = new RegExp(
  String.raw`\b(nationwide|national|nationally|countrywide|across the (?:country|nation|united states|u\.s\.)|` +
    String.raw`in the (?:country|nation))\b`,
  'i',
);
const NATIONWIDE_ALL = new RegExp(NATIONWIDE.source, 'gi');

/** A word of `NATIONWIDE` in a clause, but a name's "National" ("the Kentucky National Guard", "National Park"). */
function saysNationwide(clause: string): boolean {
  const re = NATIONWIDE_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause))
    if (!(m[1] === 'National' && /^ \p{Lu}/u.test(clause.slice(m.index + 8, m.index + 10)))) return true;
  return false;
}

const CUMULATIVE = new RegExp(
  String.raw`\b(total|totals|totaled|totalled|in all|so far|to date|cumulative|altogether|has risen to|` +
    String.raw`have risen to|rose to|climbed to|bringing|brought)\b`,
  'i',
);
const IDENTIFIER_BEFORE = new RegExp(
  String.raw`(?:\b(?:No\.|Nos\.|#|Route|Highway|Interstate|Flight|Room|District|Section|Article|Title|Chapter|` +
    String.raw`Proposition|Prop\.|Local|Precinct|Ward|Bill|Form|Resolution|Amendment|Model|Version|Unit|Apartment|` +
    String.raw`Suite|Floor|Gate|Terminal|Lot|Case|File)\s*)$`,
);
/** Units after a number that make it a measurement, not a count: "8 feet (2.4 m)", "7.0-magnitude". */
const MEASUREMENT_AFTER = new RegExp(
  String.raw`^(?:\s|-)?(?:` +
    [
      'feet|foot|ft|inch(?:es)?|yards?|miles?|mi|nautical miles?',
      '(?:kilo|centi|milli)?met(?:er|re)s?|km|cm|mm|m',
      '(?:square|sq\\.?) (?:miles?|kilomet(?:er|re)s?|km|feet|met(?:er|re)s?)|acres?|hectares?|ha',
      'mph|km/h|kph|knots?|gallons?|lit(?:er|re)s?|barrels?|cubic (?:feet|met(?:er|re)s?)',
      'tons?|tonnes?|pounds?|lbs?|kilograms?|kg|grams?|ounces?|oz',
      'degrees?|°[CF]?|magnitude|on the Richter scale',
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
const MAGNITUDE_BEFORE = /\b(?:magnitude|magnitude of|Richter scale of|M)\s*$/i;

const UNIT_WORD =
  /^(?:-|\s)(day|days|hour|hours|week|weeks|month|months|year|years|minute|minutes|second|seconds|decade|decades)\b/i;
/** After "one": words that make it a pronoun ("one that limits", "one of", "one in Boston"). */
const PRONOUN_ONE_NEXT = new RegExp(
  String.raw`^\s+(?:that|of|who|which|in|on|at|is|was|would|could|can|will|has|had|more|another|or|and|to|by|for|` +
    String.raw`with|from|as|after|before|day|time|way|thing|point|side|hand|another)\b`,
  'i',
);

const EVENT_PATTERNS = [
  /\bOperation\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})/g,
  /[“"]([A-Z][^”"\n]{2,40}?)[”"]\s+operation\b/g,
  /\b((?:Hurricane|Tropical Storm|Typhoon|Cyclone|Storm)\s+[A-Z][a-z]+)\b/g,
  /\bthe ((?:[A-Z][a-z]+ ){1,2}(?:Fire|Complex|Flood|Earthquake|Quake|Shooting|Bombing|Derailment|Spill))\b(?! [A-Z])/g,
];

/** Words each of `EVENT_PATTERNS` needs, looked for first: most articles name no operation, storm or fire. */
const EVENT_WORDS = [
  /Operation/,
  /operation/,
  /Hurricane|Storm|Typhoon|Cyclone/,
  /Fire|Complex|Flood|Earthquake|Quake|Shooting|Bombing|Derailment|Spill/,
];

function findEvents(text: string): Array<{ key: string; text: string }> {
  const out: Array<{ key: string; text: string }> = [];
  for (let i = 0; i < EVENT_PATTERNS.length; i++) {
    if (!EVENT_WORDS[i].test(text)) continue;
    const re = EVENT_PATTERNS[i];
    re.lastIndex = 0;
    const found: Array<{ key: string; text: string; order: number }> = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // (a storm's name may run onto the next line, "the storm, Hurricane\nHarvey,", but a line that is a storm's
      // word alone names none: a headline "Storm" over a dateline "Oct. 14")
      if (i === STORMS && m[1].includes('\n') && (m.index === 0 || text[m.index - 1] === '\n')) continue;
      // "the worst natural disaster to hit the nation since Hurricane Katrina", "bigger than Sandy": an event
      // the article measures its own by, not its own
      if (COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
      const name = m[1]
        .replace(/[,.;:’']+$/, '')
        .trim()
        .replace(/\s+/g, ' ');
      const key = name.toLowerCase().replace(/^operation\s+/, '');
      const named = re === EVENT_PATTERNS[0] || re === EVENT_PATTERNS[1] ? `Operation ${name}` : name;
      if (!found.some((e) => e.key === key)) found.push({ key, text: named, order: stormOrder(text, m, i) });
    }
    // the storm an article is about first: the one it names most, one written as a title's word last ("Burma -
    // Cyclone Fact Sheet #1" beside "Cyclone Nargis"; a headline capitalises every word)
    if (i === STORMS && found.length > 1) found.sort((a, b) => b.order - a.order);
    for (const e of found) if (!out.some((o) => o.key === e.key)) out.push({ key: e.key, text: e.text });
  }
  return out;
}
/** Words before an event that only compare with it: a superlative's "since", "than", "like". */
const COMPARED_BEFORE = new RegExp(
  String.raw`(?:\b(?:worst|deadliest|largest|biggest|strongest|costliest|greatest|most \p{L}+)\b[^.;:!?]*\bsince` +
    String.raw`|\bthan|\blike) $`,
  'u',
);

/** Which of `EVENT_PATTERNS` names storms. */
const STORMS = 2;

/** How much an article is about a storm it names: the times it writes the storm's name, less half for a title's. */
function stormOrder(text: string, m: RegExpExecArray, pattern: number): number {
  if (pattern !== STORMS) return 0;
  const word = /[A-Z][a-z]+$/.exec(m[1])![0];
  let times = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) times++;
  const titled = /^ \p{Lu}/u.test(text.slice(m.index + m[1].length, m.index + m[1].length + 2));
  return titled ? times - 0.5 : times;
}

/**
 * The place of a wire dateline ("TOLEDO, Ohio — …", "Houston (Reuters) -"): where the article is
 * reported from, and so the place of its figures when a sentence names none.
 */
const DATELINE_HEAD =
  /^([\p{Lu}][\p{L} .'’-]+?)(?:,\s+[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?\s*(?:—|–|--|\s-\s|\(\p{Lu})/u;

const DATELINE_MARK = /[—–(-]/;

/** A dateline's place ("WASHINGTON —"), where its head is, and the place of the counts that name none. */
interface Dateline {
  /** The dateline's place where the story is there (`storyAt`). */
  home: PlaceMention | undefined;
  start: number;
  headEnd: number;
}

function datelinePlace(text: string, sentences: Sentence[], places: PlaceMention[]): Dateline | undefined {
  for (let i = 0; i < sentences.length && i < 8; i++) {
    const s = sentences[i];
    // a dateline is short: look at the sentence's first 80 characters only
    const start = text.slice(s.start, Math.min(s.end, s.start + 80));
    // (and it needs a dash or a parenthesis, which most sentences lack: a quick test before the slow pattern)
    if (!DATELINE_MARK.test(start)) continue;
    const head = DATELINE_HEAD.exec(start);
    if (!head) continue;
    const place = places.find((p) => p.start === s.start && p.end <= s.start + head[1].length + 1);
    const headEnd = s.start + head[0].length;
    return place && { home: storyAt(place, places, headEnd, s.end), start: s.start, headEnd };
  }
  return undefined;
}

/** A state's or a province's code in a place's id ("PA" of "US-PA-Philadelphia", "20" of "MX-20-Oaxaca"). */
const STATE_CODE = /^[A-Z0-9]{1,3}$/;

/**
 * The places a sentence's figures may be scoped by: not the dateline's ("NEW DELHI — Floods in Pakistan have killed
 * 300 people" are Pakistan's), which is the place of the counts that name none only where the story is there.
 */
function notTheDateline(places: PlaceMention[], d: Dateline | undefined): PlaceMention[] {
  if (!d || !places.some((p) => p.start >= d.start && p.start < d.headEnd)) return places;
  return places.filter((p) => p.start < d.start || p.start >= d.headEnd);
}

/** The code of a place's id ("US-PA-Philadelphia"), where its id has one. */
function placeCode(id: string): string | undefined {
  const code = id.slice(id.indexOf(':') + 1);
  return /^[A-Z]{2}(?:-|$)/.test(code) ? code : undefined;
}

/**
 * The dateline's place where the article's story is there: not where its lead names places of other countries or
 * states only, none of the dateline's ("WASHINGTON — The NTSB … the derailment in Philadelphia": an agency's
 * release from its seat; "NEW DELHI — Floods in Pakistan have killed 300"). Places of the dateline itself
 * ("Overland Park, Ohio —"), places without a code (a county), and places later in the article ("KYIV — … Russia's
 * defense ministry said") do not tell.
 */
function storyAt(
  home: PlaceMention,
  places: PlaceMention[],
  headEnd: number,
  leadEnd: number,
): PlaceMention | undefined {
  const at = placeCode(home.placeId);
  if (!at) return home;
  const [country, state] = at.split('-');
  let elsewhere = false;
  for (const p of places) {
    const code = p.start >= headEnd && p.end <= leadEnd ? placeCode(p.placeId) : undefined;
    if (!code) continue;
    const [c, s] = code.split('-');
    // (a state's code, not a city's name: "MX-Mexico_City" and "MX-Puebla" may be one state's)
    if (c !== country || (STATE_CODE.test(state ?? '') && STATE_CODE.test(s ?? '') && s !== state)) elsewhere = true;
    else return home;
  }
  return elsewhere ? undefined : home;
}

/** Is [start, end) inside one of the (sorted, disjoint) quoted spans? A binary search: articles can hold thousands. */
function inQuote(quotes: Span[], start: number, end: number): boolean {
  let lo = 0,
    hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (q.end <= start) lo = mid + 1;
    else if (q.start > start) hi = mid - 1;
    else return end <= q.end;
  }
  return false;
}

const QUOTE_OR_LINE = /[\n“”"]/g;

/** Spans inside quotation marks on each line (curly quotes, or straight quotes in pairs). */
function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1,
    straight = -1;
  // (the pattern skips to the next quotation mark or line break: this reads the whole article)
  QUOTE_OR_LINE.lastIndex = 0;
  for (let m = QUOTE_OR_LINE.exec(text); m; m = QUOTE_OR_LINE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      open = -1;
      straight = -1;
      continue;
    }
    if (c === 0x201c /* “ */) open = i;
    else if (c === 0x201d /* ” */ && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 34 /* " */) {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return out;
}

/**
 * Clause boundaries inside a sentence: figures in one clause share its place. Sticky: tried only where
 * `BREAK_HINT` says one can start.
 */
// (each run of spaces is tried from its first space only, `(?<!\s)`: a long run must not be rescanned
// from every position inside it)
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    String.raw`,?(?<!\s)\s+(?:while|whereas|but|compared (?:with|to)|versus|vs\.)\s+`,
    String.raw`,\s+and\s+`,
    String.raw`(?<!\s)\s+and\s+(?=(?:about |nearly |more than |some )?\d)`,
    String.raw`,\s+(?=(?:about |nearly |almost |more than |some |roughly )?\d)`,
  ].join('|'),
  'iy',
);

/**
 * Where `CLAUSE_BREAK` can start, found fast: a semicolon, a comma, or the last space of a run before a word
 * that starts like one of its words (the break itself starts at the run's first space).
 */
const BREAK_HINT = /[;,]|\s(?:wh|bu|co|ve|vs|an)/gi;

/** An opening stretch that is only a date: "As of August 25", "On Nov. 8", "In March 2014", "In 2014". */
const DATE_STRETCH = new RegExp(
  String.raw`^\s*(?:(?:in|on|by|during|as of|through|until)\s+)?(?:(?:early|late|mid)[- ]?)?` +
    String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?` +
    String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?)(?:,\s*|\s+|$))?(?:(?:1[89]|20)\d\d)?\s*$`,
  'i',
);

/** …which names a month or a year. */
const DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:1[89]|20)\d\d\b/i;

function clauses(text: string, s: Sentence): Span[] {
  const slice = text.slice(s.start, s.end);
  const out: Span[] = [];
  let from = 0;
  // the breaks the global pattern finds (each search going on after the last break), tried only where one
  // can start
  let searched = 0;
  BREAK_HINT.lastIndex = 0;
  for (let hint = BREAK_HINT.exec(slice); hint; hint = BREAK_HINT.exec(slice)) {
    let at = hint.index;
    if (isWhiteSpace(slice.charCodeAt(at))) while (at > searched && isWhiteSpace(slice.charCodeAt(at - 1))) at--;
    CLAUSE_BREAK.lastIndex = at;
    const m = CLAUSE_BREAK.exec(slice);
    if (!m) continue;
    searched = BREAK_HINT.lastIndex = m.index + m[0].length;
    if (m.index === 0) continue;
    out.push({ start: s.start + from, end: s.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: s.start + from, end: s.end });
  // A stretch with no number ("In Philadelphia,"), or whose numbers are a date ("As of August 25,", "In 2014,"),
  // belongs to the clause after it.
  const merged: Span[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const stretch = text.slice(c.start, c.end);
    if (
      i + 1 < out.length &&
      (!/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b/i.test(stretch) ||
        (DATE_STRETCH.test(stretch) && DATE_WORD.test(stretch)))
    ) {
      out[i + 1] = { start: c.start, end: out[i + 1].end };
      continue;
    }
    merged.push(c);
  }
  return merged;
}

const ATTRIBUTION_PATTERNS: RegExp[] = [
  /\b[Aa]ccording to ((?:the )?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.’'&-]*){0,5})/,
  new RegExp(
    String.raw`\b((?:the )?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+` +
      String.raw`(?:said|says|reported|reports|announced|stated|states|told|estimated|estimates|counted|confirmed|` +
      String.raw`posted|touted|detailed)\b`,
  ),
  /\b(?:said|says|reported|announced|stated)\s+((?:[A-Z][\w.’'&-]*)(?:\s+[A-Z][\w.’'&-]*){0,3})/,
];

/**
 * Who speaks, as an index within the sentence: each speech verb or semicolon before the figure starts
 * another voice. "Liberia (3,149) and Guinea (2,727)" is one voice listing different things; "police say
 * 637 are dead, media report over a thousand" is two voices that can disagree.
 */
const VOICE_BREAK = new RegExp(
  String.raw`;|\b(?:said|says|say|reported|reports|report|announced|stated|states|told|estimated|estimates|` +
    String.raw`counted|confirmed|according to|puts?|putting)\b`,
  'gi',
);

/** Where each voice after the first starts in a sentence (read once per sentence with several figures). */
function voiceBreaks(text: string, s: Sentence): number[] {
  const out: number[] = [];
  VOICE_BREAK.lastIndex = 0;
  const slice = text.slice(s.start, s.end);
  for (let m = VOICE_BREAK.exec(slice); m; m = VOICE_BREAK.exec(slice)) out.push(s.start + m.index);
  return out;
}

function voiceAt(breaks: number[], at: number): number {
  let k = 0;
  while (k < breaks.length && breaks[k] < at) k++;
  return k;
}

/** `hints`: the sentence's `sentenceHints` (no pattern matches without one of its verbs). */
function attributionOf(sentence: string, hints: number): string | undefined {
  if (!(hints & ATTRIBUTION_WORD)) return undefined;
  for (const re of ATTRIBUTION_PATTERNS) {
    const m = re.exec(sentence);
    if (m && !/^(He|She|They|It|We|I|The|This|That|In|On)$/.test(m[1]))
      return m[1].replace(/^the /, '').replace(/[.,;:]+$/, '');
  }
  return undefined;
}

/** Capitalised words before a number that are not a product's name: hedges, function words, calendar words. */
const NOT_A_MAKE = new RegExp(
  String.raw`^(?:About|Around|Nearly|Almost|Some|Over|Roughly|Approximately|Just|Only|All|More|Fewer|Less|Least|` +
    String.raw`Up|To|At|The|A|An|In|On|Of|By|For|From|With|And|Or|But|Than|Since|After|Before|Until|Between|` +
    String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|` +
    String.raw`August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|` +
    String.raw`Sunday)$`,
);

/**
 * "Boeing 737", "iPhone 15": a number glued by one space to a capitalised word that is no place or
 * person the text names and no hedge, inside a sentence of prose (not its first word, and not a
 * headline, whose verbs are capitalised too: "Toll Nears 5,000").
 */
function modelNumber(text: string, n: RawNumber, sentenceStart: number, input: FigureInput): boolean {
  // most numbers follow a small word or punctuation: decided by two characters, before any pattern
  const c = text.charCodeAt(n.start - 2);
  if (text[n.start - 1] !== ' ' || !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127)) return false;
  // the word before the space needs a capital: a run of lower-case ASCII letters back to an ASCII
  // non-letter (or to the window's start) has none ("killed 12", "about 300"), decided without the pattern
  const from = Math.max(sentenceStart, n.start - 30);
  let k = n.start - 2;
  while (k >= from) {
    const d = text.charCodeAt(k);
    if (d < 97 || d > 122) break;
    k--;
  }
  if (k < from) return false;
  const d = text.charCodeAt(k);
  if (d < 128 && !(d >= 65 && d <= 90)) return false;
  const m = /(?:^|[^\p{L}\p{N}.'’-])(\p{L}*\p{Lu}\p{L}*) $/u.exec(text.slice(from, n.start));
  if (!m) return false;
  const wordStart = n.start - 1 - m[1].length;
  if (wordStart <= sentenceStart || NOT_A_MAKE.test(m[1]) || /^\p{Lu}+$/u.test(m[1])) return false;
  const named = (x: Span) => x.start <= wordStart && wordStart < x.end;
  return !input.places.some(named) && !input.people.some(named);
}

function classify(text: string, n: RawNumber): { kind: FigureKind; end: number; start?: number } | undefined {
  const before = text.slice(Math.max(0, n.start - 20), n.start);
  const after = text.slice(n.end, n.end + 24);
  // "0800-4455000", "0207": no count is written with a leading zero (a phone number, a code)
  if (!n.words && n.text.length > 1 && n.text[0] === '0' && n.text[1] !== '.')
    return { kind: 'identifier', end: n.end };
  const c = before.charCodeAt(before.length - 2);
  // (a group after a space is a phone number's when it has three digits or more: not "at 0830 40 firefighters")
  const phone = c >= 48 && c <= 57 && /(?:^|[^\d.,])0\d+[-– ]$/.test(before);
  if (phone && (n.text.length >= 3 || !before.endsWith(' '))) return { kind: 'identifier', end: n.end };
  if (/[\p{L}]-$/u.test(before) || /^-[\p{L}]+\d/u.test(after) || IDENTIFIER_BEFORE.test(before))
    return { kind: 'identifier', end: n.end, start: n.start - (/[\p{L}\d]+-$/u.exec(before)?.[0].length ?? 0) };
  const age = /^(?:-|\s)(?:year|month|week)s?(?:-|\s)old\b/i.exec(after);
  if (age) return { kind: 'age', end: n.end + age[0].length };
  if (/\b(?:aged|age|ages)\s+$/i.test(before)) return { kind: 'age', end: n.end };
  if (/^(?:st|nd|rd|th)\b/.test(after)) return { kind: 'ordinal', end: n.end + 2 };
  // ("a 90-percent cost share")
  if (/^(?:\s*|-)(?:%|percent\b|per cent\b|percentage points?\b)/i.test(after)) {
    const m = /^(?:\s*|-)(?:%|percent|per cent|percentage points?)/i.exec(after)!;
    return { kind: 'percent', end: n.end + m[0].length };
  }
  if (/(?:[$€£¥]|US\$|USD\s?)\s?$/.test(before) || /^\s+(?:dollars|euros|yuan|yen|rupees)\b/i.test(after))
    return { kind: 'money', end: n.end };
  // "two blocks from the bridge": a distance, not a count of blocks
  const blocks = /^\s+(?:city\s+)?blocks?\s+(?:from|away|north|south|east|west)\b/i.exec(after);
  if (blocks) return { kind: 'measurement', end: n.end + blocks[0].replace(/\s+\S+$/, '').length };
  const measured = MEASUREMENT_AFTER.exec(after);
  if (measured) return { kind: 'measurement', end: n.end + measured[0].length };
  if (MAGNITUDE_BEFORE.test(before)) return { kind: 'measurement', end: n.end };
  const unit = UNIT_WORD.exec(after);
  if (unit && !/^(?:-|\s)\w+\s+(?:ago|old)\b/i.test(after)) return { kind: 'duration', end: n.end + unit[0].length };
  return { kind: 'count', end: n.end };
}

export function extractFigures(input: FigureInput): DocumentFigures {
  const { text, sentences } = input;
  const { dateline, anchor } = articleTime(text, input.lineStarts);
  const events = findEvents(text);
  const quotes = quotedSpans(text);
  const figures: Figure[] = [];
  const datelined = datelinePlace(text, sentences, input.places);
  const home = datelined?.home;
  const placesInOrder = input.places.every((p, i, all) => i === 0 || all[i - 1].start <= p.start);
  let cutoff: number | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (figures.length >= MAX_FIGURES) {
      cutoff = s.start;
      break;
    }
    // (read once for every pattern: most sentences have no digit and no number word)
    const hints = sentenceHints(text, s.start, s.end);
    const dates = findDates(text, s.start, s.end, hints);
    const all = findNumbers(text, s.start, s.end, hints);
    const numbers = dates.length ? all.filter((n) => !dates.some((d) => d.start < n.end && n.start < d.end)) : all;
    const attribution = numbers.length || dates.length ? attributionOf(text.slice(s.start, s.end), hints) : undefined;
    for (const d of dates) {
      if (d.kind === 'weekday' || d.kind === 'relative') continue;
      figures.push(nonCount(d.kind, d.start, d.end, d.text, si, quotes, attribution));
    }
    if (!numbers.length) continue;
    const parts = hints & CLAUSE_MARK ? clauses(text, s) : [{ start: s.start, end: s.end }];
    const scope: ScopeContext = {
      places: notTheDateline(placesInOrder ? placesWithin(input.places, s) : input.places, datelined),
      opening: datelined?.start === s.start ? datelined.headEnd : s.start,
      nationwide: new Map(),
      nationWords: (hints & NATION_WORD) !== 0,
      voiceWords: (hints & VOICE_MARK) !== 0,
    };
    const breaks = numbers.length > 1 && hints & VOICE_MARK ? voiceBreaks(text, s) : [];
    const causes = hints & CAUSE_WORD ? causesIn(text, s.start, s.end) : undefined;
    const consumed = new Set<RawNumber>();
    let previous: Figure | undefined;
    for (let k = 0; k < numbers.length; k++) {
      const n = numbers[k];
      if (consumed.has(n)) continue;
      if (
        n.words &&
        /^one$/i.test(n.text) &&
        (PRONOUN_ONE_NEXT.test(text.slice(n.end, n.end + 12)) || /[.,;:!?]/.test(text[n.end] ?? '.'))
      )
        continue;
      const cls = classify(text, n);
      if (!cls) continue;
      // "voted 52-48", "won 6-3": a tally, one figure and never a count
      const second = numbers[k + 1];
      if (
        cls.kind === 'count' &&
        second &&
        /^[-–]$/.test(text.slice(n.end, second.start)) &&
        second.value <= n.value &&
        !n.words
      ) {
        consumed.add(second);
        figures.push({
          ...nonCount('tally', n.start, second.end, text.slice(n.start, second.end), si, quotes, attribution),
          value: n.value,
        });
        continue;
      }
      // "Boeing 737", "iPhone 15", "Apollo 11": a number right after a name is a model, not a count
      if (cls.kind === 'count' && !n.words && !s.headline && modelNumber(text, n, s.start, input)) {
        cls.kind = 'identifier';
        cls.start = text.lastIndexOf(' ', n.start - 2) + 1;
      }
      if (cls.kind === 'identifier' || cls.kind === 'ordinal' || cls.kind === 'duration') {
        const from = cls.start ?? n.start;
        figures.push({
          ...nonCount(cls.kind, from, cls.end, text.slice(from, cls.end), si, quotes, attribution),
          value: n.value,
        });
        continue;
      }
      const clause = parts.find((c) => c.start <= n.start && n.start < c.end) ?? { start: s.start, end: s.end };
      const before = text.slice(Math.max(clause.start, n.start - 30), n.start);
      let hedge = hedgeOf(before, text.slice(cls.end, cls.end + 16));
      let rangeHi: number | undefined;
      let end = cls.end;
      // Ranges: "between 20 and 30", "20 to 30", "20-30", "two or three"
      const next = numbers[k + 1];
      // "the 100 – or approximately 150 people on board": a number said and put right at once
      // (not a share said after it: "30 – or 20% – of the passengers")
      const corrected =
        !!next &&
        /^\s*(?:[–—]|--|\s-)\s*or\s+(?:(?:about|approximately|around|roughly|some|rather)\s+)?$/.test(
          text.slice(n.end, next.start),
        ) &&
        !/^\s*(?:%|percent|per cent|of\b)/.test(text.slice(next.end, next.end + 10));
      // "the toll rose from 125 to 149", "taking the number of dead from 125 to 149": a change, not a range; the
      // first value is the one replaced
      const changed =
        !!next &&
        /^\s+to\s+$/.test(text.slice(n.end, next.start)) &&
        changedFrom(text.slice(Math.max(clause.start, n.start - 70), n.start));
      if (next && !next.vague && next.value > n.value && !changed) {
        const gap = text.slice(n.end, next.start);
        if (
          /^\s*(?:-|–|to)\s*$/.test(gap) ||
          (/^\s+and\s+$/.test(gap) && /\bbetween\s+$/i.test(before)) ||
          (/^\s*or\s+$/.test(gap) && classify(text, next)?.kind === cls.kind)
        ) {
          hedge = { qualifier: 'range', text: /between\s+$/i.test(before) ? 'between' : undefined };
          rangeHi = next.value;
          end = next.end;
          consumed.add(next);
        }
      }
      const fig: Figure = {
        start: n.start,
        end,
        text: text.slice(n.start, end),
        kind: cls.kind,
        value: n.value,
        vague: n.vague,
        qualifier: hedge.qualifier,
        qualifierText: hedge.text,
        interval: intervalOf(n.value, hedge, rangeHi),
        nationwide: false,
        cumulative: false,
        subset: false,
        quoted: inQuote(quotes, n.start, n.end),
        attribution,
        sentence: si,
        voice: voiceAt(breaks, n.start),
        // every field present from the start keeps one object shape for all figures (less memory, faster access)
        measure: undefined,
        measureText: undefined,
        measureLabel: undefined,
        unitName: undefined,
        unitScale: undefined,
        restates: undefined,
        projection: undefined,
        placeId: undefined,
        placeText: undefined,
        person: undefined,
        day: undefined,
        dayText: undefined,
        since: undefined,
        sinceText: undefined,
        year: undefined,
        ratioOf: undefined,
        event: undefined,
        eventText: undefined,
        cause: undefined,
        owner: undefined,
        actor: undefined,
        // (and the value a later one replaces: "1.85 million, an increase from the initial estimates of 600,000")
        corrected: corrected || changed || superseded(text, Math.max(clause.start, n.start - 70), n.start) || undefined,
      };
      // "could reach 500", "20 feared dead": a projection, which a count made so far may stay below
      const next40 = text.slice(end, Math.min(clause.end, end + 40));
      if (
        PROJECTION_BEFORE.test(before) ||
        (/feared|presumed|believed/i.test(next40) && PROJECTION_AFTER.test(next40))
      ) {
        fig.projection = true;
        // a count made so far is below a fear or a forecast: only one past it disagrees
        fig.interval = { ...fig.interval, lo: 0, loOpen: false };
      }
      // Ratios: "seven out of the ten safest cities", "3 in 10".
      const ratio = /^\s+(?:out of|in)\s+(?:the\s+|every\s+)?/.exec(text.slice(end, end + 20));
      const whole = ratio ? numbers.find((x) => x.start === end + ratio[0].length) : undefined;
      if (whole) {
        fig.ratioOf = whole.value;
        consumed.add(whole);
        if (/^\s+in\s/.test(ratio![0])) fig.kind = 'ratio';
      }
      const nounFrom = whole ? whole.end : end;
      if (fig.kind === 'measurement') {
        describeMeasurement(text, fig, clause);
        const last = figures[figures.length - 1];
        fig.restates =
          last?.kind === 'measurement' &&
          /^\s*\(\s*(?:about\s+|some\s+|approx\.?\s+)?$/i.test(text.slice(last.end, fig.start));
        if (fig.restates) fig.measure = fig.measureLabel = fig.measureText = last.measure;
      } else if (describeMeasure(text, fig, clause, s.start, nounFrom, previous, (hints & POPULATION_WORD) !== 0)) {
        // "570 people reported dead and another 2,500 injured": added to a toll of another kind, the whole of its
        // own ("Another 4,400 are dead" after deaths elsewhere, "an additional 12 cars" after 38 rail cars: parts)
        // (not added to a part, "another 3 dead and another 9 wounded", nor where the sentence counted its kind
        // before: "40 injured in the morning, 12 killed at noon, and another 30 injured")
        const other = previous?.measure;
        if (
          other &&
          !previous?.subset &&
          fig.measure !== other &&
          RUNNING_TOTALS.has(other) &&
          RUNNING_TOTALS.has(fig.measure ?? '') &&
          !figures.some((f) => f.sentence === si && f.measure === fig.measure)
        )
          fig.subset = false;
      }
      if (fig.measure === 'votes') fig.owner = ownerOf(input, s.start, fig.start);
      else if (fig.kind === 'count') fig.actor = actorBefore(text, s.start, fig.start, input.people, input.places);
      if (!fig.subset && fig.kind === 'count' && partOfAnother(text, fig, nounFrom, previous)) fig.subset = true;
      // "Eighteen of the children and six adults … were found dead": the next of a list of parts is a part
      const prior = figures[figures.length - 1];
      if (
        prior?.sentence === si &&
        prior.subset &&
        LISTED_PART.test(text.slice(prior.end, fig.start)) &&
        !WHOLE_AFTER.test(text.slice(end, end + 12))
      )
        fig.subset = true;
      const placed = describeScope(text, fig, clause, s, scope, dates, dateline, previous);
      // (the words since the last comma first: "After years of war, 5,900 people died in the earthquake")
      if (causes)
        fig.cause = causeAt(causes, fig.start, fig.end, afterComma(text, clause.start, fig.start), clause.end);
      if (!placed && !fig.nationwide && home) {
        fig.placeId = home.placeId;
        fig.placeText = home.text;
      } else if (!placed && !fig.nationwide && previous?.placeId && coordinated(text, previous, fig)) {
        // "recorded 167 earthquake-related deaths and nearly 2,000 earthquake-related injuries": one place
        fig.placeId = previous.placeId;
        fig.placeText = previous.placeText;
      } else if (placed && fig.placeText && previous && sharesPlaceAfter(text, previous, fig, clause.end)) {
        // "Over 4,000 people are dead and nearly 3,000 are missing after the cyclone hit Burma": the place named
        // after two counts joined by "and" is the first's too
        previous.placeId = fig.placeId;
        previous.placeText = fig.placeText;
      }
      if (cls.kind === 'age') fig.person = agePerson(input.people, n.start, end);
      else if (/^,\s*$/.test(text.slice(n.start - 2, n.start)) && /^[,.;)]/.test(text.slice(end, end + 1))) {
        const p = agePerson(input.people, n.start, end);
        if (p) {
          fig.kind = 'age';
          fig.person = p;
        }
      }
      if (events.length && (fig.kind === 'count' || fig.kind === 'money')) {
        fig.event = events[0].key;
        fig.eventText = events[0].text;
      }
      figures.push(fig);
      if (fig.measure) previous = fig;
    }
  }
  figures.sort((a, b) => a.start - b.start);
  unplacedParts(figures);
  if (figures.length > 1 && TOTAL_WORDS.test(text)) partsOfTotals(text, figures);
  if (figures.length > 1 && listsItems(text)) listedItems(text, sentences, figures);
  // the last sentence read may have gone past the bound: stop at the bound's figure exactly
  if (figures.length > MAX_FIGURES) {
    cutoff = figures[MAX_FIGURES].start;
    figures.length = MAX_FIGURES;
  }
  return { figures, dateline, anchor, events, cutoff };
}

function nonCount(
  kind: FigureKind,
  start: number,
  end: number,
  text: string,
  sentence: number,
  quotes: Span[],
  attribution?: string,
): Figure {
  return {
    start,
    end,
    text,
    kind,
    value: null,
    vague: false,
    qualifier: 'exact',
    interval: { lo: 0, hi: 0 },
    nationwide: false,
    cumulative: false,
    subset: false,
    quoted: inQuote(quotes, start, end),
    attribution,
    sentence,
  };
}

/** Are two counts joined by "and" in one clause ("167 deaths and nearly 2,000 injuries")? */
const joinedByAnd = (text: string, previous: Figure, fig: Figure) =>
  previous.sentence === fig.sentence &&
  fig.start - previous.end <= 60 &&
  COORDINATED.test(text.slice(previous.end, fig.start));

/** Is `fig` the second of two counts joined by "and", with no scope of its own, so of the first's place? */
function coordinated(text: string, previous: Figure, fig: Figure): boolean {
  // (not where the second says a place or a scope of its own: "12 in Kharkiv and 3 in Tsyrkuny", "… and 800
  // nationwide")
  return joinedByAnd(text, previous, fig) && !OWN_SCOPE.test(text.slice(fig.end, fig.end + 48));
}
/** Does the first of two counts joined by "and", with no place of its own, take the place named after both? */
function sharesPlaceAfter(text: string, previous: Figure, fig: Figure, clauseEnd: number): boolean {
  if (previous.placeId !== undefined || previous.nationwide || !joinedByAnd(text, previous, fig)) return false;
  const at = text.indexOf(fig.placeText!, fig.end);
  // (not a place the second count's people went to or came from: "200 were rescued and taken to Italy")
  return at >= 0 && at < clauseEnd && !MOVED.test(text.slice(fig.end, at));
}
const MOVED = /\b(?:to|toward|towards|into|from|across|including|for)\b/i;
const OWN_SCOPE =
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:in|at|near|across|around|outside|nationwide|worldwide|globally|overall|elsewhere)\b/u;
const COORDINATED = /^ [\p{L}-]+(?: [\p{L}-]+){0,3} and (?:(?:nearly|about|almost|some|over|more than|at least) )?$/u;

/**
 * Whose votes: the surname of the last person named in the sentence before them, or the last word that may name
 * one ("In Dade County, Trump won …"); see `Figure.owner`.
 */
function ownerOf(input: FigureInput, sentenceStart: number, start: number): string | undefined {
  let owner: string | undefined,
    at = -1;
  for (const p of input.people)
    if (p.start >= sentenceStart && p.end <= start && p.start > at) {
      owner = p.surname;
      at = p.start;
    }
  for (const c of input.candidates ?? [])
    if (c.start >= sentenceStart && c.end <= start && c.start > at) {
      owner = c.text;
      at = c.start;
    }
  return owner;
}

/** "Ana Ruiz, 34," and "a 34-year-old" next to a name: the person the age belongs to. */
function agePerson(people: PersonMention[], start: number, end: number): Span | undefined {
  const before = people.filter((p) => p.end <= start && start - p.end <= 3);
  if (before.length) return before[before.length - 1];
  const after = people.find((p) => p.start >= end && p.start - end <= 3);
  return after;
}

/** Words between an event and its number: hedges, prepositions, verbs of change. */
const BRIDGE_WORDS = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'over',
  'just',
  'approximately',
  'estimated',
  'than',
  'more',
  'least',
  'at',
  'to',
  'of',
  'stands',
  'stood',
  'stand',
  'rose',
  'rises',
  'risen',
  'climbed',
  'climbs',
  'reached',
  'reaches',
  'hit',
  'hits',
  'is',
  'was',
  'are',
  'were',
  'now',
  'has',
  'had',
  'jumped',
  'from',
  'in',
  'for',
  'the',
  'latest',
  'official',
  'confirmed',
  'grew',
  'increased',
  'fell',
  'dropped',
  'totaled',
  'totalled',
  'an',
  'up',
]);

/**
 * Runs of letters and hyphens (`[\p{L}-]+`, as a /u pattern reads them): the words of a stretch. Read by
 * character codes from either end, as the callers need only the first or the last few.
 */
const LETTER = /^\p{L}$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The length of the code point at i if it is a letter or a hyphen, else 0. */
function wordUnitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const n = isHigh(c) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  return LETTER.test(s.slice(i, i + n)) ? n : 0;
}

/** The length of the code point ending at i if it is a letter or a hyphen, else 0. */
function wordUnitBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const n = isLow(c) && i >= 2 && isHigh(s.charCodeAt(i - 2)) ? 2 : 1;
  return LETTER.test(s.slice(i - n, i)) ? n : 0;
}

/** The first word of s at or after i, as [start, end). */
function wordAfter(s: string, i: number): [number, number] | undefined {
  while (i < s.length && !wordUnitAt(s, i)) i++;
  if (i >= s.length) return undefined;
  let end = i;
  for (let n = wordUnitAt(s, end); n; n = end < s.length ? wordUnitAt(s, end) : 0) end += n;
  return [i, end];
}

/** The last word of s before i, as [start, end). */
function wordBefore(s: string, i: number): [number, number] | undefined {
  while (i > 0 && !wordUnitBefore(s, i)) i--;
  if (i <= 0) return undefined;
  let start = i;
  for (let n = wordUnitBefore(s, start); n; n = start > 0 ? wordUnitBefore(s, start) : 0) start -= n;
  return [start, i];
}

/** Vague numbers that open another count after a count: "surpassed 200 with thousands of others injured". */
const OTHERS_COUNTED = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

/** Words that start another clause. */
const CLAUSE_WORDS = new Set([
  'as',
  'and',
  'while',
  'but',
  'when',
  'after',
  'before',
  'because',
  'since',
  'until',
  'where',
]);

function eventNear(text: string, from: number, to: number): string | undefined {
  const stretch = text.slice(from, to);
  const stop = stretch.search(/[,;:.]/);
  const part = stop < 0 ? stretch : stretch.slice(0, stop);
  // stop at a clause word: "nine as search continues for two missing" is not about the missing
  let last = '';
  let k = 0;
  for (let at = wordAfter(part, 0); at; at = wordAfter(part, at[1]), k++) {
    const lw = part.slice(at[0], at[1]).toLowerCase();
    // (and at others counted, whose verb it is: "surpassed 200 with thousands of others injured", "with 150
    // others injured"; but "of others" after the count is its own)
    if (CLAUSE_WORDS.has(lw) || (k > 0 && last !== 'of' && (lw === 'others' || OTHERS_COUNTED.has(lw))))
      return undefined;
    const e = eventOfLower(lw) ?? (lw === 'board' && last === 'on' ? 'aboard' : undefined);
    if (e) return eitherToll(e, orAfter(part, at[1]));
    last = lw;
  }
  return undefined;
}

/** The charge after a count of counts ("of capital murder", "for hate crime acts"), to a clause's end. */
const CHARGE_AFTER = new RegExp(
  String.raw`^ (?:of|for) ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+)` +
    String.raw`(?= (?:and|in|that|which|who|during|against|to|under|with)\b|[,.;:()]|$)`,
  'u',
);

/** An aside set off by commas after a count's noun, then a verb: "nearly 150 people, mainly students, were killed". */
// (not a name: "one American citizen, Quinn Lucas Schansman, was killed" names one of them)
const ASIDE_THEN_VERB = /^,\s+\p{Ll}[^,.;:!?"“”()]{1,50},\s+(?=(?:were|was|are|is|had|have|has|died|perished)\b)/u;

/** The event a verb after an aside names ("150 people, most of them students, were killed": deaths). */
function verbAfterAside(text: string, at: number): string | undefined {
  if (text.charCodeAt(at) !== 44 /* , */) return undefined;
  const m = ASIDE_THEN_VERB.exec(text.slice(at, at + 64));
  // ("Nearly 140 people, mainly students, were among the dead": a part of the dead, not their count)
  if (!m || /^\p{Ll}+ among\b/u.test(text.slice(at + m[0].length, at + m[0].length + 24))) return undefined;
  return eventNear(text, at + m[0].length, at + m[0].length + 60);
}

/** A measure as a message writes it: two tolls counted as one in words ("dead or missing"). */
function tollLabel(measure: string): string {
  const [a, b] = measure.split('+');
  return b === undefined || !JOINED_TOLLS.includes(measure)
    ? measure
    : `${TOLL_WORDS[a] ?? a} or ${TOLL_WORDS[b] ?? b}`;
}
const TOLL_WORDS: Record<string, string> = { deaths: 'dead', injuries: 'injured', missing: 'missing' };

/**
 * "120 people dead or missing", "killed or injured 250": one count of two tolls, a measure of its own, not the
 * first toll's (were deaths, against which "dead or missing" disagreed).
 */
function eitherToll(event: string, other: string | undefined): string {
  const e2 = other === undefined ? undefined : eventOfLower(other);
  if (!e2 || e2 === event) return event;
  const joined = [event, e2].sort().join('+');
  return JOINED_TOLLS.includes(joined) ? joined : event;
}

/** The word after " or " at `at`: "dead or missing" (at the end of "dead"). */
const orAfter = (s: string, at: number) => /^ or (\p{Ll}+)/u.exec(s.slice(at, at + 16))?.[1];

/** Where the text after the last comma of [from, to) starts; `from` where it holds none. */
function afterComma(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 44 /* , */) return i + 1;
  return from;
}

/** The verbs and nouns before "N lives", over its hedge, that make them deaths: "claimed", "took", "the loss of". */
const LIVES_LOST = new RegExp(
  String.raw`\b(?:claim(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|cost(?:s|ing)?|los(?:e|es|t|ing|s of)|` +
    String.raw`end(?:s|ed|ing)?|killed)$`,
  'i',
);

/** The text before a figure without its hedge ("population of" in "population of about 26,800"), trimmed. */
function beforeHedge(before: string, fig: Figure): string {
  const hedge = fig.qualifierText ?? '';
  const rest = before.trimEnd();
  const bare = hedge && rest.toLowerCase().endsWith(hedge.toLowerCase()) ? rest.slice(0, -hedge.length) : rest;
  return bare.trimEnd();
}

/** Whether "population of" is written right before the number, over its hedge ("population of about"). */
function populationBefore(before: string, fig: Figure): boolean {
  const at = before.lastIndexOf('opulation of');
  if (at < 1 || at < before.length - 40) return false;
  return /\bpopulation of$/i.test(beforeHedge(before, fig));
}

/** Whether a place's kind and "of" are written right before the number: "a town of 10,000", "the village of". */
function settlementOf(before: string, fig: Figure): boolean {
  const b = beforeHedge(before, fig);
  return b.endsWith(' of') && SETTLEMENT_OF.test(b);
}

/** A place's kind before "of" and its size, with an article and up to two words: "a small fishing town of". */
const SETTLEMENT_OF =
  /\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|city|village|hamlet|community|island|nation|country)\s+of$/iu;

/**
 * What a count counts (its measure), and whether it is a part of a whole; returns whether it is a part only
 * because it is written as added ("another 2,500"): the caller tells what it was added to.
 */
function describeMeasure(
  text: string,
  fig: Figure,
  clause: Span,
  sentenceStart: number,
  nounFrom: number,
  previous: Figure | undefined,
  populous: boolean,
): boolean {
  const before = text.slice(clause.start, fig.start);
  const wasPart = fig.subset;
  // Partitives: "four of the MA arrests", "of the 50 arrests made, 20 were not criminals".
  // ("all 4,980 of its members" is the whole, not a part)
  const partitive =
    (/^\s+of\s+(?:the|these|those|them|its|their)\b/i.test(text.slice(nounFrom, nounFrom + 12)) &&
      !/\b(?:all|each|every one)\s+$/i.test(text.slice(fig.start - 10, fig.start))) ||
    /\bof (?:the|these|those) [\d,]+ [^,]*,\s*$/i.test(
      text.slice(Math.max(sentenceStart, fig.start - 80), fig.start),
    ) ||
    /\b(?:including|among them|of whom|of which|of them)\s+(?:(?:about|some|nearly|at least|more than)\s+)?$/i.test(
      text.slice(Math.max(sentenceStart, fig.start - 30), fig.start),
    );
  // "while another 4,400 are dead", "a further 20", "rescued 800 more people", "31 additional counties", "676 new
  // cases", "has sent seven other cutters": a count added to another, not a whole
  const near = text.slice(Math.max(sentenceStart, fig.start - 40), fig.start);
  const added =
    /other|additional|further/i.test(near) &&
    /\b(?:another|an additional|a further)\s+(?:(?:about|some|nearly|almost|at least|more than|roughly)\s+)?$/i.test(
      near,
    );
  const more =
    fig.kind === 'count' &&
    /^\s+(?:[Mm]ore|[Aa]dditional|[Ff]urther|[Ee]xtra|new|other)\b(?!\s+(?:than|or less)\b)/.test(
      text.slice(fig.end, fig.end + 18),
    );
  // "In another county, already 3,000-5,000 are reported to have died", "Twelve died in another county": a part
  // of the whole, named by no name
  const elsewhere =
    ANOTHER_AREA.test(text.slice(clause.start, fig.start)) || ANOTHER_AREA.test(text.slice(fig.end, clause.end));
  // "Other forms of aid remain at 75 percent", "the remaining 20": the rest of a whole, not the whole
  const rest = /^\s*(?:the\s+)?(?:other|remaining|rest of)\b/i.test(
    text.slice(clause.start, Math.min(fig.start, clause.start + 24)),
  );
  if (partitive || added || more || elsewhere || rest) fig.subset = true;
  const addedOnly = added && !(wasPart || partitive || more || elsewhere || rest);
  // "300,000 number of People Targeted …", "129,929 Estimated Number of Houses Damaged or Destroyed" (a fact
  // sheet's figure): what is counted follows "number of"
  const numberOf = /^\s+(?:(?:estimated|reported|confirmed|total)\s+)?numbers? of\s/i.exec(
    text.slice(nounFrom, nounFrom + 24),
  );
  const np = nounPhraseAfter(
    text,
    numberOf
      ? nounFrom + numberOf[0].length
      : fig.subset && /^\s+of\s/.test(text.slice(nounFrom, nounFrom + 5))
        ? nounFrom + text.slice(nounFrom).search(/\S/) + 2
        : nounFrom,
    clause.end,
  );
  // (both verbs are read only where the measure needs them: not after a noun that names it)
  const verbBefore = () => {
    // the words before the number, over hedges, prepositions and verbs of change:
    // "arrested 498", "Arrests Nearly 500", "death toll stands at nine", "the toll rose to 9"
    const stretch = before.slice(-60);
    // (a named subject may sit between: "the death toll from Tropical Storm Delphine stands at nine")
    let at = wordBefore(stretch, stretch.length);
    for (let k = 0; at && k < 8; k++, at = wordBefore(stretch, at[0])) {
      const w = stretch.slice(at[0], at[1]);
      const lw = w.toLowerCase();
      const e = eventOfLower(lw);
      if (e) return eitherToll(e, /(\p{Ll}+) or $/u.exec(stretch.slice(Math.max(0, at[0] - 16), at[0]))?.[1]);
      if (!BRIDGE_WORDS.has(lw) && !/^\p{Lu}/u.test(w)) return undefined;
    }
    return undefined;
  };
  // "101 were arrested", "4,980 members of Local 912 who work there are on strike": the verb of the figure's clause
  const verbAfter = () => eventNear(text, np.end, Math.min(clause.end, np.end + 60)) ?? verbAfterAside(text, np.end);
  // "an area with a population of about 778,000 people", "the population of approximately 26,800 evacuated",
  // "the 26,000-resident town": the number is a population, whatever else the sentence says of it
  // ("Mayfield, a town of 10,000", "a city of 800,000 people": a place's size in apposition)
  if (
    (populous && populationBefore(before, fig)) ||
    (settlementOf(before, fig) && (!np.head || isPeopleNoun(np.head))) ||
    (text.charCodeAt(fig.end) === 45 /* - */ &&
      /^-(?:residents?|inhabitants?)\b/i.test(text.slice(fig.end, fig.end + 13)))
  ) {
    fig.measure = fig.measureLabel = fig.measureText = 'population';
    return addedOnly;
  }
  // ("149 confirmed and rising": how the count is known, no noun of what it counts)
  // ("149 confirmed and 300 suspected cases": the noun comes after the list)
  const howKnown =
    np.modifiers.length === 0 &&
    !!np.head &&
    saysHowKnown(np.head) &&
    !/^,?\s+(?:and|or)\s+(?:[\d,]+\s+)?\p{Ll}+\s+\p{Ll}/u.test(text.slice(np.end, np.end + 40));
  if (np.head && /^\p{L}/u.test(np.head) && !howKnown) {
    const head = np.head;
    const direct = eventOf(head);
    fig.measureText = text.slice(nounFrom, np.end).trim();
    if (isPeopleNoun(head)) {
      // people counted by what happened to them ("498 individuals were arrested"), else by who they are
      // ("4,980 workers")
      // (the people a name counts act, "5,900 National Guard members … rescued hundreds", unless something is
      // done to them: "12 National Guard soldiers were killed", "killed 20 Gaza City residents")
      const acted =
        np.named && !/^\s+(?:were|was|have been|has been|had been|are|is)\b/.test(text.slice(np.end, np.end + 20));
      const happened = attackersActing(head, text.slice(np.end, clause.end))
        ? undefined
        : acted
          ? verbBefore()
          : (verbAfter() ?? verbBefore());
      const event = happened && groupMeasure(happened, head);
      fig.measure =
        event ?? (/^(people|persons|individuals|others)$/i.test(head) ? 'people' : measureKey(head, np.modifiers));
      fig.measureLabel = event ? tollLabel(event) : fig.measureText;
      if (!event) joinedGroups(text, np.end, fig);
    } else if (direct) {
      // ("300 dead or missing")
      fig.measure = eitherToll(direct, orAfter(text, np.end));
      fig.measureLabel = tollLabel(fig.measure);
    } else if (head === 'lives' || head === 'Lives') {
      // "claimed 89 lives", "took 2,000 lives", "the loss of 60,000 lives": deaths; lives saved, spared or at risk
      // are not
      const lost = LIVES_LOST.test(beforeHedge(before.slice(-40), fig));
      fig.measure = fig.measureLabel = lost ? 'deaths' : 'lives';
      fig.measureText = text.slice(nounFrom, np.end).trim();
    } else {
      fig.measure = measureKey(head, np.modifiers);
      fig.measureLabel = fig.measureText;
      // "23 counts of capital murder", "45 counts of using a firearm": a charge's counts, by the charge
      const charge = /^counts?$/i.test(head) ? CHARGE_AFTER.exec(text.slice(np.end, np.end + 60)) : null;
      if (charge) fig.measure = `${fig.measure} of ${charge[1].toLowerCase()}`;
      if (fig.kind === 'count') fig.action = actionOf(before, text.slice(np.end, Math.min(clause.end, np.end + 80)));
    }
  } else {
    const subject = verbAfter() ?? verbBefore() ?? subjectOfChange(text, sentenceStart, fig.start);
    const implicit = subject ?? previous?.measure;
    if (implicit) {
      fig.measure = implicit;
      fig.measureLabel = subject ? implicit : (previous?.measureLabel ?? implicit);
      fig.measureText = fig.measureLabel;
      // "120 homes were destroyed and 340 damaged"
      if (!subject && previous?.action !== undefined && fig.kind === 'count')
        fig.action = actionOf(before, text.slice(fig.end, Math.min(clause.end, fig.end + 80)));
    }
  }
  return addedOnly;
}

/**
 * "150 passengers and crew", "45 hostages and crew", "45 migrants and their children": one count of two groups,
 * a measure of its own, not the first group's (but "150 passengers and crew of six" counts the passengers).
 */
function joinedGroups(text: string, at: number, fig: Figure): void {
  const both = /^ and (?:their |other )?(\p{Ll}+)\b(?! of)/u.exec(text.slice(at, at + 32));
  if (!both || !(isPeopleNoun(both[1]) || CREWS.has(both[1]) || /[^s]s$/.test(both[1]))) return;
  fig.measure = `${fig.measure}+${measureKey(both[1], [])}`;
  fig.measureLabel = fig.measureText = `${fig.measureText} and ${both[1]}`;
}

/**
 * A part its words name after the count, once its measure is known: "more than 1,000 injured, 100 of whom are in
 * serious condition" (of the previous count's measure: "injured 30 people, two of whom later died" are deaths of
 * their own), and "to link one suspect, Sahal Diry Hussein, to the attackers" (one of a group, named between
 * commas; not a toll's one, "killed one person, Maria Lopez, and …", nor a source, "one person, police said").
 */
function partOfAnother(text: string, fig: Figure, nounFrom: number, previous: Figure | undefined): boolean {
  if (/^\s+of\s+(?:whom|which)\b/.test(text.slice(nounFrom, nounFrom + 12)))
    return previous?.measure !== undefined && previous.measure === fig.measure;
  return (
    fig.value === 1 &&
    !TOLLS.has(fig.measure ?? '') &&
    /^ [\p{Ll}-]+, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+,/u.test(text.slice(fig.end, fig.end + 60))
  );
}

/** A list's count of everyone it is about: "Seven of the attackers and 130 people died" (the victims' toll). */
const WHOLE_AFTER = /^\s+(?:people|persons|others|civilians|victims)\b/;

/** Between a part and the next of its list: "Eighteen of the children and six adults". */
const LISTED_PART = /^ of (?:the|these|those) [\p{L}-]+ and $/u;

/** "in another county", "in one province", "in a neighboring town": an unnamed part of the area counted. */
const ANOTHER_AREA =
  /\b(?:in|at) (?:another|one|a neighbou?ring|a nearby) (?:county|province|city|town|district|village|region|state)\b/i;

/** Who else a count of people may take in: "150 passengers and crew". */
const CREWS = new Set(['crew', 'crews', 'staff', 'personnel']);

/** Words before a number that make it a projection: "could reach", "is expected to rise to". */
const PROJECTION_BEFORE = new RegExp(
  String.raw`\b(?:could|may|might|would|will|expected to|projected to|likely to|forecast to|feared to)\s+` +
    String.raw`(?:reach|rise to|climb to|top|exceed|hit|pass|surpass|be)\s+` +
    String.raw`(?:more than |over |about |nearly |as many as |as high as |up to )?$`,
  'i',
);
/** "20 people are feared dead", "dozens presumed drowned". */
const PROJECTION_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,3}?(?:feared|presumed|believed)\s+(?:to\s+(?:be|have)\s+)?` +
    String.raw`(?:dead|killed|drowned|died|missing|lost)\b`,
  'iu',
);

/** A length, area or speed: its unit, and what it measures when the clause says ("below the ground"). */
function describeMeasurement(text: string, fig: Figure, clause: Span): void {
  const unit = unitOf(fig.text);
  if (!unit) return;
  fig.unitName = unit.name;
  fig.unitScale = unit.toBase;
  const measure = measurementMeasure(text.slice(clause.start, fig.start), text.slice(fig.end, clause.end), unit);
  fig.measure = fig.measureLabel = fig.measureText = measure;
}

const HEDGE_ONLY = /\b(some|about|nearly|almost|around|roughly|more than|over|at least|just|an estimated)\b/gi;

/**
 * A since-clause's own subject and verb right before its figure: "since an attack claimed nearly 150 lives" (not a
 * main clause after it, "Since January soldiers have killed 40", "Since the outbreak began, cholera has killed",
 * nor an adverb, "has since killed").
 */
const SINCE_CLAUSE_VERB = new RegExp(
  String.raw`^\s*(?!(?:\S+\s+)*?(?:have|has|had)\s)(?:[^\s,;]+\s+){1,6}` +
    String.raw`(?:claimed|killed|left|took|injured|wounded|displaced|destroyed|damaged)\s*$`,
  'i',
);

/**
 * A verb of change right before a number: "has risen to more than", "stands at", "climbed to". The sentence's subject
 * is then what is counted (`subjectOfChange`), and a toll so said is a running total ("Death Toll Rises to 50").
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:risen|rose|rises|rise|climbed|climbs|climb|jumped|jumps|increased|increases|grown|grew|grows|` +
    String.raw`reach|reached|reaches|stands|stood|stand|hit|hits|topped|tops|surpassed|exceeded|soared|soars|mounted|` +
    String.raw`mounts)\s+(?:to\s+|at\s+|past\s+)?` +
    String.raw`(?:more than |over |nearly |about |almost |at least |some |roughly )?$`,
  'i',
);

/**
 * "The death toll from the earthquake that hit Japan on Friday has risen to more than a thousand": with a
 * verb of change before the number, the measure is the sentence's subject, however long it is (the
 * first measure word before the verb, when no other number stands between).
 */
function subjectOfChange(text: string, sentenceStart: number, at: number): string | undefined {
  const m = CHANGE_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 40), at));
  if (!m) return undefined;
  // (a wire dateline before a dash is not part of the subject: "MANILA, June 3 — The toll could reach 500")
  const subject = text.slice(sentenceStart, at - m[0].length).replace(/^[^—–]*[—–]\s*/, '');
  if (/\d/.test(subject)) return undefined;
  for (const w of subject.split(/[^\p{L}-]+/u)) {
    const e = w && eventOf(w);
    if (e) return e;
  }
  return undefined;
}

/** s up to its first digit (`s.split(/\d/)[0]`, without the array). */
function beforeDigit(s: string): string {
  const k = s.search(/\d/);
  return k < 0 ? s : s.slice(0, k);
}

/**
 * "9 dead since the storm began" — but not "1,179 arrests, bringing the total since Jan. 23 to …", which is the next
 * figure's.
 */
function sinceAfter(after: string): RegExpExecArray | null {
  if (!/since/i.test(after)) return null;
  const m = /\bsince\s+((?:his|her|their|the|its|this|last)\s+)?([\p{L}]+)/iu.exec(after);
  return m && !CUMULATIVE.test(after.slice(0, m.index)) ? m : null;
}

/**
 * "the quake that struck Japan on Friday", "the storm, which hit on Tuesday": a day in a clause about
 * the event itself is the event's day, not the day of the figure beside it.
 */
/** Sudden events whose start a count is "since" of: the count is then the event's whole ("since the assault"). */
const EVENT_SINCE = new RegExp(
  String.raw`^(?:assault|attacks?|siege|storm|hurricane|typhoon|cyclone|quake|earthquake|tsunami|fire|wildfire|` +
    String.raw`blaze|floods?|flooding|explosions?|blasts?|collapse|shooting|tornado|disaster|crash|derailment)$`,
  'i',
);

const EVENT_DAY = new RegExp(
  String.raw`\b(?:that|which|when|since)\s+(?:[\p{L}'’-]+\s+){0,2}` +
    String.raw`(?:hit|struck|strikes|began|started|erupted|landed|made landfall|occurred|happened|exploded|` +
    String.raw`collapsed|crashed|capsized|derailed)\b[^,;.]*$`,
  'iu',
);

/** What the figures of one sentence share. */
interface ScopeContext {
  /** Every place that can be in the sentence, in the document's order. */
  places: PlaceMention[];
  /** Where the sentence's own words start: past a dateline's head ("CHRISTCHURCH, New Zealand — In March …"). */
  opening: number;
  /** Whether each clause read so far says "nationwide". */
  nationwide: Map<Span, boolean>;
  /** Whether the sentence has a word of `NATIONWIDE` (clauses never split a word). */
  nationWords: boolean;
  /** Whether the sentence has a word of `VOICE_MARK` (or a semicolon). */
  voiceWords: boolean;
}

/** The places that start in a sentence, from a list in order of start: a run of it, found by a binary search. */
function placesWithin(places: PlaceMention[], s: Sentence): PlaceMention[] {
  let lo = 0,
    hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < places.length && places[end].start <= s.end) end++;
  return places.slice(lo, end);
}

/**
 * The place a sentence opens with, where all of it happens ("In Houma, La., 248 personnel, 75 vessels and
 * three helicopters were deployed"; "From the Mobile, Ala., command post, …"): a figure whose clause names
 * no place is there too. The most specific of the places written together after the preposition ("Houma,
 * La."); none when two cities or counties are ("In Chicago and Detroit, …").
 */
function openingPlace(text: string, s: Sentence, scope: ScopeContext, fig: Figure): PlaceMention | undefined {
  const [first] = scope.places;
  if (!first || first.start < s.start || first.end > fig.start) return undefined;
  if (!/^\s*(?:in|from|at|across|throughout|near)\s+(?:the\s+)?$/i.test(text.slice(s.start, first.start)))
    return undefined;
  const written = [first];
  for (const p of scope.places.slice(1)) {
    const between = text.slice(written[written.length - 1].end, p.start);
    if (p.end > fig.start || !/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(between)) break;
    written.push(p);
  }
  const specific = written.filter(isSpecific);
  return specific.length > 1 ? undefined : (specific[0] ?? first);
}

/**
 * "The toll has risen to 8,364 … 5,894 people have died in the transcontinental nation and 2,470 … in neighboring
 * Syria": figures of one sentence that add up to another of the article, of the same measure, are its parts.
 * A part that names no place of its own cannot be told from the whole: it is compared with nothing.
 */
function unplacedParts(figures: Figure[]): void {
  const counted = figures.filter((f) => f.kind === 'count' && f.measure && f.value && !f.vague);
  if (counted.length < 3) return;
  const totals = new Set(counted.map((f) => `${f.measure}|${f.value}`));
  for (let i = 0; i < counted.length; i++)
    for (let j = i + 1; j < counted.length && counted[j].sentence === counted[i].sentence; j++) {
      const a = counted[i],
        b = counted[j];
      if (a.measure !== b.measure || !totals.has(`${a.measure}|${a.value! + b.value!}`)) continue;
      for (const part of [a, b]) if (!part.placeId) part.subset = true;
    }
}

/** Words that call a figure the sum of others: "all told, 26 bases", "40 in all" (its parts: `partsOfTotals`). */
const TOTAL_WORDS = /\b(?:all told|in all|in total|altogether|combined)\b/i;
const TOTAL_BEFORE = /\b(?:all told|in all|in total|altogether|combined)\W+(?:[\p{L}-]+\s+){0,2}$/iu;
// ("40 in all", not "40 in all of the Bahamas": a place's whole)
const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}(?:in all|in total|altogether|combined)\b(?!\s+of\b)/iu;

/**
 * "DOD is using 20 bases … so all told, 26 bases are supporting the response": a figure its sentence calls a total
 * ("all told", "in all", "altogether", "combined"; not "a total of", which restates a toll) holds the smaller
 * figures of its measure, place and day in that sentence and the one before: they are its parts, never compared.
 */
function partsOfTotals(text: string, figures: Figure[]): void {
  for (const t of figures) {
    if (t.kind !== 'count' || !t.measure || !t.value || t.subset) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    if (!TOTAL_BEFORE.test(before) && !TOTAL_AFTER.test(text.slice(t.end, t.end + 30))) continue;
    for (const p of figures)
      if (
        p !== t &&
        (p.sentence === t.sentence || p.sentence === t.sentence - 1) &&
        p.kind === 'count' &&
        p.measure === t.measure &&
        p.placeId === t.placeId &&
        p.dayText === t.dayText &&
        p.value! < t.value
      )
        p.subset = true;
  }
}

/** Words before a value that the sentence's own figure has replaced: "up from 600,000", "down from about 40". */
const SUPERSEDED_BEFORE = new RegExp(
  String.raw`(?:\b(?:up|down|an? (?:increase|rise|drop|decrease|jump)|increased|rose|risen|dropped|fell|fallen|` +
    String.raw`revised(?: (?:up|down|upward|downward))?)|\bto [\d,.]+(?: (?:million|billion))?)` +
    String.raw` from (?:(?:an?|the) )?(?:[\p{L}]+[’']s )?(?:(?:initial|earlier|previous|original|first) )?` +
    String.raw`(?:(?:estimates?|figures?|counts?|toll|tally|reports?)(?: of)? )?` +
    String.raw`(?:(?:about|some|nearly|roughly|around|approximately) )?$`,
  'iu',
);

/** The words before a colon that end a line announcing the items of its figure: "…, including:". */
const LISTS_ITEMS = /\b(?:including|includes|include|the following|as follows)\s*$/;
/** Does the text before `colon` announce items? */
const announcesItems = (text: string, colon: number) => LISTS_ITEMS.test(text.slice(Math.max(0, colon - 24), colon));
/** (a colon at a line's end first: one pattern over the whole text cost 1% of the analysis) */
function listsItems(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let k = at + 1;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if ((k === text.length || text[k] === '\n') && announcesItems(text, at)) return true;
  }
  return false;
}

/** Is the number at `end` a value its sentence's figure replaced (`SUPERSEDED_BEFORE`, read from `from`)? */
function superseded(text: string, from: number, end: number): boolean {
  // (" from " near the number first: most numbers have none before them)
  const before = text.slice(from, end);
  return before.includes(' from ') && SUPERSEDED_BEFORE.test(before);
}

/** A verb of change some words before "from" and the number: "rose from", "took the number of dead from". */
const CHANGED_FROM = new RegExp(
  String.raw`\b(?:r(?:ose|isen|ising|ises|aised?|aising)|climb(?:ed|ing|s)|jump(?:ed|ing|s)|soar(?:ed|ing|s)|grew|` +
    String.raw`increas(?:ed|ing|es)|drop(?:ped|ping|s)|f(?:ell|allen|alling|alls)|declin(?:ed|ing|es)|` +
    String.raw`decreas(?:ed|ing|es)|lower(?:ed|ing|s)|revis(?:ed|ing|es)|t(?:ook|aking|akes)|br(?:ought|inging|ings)|` +
    String.raw`push(?:ed|ing|es)|upp(?:ed|ing))\b[^.;:,]{0,40}? from (?:(?:about|some|nearly|roughly|around|` +
    String.raw`approximately) )?$`,
  'i',
);

/** Whether the words before a number ("from " last) say that a count changed from it. */
function changedFrom(before: string): boolean {
  if (!before.endsWith('from ') && !/ from (?:\p{L}+ )?$/u.test(before)) return false;
  // ("estimates ranging from 125 to 149": a range, whatever rose before it)
  return CHANGED_FROM.test(before) && !/\b(?:rang|var(?:y|ied|ying|ies))\w*\b[^.;:]*$/i.test(before);
}

/**
 * A month alone opening a sentence: "In January,", "Last March,", "In March an armed man attacked" (its comma left
 * out before the clause's lower-case words). "Since May," is not (a running total's).
 */
const MONTH_OPENING = new RegExp(
  String.raw`^\s*(?:In|Last|Earlier in|By|Through|During) (January|February|March|April|May|June|July|August|` +
    String.raw`September|October|November|December)(?: \d{4})?(?:,| (?=\p{Ll})(?!(?:and|or|to|through|until) ))`,
  'u',
);

/** Words after a month that opens a sentence that bring another time: "…, but it has since risen to 90". */
const LATER_TIME = /\b(?:but|since|now|later|until|as of|by (?:then|now|\p{Lu}\p{Ll}*))\b/u;

/** A day's possessive before another figure's noun: "Monday's figure of 15,000". */
const POSSESSIVE_DAY = /^['’]s (?:figure|count|toll|tally|estimate|number|report)/;

/** What may come before an item's figure on its line: a bullet, a currency's sign. */
const ITEM_OPENING = /^[•·*–-]?\s*[$€£]?$/;

/**
 * A fact sheet's total, then its items, a line each, each opening with its figure: "$15,585,577 approved for
 * individuals and households, including:" then "$11.2 million approved for housing assistance", "$4.38 million in
 * repair assistance". The items are parts of the total, never compared.
 */
function listedItems(text: string, sentences: readonly Sentence[], figures: Figure[]): void {
  for (let si = 0; si < sentences.length - 1; si++) {
    const s = sentences[si];
    const colon = text.lastIndexOf(':', s.end - 1);
    if (colon < s.start || text.slice(colon + 1, s.end).trim() || !announcesItems(text, colon)) continue;
    const total = figures.find((f) => f.sentence === si && (f.kind === 'money' || f.kind === 'count'));
    if (!total) continue;
    for (let k = si + 1; k < sentences.length; k++) {
      const items = figures.filter((f) => f.sentence === k && f.kind === total.kind);
      // (an item opens with its figure, a bullet and a currency's sign before it at most: "• $11.2 million")
      if (!items.length || !ITEM_OPENING.test(text.slice(sentences[k].start, items[0].start))) break;
      for (const f of items) f.subset = true;
    }
  }
}

/** Places written in a list: "Turkey and Syria", "Dallas, Houston or Austin", "southern Turkey and northern Syria". */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$/;
const LIST_END = /\s(?:and|or)\s/;
/** Kinds of places listed together: countries, states and regions; or cities, towns, counties and districts. */
const wideKind = (id: string) => /^(?:country|state|region|continent):/.test(id);

/**
 * The list of places of one kind the place is written in, one of them after "and" or "or" ("Turkey and Syria",
 * "Dallas, Houston or Austin", "Texas and Mexico"; not "Houma, La.", nor "Brooklyn, New York"), in order;
 * undefined if none.
 */
function peersListed(text: string, places: PlaceMention[], p: PlaceMention): PlaceMention[] | undefined {
  const i = places.indexOf(p);
  const wide = wideKind(p.placeId);
  const ofKind = (q: PlaceMention | undefined) => !!q && wideKind(q.placeId) === wide;
  // the places of one kind written together around it, and whether a gap between them holds "and" or "or"
  let joined = false,
    first = i,
    last = i;
  for (const step of [-1, 1])
    for (let k = i; ofKind(places[k + step]); k += step) {
      const [x, y] = step < 0 ? [places[k - 1], places[k]] : [places[k], places[k + 1]];
      const gap = text.slice(x.end, y.start);
      if (!LIST_GAP.test(gap)) break;
      if (step < 0) first = k - 1;
      else last = k + 1;
      joined ||= LIST_END.test(gap);
    }
  // (two places with a comma and "and" between are two clauses': "in Alabama, and Georgia officials reported")
  if (last - first === 1 && text.slice(places[first].end, places[last].start).includes(',')) return undefined;
  return joined && last > first ? places.slice(first, last + 1) : undefined;
}

/** A city, county or district: a place more specific than a state or a country. */
const isSpecific = (p: PlaceMention) => /^(city|county|district|town):/.test(p.placeId);
/** A province or region abroad: more specific than its country ("in Punjab province of Pakistan"). */
const isRegion = (p: PlaceMention) => p.placeId.startsWith('region:');

/** The figure's place, time and running total, from its clause; whether the clause wrote a place for it. */
function describeScope(
  text: string,
  fig: Figure,
  clause: Span,
  s: Sentence,
  scope: ScopeContext,
  dates: DateSpan[],
  dateline: CalendarDate | undefined,
  previous: Figure | undefined,
): boolean {
  let nationwide = scope.nationwide.get(clause);
  if (nationwide === undefined) {
    nationwide = scope.nationWords && saysNationwide(text.slice(clause.start, clause.end));
    scope.nationwide.set(clause, nationwide);
  }
  fig.nationwide = nationwide;
  // The place: in the figure's clause, nearest after the number, else nearest before it.
  // places in a closing attribution ("…, Los Angeles County fire officials said") are the source's, not the figure's
  // (its verbs are speech verbs of `VOICE_MARK`, whole words of the sentence, as the comma comes first)
  const tail = scope.voiceWords
    ? /,\s[^,]*\b(?:said|says|told|reported|announced|according)\b[^,]*$/.exec(text.slice(fig.end, clause.end))
    : null;
  // (nor those listed after a colon: "16 counties were designated: Barren, Caldwell, …" names its members)
  // ("at 3:00 p.m. in Oklahoma": a clock's colon is no list's)
  const colon = clause.end > fig.end ? text.slice(fig.end, clause.end).search(/:(?!\d)/) : -1;
  const clauseEnd = tail ? fig.end + tail.index : colon >= 0 ? fig.end + colon : clause.end;
  const inClause = scope.places.filter((p) => p.start >= clause.start && p.end <= clauseEnd);
  const before = inClause.filter((p) => p.end <= fig.start);
  // after the number ("45 arrests in NY"), else the most specific before it ("In Harris County, Texas, 212 …")
  const written =
    inClause.find((p) => p.start >= fig.end) ??
    before.filter(isSpecific).pop() ??
    before.filter(isRegion).pop() ??
    before.pop() ??
    openingPlace(text, s, scope, fig);
  // "left more than 4,300 people dead in Turkey and Syria": the figure is both places', neither one's: a place
  // of its own, the list's (its members' ids in order of id, joined by "+")
  const peers = written && peersListed(text, scope.places, written);
  if (peers) {
    fig.placeId = [...new Set(peers.map((p) => p.placeId))].sort().join('+');
    fig.placeText = text.slice(peers[0].start, peers[peers.length - 1].end);
  } else if (written) {
    fig.placeId = written.placeId;
    fig.placeText = written.text;
  }
  // Running totals: words between the previous figure and this one, and just after it.
  const windowStart = Math.max(
    clause.start,
    previous && previous.end <= fig.start && previous.end >= s.start ? previous.end : s.start,
  );
  // running totals: said before the figure ("bringing the total … to 3,552") or right after it ("500 total",
  // "9 so far")
  // (or, a toll, said to have moved: "Death Toll Rises to 50", "the toll reached 51", "now stands at 51")
  fig.cumulative =
    CUMULATIVE.test(text.slice(windowStart, fig.start)) ||
    /^\s*(?:[\p{L}-]+\s+)?(?:total|in all|so far|to date|altogether)\b/iu.test(text.slice(fig.end, fig.end + 30)) ||
    (RUNNING_TOTALS.has(fig.measure ?? '') &&
      CHANGE_BEFORE.test(text.slice(Math.max(windowStart, fig.start - 40), fig.start)));
  const sinceMatch = dates.find(
    (d) => d.start >= windowStart && d.end <= fig.start && /\bsince\s+$/i.test(text.slice(d.start - 6, d.start)),
  );
  if (sinceMatch) {
    const day = resolveDay(sinceMatch, dateline);
    fig.since =
      day !== undefined ? `since:${day}` : `since:${sinceMatch.text.toLowerCase().replace(/\W+/g, ' ').trim()}`;
    fig.sinceText = `since ${sinceMatch.text}`;
    fig.cumulative = true;
  } else {
    // "since the storm began": before the figure, or after it in the same clause
    // "since the storm began" — but "since some 5,000 walked out" is about the figure itself
    const sinceWindow = text.slice(windowStart, fig.start);
    const before = /since/i.test(sinceWindow)
      ? /\bsince\s+((?:his|her|their|the|its|this|last)\s+)?([\p{L}]+)/iu.exec(sinceWindow)
      : null;
    // (nor "since an attack claimed nearly 150 lives": the figure is the object of the since-clause's own verb)
    const between = before && text.slice(windowStart + before.index + 6, fig.start).replace(HEDGE_ONLY, '');
    const m =
      (between && !/^\s*$/.test(between) && !SINCE_CLAUSE_VERB.test(between) ? before : null) ??
      sinceAfter(beforeDigit(text.slice(fig.end, clause.end)));
    if (m) {
      const date = dates.find(
        (d) =>
          text
            .slice(d.start - 6, d.start)
            .toLowerCase()
            .endsWith('since ') && m[0].endsWith(d.text.split(/\s/)[0]),
      );
      const day = date && resolveDay(date, dateline);
      fig.cumulative = true;
      // "killed since the assault began": the whole event's toll, as a toll with no "since" is
      if (day !== undefined || !EVENT_SINCE.test(m[2])) {
        fig.since = day !== undefined ? `since:${day}` : `since:${m[2].toLowerCase()}`;
        fig.sinceText = date ? `since ${date.text}` : m[0];
      }
    }
  }
  // The day: a date, weekday or "yesterday" in the clause.
  const day = dates
    .filter(
      (d) =>
        (d.kind === 'weekday' || d.kind === 'relative' || (d.kind === 'date' && d.date?.day)) &&
        d.start >= clause.start &&
        d.end <= clause.end &&
        !(fig.sinceText && fig.sinceText.endsWith(d.text)) &&
        // ("22,000 people have died, up from Monday's figure of 15,000": Monday's is the old figure's day)
        !POSSESSIVE_DAY.test(text.slice(d.end, d.end + 14)) &&
        !EVENT_DAY.test(text.slice(Math.max(clause.start, d.start - 60), d.start)),
    )
    .sort((a, b) => Math.abs(a.start - fig.start) - Math.abs(b.start - fig.start))[0];
  if (day) {
    fig.dayText = day.text;
    fig.day = resolveDay(day, dateline);
  } else {
    // "In January, 17 people were killed in Paris": a month the sentence opens with is the time of its figures (no
    // day of it is known: within one article, figures of another time or none are not compared with them)
    // (after a dateline too, "CHRISTCHURCH — In March …"; not a figure a later time goes with: "In March the toll
    // stood at 40, but it has since risen to 90", "… but by May it had reached 90")
    const from = scope.opening;
    const month = from < fig.start ? MONTH_OPENING.exec(text.slice(from, Math.min(fig.start, from + 32))) : null;
    if (month && !LATER_TIME.test(text.slice(from + month[0].length, fig.start))) fig.dayText = month[1];
  }
  // (not a year it is measured by, "the biggest outage we've had since 2006", "the deadliest since 1974", nor
  // one that bounds what it counts, "330 homes built before 1970")
  const yearHere = (d: DateSpan) =>
    d.start >= clause.start &&
    d.end <= clause.end &&
    !/\b(?:before|after|until|prior to) $/i.test(text.slice(Math.max(clause.start, d.start - 10), d.start)) &&
    !COMPARED_BEFORE.test(text.slice(Math.max(clause.start, d.start - 90), d.start));
  const year =
    dates.find((d) => d.kind === 'year' && yearHere(d)) ??
    dates.find((d) => d.kind === 'date' && d.date?.year && yearHere(d));
  if (year?.date?.year) fig.year = year.date.year;
  return written !== undefined;
}
