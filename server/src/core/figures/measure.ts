import { MONTHS, WEEKDAYS } from '../lexicon';

/** What a figure counts: the head noun after it, or the event a verb names ("were arrested" → arrests). */

/** Verb stems and event nouns → the measure they count. */
const EVENT_WORDS: Array<[string, string]> = [
  ['arrests', 'arrest arrests arrested arresting'],
  ['detentions', 'detain detains detained detaining detention detentions'],
  ['deportations', 'deport deports deported deporting deportation deportations'],
  ['apprehensions', 'apprehend apprehended apprehension apprehensions'],
  ['removals', 'remove removed removal removals'],
  ['deaths', 'kill kills killed killing killings die died dead death deaths fatalities fatality perished slain toll'],
  ['injuries', 'injure injured injuring injuries injury wounded hurt'],
  ['releases', 'release released releasing releases'],
  ['evacuations', 'evacuate evacuated evacuation evacuations'],
  ['rescues', 'rescue rescued rescues'],
  ['hospitalizations', 'hospitalized hospitalised hospitalizations hospitalisations'],
  ['displaced', 'displaced displacement'],
  ['homeless', 'homeless homelessness'],
  ['affected', 'affected'],
  ['missing', 'missing unaccounted'],
  ['aboard', 'aboard onboard'],
  ['cases', 'infected infections cases'],
  ['convictions', 'convicted convictions'],
  ['charges', 'charged indicted indictments'],
  ['held', 'held jailed incarcerated imprisoned'],
  ['hires', 'hired hires hiring'],
  ['job cuts', 'fired laid layoffs cut'],
  ['votes', 'voted votes'],
  ['strikers', 'strike striking strikers walkout walked walk picketing picketed'],
];

/** Word → measure, looked up once per word (a map, not a list of patterns: this runs for every number). */
const EVENTS = new Map<string, string>(
  EVENT_WORDS.flatMap(([m, words]) => words.split(' ').map((w) => [w, m] as [string, string])),
);

export function eventOf(word: string): string | undefined {
  return EVENTS.get(word.toLowerCase());
}

/** `eventOf` for a word already in lower case. */
export function eventOfLower(word: string): string | undefined {
  return EVENTS.get(word);
}

/** Nouns for people: their count takes its measure from what happened to them. */
const PEOPLE = new Set([
  'person',
  'people',
  'persons',
  'individual',
  'individuals',
  'immigrant',
  'immigrants',
  'migrant',
  'migrants',
  'alien',
  'aliens',
  'man',
  'men',
  'woman',
  'girl',
  'girls',
  'boy',
  'boys',
  'women',
  'child',
  'children',
  'adult',
  'adults',
  'resident',
  'residents',
  'citizen',
  'citizens',
  'noncitizen',
  'noncitizens',
  'worker',
  'workers',
  'student',
  'students',
  'suspect',
  'suspects',
  'passenger',
  'passengers',
  'hostage',
  'hostages',
  'civilian',
  'civilians',
  'protester',
  'protesters',
  'refugee',
  'refugees',
  'detainee',
  'detainees',
  'inmate',
  'inmates',
  'patient',
  'patients',
  'employee',
  'employees',
  'member',
  'members',
  'others',
  'criminals',
  'offender',
  'offenders',
  'fugitive',
  'fugitives',
  'teen',
  'teens',
  'teenager',
  'teenagers',
  'minor',
  'minors',
  'officer',
  'officers',
  'soldier',
  'soldiers',
  'troops',
  'gunman',
  'gunmen',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'militant',
  'militants',
  'insurgent',
  'insurgents',
  'rebel',
  'rebels',
  'jihadist',
  'jihadists',
]);

export function isPeopleNoun(word: string): boolean {
  return PEOPLE.has(word.toLowerCase());
}

/**
 * Words that describe rather than classify: left out of the measure ("dangerous drugs offenses" = "drug-related
 * offenses").
 */
const EVALUATIVE = new Set([
  'dangerous',
  'serious',
  'violent',
  'criminal',
  'illegal',
  'alleged',
  'suspected',
  'confirmed',
  'reported',
  'total',
  'additional',
  'other',
  'more',
  'new',
  'current',
  'recent',
  'former',
  'known',
  'separate',
  'different',
  'individual',
  'undocumented',
  'unauthorized',
  'active',
  'some',
  'such',
  'those',
  'these',
  'their',
  'its',
  'the',
  'of',
  'just',
  'only',
  'estimated',
]);

/** Words after a number that end its noun phrase. */
const STOP = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'by',
  'of',
  'and',
  'or',
  'but',
  'who',
  'that',
  'which',
  'whom',
  'whose',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'nationwide',
  'statewide',
  'countrywide',
  'worldwide',
  'overall',
  'total',
  'so',
  'since',
  'during',
  'after',
  'before',
  'across',
  'than',
  'as',
  'into',
  'per',
  'each',
  'a',
  'an',
  'the',
  'this',
  'last',
  'next',
  'ago',
  'earlier',
  'later',
  'while',
  'when',
  'where',
  'out',
  'up',
  'down',
  'over',
  'under',
  'between',
  'among',
  'including',
  'described',
  'said',
  'says',
  'according',
  'not',
  'also',
  'now',
  'there',
  'here',
  'inside',
  'outside',
  'near',
  'around',
  'about',
  'within',
  'without',
  'because',
  'if',
  'though',
  'although',
  // irregular participles and common verbs that end a noun phrase: "50 arrests made", "7,113 individuals held"
  'made',
  'taken',
  'given',
  'seen',
  'held',
  'done',
  'found',
  'left',
  'kept',
  'brought',
  'caught',
  'put',
  'shown',
  'known',
  'told',
  'sent',
  'spent',
  'paid',
  'lost',
  'won',
  'built',
  'hit',
  'run',
  'got',
  'gotten',
  'came',
  'went',
  'remain',
  'remained',
  'remains',
  'include',
  'included',
  'includes',
  'did',
  'does',
  'do',
  'get',
  'make',
  'makes',
  'take',
  'takes',
  'face',
  'faced',
  'faces',
]);

const IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'cattle',
  'feet',
  'teeth',
  'mice',
  'data',
  'media',
]);

const endsWithAny = (w: string, ends: string[]) => ends.some((e) => w.endsWith(e));

function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  // (string ends, not patterns: this runs for every word after a number)
  return IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !endsWithAny(w, ['ss', 'us', 'is']));
}

/** (a map, not an object: a word of the text such as "constructor" would find what every object inherits) */
const IRREGULAR_SINGULARS = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['police', 'police'],
  ['news', 'news'],
  ['series', 'series'],
  ['data', 'data'],
]);

/** Plurals in "-men" of nouns for people by what they do: "gunmen", "policemen", "fishermen". */
const COMPOUND_MEN = new RegExp(
  String.raw`^(?:gun|police|fire|fisher|service|congress|spokes|crew|line|law|horse|air|sea|militia|tribes|clans|` +
    String.raw`business|chair|guards|patrol|camera|country|sales|trades|frontier)men$`,
);

export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_SINGULARS.get(w);
  if (irregular) return irregular;
  if (w.endsWith('men') && COMPOUND_MEN.test(w)) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (endsWithAny(w, ['ss', 'us', 'is'])) return w;
  if (endsWithAny(w, ['shes', 'ches', 'xes', 'zes', 'sses'])) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

export interface NounPhrase {
  head?: string;
  modifiers: string[];
  /** Whether a name says what is counted ("5,900 National Guard members"): its people act, nothing happens to them. */
  named?: boolean;
  /** Offset just after the phrase. */
  end: number;
}

/** A word of a noun phrase (sticky: read where the last one ended). */
// (a model's designation is one word: "three C-130s", "two UH-60s")
const NOUN_WORD = /\p{Lu}{1,4}-\d{1,4}\p{L}*|[\p{L}][\p{L}'’-]*/uy;

/** Initials with their periods, before what a number counts: "U.S.", "U.N.", "U.K." (sticky). */
const INITIALS = /(?:\p{Lu}\.){2,}/uy;

/** A participle that ends its phrase: at a stop, or before a preposition ("unaccounted for", "missing after"). */
const PARTICIPLE_ALONE = new RegExp(
  String.raw`^ (?:[\p{Ll}-]+(?:ed|en|ing)|missing|dead|alive|homeless)` +
    String.raw`(?:\s*(?:[,.;:)]|$)|\s+(?:for|in|at|on|by|after|from|and|or|as|since|with|following)\b)`,
  'u',
);

/** Adverbs between a number and its participle, read over: "77 still unaccounted for", "40 now missing". */
const LEADING_ADVERBS = new Set(['still', 'now', 'already', 'reportedly', 'apparently', 'presumably']);

/** The noun phrase right after a number: "drug-related offenses" → head "offenses", modifiers ["drug-related"]. */
export function nounPhraseAfter(text: string, from: number, limit: number): NounPhrase {
  const re = NOUN_WORD;
  let i = from;
  const words: string[] = [];
  let end = from;
  let most = 5,
    named = false;
  while (i < limit && words.length < most) {
    while (i < limit && text[i] === ' ') i++;
    // "13 U.S. service members", "200 U.N. staff": a country's initials say where, not what is counted
    INITIALS.lastIndex = i;
    const initials = words.length === 0 ? INITIALS.exec(text) : null;
    if (initials && initials.index === i) {
      i += initials[0].length;
      // (and the word they make with a hyphen: "U.S.-supplied missiles", "U.N.-run schools")
      if (text[i] === '-') while (i < limit && text[i] !== ' ') i++;
      if (text[i] !== ' ') break;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index !== i) break;
    const w = m[0];
    const lw = w.toLowerCase();
    if (STOP.has(lw)) break;
    // "77 still unaccounted for": an adverb before the participle that says what is counted
    // (not before a verb that takes an object: "2 reportedly killed a guard" counts no dead)
    if (words.length === 0 && LEADING_ADVERBS.has(lw) && PARTICIPLE_ALONE.test(text.slice(i + w.length, i + 60))) {
      i += w.length;
      if (text[i] !== ' ') break;
      continue;
    }
    if (
      words.length > 0 &&
      lw.endsWith('ed') &&
      !/^(armed|related|based|linked|organized|organised)/.test(lw) &&
      !lw.includes('-')
    )
      break;
    // "500 on Immigration Charges" / proper names (but a fact sheet's label: "12,268 Earthquake-Related Injuries";
    // and a name that says what is counted: "1,000 National Guard soldiers", "6 FEMA Incident Management Teams")
    if (words.length > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w) && !TITLED_ADJECTIVE.test(words[0])) {
      // (not after a model's designation: "one C-130 Hercules" counts C-130s)
      const name = words.every((x) => /^\p{Lu}/u.test(x)) && !/\d/.test(words[0]);
      const run = name ? namedKind(text, i, limit, words[0]) : undefined;
      if (!run) break;
      words.push(...run.words);
      i = end = run.end;
      most = words.length + 3;
      named = true;
      if (text[i] !== ' ') break;
      // (after a plural, only another plural goes on: "22,000 National Guardsmen already")
      const last = run.words[run.words.length - 1];
      const next = /^ ([\p{L}][\p{L}'’-]*)/u.exec(text.slice(i, i + 40));
      if (isPlural(last) && (!next || !isPlural(next[1]))) break;
      continue;
    }
    words.push(w);
    i += w.length;
    end = i;
    if (text[i] !== ' ') break;
    // after a plural noun, only another plural goes on: "weapons offenses", but "safest cities cooperate" (a
    // name's word that ends in s is no plural before the name's next word: "4,000 Texas National Guard members")
    if (isPlural(w)) {
      const next = /^ ([\p{L}][\p{L}'’-]*)/u.exec(text.slice(i, i + 40));
      const inName = !!next && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(next[1]);
      if (!next || (!isPlural(next[1]) && !inName)) break;
    }
  }
  // the head is the last word; a trailing adjective-only phrase ("45 total") has none
  if (!words.length) return { modifiers: [], end: from };
  const head = words[words.length - 1];
  return { head, modifiers: words.slice(0, -1), end, named };
}

/** Words that join a name's words: "Urban Search and Rescue Task Forces". */
const NAME_JOINERS = new Set(['and', 'of', '&']);

/**
 * The capitalised words from `at` where, with the capitalised words before them, they name a kind of what is
 * counted: before a word in lower case that goes on with the noun ("1,000 National Guard soldiers", "12 Red
 * Cross shelters"), or after initials ("6 FEMA Incident Management Assistance Teams", "14 FEMA Urban Search and
 * Rescue Task Forces"). Not a name after the count's noun ("300 Marines Sunday"), nor a headline's words
 * ("1,200 Workers Strike at Plant").
 */
function namedKind(
  text: string,
  at: number,
  limit: number,
  first: string,
): { words: string[]; end: number } | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  const word = /[\p{L}&][\p{L}'’-]*/uy;
  for (let i = at; words.length < 8 && i < limit;) {
    word.lastIndex = i;
    const m = word.exec(text);
    if (!m) break;
    const w = m[0];
    if (NAME_JOINERS.has(w)) {
      // (only between two words of the name, not after its plural: "Teams and One HHS Team")
      word.lastIndex = i + w.length + 1;
      const next = text[i + w.length] === ' ' ? word.exec(text) : null;
      if (!next || !/^\p{Lu}/u.test(next[0]) || isPlural(words[words.length - 1] ?? first)) break;
    } else if (!/^\p{Lu}/u.test(w) || w.endsWith('ed') || STOP.has(w.toLowerCase())) break;
    // (a day or a month after the count's noun: "300 Marines Sunday")
    else if (MONTHS.has(w) || WEEKDAYS.has(w)) break;
    words.push(w);
    ends.push(i + w.length);
    if (text[i + w.length] !== ' ') break;
    i += w.length + 1;
  }
  while (words.length && NAME_JOINERS.has(words[words.length - 1])) words.pop();
  if (!words.length) return undefined;
  const end = ends[words.length - 1];
  // what comes after: a word in lower case that goes on with the noun, else the name must follow initials
  const after = /^ ([\p{Ll}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  const goesOn = !!after && !STOP.has(after[1]) && !after[1].endsWith('ed');
  // (after initials, a plural, or a name that ends where its clause does: "One HHS Incident Management Team (IMT)")
  const closes = /^\s*[(,.;:]|^\s*$/.test(text.slice(end, end + 3));
  const named = isPlural(words[words.length - 1]) || closes;
  // (a headline's capitals: "12 National Guard Soldiers Killed In Crash", "2,500 Texas National Guard Troops To …")
  const headline =
    isPlural(words[words.length - 1]) &&
    (closes || /^ (?:\p{Lu}\p{Ll}+ed|To|In|At|On|For|From|After)\b/u.test(text.slice(end, end + 16)));
  if (goesOn || headline || (/^\p{Lu}{2,5}$/u.test(first) && named)) return { words, end };
  return undefined;
}

/** A label's capitalised adjective before its noun: "Earthquake-Related Injuries", "Storm-Affected People". */
const TITLED_ADJECTIVE = /^\p{Lu}[\p{L}]*-(?:Related|Linked|Based|Affected|Induced)$/u;

/** A normalised key for a measure: singular head with its classifying modifiers. */
export function measureKey(head: string, modifiers: string[]): string {
  // (a loop, not array methods: their optimised code met empty and full lists as two kinds, and was dropped)
  let key = '';
  for (let i = 0; i < modifiers.length; i++) {
    const m = modifiers[i].toLowerCase().replace(/-related$|-linked$|-based$/, '');
    if (!EVALUATIVE.has(m)) key += `${singular(m)} `;
  }
  const one = singular(head);
  return key + (SAME_THING.get(one) ?? one);
}

/** Nouns reporting uses for one thing counted: "seven explosions" and "four blasts" count the same. */
const SAME_THING = new Map([['blast', 'explosion']]);

/** Groups among the people a count is of, counted apart from the people it happened to. */
/** Those who attack, among them: see `attackersActing`. */
const ATTACKER_GROUPS = ['gunmen', 'attackers', 'militants'];
const PART_GROUPS = ['children', 'girls', 'boys', 'women', 'students', ...ATTACKER_GROUPS];
/** Each group's name for one of it ("Eleven gunmen killed are not counted in these totals": the attackers). */
const ONE_OF = new Map([
  ['child', 'children'],
  ['girl', 'girls'],
  ['boy', 'boys'],
  ['woman', 'women'],
  ['student', 'students'],
  ['gunman', 'gunmen'],
  ['attacker', 'attackers'],
  ['assailant', 'attackers'],
  ['assailants', 'attackers'],
  ['militant', 'militants'],
  ['insurgent', 'militants'],
  ['insurgents', 'militants'],
  ['rebel', 'militants'],
  ['rebels', 'militants'],
  ['jihadist', 'militants'],
  ['jihadists', 'militants'],
]);

/**
 * Whether the people counted are attackers who did what the verb after them says ("Three gunmen killed 12
 * people", "Two attackers wounded 10"): the ones acting, not the ones it happened to (`groupMeasure`'s groups).
 */
export function attackersActing(noun: string, after: string): boolean {
  const group = ONE_OF.get(noun.toLowerCase()) ?? noun.toLowerCase();
  return ATTACKER_GROUPS.includes(group) && ACTING.test(after);
}
const ACTING = new RegExp(
  String.raw`^\s+(?:\p{Ll}+\s+)?(?:killed|wounded|injured|shot|stabbed|attacked|kidnapped|abducted|seized|took|` +
    String.raw`held|stormed)\s+(?:\d|(?:a|an|the|at least|more than|some|dozens|hundreds|several|people|civilians|` +
    String.raw`police|one|two|three|four|five|six|seven|eight|nine|ten)\b)`,
  'u',
);

/**
 * What happened to a group among the people counted: "affected 100,000 children" is a part of "171,600 people
 * affected", not the same count. The measure as `measure` keys it; the event alone for others.
 */
export function groupMeasure(event: string, noun: string): string {
  const group = ONE_OF.get(noun.toLowerCase()) ?? noun.toLowerCase();
  return PART_GROUPS.includes(group) ? `${event} (${group})` : event;
}

/** The measures, and each of them of each group (see `groupMeasure`). */
export function withGroups(measures: string[]): Set<string> {
  return new Set(measures.flatMap((m) => [m, ...PART_GROUPS.map((g) => `${m} (${g})`)]));
}

/** Two tolls counted as one ("120 people dead or missing"), their measures joined in order (`eitherToll`). */
export const JOINED_TOLLS = ['deaths+injuries', 'deaths+missing', 'injuries+missing'];

/** Tolls of a disaster, which rise while it lasts even when the event is named. */
export const TOLLS = withGroups([
  'deaths',
  'injuries',
  'missing',
  ...JOINED_TOLLS,
  'cases',
  'rescues',
  'evacuations',
  'displaced',
  'homeless',
  'affected',
  'hospitalizations',
]);

/** Measures that are running totals: a different day's different value is an update, not a conflict. */
export const RUNNING_TOTALS = new Set([
  ...TOLLS,
  ...withGroups(['arrests', 'detentions', 'deportations', 'apprehensions', 'removals', 'releases', 'charges']),
]);

/**
 * Participles that say how a count is known, not what happened to what it counts: "300 homes were reported
 * damaged" is about damage.
 */
const KNOWING = new Set(
  (
    'reported estimated believed thought said counted confirmed expected feared listed recorded registered known ' +
    'found considered deemed tallied documented identified'
  ).split(' '),
);
/** Whether a word is a participle that says how a count is known ("149 confirmed"): no noun of what it counts. */
export const saysHowKnown = (word: string): boolean => KNOWING.has(word);

/**
 * What can happen to counted things, by the participles reporting says it with: two figures whose actions
 * differ here are not about the same things. A participle not here says nothing of what a count is
 * ("homes built before 1970", "crews staged 36 ambulances").
 */
const ACTIONS = new Map(
  Object.entries({
    destroyed:
      'destroyed flattened razed leveled levelled wrecked demolished obliterated burned burnt gutted collapsed lost',
    damaged: 'damaged',
    affected: 'affected',
    flooded: 'flooded inundated swamped submerged',
    closed: 'closed shut shuttered',
    reopened: 'reopened',
    opened: 'opened',
    evacuated: 'evacuated',
    inspected: 'inspected assessed checked surveyed',
    repaired: 'repaired restored remediated fixed',
    rebuilt: 'rebuilt reconstructed',
    built: 'built constructed',
  }).flatMap(([action, words]) => words.split(' ').map((w) => [w, action] as [string, string])),
);
/** A participle: regular, or one of the irregular ones reporting counts things by. */
const PARTICIPLE =
  String.raw`(\p{Ll}{2,}ed|(?:re)?built|sold|lost|hit|shut|burnt|struck|swept|` + String.raw`torn|blown|broken|stolen)`;
/** Auxiliaries and adverbs between a noun and its participle: "factories have been fully remediated". */
const AUXILIARIES =
  String.raw`(?:(?:were|was|are|is|have|has|had|been|being|be|got|remain|remained|now|also|already|reportedly|` +
  String.raw`since|still|all|fully|partially|partly|completely|totally|badly|severely|heavily|seriously|largely|` +
  String.raw`mostly|entirely)\s+){0,4}`;
/** A second participle joined to the first: "damaged or destroyed", one action of both. */
const ALSO = String.raw`(?:\s*,?\s+(?:or|and|and\/or)\s+${AUXILIARIES}${PARTICIPLE}\b)?`;
const ACTION_AFTER = new RegExp(String.raw`^\s*${AUXILIARIES}${PARTICIPLE}\b${ALSO}`, 'u');
/** After a participle of `KNOWING`: "were reported damaged", "are believed to have been destroyed". */
const ACTION_AFTER_KNOWING = new RegExp(
  String.raw`^\s+(?:to\s+(?:have\s+)?(?:been|be)\s+|as\s+)?${AUXILIARIES}${PARTICIPLE}\b${ALSO}`,
  'u',
);
/** "destroyed an estimated 130,000 houses", "has closed 39 factories", "destroyed or damaged 769,000 houses". */
const ACTION_BEFORE = new RegExp(
  String.raw`\b${PARTICIPLE}(?:\s*,?\s+(?:or|and|and\/or)\s+${PARTICIPLE})?\s+` +
    String.raw`(?:(?:an?\s+estimated|more\s+than|fewer\s+than|less\s+than|over|about|nearly|` +
    String.raw`almost|some|at\s+least|at\s+most|roughly|around|up\s+to|approximately|as\s+many\s+as|` +
    String.raw`a\s+total\s+of|another|only|just|the)\s+)*$`,
  'u',
);

/** A number inside a phrase: "the rubble of three collapsed school buildings", "31 of the 32 districts". */
const IN_PHRASE = new RegExp(
  String.raw`\b(?:of|from|in|at|on|for|with|to|by|among|into|across|near)\s+` +
    String.raw`(?:(?:the|its|their|some|about|nearly|almost|over|more than|at least|an estimated)\s+)*$`,
  'i',
);

/**
 * What happened to the things a figure counts, when its clause says with a participle `ACTIONS` knows: "120
 * homes were destroyed" and "it damaged 300 homes" count homes alike but are not about the same homes. The
 * verb before the number (`before`, the clause up to it), else the verb after the counted noun (`after`, the
 * text from the noun phrase's end); undefined when neither says.
 */
export function actionOf(before: string, after: string): string | undefined {
  // the verb before the number first: "it damaged 500 homes built before 1970"
  const m = ACTION_BEFORE.exec(before.slice(-48));
  const fromBefore = m && !KNOWING.has(m[1]) ? actionIn(m) : undefined;
  if (fromBefore) return fromBefore;
  let n = ACTION_AFTER.exec(after);
  // a number inside a phrase: the verb after is the sentence's ("children from the rubble of three collapsed
  // school buildings are being treated"), not what happened to what it counts
  if (n && IN_PHRASE.test(before.slice(-32))) return undefined;
  if (n && KNOWING.has(n[1])) {
    // (read on past the participle of knowing: "were reported damaged")
    const past = n[0].indexOf(n[1]) + n[1].length;
    n = ACTION_AFTER_KNOWING.exec(after.slice(past));
  }
  return n ? actionIn(n) : undefined;
}

/** The action of a match's participle, or of its two joined ("destroyed or damaged"), when `ACTIONS` knows them. */
function actionIn(m: RegExpExecArray): string | undefined {
  const x = ACTIONS.get(m[1]),
    y = m[2] === undefined ? undefined : ACTIONS.get(m[2]);
  if (!x || (m[2] !== undefined && !y)) return undefined;
  // (both in one order: "damaged or destroyed" is "destroyed or damaged")
  return y && y !== x ? [x, y].sort().join(' or ') : x;
}
