import type { DocumentAnalysis } from './analyze';
import { editDistance, FIRST_NAMES, fullGivenName } from './names';
import { fold, isAscii, slug } from './text';
import { givenLetter, roleWords, variantsOf, type NameKey, type VariantOf } from './variants';

/**
 * What resolution knows about the corpus's people before it resolves a mention: full names and their
 * spellings, surnames and the full names they point at, given names that name one person, spelling
 * variants. Every table is filed by family name (a surname's last word, folded; a senior's keeps its "Sr.":
 * see `familyOf`): what one family's tables hold is made from the articles that write that family alone, so
 * an edit that changes the names of one article makes again only the tables of the families it wrote, from
 * their articles (`update`).
 */

/** A map or a weak map: what a memo needs of either. */
interface Memo<K extends object, V> {
  get(k: K): V | undefined;
  set(k: K, v: V): unknown;
  delete(k: K): boolean;
}

/** An article with its place in the order resolution reads articles in. */
export type Article = readonly [doc: string, analysis: DocumentAnalysis, index: number];

/** A name alone after a title or a role ("Queen Elizabeth", "her sister, Kim"): no given name of another's. */
export const titledAlone = (p: Person): boolean => p.evidence === 'titled' || !!p.role;

/** The family a surname (or a capitalised word looked up as one) is filed under. */
export function familyOf(surname: string): string {
  // (one family however its apostrophe is typed: "O'Shaughnessy", "O’Shaughnessy" make one id; most surnames are
  // ASCII, and asked for often)
  const f = isAscii(surname) ? fold(surname) : fold(surname).replace(/[’‘ʼ]/g, "'");
  let space = f.lastIndexOf(' ');
  // ("Michael Brown Sr." is filed under "brown sr.": its own family, and not every senior's)
  if (space > 0 && f.endsWith(SENIOR)) space = f.lastIndexOf(' ', space - 1);
  return space < 0 ? f : f.slice(space + 1);
}

/** How a senior's surname ends, folded (`people.ts` writes it so: "Brown Sr."). */
const SENIOR = ' sr.';

/**
 * What the tables know of one key (a full name's, or a bare surname's person): its family, what its mentions
 * say it is, and once registered its fullest name, how many articles write it in full, its given name and
 * surname, where it was first registered and the words of its roles. One record where six maps were: at
 * 10,000 articles of realistic length they held 39 MB for 119,000 keys.
 */
interface Known {
  family: string;
  /** PERSON and PLACE, as its mentions say. */
  evidence: number;
  name: string | undefined;
  articles: number;
  first: string | undefined;
  surname: string | undefined;
  /**
   * Where it was first registered: full names written in full before those made of a given name and a known
   * surname (`place` from 2^20 on), then by article, then by the name's place in the article (`registered`).
   * The order of first registration decides ties between spelling variants. −1 until registered.
   */
  article: number;
  place: number;
  roles: string[] | undefined;
  /** Its given name's letter as spelling variants group names (`givenLetter`), once registered. */
  given: string | undefined;
}

/** Made of a given name and a known surname ("Ivanka Trump"): registered after the names written in full. */
const GIVEN = 2 ** 20;

/** The order of first registration (see `Known.article`). */
const registered = (x: Known, y: Known) =>
  Number(x.place >= GIVEN) - Number(y.place >= GIVEN) || x.article - y.article || x.place - y.place;

/** The ids and surnames one family's tables hold, to take them out when the family is made again. */
interface Family {
  ids: string[];
  surnames: string[];
}

/** What a full name's mentions say it is: a person (a title, role or speech verb), or where places go. */
const PERSON = 1,
  PLACE = 2;

export class NameTables {
  /** family → folded full name → the spelling it is resolved to. */
  private readonly spellings = new Map<string, Map<string, string>>();
  private keyMemo = new Map<string, Map<string, string>>();
  /** id → what the tables know of it. */
  private readonly known = new Map<string, Known>();
  /** folded surname → the ids of the full names with it → their full mentions. */
  readonly bySurname = new Map<string, Map<string, number>>();
  /** article → the ids with a full mention there. */
  readonly idsIn = new Map<string, string[]>();
  /**
   * The registered ids by their surnames' first letter, in the order of first registration until an edit
   * registers a family's again (`setVariants` finds a letter's variants from its names).
   */
  private readonly byLetter = new Map<string, string[]>();
  /** article → candidate's place in its list → the person its given name and it make ("Ivanka Trump"). */
  readonly givenNames = new Map<string, Map<number, string>>();
  /** given name → the ids whose full name starts with it (three letters or more). */
  private readonly givenIds = new Map<string, string[]>();
  /** Each role word as one string: tens of thousands of people share a few hundred words. */
  private readonly words = new Map<string, string>();
  private word(w: string): string {
    const known = this.words.get(w);
    if (known !== undefined) return known;
    this.words.set(w, w);
    return w;
  }
  /**
   * Minority spellings → the majority's person; by the surname's first letter too, made again by part (surname
   * letter and given-name letter, `VariantParts`).
   */
  readonly variants = new Map<string, VariantOf>();
  private readonly variantsByLetter = new Map<string, Map<string, VariantOf>>();
  /** The folded names the corpus's articles read as organisations', each with how many articles read it so. */
  private readonly orgNames = new Map<string, number>();
  private readonly families = new Map<string, Family>();
  /** family → the articles that write a name filed under it (a person, or a capitalised word). */
  readonly articlesByFamily = new Map<string, string[]>();
  // (maps while the corpus is resolved, faster to ask; weak once it is, for the few an edit makes)
  private keys: Memo<DocumentAnalysis, Array<string | undefined>> = new Map();
  private ranks: Memo<Map<string, number>, Map<string, number>> = new Map();
  /** Set when two families made one id: an edit can then not be resolved family by family. */
  shared = false;
  /** The pairs of names a reviewer decided are different people, as the variants were last found for all. */
  private apart: Apart | undefined;

  /** The tables of these articles (all the corpus's, in order). */
  constructor(articles: readonly Article[]) {
    for (const [doc, a] of articles) {
      this.countOrgNames(a, 1);
      this.index(doc, a, 1);
    }
    this.fill(articles);
  }

  /**
   * Lets go of what only makes resolving the whole corpus faster (each analysis's keys, a surname's full names
   * ranked, the keys by given name and surname): made again for the few articles an edit resolves.
   */
  settle(): void {
    this.keyMemo = new Map();
    this.keys = new WeakMap();
    this.ranks = new WeakMap();
    // (a list grown by pushing keeps room for many more: tens of thousands of short lists kept exact)
    for (const lists of [this.idsIn, this.givenIds, this.byLetter, this.articlesByFamily])
      for (const [k, list] of lists) lists.set(k, list.slice());
    for (const k of this.known.values()) if (k.roles) k.roles = k.roles.slice();
    for (const fam of this.families.values()) {
      fam.ids = fam.ids.slice();
      fam.surnames = fam.surnames.slice();
    }
  }

  /** Whether an article reads this folded name as an organisation's. */
  isOrgName(folded: string): boolean {
    return this.orgNames.has(folded);
  }

  /** Counts an article's organisation names in (or out, −1); returns those that came or went. */
  private countOrgNames(a: DocumentAnalysis, sign: 1 | -1): string[] {
    const out: string[] = [];
    for (const o of new Set(a.orgNames.map(fold))) {
      const n = (this.orgNames.get(o) ?? 0) + sign;
      if (n > 0) this.orgNames.set(o, n);
      else this.orgNames.delete(o);
      if (n === 0 || (n === 1 && sign > 0)) out.push(o);
    }
    return out;
  }

  /** The key of a full name: its spelling's, shared with the other spellings of one given name. */
  fullKey(first: string, surname: string): string {
    // (asked several times of every name of the corpus: remembered by given name, then surname, so that no
    // string is made to look one up)
    let bySurname = this.keyMemo.get(first);
    if (!bySurname) this.keyMemo.set(first, (bySurname = new Map()));
    let key = bySurname.get(surname);
    if (key === undefined) {
      const full = `${first} ${surname}`;
      const family = familyOf(surname);
      const spelling = this.spellings.get(family)?.get(fold(full));
      bySurname.set(surname, (key = `person:${slug(spelling ?? full)}`));
      this.own(family, key);
    }
    return key;
  }

  /**
   * Files an id under its family. Two families that make one id ("Mary Smith-Jones", "Mary Smith Jones")
   * share what is filed under it: their tables can then not be made again one without the other (`shared`).
   */
  private own(family: string, id: string): Known {
    const known = this.known.get(id);
    if (known) {
      if (known.family !== family) this.shared = true;
      return known;
    }
    const k: Known = {
      family,
      evidence: 0,
      name: undefined,
      articles: 0,
      first: undefined,
      surname: undefined,
      article: -1,
      place: 0,
      roles: undefined,
      given: undefined,
    };
    this.known.set(id, k);
    const fam = this.families.get(family);
    if (fam) fam.ids.push(id);
    else this.families.set(family, { ids: [id], surnames: [] });
    return k;
  }

  /** A full name's fullest form as written (or a bare surname's person's name). */
  nameOf(id: string): string | undefined {
    return this.known.get(id)?.name;
  }

  /** Each person mention's full-name key (undefined for a bare surname), by its place in the article's list. */
  keysOf(a: DocumentAnalysis): Array<string | undefined> {
    let ids = this.keys.get(a);
    if (!ids) {
      ids = a.people.map((p) => (p.first ? this.fullKey(p.first, p.surname) : undefined));
      this.keys.set(a, ids);
    }
    return ids;
  }

  /** A full name only ever seen where places go ("in Val Verde"), never with a title, role or speech verb. */
  placeLike(id: string | undefined): boolean {
    const e = id === undefined ? undefined : this.known.get(id)?.evidence;
    return e !== undefined && (e & PLACE) !== 0 && (e & PERSON) === 0;
  }

  /** The person a surname alone (or a given name alone) names in this article. */
  pick(doc: string, surname: string, givenAlone = false): string | undefined {
    const folded = fold(surname);
    const counts = this.bySurname.get(folded);
    // a person named by a given name alone ("Michiko says") is the one person of the article who has it
    // ("Michiko Tanaka sits beside them"), where no one's full name has it as a surname; not after a title or a
    // role ("Queen Elizabeth" beside Elizabeth Warren), nor a word that may be no name at all ("Grant funding")
    if (givenAlone && (!counts || (counts.size === 1 && counts.has(`person:${slug(surname)}`)))) {
      const here = this.givenIn(doc, surname);
      if (here) return here;
    }
    const senior = this.seniorIn(doc, folded, counts);
    if (senior) return senior;
    if (!counts) {
      const ids = this.byGiven(surname);
      return ids?.length === 1 && !FIRST_NAMES.has(surname) ? ids[0] : undefined;
    }
    if (counts.size === 1) return counts.keys().next().value;
    // the most frequent full name with this surname written in this article, else in the corpus
    return firstRanked(this.rank(counts), this.idsIn.get(doc) ?? []);
  }

  /** The person a mention names, as keyed before spelling variants. */
  keyOf(doc: string, p: Person): string | undefined {
    return p.first ? this.fullKey(p.first, p.surname) : this.pick(doc, p.surname, !titledAlone(p));
  }

  /**
   * The one senior of this surname (folded) the article names in full ("Michael Jones Sr." … "Jones said"),
   * when it names no one else of the surname in full: as for any surname, the article's names come before
   * the corpus's (`counts`: the surname's full names). A senior's surname keeps its "Sr." (see `familyOf`).
   */
  private seniorIn(doc: string, folded: string, counts: Map<string, number> | undefined): string | undefined {
    const seniors = this.bySurname.get(folded + SENIOR);
    const here = seniors && this.idsIn.get(doc);
    if (!here) return undefined;
    let only: string | undefined;
    for (const id of here) {
      if (counts?.has(id)) return undefined;
      if (!seniors.has(id)) continue;
      if (only) return undefined;
      only = id;
    }
    return only;
  }

  /** The one person of the article `doc` whose given name is `given`, if there is one. */
  private givenIn(doc: string, given: string): string | undefined {
    const ids = this.givenIds.get(given);
    const here = ids && this.idsIn.get(doc);
    if (!here) return undefined;
    let only: string | undefined;
    for (const id of ids)
      if (here.includes(id)) {
        if (only) return undefined;
        only = id;
      }
    return only;
  }

  /** The ids a given name alone may name: it must be no one's surname. */
  byGiven(given: string): readonly string[] | undefined {
    return this.bySurname.has(fold(given)) ? undefined : this.givenIds.get(given);
  }

  /** The given names that alone name someone's (each with one or more people). */
  givenWords(): Set<string> {
    const out = new Set<string>();
    for (const g of this.givenIds.keys()) if (!this.bySurname.has(fold(g))) out.add(g);
    return out;
  }

  /** A surname's full names by frequency, ties in the order they came, each with its rank. */
  private rank(counts: Map<string, number>): Map<string, number> {
    // (asked of every mention of the surname, and a common surname has hundreds of full names)
    let order = this.ranks.get(counts);
    if (!order) {
      const ranked = [...counts.keys()].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0));
      this.ranks.set(counts, (order = new Map(ranked.map((id, i) => [id, i]))));
    }
    return order;
  }

  /** Files an article's names under their families (`sign` −1 takes them out). */
  private index(doc: string, a: DocumentAnalysis, sign: 1 | -1): void {
    // (each family once: an article writes a common word's family many times, and a family of thousands of
    // articles was scanned for each, and copied, at every edit: 8% of a number edit's time at realistic length)
    const families = new Set<string>();
    for (const p of a.people) families.add(familyOf(p.surname));
    for (const text of a.candidates.texts) families.add(familyOf(text));
    for (const family of families) {
      const docs = this.articlesByFamily.get(family);
      if (sign > 0) {
        if (!docs) this.articlesByFamily.set(family, [doc]);
        else docs.push(doc);
        continue;
      }
      const at = docs ? docs.indexOf(doc) : -1;
      if (!docs || at < 0) continue;
      if (docs.length === 1) this.articlesByFamily.delete(family);
      else docs.splice(at, 1);
    }
  }

  /**
   * The families' tables made from these articles (every article that writes one of them, in order); all
   * families when `only` is not given. Runs the steps of resolution in its order, each over the families'
   * names alone: what a family's tables hold depends on no other family's.
   */
  private fill(articles: readonly Article[], only?: ReadonlySet<string>): void {
    const mine = (surname: string) => !only || only.has(familyOf(surname));
    for (const [family, spellings] of canonicalSpellings(articles, only)) this.spellings.set(family, spellings);
    this.keyMemo = new Map();
    if (only) for (const [, a] of articles) this.keys.delete(a);
    // (the families' names alone keyed: the articles of a common surname write thousands of other names)
    const keyOf = only
      ? (_: DocumentAnalysis, p: Person) => (p.first ? this.fullKey(p.first, p.surname) : undefined)
      : (a: DocumentAnalysis, _: Person, i: number) => this.keysOf(a)[i];
    // evidence: a full name seen only where places go is no one
    for (const [, a] of articles) {
      a.people.forEach((p, i) => {
        if (!p.first || !mine(p.surname)) return;
        const id = keyOf(a, p, i)!;
        const k = this.known.get(id)!;
        if (p.placeLike) k.evidence |= PLACE;
        else if (p.role || p.evidence !== 'full-name') k.evidence |= PERSON;
      });
    }
    const register = (
      phase: 0 | 1,
      [doc, , index]: Article,
      i: number,
      first: string,
      surname: string,
      name: string,
      id: string,
    ) => {
      const s = fold(surname);
      const k = this.known.get(id)!;
      if (k.article < 0) {
        k.first = first;
        k.given = givenLetter(first);
        k.surname = surname;
        k.article = index;
        k.place = phase * GIVEN + i;
        const letter = s.charAt(0);
        const ids = this.byLetter.get(letter);
        if (ids) ids.push(id);
        else this.byLetter.set(letter, [id]);
      }
      let counts = this.bySurname.get(s);
      if (!counts) {
        this.bySurname.set(s, (counts = new Map()));
        this.families.get(familyOf(surname))?.surnames.push(s);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if ((k.name?.length ?? 0) < name.length) k.name = name;
      const here = this.idsIn.get(doc);
      if (!here?.includes(id)) {
        if (here) here.push(id);
        else this.idsIn.set(doc, [id]);
        k.articles++;
      }
      return id;
    };
    for (const article of articles) {
      const a = article[1];
      a.people.forEach((p, i) => {
        if (!p.first || !mine(p.surname)) return;
        const id = keyOf(a, p, i)!;
        if (!this.placeLike(id)) register(0, article, i, p.first, p.surname, p.name, id);
      });
    }
    // "Ivanka Trump" where "Trump" is known: a given name the lexicon lacks makes another full name.
    // (the candidates read in place: made into objects, they were a fifteenth of what resolving allocated)
    for (const article of articles) {
      const [doc, a] = article;
      a.candidates.texts.forEach((text, i) => {
        const given = a.candidates.givens[i];
        if (given === undefined || !mine(text)) return;
        const known = this.bySurname.get(fold(text));
        if (!known || [...known.keys()].some((id) => this.nameOf(id)?.startsWith(given + ' '))) return;
        let here = this.givenNames.get(doc);
        if (!here) this.givenNames.set(doc, (here = new Map()));
        here.set(i, register(1, article, i, given, text, `${given} ${text}`, this.fullKey(given, text)));
      });
    }
    // Bare surnames introduced by a title or a speech verb, with no full name anywhere, are people too —
    // unless the corpus also uses the word to name an organisation ("Kessler-Brandt said" / "Kessler-Brandt
    // Automotive").
    for (const [, a] of articles)
      for (const p of a.people) {
        const s = fold(p.surname);
        if (p.first || !mine(p.surname) || this.bySurname.has(s) || (p.evidence !== 'titled' && this.orgNames.has(s)))
          continue;
        const id = `person:${slug(p.surname)}`;
        this.own(familyOf(p.surname), id).name = p.name;
        this.families.get(familyOf(p.surname))?.surnames.push(s);
        this.bySurname.set(s, new Map([[id, 0]]));
      }
    // A given name alone ("Tamerlan", "Hina") where it is the given name of one person only, and no one's
    // surname (`byGiven`).
    const given = (id: string) => {
      const g = givenOf(this.nameOf(id));
      if (g === undefined) return;
      const ids = this.givenIds.get(g);
      if (ids) ids.push(id);
      else this.givenIds.set(g, [id]);
    };
    if (!only) {
      for (const [id, k] of this.known) if (k.name !== undefined) given(id);
    } else for (const f of only) for (const id of this.families.get(f)?.ids ?? []) given(id);
    // role words, for telling spelling variants apart
    for (const [, a] of articles) {
      a.people.forEach((p, i) => {
        if (!p.first || !p.role || !mine(p.surname)) return;
        const k = this.known.get(keyOf(a, p, i)!)!;
        const words = (k.roles ??= []);
        for (const w of roleWords(p.role)) if (!words.includes(w)) words.push(this.word(w));
      });
    }
  }

  /**
   * After an edit changed one article's names (its organisations' names as they were): the tables of the
   * families whose names in the article changed made again from their articles, and the spelling variants of
   * the parts of the names that changed. Returns the articles whose names may now resolve otherwise, or
   * undefined when the tables cannot be made family by family (two families made one id).
   */
  update(
    doc: string,
    before: DocumentAnalysis,
    after: DocumentAnalysis,
    articles: (docs: ReadonlySet<string>) => Article[],
  ): TableChanges | undefined {
    if (this.shared) return undefined;
    const changes: TableChanges = { docs: new Set([doc]), renamed: new Set(), words: false };
    // (a family's surnames are its people's: a word is one after the edit as before, unless the edit changed the
    // family's people, which makes it one of `families` anyway)
    const surname = (text: string) => this.bySurname.has(fold(text));
    const { families, people, candidates } = changedFamilies(before, after, surname);
    // an organisation's name that came or went: the bare surnames written so are read again
    const orgNames = [...this.countOrgNames(before, -1), ...this.countOrgNames(after, 1)];
    for (const o of orgNames) families.add(familyOf(o));
    // what each family held, to tell which articles read something else now
    const was = new Map([...families].map((f) => [f, this.snapshot(f)]));
    // what a given name alone named (`byGiven`), for the given names of the families' people
    const givenWas = new Map<string, string>();
    const givens = new Set<string>();
    const surnames = new Map<string, string>(); // id → surname, before and after
    const records = new Map<string, Known>(); // id → what spelling variants read of it, before
    const unregistered = new Set<string>();
    for (const f of families)
      for (const id of this.families.get(f)?.ids ?? []) {
        const g = givenOf(this.nameOf(id));
        if (g !== undefined && !givenWas.has(g)) givenWas.set(g, this.givenAnswer(g));
      }
    for (const f of families) {
      const fam = this.families.get(f);
      for (const id of fam?.ids ?? []) {
        const k = this.known.get(id);
        if (k && k.article >= 0) records.set(id, k);
        const g = givenOf(k?.name);
        if (g !== undefined) {
          givens.add(g);
          const ids = this.givenIds.get(g)?.filter((x) => x !== id);
          if (ids?.length) this.givenIds.set(g, ids);
          else this.givenIds.delete(g);
        }
        if (k?.surname !== undefined) {
          surnames.set(id, k.surname);
          unregistered.add(id);
        }
        this.known.delete(id);
      }
      for (const s of fam?.surnames ?? []) this.bySurname.delete(s);
      const ids = new Set(fam?.ids);
      for (const d of this.articlesByFamily.get(f) ?? []) {
        const here = this.idsIn.get(d)?.filter((id) => !ids.has(id));
        const named = this.givenNames.get(d);
        if (here?.length) this.idsIn.set(d, here);
        else this.idsIn.delete(d);
        if (named) for (const [i, id] of named) if (ids.has(id)) named.delete(i);
        if (named && !named.size) this.givenNames.delete(d);
      }
      this.families.delete(f);
      this.spellings.delete(f);
    }
    for (const letter of new Set([...surnames.values()].map(letterOf))) {
      const ids = this.byLetter.get(letter)?.filter((id) => !unregistered.has(id));
      if (ids?.length) this.byLetter.set(letter, ids);
      else this.byLetter.delete(letter);
    }
    // the other families' names in the article are the same, at new places in its lists (`Known.article`: the
    // article's place in the order resolution reads articles in)
    const [[, , article]] = articles(new Set([doc]));
    const movedIds = this.moveNames(doc, article, people, candidates);
    if (!movedIds) return undefined;
    this.index(doc, before, -1);
    this.index(doc, after, 1);
    const read = new Set<string>();
    for (const f of families) for (const d of this.articlesByFamily.get(f) ?? []) read.add(d);
    const reread = articles(read);
    this.fill(reread, families);
    // (two families that make one id are found as its key is made)
    if (this.shared) return undefined;
    let analyses: Map<string, DocumentAnalysis> | undefined;
    for (const f of families) {
      const old = was.get(f)!;
      const now = this.snapshot(f);
      const readers = new Set([...old.docs.keys(), ...now.docs.keys()]);
      // (the spellings the same, an id that came or went is written only where the article's own part changed
      // (`docs`): by the edited article, or made of a given name and a surname another full name made known)
      const sameKeys =
        old.table === now.table && [...old.placeLike].every(([id, p]) => (now.placeLike.get(id) ?? p) === p);
      if (!sameKeys) for (const d of readers) changes.docs.add(d);
      else {
        for (const d of readers) if (old.docs.get(d) !== now.docs.get(d)) changes.docs.add(d);
        // a surname whose full names rank otherwise: read by the articles that write it alone, of which most
        // pick the full name they write as they did (a new one of a common surname is ranked last)
        const reranked = rerankedSurnames(old.ranks, now.ranks);
        if (reranked.size) {
          analyses ??= new Map(reread.map(([d, a]) => [d, a]));
          for (const d of readers)
            if (!changes.docs.has(d) && this.picksOtherwise(d, analyses.get(d), reranked, old.ranks, now.ranks))
              changes.docs.add(d);
        }
      }
      if (old.surnames !== now.surnames) changes.words = true;
      for (const [id, name] of old.names) if (now.names.get(id) !== name) changes.renamed.add(id);
      for (const [id, name] of now.names) if (old.names.get(id) !== name) changes.renamed.add(id);
      for (const id of this.families.get(f)?.ids ?? []) {
        const k = this.known.get(id);
        const g = givenOf(k?.name);
        if (g !== undefined) givens.add(g);
        if (k?.surname !== undefined) surnames.set(id, k.surname);
      }
    }
    // a given name alone names whom it did, or its articles resolve again: one first seen among the families'
    // people now named, before, those of other families (and was no one's surname if its family's was not)
    const added = new Set<string>();
    for (const f of families) for (const id of this.families.get(f)?.ids ?? []) added.add(id);
    for (const g of givens) {
      let before = givenWas.get(g);
      if (before === undefined) {
        const ids = [...(this.givenIds.get(g) ?? [])].filter((id) => !added.has(id));
        const family = familyOf(g);
        const surname = was.has(family) ? was.get(family)!.surnameSet.has(fold(g)) : this.bySurname.has(fold(g));
        before = answer(surname ? undefined : ids);
      }
      if (before !== this.givenAnswer(g)) {
        changes.words = true;
        for (const d of this.articlesByFamily.get(familyOf(g)) ?? []) changes.docs.add(d);
      }
    }
    for (const o of orgNames) for (const d of this.articlesByFamily.get(familyOf(o)) ?? []) changes.docs.add(d);
    for (const id of this.setVariants(this.variantParts(families, records, movedIds), this.apart)) {
      const surname = this.known.get(id)?.surname ?? surnames.get(id);
      for (const d of surname === undefined ? [] : (this.articlesByFamily.get(familyOf(surname)) ?? []))
        changes.docs.add(d);
      // (and those where its given name alone names it: "Dzhokhar" in an article that writes another surname)
      const g = givenOf(this.nameOf(id));
      if (g !== undefined && this.givenAnswer(g) === answer([id]))
        for (const d of this.articlesByFamily.get(familyOf(g)) ?? []) changes.docs.add(d);
    }
    return changes;
  }

  /**
   * An article put in the order at `at` (`by` 1), or taken out of it (−1): where names were first registered
   * moves with the articles after it. The article names nothing (an article added is resolved as an edit of
   * an empty one; one removed is emptied first), so no name is registered there.
   */
  shiftArticles(at: number, by: 1 | -1): void {
    for (const k of this.known.values()) if (k.article >= at) k.article += by;
  }

  /**
   * After an edit that kept an article's names, capitalised words that name no one aside (they may come and
   * go as a word is typed): its words filed again, and its given-name people (made of a capitalised word)
   * known by their new places in its list of candidates. `kept` lists, before and after, the places of the
   * candidates that are not such words: the same candidates, in order.
   */
  moved(
    doc: string,
    before: DocumentAnalysis,
    after: DocumentAnalysis,
    kept: [number[], number[]],
    article: number,
  ): void {
    this.index(doc, before, -1);
    this.index(doc, after, 1);
    const named = this.givenNames.get(doc);
    if (!named) return;
    const to = new Map(kept[0].map((i, k) => [i, kept[1][k]]));
    const next = new Map<number, string>();
    // (a candidate with a given name is never one that names no one: each is among those kept)
    for (const [i, id] of named) {
      const j = to.get(i)!;
      next.set(j, id);
      const k = this.known.get(id);
      if (k && k.article === article && k.place === GIVEN + i) k.place = GIVEN + j;
    }
    this.givenNames.set(doc, next);
  }

  /**
   * After an edit, the names of the families it left as they were, at their new places in the article's lists
   * (`people` and `candidates`, each place before → after): where they were first registered (`Known.place`) and
   * the given-name people's places (`givenNames`). Returns the names first registered in the article whose place
   * changed (their order of first registration decides ties between spelling variants), or undefined where a
   * place is not mapped.
   */
  private moveNames(
    doc: string,
    article: number,
    people: ReadonlyMap<number, number>,
    candidates: ReadonlyMap<number, number>,
  ): Known[] | undefined {
    const named = this.givenNames.get(doc);
    if (named) {
      const next = new Map<number, string>();
      for (const [i, id] of named) {
        const j = candidates.get(i);
        if (j === undefined) return undefined;
        next.set(j, id);
      }
      this.givenNames.set(doc, next);
    }
    const moved: Known[] = [];
    for (const id of this.idsIn.get(doc) ?? []) {
      const k = this.known.get(id);
      if (!k || k.article !== article) continue;
      const given = k.place >= GIVEN;
      const j = given ? candidates.get(k.place - GIVEN) : people.get(k.place);
      if (j === undefined) return undefined;
      const place = given ? GIVEN + j : j;
      if (place === k.place) continue;
      k.place = place;
      moved.push(k);
    }
    return moved;
  }

  /** What `pick` reads of a given name alone: no one, one person, or several. */
  private givenAnswer(g: string): string {
    return answer(this.byGiven(g));
  }

  /**
   * What one family's tables answer, to compare: its spellings (`table`), which full names are no one
   * (`placeLike`), each surname's full names in rank order (`ranks`); per article, its full names and
   * given-name people of the family (`docs`); the full names' names.
   */
  private snapshot(f: string) {
    const fam = this.families.get(f);
    const ids = [...(fam?.ids ?? [])].sort();
    const own = new Set(ids);
    const surnameSet = new Set(fam?.surnames ?? []);
    const surnames = [...surnameSet].sort();
    const table = JSON.stringify([...(this.spellings.get(f) ?? [])].sort());
    const placeLike = new Map(ids.map((id) => [id, this.placeLike(id)]));
    const ranks = new Map<string, ReadonlyMap<string, number>>();
    for (const s of surnames) {
      const counts = this.bySurname.get(s);
      ranks.set(s, counts ? this.rank(counts) : new Map());
    }
    const docs = new Map<string, string>();
    for (const d of this.articlesByFamily.get(f) ?? []) {
      const here = this.idsIn.get(d);
      const named = this.givenNames.get(d);
      docs.set(
        d,
        JSON.stringify([
          ids.filter((id) => here?.includes(id)),
          [...(named ?? [])].filter(([, id]) => own.has(id)).sort((x, y) => x[0] - y[0]),
        ]),
      );
    }
    const names = new Map(ids.map((id) => [id, this.nameOf(id) ?? '']));
    return { table, placeLike, ranks, surnames: surnames.join('\u0000'), surnameSet, docs, names };
  }

  /**
   * Whether an article that wrote the same full names of a family before and after an update picks another
   * person for one of these surnames written alone (`pick`): the one of its own full names ranked first, or
   * the corpus's first where it writes none. Told without resolving it. A surname with one full name or none,
   * before or after, is answered otherwise (`pick`'s other branches): the article is read again.
   */
  private picksOtherwise(
    doc: string,
    a: DocumentAnalysis | undefined,
    reranked: ReadonlySet<string>,
    before: ReadonlyMap<string, ReadonlyMap<string, number>>,
    after: ReadonlyMap<string, ReadonlyMap<string, number>>,
  ): boolean {
    if (!a) return true;
    const own = this.idsIn.get(doc) ?? [];
    const picks = (s: string) => {
      const x = before.get(s),
        y = after.get(s);
      if (!x || !y || x.size < 2 || y.size < 2) return true;
      return firstRanked(x, own) !== firstRanked(y, own);
    };
    for (const p of a.people) if (!p.first && reranked.has(fold(p.surname)) && picks(fold(p.surname))) return true;
    for (const text of a.candidates.texts) if (reranked.has(fold(text)) && picks(fold(text))) return true;
    return false;
  }

  /**
   * The parts of the names whose spelling variants an update changed (`VariantParts`): those of the names of
   * these families whose given name, surname, count of articles, roles or place of first registration are not
   * what `records` (theirs before) says, of those that came or went, and of the names of other families that
   * `moved` to another place in the article that first registered them.
   */
  private variantParts(
    families: ReadonlySet<string>,
    records: ReadonlyMap<string, Known>,
    moved: readonly Known[],
  ): Map<string, Set<string>> {
    const parts = new Map<string, Set<string>>();
    const put = (k: Known) => {
      const letter = letterOf(k.surname!);
      let givens = parts.get(letter);
      if (!givens) parts.set(letter, (givens = new Set()));
      givens.add(k.given!);
    };
    const read = (k: Known) => [k.first, k.surname, k.articles, k.article, k.place, ...(k.roles ?? [])].join('\u0000');
    const now = new Set<string>();
    for (const f of families)
      for (const id of this.families.get(f)?.ids ?? []) {
        const k = this.known.get(id)!;
        if (k.article < 0) continue;
        now.add(id);
        const was = records.get(id);
        if (was && read(was) === read(k)) continue;
        put(k);
        if (was) put(was);
      }
    for (const [id, was] of records) if (!now.has(id)) put(was);
    for (const k of moved) put(k);
    return parts;
  }

  /**
   * Spelling variants of the full names of these parts (all when not given): each part's are found from its
   * names alone, in the order they were first registered. Returns the minority spellings whose variant changed.
   * `apart`, given for all names, is kept for the updates of a few.
   */
  setVariants(parts?: VariantParts, apart?: Apart): Set<string> {
    if (!parts) this.apart = apart;
    // (a part's names are compared among themselves alone: its letter's list is in the order of first
    // registration as the constructor makes it; an update puts a family's names at the end, so they are sorted)
    const ids: string[] = [];
    if (!parts) for (const list of this.byLetter.values()) for (const id of list) ids.push(id);
    else
      for (const [letter, givens] of parts)
        for (const id of this.byLetter.get(letter) ?? []) if (givens.has(this.known.get(id)!.given!)) ids.push(id);
    if (parts) ids.sort((x, y) => registered(this.known.get(x)!, this.known.get(y)!));
    const keys: NameKey[] = ids.map((id) => {
      const k = this.known.get(id)!;
      return { id, first: k.first!, surname: k.surname!, articles: k.articles, roles: k.roles ?? NO_ROLES };
    });
    const found = variantsOf(keys, apart);
    const before = new Map<string, VariantOf>();
    if (!parts) {
      for (const [id, v] of this.variants) before.set(id, v);
      this.variants.clear();
      this.variantsByLetter.clear();
    } else
      for (const [letter, givens] of parts) {
        const here = this.variantsByLetter.get(letter);
        for (const [id, v] of here ?? []) {
          // (a name no longer registered, or now first registered under another letter, was one of the update's
          // families': its parts, before and after, are among those taken)
          const k = this.known.get(id);
          if (k?.given !== undefined && k.article >= 0 && letterOf(k.surname!) === letter && !givens.has(k.given))
            continue;
          before.set(id, v);
          this.variants.delete(id);
          here!.delete(id);
        }
      }
    const changed = new Set<string>();
    for (const [id, v] of found) {
      const letter = letterOf(this.known.get(id)!.surname!);
      let here = this.variantsByLetter.get(letter);
      if (!here) this.variantsByLetter.set(letter, (here = new Map()));
      here.set(id, v);
      this.variants.set(id, v);
      const was = before.get(id);
      if (!was || was.id !== v.id || was.written !== v.written || was.majority !== v.majority) changed.add(id);
    }
    for (const id of before.keys()) if (!found.has(id)) changed.add(id);
    return changed;
  }
}

/**
 * The names whose spelling variants an update finds again: by surname letter, the given-name letters
 * (`givenLetter`) of the names that changed. The names of one surname letter and one given-name letter hold
 * every group of `variantsOf` that one of them is in.
 */
type VariantParts = ReadonlyMap<string, ReadonlySet<string>>;

/** (most names are written without a role: one empty set for them all, not one each) */
const NO_ROLES: readonly string[] = [];

/** The surnames whose full names are not ranked as they were (or came or went). */
function rerankedSurnames(
  before: ReadonlyMap<string, ReadonlyMap<string, number>>,
  after: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Set<string> {
  const out = new Set<string>();
  const same = (x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number> | undefined) => {
    if (!y || x.size !== y.size) return false;
    for (const [id, i] of x) if (y.get(id) !== i) return false;
    return true;
  };
  for (const [s, x] of before) if (!same(x, after.get(s))) out.add(s);
  for (const s of after.keys()) if (!before.has(s)) out.add(s);
  return out;
}

/** Of a surname's full names in rank order, the first the article writes, else the first of all. */
function firstRanked(ranks: ReadonlyMap<string, number>, own: readonly string[]): string | undefined {
  let best: string | undefined,
    at = Infinity;
  for (const id of own) {
    const i = ranks.get(id);
    if (i !== undefined && i < at) {
      best = id;
      at = i;
    }
  }
  return best ?? ranks.keys().next().value;
}

/** What a given name alone names, as a string to compare. */
function answer(ids: readonly string[] | undefined): string {
  if (!ids?.length) return '';
  return ids.length === 1 ? `1 ${ids[0]}` : '*';
}

/** The first letter of a folded surname: spelling variants are looked for among names that share it. */
const letterOf = (surname: string) => fold(surname).charAt(0);

/** The given name of a full name, when three letters or more (a given name alone may name its person). */
function givenOf(name: string | undefined): string | undefined {
  const g = name?.split(' ')[0];
  return g !== undefined && g.length >= 3 ? g : undefined;
}

/** What an update of the tables changed, for the articles to be resolved again. */
export interface TableChanges {
  /** Articles whose names may resolve otherwise (the edited one among them). */
  docs: Set<string>;
  /** People whose full name changed: their entity's name. */
  renamed: Set<string>;
  /** Whether the surnames, or the given names that alone name someone, changed. */
  words: boolean;
}

/**
 * The families whose names in an article changed in an edit: its people of the family and its capitalised
 * words filed under it that may make a full name (`surname`), in order. The others' names are the same, perhaps
 * at other places in the article's lists (a sentence typed before them): `people` and `candidates` map each of
 * their places before to its place after.
 */
function changedFamilies(
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  surname: (text: string) => boolean,
): { families: Set<string>; people: Map<number, number>; candidates: Map<number, number> } {
  // each family's names, and their places: the first list's, then the second's from 2^20 on
  const names = (a: DocumentAnalysis) => {
    const out = new Map<string, { what: string[]; at: number[] }>();
    const put = (family: string, what: string, at: number) => {
      const list = out.get(family);
      if (list) {
        list.what.push(what);
        list.at.push(at);
      } else out.set(family, { what: [what], at: [at] });
    };
    a.people.forEach((p, i) =>
      put(familyOf(p.surname), JSON.stringify([p.first, p.surname, p.name, p.role, p.placeLike, p.evidence]), i),
    );
    // (a capitalised word is filed under its family, whose tables only read it, unless it is a surname they know
    // with a given name before it: "Ivanka Trump", see `fill`. "Safe City", "Red Cross" and "Reedy River"
    // leave their families as they were, where making them again read thousands of articles for an article added)
    a.candidates.texts.forEach((text, i) => {
      const given = a.candidates.givens[i];
      if (given !== undefined && surname(text)) put(familyOf(text), JSON.stringify([text, given]), GIVEN + i);
    });
    return out;
  };
  const x = names(before),
    y = names(after);
  const families = new Set<string>();
  const people = new Map<number, number>(),
    candidates = new Map<number, number>();
  for (const [f, was] of x) {
    const now = y.get(f);
    if (!now || was.what.join('\n') !== now.what.join('\n')) {
      families.add(f);
      continue;
    }
    was.at.forEach((i, k) => {
      if (i < GIVEN) people.set(i, now.at[k]);
      else candidates.set(i - GIVEN, now.at[k] - GIVEN);
    });
  }
  for (const f of y.keys()) if (!x.has(f)) families.add(f);
  return { families, people, candidates };
}

/** A person mention as keys are asked of it. */
export interface Person {
  first?: string;
  surname: string;
  evidence?: string;
  role?: string;
}

/** A reviewer's decisions that two spellings are two people, by their keys. */
export type Apart = (a: string, b: string) => boolean;

/**
 * Full names written another way for the same person: for each family name (see `familyOf`), a given
 * name written short ("Ed" for "Edward"), or one letter, a space or a hyphen away ("Dzhohkhar",
 * "Abdel Kader" for "Abdelkader"), maps (folded) to the most frequent full spelling. By family.
 */
function canonicalSpellings(
  articles: readonly Article[],
  only?: ReadonlySet<string>,
): Map<string, Map<string, string>> {
  // family name → the name's key (given name and surname, as resolution keys it) → its given part as
  // written ("Abdel Kader") and its mentions
  const byFamily = new Map<string, Map<string, { given: string; count: number }>>();
  for (const f of only ?? []) byFamily.set(f, new Map());
  for (const [, a] of articles)
    for (const p of a.people)
      if (p.first) {
        const family = familyOf(p.surname);
        if (only && !only.has(family)) continue;
        const key = `${p.first} ${p.surname}`;
        if (!byFamily.has(family)) byFamily.set(family, new Map());
        const m = byFamily.get(family)!;
        const written = p.name.slice(0, p.name.length - p.surname.length).trim() || p.first;
        const entry = m.get(key) ?? { given: written, count: 0 };
        entry.count++;
        m.set(key, entry);
      }
  const all = new Map<string, Map<string, string>>();
  for (const [family, names] of byFamily) {
    const out = new Map<string, string>();
    all.set(family, out);
    if (names.size < 2) continue;
    const byFrequency = [...names.keys()].sort(
      (x, y) => names.get(y)!.count - names.get(x)!.count || x.localeCompare(y),
    );
    // each name's forms, made once: a common family name has hundreds of names
    const forms = byFrequency.map((name) => {
      const { given, count } = names.get(name)!;
      const folded = fold(given);
      // (without its middle initials: "Joseph R." is "Joe" written in full)
      const bare = given.replace(/(?:\s+\p{Lu}\.)+$/u, '');
      const full = fullGivenName(bare);
      return { name, key: fold(name), count, given, bare, full, folded, squeezed: squeeze(folded) };
    });
    type Forms = (typeof forms)[number];
    // The same given name: x's full form written by y or y's full form, the same letters without spaces and
    // hyphens, or (both of five letters or more, the same first letter) one slip apart. The names that can
    // be are looked up by those forms, so a family of hundreds of names is not compared pair by pair.
    const withGiven = positions(forms, (f) => f.bare),
      withFull = positions(forms, (f) => f.full),
      withSqueezed = positions(forms, (f) => f.squeezed),
      // (one slip apart: lengths at most one apart)
      withSize = positions(forms, (f) => (f.given.length >= 5 ? `${f.given[0]}${f.folded.length}` : ''));
    for (const x of forms) {
      // the first such name in `forms` (the most frequent) at least as frequent as x and not itself mapped
      let best = forms.length;
      const first = (list: number[] | undefined, also: (y: Forms) => boolean = () => true) => {
        for (const i of list ?? []) {
          if (i >= best) return;
          const y = forms[i];
          if (y !== x && y.count >= x.count && !out.has(y.key) && also(y)) best = i;
        }
      };
      first(withGiven.get(x.full));
      first(withFull.get(x.full));
      first(withSqueezed.get(x.squeezed));
      if (x.given.length >= 5)
        for (const d of [-1, 0, 1])
          first(withSize.get(`${x.given[0]}${x.folded.length + d}`), (y) => editDistance(x.folded, y.folded, 1) <= 1);
      if (best < forms.length) out.set(x.key, forms[best].name);
    }
  }
  return all;
}

/** Where each value of `key` is in the list, in order. */
function positions<T>(list: T[], key: (t: T) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((t, i) => {
    const k = key(t);
    const at = out.get(k);
    if (at) at.push(i);
    else out.set(k, [i]);
  });
  return out;
}

/** A folded given name without spaces and hyphens ("Abdel Kader", "Abdel-Kader" and "Abdelkader" alike). */
const squeeze = (folded: string) => folded.replace(/[\s-]/g, '');
