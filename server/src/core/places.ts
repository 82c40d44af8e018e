import { AMBIGUOUS_POSTAL_CODES } from './aliases';
import type { Gazetteer } from './gazetteer';
import { FIRST_NAMES } from './names';
import { headlineVerb } from './people';
import { isDemonym, namesItsPeople } from './demonyms';
import {
  COMPASS_POINTS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  isTitleWord,
  LOCATIVE_WORDS,
  MONTHS,
  NAME_PARTICLES,
  ORG_WORDS,
  placeApposedAt,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WEEKDAYS,
} from './lexicon';
import { adjacent, wordsOf, type Token } from './tokens';
import type { PersonMention, Place, PlaceKind, PlaceMention, Span } from './types';

/**
 * Names that are everyday plurals or words of other names: the place only after "the" ("the States", "the
 * Atlantic"; not "Montreal, Maine & Atlantic Railway", "a Mediterranean storm"), and not before a capitalised word
 * ("the Pacific Fleet").
 */
const NEEDS_THE = new Set(['States', 'Atlantic', 'Pacific', 'Mediterranean']);

/** City names that are everyday words or first names: read as places only after "in", "from"… or before ", State". */
const NEEDS_LOCATIVE = new Set([
  'Mobile',
  'Reading',
  'Independence',
  'Orange',
  'Surprise',
  'Nice',
  'Split',
  'Bath',
  'Bend',
  'Temple',
  'Mission',
  'Normal',
  'Enterprise',
  'Commerce',
  'Paradise',
  'Spring',
  'Hollywood',
  'Sandy',
  'Lowell',
  'Pearl',
  'Victoria',
  'Concord',
  'Columbia',
  'Lincoln',
  'Jackson',
  'Warren',
  'Hamilton',
  'Lawrence',
  'Allen',
  'Clinton',
  'Franklin',
  'Madison',
  'Irving',
  'Garland',
  'Carson',
  'Pierre',
  'Harrison',
  'Kent',
  'Hampton',
  'Troy',
  'Eugene',
  'Tyler',
]);

const NATURAL_FEATURES = new Set([
  'River',
  'Lake',
  'Creek',
  'Bay',
  'Valley',
  'Mountain',
  'Mountains',
  'Canyon',
  'Beach',
  'Island',
  'Islands',
  'Peninsula',
  'Desert',
  'Forest',
  'Falls',
  'Harbor',
  'Harbour',
  'Sound',
  'Strait',
  'Gulf',
  'Basin',
  'Reservoir',
  'Dam',
  'Park',
  'Trail',
  'Highway',
  'Freeway',
  'Road',
  'Street',
  'Avenue',
  'Boulevard',
]);
/** Words after a place's name that make it a time zone's: "Pacific Time", "Atlantic Standard Time". */
const TIME_ZONE_WORDS = new Set(['Time', 'Standard', 'Daylight']);
/** Compass words before a name ("East Palestine") and after it ("Norfolk Southern"): see `placesIn`. */
const COMPASS_BEFORE = new Set(COMPASS_POINTS);
const COMPASS_AFTER = new Set(['Southern', 'Northern', 'Eastern', 'Western', 'Pacific']);
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'on']);

export interface PlaceContext {
  text: string;
  tokens: Token[];
  /** Spans already taken by people. */
  taken: Span[];
  /** Small towns named without their state: kept aside until the article names a state (see `resolveTowns`). */
  towns?: TownHit[];
  /** Whether the article may list areas by their kind ("Harris and Fort Bend counties"): `mayListAreas`. */
  areaKinds?: boolean;
  /** Whether the article may name a part of a city (a square, a neighborhood): `mayNameCityParts`. */
  cityParts?: boolean;
  /** A dateline's words, where a town's name comes first: "PRZEMYSL, POLAND" (see `plausibleTown`). */
  dateline?: boolean;
  /** Where the article's next word for a kind of place is, if it has any ("the town of …", "in … city"). */
  kindNames?: KindWords;
  /** Places found whose name is a region's abroad as well: see `preferRegions`. */
  contested?: Contested[];
}

/** A place found whose name a region of another country has too ("Victoria", "Ontario"), with its candidates. */
export interface Contested {
  mention: PlaceMention;
  candidates: Place[];
}

export interface TownHit extends Span {
  text: string;
  candidates: Place[];
  /** Opens its sentence ("Christchurch police said"): a place only where the article names it elsewhere. */
  opening?: boolean;
}

interface Hit {
  start: number; // token index
  end: number; // token index, exclusive
  candidates: Place[];
}

/** Place mentions in one sentence. */
export function findPlaces(ctx: PlaceContext, gaz: Gazetteer): PlaceMention[] {
  const found = placesIn(ctx, gaz);
  if (ctx.cityParts) partsOfCities(ctx, gaz, found);
  for (let i = found.length - 1; i >= 0; i--) {
    // (a comma right before the place first: most places follow none)
    if (ctx.text.charCodeAt(found[i].start - 2) !== 44 /* , */) continue;
    const town = townBefore(ctx, found[i], gaz);
    if (town && !found.some((m) => m.start < town.end && town.start < m.end)) found.splice(i, 0, town);
  }
  const listed = ctx.areaKinds ? areaLists(ctx, gaz) : [];
  if (ctx.kindNames && kindWordIn(ctx.text, ctx.tokens, ctx.kindNames))
    for (const p of placesByKind(ctx, gaz)) listed.push(p);
  if (!listed.length) return found;
  // a list's names are its areas, whatever else they were read as
  const over = (x: Span) => listed.some((l) => l.start < x.end && x.start < l.end);
  if (ctx.towns) for (let i = ctx.towns.length - 1; i >= 0; i--) if (over(ctx.towns[i])) ctx.towns.splice(i, 1);
  return found
    .filter((m) => !over(m))
    .concat(listed)
    .sort((a, b) => a.start - b.start);
}

/**
 * Parts of a city no gazetteer holds, each a district of its own (`district:` ids): a square named where a place
 * goes ("a bus at Russell Square in central London", "in Tahrir Square": one or two capitalised words before
 * "Square", after a locative word), and a part named with its kind (`partOfCity`).
 */
function partsOfCities(ctx: PlaceContext, gaz: Gazetteer, found: PlaceMention[]): void {
  const { text, tokens } = ctx;
  let added = false;
  for (let q = 2; q < tokens.length; q++) {
    // (the first letter first: "Square", "neighborhood", "section", "suburb")
    const c = tokens[q].text.charCodeAt(0);
    if (c !== 83 && c !== 110 && c !== 115) continue;
    if (PART_KINDS.has(tokens[q].text)) {
      const part = partOfCity(ctx, gaz, q);
      if (part && !found.some((m) => m.start < part.end && part.start < m.end)) {
        found.push(part);
        added = true;
      }
      continue;
    }
    if (tokens[q].text !== 'Square' || !adjacent(text, tokens[q - 1], tokens[q])) continue;
    // ("in Madison Square Garden": a longer name's word)
    if (tokens[q + 1]?.cap && adjacent(text, tokens[q], tokens[q + 1])) continue;
    let a = q - 1;
    if (a > 1 && tokens[a - 1].cap && adjacent(text, tokens[a - 1], tokens[a])) a--;
    const before = tokens[a - 1];
    if (before.cap || !(LOCATIVE_WORDS.has(before.text) || before.text === 'on')) continue;
    if (!tokens[a].cap || tokens[a].allCaps || FUNCTION_WORDS.has(tokens[a].text)) continue;
    const start = tokens[a].start,
      end = tokens[q].end;
    if (ctx.taken.some((s) => s.start < end && start < s.end)) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start < end && start < found[i].end) found.splice(i, 1);
    const name = wordsOf(tokens, a, q + 1);
    found.push({ kind: 'place', start, end, text: text.slice(start, end), placeId: `district:${name}` });
    added = true;
  }
  if (added) found.sort((x, y) => x.start - y.start);
}

/** Words of a facility's or a feast's name, not a town's, beside a body's (`ORG_WORDS`): see `townBefore`. */
const NOT_TOWN_WORDS = new Set(
  `Base Camp Fort Airfield Field Elementary High Middle Mosque Cathedral Temple Synagogue Plant Refinery Mine
  Memorial Mall Hotel Christmas Easter`.split(/\s+/),
);

/** Kinds of place a town no gazetteer holds is named with, after a comma: "from Auchterarder, Scotland". */
const HOLDS_TOWNS = new Set<PlaceKind>(['country', 'state', 'region']);

/**
 * A town no gazetteer holds, named where a place goes with the country, state or province it lies in after a
 * comma: "from Auchterarder, Scotland, where …", "in Smallville, Kansas." (one to three capitalised words after
 * a locative word; the region ends its clause, so "In March, Kenya said" and "in Congress, Texas lawmakers"
 * name no town). A town of its own (`town:` id), as one named by its kind is.
 */
function townBefore(ctx: PlaceContext, region: PlaceMention, gaz: Gazetteer): PlaceMention | undefined {
  const { text, tokens } = ctx;
  // (the region a name means after a town and a comma: "Tinytown, Ontario" is in the province, not the city)
  const holds = HOLDS_TOWNS.has(gaz.byId.get(region.placeId)?.kind as PlaceKind);
  const holder = holds ? undefined : gaz.lookup(region.text)?.find((p) => HOLDS_TOWNS.has(p.kind));
  if (!holds && !holder) return undefined;
  if (!/^(?:[,.;:)]|\s*$|\s*\n| [—–])/.test(text.slice(region.end, region.end + 2))) return undefined;
  // (not a place before another: "in Anacostia, Washington, D.C.")
  if (/^, \p{Lu}/u.test(text.slice(region.end, region.end + 3))) return undefined;
  let r = 0;
  while (r < tokens.length && tokens[r].start < region.start) r++;
  if (r < 2 || tokens[r].start !== region.start || text.slice(tokens[r - 1].outerEnd, region.start) !== ', ')
    return undefined;
  let a = r - 1;
  while (a > r - 4 && a > 0 && tokens[a - 1].cap && adjacent(text, tokens[a - 1], tokens[a])) a--;
  const before = tokens[a - 1];
  if (!before || before.cap || !(LOCATIVE_WORDS.has(before.text) || before.text === 'on')) return undefined;
  for (let k = a; k < r; k++) {
    const t = tokens[k];
    if (!t.cap || t.allCaps || t.possessive || (k < r - 1 && t.outerEnd !== t.end)) return undefined;
    if (FUNCTION_WORDS.has(t.text) || MONTHS.has(t.text) || WEEKDAYS.has(t.text) || isTitleWord(t.text))
      return undefined;
  }
  const name = wordsOf(tokens, a, r);
  if (gaz.lookup(name) || isDemonym(tokens[a].text, gaz)) return undefined;
  // ("at Joint Base Lewis-McChord, Wash.", "Stratton Air National Guard Base": a facility, or a body's name)
  for (let k = a; k < r; k++) if (ORG_WORDS.has(tokens[k].text) || NOT_TOWN_WORDS.has(tokens[k].text)) return undefined;
  const start = tokens[a].start,
    end = tokens[r - 1].end;
  if (ctx.taken.some((s) => s.start < end && start < s.end)) return undefined;
  if (holder) region.placeId = holder.id;
  return { kind: 'place', start, end, text: text.slice(start, end), placeId: `town:${name}` };
}

/** A kind of area in the plural after a name, anywhere in an article: most hold none, and read no list. */
const AREA_KINDS = new RegExp(
  String.raw` (?:[Cc]ounties|[Pp]arishes|[Bb]oroughs|[Dd]istricts|[Pp]refectures|[Pp]rovinces|` +
    String.raw`[Gg]overnorates|[Oo]blasts|[Ii]slands)\b`,
);

/**
 * Whether an article may list areas by their kind (see `PlaceContext.areaKinds`): one pattern over the text,
 * under 1% of the analysis, where reading each sentence's words for them made its other steps' code slower.
 */
export function mayListAreas(text: string): boolean {
  return AREA_KINDS.test(text);
}

/** Whether an article holds a word for a part of a city at all (most hold none): see `partsOfCities`. */
export function mayNameCityParts(text: string): boolean {
  return (
    text.includes(' Square') || text.includes(' neighbo') || text.includes(' suburb') || text.includes(' section of ')
  );
}

/** Place mentions in one sentence, but for areas listed by their kind. */
function placesIn(ctx: PlaceContext, gaz: Gazetteer): PlaceMention[] {
  const { text, tokens } = ctx;
  const out: PlaceMention[] = [];
  // the state after a city of it and a comma ("Atlanta, Georgia"): that state, not a country of its name
  let stateNext: { at: number; state: Place } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok.cap) continue;
    const county = countyAt(text, tokens, i, gaz);
    if (county) {
      if (!ctx.taken.some((s) => s.start < county.end && county.start < s.end)) out.push(county);
      i = county.lastToken;
      continue;
    }
    const based = hyphenated(tok.text)
      ? /^(\p{Lu}[\p{L}.]+)-(?:based|born|area|bound|headquartered|registered)$/u.exec(tok.text)
      : null;
    const home = based ? gaz.lookup(based[1])?.find((p) => !p.minor) : undefined;
    if (home && based) {
      // "Stuttgart-based": the place is the part before the hyphen
      if (!ctx.taken.some((s) => s.start < tok.start + based[1].length && tok.start < s.end))
        out.push({
          kind: 'place',
          start: tok.start,
          end: tok.start + based[1].length,
          text: based[1],
          placeId: home.id,
        });
      continue;
    }
    const hit = longestMatch(text, tokens, i, gaz);
    if (!hit) continue;
    const first = tokens[hit.start],
      last = tokens[hit.end - 1];
    if (ctx.taken.some((s) => s.start < last.end && first.start < s.end)) {
      i = hit.end - 1;
      continue;
    }
    // "Gulf of Mexico", "Sea of Japan", "Bay of Bengal": a body of water named after a place is not the place;
    // nor is an airline ("Air Canada", "Air India")
    if (waterOf(text, tokens, hit.start) || (hit.start > 0 && tokens[hit.start - 1].text === 'Air')) {
      i = hit.end - 1;
      continue;
    }
    // "Guadalupe River", "Comal River": a natural feature named after a place is not the place; nor is a time
    // zone ("5 p.m. Pacific Time")
    const nextTok = tokens[hit.end];
    if (
      nextTok &&
      (NATURAL_FEATURES.has(nextTok.text) || TIME_ZONE_WORDS.has(nextTok.text)) &&
      adjacent(text, tokens[hit.end - 1], nextTok)
    ) {
      i = hit.end;
      continue;
    }
    // …and the feature's word is not a place named so ("Swat Valley" is not The Valley, Anguilla)
    const prevTok = tokens[hit.start - 1];
    if (
      hit.end - hit.start === 1 &&
      NATURAL_FEATURES.has(first.text) &&
      prevTok?.cap &&
      !LOCATIVE_WORDS.has(prevTok.text.toLowerCase()) &&
      !FUNCTION_WORDS.has(prevTok.text) &&
      adjacent(text, prevTok, first)
    ) {
      continue;
    }
    // "East Palestine": a compass word before a country's name, the two no name the gazetteer knows (it knows "South
    // Korea", "East Timor"), name a town of their own; "Norfolk Southern", "Union Pacific": a place's name before
    // a compass word names a company
    const compass = prevTok?.cap && COMPASS_BEFORE.has(prevTok.text) && adjacent(text, prevTok, first);
    if (
      compass &&
      hit.candidates[0].kind === 'country' &&
      !ctx.taken.some((s) => s.start < last.end && prevTok.start < s.end)
    ) {
      const name = wordsOf(tokens, hit.start - 1, hit.end);
      const mention: PlaceMention = {
        kind: 'place',
        start: prevTok.start,
        end: last.end,
        text: name,
        placeId: `town:${name}`,
      };
      out.push(mention);
      // (a town only where the article never names the country alone: `compassTown`, after the article is read)
      ctx.contested?.push({ mention, candidates: hit.candidates });
      i = hit.end - 1;
      continue;
    }
    if (nextTok?.cap && COMPASS_AFTER.has(nextTok.text) && adjacent(text, last, nextTok)) {
      i = hit.end;
      continue;
    }
    // (the state after the name read once: it chooses the place, and is the next place when it is the place's)
    const after = stateAfter(text, tokens, hit.end, gaz);
    const place =
      stateNext?.at === hit.start
        ? (hit.candidates.find((p) => p.id === stateNext!.state.id) ?? choose(text, tokens, hit, gaz, after))
        : choose(text, tokens, hit, gaz, after);
    if (place?.kind === 'city' && after && after.admin === place.admin) stateNext = { at: hit.end, state: after };
    if (place && !insideOrgName(text, tokens, hit)) {
      const mention: PlaceMention = {
        kind: 'place',
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        placeId: place.id,
      };
      out.push(mention);
      // (the region is last among the candidates, a minor place: most names have one candidate)
      const alt = hit.candidates.length > 1 ? hit.candidates[hit.candidates.length - 1] : undefined;
      if (ctx.contested && alt?.kind === 'region' && alt.country !== place.country)
        ctx.contested.push({ mention, candidates: hit.candidates });
      // (…or a city abroad smaller than a US city of its name: "Manchester", England's or New Hampshire's; or a
      // place its country named after it chose over the one the name alone means: "TRIPOLI, Lebanon")
      else if (
        ctx.contested &&
        alt &&
        ((place.kind === 'city' &&
          place.country === 'US' &&
          hit.candidates.some((p) => p.kind === 'city' && p.country !== 'US')) ||
          place.country !== hit.candidates.find((p) => !p.minor)?.country)
      )
        ctx.contested.push({ mention, candidates: hit.candidates });
      // (…or a small town of the same name in another state: "Paradise", Nevada's city or California's town)
      else if (
        ctx.contested &&
        alt?.minor &&
        place.kind === 'city' &&
        place.country === 'US' &&
        place.population < FAMOUS_CITY &&
        hit.candidates.some((p) => p.minor && p.country === 'US')
      )
        ctx.contested.push({ mention, candidates: hit.candidates });
    } else if (
      !place &&
      ctx.towns &&
      hit.candidates.every((p) => p.minor) &&
      !insideOrgName(text, tokens, hit) &&
      !afterNamePreposition(text, tokens, hit)
    ) {
      const plausible = ctx.dateline || plausibleTown(text, tokens, hit);
      if (plausible || opensSentence(text, tokens, hit))
        ctx.towns.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          candidates: hit.candidates,
          opening: plausible ? undefined : true,
        });
    }
    i = hit.end - 1;
  }
  return out;
}

/** Could the word be "Stuttgart-based", "Texas-born" …: ends as those words end (d, n, a), and holds a hyphen? */
function hyphenated(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  return (last === 100 || last === 110 || last === 97) && w.includes('-');
}

/** Words after a name that make it an administrative area: a county, or a prefecture, province or district abroad. */
const COUNTY_WORDS = new Set([
  'County',
  'Parish',
  'Borough',
  'District',
  'Prefecture',
  'Province',
  'Region',
  'Governorate',
  'Oblast',
  'Island',
]);
/**
 * Written in lower case too: "Miyagi prefecture"; and "state" abroad, in lower case only ("Puebla state", "Lagos
 * state": a state named like its capital; "Islamic State", "Ohio State" are no areas).
 */
const LOWER_COUNTY_WORDS = new Set(['district', 'prefecture', 'province', 'state']);
const ANY_COUNTY_WORDS = new Set([...COUNTY_WORDS, ...LOWER_COUNTY_WORDS]);
/** The shortest and longest county words: most words are ruled out by their length, before any probe. */
const COUNTY_LENGTHS = [...ANY_COUNTY_WORDS].map((w) => w.length);
const MIN_COUNTY = Math.min(...COUNTY_LENGTHS),
  MAX_COUNTY = Math.max(...COUNTY_LENGTHS);
/** …and by their first letter ("C", "P", "d" …). */
const COUNTY_INITIALS = new Set([...ANY_COUNTY_WORDS].map((w) => w.charCodeAt(0)));
const isCountyText = (w: string) =>
  w.length >= MIN_COUNTY && w.length <= MAX_COUNTY && COUNTY_INITIALS.has(w.charCodeAt(0)) && ANY_COUNTY_WORDS.has(w);
const isCountyWord = (t: Token) => isCountyText(t.text);

/**
 * "Harris County", "Orleans Parish": counties are places no city list holds (same name, same county, within a
 * corpus).
 */
function countyAt(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
): (PlaceMention & { lastToken: number }) | undefined {
  let j = i;
  while (
    j + 1 < tokens.length &&
    j - i < 3 &&
    (tokens[j + 1].cap || (isCountyText(tokens[j + 1].text) && LOWER_COUNTY_WORDS.has(tokens[j + 1].text))) &&
    adjacent(text, tokens[j], tokens[j + 1]) &&
    !isCountyWord(tokens[j])
  )
    j++;
  if (
    j === i ||
    !isCountyWord(tokens[j]) ||
    !/^\p{Lu}[\p{Ll}.]/u.test(tokens[i].text) ||
    FUNCTION_WORDS.has(tokens[i].text)
  )
    return undefined;
  if (insideOrgName(text, tokens, { start: i, end: j + 1, candidates: [] })) return undefined;
  // "Acting Assistant District Attorney", "Chief District Judge": a title's words name no district (a title's
  // word may: "King County")
  if (tokens.slice(i, j).every((t) => t.text === 'Chief' || TITLE_MODIFIERS.has(t.text.toLowerCase())))
    return undefined;
  // "L.A. County" is "Los Angeles County": a known alias before "County" takes its place's name
  const prefix = wordsOf(tokens, i, j);
  // ("Texas state troopers", "New York state": a US state is the state the place rules read; "the U.S. state of
  // Florida": the state is the one named after; "Russian state media", "a Palestinian state": only a place the
  // gazetteer knows is named so)
  if (
    tokens[j].text === 'state' &&
    (tokens[j + 1]?.text === 'of' || prefix.includes('.') || tokens[i].allCaps || !stateAbroad(prefix, gaz))
  )
    return undefined;
  // an island is a place of its own but where a place known is named so ("Rhode Island", "Staten Island", "Jeju
  // Island": the place rules read the name), where its name is a people's ("the Indonesian island"), and in a
  // headline, whose capitals name no island ("Storm Slams Island")
  if (
    tokens[j].text === 'Island' &&
    (gaz.lookup(prefix) ||
      gaz.lookup(wordsOf(tokens, i, j + 1))?.some((p) => p.kind !== 'region') ||
      isDemonym(tokens[i].text, gaz) ||
      text.lastIndexOf('\n', tokens[i].start) < 0)
  )
    return undefined;
  const known = gaz.lookup(prefix)?.find((p) => p.kind === 'city' && !p.minor);
  const suffix = tokens[j].text[0].toUpperCase() + tokens[j].text.slice(1);
  const name =
    `${known && known.name !== prefix && !known.name.includes(' City') ? known.name : prefix}` + ` ${suffix}`;
  return {
    kind: 'place',
    start: tokens[i].start,
    end: tokens[j].end,
    text: text.slice(tokens[i].start, tokens[j].end),
    placeId: `county:${name}`,
    lastToken: j,
  };
}

/** Is `name` a place the gazetteer knows and no US state or district ("Puebla", not "Texas" nor "Russian")? */
function stateAbroad(name: string, gaz: Gazetteer): boolean {
  const known = gaz.lookup(name);
  return !!known && !known.some((p) => p.kind === 'state' || p.kind === 'district');
}

/** Lower-case words for a kind of place that a name is said to be: "the town of Shakhtarsk", "Derna city". */
const PLACE_KINDS = new Set(['island', 'town', 'city', 'village']);
/**
 * Capitalised words before a kind's word that say what kind of area it is, not which one ("Olympic village",
 * "Old town"; after "the town of" they open a name: "the town of New Hope").
 */
const KIND_ADJECTIVES = new Set(['Olympic', 'Capital', 'Inner', 'Global', 'Smart', 'Sister', 'Holy', 'Old', 'New']);
/** …and the endings of such words before the kind: "Midwestern town", "Victorian town", "Amish village". */
const ADJECTIVE_ENDING = /(?:ern|ian|ish|ese|ic)$/;

/** Words that end a place's name read after its kind: a day, a month, a title. */
const endsAName = (w: string) => WEEKDAYS.has(w) || MONTHS.has(w) || TITLE_WORDS.has(w);

/**
 * Whether an article may name a place by its kind ("the island of Jindo", "the village of Tombe Gateau", "in
 * Guiuan city"): whether it holds a word for a kind of place at all, and a cursor to find each sentence's.
 */
export function mayNameByKind(text: string): KindWords | undefined {
  // (the kind's word alone: a pattern that looked for the capitals around it cost 5% of the analysis)
  const next = nextKindWord(text, 0);
  return next < Infinity ? { next } : undefined;
}
const BY_KIND = /\b(?:island|town|city|village|towns|villages|cities|communities)\b/g;

/** Where the next word for a kind of place starts, from `from` (Infinity where none does). */
function nextKindWord(text: string, from: number): number {
  BY_KIND.lastIndex = from;
  return BY_KIND.exec(text)?.index ?? Infinity;
}

/** The offset of an article's next word for a kind of place, found once as its sentences are read in order. */
export interface KindWords {
  next: number;
}

/** Whether the sentence of `tokens` holds a word for a kind of place (most sentences of most articles hold none). */
function kindWordIn(text: string, tokens: Token[], k: KindWords): boolean {
  if (!tokens.length) return false;
  const from = tokens[0].start;
  if (k.next < from) k.next = nextKindWord(text, from);
  return k.next < tokens[tokens.length - 1].end;
}

/**
 * A place no gazetteer holds, named by its kind: after "island of", "town of", "city of", "village of" (up to
 * three capitalised words, to a day, a month or a title), or before a lower-case "city", "town" or "village"
 * (one word, after a word that puts it in a place: "in Guiuan city"). An island is the area "X Island" is; a
 * town, city or village a town of its own (`town:` ids). A name the gazetteer knows is left to the place rules,
 * and so is one a kind of people or area is called by ("the Mexican city", "the Ohio town", "Olympic village").
 */
function placesByKind(ctx: PlaceContext, gaz: Gazetteer): PlaceMention[] {
  const { text, tokens } = ctx;
  const out: PlaceMention[] = [];
  for (let q = 0; q < tokens.length; q++) {
    const kind = tokens[q].text;
    if (TOWN_KINDS.has(kind)) {
      for (const p of townsListed(ctx, gaz, q)) out.push(p);
      continue;
    }
    if (!PLACE_KINDS.has(kind)) continue;
    let from: number, to: number;
    const of = tokens[q + 1];
    const apposed = kind !== 'island' ? apposedTo(text, tokens, q) : undefined;
    if (apposed) [from, to] = apposed;
    else if (
      of?.text === 'of' &&
      tokens[q + 2]?.cap &&
      adjacent(text, tokens[q], of) &&
      adjacent(text, of, tokens[q + 2])
    ) {
      from = to = q + 2;
      // (up to a day, a month or a title: "the city of Kherson Friday", "the city of Detroit Mayor Mike Duggan")
      while (
        to - from < 2 &&
        tokens[to + 1]?.cap &&
        adjacent(text, tokens[to], tokens[to + 1]) &&
        !endsAName(tokens[to + 1].text)
      )
        to++;
    } else if (q >= 2 && tokens[q - 1].cap && adjacent(text, tokens[q - 1], tokens[q])) {
      // one word where a place goes: "in Guiuan city", "near Derna city", "of Lombok island" (not "a Rohingya
      // village", "the Trump town hall", nor "the Gulf Coast city", a longer name's end)
      // (or after its country's possessive: "Indonesia's Lombok island")
      const owner = tokens[q - 2];
      const where =
        LOCATIVE_WORDS.has(owner.text) || (owner.possessive && !!gaz.lookup(owner.text)?.some((p) => !p.minor));
      if (!where || of?.text === 'of') continue;
      from = to = q - 1;
    } else continue;
    const first = tokens[from];
    if (
      first.allCaps ||
      FUNCTION_WORDS.has(first.text) ||
      MONTHS.has(first.text) ||
      WEEKDAYS.has(first.text) ||
      TITLE_WORDS.has(first.text) ||
      (from < q && (KIND_ADJECTIVES.has(first.text) || ADJECTIVE_ENDING.test(first.text))) ||
      NOT_AREA_NAMES.has(first.text) ||
      isDemonym(first.text, gaz)
    )
      continue;
    const name = wordsOf(tokens, from, to + 1);
    if (gaz.lookup(name) || tokens.slice(from, to + 1).some((t) => ORG_WORDS.has(t.text))) continue;
    const start = first.start,
      end = tokens[to].end;
    if (ctx.taken.some((s) => s.start < end && start < s.end)) continue;
    if (insideOrgName(text, tokens, { start: from, end: to + 1, candidates: [] })) continue;
    const placeId = kind === 'island' ? `county:${name} Island` : `town:${name}`;
    out.push({ kind: 'place', start, end, text: text.slice(start, end), placeId });
  }
  return out;
}

/**
 * The name a kind of place at token `q` is said of in apposition: "In Hassan Gilyan, a small village sitting …"
 * (one to three capitalised words before the appositive: see `placeApposedAt`). Token indexes of its first and
 * last words.
 */
function apposedTo(text: string, tokens: Token[], q: number): [number, number] | undefined {
  let k = q - 1;
  while (k > q - 4 && k > 0 && !tokens[k].cap && tokens[k].text !== 'a' && tokens[k].text !== 'an') k--;
  const to = k - 1;
  if (to < 0 || !tokens[to].cap || tokens[to].possessive || !placeApposedAt(text, tokens[to].outerEnd))
    return undefined;
  let from = to;
  while (from > to - 2 && from > 0 && tokens[from - 1].cap && adjacent(text, tokens[from - 1], tokens[from])) from--;
  while (from <= to && (FUNCTION_WORDS.has(tokens[from].text) || LOCATIVE_WORDS.has(tokens[from].text.toLowerCase())))
    from++;
  // ("Sgt. Ramirez, a city employee": a person's title)
  for (let k = from; k <= to; k++) if (isTitleWord(tokens[k].text)) return undefined;
  return from <= to ? [from, to] : undefined;
}

/** Lower-case words for a part of a city, after its name: "the Burley section of Leeds". */
const PART_KINDS = new Set(['neighborhood', 'neighbourhood', 'section', 'suburb']);

/**
 * A part of a city no gazetteer holds, named before its kind after "the": "the Burley section of Leeds", "the
 * Shujaiya neighborhood of Gaza City" (one or two capitalised words; not a kind of people's, "the Jewish
 * neighborhood", nor a place the gazetteer knows). A district of its own (`district:` ids).
 */
function partOfCity(ctx: PlaceContext, gaz: Gazetteer, q: number): PlaceMention | undefined {
  const { text, tokens } = ctx;
  const to = q - 1;
  if (to < 1 || !tokens[to].cap || !adjacent(text, tokens[to], tokens[q])) return undefined;
  let from = to;
  if (from > 1 && tokens[from - 1].cap && adjacent(text, tokens[from - 1], tokens[from])) from--;
  if (tokens[from - 1].text !== 'the' && tokens[from - 1].text !== 'The') return undefined;
  // of a place ("of Leeds"; not "the Sports section of the paper"), or the kind ends its phrase
  const next = tokens[q + 1];
  // (a "section" only of a place: "the Business section, which runs on Sundays" is a newspaper's)
  const ofPlace = next?.text === 'of' && !!tokens[q + 2]?.cap && !!gaz.lookup(tokens[q + 2].text);
  if (
    !ofPlace &&
    (tokens[q].text === 'section' ||
      (!/^[,.;:)]/.test(text.slice(tokens[q].outerEnd, tokens[q].outerEnd + 1)) && !AFTER_PART.has(next?.text ?? '')))
  )
    return undefined;
  for (let k = from; k <= to; k++) {
    const w = tokens[k].text;
    if (tokens[k].allCaps || tokens[k].possessive || FUNCTION_WORDS.has(w) || ADJECTIVE_ENDING.test(w))
      return undefined;
    // ("the Shiite suburb of Beirut", "the Alawite neighborhood": a faith's or a people's, not a name)
    if (GROUP_ADJECTIVES.has(w) || w.endsWith('ite')) return undefined;
    if (MONTHS.has(w) || WEEKDAYS.has(w) || TITLE_WORDS.has(w) || ORG_WORDS.has(w) || isDemonym(w, gaz))
      return undefined;
  }
  const name = wordsOf(tokens, from, to + 1);
  // (a name the gazetteer knows, but for small towns elsewhere: "Burley", Idaho)
  if (gaz.lookup(name)?.some((p) => !p.minor)) return undefined;
  const start = tokens[from].start,
    end = tokens[to].end;
  if (ctx.taken.some((s) => s.start < end && start < s.end)) return undefined;
  return { kind: 'place', start, end, text: text.slice(start, end), placeId: `district:${name}` };
}
/** Capitalised words for a faith, a people or a side, before a part of a city: "the Sunni neighborhood". */
const GROUP_ADJECTIVES = new Set(
  `Sunni Shia Shi'a Druze Muslim Hindu Sikh Orthodox Haredi Black White Hispanic Latino Arab Catholic Protestant
  Loyalist Nationalist Republican Democratic Hezbollah Hamas Kurdish Christian Jewish`.split(/\s+/),
);

/** Lower-case words after a part's kind that end its phrase: "the Sheikh Jarrah neighborhood, where". */
const AFTER_PART = new Set(['in', 'near', 'on', 'where', 'that', 'which', 'and', 'to', 'from', 'at']);

/** Plural words for towns: "the towns of …", "… and other villages". */
const TOWN_KINDS = new Set(['towns', 'villages', 'cities', 'communities']);

/**
 * Towns no gazetteer holds, named in a list with their plural kind: "the towns of Amatrice and Accumoli", "in
 * Amatrice, Arquata, Accumoli, Pescara del Tronto, and other surrounding villages". A name the gazetteer knows is
 * left to the place rules.
 */
function townsListed(ctx: PlaceContext, gaz: Gazetteer, q: number): PlaceMention[] {
  const { text, tokens } = ctx;
  let names = namesListedAfter(text, tokens, q);
  if (!names) {
    // "… and other villages", "… and other surrounding villages"
    let k = q - 1;
    if (k >= 0 && !tokens[k].cap && tokens[k].text !== 'other' && adjacent(text, tokens[k], tokens[q])) k--;
    if (tokens[k]?.text !== 'other' || tokens[k - 1]?.text !== 'and') return [];
    names = namesBefore(text, tokens, k - 1);
  }
  const out: PlaceMention[] = [];
  for (const [from, to] of names ?? []) {
    const first = tokens[from];
    if (FUNCTION_WORDS.has(first.text) || MONTHS.has(first.text) || WEEKDAYS.has(first.text)) continue;
    if (TITLE_WORDS.has(first.text) || NOT_AREA_NAMES.has(first.text) || isDemonym(first.text, gaz)) continue;
    const name = wordsOf(tokens, from, to + 1);
    if (gaz.lookup(name) || tokens.slice(from, to + 1).some((t) => ORG_WORDS.has(t.text))) continue;
    const start = first.start,
      end = tokens[to].end;
    if (ctx.taken.some((s) => s.start < end && start < s.end)) continue;
    out.push({ kind: 'place', start, end, text: text.slice(start, end), placeId: `town:${name}` });
  }
  return out;
}

/** Names separated by commas that end just before the "and" at token `and` ("A, B, C, and …"): two at least. */
function namesBefore(text: string, tokens: Token[], and: number): [number, number][] | undefined {
  const names: [number, number][] = [];
  let k = and - 1;
  if (k < 0 || !/^,? $/.test(text.slice(tokens[k].outerEnd, tokens[and].start))) return undefined;
  const isName = (t: Token | undefined) => !!t && t.cap && !FUNCTION_WORDS.has(t.text);
  while (isName(tokens[k])) {
    let from = k;
    // (up to three words, a particle in lower case among them: "Pescara del Tronto")
    while (k - from < 3 && from > 0 && adjacent(text, tokens[from - 1], tokens[from])) {
      const prev = tokens[from - 1];
      if (isName(prev) || (NAME_PARTICLES.has(prev.text) && isName(tokens[from - 2]))) from--;
      else break;
    }
    if (!isName(tokens[from])) from++;
    names.unshift([from, k]);
    const prev = tokens[from - 1];
    if (!prev || text.slice(prev.outerEnd, tokens[from].start) !== ', ') break;
    k = from - 1;
  }
  return names.length >= 2 ? names : undefined;
}

/** Plural area words after a list of names, and the singular each name takes: "Harris and Fort Bend counties". */
const PLURAL_AREA_WORDS = new Map<string, string>();
for (const [many, one] of Object.entries({
  counties: 'County',
  parishes: 'Parish',
  boroughs: 'Borough',
  districts: 'District',
  prefectures: 'Prefecture',
  provinces: 'Province',
  governorates: 'Governorate',
  oblasts: 'Oblast',
  islands: 'Island',
})) {
  PLURAL_AREA_WORDS.set(many, one);
  PLURAL_AREA_WORDS.set(many[0].toUpperCase() + many.slice(1), one);
}
/** Words for faiths, parties and settings, which name kinds of areas in the plural, not areas. */
const NOT_AREA_NAMES = new Set(
  (
    'Catholic Protestant Anglican Christian Muslim Jewish Hindu Buddhist Sikh Sunni Shia Shiite Orthodox ' +
    'Democratic Republican Labour Tory Conservative Liberal Urban Rural Coastal Northern Southern Eastern ' +
    'Western Central Federal National Local'
  ).split(' '),
);
/** Kinds of area whose names are the names of towns: a list of them names no town. */
const COUNTY_KINDS = new Set(['County', 'Parish', 'Borough']);
const MIN_PLURAL_AREA = Math.min(...[...PLURAL_AREA_WORDS.keys()].map((w) => w.length));
/** (a plural ends in "s": most words are ruled out before their length is, or any probe) */
const isAreaKind = (w: string) =>
  w.charCodeAt(w.length - 1) === 115 && w.length >= MIN_PLURAL_AREA && PLURAL_AREA_WORDS.has(w);

/**
 * Areas named in a list before their plural kind: "in Dhading, Gorkha, and Sindhupalchowk districts", "Harris
 * and Fort Bend counties". Each name is that kind of area, as "Harris County" is, but for a state's or a
 * country's name and, abroad, a city's ("Kathmandu" is the city's name and the district's).
 */
function areaLists(ctx: PlaceContext, gaz: Gazetteer): PlaceMention[] {
  const { text, tokens } = ctx;
  const out: PlaceMention[] = [];
  for (let q = 0; q < tokens.length; q++) {
    const w = tokens[q].text;
    if (!isAreaKind(w)) continue;
    let names = (q >= 2 ? namesListedBefore(text, tokens, q) : undefined) ?? namesListedAfter(text, tokens, q);
    // "16 counties were designated for federal assistance: Barren, Caldwell, … Ohio, Taylor, Warren": each name
    // is such an area, a state's name too
    const afterColon = !names && namesListedAfterColon(text, tokens, q);
    if (afterColon) names = afterColon;
    if (!names) continue;
    // a list that is itself a name: "the Turks and Caicos Islands"
    if (names[0][0] < q && gaz.lookup(text.slice(tokens[names[0][0]].start, tokens[q].end))) continue;
    const kind = PLURAL_AREA_WORDS.get(w)!;
    for (const [from, to] of names) {
      const name = wordsOf(tokens, from, to + 1);
      const start = tokens[from].start,
        end = tokens[to].end;
      // "Catholic and Anglican parishes", "Kurdish and Arab districts": a kind of people's areas, not names
      if (NOT_AREA_NAMES.has(tokens[from].text) || isDemonym(tokens[from].text, gaz)) continue;
      // (in a list of counties a town's name is a county's, "Dickson, Houston and Humphreys counties"; a state's
      // is the state's, "New Jersey and Connecticut counties")
      const town = COUNTY_KINDS.has(kind);
      if (!afterColon && gaz.lookup(name)?.some((p) => !p.minor && (!town || p.kind !== 'city'))) continue;
      if (ctx.taken.some((s) => s.start < end && start < s.end)) continue;
      if (insideOrgName(text, tokens, { start: from, end: to + 1, candidates: [] })) continue;
      out.push({ kind: 'place', start, end, text: text.slice(start, end), placeId: `county:${name} ${kind}` });
    }
  }
  return out;
}

/**
 * The names of a list that ends just before token `q` ("A, B and C", "A and B", "A, B, or C"), each a run of
 * up to three capitalised words, as token ranges: two names at least, or none.
 */
function namesListedBefore(text: string, tokens: Token[], q: number): [number, number][] | undefined {
  const names: [number, number][] = [];
  let k = q - 1;
  if (!adjacent(text, tokens[k], tokens[q])) return undefined;
  const isName = (t: Token) => t.cap && !FUNCTION_WORDS.has(t.text);
  for (;;) {
    if (k < 0 || !isName(tokens[k])) break;
    let from = k;
    for (;;) {
      const prev = tokens[from - 1];
      if (from > 0 && k - from < 2 && isName(prev) && adjacent(text, prev, tokens[from])) from--;
      // "Jabal al Akhdar", "Rio de Janeiro": a particle in lower case between a name's words
      else if (
        from > 1 &&
        k - from < 2 &&
        NAME_PARTICLES.has(prev.text) &&
        isName(tokens[from - 2]) &&
        adjacent(text, prev, tokens[from]) &&
        adjacent(text, tokens[from - 2], prev)
      )
        from -= 2;
      else break;
    }
    names.unshift([from, k]);
    const prev = tokens[from - 1];
    if (!prev) break;
    const gap = text.slice(prev.outerEnd, tokens[from].start);
    if ((prev.text === 'and' || prev.text === 'or') && gap === ' ' && from >= 2) {
      const between = text.slice(tokens[from - 2].outerEnd, prev.start);
      if (between !== ' ' && between !== ', ') break;
      k = from - 2;
    } else if (gap === ', ' && names.length === 1)
      break; // (a list ends in "and" or "or")
    else if (gap === ', ') k = from - 1;
    else break;
  }
  // "In Houston, Harris and Fort Bend counties", "On Monday, Lee and Collier counties": a name before a
  // comma may open the sentence rather than the list, unless the list goes on with commas ("A, B, C and D",
  // "A, B, and C")
  if (names.length === 3 && !serialComma(text, tokens, names)) names.shift();
  return names.length >= 2 ? names : undefined;
}

/**
 * The names of a list after the plural kind and "of" ("the counties of Jasper and Newton", "the provinces of
 * Sindh, Punjab and Balochistan"), as `namesListedBefore` gives them: a list that ends in "and" or "or".
 */
function namesListedAfter(text: string, tokens: Token[], q: number): [number, number][] | undefined {
  const of = tokens[q + 1];
  if (of?.text !== 'of' || !adjacent(text, tokens[q], of)) return undefined;
  // (a list's last name ends before a day, a month or a title: "… and Newton Tuesday", "… and Punjab Chief Minister")
  const isName = (t: Token | undefined) =>
    !!t && t.cap && !FUNCTION_WORDS.has(t.text) && !WEEKDAYS.has(t.text) && !MONTHS.has(t.text) && !isTitleWord(t.text);
  const names: [number, number][] = [];
  let k = q + 2,
    last = false;
  if (!tokens[k] || !adjacent(text, of, tokens[k])) return undefined;
  while (isName(tokens[k])) {
    let to = k;
    while (to - k < 2 && isName(tokens[to + 1]) && adjacent(text, tokens[to], tokens[to + 1])) to++;
    names.push([k, to]);
    const next = tokens[to + 1];
    if (last || !next) break;
    const gap = text.slice(tokens[to].outerEnd, next.start);
    if ((next.text === 'and' || next.text === 'or') && (gap === ' ' || gap === ', ')) {
      if (!tokens[to + 2] || text.slice(next.outerEnd, tokens[to + 2].start) !== ' ') break;
      k = to + 2;
      last = true;
    } else if (gap === ', ') k = to + 1;
    else break;
  }
  return last && names.length >= 2 ? names : undefined;
}

/**
 * The names of a list after a colon that ends the clause of a plural kind of area ("counties were designated for
 * federal assistance: Barren, Caldwell, Christian"), up to the end of the line or the sentence: three names at
 * least, each up to three capitalised words.
 */
function namesListedAfterColon(text: string, tokens: Token[], q: number): [number, number][] | undefined {
  let k = q + 1;
  while (k < tokens.length && k - q <= 10 && !tokens[k].cap) k++;
  const first = tokens[k];
  if (!first || !/^:[ \t]+$/.test(text.slice(tokens[k - 1].outerEnd, first.start))) return undefined;
  const clause = text.slice(tokens[q].outerEnd, tokens[k - 1].outerEnd);
  // (the list is of the clause's last kind: "30 counties in three states: Oklahoma, Kansas, Missouri")
  if (/[.;!?\n]/.test(clause) || OTHER_KINDS.test(clause)) return undefined;
  const isName = (t: Token | undefined) =>
    !!t && t.cap && !FUNCTION_WORDS.has(t.text) && !WEEKDAYS.has(t.text) && !MONTHS.has(t.text);
  const names: [number, number][] = [];
  for (;;) {
    if (!isName(tokens[k])) return undefined;
    let to = k;
    while (to - k < 2 && isName(tokens[to + 1]) && adjacent(text, tokens[to], tokens[to + 1])) to++;
    // (a list of people is none of areas: "identified the dead: Tom Smith, Mary Jones", "Sheriff Mary Jones",
    // "Judge-Executive Tom Smith"; "Miami-Dade" stays a county's)
    if (to > k && FIRST_NAMES.has(tokens[k].text)) return undefined;
    if (TITLE_WORDS.has(tokens[k].text.split('-')[0].replace(/\.$/, ''))) return undefined;
    names.push([k, to]);
    const next = tokens[to + 1];
    const gap = next ? text.slice(tokens[to].outerEnd, next.start) : '';
    if (next && (next.text === 'and' || next.text === 'or') && (gap === ' ' || gap === ', ')) k = to + 2;
    else if (next && gap === ', ') k = to + 1;
    else return names.length >= 3 && /^[ \t]*(?:[.;]|\n|$)/.test(text.slice(tokens[to].outerEnd)) ? names : undefined;
  }
}

/** Plural words for other kinds of place, which a list after a colon may be of. */
const OTHER_KINDS = /\b(?:states|countries|nations|cities|towns|villages|communities|regions|territories)\b/;

/** Whether a list of three ends in ", and" or ", or" (its first name is the list's, not an opening's). */
function serialComma(text: string, tokens: Token[], names: [number, number][]): boolean {
  const [from] = names[2];
  return text.slice(tokens[from - 2].outerEnd, tokens[from - 1].start) === ', ';
}

const WATER_WORDS = new Set(['Gulf', 'Sea', 'Bay', 'Strait', 'Straits', 'Ocean', 'Lake', 'Sound', 'Mouth']);

/** Is the place at token i the namesake in "Gulf of …", "Sea of …"? */
function waterOf(text: string, tokens: Token[], i: number): boolean {
  const of = tokens[i - 1],
    water = tokens[i - 2];
  return !!of && !!water && of.text === 'of' && WATER_WORDS.has(water.text) && adjacent(text, water, of);
}

/** "NEW BRAUNFELS" in a wire dateline is "New Braunfels"; short acronyms stay as they are. */
function titleCase(t: Token): string {
  if (!t.allCaps || t.text.length < 3 || t.text.includes('.')) return t.text;
  const w = t.text;
  // ASCII by character codes (a letter first or after a hyphen stays upper case, the others go lower)
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w.toLowerCase().replace(/(^|[-\s])\p{L}/gu, (m) => m.toUpperCase());
    const first = i === 0 || w.charCodeAt(i - 1) === 45; /* - */
    out += String.fromCharCode(c >= 65 && c <= 90 && !first ? c + 32 : c);
  }
  return out;
}

function longestMatch(text: string, tokens: Token[], i: number, gaz: Gazetteer): Hit | undefined {
  let surface = tokens[i].text,
    folded = titleCase(tokens[i]);
  let best: Hit | undefined;
  for (let j = i; j < tokens.length && j - i < gaz.maxWords; j++) {
    if (j > i) {
      // (or over a possessive inside a name, where a name goes on: "Democratic People's Republic of Korea")
      const prev = tokens[j - 1];
      const inside = prev.possessive && text[prev.outerEnd] === ' ' && tokens[j].start === prev.outerEnd + 1;
      if (!adjacent(text, prev, tokens[j]) && !inside) break;
      surface += ' ' + tokens[j].text;
      folded += ' ' + titleCase(tokens[j]);
    }
    if (!tokens[j].cap && j === i) break;
    // one probe per form (most words are neither a place nor the start of one)
    const e = gaz.entry(surface);
    const ef = folded !== surface ? gaz.entry(folded) : e;
    const found = e?.places ?? (folded !== surface ? ef?.places : undefined);
    if (found && tokens[j].cap) best = { start: i, end: j + 1, candidates: found };
    if (!e?.continues && !ef?.continues) break;
  }
  if (best) return best;
  const tok = tokens[i];
  if (tok.allCaps && tok.text.length === 2) {
    const p = gaz.postalCode(tok.text);
    if (!p) return undefined;
    // Ambiguous codes need a city before them: "Portland, ME".
    if (AMBIGUOUS_POSTAL_CODES.has(tok.text) && tok.text !== 'LA' && !afterCityComma(text, tokens, i, gaz))
      return undefined;
    if (/^-\d/.test(text.slice(tok.end, tok.end + 2))) return undefined; // MS-13
    return { start: i, end: i + 1, candidates: [p] };
  }
  return undefined;
}

function afterCityComma(text: string, tokens: Token[], i: number, gaz: Gazetteer): boolean {
  const prev = tokens[i - 1];
  return (
    !!prev &&
    text.slice(prev.outerEnd, tokens[i].start) === ', ' &&
    !!gaz.lookup(prev.text)?.some((p) => p.kind === 'city')
  );
}

/** The state named right after a place: "Newark, Delaware", "Uvalde, Texas", "Portland, Ore.". */
function stateAfter(text: string, tokens: Token[], end: number, gaz: Gazetteer): Place | undefined {
  const t = tokens[end];
  if (!t || text.slice(tokens[end - 1].outerEnd, t.start) !== ', ') return undefined;
  if (t.allCaps && t.text.length === 2) return gaz.stateByCode.get(t.text);
  return namedAfter(text, tokens, end, gaz, 'state');
}

/** The country named after a place and a comma ("Manchester, England", "Valencia, Venezuela"), if any. */
function countryAfter(text: string, tokens: Token[], end: number, gaz: Gazetteer): Place | undefined {
  const t = tokens[end];
  if (!t || !t.cap || text.slice(tokens[end - 1].outerEnd, t.start) !== ', ') return undefined;
  return namedAfter(text, tokens, end, gaz, 'country');
}

/** A place of the kind named by the word at `end`, or by it and the next (a dateline in capitals too). */
function namedAfter(text: string, tokens: Token[], end: number, gaz: Gazetteer, kind: PlaceKind): Place | undefined {
  const t = tokens[end];
  const w = titleCase(t);
  for (const surface of [
    w,
    tokens[end + 1] && adjacent(text, t, tokens[end + 1]) ? `${w} ${titleCase(tokens[end + 1])}` : '',
  ]) {
    const found = surface ? gaz.lookup(surface)?.find((p) => p.kind === kind) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The place a name means (`state`: the state named right after it, see `stateAfter`). */
function choose(text: string, tokens: Token[], hit: Hit, gaz: Gazetteer, state: Place | undefined): Place | undefined {
  const prev = tokens[hit.start - 1];
  let cands = hit.candidates;
  if (state) {
    const inState = cands.find((p) => p.admin === state.admin && p.kind !== 'state');
    if (inState) return inState;
  } else if (cands.length > 1 && cands[0].kind !== 'country') {
    // "Manchester, England": a place of the country named after it, however small beside a namesake elsewhere
    // ("Virginia, United States" is the state; "WASHINGTON, UNITED STATES" the capital)
    const country = countryAfter(text, tokens, hit.end, gaz);
    const ofIt = country ? cands.filter((p) => p.country === country.country) : [];
    const inCountry =
      ofIt.find((p) => p.kind === 'city' && !p.minor) ??
      (ofIt.some((p) => p.kind === 'state') ? undefined : ofIt.find((p) => p.kind === 'city'));
    if (inCountry) return inCountry;
  }
  // (most words name no minor place: the list as it is, not a copy, for each place named)
  if (cands.some((p) => p.minor)) cands = cands.filter((p) => !p.minor);
  if (!cands.length) return undefined;
  // "back in the States" is the country; "Support States Affected by Storm", "Gulf States" are not
  if (
    hit.end - hit.start === 1 &&
    NEEDS_THE.has(tokens[hit.start].text) &&
    (prev?.text.toLowerCase() !== 'the' || (tokens[hit.end]?.cap && adjacent(text, tokens[hit.start], tokens[hit.end])))
  )
    return undefined;
  if (
    hit.end - hit.start === 1 &&
    NEEDS_LOCATIVE.has(tokens[hit.start].text) &&
    !state &&
    !(prev && LOCATIVE_WORDS.has(prev.text.toLowerCase()))
  )
    return undefined;
  const top = cands[0];
  if (top.kind === 'state') {
    const surface = wordsOf(tokens, hit.start, hit.end);
    // "New York" is the city unless the text says state: "New York state", "state of New York", "upstate", a governor.
    // …and "Washington" is the capital city, not the state
    const city =
      gaz.lookup(`${surface} City`)?.find((p) => p.admin === top.admin && p.population >= 1_000_000) ??
      cands.find((p) => p.kind === 'city' && p.country === top.country && p.population >= 500_000);
    if (city && !stateContext(text, tokens, hit)) return city;
  }
  return top;
}

/** Words before a state's name that make it a part of the state: "upstate New York", "western Washington". */
const STATE_PART = new RegExp(
  String.raw`^(upstate|downstate|western|eastern|northern|southern|central|rural|northeastern|northwestern|` +
    String.raw`southeastern|southwestern)$`,
);

function stateContext(text: string, tokens: Token[], hit: Hit): boolean {
  const next = tokens[hit.end];
  if (next && /^(state|State)$/.test(next.text) && adjacent(text, tokens[hit.end - 1], next)) return true;
  const before = tokens.slice(Math.max(0, hit.start - 3), hit.start).map((t) => t.text.toLowerCase());
  if (before.join(' ').endsWith('state of') || before.includes('governor') || before.includes('gov.')) return true;
  // "upstate New York", "western Washington": a part of a state
  if (STATE_PART.test(before[before.length - 1] ?? '')) return true;
  const after = tokens.slice(hit.end, hit.end + 1).map((t) => t.text.toLowerCase());
  return after.includes('governor') || after.includes('gov.');
}

/** "Los Angeles Times", "University of California", "New York Police Department": part of an organisation's name. */
function insideOrgName(text: string, tokens: Token[], hit: Hit): boolean {
  let j = hit.end;
  let org = false;
  // (a wide place before a school's attack, "Connecticut School Shooting"; a town's name before a venue's word is
  // the venue's, "Manchester Arena Bombing", "Madison Square Garden Attack")
  const wide = hit.candidates.length > 0 && hit.candidates.every((p) => p.kind !== 'city' && p.kind !== 'district');
  while (
    j < tokens.length &&
    adjacent(text, tokens[j - 1], tokens[j]) &&
    (tokens[j].cap || CONNECTORS.has(tokens[j].text))
  ) {
    // ("China Opens New Hospital": a headline's verb ends the name)
    if (tokens[j].cap && !org && headlineVerb(text, tokens[j])) break;
    if (tokens[j].cap && ORG_WORDS.has(tokens[j].text)) org = true;
    // "Canada Oil Train Explosion", "Connecticut School Shooting": a name that ends in a disaster's or an
    // attack's word is the event's, and where it happened
    else if (
      org &&
      (EVENT_HEADS.has(tokens[j].text) || (wide && ATTACK_HEADS.has(tokens[j].text))) &&
      (!adjacentCap(text, tokens, j) || headlineVerb(text, tokens[j + 1]))
    )
      return false;
    j++;
  }
  if (org) return true;
  const p1 = tokens[hit.start - 1],
    p2 = tokens[hit.start - 2];
  if (
    p1 &&
    p2 &&
    CONNECTORS.has(p1.text) &&
    adjacent(text, p1, tokens[hit.start]) &&
    adjacent(text, p2, p1) &&
    ORG_WORDS.has(p2.text)
  )
    return true;
  return false;
}

/**
 * "Doctors Without Borders" ("Borders" a region of Scotland's name): a small town's name after a preposition written
 * with a capital, in a name's run, is the name's. (Not "Across": a heading's "Across Ukraine" writes it so.)
 */
function afterNamePreposition(text: string, tokens: Token[], hit: Hit): boolean {
  const p1 = tokens[hit.start - 1],
    p2 = tokens[hit.start - 2];
  return (
    !!p1 &&
    !!p2 &&
    NAME_PREPOSITIONS.has(p1.text) &&
    p2.cap &&
    adjacent(text, p2, p1) &&
    adjacent(text, p1, tokens[hit.start])
  );
}

/** Prepositions that a name writes with a capital: "Doctors Without Borders", "Reporters Without Borders". */
const NAME_PREPOSITIONS = new Set(['Without', 'Beyond', 'Against', 'Within']);

/** Words for an attack that end its name in a headline: "Connecticut School Shooting". */
const ATTACK_HEADS = new Set(['Shooting', 'Shootings', 'Attack', 'Attacks', 'Massacre', 'Bombing', 'Siege']);

/** Is a capitalised word right after token `j`? */
const adjacentCap = (text: string, tokens: Token[], j: number) =>
  !!tokens[j + 1]?.cap && adjacent(text, tokens[j], tokens[j + 1]);

/**
 * A small town's name on its own is a place only in a sentence position a place takes, and if it is not a given
 * name.
 */
function plausibleTown(text: string, tokens: Token[], hit: Hit): boolean {
  const prev = tokens[hit.start - 1];
  const locative = !!prev && LOCATIVE_WORDS.has(prev.text.toLowerCase());
  const single = hit.end - hit.start === 1;
  // "Hurricane Sandy", "Tropical Storm Allison": a word that heads an event's name, with the name after it
  const next = tokens[hit.end];
  if (single && EVENT_HEADS.has(tokens[hit.start].text) && next?.cap && adjacent(text, tokens[hit.start], next))
    return false;
  const w = tokens[hit.start].text;
  // "The August shooting", "in May": a month's or a day's name is the time, whatever town has it
  if (single && (MONTHS.has(w) || WEEKDAYS.has(w))) return false;
  if (single && (FIRST_NAMES.has(w) || NEEDS_LOCATIVE.has(w))) return locative;
  return locative || hit.start > 0 || !single;
}

/**
 * A one-word town's name opening its sentence, which `plausibleTown` refuses for its place alone ("Christchurch police
 * said", a headline's "Christchurch Death Toll Rises"): not a given name, a month's, a day's or an event's word.
 */
function opensSentence(text: string, tokens: Token[], hit: Hit): boolean {
  const w = tokens[hit.start].text;
  // (in a body, not the first word of a longer name: "Parkland Memorial Hospital said")
  const next = tokens[1];
  const headline = text.lastIndexOf('\n', tokens[0].start) < 0;
  return (
    hit.start === 0 &&
    hit.end === 1 &&
    (headline || !next?.cap || !adjacent(text, tokens[0], next)) &&
    !FIRST_NAMES.has(w) &&
    !NEEDS_LOCATIVE.has(w) &&
    !MONTHS.has(w) &&
    !WEEKDAYS.has(w) &&
    !EVENT_HEADS.has(w)
  );
}

/** The countries of the places an article names (but for those `skip` leaves out). */
function countriesNamed(
  places: PlaceMention[],
  gaz: Gazetteer,
  skip: (p: PlaceMention) => boolean = () => false,
  times = 1,
): Set<string> {
  const out = new Set<string>();
  const seen = times > 1 ? new Map<string, number>() : undefined;
  for (const p of places) {
    const place = skip(p) ? undefined : gaz.byId.get(p.placeId);
    if (!place) continue;
    const n = seen ? (seen.get(place.country) ?? 0) + 1 : 1;
    seen?.set(place.country, n);
    if (n >= times) out.add(place.country);
  }
  return out;
}

/**
 * "East Palestine": a compass word and a country's name are a town in an article that never names the country
 * alone; elsewhere they are the country, read from its own name ("South Lebanon" beside "Lebanon"), and so are
 * a sea's ("the South China Sea").
 */
function compassTown(text: string, mention: PlaceMention, country: Place, named: Set<string>): void {
  if (!named.has(country.id) && !SEA_AFTER.test(text.slice(mention.end, mention.end + 8))) return;
  mention.start += mention.text.indexOf(' ') + 1;
  mention.text = text.slice(mention.start, mention.end);
  mention.placeId = country.id;
  named.add(country.id);
}
const SEA_AFTER = /^ (?:Sea|Ocean|Gulf|Strait)\b/;

/** Inhabitants from which a US city named bare is that city, whatever state the article names. */
const FAMOUS_CITY = 300_000;

/**
 * The US states an article names, each with how often, and how often right after each name ("Newark, Delaware"),
 * with the first offset of those: read once for all the article's contested cities (an article may hold
 * thousands).
 */
interface StatesNamed {
  count: Map<string, number>;
  /** name → state → [how often right after that name, the first such state's offset]. */
  after: Map<string, Map<string, [number, number]>>;
}

function statesNamedIn(text: string, places: PlaceMention[], gaz: Gazetteer): StatesNamed {
  const count = new Map<string, number>();
  const after = new Map<string, Map<string, [number, number]>>();
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    if (!p.placeId.startsWith('state:US-')) continue;
    // (a state the article names, not a city's: "Newark" beside "the New York area" is New Jersey's)
    const place = gaz.byId.get(p.placeId);
    if (place?.kind !== 'state' || !place.admin) continue;
    count.set(place.admin, (count.get(place.admin) ?? 0) + 1);
    const prev = places[i - 1];
    if (!prev || prev.end !== p.start - 2 || text.charCodeAt(prev.end) !== 44 /* , */) continue;
    let byState = after.get(prev.text);
    if (!byState) after.set(prev.text, (byState = new Map()));
    const seen = byState.get(place.admin);
    if (seen) seen[0]++;
    else byState.set(place.admin, [1, p.start]);
  }
  return { count, after };
}

/**
 * The small town of a state the article names, for a US city's name where the article does not name the city's
 * state ("Paradise" in a story of California, not Nevada's). A state named right after the same name ("Newark,
 * Delaware") tells of that mention and those after it only: "in Newark … a second Newark, Delaware, raid"
 * ("ARLINGTON, Va." in a story that names Tennessee is Virginia's).
 */
function townOfStateNamed(
  mention: PlaceMention,
  chosen: Place,
  candidates: Place[],
  states: StatesNamed,
): Place | undefined {
  // (a city of a few hundred thousand or more is itself, named bare anywhere: "Boston", "Portland")
  if (chosen.population >= FAMOUS_CITY) return undefined;
  const after = states.after.get(mention.text);
  const named = (admin: string | undefined) => {
    const n = admin === undefined ? 0 : (states.count.get(admin) ?? 0);
    const same = after?.get(admin!);
    // (named elsewhere than right after this name, or right after it at this mention or before it)
    return n > 0 && (!same || n > same[0] || same[1] <= mention.end + 2);
  };
  if (named(chosen.admin)) return undefined;
  return candidates.find((p) => p.minor && p.country === 'US' && named(p.admin));
}

/**
 * "Atlanta, Georgia … Georgia Gov. Brian Kemp … Across Georgia": where an article names a place of a US state
 * that has a country's name, lists the name among US states ("in Alabama, Florida, Georgia and Tennessee"), or
 * names two other US states or cities and no place of the country, the name is the state's, wherever the article
 * writes it (but where it lists the name among countries: "Georgia and Ukraine").
 */
export function statesOfTheirPlaces(text: string, places: PlaceMention[], gaz: Gazetteer): void {
  let admins: Set<string | undefined> | undefined;
  let states: Set<string> | undefined;
  let listed: Set<string> | undefined;
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    if (!p.placeId.startsWith('country:')) continue;
    const state = gaz.lookup(p.text)?.find((q) => q.kind === 'state');
    // (a territory the gazetteer holds as both is one place however named: "Puerto Rico")
    if (!state || US_TERRITORIES.has(state.admin ?? '')) continue;
    admins ??= new Set(
      places.map((q) => gaz.byId.get(q.placeId)).flatMap((q) => (q?.country === 'US' && q.admin ? [q.admin] : [])),
    );
    states ??= new Set(places.filter((q) => /^(?:state|city):US-/.test(q.placeId)).map((q) => q.placeId));
    const country = p.placeId.slice('country:'.length);
    const ofCountry = () => places.some((q) => q !== p && gaz.byId.get(q.placeId)?.country === country);
    if (
      admins.has(state.admin) ||
      listedWith(text, places, i, 'state:US-') ||
      (states.size >= 2 && !listedWith(text, places, i, 'country:') && !ofCountry())
    )
      (listed ??= new Set()).add(p.text);
  }
  if (!listed) return;
  for (const p of places)
    if (p.placeId.startsWith('country:') && listed.has(p.text))
      p.placeId = gaz.lookup(p.text)!.find((q) => q.kind === 'state')!.id;
}

/** US territories, which the gazetteer holds as countries and as states. */
const US_TERRITORIES = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);

/**
 * Whether a place next to the i-th, a list's comma or "and" between them, has an id that starts so (", and" only
 * after a comma's list: "Florida, Alabama, and Georgia"; not "in Alabama, and Georgia officials reported").
 */
function listedWith(text: string, places: PlaceMention[], i: number, prefix: string): boolean {
  const is = (k: number) => places[k]?.placeId.startsWith(prefix) === true;
  const gap = (k: number) => (k > 0 && k < places.length ? text.slice(places[k - 1].end, places[k].start) : '');
  const joins = (k: number) => {
    const g = gap(k);
    return g === ', ' || g === ' and ' || g === ' or ' || ((g === ', and ' || g === ', or ') && gap(k - 1) === ', ');
  };
  return (is(i - 1) && joins(i)) || (is(i + 1) && joins(i + 1));
}

/** An area abroad named with its kind ("Punjab Province", "Miyagi Prefecture"), and its name. */
export const AREA_ABROAD = /^county:(.+) (?:Prefecture|Province|District|Region|Governorate|Oblast|Island|State)$/;

/**
 * The name a place no gazetteer holds goes by alone, once named with its kind: "Maui" for "Maui Island",
 * "Al Haouz" for "Al Haouz Province", a town's own name ("the town of Lac-Megantic"). Undefined for others.
 */
export function shortNameOf(placeId: string): string | undefined {
  const name = placeId.startsWith('town:')
    ? placeId.slice(5)
    : placeId.startsWith('county:')
      ? AREA_ABROAD.exec(placeId)?.[1]
      : undefined;
  // ("Western province": its word alone is the adjective, "Western governments")
  return name === undefined || NOT_AREA_NAMES.has(name) ? undefined : name;
}

/** Whether a place's one-word short name names it only where a place goes ("on Maui", not "Long said"). */
export const bareOnlyWherePlaceGoes = (placeId: string) => placeId.endsWith(' Island') || placeId.startsWith('town:');

/**
 * "Punjab Province" is the region "Punjab" where the gazetteer knows one of that name: of a country the article
 * names, else the only one. One place, however an article writes it.
 */
export function regionsOfAreas(places: PlaceMention[], gaz: Gazetteer): void {
  let countries: Set<string> | undefined;
  for (const p of places) {
    const m = p.placeId.startsWith('county:') ? AREA_ABROAD.exec(p.placeId) : null;
    const regions = m && gaz.lookup(m[1])?.filter((r) => r.kind === 'region');
    if (!regions?.length) continue;
    countries ??= countriesNamed(places, gaz);
    const region = regions.find((r) => countries!.has(r.country)) ?? (regions.length === 1 ? regions[0] : undefined);
    if (region) p.placeId = region.id;
  }
}

/**
 * "Victoria" is the Australian state, not the capital of the Seychelles, in an article that names Australia and
 * not the Seychelles; "Ontario" the Canadian province where Canada is named and the United States is not. And
 * "Paradise" is California's town, not Nevada's city, in an article that names California and not Nevada.
 */
export function preferRegions(text: string, contested: Contested[], places: PlaceMention[], gaz: Gazetteer): void {
  // (sets, each made once: an article may hold thousands of contested places)
  const taken = new Set(contested.map((c) => c.mention));
  const countries = countriesNamed(places, gaz, (p) => taken.has(p));
  let ids: Set<string> | undefined;
  let states: StatesNamed | undefined;
  let usNamed: boolean | undefined;
  let named: Set<string> | undefined;
  // "Manchester, England" once, then "Manchester": the place abroad the article qualified, wherever it names it
  // bare (two namesakes of one country may both be meant: "Newark" and "a second Newark, Delaware, raid")
  let qualified: Map<string, string> | undefined;
  for (const { mention, candidates } of contested) {
    const first = candidates.find((p) => !p.minor);
    const chosen = mention.placeId.startsWith('town:') ? undefined : gaz.byId.get(mention.placeId);
    if (chosen && first && chosen.country !== first.country)
      (qualified ??= new Map()).set(mention.text.toLowerCase(), chosen.id);
  }
  // ("TRIPOLI, Lebanon — Clashes in Tripoli …": the bare mentions not weighed here too; but not one qualified
  // otherwise, "Manchester, New Hampshire")
  if (qualified)
    for (const p of places)
      if (!taken.has(p) && text.charCodeAt(p.end) !== 44 /* , */) {
        const once = qualified.get(p.text.toLowerCase());
        if (once) p.placeId = once;
      }
  for (const { mention, candidates } of contested) {
    const once = text.charCodeAt(mention.end) === 44 ? undefined : qualified?.get(mention.text.toLowerCase());
    if (once) {
      mention.placeId = once;
      continue;
    }
    if (mention.placeId.startsWith('town:')) {
      compassTown(text, mention, candidates[0], (ids ??= new Set(places.map((p) => p.placeId))));
      continue;
    }
    const chosen = gaz.byId.get(mention.placeId);
    if (chosen?.kind === 'city' && chosen.country === 'US') {
      const town = townOfStateNamed(mention, chosen, candidates, (states ??= statesNamedIn(text, places, gaz)));
      if (town) {
        mention.placeId = town.id;
        continue;
      }
    }
    if (countries.has(chosen?.country ?? '')) continue;
    // a region of a country the article names where it names not the chosen place's; a city abroad of a country
    // it names twice, where it names no place in the United States ("Manchester" beside "London" and "Britain":
    // England's, not New Hampshire's)
    const region =
      candidates.find((p) => p.kind === 'region' && countries.has(p.country)) ??
      (chosen?.country === 'US' && !(usNamed ??= namesTheUS(places, gaz, taken))
        ? candidates.find(
            (p) =>
              p.kind === 'city' &&
              // (twice: not "the victim had moved from Spain" in a local police story)
              (named ??= countriesNamed(places, gaz, (q) => taken.has(q), 2)).has(p.country),
          )
        : undefined);
    if (region) mention.placeId = region.id;
  }
}

/**
 * Does the article name a place in the United States but the contested ones, or a county named as American ones
 * are ("Ventura County", "Orleans Parish")?
 */
function namesTheUS(places: PlaceMention[], gaz: Gazetteer, contested: Set<PlaceMention>): boolean {
  return places.some(
    (p) => !contested.has(p) && (gaz.byId.get(p.placeId)?.country === 'US' || / (?:County|Parish)$/.test(p.placeId)),
  );
}

/**
 * Small towns of the states the article names ("Texas", "Houston, Texas") become places, and so do
 * towns abroad in the countries it names ("Copiapó" in an article that names Chile or Santiago), but for a
 * word a person's name has taken: a town's whole name read as a full name is the town, and its person goes.
 */
export function resolveTowns(
  text: string,
  towns: TownHit[],
  places: PlaceMention[],
  people: PersonMention[],
  gaz: Gazetteer,
): PlaceMention[] {
  const states = new Set<string>();
  const countries = new Set<string>();
  // (a country its people's word names is named too for its regions: "Burmese officials" and "Rakhine State"; not
  // for its towns, whose names are more often words: "Palestinian youths … in the Old City"; read only where a
  // region is left to place)
  const byPeople = new Map<string, boolean>();
  const named = (country: string) => {
    let is = byPeople.get(country);
    if (is === undefined) byPeople.set(country, (is = namesItsPeople(text, country, gaz)));
    return is;
  };
  for (const p of places) {
    const place = gaz.byId.get(p.placeId);
    if (place?.country === 'US' && place.admin) states.add(place.admin);
    else if (place) countries.add(place.country);
  }
  const out: PlaceMention[] = [];
  // (a town opening its sentence once the others are read: it is one where the article names it elsewhere)
  // (…and no one's name there: "Hutchinson Signs Budget" where Gov. Asa Hutchinson is named, and so is the town)
  const elsewhere = (t: TownHit, id: string) =>
    (places.some((p) => p.placeId === id && p.text === t.text) ||
      out.some((p) => p.placeId === id && p.text === t.text)) &&
    !people.some((p) => p.surname === t.text || p.first === t.text || p.name === t.text);
  for (const t of [...towns.filter((t) => !t.opening), ...towns.filter((t) => t.opening)]) {
    const town = t.candidates.find((p) =>
      p.country === 'US'
        ? !!p.admin && states.has(p.admin)
        : countries.has(p.country) || (p.kind === 'region' && named(p.country)),
    );
    if (!town || (t.opening && !elsewhere(t, town.id))) continue;
    const over = people.findIndex((s) => s.start < t.end && t.start < s.end);
    if (over >= 0) {
      // "to Abilene and Del Rio" in an article that names Texas: the town's whole name, not a person's read from a
      // given name ("Del") and a word (the person is dropped: `people` is the article's own list)
      const p = people[over];
      if (p.evidence !== 'full-name' || p.role || p.start !== t.start || p.end !== t.end || !t.text.includes(' '))
        continue;
      // …where a place goes ("to Abilene and Del Rio"), not where a person does ("Wade Hampton, 62, a teacher")
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 24), t.start));
      const placed =
        (!!before && LOCATIVE_WORDS.has(before[1].toLowerCase())) ||
        places.some((q) => q.end <= t.start && /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(q.end, t.start)));
      if (!placed || /^,\s*(?:\d|an?\s|the\s)/.test(text.slice(t.end, t.end + 8))) continue;
      people.splice(over, 1);
    }
    out.push({ kind: 'place', start: t.start, end: t.end, text: t.text, placeId: town.id });
  }
  return out;
}
