import { gazetteer, type Gazetteer } from './gazetteer';
import { candidateWord, findPeople, nameWord, type Vessel } from './people';
import {
  bareOnlyWherePlaceGoes,
  findPlaces,
  mayListAreas,
  mayNameByKind,
  mayNameCityParts,
  preferRegions,
  regionsOfAreas,
  statesOfTheirPlaces,
  resolveTowns,
  shortNameOf,
  type Contested,
  type TownHit,
} from './places';
import { LineIndex, contentHash, isLetterAt } from './text';
import { splitSentences, tokenize, type Token } from './tokens';
import { isTitleWord, locativeBefore, ORG_WORDS, placeApposedAt, SPEECH_VERBS } from './lexicon';
import { findOrganisations } from './organisations';
import type { NameCandidate, OrganisationMention, PersonMention, PlaceMention, Span } from './types';
import { packSentences, type Sentences } from './sentences';
import { packCandidates, type Candidates } from './candidates';
import { extractFigures, MAX_FIGURES } from './figures/extract';
import type { DocumentFigures, Interval } from './figures/types';

/** Everything the core knows about one article, from its text alone. Cached by content hash. */
export interface DocumentAnalysis {
  hash: string;
  lines: LineIndex;
  sentences: Sentences;
  people: PersonMention[];
  places: PlaceMention[];
  /** Capitalised words that become surname mentions if the corpus knows the surname. */
  candidates: Candidates;
  /** Words that head organisation names here: never a bare surname anywhere in the corpus. */
  orgNames: string[];
  organisations: OrganisationMention[];
  figures: DocumentFigures;
  /** Set when the article was too dense to read whole: where reading stopped, and why. */
  cutoff?: Cutoff;
  /** Set when the file is not prose at all (nothing is read from it): why. */
  notProse?: string;
}

export interface Cutoff {
  offset: number;
  reason: string;
}

/**
 * "Miyagi Prefecture" … "in Miyagi": once an article names an area abroad with its kind, the bare name
 * is that area too. (Not for counties: "Harris County" does not make every "Harris" a place.)
 */
function areaShortNames(
  text: string,
  places: PlaceMention[],
  candidates: NameCandidate[],
  people: PersonMention[],
): void {
  const areas = new Map<string, string>();
  for (const p of places) {
    const name = shortNameOf(p.placeId);
    if (name !== undefined) areas.set(name, p.placeId);
  }
  if (!areas.size) return;
  let added = false;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    // (a name of two words is a candidate with its first word as a given name: "Grand Bahama")
    const name = c.given ? `${c.given.text} ${c.text}` : c.text;
    const id = areas.get(name);
    if (!id) continue;
    // not the surname of a person the article names ("Roosevelt Island" … "Franklin Roosevelt" … "Roosevelt"), nor,
    // for an island's one word, a word anywhere but where a place goes ("Long Island" … "Long said")
    if (people.some((p) => p.surname === c.text)) continue;
    if (bareOnlyWherePlaceGoes(id) && !c.given && !afterLocative(text, c.start)) continue;
    const start = c.given ? c.given.start : c.start;
    places.push({ kind: 'place', start, end: c.end, text: name, placeId: id });
    candidates.splice(i, 1);
    added = true;
  }
  // a name read as a person's where a place goes or before its country: "Al Haouz, Morocco –", "here in Al Haouz",
  // where the article goes on to "Al Haouz province"; a town's whole name, given no title or role anywhere ("like
  // Hassan Gilyan, which", where the article says "Hassan Gilyan, a small village")
  let titled: Set<string> | undefined;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i];
    const id = areas.get(p.text);
    if (!id) continue;
    titled ??= new Set(people.filter((q) => q.evidence === 'titled' || q.role).map((q) => q.name));
    const town = id.startsWith('town:') && p.text.includes(' ') && !titled.has(p.name);
    if (!(town || p.placeLike || beforeItsCountry(text, p, places))) continue;
    places.push({ kind: 'place', start: p.start, end: p.end, text: p.text, placeId: id });
    people.splice(i, 1);
    added = true;
  }
  if (added) places.sort((a, b) => a.start - b.start);
}

/**
 * "Lloyd J. Austin III" … "Austin said": a one-word place named like a person of the article, before a verb of
 * speech, is that person's surname (a candidate, which resolution makes the person), not the city. So is a small
 * town's, after a title or before a verb ("Barack Obama" … "President Obama was greeted", "Obama also met", in a
 * story that names Japan, where a town is called Obama; not "in Obama", "Obama, Japan", "Obama, a fishing town",
 * nor "Obama residents").
 */
function speakersNamedLikePlaces(
  text: string,
  places: PlaceMention[],
  candidates: NameCandidate[],
  people: PersonMention[],
  gaz: Gazetteer,
): void {
  let moved = false;
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    // (a city's: a country or a state speaks for its government, "Jordan said it would reopen its border")
    if (p.text.includes(' ') || !p.placeId.startsWith('city:')) continue;
    if (!people.some((q) => q.surname === p.text && q.first)) continue;
    const verb = text.charCodeAt(p.end) === 32 /* space */ ? /^ (\p{Ll}+)/u.exec(text.slice(p.end, p.end + 16)) : null;
    const titled = isTitleWord(/(\S+) $/.exec(text.slice(Math.max(0, p.start - 16), p.start))?.[1] ?? '');
    const acts = !!verb && (PERSON_ACTS.has(verb[1]) || /^\p{Ll}{3,}ed$/u.test(verb[1]));
    const small =
      !!gaz.byId.get(p.placeId)?.minor &&
      (titled || acts) &&
      !afterLocative(text, p.start) &&
      !beforeItsCountry(text, p, places) &&
      !placeApposedAt(text, p.end);
    if (!(verb && SPEECH_VERBS.has(verb[1])) && !small) continue;
    places.splice(i, 1);
    candidates.push({ start: p.start, end: p.end, text: p.text });
    moved = true;
  }
  if (moved) candidates.sort((a, b) => a.start - b.start);
}

/** Words after a name that say a person acts (with the verbs of speech and past tenses): "Obama also met". */
const PERSON_ACTS = new Set(
  'also then later has had was is will would could can did does says told met visited spoke arrived'.split(' '),
);

/** Is the word at `start` written after a word that puts it in a place ("in Abaco", "on Abaco")? */
const afterLocative = (text: string, start: number) => locativeBefore(text.slice(Math.max(0, start - 12), start));

/** Is the name followed by ", " and a country's or a state's name ("Al Haouz, Morocco")? */
function beforeItsCountry(text: string, p: Span, places: PlaceMention[]): boolean {
  if (text.charCodeAt(p.end) !== 44 /* , */) return false;
  return places.some((q) => q.start === p.end + 2 && /^(?:country|state|region):/.test(q.placeId));
}

/** The notice shown where an article was cut off. */
export function describeCutoff(c: Cutoff): string {
  return (
    `Crosscheck read this article up to here: it holds ${c.reason}, far more than an article does. ` +
    'The rest is not checked (no figures, people or places are read from it).'
  );
}

/** Most names and name candidates read from one article (a long real article has a few hundred). */
export const MAX_MENTIONS = 5000;

/**
 * "SANTIAGO, CHILE", "PARADISE, CALIFORNIA, UNITED STATES", "DATELINE: PRZEMYSL, POLAND": a line in capitals that is
 * only places one after another with commas between (after a label and its colon) is a dateline, and names them.
 */
function datelineInCapitals(text: string, tokens: Token[], towns: TownHit[], gaz: Gazetteer): PlaceMention[] {
  // (a line of its own, whose label is its first word, the colon right after it: each read in O(1), as a line in
  // capitals may be long)
  const first = tokens[0];
  if (first.start > 0 && text.charCodeAt(first.start - 1) !== 10 /* \n */) return [];
  const from = text.charCodeAt(first.end) === 58 /* : */ ? 1 : 0;
  if (from >= tokens.length || text.slice(first.start, tokens[from].start).includes(',')) return [];
  // (a small town's name beside its country: the article's towns, which the places it names decide)
  const small: TownHit[] = [];
  const places = findPlaces({ text, tokens: tokens.slice(from), taken: [], towns: small, dateline: true }, gaz);
  if (!places.length) return [];
  // every word a place's or a town's, and nothing but commas between them
  let at = tokens[from].start;
  for (const p of [...places, ...small].sort((a, b) => a.start - b.start)) {
    if (!/^[\s,]*$/.test(text.slice(at, p.start))) return [];
    at = p.end;
  }
  if (!/^[\s,.]*$/.test(text.slice(at, tokens[tokens.length - 1].outerEnd))) return [];
  for (const t of small) towns.push(t);
  return places;
}

/** Upper-case lines ("ORGANIZATIONS IN THIS STORY", "SEP 28, 2017") are boilerplate, not prose. */
function shouting(tokens: Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // numbers say nothing about case
    if (!t.allCaps && t.text.length >= 2) return false;
    words++;
  }
  return words >= 2;
}

/** Words that make up a third of any English prose, and almost none of a list, a log or a key file. */
const PROSE_WORDS = new Set(
  'the an of and to in is was were are for on that with by at from as it its said has have had be this not or'.split(
    ' ',
  ),
);

/**
 * PROSE_WORDS as numbers: the lower-case character codes of a word of two to four ASCII letters, seven
 * bits each. (Only such words can be one of them: no other character lower-cases to an ASCII letter
 * but the Kelvin sign, and no word of PROSE_WORDS has a "k".)
 */
const PROSE_KEYS = new Set([...PROSE_WORDS].map((w) => wordKey(w, 0, w.length)));

/** The key of text[start, end): its lower-cased ASCII letters, seven bits each; -1 if any is not one. */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = end - 1; i >= start; i--) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c < 97 || c > 122) return -1;
    key = key * 128 + c;
  }
  return key;
}

/**
 * Why a text is not prose, if it is not: fewer than one word in twelve is a function word, over enough
 * words to tell (lists of names, logs, key fingerprints, tables of numbers).
 */
export function notProse(text: string): string | undefined {
  let words = 0,
    common = 0;
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end;) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 0x2019 || isLetterAt(text, i)) continue;
      break;
    }
    const length = i - start;
    if (length < 2) continue; // a hex digest's "A" is not the article "a"
    words++;
    // every word of PROSE_WORDS has two to four letters: only those are looked up
    if (length <= 4 && PROSE_KEYS.has(wordKey(text, start, i))) common++;
    // plainly prose: decided early (most articles within their first lines)
    if (words >= 120 && common * 12 >= words) return undefined;
  }
  if (words < 20 || common * 12 >= words) return undefined;
  return (
    `it does not read as prose (${common} of its first ${words} words are words such as “the” or “of”): ` +
    'a list, a log or a key file'
  );
}

export function analyzeText(text: string, gaz: Gazetteer = gazetteer()): DocumentAnalysis {
  const unread = notProse(text);
  if (unread) {
    const lines = new LineIndex(text);
    const figures = { figures: [], events: [] };
    return {
      hash: contentHash(text),
      lines,
      sentences: packSentences([]),
      people: [],
      places: [],
      candidates: packCandidates([]),
      orgNames: [],
      organisations: [],
      figures,
      notProse: unread,
    };
  }
  return analyzeProse(text, gaz);
}

/** The analysis of a text taken as prose, whatever it holds (the hostile-input tests call it directly). */
export function analyzeProse(text: string, gaz: Gazetteer = gazetteer()): DocumentAnalysis {
  const lines = new LineIndex(text);
  const sentences = splitSentences(text, lines.starts);
  const people: PersonMention[] = [];
  const places: PlaceMention[] = [];
  const candidates: NameCandidate[] = [];
  const towns: TownHit[] = [];
  const contested: Contested[] = [];
  const orgNames: string[] = [];
  const vessels: Vessel[] = [];
  const organisations: OrganisationMention[] = [];
  const storms = new Set<string>();
  const areaKinds = mayListAreas(text);
  const cityParts = mayNameCityParts(text);
  const kindNames = mayNameByKind(text);
  let cutoff: Cutoff | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (people.length + places.length + candidates.length > MAX_MENTIONS) {
      cutoff = { offset: s.start, reason: `more than ${MAX_MENTIONS} names` };
      sentences.length = si;
      break;
    }
    const tokens = tokenize(text, s.start, s.end);
    if (shouting(tokens)) {
      // a table row or a banner in capitals names no one, but may name a body ("USAID/OFDA $10,000,000"), and a
      // dateline its places
      for (const o of findOrganisations(text, tokens, gaz, true)) organisations.push(o);
      for (const p of datelineInCapitals(text, tokens, towns, gaz)) places.push(p);
      continue;
    }
    // Places first, so "New York City" or "El Salvador" is never read as a person; then people win over one-word
    // places.
    const allPlaces = findPlaces({ text, tokens, taken: [], towns, areaKinds, cityParts, kindNames, contested }, gaz);
    const ps = findPeople(
      text,
      tokens,
      gaz,
      allPlaces.filter((p) => p.text.includes(' ')),
      orgNames,
      vessels,
    );
    const bodies = findOrganisations(text, tokens, gaz);
    const pl = ps.length ? allPlaces.filter((p) => !ps.some((m) => m.start < p.end && p.start < m.end)) : allPlaces;
    // (a body's words that name a place whole are the place's: "the West Bank")
    for (const o of bodies) if (!pl.some((p) => p.start === o.start && p.end === o.end)) organisations.push(o);
    for (const p of ps) people.push(p);
    for (const p of pl) places.push(p);
    const taken = [...ps, ...pl];
    const isTaken = (t: { start: number; end: number }) =>
      taken.length > 0 && taken.some((m) => m.start < t.end && t.start < m.end);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.cap || t.allCaps) continue;
      if (STORM_WORDS.has(t.text) || (t.text === 'Storm' && STORM_KINDS.has(tokens[i - 1]?.text ?? ''))) {
        // "Hurricane Katrina", "Tropical Storm Harvey", "Hurricanes Katrina and Rita"
        for (let k = i + 1; k < tokens.length && tokens[k].cap && tokens[k].start <= tokens[k - 1].outerEnd + 2; k++) {
          storms.add(tokens[k].text);
          if (tokens[k + 1]?.text === 'and' && STORM_WORDS.has(t.text) && t.text.endsWith('s')) k++;
          else break;
        }
      }
      if (!candidateWord(t, gaz)) continue;
      if (isTaken(t)) continue;
      // "Rana Plaza", "Trump Tower": the word names a building, not its namesake (a body's first word stays a
      // candidate: "Morrow Automotive" makes "Morrow" the company's short name)
      const n = tokens[i + 1];
      if (n && n.cap && n.start === t.outerEnd + 1 && !t.possessive && ORG_WORDS.has(n.text))
        if (!bodies.some((o) => o.start <= t.start && t.end <= o.end)) continue;
      const p = tokens[i - 1];
      const given =
        p && p.cap && !p.possessive && t.start === p.outerEnd + 1 && nameWord(p) && !isTaken(p)
          ? { start: p.start, end: p.end, text: p.text }
          : undefined;
      candidates.push({ start: t.start, end: t.end, text: t.text, given });
    }
  }
  if (towns.length) {
    const found = resolveTowns(text, towns, places, people, gaz);
    if (found.length) {
      for (const t of found) places.push(t);
      places.sort((a, b) => a.start - b.start);
      const isTown = (c: NameCandidate) => found.some((t) => t.start < c.end && c.start < t.end);
      for (let i = candidates.length - 1; i >= 0; i--) if (isTown(candidates[i])) candidates.splice(i, 1);
    }
  }
  if (contested.length) preferRegions(text, contested, places, gaz);
  areaShortNames(text, places, candidates, people);
  if (people.length && places.length) speakersNamedLikePlaces(text, places, candidates, people, gaz);
  regionsOfAreas(places, gaz);
  statesOfTheirPlaces(text, places, gaz);
  if (vessels.length) notVessels(vessels, people, candidates, places);
  if (storms.size) notStorms(sentences[0]?.headline ? sentences[0].end : -1, storms, people, candidates);
  // (a continent scopes no count: "the deadliest conflict in the Middle East in decades")
  const scoping = places.some((p) => p.placeId.startsWith('continent:'))
    ? places.filter((p) => !p.placeId.startsWith('continent:'))
    : places;
  const figures = extractFigures({ text, lineStarts: lines.starts, sentences, places: scoping, people, candidates });
  if (figures.cutoff !== undefined) {
    // names past the point where figures stopped are dropped too: the article is read up to one place
    const at = figures.cutoff;
    cutoff = { offset: at, reason: `more than ${MAX_FIGURES} figures` };
    const before = (m: { start: number }) => m.start < at;
    return exact({
      hash: contentHash(text),
      lines,
      sentences: packSentences(sentences.filter(before)),
      people: people.filter(before),
      places: places.filter(before),
      candidates: packCandidates(candidates.filter(before)),
      orgNames: [...new Set(orgNames)],
      organisations: organisations.filter(before),
      figures,
      cutoff,
    });
  }
  return exact({
    hash: contentHash(text),
    lines,
    sentences: packSentences(sentences),
    people,
    places,
    candidates: packCandidates(candidates),
    orgNames: [...new Set(orgNames)],
    organisations,
    figures,
    cutoff,
  });
}

/**
 * The analysis with its lists cut to their length: a list grown by pushing keeps room for as many again,
 * and a corpus keeps its analyses. (An analysis from a worker thread arrives with exact lists.)
 */
function exact(a: DocumentAnalysis): DocumentAnalysis {
  a.people = a.people.slice();
  a.places = a.places.slice();
  a.organisations = a.organisations.slice();
  a.figures.figures = a.figures.figures.slice();
  a.figures.events = a.figures.events.slice();
  return a;
}

/** Strings longer than this are not looked up: they are sentences, rarely written twice. */
export const SHARED_LENGTH = 64;

/**
 * A copy of a string that keeps nothing else alive. V8 makes a string cut from a text (13 characters or
 * more) a view of the whole text; the corpus keeps texts packed (see packed-text.ts), and views in the
 * analyses would keep every text's string too (at 10,000 articles, 36 MB).
 */
export const detached = (s: string): string => (' ' + s).slice(1);

/** Equal values of one indexing run's analyses, to make equal values one (see `shareValues`). */
export interface SharedValues {
  strings: Map<string, string>;
  /** By their low and high ends. */
  intervals: Map<number, Map<number, Interval[]>>;
}

export const sharedValues = (): SharedValues => ({ strings: new Map(), intervals: new Map() });

/**
 * Makes the strings and figures' intervals of an analysis made on this thread one with the equal ones of
 * `seen` (a table kept for one indexing run), in place, and copies the first of each string (see `detached`).
 * (An analysis from a worker thread joins the table as it is restored: see portable.ts.)
 * - Names cut from the texts are equal strings apart, and the analyses of a run write the same ones again
 *   and again: at 4,000 of the benchmark's articles, 13 MB of the heap held equal strings.
 * - Most figures allow one value, a small number: at 10,000 articles, an interval for each was 130,000
 *   objects and 220,000 boxed numbers, 9 MB. (Intervals are never changed, so figures can share them.)
 */
export function shareValues(value: DocumentAnalysis, seen: SharedValues): void {
  const one = (s: string) => {
    if (s.length > SHARED_LENGTH) return detached(s);
    const known = seen.strings.get(s);
    if (known !== undefined) return known;
    const own = detached(s);
    seen.strings.set(own, own);
    return own;
  };
  const stack: unknown[] = [value];
  while (stack.length) {
    const o = stack.pop();
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const x: unknown = o[i];
        if (typeof x === 'string') o[i] = one(x);
        else if (x && typeof x === 'object') stack.push(x);
      }
    } else if (o && typeof o === 'object' && Object.getPrototypeOf(o) === Object.prototype) {
      const r = o as Record<string, unknown>;
      for (const k in r) {
        const x = r[k];
        if (typeof x === 'string') r[k] = one(x);
        else if (x && typeof x === 'object') stack.push(x);
      }
    }
  }
  shareIntervals(value, seen);
}

/** Makes the analysis's figures' intervals one with the equal ones of `seen` (see `shareValues`). */
export function shareIntervals(value: DocumentAnalysis, seen: SharedValues): void {
  for (const f of value.figures.figures) {
    const i = f.interval;
    const keys = keysOf(i);
    if (keys < 0) continue;
    // (a Map's keys are equal as SameValueZero: NaN is NaN, but 0 is -0, told apart below)
    let byHi = seen.intervals.get(i.lo);
    if (!byHi) seen.intervals.set(i.lo, (byHi = new Map()));
    let list = byHi.get(i.hi);
    if (!list) byHi.set(i.hi, (list = []));
    const known = list.find(
      (x) =>
        Object.is(x.lo, i.lo) &&
        Object.is(x.hi, i.hi) &&
        x.loOpen === i.loOpen &&
        x.hiOpen === i.hiOpen &&
        keysOf(x) === keys,
    );
    if (known) f.interval = known;
    else list.push(i);
  }
}

/**
 * An interval's keys in their order, as a number (an interval is shared only with one of the same shape);
 * -1 if it has another key, and then it is not shared (no interval has one). Not a key made of the interval
 * as text: a string for each figure was 2% of the main thread's time reading 10,000 articles, in a profile.
 */
function keysOf(i: Interval): number {
  let keys = 1;
  for (const k in i) {
    const n = k === 'lo' ? 0 : k === 'hi' ? 1 : k === 'loOpen' ? 2 : k === 'hiOpen' ? 3 : -1;
    if (n < 0) return -1;
    keys = keys * 4 + n;
  }
  return keys;
}

/**
 * The words before a storm's name: "Hurricane Katrina", "Typhoon Haiyan", "Hurricanes Katrina and Rita"; "Storm"
 * after its kind only ("Tropical Storm Harvey": "Storm Reid" is an actress).
 */
const STORM_WORDS = new Set(['Hurricane', 'Hurricanes', 'Superstorm', 'Typhoon', 'Typhoons', 'Cyclone']);
const STORM_KINDS = new Set(['Tropical', 'Subtropical', 'Winter']);

/**
 * A storm's name in the article is no one's name there alone, nor a headline's given name, where nothing else
 * says it is (a title, a role): "DoD Adapting Katrina Support to …", "Troops Aiding Harvey Lifesaving, Recovery
 * Efforts" (in the body, "said Maria Sanchez, 70" after Hurricane Maria is a person).
 */
function notStorms(
  headlineEnd: number,
  storms: Set<string>,
  people: PersonMention[],
  candidates: NameCandidate[],
): void {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i];
    const alone = !p.name.includes(' ');
    if (p.evidence === 'titled' || p.role) continue;
    if (alone ? storms.has(p.name) : p.first !== undefined && storms.has(p.first) && p.start < headlineEnd)
      people.splice(i, 1);
  }
  for (let i = candidates.length - 1; i >= 0; i--) if (storms.has(candidates[i].text)) candidates.splice(i, 1);
}

/**
 * A name the article gives a vessel ("NOAA Ship Thomas Jefferson") names the vessel there, and wherever the
 * article writes it alone ("Thomas Jefferson conducted the survey", "the Jefferson's launches"), unless the
 * article gives a person of that name a title or a role ("the USS John McCain … Sen. John McCain").
 */
function notVessels(
  vessels: Vessel[],
  people: PersonMention[],
  candidates: NameCandidate[],
  places: PlaceMention[],
): void {
  const titled = new Set(people.filter((p) => p.evidence === 'titled' || p.role).flatMap((p) => [p.name, p.surname]));
  const lastOf = (v: string) => v.slice(v.lastIndexOf(' ') + 1);
  const named = vessels.filter((v) => !titled.has(v.name) && !titled.has(lastOf(v.name)));
  const names = new Set(named.map((v) => v.name));
  const last = new Set(named.map((v) => lastOf(v.name)));
  const inside = (m: Span) => vessels.some((v) => v.start <= m.start && m.end <= v.end);
  for (let i = people.length - 1; i >= 0; i--)
    if (names.has(people[i].name) || last.has(people[i].name)) people.splice(i, 1);
  for (let i = candidates.length - 1; i >= 0; i--)
    if (last.has(candidates[i].text) || inside(candidates[i])) candidates.splice(i, 1);
  // "the USS Mesa Verde": a place's name in a vessel's is no place
  for (let i = places.length - 1; i >= 0; i--) if (inside(places[i])) places.splice(i, 1);
}
