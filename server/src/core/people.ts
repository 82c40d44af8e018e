import { gazetteer, type Gazetteer } from './gazetteer';
import { isDemonym } from './demonyms';
import {
  COMPASS_POINTS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  COUNT_NOUNS,
  LOCATIVE_WORDS,
  MONTHS,
  PLACE_HEADS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORG_WORDS,
  placeApposedAt,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WEEKDAYS,
} from './lexicon';
import { FIRST_NAMES, NAME_ARTICLES } from './names';
import { WORD_FACTS } from './text';
import { adjacent, inSpeakerLabel, memoFactsOf, wordsOf, type Token } from './tokens';
import type { PersonEvidence, PersonMention, Span } from './types';

/** Words that join capitalised words into one run: "Secretary of State", "Tren de Aragua". */
const RUN_JOINERS = new Set(['of', ...NAME_PARTICLES]);
const MAX_NAME_WORDS = 4;

const VESSEL_WORDS = new Set(['Ship', 'USS', 'USNS', 'USCGC', 'HMS', 'RV', 'MV', 'SS', 'NOAAS']);
/** (Every vessel word is short: longer words are not looked up.) */
const isVesselWord = (w: string) => w.length <= 5 && VESSEL_WORDS.has(w);
/** Lower-case nouns for a vessel, written right before its name: "the cruise ship Costa Concordia". */
const VESSEL_NOUNS = new Set(
  `ship vessel ferry tanker freighter liner yacht cutter trawler barge submarine destroyer frigate tugboat warship
  steamer schooner containership`.split(/\s+/),
);
/** Is one of `nouns` written right before token `a`: "the cruise ship Costa Concordia", "the group Boko Haram"? */
const nounBefore = (nouns: ReadonlySet<string>, text: string, tokens: Token[], a: number) =>
  nouns.has(tokens[a - 1].text) && adjacent(text, tokens[a - 1], tokens[a]);
/** Lower-case nouns for a body, written right before its name: "the Islamist militant group Boko Haram". */
const BODY_NOUNS = new Set(
  `group militia movement organization organisation faction network outfit sect party company firm`.split(/\s+/),
);
/**
 * A saint's name is a church's or a place's: "the Cathedral of St. Mary Argentea" (not after a street's name:
 * "a house on Elm St. Maria Lopez, a neighbor, called").
 */
const SAINT_BEFORE = /(?:^|[^\p{L}\s]\s*|\b\p{Ll}[\p{L}'’-]*[\s,;:(]+)(?:St\.?|Saint) $/u;
const saintsName = (text: string, start: number) =>
  // ("St." or "Saint" right before first: most names have neither)
  (text.startsWith('St. ', start - 4) || text.startsWith('St ', start - 3) || text.startsWith('Saint ', start - 6)) &&
  SAINT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
/** The longest run joiner ("della"), likewise. */
const MAX_JOINER = Math.max(...[...RUN_JOINERS].map((w) => w.length));
/** A title as the list holds it: "Gen." is "Gen", "President-elect" is "President". */
const titleWord = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w.endsWith('-elect') ? w.slice(0, -6) : w);
/** "Two-month-old Hina Tanaka", "Forty-year-old …": an age before a name, not a part of it. */
const AGE_WORD = /-(?:year|month|week|day)s?-old$/i;
const isTitle = (t: Token) => TITLE_WORDS.has(titleWord(t.text));

/**
 * Facts about a word, memoised by its text for the bundled gazetteer (the low bits of `WORD_FACTS`): every
 * sentence asks them of the same words again, and each takes several table probes. Two bits a fact: known,
 * and its value.
 */
const NAME_WORD = 1,
  NEVER_A_NAME = 4,
  MAJOR_PLACE = 16,
  CANDIDATE = 64,
  NOT_A_NAME_START = 256,
  ROLE_NOUN = 1024;

function wordFact(word: string, fact: number, gaz: Gazetteer): boolean {
  const shared = gaz === gazetteer();
  const bits = shared ? (WORD_FACTS.get(word) ?? 0) : 0;
  if (bits & fact) return (bits & (fact << 1)) !== 0;
  const value =
    fact === NAME_WORD
      ? isNameWord(word)
      : fact === NEVER_A_NAME
        ? isNeverAName(word, gaz)
        : fact === MAJOR_PLACE
          ? !!gaz.lookup(word)?.some((p) => !p.minor)
          : fact === CANDIDATE
            ? !FUNCTION_WORDS.has(word) && !MONTHS.has(word) && !WEEKDAYS.has(word) && !isNeverAName(word, gaz)
            : fact === NOT_A_NAME_START
              ? notANameStart(word)
              : ROLE_NOUNS.has(word.toLowerCase());
  if (shared) WORD_FACTS.set(word, bits | fact | (value ? fact << 1 : 0));
  return value;
}

/**
 * `wordFact` of a token's word, kept on the token as well: the rules ask several facts of one token, some
 * several times, and each lookup in the memo hashes a word cut from the text. The token reads all the memo
 * knows of its word at once. (Both hold facts for the bundled gazetteer only.)
 */
function tokenFact(t: Token, fact: number, gaz: Gazetteer): boolean {
  if (gaz !== gazetteer()) return wordFact(t.text, fact, gaz);
  memoFactsOf(t);
  if (t.facts & fact) return (t.facts & (fact << 1)) !== 0;
  const value = wordFact(t.text, fact, gaz);
  t.facts |= fact | (value ? fact << 1 : 0);
  return value;
}

/** Words a run of capitals may open with that a name does not: "The", "Two-month-old", "May", "Monday", "de". */
function notANameStart(w: string): boolean {
  return (
    FUNCTION_WORDS.has(w) ||
    (w.includes('-') && AGE_WORD.test(w)) ||
    MONTHS.has(w.endsWith('.') ? w.slice(0, -1) : w) ||
    WEEKDAYS.has(w) ||
    RUN_JOINERS.has(w)
  );
}

/** Can this word be part of a person's name? (Its text decides: `cap` and `allCaps` are read from it.) */
export function nameWord(t: Token): boolean {
  if (!t.cap || t.allCaps) return false;
  return tokenFact(t, NAME_WORD, gazetteer());
}

/** `nameWord` of a capitalised word not in capitals. */
function isNameWord(w: string): boolean {
  const b = w.endsWith('.') ? w.slice(0, -1) : w;
  if (
    ORG_WORDS.has(w) ||
    TITLE_WORDS.has(titleWord(w)) ||
    FUNCTION_WORDS.has(w) ||
    MONTHS.has(b) ||
    WEEKDAYS.has(w) ||
    PLACE_HEADS.has(w) ||
    GROUP_NOUNS.has(w) ||
    COUNT_NOUNS.has(w)
  )
    return false;
  if (w.includes('.') && !/^\p{Lu}\.$/u.test(w) && !NAME_SUFFIXES.has(w)) return false; // "U.S." but not an initial
  if (/\d/.test(w)) return false;
  return !isNeverAName(w, gazetteer());
}

/** Words never part of a name, even as a bare surname: words for a people, and acronyms ("GoN", "DoD"). */
export function neverAName(word: string, gaz: Gazetteer): boolean {
  return wordFact(word, NEVER_A_NAME, gaz);
}

function isNeverAName(word: string, gaz: Gazetteer): boolean {
  return (word.length <= 4 && shortAcronym(word)) || isDemonym(word, gaz);
}

/**
 * Could a capitalised word be a surname (a name candidate)? Not a function word, a month, a weekday, or a word
 * never a name.
 */
export function candidateWord(t: Token, gaz: Gazetteer): boolean {
  return tokenFact(t, CANDIDATE, gaz);
}

const SHORT_ACRONYM = /^\p{Lu}\p{Ll}*\p{Lu}/u;

/** SHORT_ACRONYM ("GoN", "DoD", "ICE"): ASCII words are read by their character codes, others by the pattern. */
function shortAcronym(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if (c0 >= 128) return SHORT_ACRONYM.test(word);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return SHORT_ACRONYM.test(word);
    if (c >= 65 && c <= 90) return true;
    if (c < 97 || c > 122) return false;
  }
  return false;
}

function isMajorPlace(t: Token, gaz: Gazetteer): boolean {
  return tokenFact(t, MAJOR_PLACE, gaz);
}

/** Runs of adjacent capitalised words in a sentence (joined by "of" or name particles). */
/** "Karine Jean-Pierre En Route Miami": a transcript's title goes on after the name with where it was given. */
const enRoute = (tokens: Token[], j: number) => tokens[j].text === 'En' && tokens[j + 1]?.text === 'Route';

/** Quotation marks around a nickname: " “ ‘ ' before it, " ” ’ ' after it. */
const OPENS_QUOTE = new Set([34, 0x201c, 0x2018, 39]);
const CLOSES_QUOTE = new Set([34, 0x201d, 0x2019, 39]);

/**
 * Is token `j` a nickname in quotes between two words of a name: `Kenneth “Frank” McKenzie`, `William D.
 * "Hank" Taylor`? It belongs to the name's span, not to its words.
 */
function quotedNickname(text: string, tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1],
    t = tokens[j],
    next = tokens[j + 1];
  return (
    !!prev &&
    !!next &&
    prev.cap &&
    t.cap &&
    next.cap &&
    !prev.possessive &&
    t.outerEnd === t.end &&
    t.start === prev.outerEnd + 2 &&
    next.start === t.end + 2 &&
    text.charCodeAt(prev.outerEnd) === 32 &&
    text.charCodeAt(t.end + 1) === 32 &&
    OPENS_QUOTE.has(text.charCodeAt(t.start - 1)) &&
    CLOSES_QUOTE.has(text.charCodeAt(t.end))
  );
}

function capitalRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && quotedNickname(text, tokens, j)) j += 2;
    while (
      j < tokens.length &&
      tokens[j].start === tokens[j - 1].outerEnd + 1 &&
      text[tokens[j - 1].outerEnd] === ' ' &&
      !tokens[j - 1].possessive &&
      !enRoute(tokens, j)
    ) {
      if (tokens[j].cap) {
        j++;
        while (j < tokens.length && quotedNickname(text, tokens, j)) j += 2;
        continue;
      }
      // "Luis de la Fuente", "Anna van der Berg", "Secretary of State": joiners between capitalised words
      let k = j;
      while (
        k < tokens.length &&
        tokens[k].text.length <= MAX_JOINER &&
        RUN_JOINERS.has(tokens[k].text) &&
        k - j < 3 &&
        tokens[k + 1]?.start === tokens[k].outerEnd + 1
      )
        k++;
      if (k > j && tokens[k]?.cap) {
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * People in one sentence; `blocked` holds spans of multi-word place names ("New York City", "El Salvador").
 * Names that head an organisation's name ("Kessler-Brandt" in "Kessler-Brandt Automotive") go to `orgs`, and
 * vessels' names ("Thomas Jefferson" in "NOAA Ship Thomas Jefferson") to `vessels`.
 */
export function findPeople(
  text: string,
  tokens: Token[],
  gaz: Gazetteer,
  blocked: Span[] = [],
  orgs: string[] = [],
  vessels: Vessel[] = [],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const [a0, b] of capitalRuns(text, tokens)) {
    // (a colon after the run first: most runs have none)
    const speaker = text.charCodeAt(tokens[b - 1].outerEnd) === 58 ? speakerLabel(text, tokens, a0, b, gaz) : undefined;
    if (speaker) {
      out.push(speaker);
      continue;
    }
    let a = a0;
    while (a < b && tokenFact(tokens[a], NOT_A_NAME_START, gaz)) a++;
    if (a >= b) continue;
    // "NOAA Ship Thomas Jefferson", "USNS Comfort", "the cruise ship Costa Concordia": a vessel is named like a person
    if (
      (a > 0 && (isVesselWord(tokens[a - 1].text) || nounBefore(VESSEL_NOUNS, text, tokens, a))) ||
      vesselIn(tokens, a, b)
    ) {
      // the vessel's name: up to three words after the last vessel word, to a title or a body's or a place's
      // word ("USNS Comfort Commanding Officer Capt. Patrick Amersbach"; not "Houston Ship Channel")
      let k = a;
      for (let j = a; j < b; j++) if (isVesselWord(tokens[j].text)) k = j + 1;
      let e = k;
      while (
        e < b &&
        e - k < 3 &&
        !isTitle(tokens[e]) &&
        !ORG_WORDS.has(tokens[e].text) &&
        !PLACE_HEADS.has(tokens[e].text)
      )
        e++;
      if (e > k && (e === b || !PLACE_HEADS.has(tokens[e].text)))
        vessels.push({ name: wordsOf(tokens, k, e), start: tokens[k].start, end: tokens[e - 1].end });
      // (the words after the name are read as any others)
      if (e >= b) continue;
      a = e;
    }
    if (b - a >= 2 && ORG_WORDS.has(tokens[b - 1].text) && !isTitle(tokens[a])) orgs.push(tokens[a].text);
    // "an Oliver Hazard Perry-class frigate": a class of vessels named after someone names no one; "Hassan
    // Gilyan, a small village": a place; so is a compass word and a place the gazetteer knows whole ("West
    // Yorkshire police", "Police in West Java said")
    if (tokens[b - 1].text.endsWith('-class') || placeApposedAt(text, tokens[b - 1].outerEnd)) continue;
    if (b - a > 1 && COMPASS_NAMES.has(tokens[a].text) && placeWhole(tokens, a, b, gaz)) continue;
    // "the militant group Boko Haram claimed": the name a body's noun stands before is the body's (not a given
    // name's or a title's: "the company Elon Musk bought", "the group Sheikh Ahmad Gumi met")
    if (
      a > 0 &&
      nounBefore(BODY_NOUNS, text, tokens, a) &&
      !isTitle(tokens[a]) &&
      // ("Al" is as often the article of an Arabic name: "the group Al Shabaab said")
      !(FIRST_NAMES.has(tokens[a].text) && tokens[a].text !== 'Al') &&
      !(a + 1 < b && FIRST_NAMES.has(tokens[a + 1].text))
    )
      continue;
    const found =
      surnameFirst(text, tokens, a, b, gaz) ??
      titled(text, tokens, a, b, gaz) ??
      roleBefore(text, tokens, a, b, gaz) ??
      fullName(text, tokens, a, b, gaz) ??
      nicknamed(text, tokens, a, b) ??
      bylined(text, tokens, a, b, gaz) ??
      apposed(text, tokens, a, b, gaz) ??
      spoken(text, tokens, a, b, gaz);
    if (found)
      for (const p of found)
        if (
          !blocked.some((b) => b.start < p.end && p.start < b.end) &&
          !namedEvent(text, tokens, a, b, p) &&
          !saintsName(text, p.start)
        )
          out.push(p);
  }
  return out;
}

/**
 * A transcript's speaker, in capitals at the start of a line before a colon: "ADMINISTRATOR SAMANTHA POWER:",
 * "BRIGADIER GENERAL PAT RYDER:", "MR. PRICE:". The name is the words after the titles: a given name and a
 * surname, or a surname after a title.
 */
function speakerLabel(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention | undefined {
  const last = tokens[b - 1];
  if (tokens[a].start > 0 && text.charCodeAt(tokens[a].start - 1) !== 10 /* \n */) return undefined;
  if (!inSpeakerLabel(text, last)) return undefined;
  // ("Secretary’s Remarks:" heads a page's part, naming no one)
  for (let k = a; k < b; k++) if (tokens[k].possessive) return undefined;
  const words = tokens.slice(a, b).map((t) => titleCased(t.text));
  let f = 0;
  while (f < words.length && (TITLE_WORDS.has(titleWord(words[f])) || TITLE_MODIFIERS.has(words[f].toLowerCase()))) f++;
  const n = words.length - f;
  if (n < 1 || n > 3 || (n === 1 && f === 0) || (n > 1 && f === 0 && !FIRST_NAMES.has(words[f]))) return undefined;
  // ("SECRETARY OF STATE:", "SENIOR ADMINISTRATION OFFICIAL:" name no one; "VIRGINIA BEACH:" is a dateline)
  // (after a given name, a surname may be a word that names a body elsewhere: "SAMANTHA POWER")
  const name = words.slice(f);
  const given = name.length > 1 && FIRST_NAMES.has(name[0]);
  // (a middle initial between a given name and a surname: "JOHN F. KIRBY")
  const ok = (w: string, i: number) =>
    (given && i > 0 && i < name.length - 1 && /^\p{Lu}\.$/u.test(w)) ||
    (/^[\p{L}'’-]+$/u.test(w) &&
      !ROLE_NOUNS.has(w.toLowerCase()) &&
      (isNameWord(w) || (given && i > 0 && !TITLE_WORDS.has(w) && !RUN_JOINERS.has(w.toLowerCase()))));
  if (!name.every(ok)) return undefined;
  if (f === 0 && gaz.lookup(name.join(' '))) return undefined;
  const role = f > 0 ? text.slice(tokens[a].start, tokens[a + f - 1].end) : undefined;
  const p = person(text, tokens, a + f, b, 'titled', role);
  return {
    ...p,
    name: name.join(' '),
    first: n > 1 ? name[0] : undefined,
    surname: name[n - 1],
    evidence: 'full-name',
  };
}

/** "MOORE-MERRELL" → "Moore-Merrell", "O'SHAUGHNESSY" → "O'Shaughnessy". */
const titleCased = (w: string) => w.toLowerCase().replace(/(^|[-'’])\p{Ll}/gu, (c) => c.toUpperCase());

/**
 * "Hurricane Matthew Victims": a name right after an event's head word is the event's, not a person's; and so is
 * one right before an event's noun: "the Al Haouz earthquake", "the Rana Plaza collapse".
 */
function namedEvent(text: string, tokens: Token[], a: number, b: number, p: PersonMention): boolean {
  if (p.evidence !== 'full-name') return false;
  if (EVENT_NOUN.test(text.slice(p.end, p.end + 12))) return true;
  for (let k = a + 1; k < b; k++)
    if (tokens[k].start === p.start)
      return EVENT_HEADS.has(tokens[k - 1].text) && tokens[k].start === tokens[k - 1].outerEnd + 1;
  return false;
}
/**
 * A disaster's noun right after a name, in lower case (not one a verb may be, "Roe attacks", nor one that names its
 * victim: "the Jacob Blake shooting").
 */
const EVENT_NOUN = new RegExp(
  String.raw`^ (?:earthquake|quake|tsunami|flood|flooding|tornado|hurricane|wildfire|fire|blast|explosion|collapse|` +
    String.raw`disaster|eruption|landslide|mudslide|cyclone|typhoon)\b`,
);

function vesselIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isVesselWord(tokens[k].text)) return true;
  return false;
}

/** A vessel's name as written ("Thomas Jefferson" in "NOAA Ship Thomas Jefferson"). */
export interface Vessel extends Span {
  name: string;
}

/** The commonest Chinese surnames in pinyin, which write a name surname first. */
const CHINESE_SURNAMES = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Song Tang Han Feng
  Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Qin
  Xue Yan Qiu Hou Lei Bai Long Duan Hao Kong Shao Shi Mao Wan Gu Lai Kang Qian Xiong Meng Qiao Fang Xing Ni Qi`.split(
    /\s+/,
  ),
);
/** One pinyin syllable (an initial, then a final): "dong", "liang", "xue", "wei", "shuan". */
const PINYIN =
  String.raw`(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?` +
  String.raw`(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|` +
  String.raw`ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)`;
/** A given name of two pinyin syllables written as one word: "Dongliang", "Xuewei", "Shexuan" (not "Dai"). */
const TWO_SYLLABLES = new RegExp(`^${PINYIN}${PINYIN}$`);
const twoSyllables = (w: string) =>
  // (not an English word that parses so: "Center", "Banner")
  w.length >= 4 &&
  w.length <= 10 &&
  /^\p{Lu}\p{Ll}+$/u.test(w) &&
  !w.endsWith('er') &&
  TWO_SYLLABLES.test(w.toLowerCase());

/** A given name romanised in two syllables joined by a hyphen: "Geun-hye", "Jong-un", "Byung-kyu". */
const SYLLABLES = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;
/**
 * Words joined to another by a hyphen that make an adjective, a title or a noun, not a given name: "Hong
 * Kong-based", "Mayor-elect", "Lay-off", "Co-op".
 */
const COMPOUND_ENDS = new Set(
  (
    'based area born elect era led run style made owned wide backed bound like linked free level term class type ' +
    'sized old year day long up on off out by over down back op'
  ).split(' '),
);

/**
 * "President Park Geun-hye", "Park Sung-ho, whose son …": a Korean or Chinese name written surname first, the
 * given name two syllables joined by a hyphen. The surname is the first word, whatever else it may name ("Park"),
 * and a later "Park" is this person.
 */
function surnameFirst(
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  gaz: Gazetteer,
): PersonMention[] | undefined {
  // "Yang Dongliang was suspected", "Yu Xuewei and Dong Shexuan": a Chinese surname and a given name of two
  // syllables written as one word, the pair a run of its own
  if (b - a === 2 && CHINESE_SURNAMES.has(tokens[a].text) && twoSyllables(tokens[a + 1].text)) {
    const sur = tokens[a],
      given = tokens[a + 1];
    if (
      adjacent(text, sur, given) &&
      !given.possessive &&
      nameWord(given) &&
      !isMajorPlace(given, gaz) &&
      !(a > 0 && tokens[a - 1].cap && !isTitle(tokens[a - 1]))
    )
      return [{ ...person(text, tokens, a, b, 'full-name'), first: given.text, surname: sur.text }];
  }
  for (let k = a; k < b - 1; k++) {
    const given = tokens[k + 1],
      sur = tokens[k];
    if (
      !given.text.includes('-') ||
      !SYLLABLES.test(given.text) ||
      sur.possessive ||
      sur.allCaps ||
      !/^\p{Lu}\p{Ll}{0,4}$/u.test(sur.text)
    )
      continue;
    if (given.start !== sur.outerEnd + 1 || isTitle(sur) || tokenFact(sur, NEVER_A_NAME, gaz)) continue;
    const [head, end] = given.text.split('-');
    if (COMPOUND_ENDS.has(end) || TITLE_WORDS.has(head)) continue;
    if (FUNCTION_WORDS.has(sur.text) || isMajorPlace(sur, gaz)) continue;
    const role =
      k > a && isTitle(tokens[k - 1])
        ? text.slice(tokens[extendRoleBackwards(text, tokens, k - 1)].start, tokens[k - 1].outerEnd)
        : appositiveRole(text, tokens, k, k + 2);
    const p = person(text, tokens, k, k + 2, 'full-name', role);
    return [{ ...p, first: given.text, surname: sur.text }];
  }
  return undefined;
}

/** "Homeland Security Secretary Kristi Noem", "Mayor Mamdani": the name after the last title of the run. */
function titled(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  void gaz;
  // the last title of the run that a name follows: "Sen. John Fetterman of Pennsylvania", "Mayor Mamdani"
  for (let t = b - 2; t >= a; t--) {
    if (!isTitle(tokens[t]) || tokens[t].possessive) continue;
    if (!nameWord(tokens[t + 1]) && !companyWordSurname(tokens, t, t + 1, b)) continue;
    // "General Says Despite Attack …": a headline's verb after a title is no one's name
    if (headlineVerb(text, tokens[t + 1])) continue;
    let e = t + 1;
    while (
      e < b &&
      e - t <= MAX_NAME_WORDS &&
      (nameWord(tokens[e]) ||
        (NAME_PARTICLES.has(tokens[e].text) && e + 1 < b && nameWord(tokens[e + 1])) ||
        companyWordSurname(tokens, t, e, b)) &&
      !(e - t > 1 && headlineWord(text, tokens[e], false))
    ) {
      e++;
      if (tokens[e - 1].possessive) break;
    }
    // a title word that is itself the name's end ("John Thune, R-S.D.") is never taken
    const roleStart = extendRoleBackwards(text, tokens, a);
    const role = text.slice(tokens[roleStart].start, tokens[t].outerEnd).replace(/[’']s$/, '');
    return [person(text, tokens, t + 1, e, 'titled', role)];
  }
  // "Secretary of State Kerry", "Minister of Foreign Affairs Wang": a title of a field, then the surname that ends
  // the run (a field's last word is known: "the Minister of Foreign Affairs said" names no one)
  for (let t = a; t + 3 < b; t++) {
    if (!isTitle(tokens[t]) || tokens[t + 1].text !== 'of' || tokens[t].possessive) continue;
    const s = b - 1;
    if (!FIELD_WORDS.has(tokens[s - 1].text) || FIELD_WORDS.has(tokens[s].text) || !nameWord(tokens[s]))
      return undefined;
    if (ORG_WORDS.has(tokens[s].text) || PLACE_HEADS.has(tokens[s].text)) return undefined;
    const role = text.slice(tokens[extendRoleBackwards(text, tokens, a)].start, tokens[s - 1].outerEnd);
    return [person(text, tokens, s, b, 'titled', role)];
  }
  // A caption such as "Kristi Noem Secretary of …": the name comes first; the full-name rule reads it.
  return undefined;
}

/**
 * The last words of a government's fields in titles ("Secretary of State", "Minister of Home Affairs"), which
 * are no one's surname ("the Commissioner of Labor Statistics said").
 */
const FIELD_WORDS = new Set(
  (
    'State Defense Defence Labor Labour Health Commerce Justice Education Energy Agriculture Transportation ' +
    'Transport Treasury Interior Security Affairs Development Finance Trade Environment Housing Services ' +
    'Statistics Research Resources Relations Elections Operations Programs Policy Planning Protection Safety ' +
    'Management Information Communications Sciences Works'
  ).split(' '),
);

/**
 * "plant manager Tomasz Kowalczyk", "analyst Jane Roe": a lower-case role noun right before one to three name
 * words.
 */
function roleBefore(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  // "Survivor Hina Tanaka said": a role noun that opens the sentence is capitalised with the name
  if (a === 0 && b - a >= 3 && !tokens[a].allCaps && tokenFact(tokens[a], ROLE_NOUN, gaz)) {
    const found = roleBefore(text, tokens, a + 1, b, gaz);
    if (found) return found;
  }
  const r = tokens[a - 1];
  // ("Secretary’s Remarks": a role's possessive is followed by what it has, not by its name)
  if (!r || (r.cap && a - 1 !== 0) || r.possessive || b - a > 3 || !tokenFact(r, ROLE_NOUN, gaz)) return undefined;
  // "President Addresses Nation": a headline's verb after a title is no one's name
  if (headlineVerb(text, tokens[a])) return undefined;
  // "suspect Dzhokhar Tsarnaev", or in apposition: "the 19-year-old suspect, Dzhokhar Tsarnaev, was …", "her
  // sister, Kim." (a given name alone)
  const gap = text.slice(r.outerEnd, tokens[a].start);
  const apposition =
    gap === ', ' &&
    (b - a >= 2
      ? text[tokens[b - 1].outerEnd] === ','
      : FIRST_NAMES.has(tokens[a].text) && /^[,.]/.test(text.slice(tokens[a].end, tokens[a].end + 1)));
  if (gap !== ' ' && !apposition) return undefined;
  for (let k = a; k < b; k++) if (!nameWord(tokens[k]) && !NAME_PARTICLES.has(tokens[k].text)) return undefined;
  if (b - a === 1 && isMajorPlace(tokens[a], gaz)) return undefined;
  // the role as written: the noun with up to two words before it ("Union president", "plant manager")
  let s = a - 1;
  while (
    s > a - 3 &&
    s > 0 &&
    tokens[s].start === tokens[s - 1].outerEnd + 1 &&
    !FUNCTION_WORDS.has(tokens[s - 1].text) &&
    /^[\p{L}-]+$/u.test(tokens[s - 1].text)
  )
    s--;
  return [person(text, tokens, a, b, 'titled', text.slice(tokens[s].start, r.end))];
}

/** Titles of courtesy: after one, a word that names a body elsewhere is a surname ("Ms. Power"). */
const HONORIFICS = new Set(['Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Mx', 'Mx.']);

/**
 * The run's last word, at `e`, is a surname even where it names a body elsewhere ("Power" is a utility's word:
 * "Georgia Power said"): after a title and a given name ("USAID Administrator Samantha Power"), or right after a
 * title of courtesy ("Dear Ms. Power,"; not "Ms. Magazine", the magazine).
 */
function companyWordSurname(tokens: Token[], t: number, e: number, b: number): boolean {
  const w = tokens[e].text;
  if (e + 1 !== b || !ORG_WORDS.has(w) || isTitle(tokens[e])) return false;
  if (e === t + 2) return FIRST_NAMES.has(tokens[t + 1].text);
  return e === t + 1 && HONORIFICS.has(tokens[t].text) && w !== 'Magazine';
}

/** Lower-case modifiers and a capitalised run before a title: "ICE acting Director". */
function extendRoleBackwards(text: string, tokens: Token[], a: number): number {
  let s = a;
  while (
    s > 0 &&
    TITLE_MODIFIERS.has(tokens[s - 1].text.toLowerCase()) &&
    tokens[s].start - tokens[s - 1].outerEnd === 1
  )
    s--;
  if (s < a)
    while (
      s > 0 &&
      tokens[s - 1].cap &&
      tokens[s].start - tokens[s - 1].outerEnd === 1 &&
      !FUNCTION_WORDS.has(tokens[s - 1].text)
    )
      s--;
  return s;
}

/** Words for a part of a place: "Northern Pakistan". */
const COMPASS_WORDS = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Central']);
/**
 * A headline's capitalised common word after a name: a verb ("Pat Ryder Holds a Press Briefing"), a noun its
 * article writes in lower case and never as a name ("Chairman Thompson Statement on …"); with `plural`, only a
 * plural that the article writes so ("Capitol Hill Rioters").
 */
function headlineWord(text: string, t: Token, plural: boolean): boolean {
  const w = t.text;
  if (t.allCaps || t.possessive || (plural && w.charCodeAt(w.length - 1) !== 115) /* s */) return false;
  if (t.start > MAX_HEADLINE) return false;
  // (a headline is a first line of its own: a text of one line has none)
  const lineEnd = text.indexOf('\n', t.end);
  if (lineEnd < 0 || lineEnd > MAX_HEADLINE || text.lastIndexOf('\n', t.start) >= 0) return false;
  if (!plural && HEADLINE_VERBS.has(w)) return true;
  // a word the body writes in lower case and never capitalised, as a name is ("Burns said"); but for a plural
  // ("Capitol Hill Rioters" at the line's end), only the name's last word, a lower-case word after it ("Thompson
  // Statement on …", not "Lisa Blunt Rochester")
  const next = text.charCodeAt(t.outerEnd + 1);
  if (!plural && (text.charCodeAt(t.outerEnd) !== 32 || !(next >= 97 && next <= 122))) return false;
  return wordIn(text, w.toLowerCase(), lineEnd) && !wordIn(text, w, lineEnd);
}

/** A headline's verb where a headline's words are ("General Says …", "Marco Rubio Honor …"). */
export const headlineVerb = (text: string, t: Token) => HEADLINE_VERBS.has(t.text) && headlineWord(text, t, false);

/** Is `word` written as a whole word in the text after `from`? */
function wordIn(text: string, word: string, from: number): boolean {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1))
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + word.length] ?? '')) return true;
  return false;
}

/** The longest first line read as a headline. */
const MAX_HEADLINE = 300;

/** Verbs a headline writes capitalised after who does it: "Pat Ryder Holds a Press Briefing". */
const HEADLINE_VERBS = new Set(
  `Says Tells Holds Visits Meets Calls Urges Signs Tours Leads Joins Hosts Thanks Honors Greets Addresses
  Announces Discusses Launches Opens Praises Warns Vows Asks Names Speaks Testifies Resigns Arrives Responds
  Looks Seeks Faces Braces Mourns Pledges Rejects Denies Defends Condemns Demands Unveils Prepares Awaits Reopens
  Dies Recalls Cancels Apologizes Rises Named Wins Retires Returns Sues Slams Blasts Backs Rules Kills Plans
  Blamed Charged Arrested Jailed Sentenced Convicted Accused Cleared Rescued Killed Injured Indicted Detained
  Fired Ousted Elected Released Questioned Quits
  Expands Extends Suspends Resumes Halts Ends Begins Starts Sends Deploys Offers Approves Declares Confirms Raises
  Closes Evacuates Probes Investigates Blames Accuses Mounts Climbs Nears Reaches Jumps Soars Surges
  Honor Visit Meet Urge Thank Greet Announce Discuss Praise Warn Vow Testify Mourn Remember Tour`.split(/\s+/),
);

/** The last words of a street's name: "450 Kenny Champion Loop". */
const STREET_WORDS = new Set(
  `Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Loop Way Court Ct Place Circle Parkway Highway
  Pike Trail Terrace`.split(/\s+/),
);
const HOUSE_NUMBER = /^\d+[A-Z]?$/;
/** A street's compass letter after its number: "360 W Grant St". */
const STREET_COMPASS = /^(?:[NSEW]|NE|NW|SE|SW)\.?$/;

/** Is the name at token `f` numbered as an address is ("450 Kenny Champion Loop", "360 W Grant St")? */
function houseNumberBefore(tokens: Token[], f: number): boolean {
  const k = f > 1 && STREET_COMPASS.test(tokens[f - 1].text) ? f - 2 : f - 1;
  return k >= 0 && HOUSE_NUMBER.test(tokens[k].text);
}

/** "Tom Homan", "Hannah Dugan", "Alexandria Ocasio-Cortez": a given name and one to three more name words. */
function fullName(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  for (let f = a; f < b - 1; f++) {
    const t = tokens[f];
    if (!FIRST_NAMES.has(t.text) || t.possessive || !nameWord(t)) continue;
    // (`J. "Bud" Walton`: a nickname opens no name)
    if (f > a && quotedNickname(text, tokens, f)) continue;
    // "Austin, Milley Honor Courage, …": a headline's verb after a name is not a given name
    if (f > a && headlineVerb(text, t)) continue;
    let e = f + 1;
    while (
      e < b &&
      e - f < MAX_NAME_WORDS &&
      (nameWord(tokens[e]) || (NAME_PARTICLES.has(tokens[e].text) && e + 1 < b))
    ) {
      // "Aftershocks Rock Northern Pakistan": a part of a place is no surname
      if (COMPASS_WORDS.has(tokens[e].text) && e + 1 < b && isMajorPlace(tokens[e + 1], gaz)) break;
      // a headline's verb or common noun after a full name or a given name: "Gen. Pat Ryder Holds a Press
      // Briefing", "DoD Adapting Katrina Support to Meet …" (the body writes "support", never "Support")
      if (headlineWord(text, tokens[e], false)) break;
      e++;
      if (tokens[e - 1].possessive) break;
    }
    while (e > f + 1 && !tokens[e - 1].cap) e--;
    if (e === f + 1) continue;
    // "the North Fork Stillaguamish River", "Harris County Judge": the words name a place with its kind
    if (e < b && FEATURE_KINDS.has(tokens[e].text) && tokens[e].start === tokens[e - 1].outerEnd + 1) continue;
    // "450 Kenny Champion Loop": a street named after someone, numbered as an address is
    if (STREET_WORDS.has(tokens[e - 1].text) && houseNumberBefore(tokens, f)) return undefined;
    // "Over 170 Capitol Hill Rioters": a headline capitalises the plural its article writes in lower case
    if (e === f + 2 && headlineWord(text, tokens[f + 1], true)) continue;
    // A run that goes on to an organisation word names the organisation: "John Jay College".
    if (e < b && ORG_WORDS.has(tokens[b - 1].text) && !isTitle(tokens[e])) return undefined;
    const role = appositiveRole(text, tokens, f, e);
    // "evacuated from Val Verde", "in Glen Ellen": a name-like pair after a place preposition may be a place the
    // gazetteer lacks; the corpus decides (a person somewhere else with a title, a role or a speech verb stays one)
    const prep = tokens[f - 1];
    const placeLike =
      f === a &&
      !!prep &&
      !prep.cap &&
      LOCATIVE_WORDS.has(prep.text) &&
      prep.text !== 'of' &&
      !role &&
      !SPEECH_VERBS.has(tokens[e]?.text ?? '') &&
      !tokens[e - 1].possessive;
    // "a member of the West Virginia House": a compass word and a place the gazetteer knows whole
    if (COMPASS_NAMES.has(t.text) && placeWhole(tokens, f, e, gaz)) continue;
    // "Dallas Cowboys", "Georgia Tech": a given name that is also a big place needs more evidence of a person,
    // such as a byline's "By" ("By Elizabeth Lee") or an age after the name ("Jordan Anchondo, 25, and")
    if (
      isMajorPlace(t, gaz) &&
      !isTitle(tokens[f - 1] ?? t) &&
      !role &&
      !AGE_AFTER.test(text.slice(tokens[e - 1].outerEnd, tokens[e - 1].outerEnd + 12)) &&
      !SPEECH_VERBS.has(tokens[e]?.text ?? '') &&
      !(f === a && byline(text, tokens, f))
    )
      continue;
    const p = person(text, tokens, f, e, 'full-name', role);
    if (placeLike) p.placeLike = true;
    return [p];
  }
  return undefined;
}

/** An age set off by commas after a name: "Jordan Anchondo, 25, and", "Israel Jones, 40." */
const AGE_AFTER = /^, \d{1,3}(?:[,.;)]| and\b| of\b)/;

/** The kinds of places named after their name: "Stillaguamish River", "Harris County". */
const FEATURE_KINDS = new Set(
  'River Creek Lake Valley Mountain Mountains Canyon Bay Island Islands Peninsula Forest Falls County Parish'.split(
    ' ',
  ),
);

/** Compass words that are given names too ("West", "North"): see `fullName`. */
const COMPASS_NAMES = new Set([...COMPASS_POINTS, 'Central']);

/** Do the words from `f` to `e` name a place whole, not a small town's ("West Yorkshire", "West Java")? */
function placeWhole(tokens: Token[], f: number, e: number, gaz: Gazetteer): boolean {
  // (the first word alone first: most given names open no place's name)
  if (!gaz.continues(tokens[f].text)) return false;
  return !!gaz.lookup(wordsOf(tokens, f, e))?.some((p) => !p.minor || p.kind === 'region');
}

/** `J. "Bud" Walton`: a nickname in quotes inside a run of name words is a person's, whatever the given name. */
function nicknamed(text: string, tokens: Token[], a: number, b: number): PersonMention[] | undefined {
  if (b - a < 3 || b - a > MAX_NAME_WORDS + 1) return undefined;
  for (let k = a + 1; k < b - 1; k++)
    if (quotedNickname(text, tokens, k)) {
      for (let j = a; j < b; j++) if (j !== k && !nameWord(tokens[j])) return undefined;
      return [person(text, tokens, a, b, 'titled')];
    }
  return undefined;
}

/** "By Elizabeth Lee" at the start of a line: a byline. */
function byline(text: string, tokens: Token[], f: number): boolean {
  const by = tokens[f - 1];
  if (by?.start !== tokens[f].start - 3) return false;
  if (by.text === 'By') return by.start === 0 || text[by.start - 1] === '\n';
  // "Related TV report by Elizabeth Lee:", "Photos by …": a credit after its work's word
  return by.text === 'by' && CREDITED.has(tokens[f - 2]?.text.toLowerCase() ?? '');
}
/** The works a byline credits after them: "report by …". */
const CREDITED = new Set(['report', 'reporting', 'story', 'video', 'photo', 'photos', 'written', 'produced']);

/**
 * Is the run from `a` to `b`, before an age and the comma at `f`, a name and not a place's count in a list ("In Port
 * Arthur, 40, homes …", "deaths by county: Fort Myers, 12, Cape Coral, 8", "Grand Bahama, 20, and Abaco, 50")?
 */
function agedName(text: string, tokens: Token[], a: number, b: number, f: number, gaz: Gazetteer): boolean {
  if (a > 0 && LOCATIVE_WORDS.has(tokens[a - 1].text.toLowerCase())) return false;
  if (/[,:]\s*$/.test(text.slice(Math.max(0, tokens[a].start - 2), tokens[a].start))) return false;
  if (/^,\s*(?:and\s+)?\p{Lu}[\p{L} ]*, \d/u.test(text.slice(f, f + 40))) return false;
  return !gaz.lookup(wordsOf(tokens, a, b));
}

/** "By Masood Farivar" on a line of its own: a byline names its writer, whatever given name they have. */
function bylined(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  if (b - a < 2 || b - a > 3 || !byline(text, tokens, a)) return undefined;
  for (let k = a; k < b; k++) if (!nameWord(tokens[k]) || isMajorPlace(tokens[k], gaz)) return undefined;
  // (the line ends with the name: "By Labor Day, more than 100 had died" opens a sentence)
  const after = text.slice(tokens[b - 1].outerEnd, tokens[b - 1].outerEnd + 2);
  if (!/^(?:\r?\n|$)/.test(after)) return undefined;
  return [person(text, tokens, a, b, 'full-name')];
}

/**
 * "Imran Chaudhry, a structural engineer with …", "Mehdi Ait Bouyali, 24,": two or three name words that a role or
 * an age in apposition follows are a person's full name, whatever the lexicon of given names holds.
 */
function apposed(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  if (b - a > 3 || text.slice(tokens[b - 1].outerEnd, tokens[b - 1].outerEnd + 2) !== ', ') return undefined;
  // "Among them is Veronica, who fled Odessa": a person named by a given name alone (a place takes no "who")
  if (b - a === 1) {
    const t = tokens[a];
    return FIRST_NAMES.has(t.text) &&
      !t.possessive &&
      !isMajorPlace(t, gaz) &&
      ALONE_APPOSED.test(text.slice(t.outerEnd + 2, t.outerEnd + 14))
      ? [person(text, tokens, a, b, 'titled')]
      : undefined;
  }
  for (let k = a; k < b; k++) if (!nameWord(tokens[k]) || isMajorPlace(tokens[k], gaz)) return undefined;
  const endOff = tokens[b - 1].outerEnd;
  // "Jomil Torres, MS2; Aidsa Rivera, MS1;": a report's authors, each with a degree and its affiliations' numbers
  if (CREDENTIAL_AFTER.test(text.slice(endOff, endOff + 14))) return [person(text, tokens, a, b, 'titled')];
  let f = endOff + 2;
  while (f < text.length && !/[,;:.!?()—–]/.test(text[f])) f++;
  const phrase = text.slice(endOff + 2, f).trim();
  // an age right after the comma, and a comma after it: "Mehdi Ait Bouyali, 24, has been stranded"
  if (/^\d{1,3}$/.test(phrase) && +phrase > 0 && +phrase < 120 && text[f] === ',')
    return agedName(text, tokens, a, b, f, gaz)
      ? [person(text, tokens, a, b, 'titled', appositiveRole(text, tokens, a, b))]
      : undefined;
  // a role right after the comma: "…, a structural engineer", "…, the engineer examining the bridge", or a role
  // of a body without an article: "Wu Dai, head of Tianjin Municipal Transportation Commission"
  const bare = ROLE_OF.exec(phrase);
  if (!/^(?:a|an|the)\s/i.test(phrase) && !(bare && PERSON_ROLES.has(bare[1]))) return undefined;
  const role = appositiveRole(text, tokens, a, b);
  return role ? [person(text, tokens, a, b, 'titled', role)] : undefined;
}

/**
 * An academic degree after a name and its comma, ending an item of a list of authors: ", PhD1;", ", MPH2,3;" (MD, MS
 * and MA with their affiliations' numbers only: "Rolling Fork, MS;" is a town and its state).
 */
const CREDENTIAL_AFTER =
  /^, (?:(?:PhD|MPH|MSc|MSPH|MSN|DVM|DrPH|RN|DDS|JD|MBA|BSN|PharmD|ScD)[\d,]*|(?:MD|MS|MA)\d[\d,]*)(?:;|\r?\n|$)/;

/** A role noun and what it is of, with no article: "head of communications at …", "deputy director of …". */
const ROLE_OF = /^(?:(?:former|acting|deputy|vice|senior|assistant|interim)\s+)?(\p{Ll}+)\s+(?:of|at|for)\s/u;
/** Roles only a person holds, for `ROLE_OF` (not "owner", "manager", "operator": "Synergy Marine, manager of …"). */
const PERSON_ROLES = new Set(
  `head chief director president chairman chairwoman chair spokesman spokeswoman spokesperson secretary minister
  governor mayor commissioner superintendent administrator commander coordinator deputy adviser advisor founder
  professor dean editor ambassador sheriff`.split(/\s+/),
);

/**
 * What follows a given name alone, after its comma, that only a person takes: "who …" (not "one of the …", which
 * a storm or a company takes as well: "Helene, one of the deadliest storms").
 */
const ALONE_APPOSED = /^who\s/;

/** "Sarmiento said", "Inlender told the Times", "said McLaughlin". */
function spoken(text: string, tokens: Token[], a: number, b: number, gaz: Gazetteer): PersonMention[] | undefined {
  // ("Der Spiegel reported": a name that opens with an article is a paper's or a place's)
  if (b - a > 2 || NAME_ARTICLES.has(tokens[a].text)) return undefined;
  for (let k = a; k < b; k++) if (!nameWord(tokens[k]) || isMajorPlace(tokens[k], gaz)) return undefined;
  const after = tokens[b],
    before = tokens[a - 1];
  // "Rescuers in Copiapó said": after a locative preposition the word is a place speaking, not a person
  if (b - a === 1 && before && LOCATIVE_WORDS.has(before.text.toLowerCase())) return undefined;
  // "The Pentagon said": no one's name alone takes an article ("The Dalai Lama said" names someone)
  if (
    b - a === 1 &&
    before &&
    (before.text === 'the' || before.text === 'The') &&
    before.outerEnd + 1 === tokens[a].start
  )
    return undefined;
  const verbAfter =
    !!after &&
    SPEECH_VERBS.has(after.text) &&
    after.start === tokens[b - 1].outerEnd + 1 &&
    // "Germanwings confirmed its flight …": what has "its" is a body
    tokens[b + 1]?.text !== 'its';
  const verbBefore =
    !!before &&
    SPEECH_VERBS.has(before.text) &&
    /^[\s]*$/.test(text.slice(before.outerEnd, tokens[a].start)) &&
    !/^\s*\p{L}/u.test(text.slice(tokens[b - 1].outerEnd, tokens[b - 1].outerEnd + 2));
  if (!verbAfter && !verbBefore) return undefined;
  return [person(text, tokens, a, b, 'speech', appositiveRole(text, tokens, a, b))];
}

function person(
  text: string,
  tokens: Token[],
  s: number,
  e: number,
  evidence: PersonEvidence,
  role?: string,
): PersonMention {
  let last = e - 1;
  while (last > s && NAME_SUFFIXES.has(tokens[last].text)) last--;
  // "Michael Brown Sr.": the father of a son of his name, another person (a "Jr." is who the name alone means)
  let senior = false;
  for (let k = last + 1; k < e; k++) if (tokens[k].text === 'Sr' || tokens[k].text === 'Sr.') senior = true;
  const words: string[] = [];
  for (let k = s; k <= last; k++) if (k === s || !quotedNickname(text, tokens, k)) words.push(tokens[k].text);
  // After a title, the first of two or more name words is a given name even when the lexicon lacks it.
  // "De la Fuente declined": a name that starts with a particle is a surname, not a given name
  const particle = NAME_PARTICLES.has(words[0].toLowerCase());
  const first =
    words.length > 1 && !particle && (FIRST_NAMES.has(words[0]) || evidence === 'titled') ? words[0] : undefined;
  const ev: PersonEvidence = evidence === 'titled' && first ? 'full-name' : evidence;
  return {
    kind: 'person',
    start: tokens[s].start,
    end: tokens[e - 1].end,
    text: text.slice(tokens[s].start, tokens[e - 1].end),
    name: senior ? `${words.join(' ')} Sr.` : words.join(' '),
    first,
    surname: senior ? `${words[words.length - 1]} Sr.` : words[words.length - 1],
    evidence: ev,
    role: role || undefined,
  };
}

const APPOSITIVE_STOP = /[,.;:“”"()]/;

/**
 * A role set off by commas next to a name: "Trump’s border czar, Tom Homan," / "Matthew Albence, the executive
 * associate director of ICE".
 */
function appositiveRole(text: string, tokens: Token[], s: number, e: number): string | undefined {
  const startOff = tokens[s].start,
    endOff = tokens[e - 1].outerEnd;
  if (text.slice(startOff - 2, startOff) === ', ') {
    let b = startOff - 2;
    while (b > 0 && !APPOSITIVE_STOP.test(text[b - 1])) b--;
    const phrase = text.slice(b, startOff - 2).trim();
    const role = roleIn(phrase, false);
    if (role) return role;
  }
  if (text.slice(endOff, endOff + 2) === ', ') {
    const f = appositiveEnd(text, endOff + 2);
    const role = roleIn(text.slice(endOff + 2, f).trim(), true);
    if (role) return role;
  }
  return undefined;
}

/**
 * Where an apposition after a name ends: its first stop, but for the periods of initials ("a U.S.-born engineer")
 * and a comma between its adjectives ("a U.S.-born, 28-year-old restaurant inspector").
 */
function appositiveEnd(text: string, from: number): number {
  let f = from;
  for (; f < text.length; f++) {
    const c = text[f];
    if (!APPOSITIVE_STOP.test(c)) continue;
    if (c === '.' && /\p{Lu}$/u.test(text.slice(f - 1, f))) {
      // (inside initials, "U.S.-born", or at their end before the phrase goes on: "a U.S. citizen")
      if (/[\p{L}-]/u.test(text[f + 1] ?? '')) continue;
      if (/(?:\p{Lu}\.){2}$/u.test(text.slice(f - 3, f + 1)) && /^ \p{Ll}/u.test(text.slice(f + 1, f + 3))) continue;
    }
    if (
      c === ',' &&
      // (a compound adjective before the comma: not "an analyst, said", nor "a spokesman, 45, said")
      /^(?:a|an|the)\s+\S+-\p{L}+$/iu.test(text.slice(from, f))
    )
      continue;
    break;
  }
  return f;
}

function roleIn(phrase: string, after: boolean): string | undefined {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || (!after && words.length > 8)) return undefined;
  if (after && /^\p{Lu}/u.test(words[0]) && !/^(The|A|An)$/.test(words[0])) return undefined;
  const isRole = (w: string) => ROLE_NOUNS.has(w.toLowerCase().replace(/[’']s$/, ''));
  let k = words.findIndex(isRole);
  if (k < 0 || (after && k > 6)) return undefined;
  // "the executive associate director": the head is the last role noun of the lower-case stretch
  for (let j = k + 1; j < Math.min(words.length, 8) && /^\p{Ll}/u.test(words[j]); j++) if (isRole(words[j])) k = j;
  let end = k + 1;
  // keep "of ICE", "for ICE in Los Angeles"; stop at a verb or a lower-case clause
  while (end < words.length && (/^(of|for|at|in|with|on|and|the)$/.test(words[end]) || /^\p{Lu}/u.test(words[end])))
    end++;
  while (end > k + 1 && /^(of|for|at|in|with|on|and|the)$/.test(words[end - 1])) end--;
  const startAt = after ? 0 : Math.max(0, k - 5);
  if (!after && words.slice(0, startAt).length && k - startAt > 6) return undefined;
  return words
    .slice(startAt, end)
    .join(' ')
    .replace(/^(the|a|an|The|A|An)\s+/, '');
}
