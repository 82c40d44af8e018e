import type { DocumentAnalysis } from './analyze';
import type { Gazetteer } from './gazetteer';
import { companyShortNames, OrganisationCounts, signature, type OrganisationIdentity } from './organisations';
import type { NameDecision } from './reviews';
import { FIRST_NAMES } from './names';
import { fold, isAscii, slug } from './text';
import { similarSpellings } from './variants';
import { NameTables, titledAlone } from './name-tables';
import { apartBy, applyDecisions, type Applied } from './name-decisions';
import { EntityMap } from './entity-map';
import { roleIndex, type RoleHeld } from './role-index';
import { placeIn } from './order';
import type { EntityKind, NameCandidate, OrganisationMention, Place, PlaceKind, Span } from './types';
import { candidateEnd, candidateStart } from './candidates';
import { locativeBefore } from './lexicon';
import { bareOnlyWherePlaceGoes, shortNameOf } from './places';
import { textSlice, type PackedText } from './packed-text';
import { compareArticles, localeCompareArticles } from './article-names';

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
  entities: EntityMap;
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
  /**
   * What an edit of one article's names is resolved from (`resolveNameEdit`): the name tables, each
   * article's mentions of people and places in the order they were added, and the places a word may be a
   * slip of. Let go when no article will change.
   */
  names?: { tables: NameTables; added: Map<string, ResolvedMention[]>; places: PlaceWords };
  /** What the reviewer's decisions about names did to it, undone for an edit or a change of decisions. */
  decided?: Applied;
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
  const entities = new EntityMap();
  const variantMentions: VariantMention[] = [];
  const byDoc = new Map<string, ResolvedMention[]>();
  const add = adder(entities, byDoc);

  // Full names define people; a surname points at the full names that end with it; spellings of one name
  // share a key; a minority spelling of a family name is the majority's person (see `NameTables`).
  const tables = new NameTables(order.names.map((d, i) => [d, given.get(d)!, i]));
  const apart = rules?.decisions.length ? apartBy(docs, tables, rules) : undefined;
  tables.setVariants(undefined, apart?.apart);
  // each article's mentions of people and places, in the order they are added (kept for an edit)
  const added = new Map<string, ResolvedMention[]>();
  for (const [doc, a] of docs) {
    const list: ResolvedMention[] = [];
    articleMentions(doc, a, tables, gaz, variantMentions, (m, make) => {
      add(m, make);
      list.push(m);
    });
    if (list.length) added.set(doc, list);
  }
  // (the places a word may be a slip of are those named before any slip is added)
  const places = placeWords(entities);
  if (texts) placeVariants(docs, texts, gaz, places, added, add, variantMentions);
  const bodies = resolveBodies(docs, entities, add, order.ranks);
  // (`placeVariants` read slips against the places as they were before any decision; so does `inertCandidate`)
  const placesUndecided = rules?.decisions.length ? placeNamesOf(entities.values()) : undefined;
  for (const list of byDoc.values()) list.sort(inArticle);
  const ranked = inCorpus(order.ranks);
  for (const e of entities.values()) e.mentions.sort(ranked);
  const decided = rules && apart && applyDecisions(entities, byDoc, rules, ranked, apart.pairs);
  const variantsByDoc = new Map<string, VariantMention[]>();
  // (a reviewer's decision may have moved a variant out of the entity it was resolved to)
  for (const v of variantMentions)
    if (entities.get(v.entityId)?.mentions.includes(v)) {
      const list = variantsByDoc.get(v.doc);
      if (list) list.push(v);
      else variantsByDoc.set(v.doc, [v]);
    }
  const words = { surnames: new Set(tables.bySurname.keys()), givens: tables.givenWords() };
  // (a list grown by pushing keeps room for as many again: the tens of thousands of a large corpus's
  // entities and its articles keep theirs exact, 66 → 51 MB at 10,000 articles)
  for (const e of entities.values()) {
    e.mentions = e.mentions.slice();
    e.aliases = e.aliases.slice();
    e.roles = e.roles.slice();
  }
  for (const [doc, list] of byDoc) byDoc.set(doc, list.slice());
  tables.settle();
  const names = { tables, added, places };
  const r: Resolution = { entities, byDoc, variants: variantsByDoc, bodies, words, names, decided };
  if (placesUndecided) placesByLetter.set(r, placesUndecided);
  return r;
}

/** A person's entity, made at its first mention. */
const personEntity = (id: string, name: string) => (): Entity => ({
  id,
  kind: 'person',
  name,
  aliases: [],
  roles: [],
  mentions: [],
});

/**
 * One article's mentions of people and places, to `emit` in the order resolution adds them: its people, its
 * capitalised words that name someone, its places. Those written in a minority spelling go to `variants` too.
 */
export function articleMentions(
  doc: string,
  a: DocumentAnalysis,
  tables: NameTables,
  gaz: Gazetteer,
  variants: VariantMention[],
  emit: Add,
): void {
  const person = (
    start: number,
    end: number,
    text: string,
    key: string,
    weight: number,
    name: string,
    role?: string,
  ) => {
    const v = tables.variants.get(key);
    // (every field in the one literal: a field added after is kept apart, 40 bytes more a person's mention)
    const m: ResolvedMention = { doc, start, end, text, entityId: v?.id ?? key, weight, role, key };
    emit(m, personEntity(m.entityId, tables.nameOf(m.entityId) ?? name));
    if (v && fold(m.text).includes(fold(v.written)))
      variants.push(Object.assign(m, { written: v.written, majority: v.majority }));
  };
  // a name inside an organisation's name is the organisation's ("Robert Wood Johnson Foundation")
  const bodies = a.organisations.filter((o) => o.acronym !== o.text);
  const inBody = (start: number, end: number) =>
    bodies.length > 0 && bodies.some((o) => o.start <= start && end <= o.end);
  const ids = tables.keysOf(a);
  for (let i = 0; i < a.people.length; i++) {
    const p = a.people[i];
    if (tables.placeLike(ids[i]) || inBody(p.start, p.end)) continue;
    const id = p.first ? ids[i] : tables.pick(doc, p.surname, !titledAlone(p));
    if (!p.first && p.evidence !== 'titled' && tables.isOrgName(fold(p.surname)) && id === `person:${slug(p.surname)}`)
      continue;
    if (!id) continue;
    person(p.start, p.end, p.text, id, wordCount(p.name), p.name, p.role);
  }
  const givens = tables.givenNames.get(doc);
  const cs = a.candidates;
  for (let i = 0; i < cs.texts.length; i++) {
    const text = cs.texts[i],
      end = candidateEnd(cs, i);
    const given = givens?.get(i);
    if (given) {
      const start = candidateStart(cs, i, true);
      // (not inside a body's name: "Georgia Power" beside a person named Power)
      if (!inBody(start, end)) person(start, end, `${cs.givens[i]!} ${text}`, given, 2, tables.nameOf(given)!);
      continue;
    }
    const start = candidateStart(cs, i);
    const id = inBody(start, end) ? undefined : tables.pick(doc, text);
    if (!id) continue;
    person(start, end, text, id, 1, text);
  }
  for (const p of a.places) {
    const place = gaz.byId.get(p.placeId) ?? countyPlace(p.placeId);
    if (!place) continue;
    const id = `place:${place.id}`;
    emit(
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

/**
 * Whether a capitalised word resolves to no one and nothing, whatever article writes it: no name word before
 * it, no one's surname, no one's given name, no company's short name, no place's name (a small place named
 * bare, or one named with its kind elsewhere: see `placeSlips`) and no place it could be a slip of (a place
 * variant). Such a word can come and go in an edit without the corpus's resolution changing: it is read only
 * by `resolve`'s mention loop, `placeVariants` and `bodyMentions`, and it adds to no table.
 */
export function inertCandidate(r: Resolution, c: NameCandidate): boolean {
  if (c.given || !r.words) return false;
  if (r.words.surnames.has(fold(c.text)) || r.words.givens.has(c.text) || r.bodies?.short.has(c.text)) return false;
  // (a slip is read against the names with their accents left out: only ASCII names keep their lengths so)
  const ascii = isAscii(c.text);
  const near = (name: string) =>
    (!ascii || !isAscii(name) || Math.abs(name.length - c.text.length) <= 2) && similarSpellings(c.text, name);
  return !placeNames(r)
    .get(c.text.charAt(0))
    ?.some((name) => name === c.text || near(name));
}

/**
 * The one-word names of the resolution's places, by first letter (made once per resolution). Under a
 * reviewer's decisions about names, those of the places as resolving named them, before a decision joined
 * two or split one (made by `resolve`): a word is a slip of one of those (`placeVariants`).
 */
const placesByLetter = new WeakMap<Resolution, Map<string, string[]>>();
function placeNames(r: Resolution): Map<string, string[]> {
  let byLetter = placesByLetter.get(r);
  if (!byLetter) {
    byLetter = placeNamesOf(r.entities.values());
    placesByLetter.set(r, byLetter);
  }
  return byLetter;
}

/** The places of a resolution made without decisions about names, kept for the decisions applied to it. */
export function keepUndecidedPlaces(r: Resolution): void {
  placesByLetter.set(r, placeNamesOf(r.entities.values()));
}

function placeNamesOf(entities: Iterable<Entity>): Map<string, string[]> {
  const byLetter = new Map<string, string[]>();
  const put = (name: string) => {
    const list = byLetter.get(name.charAt(0));
    if (list) list.push(name);
    else byLetter.set(name.charAt(0), [name]);
  };
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    if (!e.name.includes(' ')) put(e.name);
    // (and the name a place named with its kind goes by alone: "Maui" for "Maui Island")
    const short = shortNameOf(e.id.slice(6));
    if (short !== undefined && short !== e.name && !short.includes(' ')) put(short);
  }
  return byLetter;
}

/**
 * The corpus's articles in the two orders resolution uses: by the code units of their names (which article
 * comes first) and by `localeCompare` (an entity's mentions), each of the names as the file system writes
 * them (`article-names.ts`). Kept by the corpus while its articles are the same: an edit of one article
 * need not sort ten thousand names again.
 */
export interface ArticleOrder {
  names: string[];
  /** Each article's place in the order of `localeCompare`, articles that compare equal sharing one. */
  ranks: Map<string, number>;
}

/** The orders of these articles (the corpus keeps them; `resolve` makes them when not given). */
export function articleOrder(docs: Iterable<string>): ArticleOrder {
  const names = [...docs].sort(compareArticles);
  return { names, ranks: localeRanks(names) };
}

/** Articles in the order of their names. */
const byName = (docs: ReadonlyMap<string, DocumentAnalysis>, order: ArticleOrder) =>
  new Map(order.names.map((d) => [d, docs.get(d)!]));

/** Mentions of one article in the order of the text, an enclosing one first. */
export const inArticle = (x: ResolvedMention, y: ResolvedMention) => x.start - y.start || y.end - x.end;

/**
 * An entity's mentions by article (in `localeCompare` order, as ranked; articles it finds equal by their
 * code units), then in the order of the text: an article's mentions are together.
 */
export const inCorpus = (order: Map<string, number>) => (x: ResolvedMention, y: ResolvedMention) =>
  order.get(x.doc)! - order.get(y.doc)! || compareArticles(x.doc, y.doc) || x.start - y.start;

/** Adds a mention to its entity (made when new) and to its article's list. */
export type Add = (m: ResolvedMention, make: () => Entity) => void;

/** Lists looked through rather than indexed. */
const SHORT_LIST = 8;

export function adder(entities: Map<string, Entity>, byDoc: Map<string, ResolvedMention[]>): Add {
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
  for (const e of r.entities.values()) if (e.kind === 'organisation') for (const m of e.mentions) docs.add(m.doc);
  r.entities.deleteWhere((e) => e.kind === 'organisation');
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
  given: ReadonlyMap<string, DocumentAnalysis>,
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
 * a body's fullest name, defined an acronym, named a company…): then all must be resolved again. With
 * `placed`, the caller puts the article's list in its place among the others (`byDoc`'s order).
 */
export function updateOrganisations(
  r: Resolution,
  doc: string,
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  order: ArticleOrder,
  placed = false,
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
  // (two spellings of one acronym, "DoD" and "DOD", are one body named as the first article to write one
  // spells it: an edit here may change which that is)
  if (alike) alike = !namesSharedBody(b.who, before.organisations) && !namesSharedBody(who, after.organisations);
  const next: Bodies = { ...b, who, byName };
  const added = alike ? bodyMentions(doc, after, next) : [];
  // (an article that had no mentions would come last among the resolution's articles, not in its place)
  if (!alike || (added.length && !r.byDoc.has(doc) && !placed)) {
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
    // (taken out in place: a body the corpus names everywhere has tens of thousands of mentions)
    const list = e.mentions;
    let left = 0;
    for (let i = 0; i < list.length; i++) if (list[i].doc !== doc) list[left++] = list[i];
    list.length = left;
    // (a body named only here is made again: its name may be another now)
    if (!left) r.entities.delete(e.id);
  }
  const inDoc = new Map<Entity, ResolvedMention[]>(); // body → its mentions in this article
  for (const [m, body] of added) {
    let e = r.entities.get(body.id);
    if (!e) r.entities.set(body.id, (e = newBody(body)));
    const list = inDoc.get(e);
    if (list) list.push(m);
    else inDoc.set(e, [m]);
    kept.push(m);
    touched.add(e);
  }
  // (put in their place among the body's others, which stay in order: a body named everywhere has tens of
  // thousands of mentions, sorted again at every edit of its article)
  const inBody = bodyOrder(order.ranks);
  for (const [e, list] of inDoc) {
    list.sort(inBody);
    e.mentions.splice(placeIn(e.mentions, list[0], inBody), 0, ...list);
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
  const sorted = [...docs].sort(localeCompareArticles);
  const out = new Map<string, number>();
  sorted.forEach((d, i) =>
    out.set(d, i > 0 && localeCompareArticles(sorted[i - 1], d) === 0 ? out.get(sorted[i - 1])! : i),
  );
  return out;
}

/** "in Philadephia": a word where places go, unknown to the gazetteer, a slip away from a place of the corpus. */
const PLACE_WORDS = 'in|at|from|near|to|outside|across|toward|towards';
const PLACE_BEFORE = new RegExp(String.raw`\b(?:${PLACE_WORDS})\s+$`);

/** Whether a place word comes right before an offset. */
function placeWordBefore(text: PackedText, offset: number): boolean {
  return PLACE_BEFORE.test(textSlice(text, offset - 12, offset));
}

/**
 * What resolving reads of the text around a capitalised word (`placeSlips`), as one string: a place word or a
 * locative before it, a capitalised word or an apposition after it, whether it stands alone. An edit that
 * changes none of it for any such word, nor the article's names, leaves the resolution as it was
 * (`nameChange`).
 */
export function readAround(text: PackedText, c: NameCandidate): string {
  const start = c.given?.start ?? c.start;
  const bit = (b: boolean) => (b ? '1' : '0');
  return (
    bit(placeWordBefore(text, c.start)) +
    bit(PLACE_NAMED_BEFORE.test(textSlice(text, c.start - 14, c.start))) +
    bit(locativeBefore(textSlice(text, start - 12, start))) +
    bit(NAME_GOES_ON.test(textSlice(text, c.end, c.end + 12))) +
    bit(standsAlone(text, start, c.end)) +
    bit(standsAlone(text, c.start, c.end))
  );
}

/**
 * After a word, what makes it part of a longer name ("Kelantu General Hospital") or a person's before a role
 * ("to Hunt, the county's emergency coordinator").
 */
const NAME_GOES_ON = /^ (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}|^, (?:the|a|an) /u;

/**
 * Places spelled another way: a capitalised word where a place goes ("in Philadephia"), unknown to the
 * gazetteer and to the corpus's people, one or two slips from a place other articles name. Two real
 * places ("Pittsburg", "Pittsburgh") are never variants of each other: the gazetteer knows both.
 */
function placeVariants(
  docs: Map<string, DocumentAnalysis>,
  texts: Map<string, PackedText>,
  gaz: Gazetteer,
  places: PlaceWords,
  added: Map<string, ResolvedMention[]>,
  add: Add,
  out: VariantMention[],
): void {
  if (!places.slips.size && !places.short.size) return;
  for (const [doc, a] of docs) {
    const text = texts.get(doc);
    if (text) placeSlips(doc, a, text, gaz, places, added.get(doc) ?? [], add, out);
  }
}

/** The places other articles name that an article's capitalised word may name. */
export interface PlaceWords {
  /** The places a word can be a slip of: one-word places that two articles or more name, by first letter. */
  slips: Map<string, Entity[]>;
  /**
   * Places no gazetteer holds, named with their kind ("the island of Maui", "Al Haouz province"), by the name
   * each goes by alone: another article may name it so ("on Maui"). A name two such places go by is neither's.
   */
  short: Map<string, Entity | undefined>;
}

export function placeWords(entities: Map<string, Entity>): PlaceWords {
  return placeWordsOf(entities.values(), (e) => inTwoArticles(e.mentions));
}

/** The place words of these entities (the places among them), `twice` telling which two articles or more name. */
export function placeWordsOf(entities: Iterable<Entity>, twice: (e: Entity) => boolean): PlaceWords {
  const slips = new Map<string, Entity[]>();
  const short = new Map<string, Entity | undefined>();
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    const name = shortNameOf(e.id.slice(6));
    if (name !== undefined) short.set(name, short.has(name) ? undefined : e);
    if (e.name.includes(' ') || !twice(e)) continue;
    const k = e.name.charAt(0);
    const list = slips.get(k);
    if (list) list.push(e);
    else slips.set(k, [e]);
  }
  return { slips, short };
}

const inTwoArticles = (mentions: ResolvedMention[]) => mentions.some((m) => m.doc !== mentions[0].doc);

/** Whether two sets of place words hold the same places, in the same order. */
export function samePlaceWords(x: PlaceWords, y: PlaceWords): boolean {
  const same = <T>(a: Map<string, T>, b: Map<string, T>, alike: (p: T, q: T) => boolean) =>
    a.size === b.size && [...a].every(([k, v]) => b.has(k) && alike(v, b.get(k)!));
  return (
    same(x.short, y.short, (p, q) => p === q) &&
    same(x.slips, y.slips, (p, q) => p.length === q.length && p.every((e, i) => e === q[i]))
  );
}

/**
 * An article's slips of a place's name, after its other mentions (`main`, in the order they were added): a
 * place is slipped once an article at most, and not where the article names it rightly. And the bare names
 * of small places the other articles name with their country or state, or with their kind ("the island of
 * Maui"), which the article alone does not make places.
 */
export function placeSlips(
  doc: string,
  a: DocumentAnalysis,
  text: PackedText,
  gaz: Gazetteer,
  places: PlaceWords,
  main: readonly ResolvedMention[],
  emit: Add,
  out: VariantMention[],
): void {
  const found: ResolvedMention[] = [];
  const named = (id: string) => main.some((m) => m.entityId === id) || found.some((m) => m.entityId === id);
  const cs = a.candidates;
  cs.texts.forEach((word, i) => {
    const given = cs.givens[i];
    const area = places.short.size ? places.short.get(given === undefined ? word : `${given} ${word}`) : undefined;
    if (area) {
      // a place another article names with its kind, named here as its article would once it had: an island's or
      // a town's one word where a place goes ("on Maui"), else standing alone
      const start = candidateStart(cs, i, given !== undefined),
        end = candidateEnd(cs, i);
      const at = (m: ResolvedMention) => m.start < end && start < m.end;
      if (NAME_GOES_ON.test(textSlice(text, end, end + 12))) return;
      const placeGoes = locativeBefore(textSlice(text, start - 12, start));
      const where =
        placeGoes ||
        (!(given === undefined && bareOnlyWherePlaceGoes(area.id.slice(6))) && standsAlone(text, start, end));
      if (!where || main.some(at) || found.some(at)) return;
      const m: ResolvedMention = { doc, start, end, text: textSlice(text, start, end), entityId: area.id, weight: 1 };
      emit(m, () => area);
      found.push(m);
      return;
    }
    // (of the place words, what follows reads only `ofAboutLength` and the places `slipTargets` gives)
    const near = places.slips.get(word.charAt(0));
    if (!near || !ofAboutLength(word, near)) return;
    const start = candidateStart(cs, i),
      end = candidateEnd(cs, i);
    if (cs.givens[i] !== undefined) return;
    const overlaps = (m: ResolvedMention) => m.start < end && start < m.end;
    const known = gaz.lookup(word);
    if (known?.length) {
      // a small place other articles name with its country or state ("Christchurch, New Zealand"), named bare
      // here: the story's place (a small place counts alone only beside its country or state). A word of a
      // longer name is not: "Hurricane Sandy", "Castaic Lake".
      const place = near.find((p) => p.name === word && known.some((k) => k.minor && p.id === `place:${k.id}`));
      if (!place || !standsAlone(text, start, end)) return;
      if (FIRST_NAMES.has(word) && !PLACE_NAMED_BEFORE.test(textSlice(text, start - 14, start))) return;
      if (main.some(overlaps) || found.some(overlaps)) return;
      const m: ResolvedMention = { doc, start, end, text: word, entityId: place.id, weight: 1 };
      emit(m, () => place);
      found.push(m);
      return;
    }
    if (!placeWordBefore(text, start) || main.some(overlaps) || found.some(overlaps)) return;
    const place = near.find((p) => similarSpellings(word, p.name) && !named(p.id));
    if (!place) return;
    const m: ResolvedMention = { doc, start, end, text: word, entityId: place.id, weight: 1 };
    emit(m, () => place);
    found.push(m);
    out.push(Object.assign(m, { written: word, majority: place.name }));
  });
}

/** Whether a place of a letter's list is of about the word's length: `placeSlips` reads the word against them. */
export function ofAboutLength(word: string, list: readonly Entity[]): boolean {
  return list.some((p) => Math.abs(p.name.length - word.length) <= 2);
}

/**
 * The places of a letter's list `placeSlips` may read a word as, in the list's order: those it names, those it
 * is a slip of. With `ofAboutLength`, all a word's slips depend on in the list.
 */
export function slipTargets(word: string, list: readonly Entity[]): Entity[] {
  return list.filter((p) => p.name === word || similarSpellings(word, p.name));
}

/**
 * Where a small place goes: "in Victoria", "heading into Victoria", "the people of Victoria". A place named
 * like a person, or a storm, is that place only there: not "Florence dumped 30 inches", not "Victoria, a nurse,
 * said".
 */
const PLACE_NAMED_BEFORE = new RegExp(String.raw`\b(?:${PLACE_WORDS}|into|of|around|throughout)\s+$`);

/** Whether the word at `start`–`end` has no capitalised word written right beside it. */
function standsAlone(text: PackedText, start: number, end: number): boolean {
  return (
    !/^[ -]\p{Lu}/u.test(textSlice(text, end, end + 2)) &&
    !/\p{Lu}[\p{L}'’-]*[ -]$/u.test(textSlice(text, start - 24, start))
  );
}

/** Organisations by name and acronym across articles, and the people whose roles name them. */
function resolveBodies(
  docs: Map<string, DocumentAnalysis>,
  entities: EntityMap,
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
  const inBody = bodyOrder(ranks);
  for (const e of bodies) e.mentions.sort(inBody);
  finishBodies(entities, bodies, ranks);
  return b;
}

/** The bodies by name (a name is one body's: it is a form of the body's key). */
function namedBodies(who: Map<string, OrganisationIdentity | undefined>): Map<string, OrganisationIdentity> {
  const out = new Map<string, OrganisationIdentity>();
  for (const w of who.values()) if (w) out.set(w.name, w);
  return out;
}

/** Whether one of the mentions names a body that another identity, under another spelling, also names. */
function namesSharedBody(who: Map<string, OrganisationIdentity | undefined>, mentions: readonly OrganisationMention[]) {
  const ids = new Set<string>();
  for (const o of mentions) {
    const w = who.get(signature(o));
    if (w) ids.add(w.id);
  }
  if (!ids.size) return false;
  const seen = new Map<string, OrganisationIdentity>();
  for (const w of who.values()) {
    if (!w || !ids.has(w.id)) continue;
    const other = seen.get(w.id);
    if (!other) seen.set(w.id, w);
    else if (other !== w) return true;
  }
  return false;
}

function sameEntries(x: Map<string, string>, y: Map<string, string>): boolean {
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return true;
}

/** An article's organisation mentions and the body each names; then short names of companies. */
export function bodyMentions(
  doc: string,
  a: DocumentAnalysis,
  b: Bodies,
): Array<[ResolvedMention, OrganisationIdentity]> {
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

/** A body's mentions in corpus order, an enclosing mention first, as in an article. */
function bodyOrder(ranks: Map<string, number>): (x: ResolvedMention, y: ResolvedMention) => number {
  const byCorpus = inCorpus(ranks);
  return (x, y) => byCorpus(x, y) || y.end - x.end;
}

/**
 * Bodies whose mentions changed, in order (`bodyOrder`): their aliases in the order of their mentions, and
 * their members. The corpus's bodies follow its people and places, in the order of their
 * first mentions (an order that does not depend on which article was read or edited first): they are put
 * in order again unless each changed body has the first mention it had (`firsts`).
 */
function finishBodies(
  entities: EntityMap,
  changed: Entity[],
  ranks: Map<string, number>,
  firsts?: Map<Entity, ResolvedMention>,
): void {
  const order = bodyOrder(ranks);
  const renamed: Entity[] = []; // (members read names: a body's names are mostly the same after an edit)
  for (const e of changed) {
    const texts = new Set<string>(); // (no list of a body's mentions' texts: one named everywhere has thousands)
    for (const m of e.mentions) texts.add(m.text);
    const aliases = [...texts];
    if (!e.members || aliases.length !== e.aliases.length || aliases.some((a, i) => a !== e.aliases[i]))
      renamed.push(e);
    e.aliases = aliases;
  }
  if (renamed.length) members(entities, renamed);
  if (firsts && changed.every((e) => firsts.get(e) === e.mentions[0])) return;
  // (the bodies alone are sorted again, where taking every entity out and back took a sixth of an edit to a
  // body's name at realistic length)
  entities.rearrange((list) => {
    const from = EntityMap.firstBody(list);
    const bodies = list.slice(from).sort((x, y) => order(x.mentions[0], y.mentions[0]) || (x.id < y.id ? -1 : 1));
    for (let i = 0; i < bodies.length; i++) list[from + i] = bodies[i];
  });
}

/**
 * The people whose roles name a body ("ICE acting Director"): each role's words looked up among the
 * bodies' names by their first word (a corpus holds thousands of roles and hundreds of bodies). With
 * `people`, only those people's memberships are found again (an edit changed their roles or names), the
 * bodies' others kept; a body's members stay in the order of the corpus's entities.
 */
export function members(entities: Map<string, Entity>, bodies: Entity[], people?: ReadonlySet<string>): void {
  const byFirstWord = new Map<string, Array<{ words: string[]; body: Entity }>>();
  for (const b of bodies) {
    b.members = people ? (b.members ?? []).filter((m) => !people.has(m.entityId)) : [];
    for (const n of new Set([b.acronym, ...b.aliases].filter((x): x is string => !!x))) {
      const words = n.split(' ');
      const list = byFirstWord.get(words[0]);
      if (list) list.push({ words, body: b });
      else byFirstWord.set(words[0], [{ words, body: b }]);
    }
  }
  const seen = new Set<string>();
  const roleWordsOf = new Map<string, string[]>(); // (thousands of people share a few roles)
  const grown = new Set<Entity>();
  // (the few bodies an edit named anew are looked for in the roles that hold one of their first words, and
  // the people who hold those, once the index of roles is made: reading every person's roles took most of the
  // time of an edit that changed a body's name, 70 ms at 40,000 articles. Every role is read for many bodies,
  // for the people an edit of names changed, and at the first ask since the people changed)
  const firstWords = byFirstWord.size <= FEW_BODIES ? [...byFirstWord.keys()] : undefined;
  const held = (!people && firstWords && rolesHolding(entities, firstWords)) || rolesOf(entities, people, firstWords);
  for (const { person: p, role } of held) {
    let words = roleWordsOf.get(role);
    if (!words) roleWordsOf.set(role, (words = role.split(/[^\p{L}\p{N}.&'’-]+/u)));
    for (let i = 0; i < words.length; i++)
      for (const { words: name, body } of byFirstWord.get(words[i]) ?? []) {
        if (name.some((w, k) => words[i + k] !== w)) continue;
        const key = `${body.id}\u0000${p.id}\u0000${role}`;
        if (seen.has(key)) continue;
        seen.add(key);
        body.members!.push({ entityId: p.id, name: p.name, role });
        grown.add(body);
      }
  }
  if (!people || !grown.size) return;
  // (a person's memberships are found together, in the order of their roles: a stable sort keeps it)
  const listed = new Set<string>();
  for (const b of grown) for (const m of b.members!) listed.add(m.entityId);
  const rank = new Map<string, number>();
  let i = 0;
  // (members are people: others are passed over, and the walk stops once every listed member is ranked, where it
  // read every entity)
  for (const e of entities.values()) {
    if (e.kind !== 'person' || !listed.has(e.id)) continue;
    rank.set(e.id, i++);
    if (rank.size === listed.size) break;
  }
  for (const b of grown) b.members!.sort((x, y) => rank.get(x.entityId)! - rank.get(y.entityId)!);
}

/**
 * The roles of these people (of every person without `people`) that hold one of the words (all without
 * `words`), each with its person, in their order.
 */
function* rolesOf(
  entities: Map<string, Entity>,
  people?: ReadonlySet<string>,
  words?: readonly string[],
): Iterable<RoleHeld> {
  for (const person of people ? Array.from(people, (id) => entities.get(id)) : entities.values())
    if (person?.kind === 'person')
      for (const { role } of person.roles) if (!words || holdsAny(role, words)) yield { person, role };
}

/**
 * The people's roles that hold one of the words, in the order `rolesOf` gives them, from the index of their
 * roles (undefined when it is not made: `roleIndex`).
 */
function rolesHolding(entities: Map<string, Entity>, words: readonly string[]): RoleHeld[] | undefined {
  const index = roleIndex(entities);
  if (!index) return undefined;
  const places: number[] = [];
  for (const [role, at] of index.byRole) if (holdsAny(role, words)) for (const p of at) places.push(p);
  return places.sort((x, y) => x - y).map((p) => ({ person: index.people[p], role: index.roles[p] }));
}

/** First words of the bodies' names few enough for `members` to pass over the roles that cannot name them. */
const FEW_BODIES = 8;

/** Whether the text holds one of the words, as written (a word a role is split into is one of its parts). */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/**
 * A county or a province named in the text ("county:Harris County", "county:Miyagi Prefecture"), a town no
 * gazetteer holds ("town:Tombe Gateau") or a city's square ("district:Russell Square"), as a place.
 */
function countyPlace(id: string): Place | undefined {
  if (id.startsWith('town:')) return { id, name: id.slice(5), kind: 'city', country: '', population: 0, aliases: [] };
  if (id.startsWith('district:'))
    return { id, name: id.slice(9), kind: 'district', country: '', population: 0, aliases: [] };
  const m = /^county:(.+)$/.exec(id);
  const kind = /(?:County|Parish|Borough|District)$/.test(m?.[1] ?? '') ? 'county' : 'state';
  return m ? { id, name: m[1], kind, country: '', population: 0, aliases: [] } : undefined;
}
