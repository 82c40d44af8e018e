import { analyzeText, type DocumentAnalysis } from './analyze';
import { contentHash } from './text';
import { editDistance, FIRST_NAMES, fullGivenName } from './names';
import { Decisions, fingerprint, type Decision } from './reviews';
import { gazetteer, type Gazetteer } from './gazetteer';
import { companyShortNames, resolveOrganisations } from './organisations';
import type { EntityKind, NameCandidate, OrganisationMention, Place, PlaceKind, Span } from './types';
import { bucketKey, type FigureEntry } from './figures/compare';
import { toUtc } from './figures/dates';
import { FindingsIndex, linksIn, type FigureLink } from './figures/findings';

export interface ResolvedMention extends Span {
  doc: string;
  text: string;
  entityId: string;
  /** Words in the mention's name: the fullest mention introduces the entity in an article. */
  weight: number;
  role?: string;
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
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The corpus: per-document analyses (cached by content) and the cross-document resolution of
 * mentions to entities, recomputed lazily after a change.
 */
export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly texts = new Map<string, string>();
  private resolved: Resolution | undefined;
  private readonly findings = new FindingsIndex();
  private ageLinks: FigureLink[] | undefined;
  private readonly touched = new Set<string>();
  /** Analyses by content hash, shared by documents with the same text (a copy, a rename, a revert). */
  private readonly cache = new Map<string, { text: string; analysis: DocumentAnalysis; users: number }>();

  private decisionSet = new Decisions();

  constructor(private readonly gaz: Gazetteer = gazetteer()) {}

  /** The reviewer's decisions about pairs of figures; returns the articles whose findings may change. */
  setDecisions(d: Decisions): string[] {
    const before = this.decisionSet;
    this.decisionSet = d;
    const affected = new Set<string>();
    const fps = new Set([...before.list, ...d.list].flatMap((x) => x.figures));
    for (const l of this.allLinks())
      if (fps.has(this.fingerprintOf(l.a)) || fps.has(this.fingerprintOf(l.b))) {
        affected.add(l.a.doc);
        affected.add(l.b.doc);
      }
    return [...affected];
  }

  get decisions(): Decisions {
    return this.decisionSet;
  }

  /** A figure's fingerprint for review decisions: its text and its sentence. */
  fingerprintOf(e: { doc: string; index: number }): string {
    const a = this.docs.get(e.doc),
      text = this.texts.get(e.doc);
    const f = a?.figures.figures[e.index];
    if (!a || !f || text === undefined) return '';
    const s = a.sentences[f.sentence];
    return fingerprint(f.text, text.slice(s.start, s.end));
  }

  /** The decision about a pair of figures, if the reviewer made one. */
  decisionAbout(a: { doc: string; index: number }, b: { doc: string; index: number }): Decision | undefined {
    return this.decisionSet.size ? this.decisionSet.get(this.fingerprintOf(a), this.fingerprintOf(b)) : undefined;
  }

  /**
   * Adds or replaces a document; returns false when its text is unchanged (nothing re-analysed).
   * `analysed` is the document's analysis when another thread already made it.
   */
  set(doc: string, text: string, analysed?: DocumentAnalysis): boolean {
    const old = this.docs.get(doc);
    if (old && this.texts.get(doc) === text) return false;
    const hash = contentHash(text);
    let cached = this.cache.get(hash);
    if (!cached || cached.text !== text) {
      cached = {
        text,
        analysis: analysed && analysed.hash === hash ? analysed : analyzeText(text, this.gaz),
        users: 0,
      };
      this.cache.set(hash, cached);
    }
    cached.users++;
    if (old) this.release(old);
    const analysis = cached.analysis;
    this.docs.set(doc, analysis);
    this.texts.set(doc, text);
    this.findings.setDocument(doc, this.entriesFor(doc, analysis));
    this.changed();
    return true;
  }

  delete(doc: string): boolean {
    const old = this.docs.get(doc);
    if (!old) return false;
    this.docs.delete(doc);
    this.texts.delete(doc);
    this.release(old);
    this.findings.removeDocument(doc);
    this.changed();
    return true;
  }

  private release(a: DocumentAnalysis): void {
    const cached = this.cache.get(a.hash);
    if (cached && cached.analysis === a && --cached.users <= 0) this.cache.delete(a.hash);
  }

  private changed(): void {
    this.resolved = undefined;
    if (this.ageLinks?.length)
      for (const l of this.ageLinks) {
        this.touched.add(l.a.doc);
        this.touched.add(l.b.doc);
      }
    this.ageLinks = undefined;
  }

  /** Articles whose findings may have changed since the last call. */
  takeTouched(): string[] {
    this.ages();
    for (const d of this.findings.takeTouched()) this.touched.add(d);
    const out = [...this.touched];
    this.touched.clear();
    return out;
  }

  private entriesFor(doc: string, a: DocumentAnalysis): FigureEntry[] {
    const date = a.figures.dateline ? toUtc(a.figures.dateline) : undefined;
    return a.figures.figures
      .map((fig, index) => ({ doc, index, fig, articleDate: date, anchor: a.figures.anchor }))
      .filter((e) => e.fig.kind !== 'age');
  }

  /** Ages are compared per person, which needs the cross-document resolution. */
  private ages(): FigureLink[] {
    if (this.ageLinks) return this.ageLinks;
    const byPerson = new Map<string, FigureEntry[]>();
    for (const [doc, a] of this.docs) {
      const date = a.figures.dateline ? toUtc(a.figures.dateline) : undefined;
      a.figures.figures.forEach((fig, index) => {
        if (fig.kind !== 'age' || !fig.person) return;
        const personId = this.mentionAt(doc, fig.person.start)?.entityId;
        const e: FigureEntry = { doc, index, fig, articleDate: date, personId };
        const key = bucketKey(e);
        if (!key) return;
        const list = byPerson.get(key);
        if (list) list.push(e);
        else byPerson.set(key, [e]);
      });
    }
    this.ageLinks = [...byPerson.values()].flatMap(linksIn);
    this.ageLinksByDoc = new Map();
    for (const l of this.ageLinks) {
      for (const d of new Set([l.a.doc, l.b.doc])) {
        this.touched.add(d);
        const list = this.ageLinksByDoc.get(d);
        if (list) list.push(l);
        else this.ageLinksByDoc.set(d, [l]);
      }
    }
    return this.ageLinks;
  }

  private ageLinksByDoc = new Map<string, FigureLink[]>();

  /** Every compared pair involving this article (consistent pairs included). */
  linksOf(doc: string): FigureLink[] {
    this.ages();
    const ages = this.ageLinksByDoc.get(doc);
    return ages ? [...this.findings.linksOf(doc), ...ages] : this.findings.linksOf(doc);
  }

  allLinks(): FigureLink[] {
    return [...this.findings.allLinks(), ...this.ages()];
  }

  has(doc: string): boolean {
    return this.docs.has(doc);
  }

  documents(): string[] {
    return [...this.docs.keys()].sort();
  }

  analysis(doc: string): DocumentAnalysis | undefined {
    return this.docs.get(doc);
  }

  text(doc: string): string | undefined {
    return this.texts.get(doc);
  }

  get size(): number {
    return this.docs.size;
  }

  resolution(): Resolution {
    this.resolved ??= resolve(this.docs, this.gaz);
    return this.resolved;
  }

  /** The mention at an offset, if any: the innermost ("Los Angeles County" inside its fire department's name). */
  mentionAt(doc: string, offset: number): ResolvedMention | undefined {
    const list = this.resolution().byDoc.get(doc) ?? [];
    // the last mention that starts at or before the offset, then back over the few that may enclose it
    let lo = 0,
      hi = list.length - 1,
      at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = at; i >= 0 && i > at - 8; i--) if (list[i].start <= offset && offset <= list[i].end) return list[i];
    return undefined;
  }

  entity(id: string): Entity | undefined {
    return this.resolution().entities.get(id);
  }

  /** The introducing mention of an entity in each article: the fullest form, first; the given article first. */
  introductions(entityId: string, currentDoc?: string): ResolvedMention[] {
    const e = this.entity(entityId);
    if (!e) return [];
    const best = new Map<string, ResolvedMention>();
    // an organisation is introduced by its name, where its acronym is defined, not by the acronym alone
    const named = e.kind === 'organisation' && e.mentions.some((m) => m.weight > 1);
    for (const m of e.mentions) {
      if (named && m.weight === 1) continue;
      const b = best.get(m.doc);
      if (!b || m.weight > b.weight || (m.weight === b.weight && m.start < b.start)) best.set(m.doc, m);
    }
    const list = [...best.values()].sort((a, b) => a.doc.localeCompare(b.doc));
    const cur = list.findIndex((m) => m.doc === currentDoc);
    if (cur > 0) list.unshift(...list.splice(cur, 1));
    return list;
  }
}

function resolve(docs: Map<string, DocumentAnalysis>, gaz: Gazetteer): Resolution {
  const entities = new Map<string, Entity>();
  const byDoc = new Map<string, ResolvedMention[]>();
  const add = (m: ResolvedMention, make: () => Entity) => {
    let e = entities.get(m.entityId);
    if (!e) {
      e = make();
      entities.set(m.entityId, e);
    }
    e.mentions.push(m);
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    if (m.role && !e.roles.some((r) => r.doc === m.doc && r.role === m.role))
      e.roles.push({ doc: m.doc, role: m.role });
    let list = byDoc.get(m.doc);
    if (!list) byDoc.set(m.doc, (list = []));
    list.push(m);
  };
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
  const fullKey = (first: string, surname: string) => {
    const full = `${first} ${surname}`;
    return `person:${slug(spelling.get(fold(full)) ?? full)}`;
  };
  const bySurname = new Map<string, Map<string, number>>(); // surname → entity id → full mentions
  const fullName = new Map<string, string>();
  const docsOf = new Map<string, Set<string>>(); // entity id → docs with a full mention
  const register = (doc: string, first: string, surname: string, name: string): string => {
    const id = fullKey(first, surname);
    const counts = bySurname.get(fold(surname)) ?? new Map<string, number>();
    counts.set(id, (counts.get(id) ?? 0) + 1);
    bySurname.set(fold(surname), counts);
    if ((fullName.get(id)?.length ?? 0) < name.length) fullName.set(id, name);
    if (!docsOf.has(id)) docsOf.set(id, new Set());
    docsOf.get(id)!.add(doc);
    return id;
  };
  // a full name only ever seen where places go ("in Val Verde") and never with a title, role or speech verb is no one
  const evidence = new Map<string, { person: boolean; place: boolean }>();
  for (const a of docs.values())
    for (const p of a.people)
      if (p.first) {
        const id = fullKey(p.first, p.surname);
        const e = evidence.get(id) ?? { person: false, place: false };
        if (p.placeLike) e.place = true;
        else if (p.role || p.evidence !== 'full-name') e.person = true;
        evidence.set(id, e);
      }
  const placeLike = (p: { first?: string; surname: string }) => {
    const e = p.first ? evidence.get(fullKey(p.first, p.surname)) : undefined;
    return !!e && e.place && !e.person;
  };
  for (const [doc, a] of docs)
    for (const p of a.people) if (p.first && !placeLike(p)) register(doc, p.first, p.surname, p.name);
  // "Ivanka Trump" where "Trump" is known: a given name the lexicon lacks makes another full name.
  const givenNames = new Map<NameCandidate, string>();
  for (const [doc, a] of docs)
    for (const c of a.candidates) {
      const known = c.given && bySurname.get(fold(c.text));
      if (!known || [...known.keys()].some((id) => fullName.get(id)?.startsWith(c.given!.text + ' '))) continue;
      givenNames.set(c, register(doc, c.given!.text, c.text, `${c.given!.text} ${c.text}`));
    }
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
    const here = [...counts.keys()].filter((id) => docsOf.get(id)?.has(doc));
    const pool = here.length ? here : [...counts.keys()];
    return pool.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0))[0];
  };

  for (const [doc, a] of docs) {
    for (const p of a.people) {
      if (placeLike(p)) continue;
      const id = p.first ? fullKey(p.first, p.surname) : pick(doc, p.surname);
      if (!p.first && p.evidence !== 'titled' && orgs.has(fold(p.surname)) && id === `person:${slug(p.surname)}`)
        continue;
      if (!id) continue;
      add(
        { doc, start: p.start, end: p.end, text: p.text, entityId: id, weight: p.name.split(' ').length, role: p.role },
        personEntity(id, fullName.get(id) ?? p.name),
      );
    }
    for (const c of a.candidates) {
      const given = givenNames.get(c);
      if (given) {
        add(
          { doc, start: c.given!.start, end: c.end, text: `${c.given!.text} ${c.text}`, entityId: given, weight: 2 },
          personEntity(given, fullName.get(given)!),
        );
        continue;
      }
      const id = pick(doc, c.text);
      if (!id) continue;
      add(
        { doc, start: c.start, end: c.end, text: c.text, entityId: id, weight: 1 },
        personEntity(id, fullName.get(id) ?? c.text),
      );
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
          weight: p.text === place.name ? 3 : p.text.split(' ').length,
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
  resolveBodies(docs, entities, add);
  for (const list of byDoc.values()) list.sort((x, y) => x.start - y.start || y.end - x.end);
  for (const e of entities.values()) e.mentions.sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
  return { entities, byDoc };
}

/** Organisations by name and acronym across articles, and the people whose roles name them. */
function resolveBodies(
  docs: Map<string, DocumentAnalysis>,
  entities: Map<string, Entity>,
  add: (m: ResolvedMention, make: () => Entity) => void,
): void {
  const all: Array<[string, OrganisationMention]> = [];
  for (const [doc, a] of docs) for (const o of a.organisations) all.push([doc, o]);
  if (!all.length) return;
  const who = resolveOrganisations(all.map(([, o]) => o));
  // "Kessler-Brandt" alone, where the corpus writes "Kessler-Brandt Automotive" and no one is called so
  const short = companyShortNames([...new Set([...who.values()].map((b) => b.name))]);
  const byName = new Map([...who.values()].map((b) => [b.name, b]));
  const people = new Set([...entities.values()].filter((e) => e.kind === 'person').flatMap((e) => e.aliases));
  for (const [doc, a] of docs)
    for (const c of a.candidates) {
      const full = short.get(c.text);
      if (!full || people.has(c.text)) continue;
      const o: OrganisationMention = { kind: 'organisation', start: c.start, end: c.end, text: c.text };
      all.push([doc, o]);
      who.set(o, byName.get(full)!);
    }
  const bodies: Entity[] = [];
  for (const [doc, o] of all) {
    const body = who.get(o);
    if (!body) continue;
    // the full name introduces the body; its acronym alone never does
    const weight = o.acronym === o.text ? 1 : o.text.split(' ').length + 1;
    add({ doc, start: o.start, end: o.end, text: o.text, entityId: body.id, weight }, () => {
      const e: Entity = {
        id: body.id,
        kind: 'organisation',
        name: body.name,
        description: body.acronym && body.acronym !== body.name ? `organisation (${body.acronym})` : 'organisation',
        acronym: body.acronym,
        aliases: [],
        roles: [],
        mentions: [],
        members: [],
      };
      bodies.push(e);
      return e;
    });
  }
  const titled = [...entities.values()].filter((e) => e.kind === 'person' && e.roles.length);
  for (const b of bodies) {
    const names = [...new Set([b.acronym, ...b.aliases].filter((x): x is string => !!x))];
    const said = (role: string) =>
      names.some((n) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(n)}(?:$|[^\\p{L}])`, 'u').test(role));
    for (const p of titled)
      for (const r of p.roles)
        if (said(r.role) && !b.members!.some((m) => m.entityId === p.id && m.role === r.role))
          b.members!.push({ entityId: p.id, name: p.name, role: r.role });
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const squeezed = (s: string) => fold(s).replace(/[\s-]/g, '');
  const sameGiven = (x: string, y: string) =>
    fullGivenName(x) === y ||
    fullGivenName(x) === fullGivenName(y) ||
    squeezed(x) === squeezed(y) ||
    (Math.min(x.length, y.length) >= 5 && x[0] === y[0] && editDistance(fold(x), fold(y), 1) <= 1);
  const out = new Map<string, string>();
  for (const names of byFamily.values()) {
    if (names.size < 2) continue;
    const byFrequency = [...names.keys()].sort(
      (x, y) => names.get(y)!.count - names.get(x)!.count || x.localeCompare(y),
    );
    for (const name of byFrequency) {
      const same = byFrequency.find(
        (other) =>
          other !== name &&
          names.get(other)!.count >= names.get(name)!.count &&
          !out.has(fold(other)) &&
          sameGiven(names.get(name)!.given, names.get(other)!.given),
      );
      if (same) out.set(fold(name), same);
    }
  }
  return out;
}

/** A county or a province named in the text ("county:Harris County", "county:Miyagi Prefecture"), as a place. */
function countyPlace(id: string): Place | undefined {
  const m = /^county:(.+)$/.exec(id);
  const kind = /(?:County|Parish|Borough|District)$/.test(m?.[1] ?? '') ? 'county' : 'state';
  return m ? { id, name: m[1], kind, country: '', population: 0, aliases: [] } : undefined;
}
