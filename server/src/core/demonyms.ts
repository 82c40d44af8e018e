import type { Gazetteer } from './gazetteer';

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
