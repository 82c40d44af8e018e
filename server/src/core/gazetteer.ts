import data from './data/gazetteer.json';
import { AP_STATE_ABBREVIATIONS, NICKNAMES, type AliasTarget } from './aliases';
import { fnv1a } from './text';
import type { Place } from './types';

interface GazetteerData {
  places: Place[];
}

/** What the gazetteer knows of one surface form: its places, and whether a longer name starts with it. */
export interface SurfaceEntry {
  places: Place[] | undefined;
  continues: boolean;
}

/** Places by id and by every surface form the press uses for them. */
export class Gazetteer {
  readonly byId = new Map<string, Place>();
  /**
   * Surface form → candidate places, most likely first, and whether it is a proper word-prefix of a
   * multi-word surface ("New", "New York": a match may go on). One table, so that reading a word takes
   * one probe (a place name matcher asks both questions of every capitalised word).
   */
  private readonly bySurface = new Map<string, SurfaceEntry>();
  /**
   * A Bloom filter over the surface forms (no false negatives): most capitalised words are no place, and the
   * filter says so from one small table, where a probe of the large map would miss the processor's cache.
   */
  private readonly filter = new Int32Array(FILTER_MASK + 1);
  /** Longest surface form, in words. */
  readonly maxWords: number;
  readonly stateByCode = new Map<string, Place>();

  constructor(places: Place[]) {
    let maxWords = 1;
    for (const p of places) this.byId.set(p.id, p);
    for (const p of places) {
      if (p.kind === 'state' || p.kind === 'district') {
        if (p.admin && p.country === 'US' && p.id.startsWith('state:')) this.stateByCode.set(p.admin, p);
      }
      for (const s of [p.name, ...p.aliases]) maxWords = Math.max(maxWords, this.addForms(s, p));
    }
    for (const [abbr, code] of Object.entries(AP_STATE_ABBREVIATIONS)) {
      const state = this.stateByCode.get(code);
      if (state) this.add(abbr, state);
    }
    for (const [alias, target] of Object.entries(NICKNAMES)) {
      const p = this.resolveTarget(target);
      if (p) maxWords = Math.max(maxWords, this.addForms(alias.replace(/^the /, ''), p));
    }
    for (const e of this.bySurface.values()) e.places?.sort(rank);
    this.maxWords = maxWords;
    for (const k of this.bySurface.keys()) {
      const h = fnv1a(k);
      this.filter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
      this.filter[(h >>> 18) & FILTER_MASK] |= 1 << ((h >>> 13) & 31);
    }
  }

  private mayHold(surface: string): boolean {
    const h = fnv1a(surface);
    return (
      (this.filter[(h >>> 5) & FILTER_MASK] & (1 << (h & 31))) !== 0 &&
      (this.filter[(h >>> 18) & FILTER_MASK] & (1 << ((h >>> 13) & 31))) !== 0
    );
  }

  /**
   * A name as typed, with a curly apostrophe ("L’Aquila", "Côte d’Ivoire": news types it curly as often as
   * straight), and as the tokens read a word's possessive inside it ("Democratic People's Republic of Korea":
   * "People" then "Republic", which `longestMatch` joins where a name goes on).
   */
  private addForms(surface: string, p: Place): number {
    const words = this.add(surface, p);
    if (surface.includes("'")) this.add(surface.replaceAll("'", '’'), p);
    if (surface.includes("'s ")) this.add(surface.replaceAll("'s ", ' '), p);
    return words;
  }

  private add(surface: string, p: Place): number {
    const e = this.bySurface.get(surface);
    if (!e) this.bySurface.set(surface, { places: [p], continues: false });
    else if (!e.places) e.places = [p];
    else if (!e.places.includes(p)) e.places.push(p);
    const words = surface.split(' ');
    for (let i = 1; i < words.length; i++) {
      const prefix = words.slice(0, i).join(' ');
      const pe = this.bySurface.get(prefix);
      if (pe) pe.continues = true;
      else this.bySurface.set(prefix, { places: undefined, continues: true });
    }
    return words.length;
  }

  private resolveTarget(t: AliasTarget): Place | undefined {
    if (t.kind === 'country') return this.byId.get(`country:${t.country}`);
    const list = this.bySurface.get(t.name)?.places ?? [];
    return list.find(
      (p) =>
        p.country === t.country &&
        (t.admin === undefined || p.admin === t.admin) &&
        (!t.kind || p.kind === t.kind || (t.kind === 'city' && p.kind === 'district')),
    );
  }

  lookup(surface: string): Place[] | undefined {
    return this.mayHold(surface) ? this.bySurface.get(surface)?.places : undefined;
  }

  /** Could a longer place name start with these words? */
  continues(surface: string): boolean {
    return this.mayHold(surface) && this.bySurface.get(surface)?.continues === true;
  }

  /** Both of the above in one probe (undefined: neither a place nor the start of one). */
  entry(surface: string): SurfaceEntry | undefined {
    return this.mayHold(surface) ? this.bySurface.get(surface) : undefined;
  }

  /** The place a postal code stands for: a state, or Los Angeles for "LA" as the press writes it. */
  postalCode(code: string): Place | undefined {
    const nick = NICKNAMES[code];
    if (nick) return this.resolveTarget(nick);
    return this.stateByCode.get(code);
  }

  /** "state of New York" / "Boston, Massachusetts": where a place lies, for hovers. */
  describe(p: Place): string {
    const country = this.byId.get(`country:${p.country}`)?.name ?? p.country;
    if (p.kind === 'country') return 'country';
    if (p.kind === 'continent') return 'continent or world region';
    if (p.kind === 'state') return `state in ${country === 'United States' ? 'the United States' : country}`;
    if (p.kind === 'county') return 'county';
    if (p.kind === 'region') return `province or region of ${country}`;
    const state = p.admin ? this.stateByCode.get(p.admin)?.name : undefined;
    const host = p.partOf ? this.byId.get(p.partOf)?.name : undefined;
    const where = [host, state, country].filter(Boolean).join(', ');
    const kind = p.kind === 'district' ? 'district' : 'city';
    // (a town the articles name by its kind, or a city's square: no gazetteer says where)
    return where ? `${kind} in ${where}` : p.kind === 'district' ? 'part of a city' : 'city, town or village';
  }
}

/** 2^14 words of 32 bits (64 KB): a few false positives in a hundred for the bundled gazetteer. */
const FILTER_MASK = (1 << 14) - 1;

/** Bare names prefer big places: countries and states, then cities by population; small towns last. */
function rank(a: Place, b: Place): number {
  const order = (p: Place) =>
    p.minor ? 3 : p.kind === 'country' || p.kind === 'state' || p.kind === 'continent' ? 1 : 2;
  if (order(a) !== order(b)) return order(a) - order(b);
  return b.population - a.population;
}

let shared: Gazetteer | undefined;

/** The bundled gazetteer, built once per process. */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer((data as GazetteerData).places.map(oneShape));
  return shared;
}

/**
 * A place with every field, in one order. The data writes only the fields a place has, eight shapes in
 * all, and code that reads places met a new shape now and then: V8 dropped what it had compiled for them and
 * compiled it again (`findPlaces` four times in a thread). In one shape, counted by valgrind
 * (`npm run bench -- --instructions`): what a thread pays before its analysis runs compiled, 3,944 → 3,748
 * million instructions; a pass once compiled 0.2% less. (Timed, side by side, no difference could be seen.)
 */
const oneShape = (p: Place): Place => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  country: p.country,
  admin: p.admin,
  population: p.population,
  aliases: p.aliases,
  minor: p.minor,
  partOf: p.partOf,
});
