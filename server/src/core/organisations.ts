import { gazetteer, type Gazetteer } from './gazetteer';
import { FUNCTION_WORDS, isTitleWord, MONTHS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS } from './lexicon';
import { editDistance, FIRST_NAMES } from './names';
import { headlineVerb } from './people';
import { fold, ORG_FACTS_SHIFT, slug, WORD_FACTS } from './text';
import { inSpeakerLabel, memoFactsOf, type Token } from './tokens';
import type { OrganisationMention } from './types';

/**
 * Organisations in one sentence: agencies, companies, parties, outlets, named by a capitalised run that
 * ends in (or holds) a word for a body of people ("Federal Emergency Management Agency", "Boston Police
 * Department", "United Nations"), by an acronym ("FEMA"), or defined with their acronym ("… (ICE)").
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Words for a body of people: a capitalised run holding one names an organisation. */
const ORGANISATION_HEADS = set(`
  Department Dept Agency Administration Committee Commission Council Court Congress Senate Assembly Legislature
  Parliament Cabinet Ministry Bureau Office Service Services Enforcement Security Police Patrol Guard Army Navy
  Marines Corps Force Forces Command Party Union Federation League Association Society Foundation Institute
  Institution University College School Schools Academy Hospital Clinic Church Network Radio Television News Times
  Post Tribune Journal Herald Gazette Chronicle Globe Telegraph Guardian Observer Inquirer Magazine Wire Exchange
  Bank Fund Trust Authority Board Organization Organisation Nations Cross Crescent Coalition Alliance Center Centers
  Centre Centres Division Unit Laboratory Laboratories Cartel Gang Brigade Tribunal Workers Reserve Sheriff
  Directorate Secretariat Mission Agencies Team Club Observatory Survey Conservancy Government Press`);

/** Last words of company names: "Kessler-Brandt Automotive", "Evergreen Power", "Holston Bridge & Steel". */
const COMPANY_SUFFIXES = set(`
  Corp Corporation Inc Company Co Ltd LLC Group Holdings Industries Automotive Motors Airlines Airways Railway
  Railroad Energy Power Electric Utilities Petroleum Mining Steel Engineering Construction Insurance
  Pharmaceuticals Technologies Systems Media Communications Foods Brands Enterprises Healthcare Logistics Capital`);

const HEADS = new Set([...ORGANISATION_HEADS, ...COMPANY_SUFFIXES]);

/** Words that make a run the name of a law, an event or a programme, never a body ("Clean Water Act"). */
const NOT_ORGANISATION = set(`
  Act Law Bill Amendment Code Order Prize Award Awards Festival Conference Summit Games Cup Championship Series
  Report Index Campaign Initiative Operation Operations Project Spill Day Week`);

/** "World Trade Center", "Disaster Recovery Centers": buildings and sites named "Center". */
const FACILITY_CENTERS = set(`
  Trade Recovery Shopping Convention Distribution Evacuation Visitor Visitors Call Data Fitness Aquatic Civic
  Community Senior Detention Processing Transportation`);

/** Words after a body's name that make the whole a site: "Palo Seco Power Plant", "Academy Street". */
const FACILITY_AFTER = set(`
  Plant Station Building Tower Towers Complex Site Mine Dam Bridge Street Avenue Road Boulevard Drive Lane Park
  Square Stadium Arena Hall Airport Terminal Port Field Campus`);

/** Words a name opens with that are not dropped as sentence openers: "Federal Emergency …", "National …". */
const NAME_OPENERS = set(`Federal State National Local Public Private`);

/** Prepositions between a person or a title and a body: "Sgt. Luis Gutierrez of the Greenville Police". */
const BEFORE_BODY = set(`of for at with from to`);

/** Lower-case words inside an organisation's name: "Department of Homeland Security", "Doctors Without Borders". */
const JOINERS = set(`of and for the on de du des la le &`);

/** Bodies named by one word. */
const LONE_BODIES = set(`Congress Senate Parliament Interpol Reuters Bloomberg Navy Army Marines Pentagon`);

/** All-capital words that are not organisations: units, time zones, vessel prefixes, table words. */
const NOT_ACRONYMS = set(`
  US USA UK EU UAE CEO CFO COO CTO GDP TV AM FM PM ID OK DNA HIV AIDS COVID PTSD NOTE UTC GMT EST EDT PST PDT CST
  CDT MST MDT JST CET CEST BST IST AEST HST AKST AKDT HDT ET PT CT MPH II III IV VI VII VIII IX XI XII MVP FAQ RIP
  USD EUR SUV SUVs ATV DIY LGBT LGBTQ BREAKING UPDATE UPDATED RELATED SHARE WATCH LIVE PHOTOS VIDEO OPINION
  ANALYSIS EXCLUSIVE NEW A I SOS GPS PDF URL CCTV ICU ER RV IQ NB PS AKA TBD ASAP FYI TOTAL SUBTOTAL USNS USS HMS
  NOAAS USCGC MV N S E W NE NW SE SW NNE ENE ESE SSE SSW WSW WNW NNW TEL FAX`);

const STRIP_LEADING = set(`The A An`);

/** "FEMA", "U.N.", "DoD", "AT&T", "TWCs", "MS-13". */
const ACRONYM = /^(?:\p{Lu}{2,6}s?|\p{Lu}\p{Ll}\p{Lu}|\p{Lu}&\p{Lu}|(?:\p{Lu}\.){2,4}|\p{Lu}{2,4}-\d{1,3})$/u;
const isAcronymWord = (w: string) => ACRONYM.test(w) && !/^\p{Lu}s$/u.test(w);

/** Could this word be an acronym at all (before any pattern): capitals, "DoD", "U.N.". */
const mayBeAcronym = (t: Token) => {
  if (t.allCaps) return true;
  if (!t.cap) return false;
  // "TWCs": a second capital; "U.N.": capitals with periods; "DoD": a capital at both ends of three letters
  const w = t.text;
  // (no read past the word's end: it would cost the optimised code of its callers)
  const upper = (i: number) => {
    const c = i < w.length ? w.charCodeAt(i) : 0;
    return c >= 65 && c <= 90;
  };
  return upper(1) || (w.length === 3 && upper(2)) || (w.length > 2 && w.charCodeAt(1) === 46 /* . */ && upper(2));
};

/**
 * Facts about a word, remembered by its text (and the gazetteer): every sentence asks them of the same words again,
 * and each takes several table probes or a pattern.
 */
const HEAD = 1, // a word for a body of people, or a company's last word
  TITLE = 2, // a title ("Mayor", "Sen.")
  BREAKS = 4, // a title that is no body's word: it ends a run ("ICE Director Todd Lyons")
  LEADING = 8, // never the first word of a name: "The", a month, a weekday, a title, "acting", "In-depth"
  OPENING_WORD = 16, // a function word that opens sentences, not names ("In", but not "Federal")
  ACRONYM_WORD = 32, // spelled as an acronym of a body, and no place ("FEMA", not "US", "LIMA" or "NY")
  LED_BY = 64; // an acronym before a hyphen: "FEMA-led"
/** The facts above are known (they are worked out all at once). */
const KNOWN = 128;
/** Facts of the words of the sentence being read (one sentence at a time: no call nests in another). */
let scratch = new Int32Array(256);

/**
 * A capitalised token's facts, remembered by its word for the bundled gazetteer (see `WORD_FACTS`); for
 * another (only tests make one) they are worked out each time.
 */
function tokenFacts(t: Token, gaz: Gazetteer): number {
  if (gaz !== gazetteer()) return readFacts(t.text, gaz);
  let f = (memoFactsOf(t) >>> ORG_FACTS_SHIFT) & 0xff;
  if (!(f & KNOWN)) {
    f = KNOWN | readFacts(t.text, gaz);
    const bits = f << ORG_FACTS_SHIFT;
    WORD_FACTS.set(t.text, (WORD_FACTS.get(t.text) ?? 0) | bits);
    t.facts |= bits;
  }
  return f & ~KNOWN;
}

function readFacts(w: string, gaz: Gazetteer): number {
  let f = 0;
  if (HEADS.has(w)) f |= HEAD;
  if (isTitleWord(w)) f |= f & HEAD ? TITLE : TITLE | BREAKS;
  if (
    f & BREAKS ||
    STRIP_LEADING.has(w) ||
    MONTHS.has(w) ||
    WEEKDAYS.has(w) ||
    TITLE_MODIFIERS.has(w.toLowerCase()) ||
    (w.includes('-') && FUNCTION_WORDS.has(w.split('-')[0]))
  )
    f |= LEADING;
  if (FUNCTION_WORDS.has(w) && !NAME_OPENERS.has(w)) f |= OPENING_WORD;
  if (isAcronymWord(w) && !NOT_ACRONYMS.has(w.replace(/\./g, ''))) {
    // a dateline city in capitals ("LIMA —"), a state code, a country's letters: places, not organisations
    const title = w.charAt(0) + w.slice(1).toLowerCase();
    // …and a dateline's date in capitals ("DHAKA, APRIL 24")
    const dated = MONTHS.has(title) || WEEKDAYS.has(title);
    if (!dated && !gaz.postalCode(w) && !gaz.lookup(w)?.length && !gaz.lookup(title)?.some((p) => !p.minor))
      f |= ACRONYM_WORD;
  }
  if (w.includes('-')) {
    const m = /^(\p{Lu}{2,6})-\p{Ll}/u.exec(w);
    if (m && !NOT_ACRONYMS.has(m[1]) && !gaz.postalCode(m[1])) f |= LED_BY;
  }
  return f;
}

/** Is this word an acronym that can name an organisation here? */
function acronymHere(t: Token, f: number, gaz: Gazetteer, near?: Token[]): boolean {
  // (the word's own facts `f` first: they are remembered, and most words fail them)
  if (!(f & ACRONYM_WORD) || !mayBeAcronym(t)) return false;
  const w = t.text;
  // "SAN JUAN, Puerto Rico —", "NEW YORK —": a place in capitals; "P.O. Box 10055": an address
  return !near?.some(
    (n) =>
      (n.text === 'Box' && n.start > t.start) ||
      (n.allCaps && gaz.lookup(titleCase(`${n.start < t.start ? n.text + ' ' + w : w + ' ' + n.text}`))?.length),
  );
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());

/** The acronym a written acronym stands as: "TWCs" → "TWC", "U.N." → "UN". */
function bareAcronym(w: string): string {
  return w.replace(/\./g, '').replace(/(?<=\p{Lu})s$/u, '');
}

/** The letters of a name's words: "Federal Emergency Management Agency" → "FEMA"; "US", "U.S." count whole. */
function initials(name: string, skip: Set<string> = JOINERS): string {
  // (a loop, not array methods: see `measureKey`)
  let out = '';
  for (const w of name.split(/\s+/)) {
    if (!w || skip.has(w)) continue;
    const bare = w.replace(/\./g, '');
    out += /^\p{Lu}{2,3}$/u.test(bare) && w !== bare + '.' ? bare : w.replace(/[^\p{L}]/gu, '').charAt(0);
  }
  return out.toUpperCase();
}

/** JOINERS.has of a word (none is longer than three letters: longer words are not looked up). */
const isJoiner = (t: Token) => t.text.length <= 3 && JOINERS.has(t.text);

const NO_WORDS = new Set<string>();
const ARTICLES = set(`the and &`);

/**
 * Does the acronym stand for the name? "FEMA", and also "DOI" (Department of the Interior: "of" counts),
 * "USAID" (U.S. Agency for International Development: every word counts), "CSB" (U.S. Chemical Safety
 * Board: the country left out), "TWC" (… Tsunami Warning Centers: the last words of a longer name).
 */
function standsFor(acronym: string, name: string): boolean {
  const a = bareAcronym(acronym).toUpperCase();
  if (a.length < 2) return false;
  const bare = name.replace(/^(?:U\.S\.|US|United States)\s+/, '');
  for (const n of bare === name ? [name] : [name, bare])
    for (const skip of [JOINERS, NO_WORDS, ARTICLES]) {
      const i = initials(n, skip);
      if (i === a || (a.length >= 3 && i.endsWith(a) && /^\p{Lu}/u.test(n.split(' ').slice(-a.length)[0] ?? '')))
        return true;
    }
  return false;
}

/** Organisations in the tokens of one sentence; `shouted` for a line in capitals (a table, a banner). */
export function findOrganisations(
  text: string,
  tokens: Token[],
  gaz: Gazetteer,
  shouted = false,
): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  // the facts of each capitalised word, read once (lower-case words have none: those of a run are joiners)
  if (scratch.length <= tokens.length) scratch = new Int32Array(tokens.length * 2);
  const fs = scratch;
  let led = false;
  for (let k = 0; k < tokens.length; k++) {
    fs[k] = tokens[k].cap ? tokenFacts(tokens[k], gaz) : 0;
    if (fs[k] & LED_BY) led = true;
  }
  fs[tokens.length] = 0; // (the word after the last)
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.cap) {
      i++;
      continue;
    }
    // a run of capitalised words, joined by "of", "and", "for" …, across a possessive before a head
    // ("Comal County Sheriff's Office"), ended by a title word ("ICE Director Todd Lyons")
    let j = i + 1;
    // most runs are people's names: no body word, no acronym — decided as the run is read
    let maybe = (fs[i] & HEAD) !== 0 || mayBeAcronym(t);
    while (j < tokens.length) {
      const prev = tokens[j - 1];
      const w = tokens[j];
      if (w.start !== prev.outerEnd + 1 || text.charCodeAt(prev.outerEnd) !== 32) break;
      if (prev.possessive && !(fs[j] & HEAD)) break;
      if (fs[j] & BREAKS) break;
      if (w.cap) {
        maybe ||= (fs[j] & HEAD) !== 0 || mayBeAcronym(w);
        j++;
        continue;
      }
      let k = j;
      while (k < tokens.length && isJoiner(tokens[k]) && k - j < 2) k++;
      const next = tokens[k];
      if (
        k > j &&
        next?.cap &&
        next.start === tokens[k - 1].outerEnd + 1 &&
        !WEEKDAYS.has(next.text) &&
        !MONTHS.has(next.text)
      ) {
        maybe ||= (fs[k] & HEAD) !== 0 || mayBeAcronym(next);
        j = k + 1;
        continue;
      }
      break;
    }
    // "the 320th Special Tactics Squadron", "the 18th Wing": a unit, named with its number
    const unit = i > 0 ? unitEnd(text, tokens, i, j) : -1;
    if (unit >= 0) {
      push(text, tokens, i - 1, unit + 1, out, false);
      i = j;
      continue;
    }
    // "Deep Ocean Reporting (DORT)": a name with its acronym after it
    const after = tokens[j - 1].outerEnd;
    if (!maybe && after < text.length)
      maybe = text.charCodeAt(after) === 40 || (after + 1 < text.length && text.charCodeAt(after + 1) === 40);
    if (!maybe) {
      i = j;
      continue;
    }
    // (a model's designation ends the run's names: "Two UH-60 Black Hawk helicopters")
    let end = i;
    while (end < j && !designation(text, tokens, fs, end, j)) end++;
    if (end > i) for (const [a, b] of parts(tokens, fs, i, end, gaz)) found(text, tokens, fs, a, b, gaz, out);
    i = j;
  }
  // "the FEMA-led effort": the acronym before a hyphen
  for (let k = 0; led && k < tokens.length; k++) {
    if (!(fs[k] & LED_BY)) continue;
    const t = tokens[k];
    const a = /^\p{Lu}+/u.exec(t.text)![0];
    out.push({ kind: 'organisation', start: t.start, end: t.start + a.length, text: a, acronym: a });
  }
  // "(ICE)" after its name was taken with the name: once
  const unique = out.length < 2 ? out : out.filter((m, k) => !out.some((o, l) => l < k && o.start === m.start));
  if (shouted) for (const m of unique) m.shouted = true;
  return unique;
}

/** The last words of a military unit's name after its number: "18th Wing", "82nd Airborne Division". */
const UNIT_WORDS = set(`
  Wing Squadron Group Battalion Regiment Brigade Division Fleet Company Corps Command Battery Detachment Unit`);
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;

/**
 * Where the run [i, j) ends a unit's name if a number in its order is written right before it ("320th Special
 * Tactics Squadron"): at its last unit word; -1 where it names no unit. (Each unit has its own number: the 31st
 * Rescue Squadron is not the 33rd.)
 */
function unitEnd(text: string, tokens: Token[], i: number, j: number): number {
  const n = tokens[i - 1];
  // (a digit first: most runs follow a word)
  const c = n.text.charCodeAt(0);
  if (c < 48 || c > 57 || !ORDINAL.test(n.text) || tokens[i].start !== n.outerEnd + 1) return -1;
  if (text.charCodeAt(n.outerEnd) !== 32) return -1;
  let end = -1;
  for (let k = i; k < j; k++) if (tokens[k].cap && UNIT_WORDS.has(tokens[k].text)) end = k;
  // ("the 3rd Division", "the 2nd Group" of a league or a tournament: such a word alone after the number names no
  // unit)
  return end === i && SHARED_UNIT_WORDS.has(tokens[i].text) ? -1 : end;
}

/** Unit words a league, a tournament or a firm uses too. */
const SHARED_UNIT_WORDS = set(`Group Division Company Unit Command`);

/** Letters and a number that name a model, a rating or a flight: "UH-60", "EF-5", "MH-17", "CH-53E". */
const DESIGNATION = /^\p{Lu}{1,4}-?\d{1,4}\p{Lu}?$/u;
/** The things such a designation names. */
const DESIGNATED = new RegExp(
  String.raw`^\s+(?:helicopters?|aircraft|planes?|airplanes?|airliners?|airlifters?|jets?|transports?|` +
    String.raw`satellites?|tornado(?:es)?|twisters?|missiles?|rockets?|drones?|tanks?|trucks?|vehicles?|` +
    String.raw`launchers?|fighters?|bombers?|gunships?|engines?|reactors?|systems?|cargo)\b`,
);

/**
 * A model, a rating or a flight, not a body: "two UH-60 Black Hawk helicopters", "an EF 5 tornado", "LC-130
 * Hercules", "Flight MH-17" (but "MS-13 members", "KGS-7 crews" are bodies). The word at `a`, in a run that ends
 * before `b`, is the designation, written whole or as letters and a number, and the run goes on to a model's
 * name, or the thing it names follows, or "Flight" comes before it.
 */
function designation(text: string, tokens: Token[], fs: Int32Array, a: number, b: number): boolean {
  const t = tokens[a];
  // (only a word that may be an acronym may be a designation taken for a body)
  if (!(fs[a] & ACRONYM_WORD)) return false;
  const c = text.charCodeAt(t.outerEnd + 1);
  if (!/\d/.test(t.text) && !(c >= 48 && c <= 57)) return false;
  let end = t.outerEnd;
  if (!DESIGNATION.test(t.text)) {
    const n = /^ \d{1,4}\b/.exec(text.slice(end, end + 6));
    if (!n || !/^\p{Lu}{1,4}$/u.test(t.text)) return false;
    end += n[0].length;
  }
  if (/\bflight\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  // a model's name right after it, in title case ("Black Hawk", "Hercules"), which names no body
  const next = tokens[a + 1];
  if (end === t.outerEnd && a + 1 < b && next.cap && !next.allCaps && next.start === end + 1 && !(fs[a + 1] & HEAD))
    return true;
  // the thing after it, or after the run it ends ("UH-60 and CH-47 helicopters")
  const after = b > a + 1 ? tokens[b - 1].outerEnd : end;
  return DESIGNATED.test(text.slice(after, after + 40));
}

/**
 * A run split where it joins two names: "the Department of Transportation and the Army Corps of Engineers",
 * "the World Food Program and International Organization for Migration" (but "Immigration and Customs
 * Enforcement" and "Centers for Disease Control and Prevention" are one name each).
 */
function parts(tokens: Token[], fs: Int32Array, a: number, b: number, gaz: Gazetteer): Array<[number, number]> {
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k].text !== 'and' && tokens[k].text !== '&') continue;
    if (!hasHead(fs, k + 1, b)) continue;
    const theAfter = tokens[k + 1].text === 'the';
    const split = hasHead(fs, a, k)
      ? // (what a department is "of" goes on past "and" when no body's own word follows: "Department of Health
        // and Human Services", "Ministry of Health and Family Welfare")
        theAfter ||
        fs[k - 1] & HEAD ||
        (tokens.slice(a, k).some(isJoined) && hasHead(fs, k + 1, b, (j) => FIELD_HEADS.has(tokens[j].text)))
      : // a person or a place before "and the" or before a body is no part of it: "Governor Green and the Hawaii
        // Housing Finance and Development Corporation", "Dr. Lori Moore-Merrell and U.S. Small Business
        // Administration" (but "Marine Safety and Security Team")
        theAfter || (personName(tokens, fs, a, k, gaz) && tokens.slice(k + 1, b).some((t) => BODY_HEADS.has(t.text)));
    if (split) return [[a, k], ...parts(tokens, fs, k + (theAfter ? 2 : 1), b, gaz)];
  }
  return [[a, b]];
}
const isJoined = (t: Token) => t.text === 'of' || t.text === 'for';
/** Words that end the name of a government's body ("Administration", not "Team"): what a person stands beside. */
const BODY_HEADS = set(`Department Agency Administration Commission Bureau Office Authority Organization Organisation
  Council Committee Board Ministry Service`);
/** Body words that may end what a department is of: "Health and Human Services", "Homeland Security". */
const FIELD_HEADS = new Set(['Services', 'Security', 'Enforcement', 'Affairs']);
/** "Administrator Samantha Power": a title, a given name and a company's word name a person, not a company. */
function titledPerson(tokens: Token[], from: number, end: number): boolean {
  const title = tokens[from - 1];
  return (
    end - from === 2 &&
    !!title &&
    TITLE_WORDS.has(title.text) &&
    FIRST_NAMES.has(tokens[from].text) &&
    COMPANY_SUFFIXES.has(tokens[end - 1].text)
  );
}

/**
 * A given name and another name from `a` (past titles) up to `k`: a person ("Lori Moore-Merrell"), not a place
 * named like one ("Florida Fish and Wildlife Conservation Commission", "Charlotte Water and Sewer Authority").
 */
function personName(tokens: Token[], fs: Int32Array, a: number, k: number, gaz: Gazetteer): boolean {
  while (a < k && fs[a] & LEADING) a++;
  return k - a >= 2 && FIRST_NAMES.has(tokens[a].text) && !gaz.lookup(tokens[a].text)?.some((p) => !p.minor);
}
/** Is there a body word among the words from `a` to `b`, but for those `unless` rules out? */
function hasHead(fs: Int32Array, a: number, b: number, unless?: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (fs[k] & HEAD && !unless?.(k)) return true;
  return false;
}

function found(
  text: string,
  tokens: Token[],
  fs: Int32Array,
  a0: number,
  b: number,
  gaz: Gazetteer,
  out: OrganisationMention[],
): void {
  let a = a0;
  let titled = false;
  // leading function words, months, days and titles are not part of a name
  while (a < b) {
    const f = fs[a];
    const next = tokens[a + 1]?.text ?? '';
    if (f & LEADING || (f & OPENING_WORD && !(fs[a + 1] & HEAD)) || (a > a0 && JOINERS.has(tokens[a].text))) {
      titled ||= (f & BREAKS) !== 0 && JOINERS.has(next);
      a++;
      continue;
    }
    break;
  }
  // trailing joiners belong to the next words
  while (b > a && JOINERS.has(tokens[b - 1].text)) b--;
  // the last body word ("… Police Department"), if any
  let lastHead = b - 1;
  while (lastHead >= a && !(fs[lastHead] & HEAD)) lastHead--;
  // "Luis Gutierrez of the Greenville Police Department", "Negotiators for Kessler-Brandt Automotive": the
  // body starts after the preposition when no body word comes before it
  for (let k = a + 1; k < b - 1; k++) {
    const f = fs[k - 1];
    if (f & HEAD || acronymHere(tokens[k - 1], f, gaz)) break;
    if (!BEFORE_BODY.has(tokens[k].text) || lastHead <= k) continue;
    // "Assistant to the President for Homeland Security": the office in a title, not a mention
    if (f & TITLE) titled = true;
    a = k + 1;
    while (a < b && JOINERS.has(tokens[a].text)) a++;
    break;
  }
  // an acronym inside a name ("Joint USAID Disaster Assistance Response Team"): a body of its own, and the
  // name goes on after it
  for (let k = a + 1; k < b - 1 && k < lastHead; k++)
    if (acronymHere(tokens[k], fs[k], gaz)) {
      a = k;
      break;
    }
  // an acronym before a name ("NOAA National Weather Service", "ICE agents"): a body of its own
  const lead = a < b && acronymHere(tokens[a], fs[a], gaz, around(tokens, a));
  if (lead) push(text, tokens, a, a + 1, out, true);
  const head = lastHead >= (lead ? a + 1 : a) ? lastHead : -1;
  let taken: [number, number] | undefined;
  // the part of a title: "Assistant to the President for Homeland Security" names an office, not a mention
  if (head >= 0 && !titled) {
    let from = lead ? a + 1 : a;
    // "FEMA and the U.S. Army Corps of Engineers"
    while (from < head && JOINERS.has(tokens[from].text)) from++;
    // "Commissioner Kevin McAleenan U.S. Customs and Border Protection": a title and a person's given name and
    // surname before a body's name are the person's
    let named = from;
    while (named < head && fs[named] & TITLE) named++;
    if (named > from && named + 2 < head && FIRST_NAMES.has(tokens[named].text) && !(fs[named + 1] & HEAD))
      from = named + 2;
    // the name ends at its head, unless it goes on through "of", "for" … ("Centers for Disease Control")
    let end = head + 1;
    if (end < b && JOINERS.has(tokens[end].text)) {
      end = b;
      // … up to a person's given name: "… and Counterterrorism John Brennan"
      for (let k = head + 1; k < b; k++)
        if (FIRST_NAMES.has(tokens[k].text) && k + 1 < tokens.length && tokens[k + 1].cap) {
          end = k;
          break;
        }
    }
    // a headline's verb says what a body does: "Bank of America Faces Lawsuit" ends before it; "China Opens New
    // Hospital, …" names no body
    let verb = -1;
    for (let k = from; k < end && verb < 0; k++) if (headlineVerb(text, tokens[k])) verb = k;
    if (verb > head) end = verb;
    const words = tokens.slice(from, end);
    // a lone word ("Police said") is a body only when it is a name ("Congress"); a company needs a word of
    // its own before "Steel" or "Power"
    const lone =
      (end - from === 1 && !LONE_BODIES.has(tokens[from].text)) ||
      (COMPANY_SUFFIXES.has(tokens[from].text) && !ORGANISATION_HEADS.has(tokens[from].text));

    const facility =
      (tokens[head].text.startsWith('Cent') && FACILITY_CENTERS.has(tokens[head - 1]?.text ?? '')) ||
      (end === head + 1 && end < b && FACILITY_AFTER.has(tokens[end].text));
    // (a law's or an event's word opens its name or follows the head: "Operation Safe City Task Force", "Homeland
    // Security Act"; between, it says what a body does: "Special Operations Group", "Campaign Finance Board")
    const lawOrEvent = words.some((t, k) => NOT_ORGANISATION.has(t.text) && (k === 0 || from + k > head));
    const headline = verb >= 0 && verb < head;
    if (!lone && !titledPerson(tokens, from, end) && !facility && !lawOrEvent && !headline && end > from) {
      push(text, tokens, from, end, out, false);
      taken = [from, end];
    }
  }
  // acronyms elsewhere in the run: "Secretary Noem and ICE leadership" (not a transcript's speaker: "MR. PRICE:")
  for (let k = a0; k < b; k++)
    if (
      mayBeAcronym(tokens[k]) &&
      (!taken || k < taken[0] || k >= taken[1]) &&
      !(lead && k === a) &&
      acronymHere(tokens[k], fs[k], gaz, around(tokens, k)) &&
      !inSpeakerLabel(text, tokens[k])
    )
      push(text, tokens, k, k + 1, out, true);
}

/** The words right beside a word, with one space between. */
function around(tokens: Token[], k: number): Token[] {
  const out: Token[] = [];
  if (k > 0 && tokens[k].start === tokens[k - 1].outerEnd + 1) out.push(tokens[k - 1]);
  if (k + 1 < tokens.length && tokens[k + 1].start === tokens[k].outerEnd + 1) out.push(tokens[k + 1]);
  return out;
}

function span(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end);
}

/** "… Enforcement (ICE)": the acronym in brackets right after a name. */
function definedAcronym(text: string, at: number): string | undefined {
  // (a bracket must come first: checked before any pattern)
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 40) return undefined;
  const m = /^\s*\(\s*([\p{Lu}][\p{L}.&]{1,7})\s*\)/u.exec(text.slice(at, at + 14));
  return m && isAcronymWord(m[1]) ? m[1] : undefined;
}

function push(text: string, tokens: Token[], a: number, b: number, out: OrganisationMention[], acronym: boolean): void {
  const name = span(text, tokens, a, b);
  const defined = acronym ? undefined : definedAcronym(text, tokens[b - 1].outerEnd);
  const spelled = defined !== undefined && standsFor(defined, name);
  out.push({
    kind: 'organisation',
    start: tokens[a].start,
    end: tokens[b - 1].end,
    text: name,
    acronym: acronym ? name : spelled ? defined : undefined,
  });
  // "FEMA (Federal Emergency Management Agency)": the name spells out the acronym before it
  const st = tokens[a].start;
  const before =
    (st >= 1 && text.charCodeAt(st - 1) === 40) || (st >= 2 && text.charCodeAt(st - 2) === 40)
      ? /([\p{Lu}][\p{L}.&]{1,7})\s*\(\s*$/u.exec(text.slice(Math.max(0, tokens[a].start - 12), tokens[a].start))
      : null;
  if (!acronym && !defined && before && standsFor(before[1], name)) out[out.length - 1].acronym = before[1];
  // "Immigration and Customs Enforcement (ICE)": the acronym is a mention of the same body
  if (!acronym && spelled) {
    const at = text.indexOf(defined, tokens[b - 1].outerEnd);
    out.push({
      kind: 'organisation',
      start: at,
      end: at + defined.length,
      text: defined,
      acronym: defined,
      expands: name,
    });
  }
}

/** Who an organisation mention names, across the corpus. */
export interface OrganisationIdentity {
  id: string;
  /** The fullest name the corpus writes. */
  name: string;
  acronym?: string;
}

/** "Defense Department" as "Department of Defense", the order its acronym follows ("DoD"). */
function spelledOut(name: string): string {
  const m = /^(.+) (Department|Ministry|Office|Bureau)$/.exec(name);
  return m ? `${m[2]} of ${m[1]}` : name;
}

/**
 * The key of a name: "U.S. Department of Homeland Security", "Homeland Security Department" and
 * "the Department of Homeland Security" are one.
 */
function keyOfName(name: string): string {
  let k = fold(name)
    .replace(/[’']s\b/g, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim();
  k = k.replace(/^the /, '').replace(/^(?:u\.s\.|us|united states) /, '');
  const m = /^(department|ministry|office|bureau) of (?:the )?(.+)$/.exec(k);
  return m ? `${m[2]} ${m[1]}` : k;
}

/** What resolution reads of a mention: mentions alike in these resolve alike. */
export function signature(m: OrganisationMention): string {
  return `${m.text}\u0000${m.acronym ?? ''}\u0000${m.expands ?? ''}\u0000${m.shouted ? 1 : 0}`;
}

/**
 * Resolves the organisation mentions of a corpus to bodies: one name under its spellings (a typo, a word
 * more or less: "Unified Command" / "Unified Area Command"), a shorter name that only one longer name
 * holds ("Homeland Security"), and acronyms — defined beside their name in any article ("… (ICE)"), or
 * spelled out by exactly one name of the corpus ("FEMA"). A bare acronym that nothing spells out stays a
 * body of its own, named by the acronym. Mentions from lines in capitals are kept only when the corpus
 * names that body elsewhere.
 *
 * The mentions are counted by signature: resolution depends on these counts alone, not on the order of
 * the articles, so an edit to one article can count again and tell whether any other article's mentions
 * resolve differently.
 */
export class OrganisationCounts {
  private readonly bySignature = new Map<string, { m: OrganisationMention; n: number }>();
  /** Whether an acronym stands for a name, by acronym, then name: asked again at every edit. */
  private readonly spells = new Map<string, Map<string, boolean>>();

  /** Counts the mentions in (`by` 1) or out (`by` -1). */
  add(mentions: readonly OrganisationMention[], by = 1): void {
    for (const m of mentions) {
      const s = signature(m);
      const c = this.bySignature.get(s);
      if (!c) this.bySignature.set(s, { m, n: by });
      else if ((c.n += by) === 0) this.bySignature.delete(s);
    }
  }

  /** How many mentions have this signature. */
  count(s: string): number {
    return this.bySignature.get(s)?.n ?? 0;
  }

  /** Who each signature names (none for a mention that names no one, such as "TOTAL" in a table). */
  identities(): Map<string, OrganisationIdentity | undefined> {
    // (a corpus writes a few hundred names tens of thousands of times: each keyed once)
    const keys = new Map<string, string>();
    const nameKey = (name: string) => {
      let k = keys.get(name);
      if (k === undefined) keys.set(name, (k = keyOfName(name)));
      return k;
    };
    const names = new Map<string, { name: string; count: number; forms: Map<string, number> }>();
    const definitions = new Map<string, Map<string, number>>(); // acronym → name key → times defined
    const define = (a: string, k: string, n: number) => {
      let ks = definitions.get(a);
      if (!ks) definitions.set(a, (ks = new Map()));
      ks.set(k, (ks.get(k) ?? 0) + n);
    };
    const spoken = new Set<string>(); // acronyms written outside lines of capitals
    for (const { m, n } of this.bySignature.values()) {
      if (m.acronym === m.text) {
        const a = bareAcronym(m.text);
        if (!m.shouted) spoken.add(a);
        if (m.expands) define(a, nameKey(m.expands), n);
        continue;
      }
      const k = nameKey(m.text);
      let named = names.get(k);
      if (!named) names.set(k, (named = { name: '', count: 0, forms: new Map() }));
      named.count += n;
      named.forms.set(m.text, (named.forms.get(m.text) ?? 0) + n);
      if (m.acronym) define(bareAcronym(m.acronym), k, n);
    }
    // the fullest written form names the body ("U.S. Coast Guard" over "the Coast Guard"), then the most written
    for (const named of names.values()) {
      const written = new Map<string, number>();
      for (const [f, n] of named.forms) {
        const w = f.replace(/^the /i, '');
        written.set(w, (written.get(w) ?? 0) + n);
      }
      named.name = best(written, (w) => w.length);
    }
    const canonical = sameBodies(names);
    const final = (k: string) => canonical.get(k) ?? k;
    // an acronym stands for the name it is most often defined as; a body's acronym is the one most often
    // defined for it, else the bare acronym most written that spells it out alone
    const defined = new Map<string, string>(); // acronym → name key
    const acronymTimes = new Map<string, Map<string, number>>(); // final name key → acronym → times
    const tally = (k: string, a: string, n: number) => {
      let as = acronymTimes.get(k);
      if (!as) acronymTimes.set(k, (as = new Map()));
      as.set(a, (as.get(a) ?? 0) + n);
    };
    for (const [a, ks] of definitions) {
      const k = best(ks);
      defined.set(a, k);
      tally(final(k), a, ks.get(k)!);
    }
    const kept = [...names.keys()].filter((k) => !canonical.has(k));
    const spelledOnce = new Map<string, string | undefined>();
    // (a name's forms, made once for all the acronyms asked of it)
    const forms = new Map<string, string[]>();
    const formsOf = (o: string) => {
      let f = forms.get(o);
      if (!f) forms.set(o, (f = [...names.get(o)!.forms.keys()].flatMap((x) => [x, spelledOut(x)])));
      return f;
    };
    const spelled = (a: string): string | undefined => {
      const k = defined.get(a);
      if (k) return final(k);
      // (once per acronym: an archive names "ICE" thousands of times)
      if (spelledOnce.has(a)) return spelledOnce.get(a);
      let known = this.spells.get(a);
      if (!known) this.spells.set(a, (known = new Map()));
      const spells = (f: string) => {
        let yes = known.get(f);
        if (yes === undefined) known.set(f, (yes = standsFor(a, f)));
        return yes;
      };
      const hits = kept.filter((o) => formsOf(o).some(spells));
      spelledOnce.set(a, hits.length === 1 ? hits[0] : undefined);
      return spelledOnce.get(a);
    };
    const spelledOutOnly = new Map<string, Map<string, number>>(); // final name key → bare acronym → mentions
    const keyOf = new Map<string, string | undefined>();
    for (const [s, { m, n }] of this.bySignature) {
      if (m.acronym !== m.text) {
        keyOf.set(s, final(nameKey(m.text)));
        continue;
      }
      const a = bareAcronym(m.text);
      const k = spelled(a);
      if (k && !acronymTimes.has(k)) {
        let as = spelledOutOnly.get(k);
        if (!as) spelledOutOnly.set(k, (as = new Map()));
        as.set(a, (as.get(a) ?? 0) + n);
      }
      // "TOTAL" in a table is no one; "USAID" in a table is the agency the text names; "DRCs" and "MREs"
      // are things, unless the corpus spells them out as bodies ("Tsunami Warning Centers (TWCs)")
      const thing = (m.shouted && !spoken.has(a)) || /\p{Lu}s$/u.test(m.text);
      keyOf.set(s, k ?? (thing ? undefined : `acronym ${a}`));
    }
    const acronymOf = new Map<string, string>(); // name key → acronym
    for (const [k, as] of acronymTimes) acronymOf.set(k, best(as));
    for (const [k, as] of spelledOutOnly) acronymOf.set(k, best(as));
    const out = new Map<string, OrganisationIdentity | undefined>();
    const ids = new Map<string, OrganisationIdentity>(); // (each body's identity made once)
    for (const [s, key] of keyOf) {
      if (key === undefined) {
        out.set(s, undefined);
        continue;
      }
      let who = ids.get(key);
      if (!who) {
        const named = names.get(key);
        const a = bareAcronym(this.bySignature.get(s)!.m.text);
        who = {
          id: `organisation:${slug(key)}`,
          name: named?.name ?? a,
          acronym: named ? acronymOf.get(key) : a,
        };
        ids.set(key, who);
      }
      out.set(s, who);
    }
    return out;
  }
}

/**
 * The best of counted strings: the highest `rank`, then the most counted, then the first in code-unit
 * order. Never the first met: resolution must not depend on the order of the articles.
 */
function best(counts: Map<string, number>, rank = (_: string) => 0): string {
  let top = '',
    topRank = -Infinity,
    topN = 0;
  for (const [s, n] of counts) {
    const r = rank(s);
    if (r > topRank || (r === topRank && (n > topN || (n === topN && s < top)))) {
      top = s;
      topRank = r;
      topN = n;
    }
  }
  return top;
}

/**
 * Name keys of one body: a typo ("immigrations and customs enforcement"), a word more or less with the
 * same first and last words ("unified command" in "unified area command"), a shorter name that only one
 * longer name holds ("homeland security" in "homeland security department"). Maps to the kept key.
 */
function sameBodies(names: Map<string, { count: number }>): Map<string, string> {
  const out = new Map<string, string>();
  const keys = [...names.keys()].sort(
    (x, y) => names.get(y)!.count - names.get(x)!.count || y.length - x.length || (x < y ? -1 : 1),
  );
  // (each key's words, spaced ends and count made once: every key meets every other)
  const words = keys.map((k) => k.split(' '));
  const spaced = keys.map((k) => ` ${k} `);
  const counts = keys.map((k) => names.get(k)!.count);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!k.includes(' ')) continue;
    const kw = words[i];
    let longer: string | undefined;
    let longers = 0;
    // (every key meets every other at each edit to a body's name: the lengths first, the table last)
    for (let j = 0; j < keys.length && longers < 2; j++)
      if (spaced[j].length > spaced[i].length && spaced[j].includes(spaced[i]) && !out.has(keys[j])) {
        longer = keys[j];
        longers++;
      }
    if (longers === 1) {
      out.set(k, longer!);
      continue;
    }
    const slips = k.length >= 25 ? 2 : 1;
    const other = keys.find((o, j) => {
      if (j === i) return false;
      const ow = words[j];
      if (ow.length === kw.length + 1 && ow[0] === kw[0] && ow[ow.length - 1] === kw[kw.length - 1])
        return !out.has(o) && kw.every((w) => ow.includes(w));
      return k.length >= 15 && counts[j] >= counts[i] && !out.has(o) && editDistance(k, o, slips) <= slips;
    });
    if (other) out.set(k, other);
  }
  return out;
}

/**
 * Short names of companies: "Kessler-Brandt" where the corpus writes "Kessler-Brandt Automotive". The
 * first word of a name whose other words are all company words, when no one has it as a surname.
 */
export function companyShortNames(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const twice = new Set<string>(); // ("Evergreen" of "Evergreen Power" and "Evergreen Energy" is neither)
  for (const n of names) {
    const words = n.replace(/^the /i, '').split(' ');
    if (words.length < 2 || !words.slice(1).every((w) => COMPANY_SUFFIXES.has(w) || w === '&')) continue;
    if (FUNCTION_WORDS.has(words[0]) || /^\p{Lu}+$/u.test(words[0])) continue;
    if (out.has(words[0])) twice.add(words[0]);
    out.set(words[0], n);
  }
  for (const w of twice) out.delete(w);
  return out;
}
