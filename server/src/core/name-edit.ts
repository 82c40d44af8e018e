import type { DocumentAnalysis } from './analyze';
import type { Gazetteer } from './gazetteer';
import { EntityMap } from './entity-map';
import { forgetRoles } from './role-index';
import { shortNameOf } from './places';
import type { Article } from './name-tables';
import type { Move } from './edits';
import type { PackedText } from './packed-text';
import type { Touched } from './name-decisions';
import {
  addOrganisations,
  adder,
  articleMentions,
  bodyMentions,
  dropOrganisations,
  inArticle,
  inCorpus,
  keepUndecidedPlaces,
  members,
  ofAboutLength,
  placeSlips,
  placeWordsOf,
  samePlaceWords,
  slipTargets,
  type ArticleOrder,
  type Entity,
  type PlaceWords,
  type ResolvedMention,
  type Resolution,
  updateOrganisations,
  type VariantMention,
} from './resolve';

/**
 * An edit that changed one article's names, resolved in place: the name tables of the families the article
 * wrote made again (`NameTables.update`), then the mentions of the articles that read a table that changed,
 * and the entities whose mentions changed. What it makes is what `resolve` makes of the same articles (the
 * incremental property test compares the two after every edit). A name edit in a corpus of 10,000 articles
 * costs the articles that write the names it touched, not the corpus.
 */

/** The corpus as an edit is resolved in it (its analyses and texts after the edit). */
export interface NameEditCorpus {
  docs: ReadonlyMap<string, DocumentAnalysis>;
  texts: ReadonlyMap<string, PackedText>;
  gaz: Gazetteer;
  order: ArticleOrder;
}

/**
 * Resolves an edit of `doc`'s names into `r` (made without a reviewer's decisions about names). Returns the
 * articles whose mentions changed and those whose name-variant findings may have (`everyAge`: every article's
 * organisations were resolved again), or undefined when the edit cannot be resolved in place (it named with its
 * kind a place no article named, a company's short name became or stopped being someone's name…): `r` and its
 * tables may then have been changed already, and must be made afresh (the corpus drops them).
 */
export function resolveNameEdit(
  r: Resolution,
  c: NameEditCorpus,
  doc: string,
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  move: Move,
): (Touched & { everyAge: boolean }) | undefined {
  // (the people change: the index of their roles is let go, to be made again once they have, `roleIndex`)
  forgetRoles(r.entities);
  const names = r.names,
    b = r.bodies;
  if (!names || !b) return undefined;
  const { tables, added, places } = names;
  // the article's organisations, moved by the edit: as many, naming the same bodies; when the edit changed them,
  // they are resolved again once the names are, as `resolve` resolves them after the names (below)
  const bodiesAlike = sameOrganisations(before, after);
  const oldBodies = (r.byDoc.get(doc) ?? []).filter((m) => r.entities.get(m.entityId)?.kind === 'organisation');
  const newBodies = bodiesAlike
    ? bodyMentions(doc, after, b)
        .map(([m]) => m)
        .sort(inArticle)
    : [];
  if (
    bodiesAlike &&
    (oldBodies.length !== newBodies.length ||
      oldBodies.some((m, i) => m.text !== newBodies[i].text || m.entityId !== newBodies[i].entityId))
  )
    return undefined;
  const index = articleIndex(c.order);
  const articles = (docs: ReadonlySet<string>): Article[] =>
    [...docs].sort((x, y) => index.get(x)! - index.get(y)!).map((d) => [d, c.docs.get(d)!, index.get(d)!]);
  const changes = tables.update(doc, before, after, articles);
  if (!changes) return undefined;
  if (bodiesAlike) oldBodies.forEach((m, i) => Object.assign(m, { start: newBodies[i].start, end: newBodies[i].end }));

  // each article that read a changed table, resolved again; kept where it resolves as it did
  const changed = new Map<string, { main: ResolvedMention[]; slips: ResolvedMention[]; variants: VariantMention[] }>();
  const reused = new Set<ResolvedMention>();
  const shifted = new Set<string>(); // entities of kept mentions the edit moved
  const makers = new Map<ResolvedMention, () => Entity>();
  const read = new Map<string, { main: ResolvedMention[]; variants: VariantMention[] }>();
  const readMentions = (d: string, a: DocumentAnalysis) => {
    const main: ResolvedMention[] = [];
    const variants: VariantMention[] = [];
    articleMentions(d, a, tables, c.gaz, variants, (m, make) => {
      main.push(m);
      makers.set(m, make);
    });
    read.set(d, { main, variants });
  };
  for (const [d, a] of articles(changes.docs)) readMentions(d, a);
  // places the edit named or stopped naming: when other articles read them otherwise (a place two articles now
  // name, whose slips they write), the place words are made again and the articles whose slips change read again
  const slipped = new Set<string>();
  if (!samePlaces(before, after)) {
    const now = placesAfter(r, added, c.order, doc, read.get(doc)?.main ?? []);
    if (!now) return undefined;
    if (!samePlaceWords(now, places)) {
      names.places = now;
      for (const d of slipReaders(c.docs, places, now)) {
        const a = c.docs.get(d)!,
          text = c.texts.get(d);
        if (d === doc || !text || !slipsDiffer(r, d, a, text, c.gaz, now, added.get(d) ?? [])) continue;
        slipped.add(d);
        if (!read.has(d)) readMentions(d, a);
      }
    }
  }
  for (const [d, a] of articles(new Set(read.keys()))) {
    const { main, variants } = read.get(d)!;
    if (d !== doc && !slipped.has(d) && sameMentions(added.get(d) ?? [], main)) continue;
    const found: ResolvedMention[] = [];
    const text = c.texts.get(d);
    if (text) placeSlips(d, a, text, c.gaz, names.places, main, (m) => found.push(m), variants);
    // (a mention the edit left as it was keeps its object, moved: its entity is as it was)
    const kept = keepMoved(added.get(d) ?? [], main, d === doc ? move : same, reused, shifted);
    changed.set(d, {
      main: kept,
      slips: found,
      variants: variants.map((v) => (kept[main.indexOf(v)] as VariantMention) ?? v),
    });
  }

  // the entities whose mentions change, and whether one is a company's short name
  const key = addedKey(added, index);
  const touched = new Set<Entity>();
  let short = false;
  const touch = (e: Entity) => {
    if (touched.has(e)) return;
    touched.add(e);
    if (e.kind === 'person' && e.aliases.some((a) => b.short.has(a))) short = true;
  };
  const gone = new Set<ResolvedMention>();
  const kinds = new Map<string, [string, string]>(); // article → what its lists held before
  for (const [d, { main, slips: found }] of changed) {
    kinds.set(d, [listKind(r.byDoc.get(d), added.has(d)), variantKind(r.variants.get(d))]);
    for (const m of r.byDoc.get(d) ?? []) {
      const e = r.entities.get(m.entityId);
      if (!e || e.kind === 'organisation' || reused.has(m)) continue;
      gone.add(m);
      touch(e);
    }
    for (const m of [...main, ...found]) {
      const e = reused.has(m) ? undefined : r.entities.get(m.entityId);
      if (e) touch(e);
    }
  }
  // the changed articles' old mentions out of their entities, the new ones in
  for (const e of touched) e.mentions = e.mentions.filter((m) => !gone.has(m));
  let lists = false;
  for (const [d, { main, slips: found, variants }] of changed) {
    for (const m of [...main, ...found]) {
      if (reused.has(m)) continue;
      let e = r.entities.get(m.entityId);
      if (!e) {
        e = (makers.get(m) ?? missing(m))();
        r.entities.set(e.id, e);
      }
      // (the entity's own id: each mention's was made apart)
      if (m.entityId === e.id) m.entityId = e.id;
      if (m.key === e.id) m.key = e.id;
      e.mentions.push(m);
      touched.add(e);
    }
    if (main.length) added.set(d, main);
    else added.delete(d);
    const bodies = (r.byDoc.get(d) ?? []).filter((m) => !gone.has(m) && !reused.has(m));
    const list = [...main, ...found, ...bodies].sort(inArticle);
    if (list.length) r.byDoc.set(d, list);
    else r.byDoc.delete(d);
    if (variants.length) r.variants.set(d, variants);
    else r.variants.delete(d);
    const [list0, variants0] = kinds.get(d)!;
    if (list0 !== listKind(r.byDoc.get(d), added.has(d)) || variants0 !== variantKind(r.variants.get(d))) lists = true;
  }
  const people = new Set<string>(); // people whose roles may name a body
  // (each put again in its place among the entities: the others keep their order, since the mentions kept in
  // a changed article come in the order they came, but where a touched one goes is known only by looking)
  const moved: Entity[] = [];
  for (const e of touched) {
    if (e.roles.length) people.add(e.id);
    if (!e.mentions.length) {
      r.entities.delete(e.id);
      continue;
    }
    rebuild(e, key, index, c.order.ranks, (id) => tables.nameOf(id));
    if (e.roles.length) people.add(e.id);
    if (e.kind === 'person' && e.aliases.some((a) => b.short.has(a))) short = true;
    moved.push(e);
  }
  for (const id of changes.renamed) {
    const e = r.entities.get(id);
    if (!e) continue;
    e.name = tables.nameOf(id) ?? e.name;
    if (e.roles.length) people.add(id);
  }
  // a company's short name that became or stopped being someone's name changes organisations' mentions
  if (short) {
    const now = new Set<string>();
    for (const e of r.entities.values())
      if (e.kind === 'person') for (const a of e.aliases) if (b.short.has(a)) now.add(a);
    if (now.size !== b.people.size || [...now].some((a) => !b.people.has(a))) return undefined;
  }
  if (moved.length) reorderEntities(r.entities, moved, (e) => first(e.mentions, key, index));
  // places the edit named or stopped naming: the place words are those the articles' mentions now make, or all
  // resolve again (made above in the order `resolve` makes their entities, which the entities now have)
  if (!samePlaces(before, after) && !samePlacesRead(r, names.places, added)) return undefined;
  // (`inertCandidate` reads the names of every place: made again once a place is read otherwise)
  if (names.places !== places) keepUndecidedPlaces(r);
  let everyAge = false;
  if (!bodiesAlike) {
    if (!updateOrganisations(r, doc, before, after, c.order, true)) {
      dropOrganisations(r);
      addOrganisations(r, c.docs, c.order);
      // (an age's person is the mention at its offset, which an organisation's may now be, in any article)
      everyAge = true;
    }
    lists = true;
  }
  if (lists) {
    reorderByDoc(r.byDoc, added, c.order.names);
    reorderVariants(r.variants, c.order.names);
  }
  if (people.size) {
    const ids = new Set([...r.bodies!.who.values()].map((w) => w?.id));
    const bodies = [...ids].map((id) => r.entities.get(id ?? '')).filter((e) => e?.kind === 'organisation');
    if (bodies.length) members(r.entities, bodies as Entity[], people);
  }
  if (changes.words) r.words = { surnames: new Set(tables.bySurname.keys()), givens: tables.givenWords() };

  // findings: the changed articles' name variants, and those whose majority's mentions or name changed
  const findings = new Set(changed.keys());
  const ids = new Set([...touched].map((e) => e.id).concat([...shifted]));
  for (const id of changes.renamed) ids.add(id);
  for (const [d, list] of r.variants) if (list.some((v) => ids.has(v.entityId))) findings.add(d);
  return { mentions: new Set(changed.keys()), findings, everyAge };
}

/** Each article's place in the order resolution reads them (kept while the articles are the same). */
const indexes = new WeakMap<ArticleOrder, Map<string, number>>();
function articleIndex(order: ArticleOrder): Map<string, number> {
  let index = indexes.get(order);
  if (!index) indexes.set(order, (index = new Map(order.names.map((d, i) => [d, i]))));
  return index;
}

/**
 * Whether an entity's mentions, in the order of `ranks` (`inCorpus`), are in the order resolution reads the
 * articles in too: so when no two names are ordered otherwise by `localeCompare` than by their code units
 * (names that differ in case or accents may be).
 */
const alike = new WeakMap<ArticleOrder, boolean>();
function ranksInOrder(order: ArticleOrder): boolean {
  let known = alike.get(order);
  if (known === undefined) {
    const rank = (i: number) => order.ranks.get(order.names[i])!;
    known = order.names.every((_, i) => i === 0 || rank(i - 1) <= rank(i));
    alike.set(order, known);
  }
  return known;
}

/** Whether an edit left the article's organisations as they were (moved). */
function sameOrganisations(x: DocumentAnalysis, y: DocumentAnalysis): boolean {
  if (x.organisations.length !== y.organisations.length) return false;
  return x.organisations.every((o, i) => {
    const z = y.organisations[i];
    return o.text === z.text && o.acronym === z.acronym && o.expands === z.expands && o.shouted === z.shouted;
  });
}

/** Whether an edit left the article's places as they were (moved). */
function samePlaces(x: DocumentAnalysis, y: DocumentAnalysis): boolean {
  return (
    x.places.length === y.places.length &&
    x.places.every((p, i) => p.placeId === y.places[i].placeId && p.text === y.places[i].text)
  );
}

/**
 * Whether the places other articles' words are read against (`PlaceWords`: slips of a place two articles name,
 * a place's short name) are those a resolution made afresh would find: made, as `resolve` makes them, from the
 * mentions articles name places by (`added`), not from slips of their names nor their short names elsewhere.
 */
function samePlacesRead(r: Resolution, was: PlaceWords, added: Map<string, ResolvedMention[]>): boolean {
  const named: Entity[] = [];
  const twice = new Set<Entity>();
  for (const e of r.entities.values()) {
    if (e.kind !== 'place') continue;
    // (the first article naming it, then another: a place the corpus names has thousands of mentions)
    let doc: string | undefined;
    for (const m of e.mentions) {
      if (m.doc === doc || !added.get(m.doc)?.includes(m)) continue;
      if (doc !== undefined) {
        twice.add(e);
        break;
      }
      doc = m.doc;
    }
    if (doc !== undefined) named.push(e);
  }
  return samePlaceWords(
    placeWordsOf(named, (e) => twice.has(e)),
    was,
  );
}

/**
 * The place words the articles' mentions make once the edited article's are `main` (see `samePlacesRead`), or
 * undefined when the edit names a place no article named that others may read by its short name.
 */
function placesAfter(
  r: Resolution,
  added: Map<string, ResolvedMention[]>,
  order: ArticleOrder,
  doc: string,
  main: readonly ResolvedMention[],
): PlaceWords | undefined {
  const index = articleIndex(order);
  // (mentions in the articles' order: the first article's own, then another's, end the look at a place, which
  // may have thousands of mentions)
  const inOrder = ranksInOrder(order);
  // (each place where `resolve` makes its entity: at its first mention among the articles' own, in their order)
  const mine = new Map<string, number>();
  main.forEach((m, i) => {
    if (isPlace(m) && !mine.has(m.entityId)) mine.set(m.entityId, index.get(doc)! * 2 ** 31 + i);
  });
  const named: Array<[Entity, number]> = [];
  const twice = new Set<Entity>();
  for (const e of r.entities.values()) {
    if (e.kind !== 'place') continue;
    let firstDoc: string | undefined,
      at = Infinity;
    for (const m of e.mentions) {
      if (m.doc === doc || (m.doc === firstDoc && twice.has(e))) continue;
      const i = index.get(m.doc)!;
      if (i > at && twice.has(e)) continue;
      if (!added.get(m.doc)?.includes(m)) continue;
      if (firstDoc !== undefined && m.doc !== firstDoc) twice.add(e);
      if (i < at) [firstDoc, at] = [m.doc, i];
      if (inOrder && twice.has(e)) break;
    }
    let key =
      firstDoc === undefined ? Infinity : at * 2 ** 31 + added.get(firstDoc)!.findIndex((m) => m.entityId === e.id);
    const here = mine.get(e.id);
    if (here !== undefined) {
      if (firstDoc !== undefined) twice.add(e);
      key = Math.min(key, here);
      mine.delete(e.id);
    }
    if (key < Infinity) named.push([e, key]);
  }
  for (const id of mine.keys()) if (shortNameOf(id.slice(6)) !== undefined) return undefined;
  named.sort((x, y) => x[1] - y[1]);
  return placeWordsOf(
    named.map(([e]) => e),
    (e) => twice.has(e),
  );
}

/**
 * The articles with a word `placeSlips` may read otherwise in `now` than in `was`: a short name that changed, or
 * a word whose places in its letter's list (`slipTargets`, `ofAboutLength`) changed. A
 * place a second article now names changes its letter's list; the words near it are few.
 */
function slipReaders(docs: ReadonlyMap<string, DocumentAnalysis>, was: PlaceWords, now: PlaceWords): string[] {
  const letters = new Set<string>();
  const sameList = (x: readonly Entity[] | undefined, y: readonly Entity[] | undefined) =>
    !!x && !!y && x.length === y.length && x.every((e, i) => e === y[i]);
  for (const [k, list] of was.slips) if (!sameList(list, now.slips.get(k))) letters.add(k);
  for (const k of now.slips.keys()) if (!was.slips.has(k)) letters.add(k);
  const shorts = new Set<string>();
  for (const [k, e] of was.short) if (!now.short.has(k) || now.short.get(k) !== e) shorts.add(k);
  for (const [k, e] of now.short) if (!was.short.has(k) || was.short.get(k) !== e) shorts.add(k);
  const byWord = new Map<string, boolean>(); // by word of a changed letter: whether it reads otherwise
  const readsOtherwise = (word: string) => {
    let differs = byWord.get(word);
    if (differs === undefined) {
      const x = was.slips.get(word.charAt(0)) ?? [],
        y = now.slips.get(word.charAt(0)) ?? [];
      differs =
        ofAboutLength(word, x) !== ofAboutLength(word, y) || !sameList(slipTargets(word, x), slipTargets(word, y));
      byWord.set(word, differs);
    }
    return differs;
  };
  const out: string[] = [];
  for (const [d, a] of docs) {
    const cs = a.candidates;
    for (let i = 0; i < cs.texts.length; i++) {
      const word = cs.texts[i],
        given = cs.givens[i];
      // (`placeSlips` reads a word after a given name as a short name only)
      const slip = given === undefined && letters.has(word.charAt(0)) && readsOtherwise(word);
      if (slip || shorts.has(word) || (given !== undefined && shorts.has(`${given} ${word}`))) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}

/** Whether an article's slips of places (those `placeSlips` finds beside its mentions `main`) differ in `now`. */
function slipsDiffer(
  r: Resolution,
  doc: string,
  a: DocumentAnalysis,
  text: PackedText,
  gaz: Gazetteer,
  now: PlaceWords,
  main: readonly ResolvedMention[],
): boolean {
  const found: ResolvedMention[] = [];
  placeSlips(doc, a, text, gaz, now, main, (m) => found.push(m), []);
  const kept = new Set(main);
  const was = (r.byDoc.get(doc) ?? []).filter(
    (m) => !kept.has(m) && r.entities.get(m.entityId)?.kind !== 'organisation',
  );
  return !sameMentions(was, found.sort(inArticle));
}

/**
 * Two articles' mentions alike, field by field, in order: their signatures equal, told without making them (for
 * each article an edit's names touched, a string for each of its mentions: a sixth of what a name edit
 * allocated at 10,000 articles of realistic length).
 */
function sameMentions(x: readonly ResolvedMention[], y: readonly ResolvedMention[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const m = x[i] as VariantMention,
      n = y[i] as VariantMention;
    const alike =
      sameField(m.start, n.start) &&
      sameField(m.end, n.end) &&
      sameField(m.text, n.text) &&
      sameField(m.entityId, n.entityId) &&
      sameField(m.weight, n.weight) &&
      sameField(m.role, n.role) &&
      sameField(m.key, n.key) &&
      sameField(m.written, n.written) &&
      sameField(m.majority, n.majority);
    if (!alike) return false;
  }
  return true;
}

/** Whether two fields read alike in a `signature` (where a list's `join` writes nothing for none). */
const sameField = (a: unknown, b: unknown): boolean => a === b || String(a ?? '') === String(b ?? '');

/**
 * An article's mentions made again, with the old objects where a mention is the same as before, moved by the
 * edit (`reused` gathers them): its entity need not be made again. Only when the kept mentions come in the
 * order they came before: an entity's aliases and its place among the entities follow the order its mentions
 * were added in ("Smith said" made "Smith- said" moves "Smith" from the people after the capitalised words).
 * Positions are set on the kept objects.
 */
function keepMoved(
  old: readonly ResolvedMention[],
  main: ResolvedMention[],
  move: Move,
  reused: Set<ResolvedMention>,
  moved: Set<string>,
): ResolvedMention[] {
  const byKey = new Map<string, number>();
  old.forEach((o, i) => {
    const m = move(o);
    const k = m && signature(o, m.start, m.end);
    if (k && !byKey.has(k)) byKey.set(k, i);
  });
  const kept = main.map((n) => byKey.get(signature(n, n.start, n.end)));
  let last = -1;
  for (const i of kept) {
    if (i === undefined) continue;
    if (i <= last) return main;
    last = i;
  }
  return main.map((n, j) => {
    const i = kept[j];
    if (i === undefined) return n;
    const o = old[i];
    reused.add(o);
    if (o.start !== n.start || o.end !== n.end) moved.add(o.entityId);
    o.start = n.start;
    o.end = n.end;
    return o;
  });
}

/** A mention's fields, with its place at `start`–`end`. */
function signature(m: ResolvedMention, start: number, end: number): string {
  const v = m as VariantMention;
  return [start, end, m.text, m.entityId, m.weight, m.role, m.key, v.written, v.majority].join('\u0000');
}

const same: Move = (s) => s;

const missing = (m: ResolvedMention) => (): Entity => {
  throw new Error(`no entity for ${m.entityId}`);
};

/** A place's slip of its name ("Philadephia"): added after every article's other mentions. */
const isSlip = (m: ResolvedMention) => 'written' in m && m.entityId.startsWith('place:');

/**
 * Where a mention was added within its article, as one number: its place among the article's mentions of
 * people and places, or after them for a slip (by where it is).
 */
function addedKey(added: Map<string, ResolvedMention[]>, index: Map<string, number>) {
  return (m: ResolvedMention): number => {
    // (an article's place times 2^31, then the mention's: a slip's by where it is, up to 2 GB in; exact
    // while the corpus holds fewer than 2^21 articles)
    const i = added.get(m.doc)?.indexOf(m) ?? -1;
    const article = index.get(m.doc)! * 2 ** 31;
    return i >= 0 ? article + i : 2 ** 52 + article + m.start;
  };
}

/** Where an entity's first mention was added (its articles' places looked up first: a place has thousands). */
function first(
  mentions: readonly ResolvedMention[],
  key: (m: ResolvedMention) => number,
  index: Map<string, number>,
): number {
  let doc: string | undefined,
    at = Infinity;
  for (const m of mentions) {
    const i = index.get(m.doc)! + (isSlip(m) ? 2 ** 25 : 0);
    if (i < at) {
      at = i;
      doc = m.doc;
    }
  }
  let min = Infinity;
  for (const m of mentions) if (m.doc === doc) min = Math.min(min, key(m));
  if (min < 2 ** 52) return min;
  // (that article holds only a small place's bare name, which resolution adds after every article's other
  // mentions, as it adds slips: the first mention is then any article's)
  for (const m of mentions) min = Math.min(min, key(m));
  return min;
}

/** An entity's mentions, aliases, roles and name as resolution makes them from its mentions in the order added. */
function rebuild(
  e: Entity,
  key: (m: ResolvedMention) => number,
  index: Map<string, number>,
  ranks: Map<string, number>,
  nameOf: (id: string) => string | undefined,
): void {
  // (by article, then within an article where more than one mention of the entity is: most are alone)
  const count = new Map<string, number>();
  for (const m of e.mentions) count.set(m.doc, (count.get(m.doc) ?? 0) + 1);
  const at = new Map<ResolvedMention, number>();
  // (a place's mention may be a small place's bare name, added after every article's other mentions: looked up)
  const place = e.kind === 'place';
  for (const m of e.mentions) at.set(m, count.get(m.doc)! > 1 || place ? key(m) : index.get(m.doc)! * 2 ** 31);
  const added = [...e.mentions].sort((x, y) => at.get(x)! - at.get(y)!);
  // (added again as resolution adds them: its aliases and roles as it gathers them)
  e.mentions = [];
  e.aliases = [];
  e.roles = [];
  const add = adder(new Map([[e.id, e]]), new Map());
  for (const m of added) add(m, () => e);
  e.mentions.sort(inCorpus(ranks));
  if (e.kind === 'person') e.name = nameOf(e.id) ?? e.name;
}

/**
 * The corpus's entities in the order resolution makes them, after some moved or were made: people and
 * places by where their first mentions were added (the others are in that order still), then organisations.
 */
function reorderEntities(entities: EntityMap, moved: Entity[], key: (e: Entity) => number): void {
  const keys = new Map<Entity, number>();
  const k = (e: Entity) => {
    let v = keys.get(e);
    if (v === undefined) keys.set(e, (v = key(e)));
    return v;
  };
  entities.rearrange((order) => {
    for (const e of moved) order.splice(order.indexOf(e), 1);
    let bodies = EntityMap.firstBody(order);
    for (const e of [...moved].sort((x, y) => k(x) - k(y))) {
      let lo = 0,
        hi = bodies;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (k(order[mid]) < k(e)) lo = mid + 1;
        else hi = mid;
      }
      order.splice(lo, 0, e);
      bodies++;
    }
  });
}

/** A mention of a place: an article's own, or one `placeSlips` added (a slip, a short name, a place named bare). */
const isPlace = (m: ResolvedMention) => m.entityId.startsWith('place:');

/** What an article's list holds first, which decides its place among the lists (`reorderByDoc`). */
function listKind(list: ResolvedMention[] | undefined, main: boolean): string {
  return !list ? 'none' : main ? 'main' : list.some(isPlace) ? 'slips' : 'bodies';
}

/** Whether an article's variants include a person's (`reorderVariants`). */
function variantKind(list: VariantMention[] | undefined): string {
  return !list ? 'none' : list.some((v) => !isSlip(v)) ? 'person' : 'slips';
}

/**
 * Articles' lists in the order resolution makes them: those with people or places of their own, then those with
 * places `placeSlips` found, then bodies only.
 */
function reorderByDoc(
  byDoc: Map<string, ResolvedMention[]>,
  added: Map<string, ResolvedMention[]>,
  names: string[],
): void {
  const order = [
    ...names.filter((d) => added.has(d)),
    ...names.filter((d) => !added.has(d) && byDoc.get(d)?.some(isPlace)),
  ];
  const listed = new Set(order);
  for (const d of names) if (byDoc.has(d) && !listed.has(d)) order.push(d);
  const lists = order.map((d) => byDoc.get(d)!);
  byDoc.clear();
  order.forEach((d, i) => byDoc.set(d, lists[i]));
}

/** Variants by article: those with a person's variant first, then those with a place's slip only. */
function reorderVariants(variants: Map<string, VariantMention[]>, names: string[]): void {
  const order = [
    ...names.filter((d) => variantKind(variants.get(d)) === 'person'),
    ...names.filter((d) => variantKind(variants.get(d)) === 'slips'),
  ];
  const lists = order.map((d) => variants.get(d)!);
  variants.clear();
  order.forEach((d, i) => variants.set(d, lists[i]));
}
