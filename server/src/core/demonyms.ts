import type { Gazetteer } from './gazetteer';
import { hasWord } from './text';

/**
 * Words for the people of a country, a US state or a continent ("Haitian", "Nepali", "Chilean",
 * "Japanese", "Texan", "West African"): never part of a person's name. They are derived from the
 * gazetteer's names by the suffixes English uses, so a corpus about any country is covered, plus the
 * forms no suffix rule gives.
 */

const IRREGULAR = `French Dutch British English Irish Scottish Welsh Swiss Greek Thai Filipino Filipina Swedish Danish
  Finnish Norwegian Spanish Polish Turkish Kurdish Flemish Icelandic Afghan Saudi Emirati Congolese Lebanese
  Portuguese Argentine Ivorian Malagasy Maori Inuit Arab Arabic Hispanic Latino Latina Cypriot Slovak Czech Croat
  Serb Bosniak Uzbek Kazakh Tajik Kyrgyz Turkmen Pashtun Bengali Punjabi Gujarati Tamil Sinhalese Nepalese Tibetan
  Uyghur Yemeni Omani Bahraini Kuwaiti Qatari Iraqi Israeli Pakistani Bangladeshi Somali Sudanese Burmese Maltese
  Peruvian Ecuadorian Salvadoran Guatemalan Honduran Nicaraguan Panamanian Venezuelan Colombian Bolivian
  Paraguayan Uruguayan Chilean Brazilian Haitian Dominican Jamaican Cuban Mexican Canadian American European
  African Asian Arabian Australian Oceanian Caribbean Balkan Baltic Nordic Scandinavian Slavic Latin`;

const DIRECTIONS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Sub-Saharan)[ -]/;

function forms(name: string): string[] {
  const n = name.split(' ').pop() ?? name;
  if (n.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(n)) return [];
  const stem = /[aeiouy]$/.test(n) ? n.slice(0, -1) : n;
  const out = [`${n}n`, `${n}an`, `${n}ian`, `${stem}ian`, `${stem}an`, `${n}i`, `${stem}i`, `${n}ese`, `${stem}ese`];
  if (n.endsWith('y')) out.push(stem); // Germany → German
  if (n.endsWith('s')) out.push(`${stem.slice(0, -1)}n`, `${n.slice(0, -1)}n`); // Texas → Texan
  return out.filter((f) => f.length >= 5 && f !== name);
}

const cache = new WeakMap<Gazetteer, Set<string>>();

let lastGazetteer: Gazetteer | undefined;
let lastSet: Set<string> | undefined;

function demonymsOf(gaz: Gazetteer): Set<string> {
  // one gazetteer per process in practice: remember the last one's set (this runs on every capitalised word)
  if (gaz === lastGazetteer && lastSet) return lastSet;
  let set = cache.get(gaz);
  if (set) {
    lastGazetteer = gaz;
    lastSet = set;
    return set;
  }
  set = new Set(IRREGULAR.split(/\s+/).filter(Boolean));
  for (const p of gaz.byId.values()) {
    if (p.kind !== 'country' && !(p.kind === 'state' && p.country === 'US')) continue;
    for (const name of [p.name, ...p.aliases]) for (const f of forms(name)) if (!gaz.lookup(f)) set.add(f);
  }
  cache.set(gaz, set);
  lastGazetteer = gaz;
  lastSet = set;
  return set;
}

/** Is this word (or "West African") a word for a people, not a name? */
export function isDemonym(word: string, gaz: Gazetteer): boolean {
  const set = demonymsOf(gaz);
  if (set.has(word)) return true;
  // "Haitian's": without the possessive (no pattern: this runs on every capitalised word)
  let w = word;
  const n = word.length;
  if (n >= 2 && word.charCodeAt(n - 1) === 115 /* s */) {
    const q = word.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) {
      w = word.slice(0, -2);
      if (set.has(w)) return true;
    }
  }
  return (w.includes(' ') || w.includes('-')) && DIRECTIONS.test(w) && set.has(w.replace(DIRECTIONS, ''));
}

/** The countries of the irregular words for their peoples ("Burmese": Myanmar), where one country is meant. */
const IRREGULAR_COUNTRIES: Record<string, string> = Object.fromEntries(
  `French FR Dutch NL British GB English GB Irish IE Scottish GB Welsh GB Swiss CH Greek GR Thai TH Filipino PH
  Filipina PH Swedish SE Danish DK Finnish FI Norwegian NO Spanish ES Polish PL Turkish TR Icelandic IS Afghan AF
  Saudi SA Emirati AE Lebanese LB Portuguese PT Argentine AR Ivorian CI Malagasy MG Cypriot CY Slovak SK Czech CZ
  Uzbek UZ Kazakh KZ Tajik TJ Kyrgyz KG Turkmen TM Yemeni YE Omani OM Bahraini BH Kuwaiti KW Qatari QA Iraqi IQ
  Israeli IL Pakistani PK Bangladeshi BD Somali SO Sudanese SD Burmese MM Maltese MT Peruvian PE Ecuadorian EC
  Salvadoran SV Guatemalan GT Honduran HN Nicaraguan NI Panamanian PA Venezuelan VE Colombian CO Bolivian BO
  Paraguayan PY Uruguayan UY Chilean CL Brazilian BR Haitian HT Jamaican JM Cuban CU Mexican MX Canadian CA
  Nepalese NP Nepali NP`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w, i, all) => (i % 2 ? [] : [[w, all[i + 1]]])),
);

const wordsCache = new WeakMap<Gazetteer, Map<string, string[]>>();

/**
 * Each country's words for its people ("Burmese": Myanmar's), derived as `demonymsOf` derives them: a form two
 * countries' names give alike ("Korean") is neither's, and of two forms the closer to the name wins ("Nigerian":
 * Nigeria's, not Niger's).
 */
function peopleWords(gaz: Gazetteer): Map<string, string[]> {
  let byCountry = wordsCache.get(gaz);
  if (byCountry) return byCountry;
  const best = new Map<string, { country: string; rank: number } | null>();
  for (const p of gaz.byId.values()) {
    if (p.kind !== 'country') continue;
    for (const name of [p.name, ...p.aliases])
      forms(name).forEach((f, rank) => {
        if (gaz.lookup(f)) return;
        const was = best.get(f);
        if (was === undefined || (was && rank < was.rank)) best.set(f, { country: p.country, rank });
        else if (was && rank === was.rank && was.country !== p.country) best.set(f, null);
      });
  }
  const country = new Map(Object.entries(IRREGULAR_COUNTRIES));
  for (const [f, b] of best) if (b && !country.has(f)) country.set(f, b.country);
  // ("American", "African" are continents' as much as a country's, "American aid", "the African Union"; "Dominican" is
  // Dominica's and the Dominican Republic's)
  for (const word of ['American', 'African', 'Asian', 'European', 'Dominican']) country.delete(word);
  byCountry = new Map();
  for (const [word, c] of country) {
    const words = byCountry.get(c);
    if (words) words.push(word);
    else byCountry.set(c, [word]);
  }
  wordsCache.set(gaz, byCountry);
  return byCountry;
}

/**
 * Whether the text names a country by its people's word ("Burmese officials": Myanmar). Looked for as that
 * country's words only, where a place of it is left to decide: most articles never ask.
 */
export function namesItsPeople(text: string, country: string, gaz: Gazetteer): boolean {
  return (peopleWords(gaz).get(country) ?? []).some((w) => hasWord(text, w));
}
