import type { DocumentAnalysis } from './analyze';
import { editDistance, FIRST_NAMES, fullGivenName } from './names';
import type { Gazetteer } from './gazetteer';
import { companyShortNames, OrganisationCounts, signature, type OrganisationIdentity } from './organisations';
import { fingerprintText, type NameDecision } from './reviews';
import { fold, slug } from './text';
import { roleWords, similarSpellings, variantsOf, type NameKey, type VariantOf } from './variants';
import type { EntityKind, NameCandidate, Place, PlaceKind, Span } from './types';
import { candidateEnd, candidateStart } from './candidates';
import { textSlice, type PackedText } from './packed-text';

/**
 * Cross-document resolution: the mentions of every article resolved to people, places and
 * organisations. A pure function of the articles' analyses (and the reviewer's decisions about names).
 */

export interface ResolvedMention extends Span {
  doc: string;
  text: string;
  entityId: string;
  /** Words in the mention's name: the fullest mention introduces the entity in an article. */
  weight: number;
  role?: string;
  /** For a person: the key of the name as written here, before a spelling variant was resolved. */
  key?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  placeKind?: PlaceKind;
  /** For a place: "city in Pennsylvania, United States". */
  description?: string;
  aliases: string[];
  roles: Array<{ doc: string; role: string }>;
  mentions: ResolvedMention[];
  /** For an organisation: its acronym, and the people whose role names it ("ICE acting Director"). */
  acronym?: string;
  members?: Array<{ entityId: string; name: string; role: string }>;
}

export interface Resolution {
  entities: Map<string, Entity>;
  byDoc: Map<string, ResolvedMention[]>;
  /** Per article, the mentions written in a minority spelling, resolved to the majority's entity. */
  variants: Map<string, VariantMention[]>;
  /** What the organisations were resolved from: kept for an edit to one article's organisations. */
  bodies?: Bodies;
  /**
   * The words a capitalised word alone can name someone by: the corpus's surnames (folded) and the given
   * names that name one person. Kept to tell which words resolve to no one (`inertCandidate`).
   */
  words?: { surnames: ReadonlySet<string>; givens: ReadonlySet<string> };
}

/** The corpus's organisation mentions counted, who each names, and the companies' short names. */
interface Bodies {
  counts: OrganisationCounts;
  who: Map<string, OrganisationIdentity | undefined>;
  /** "Kessler-Brandt" → "Kessler-Brandt Automotive"; `people` holds those that are also someone's name. */
  short: Map<string, string>;
  people: Set<string>;
  byName: Map<string, OrganisationIdentity>;
}

export interface VariantMention extends ResolvedMention {
  /** The family name as written here ("Kenny") and as most articles write it ("Kenney"). */
  written: string;
  majority: string;
}

export interface NameRules {
  decisions: NameDecision[];
  /** The fingerprint of a mention: its text and its sentence. */
  fingerprint(doc: string, start: number, text: string): string;
}

export function resolve(
  given: Map<string, DocumentAnalysis>,
  gaz: Gazetteer,
  rules?: NameRules,
  texts?: Map<string, PackedText>,
  order: ArticleOrder = articleOrder(given.keys()),
): Resolution {
  // articles in the order of their names, whatever order they were read in: a server reading on several
  // threads adds them as the threads finish, and ties (which spelling came first) must not depend on that
  const docs = byName(given, order);
  const entities = new Map<string, Entity>();
  const variantMentions: VariantMention[] = [];
  const byDoc = new Map<string, ResolvedMention[]>();
  const add = adder(entities, byDoc);
  const personEntity = (id: string, name: string) => (): Entity => ({
    id,
    kind: 'person',
    name,
    aliases: [],
    roles: [],
    mentions: [],
  });

  // 1. Full names define people; a surname points at the full names that end with it. One person's given
  // name may be written short ("Ed" / "Edward") or transliterated two ways ("Dzhokhar" / "Dzhohkhar",
  // "Abdel Kader" / "Abdelkader"): those spellings share the key of the most frequent one.
  const spelling = canonicalSpellings(docs);
  // (asked several times of every name of the corpus: remembered by given name, then surname, so that no
  // string is made to look one up)
  const keys = new Map<string, Map<string, string>>();
  const fullKey = (first: string, surname: string) => {
    let bySurname = keys.get(first);
    if (!bySurname) keys.set(first, (bySurname = new Map()));
    let key = bySurname.get(surname);
    if (key === undefined) {
      const full = `${first} ${surname}`;
      bySurname.set(surname, (key = `person:${slug(spelling.get(fold(full)) ?? full)}`));
    }
    return key;
  };
  const bySurname = new Map<string, Map<string, number>>(); // surname → entity id → full mentions
  const fullName = new Map<string, string>();
  // (entity id → how many articles have a full mention: a set of the articles for each name, most holding
  // one or two, lived until resolution ended)
  const articlesOf = new Map<string, number>();
  const idsIn = new Map<string, Set<string>>(); // doc → entity ids with a full mention there
  const parts = new Map<string, { first: string; surname: string }>();
  const register = (doc: string, first: string, surname: string, name: string, id = fullKey(first, surname)) => {
    if (!parts.has(id)) parts.set(id, { first, surname });
    const counts = bySurname.get(fold(surname)) ?? new Map<string, number>();
    counts.set(id, (counts.get(id) ?? 0) + 1);
    bySurname.set(fold(surname), counts);
    if ((fullName.get(id)?.length ?? 0) < name.length) fullName.set(id, name);
    let here = idsIn.get(doc);
    if (!here) idsIn.set(doc, (here = new Set()));
    if (!here.has(id)) {
      here.add(id);
      articlesOf.set(id, (articlesOf.get(id) ?? 0) + 1);
    }
    return id;
  };
  // a full name only ever seen where places go ("in Val Verde") and never with a title, role or speech verb is no one
  const evidence = new Map<string, { person: boolean; place: boolean }>();
  // (each full name's key, by article and mention: asked of a mention several times below)
  const keysOf = new Map<DocumentAnalysis, Array<string | undefined>>();
  for (const a of docs.values()) {
    const ids = a.people.map((p) => (p.first ? fullKey(p.first, p.surname) : undefined));
    keysOf.set(a, ids);
    a.people.forEach((p, i) => {
      const id = ids[i];
      if (id === undefined) return;
      const e = evidence.get(id) ?? { person: false, place: false };
      if (p.placeLike) e.place = true;
      else if (p.role || p.evidence !== 'full-name') e.person = true;
      evidence.set(id, e);
    });
  }
  // (by a full name's key; `undefined` for a bare surname)
  const placeLike = (id: string | undefined) => {
    const e = id === undefined ? undefined : evidence.get(id);
    return !!e && e.place && !e.person;
  };
  for (const [doc, a] of docs) {
    const ids = keysOf.get(a)!;
    a.people.forEach((p, i) => {
      if (p.first && !placeLike(ids[i])) register(doc, p.first, p.surname, p.name, ids[i]);
    });
  }
  // "Ivanka Trump" where "Trump" is known: a given name the lexicon lacks makes another full name.
  // (by article, the person each candidate with a given name makes, by the candidate's place in its list)
  const givenNames = new Map<string, Map<number, string>>();
  // (the candidates read in place, here and below: made into objects four times over, they were about a
  // fifteenth of what resolving, comparing and finding at 10,000 articles of realistic length allocated)
  for (const [doc, a] of docs)
    a.candidates.texts.forEach((text, i) => {
      const given = a.candidates.givens[i];
      const known = given !== undefined && bySurname.get(fold(text));
      if (!known || [...known.keys()].some((id) => fullName.get(id)?.startsWith(given + ' '))) return;
      let here = givenNames.get(doc);
      if (!here) givenNames.set(doc, (here = new Map()));
      here.set(i, register(doc, given, text, `${given} ${text}`));
    });
  // Bare surnames introduced by a title or a speech verb, with no full name anywhere, are people too —
  // unless the corpus also uses the word to name an organisation ("Kessler-Brandt said" / "Kessler-Brandt Automotive").
  const orgs = new Set<string>();
  for (const a of docs.values()) for (const o of a.orgNames) orgs.add(fold(o));
  for (const a of docs.values())
    for (const p of a.people) {
      if (p.first || bySurname.has(fold(p.surname)) || (p.evidence !== 'titled' && orgs.has(fold(p.surname)))) continue;
      const id = `person:${slug(p.surname)}`;
      bySurname.set(fold(p.surname), new Map([[id, 0]]));
      fullName.set(id, p.name);
    }
  // A given name alone ("Tamerlan", "Hina") where it is the given name of one person only, and no one's surname.
  const byGiven = new Map<string, Set<string>>();
  for (const [id, name] of fullName) {
    const given = name.split(' ')[0];
    if (given.length >= 3 && !bySurname.has(fold(given))) {
      if (!byGiven.has(given)) byGiven.set(given, new Set());
      byGiven.get(given)!.add(id);
    }
  }
  const pick = (doc: string, surname: string): string | undefined => {
    const counts = bySurname.get(fold(surname));
    if (!counts) {
      const ids = byGiven.get(surname);
      return ids?.size === 1 && !FIRST_NAMES.has(surname) ? ids.values().next().value : undefined;
    }
    if (counts.size === 1) return counts.keys().next().value;
    // the most frequent full name with this surname written in this article, else in the corpus
    const order = rankedBySurname.get(counts) ?? rank(counts);
    let best: string | undefined,
      at = Infinity;
    for (const id of idsIn.get(doc) ?? []) {
      const i = order.get(id);
      if (i !== undefined && i < at) {
        best = id;
        at = i;
      }
    }
    return best ?? order.keys().next().value;
  };
  // (a surname's full names by frequency, ties in the order they came, each with its rank: asked of every
  // mention of the surname, and a common surname has hundreds of full names)
  const rankedBySurname = new Map<Map<string, number>, Map<string, number>>();
  const rank = (counts: Map<string, number>): Map<string, number> => {
    const ranked = [...counts.keys()].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0));
    const order = new Map(ranked.map((id, i) => [id, i]));
    rankedBySurname.set(counts, order);
    return order;
  };

  // Spelling variants of a family name ("Kenny" in one article, "Kenney" in three): one person, reported.
  const keyOfPerson = (doc: string, p: { first?: string; surname: string }) =>
    p.first ? fullKey(p.first, p.surname) : pick(doc, p.surname);
  const variants = spellingVariants(docs, parts, articlesOf, keyOfPerson, rules);
  const remap = (id: string) => variants.get(id)?.id ?? id;
  const person = (m: ResolvedMention, name: string) => {
    const v = variants.get(m.entityId);
    const id = remap(m.entityId);
    // (m is made for this call alone: its key and entity set in place, no copy)
    m.key = m.entityId;
    m.entityId = id;
    add(m, personEntity(id, fullName.get(id) ?? name));
    if (v && fold(m.text).includes(fold(v.written)))
      variantMentions.push(Object.assign(m, { written: v.written, majority: v.majority }));
  };

  for (const [doc, a] of docs) {
    // a name inside an organisation's name is the organisation's ("Robert Wood Johnson Foundation")
    const bodies = a.organisations.filter((o) => o.acronym !== o.text);
    const inBody = (start: number, end: number) =>
      bodies.length > 0 && bodies.some((o) => o.start <= start && end <= o.end);
    const ids = keysOf.get(a)!;
    for (let i = 0; i < a.people.length; i++) {
      const p = a.people[i];
      if (placeLike(ids[i]) || inBody(p.start, p.end)) continue;
      const id = p.first ? ids[i] : pick(doc, p.surname);
      if (!p.first && p.evidence !== 'titled' && orgs.has(fold(p.surname)) && id === `person:${slug(p.surname)}`)
        continue;
      if (!id) continue;
      person(
        { doc, start: p.start, end: p.end, text: p.text, entityId: id, weight: wordCount(p.name), role: p.role },
        p.name,
      );
    }
    const givens = givenNames.get(doc);
    const cs = a.candidates;
    for (let i = 0; i < cs.texts.length; i++) {
      const text = cs.texts[i],
        end = candidateEnd(cs, i);
      const given = givens?.get(i);
      if (given) {
        const start = candidateStart(cs, i, true);
        person({ doc, start, end, text: `${cs.givens[i]!} ${text}`, entityId: given, weight: 2 }, fullName.get(given)!);
        continue;
      }
      const start = candidateStart(cs, i);
      const id = inBody(start, end) ? undefined : pick(doc, text);
      if (!id) continue;
      person({ doc, start, end, text, entityId: id, weight: 1 }, text);
    }
    for (const p of a.places) {
      const place = gaz.byId.get(p.placeId) ?? countyPlace(p.placeId);
      if (!place) continue;
      const id = `place:${place.id}`;
      add(
        {
          doc,
          start: p.start,
          end: p.end,
          text: p.text,
          entityId: id,
          weight: p.text === place.name ? 3 : wordCount(p.text),
        },
        () => ({
          id,
          kind: 'place',
          name: place.name,
          placeKind: place.kind,
          description: gaz.describe(place),
          aliases: [],
          roles: [],
          mentions: [],
        }),
      );
    }
  }
  if (texts) placeVariants(docs, texts, gaz, entities, byDoc, add, variantMentions);
  const bodies = resolveBodies(docs, entities, add, order.ranks);
  if (rules?.decisions.length) applyDecisions(entities, byDoc, rules);
  for (const list of byDoc.values()) list.sort(inArticle);
  for (const e of entities.values()) e.mentions.sort(inCorpus(order.ranks));
  const variantsByDoc = new Map<string, VariantMention[]>();
  // (a reviewer's decision may have moved a variant out of the entity it was resolved to)
  for (const v of variantMentions)
    if (entities.get(v.entityId)?.mentions.includes(v)) {
      const list = variantsByDoc.get(v.doc);
      if (list) list.push(v);
      else variantsByDoc.set(v.doc, [v]);
    }
  const words = { surnames: new Set(bySurname.keys()), givens: new Set(byGiven.keys()) };
  // (a list grown by pushing keeps room for as many again: the tens of thousands of a large corpus's
  // entities and its articles keep theirs exact, 66 → 51 MB at 10,000 articles)
  for (const e of entities.values()) {
    e.mentions = e.mentions.slice();
    e.aliases = e.aliases.slice();
    e.roles = e.roles.slice();
  }
  for (const [doc, list] of byDoc) byDoc.set(doc, list.slice());
  return { entities, byDoc, variants: variantsByDoc, bodies, words };
}

/**
 * Whether a capitalised word resolves to no one and nothing, whatever article writes it: no name word before
 * it, no one's surname, no one's given name, no company's short name, and no place it could be a slip of (a
 * place variant). Such a word can come and go in an edit without the corpus's resolution changing: it is
 * read only by `resolve`'s mention loop, `placeVariants` and `bodyMentions`, and it adds to no table.
 */
export function inertCandidate(r: Resolution, c: NameCandidate): boolean {
  if (c.given || !r.words) return false;
  if (r.words.surnames.has(fold(c.text)) || r.words.givens.has(c.text) || r.bodies?.short.has(c.text)) return false;
  return !placeNames(r)
    .get(c.text.charAt(0))
    ?.some((name) => Math.abs(name.length - c.text.length) <= 2 && similarSpellings(c.text, name));
}

/** The one-word names of the resolution's places, by first letter (made once per resolution). */
const placesByLetter = new WeakMap<Resolution, Map<string, string[]>>();
function placeNames(r: Resolution): Map<string, string[]> {
  let byLetter = placesByLetter.get(r);
  if (!byLetter) {
    byLetter = new Map();
    for (const e of r.entities.values())
      if (e.kind === 'place' && !e.name.includes(' ')) {
        const list = byLetter.get(e.name.charAt(0));
        if (list) list.push(e.name);
        else byLetter.set(e.name.charAt(0), [e.name]);
      }
    placesByLetter.set(r, byLetter);
  }
  return byLetter;
}

/**
 * The corpus's articles in the two orders resolution uses: by the code units of their names (which article
 * comes first) and by `localeCompare` (an entity's mentions). Kept by the corpus while its articles are the
 * same: an edit of one article need not sort ten thousand names again.
 */
export interface ArticleOrder {
  names: string[];
  /** Each article's place in the order of `localeCompare`, articles that compare equal sharing one. */
  ranks: Map<string, number>;
}

/** The orders of these articles (the corpus keeps them; `resolve` makes them when not given). */
export function articleOrder(docs: Iterable<string>): ArticleOrder {
  const names = [...docs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { names, ranks: localeRanks(names) };
}

/** Articles in the order of their names. */
const byName = (docs: Map<string, DocumentAnalysis>, order: ArticleOrder) =>
  new Map(order.names.map((d) => [d, docs.get(d)!]));

/** Mentions of one article in the order of the text, an enclosing one first. */
const inArticle = (x: ResolvedMention, y: ResolvedMention) => x.start - y.start || y.end - x.end;

/**
 * An entity's mentions by article (in `localeCompare` order, as ranked; articles it finds equal by their
 * code units), then in the order of the text: an article's mentions are together.
 */
const inCorpus = (order: Map<string, number>) => (x: ResolvedMention, y: ResolvedMention) =>
  order.get(x.doc)! - order.get(y.doc)! || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start);

/** Adds a mention to its entity (made when new) and to its article's list. */
type Add = (m: ResolvedMention, make: () => Entity) => void;

/** Lists looked through rather than indexed. */
const SHORT_LIST = 8;

function adder(entities: Map<string, Entity>, byDoc: Map<string, ResolvedMention[]>): Add {
  // an entity's aliases and roles as sets beside their lists once the lists are long: a name of a large corpus
  // is written in thousands of articles, and looking through its list at every mention was quadratic (most
  // have a few: a set for each was 40,000 sets at 10,000 articles, kept until resolution ended)
  const aliasesOf = new Map<Entity, Set<string>>();
  const rolesOf = new Map<Entity, Map<string, Set<string>>>(); // entity → article → roles there
  return (m, make) => {
    let e = entities.get(m.entityId);
    if (!e) {
      e = make();
      entities.set(m.entityId, e);
    }
    // (the entity's own id: each mention's was made apart, 120,000 strings at 10,000 articles)
    if (m.entityId === e.id) m.entityId = e.id;
    if (m.key === e.id) m.key = e.id;
    // (a list's first item makes a list of one: a first push leaves room for 16 more, and of 42,000
    // entities at 10,000 articles half have one mention, one alias or one role; resolving, 6 MB less of
    // what was made lived to a full collection)
    if (e.mentions.length) e.mentions.push(m);
    else e.mentions = [m];
    const aliases = aliasesOf.get(e);
    if (!e.aliases.length) e.aliases = [m.text];
    else if (aliases ? !aliases.has(m.text) : !e.aliases.includes(m.text)) {
      e.aliases.push(m.text);
      if (aliases) aliases.add(m.text);
      else if (e.aliases.length > SHORT_LIST) aliasesOf.set(e, new Set(e.aliases));
    }
    if (m.role) {
      const role = m.role;
      const roles = rolesOf.get(e);
      const here = roles?.get(m.doc);
      if (!e.roles.length) e.roles = [{ doc: m.doc, role }];
      else if (roles ? !here?.has(role) : !e.roles.some((r) => r.doc === m.doc && r.role === role)) {
        e.roles.push({ doc: m.doc, role });
        if (here) here.add(role);
        else if (roles) roles.set(m.doc, new Set([role]));
        else if (e.roles.length > SHORT_LIST) rolesOf.set(e, rolesByDoc(e.roles));
      }
    }
    let list = byDoc.get(m.doc);
    if (!list) byDoc.set(m.doc, (list = []));
    list.push(m);
  };
}

/**
 * Takes every organisation out of a resolution made without a reviewer's decisions about names (entities,
 * and mentions in every article), for `addOrganisations` to resolve them again after an edit that changed
 * only organisations: nothing else the resolution made reads them.
 */
export function dropOrganisations(r: Resolution): void {
  const docs = new Set<string>();
  for (const [id, e] of r.entities)
    if (e.kind === 'organisation') {
      for (const m of e.mentions) docs.add(m.doc);
      r.entities.delete(id);
    }
  for (const doc of docs) {
    const kept = (r.byDoc.get(doc) ?? []).filter((m) => r.entities.has(m.entityId));
    // (an article named only organisations has no list, as a resolution made afresh gives it none)
    if (kept.length) r.byDoc.set(doc, kept);
    else r.byDoc.delete(doc);
  }
  r.bodies = undefined;
}

/** Resolves the articles' organisations into a resolution `dropOrganisations` took them out of: as `resolve` would. */
export function addOrganisations(
  r: Resolution,
  given: Map<string, DocumentAnalysis>,
  order: ArticleOrder = articleOrder(given.keys()),
): void {
  const docs = byName(given, order);
  const add = adder(r.entities, r.byDoc);
  const added = new Set<string>();
  r.bodies = resolveBodies(
    docs,
    r.entities,
    (m, make) => {
      added.add(m.doc);
      add(m, make);
    },
    order.ranks,
  );
  for (const doc of added) r.byDoc.get(doc)!.sort(inArticle);
}

/**
 * After an edit to one article that changed only its organisations, in a resolution made without a
 * reviewer's decisions about names: resolves that article's organisations again, when every other
 * article's resolve as before. Returns false, having changed nothing, when some would not (the edit wrote
 * a body's fullest name, defined an acronym, named a company…): then all must be resolved again.
 */
export function updateOrganisations(
  r: Resolution,
  doc: string,
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  order: ArticleOrder,
): boolean {
  const b = r.bodies;
  if (!b) return false;
  b.counts.add(before.organisations, -1);
  b.counts.add(after.organisations);
  const who = b.counts.identities();
  const here = new Map<string, number>(); // signature → this article's mentions
  for (const o of after.organisations) {
    const s = signature(o);
    here.set(s, (here.get(s) ?? 0) + 1);
  }
  const same = (x?: OrganisationIdentity, y?: OrganisationIdentity) =>
    x === y || (!!x && !!y && x.id === y.id && x.name === y.name && x.acronym === y.acronym);
  const byName = namedBodies(who);
  let alike = sameEntries(companyShortNames([...byName.keys()]), b.short);
  // (a signature counted beyond this article's mentions is written in another article)
  for (const [s, w] of who) if (alike && b.counts.count(s) > (here.get(s) ?? 0)) alike = same(w, b.who.get(s));
  const next: Bodies = { ...b, who, byName };
  const added = alike ? bodyMentions(doc, after, next) : [];
  // (an article that had no mentions would come last among the resolution's articles, not in its place)
  if (!alike || (added.length && !r.byDoc.has(doc))) {
    b.counts.add(after.organisations, -1);
    b.counts.add(before.organisations);
    return false;
  }
  r.bodies = next;
  const touched = new Set<Entity>();
  const kept: ResolvedMention[] = [];
  for (const m of r.byDoc.get(doc) ?? []) {
    const e = r.entities.get(m.entityId);
    if (e?.kind === 'organisation') touched.add(e);
    else kept.push(m);
  }
  const firsts = new Map([...touched].map((e) => [e, e.mentions[0]]));
  for (const e of touched) {
    e.mentions = e.mentions.filter((m) => m.doc !== doc);
    // (a body named only here is made again: its name may be another now)
    if (!e.mentions.length) r.entities.delete(e.id);
  }
  for (const [m, body] of added) {
    let e = r.entities.get(body.id);
    if (!e) r.entities.set(body.id, (e = newBody(body)));
    e.mentions.push(m);
    kept.push(m);
    touched.add(e);
  }
  if (kept.length) r.byDoc.set(doc, kept.sort(inArticle));
  else r.byDoc.delete(doc);
  finishBodies(
    r.entities,
    [...touched].filter((e) => e.mentions.length),
    order.ranks,
    firsts,
  );
  return true;
}

/** Words in a name, as many as `split(' ')` makes, without making them. */
function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/** An entity's roles per article. */
function rolesByDoc(roles: Entity['roles']): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of roles) {
    const here = out.get(r.doc);
    if (here) here.add(r.role);
    else out.set(r.doc, new Set([r.role]));
  }
  return out;
}

/** Sorting mentions by these ranks gives the order `localeCompare` gives, without calling it at every comparison. */
function localeRanks(docs: Iterable<string>): Map<string, number> {
  const sorted = [...docs].sort((x, y) => x.localeCompare(y));
  const out = new Map<string, number>();
  sorted.forEach((d, i) => out.set(d, i > 0 && sorted[i - 1].localeCompare(d) === 0 ? out.get(sorted[i - 1])! : i));
  return out;
}

/** "in Philadephia": a word where places go, unknown to the gazetteer, a slip away from a place of the corpus. */
const PLACE_BEFORE = /\b(?:in|at|from|near|to|outside|across|toward|towards)\s+$/;

/** Whether a place word comes right before an offset: the only text resolution reads around a name. */
export function placeWordBefore(text: PackedText, offset: number): boolean {
  return PLACE_BEFORE.test(textSlice(text, offset - 12, offset));
}

/**
 * Places spelled another way: a capitalised word where a place goes ("in Philadephia"), unknown to the
 * gazetteer and to the corpus's people, one or two slips from a place other articles name. Two real
 * places ("Pittsburg", "Pittsburgh") are never variants of each other: the gazetteer knows both.
 */
function placeVariants(
  docs: Map<string, DocumentAnalysis>,
  texts: Map<string, PackedText>,
  gaz: Gazetteer,
  entities: Map<string, Entity>,
  byDoc: Map<string, ResolvedMention[]>,
  add: Add,
  out: VariantMention[],
): void {
  const places = [...entities.values()].filter(
    (e) => e.kind === 'place' && !e.name.includes(' ') && new Set(e.mentions.map((m) => m.doc)).size >= 2,
  );
  if (!places.length) return;
  // places by first letter: a candidate is looked at only when a place could be a slip away
  const byLetter = new Map<string, Entity[]>();
  for (const p of places) {
    const k = p.name.charAt(0);
    const list = byLetter.get(k);
    if (list) list.push(p);
    else byLetter.set(k, [p]);
  }
  for (const [doc, a] of docs) {
    const text = texts.get(doc);
    if (!text) continue;
    const taken = byDoc.get(doc) ?? [];
    const cs = a.candidates;
    cs.texts.forEach((word, i) => {
      const near = byLetter.get(word.charAt(0));
      if (!near?.some((p) => Math.abs(p.name.length - word.length) <= 2)) return;
      const start = candidateStart(cs, i),
        end = candidateEnd(cs, i);
      if (cs.givens[i] !== undefined || !placeWordBefore(text, start)) return;
      if (gaz.lookup(word)?.length || taken.some((m) => m.start < end && start < m.end)) return;
      const place = near.find((p) => similarSpellings(word, p.name) && !p.mentions.some((m) => m.doc === doc));
      if (!place) return;
      const m: ResolvedMention = { doc, start, end, text: word, entityId: place.id, weight: 1 };
      add(m, () => place);
      out.push(Object.assign(m, { written: word, majority: place.name }));
    });
  }
}

/** (most names are written without a role: one empty set for them all, not one each) */
const NO_ROLES: ReadonlySet<string> = new Set();

/**
 * Minority spellings of full names, each with the majority spelling's key. A reviewer's decision that
 * two mentions are different people keeps their spellings apart.
 */
function spellingVariants(
  docs: Map<string, DocumentAnalysis>,
  parts: Map<string, { first: string; surname: string }>,
  articlesOf: Map<string, number>,
  keyOfPerson: (doc: string, p: { first?: string; surname: string }) => string | undefined,
  rules: NameRules | undefined,
): Map<string, VariantOf> {
  const roles = new Map<string, Set<string>>();
  for (const a of docs.values())
    for (const p of a.people)
      if (p.first && p.role) {
        const id = keyOfPerson('', p)!;
        if (!roles.has(id)) roles.set(id, new Set());
        for (const w of roleWords(p.role)) roles.get(id)!.add(w);
      }
  const keys: NameKey[] = [];
  parts.forEach(({ first, surname }, id) =>
    keys.push({ id, first, surname, articles: articlesOf.get(id) ?? 0, roles: roles.get(id) ?? NO_ROLES }),
  );
  const apart = new Set<string>();
  for (const d of rules?.decisions ?? []) {
    if (d.decision !== 'different') continue;
    const [x, y] = d.mentions.map((fp) => keysAt(docs, fp, keyOfPerson, rules!));
    for (const a of x) for (const b of y) apart.add(`${a}\u0000${b}`).add(`${b}\u0000${a}`);
  }
  return variantsOf(keys, (a, b) => apart.has(`${a}\u0000${b}`));
}

/** The name keys of the person mentions with this fingerprint. */
function keysAt(
  docs: Map<string, DocumentAnalysis>,
  fp: string,
  keyOfPerson: (doc: string, p: { first?: string; surname: string }) => string | undefined,
  rules: NameRules,
): string[] {
  const text = fingerprintText(fp);
  const out: string[] = [];
  for (const [doc, a] of docs)
    for (const p of a.people)
      if (p.text === text && rules.fingerprint(doc, p.start, p.text) === fp) {
        const k = keyOfPerson(doc, p);
        if (k) out.push(k);
      }
  return out;
}

/**
 * The reviewer's other decisions about names, after resolution: "same" joins two entities; "different"
 * on two mentions of one entity moves the first one's spelling in its article to an entity of its own.
 */
function applyDecisions(entities: Map<string, Entity>, byDoc: Map<string, ResolvedMention[]>, rules: NameRules): void {
  const at = (fp: string): ResolvedMention | undefined => {
    const text = fingerprintText(fp);
    for (const [doc, list] of byDoc)
      for (const m of list) if (m.text === text && rules.fingerprint(doc, m.start, m.text) === fp) return m;
    return undefined;
  };
  for (const d of rules.decisions) {
    const a = at(d.mentions[0]),
      b = at(d.mentions[1]);
    if (!a || !b) continue;
    const ea = entities.get(a.entityId),
      eb = entities.get(b.entityId);
    if (!ea || !eb) continue;
    if (d.decision === 'same' && ea !== eb && ea.kind === eb.kind) {
      // the entity with fewer mentions joins the other
      const [from, to] = ea.mentions.length > eb.mentions.length ? [eb, ea] : [ea, eb];
      for (const m of from.mentions) {
        m.entityId = to.id;
        to.mentions.push(m);
        if (!to.aliases.includes(m.text)) to.aliases.push(m.text);
      }
      for (const r of from.roles) to.roles.push(r);
      entities.delete(from.id);
    } else if (d.decision === 'different' && ea === eb) {
      const moved = ea.mentions.filter((m) => m.doc === a.doc && m.text === a.text && m.text !== b.text);
      if (!moved.length) continue;
      const id = `${ea.id}~${a.doc}~${a.text}`;
      const split: Entity = { ...ea, id, name: a.text, aliases: [a.text], roles: [], mentions: moved };
      for (const m of moved) m.entityId = id;
      ea.mentions = ea.mentions.filter((m) => !moved.includes(m));
      entities.set(id, split);
    }
  }
}

/** Organisations by name and acronym across articles, and the people whose roles name them. */
function resolveBodies(
  docs: Map<string, DocumentAnalysis>,
  entities: Map<string, Entity>,
  add: Add,
  ranks: Map<string, number>,
): Bodies {
  const counts = new OrganisationCounts();
  for (const a of docs.values()) counts.add(a.organisations);
  const who = counts.identities();
  // "Kessler-Brandt" alone, where the corpus writes "Kessler-Brandt Automotive" and no one is called so
  const byName = namedBodies(who);
  const short = companyShortNames([...byName.keys()]);
  // (only whether a short name is someone's: the corpus's people have tens of thousands of aliases)
  const people = new Set<string>();
  if (short.size)
    for (const e of entities.values())
      if (e.kind === 'person') for (const alias of e.aliases) if (short.has(alias)) people.add(alias);
  const b: Bodies = { counts, who, short, people, byName };
  const bodies: Entity[] = [];
  for (const [doc, a] of docs)
    for (const [m, body] of bodyMentions(doc, a, b))
      add(m, () => {
        const e = newBody(body);
        bodies.push(e);
        return e;
      });
  finishBodies(entities, bodies, ranks);
  return b;
}

/** The bodies by name (a name is one body's: it is a form of the body's key). */
function namedBodies(who: Map<string, OrganisationIdentity | undefined>): Map<string, OrganisationIdentity> {
  const out = new Map<string, OrganisationIdentity>();
  for (const w of who.values()) if (w) out.set(w.name, w);
  return out;
}

function sameEntries(x: Map<string, string>, y: Map<string, string>): boolean {
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return true;
}

/** An article's organisation mentions and the body each names; then short names of companies. */
function bodyMentions(doc: string, a: DocumentAnalysis, b: Bodies): Array<[ResolvedMention, OrganisationIdentity]> {
  const out: Array<[ResolvedMention, OrganisationIdentity]> = [];
  for (const o of a.organisations) {
    const body = b.who.get(signature(o));
    // the full name introduces the body; its acronym alone never does
    const weight = o.acronym === o.text ? 1 : wordCount(o.text) + 1;
    if (body) out.push([{ doc, start: o.start, end: o.end, text: o.text, entityId: body.id, weight }, body]);
  }
  if (b.short.size)
    a.candidates.texts.forEach((text, i) => {
      const full = b.short.get(text);
      if (!full || b.people.has(text)) return;
      const body = b.byName.get(full)!;
      const weight = wordCount(text) + 1;
      const start = candidateStart(a.candidates, i),
        end = candidateEnd(a.candidates, i);
      out.push([{ doc, start, end, text, entityId: body.id, weight }, body]);
    });
  return out;
}

function newBody(body: OrganisationIdentity): Entity {
  return {
    id: body.id,
    kind: 'organisation',
    name: body.name,
    description: body.acronym && body.acronym !== body.name ? `organisation (${body.acronym})` : 'organisation',
    acronym: body.acronym,
    aliases: [],
    roles: [],
    mentions: [],
  };
}

/**
 * Bodies whose mentions changed: their mentions in corpus order, their aliases in the order of their
 * mentions, and their members. The corpus's bodies follow its people and places, in the order of their
 * first mentions (an order that does not depend on which article was read or edited first): they are put
 * in order again unless each changed body has the first mention it had (`firsts`).
 */
function finishBodies(
  entities: Map<string, Entity>,
  changed: Entity[],
  ranks: Map<string, number>,
  firsts?: Map<Entity, ResolvedMention>,
): void {
  const byCorpus = inCorpus(ranks);
  // (an enclosing mention first, as in an article)
  const order = (x: ResolvedMention, y: ResolvedMention) => byCorpus(x, y) || y.end - x.end;
  const renamed: Entity[] = []; // (members read names: a body's names are mostly the same after an edit)
  for (const e of changed) {
    e.mentions.sort(order);
    const aliases = [...new Set(e.mentions.map((m) => m.text))];
    if (!e.members || aliases.length !== e.aliases.length || aliases.some((a, i) => a !== e.aliases[i]))
      renamed.push(e);
    e.aliases = aliases;
  }
  if (renamed.length) members(entities, renamed);
  if (firsts && changed.every((e) => firsts.get(e) === e.mentions[0])) return;
  const bodies: Entity[] = [];
  for (const e of entities.values()) if (e.kind === 'organisation') bodies.push(e);
  bodies.sort((x, y) => order(x.mentions[0], y.mentions[0]) || (x.id < y.id ? -1 : 1));
  for (const e of bodies) {
    entities.delete(e.id);
    entities.set(e.id, e);
  }
}

/**
 * The people whose roles name a body ("ICE acting Director"): each role's words looked up among the
 * bodies' names by their first word (a corpus holds thousands of roles and hundreds of bodies).
 */
function members(entities: Map<string, Entity>, bodies: Entity[]): void {
  const byFirstWord = new Map<string, Array<{ words: string[]; body: Entity }>>();
  for (const b of bodies) {
    b.members = [];
    for (const n of new Set([b.acronym, ...b.aliases].filter((x): x is string => !!x))) {
      const words = n.split(' ');
      const list = byFirstWord.get(words[0]);
      if (list) list.push({ words, body: b });
      else byFirstWord.set(words[0], [{ words, body: b }]);
    }
  }
  const seen = new Set<string>();
  const roleWordsOf = new Map<string, string[]>(); // (thousands of people share a few roles)
  for (const p of entities.values()) {
    if (p.kind !== 'person') continue;
    for (const r of p.roles) {
      let words = roleWordsOf.get(r.role);
      if (!words) roleWordsOf.set(r.role, (words = r.role.split(/[^\p{L}\p{N}.&'’-]+/u)));
      for (let i = 0; i < words.length; i++)
        for (const { words: name, body } of byFirstWord.get(words[i]) ?? []) {
          if (name.some((w, k) => words[i + k] !== w)) continue;
          const key = `${body.id}\u0000${p.id}\u0000${r.role}`;
          if (seen.has(key)) continue;
          seen.add(key);
          body.members!.push({ entityId: p.id, name: p.name, role: r.role });
        }
    }
  }
}

/**
 * Full names written another way for the same person: for each family name (the last word), a given
 * name written short ("Ed" for "Edward"), or one letter, a space or a hyphen away ("Dzhohkhar",
 * "Abdel Kader" for "Abdelkader"), maps (folded) to the most frequent full spelling.
 */
function canonicalSpellings(docs: Map<string, DocumentAnalysis>): Map<string, string> {
  // family name → the name's key (given name and surname, as resolution keys it) → its given part as
  // written ("Abdel Kader") and its mentions
  const byFamily = new Map<string, Map<string, { given: string; count: number }>>();
  for (const a of docs.values())
    for (const p of a.people)
      if (p.first) {
        const key = `${p.first} ${p.surname}`;
        const family = fold(p.surname.slice(p.surname.lastIndexOf(' ') + 1));
        if (!byFamily.has(family)) byFamily.set(family, new Map());
        const m = byFamily.get(family)!;
        const written = p.name.slice(0, p.name.length - p.surname.length).trim() || p.first;
        const entry = m.get(key) ?? { given: written, count: 0 };
        entry.count++;
        m.set(key, entry);
      }
  const out = new Map<string, string>();
  for (const names of byFamily.values()) {
    if (names.size < 2) continue;
    const byFrequency = [...names.keys()].sort(
      (x, y) => names.get(y)!.count - names.get(x)!.count || x.localeCompare(y),
    );
    // each name's forms, made once: a common family name has hundreds of names
    const forms = byFrequency.map((name) => {
      const { given, count } = names.get(name)!;
      const folded = fold(given);
      return { name, key: fold(name), count, given, full: fullGivenName(given), folded, squeezed: squeeze(folded) };
    });
    type Forms = (typeof forms)[number];
    // The same given name: x's full form written by y or y's full form, the same letters without spaces and
    // hyphens, or (both of five letters or more, the same first letter) one slip apart. The names that can
    // be are looked up by those forms, so a family of hundreds of names is not compared pair by pair.
    const withGiven = positions(forms, (f) => f.given),
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
  return out;
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

/** A county or a province named in the text ("county:Harris County", "county:Miyagi Prefecture"), as a place. */
function countyPlace(id: string): Place | undefined {
  const m = /^county:(.+)$/.exec(id);
  const kind = /(?:County|Parish|Borough|District)$/.test(m?.[1] ?? '') ? 'county' : 'state';
  return m ? { id, name: m[1], kind, country: '', population: 0, aliases: [] } : undefined;
}
