import type { DocumentAnalysis } from './analyze';
import type { EntityMap } from './entity-map';
import type { Apart, NameTables } from './name-tables';
import { fingerprintText } from './reviews';
import type { Entity, NameRules, ResolvedMention, Resolution } from './resolve';

/**
 * The reviewer's decisions about names, applied to a resolution made as if there were none: "same" joins two
 * entities, "different" splits one, and two people decided different are never spelling variants of each
 * other. What applying did is kept, step by step, so that an edit (or a change of the decisions) can be
 * resolved in place: the steps undone, the edit resolved as without decisions, the decisions applied again.
 */

/**
 * One decision as it was applied: the mentions it moved out of `from`, and what it replaced (`from`'s
 * mentions when it split it; `to`'s mentions, and how many aliases and roles it had, when it joined them).
 */
type Step = { from: Entity; moved: readonly ResolvedMention[] } & (
  | { kind: 'same'; to: Entity; at: number; mentions: ResolvedMention[]; aliases: number; roles: number }
  | { kind: 'different'; split: Entity; mentions: ResolvedMention[]; aliases: string[]; roles: Entity['roles'] }
);

export interface Applied {
  steps: Step[];
  /** The pairs of name keys kept apart (`apartBy`), as one string to compare. */
  apart: string;
  /** False when a split's id was an entity's already (the entity replaced): then not undone. */
  undoable: boolean;
}

/** What a change of names touched: the articles whose mentions changed, and those whose variants' findings may have. */
export interface Touched {
  mentions: Set<string>;
  findings: Set<string>;
}

/**
 * A reviewer's decisions that two mentions are different people, as pairs of name keys whose spellings are
 * never variants of each other (`apart`), and those pairs as one string.
 */
export function apartBy(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  tables: NameTables,
  rules: NameRules,
): { apart: Apart | undefined; pairs: string } {
  const keys = keysAt(docs, tables, rules);
  const apart = new Set<string>();
  for (const d of rules.decisions) {
    if (d.decision !== 'different') continue;
    const [x, y] = d.mentions.map((fp) => keys.get(fp) ?? []);
    for (const a of x) for (const b of y) apart.add(`${a}\u0000${b}`).add(`${b}\u0000${a}`);
  }
  return {
    apart: apart.size ? (a, b) => apart.has(`${a}\u0000${b}`) : undefined,
    pairs: [...apart].sort().join('\n'),
  };
}

/** The name keys of the person mentions a "different" decision names, by fingerprint (one pass over the people). */
function keysAt(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  tables: NameTables,
  rules: NameRules,
): Map<string, string[]> {
  const wanted = new Set(rules.decisions.filter((d) => d.decision === 'different').flatMap((d) => d.mentions));
  const out = new Map<string, string[]>();
  if (!wanted.size) return out;
  const texts = new Set([...wanted].map(fingerprintText));
  for (const [doc, a] of docs)
    for (const p of a.people) {
      if (!texts.has(p.text)) continue;
      const fp = rules.fingerprint(doc, p.start, p.text);
      if (!wanted.has(fp)) continue;
      const k = tables.keyOf(doc, p);
      if (!k) continue;
      const list = out.get(fp);
      if (list) list.push(k);
      else out.set(fp, [k]);
    }
  return out;
}

/** The first mention (in the order of the articles' lists) with each fingerprint the decisions name. */
function firstMentions(byDoc: Map<string, ResolvedMention[]>, rules: NameRules): Map<string, ResolvedMention> {
  const wanted = new Set(rules.decisions.flatMap((d) => d.mentions));
  const texts = new Set([...wanted].map(fingerprintText));
  const out = new Map<string, ResolvedMention>();
  for (const [doc, list] of byDoc)
    for (const m of list) {
      if (!texts.has(m.text)) continue;
      const fp = rules.fingerprint(doc, m.start, m.text);
      if (wanted.has(fp) && !out.has(fp)) out.set(fp, m);
    }
  return out;
}

/** The roles mentions are written with, each article's once, in the order of the mentions. */
function rolesOf(mentions: readonly ResolvedMention[]): Entity['roles'] {
  const out: Entity['roles'] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.role) continue;
    const role = { doc: m.doc, role: m.role };
    const key = roleKey(role);
    if (!seen.has(key)) out.push(role);
    seen.add(key);
  }
  return out;
}

const roleKey = (r: { doc: string; role: string }) => `${r.doc}\u0000${r.role}`;

/**
 * The reviewer's other decisions about names, after resolution (each entity's mentions sorted by
 * `inCorpus`): "same" joins two entities; "different" on two mentions of one entity moves the first one's
 * spelling in its article to an entity of its own.
 */
export function applyDecisions(
  entities: EntityMap,
  byDoc: Map<string, ResolvedMention[]>,
  rules: NameRules,
  inCorpus: (x: ResolvedMention, y: ResolvedMention) => number,
  apart: string,
): Applied {
  const found = firstMentions(byDoc, rules);
  const out: Applied = { steps: [], apart, undoable: true };
  for (const d of rules.decisions) {
    const a = found.get(d.mentions[0]),
      b = found.get(d.mentions[1]);
    if (!a || !b) continue;
    const ea = entities.get(a.entityId),
      eb = entities.get(b.entityId);
    if (!ea || !eb) continue;
    if (d.decision === 'same' && ea !== eb && ea.kind === eb.kind) {
      // the entity with fewer mentions joins the other
      const [from, to] = ea.mentions.length > eb.mentions.length ? [eb, ea] : [ea, eb];
      const at = entities.indexOf(from);
      const was = { mentions: to.mentions, aliases: to.aliases.length, roles: to.roles.length };
      out.steps.push({ kind: 'same', from, moved: from.mentions, to, at, ...was });
      for (const m of from.mentions) m.entityId = to.id;
      to.mentions = [...to.mentions, ...from.mentions].sort(inCorpus);
      // the other's spellings its mentions still use (a split took some), in the order they were first
      // written, whatever order its mentions are in now
      const used = new Set(from.mentions.map((m) => m.text));
      for (const alias of from.aliases) if (used.has(alias) && !to.aliases.includes(alias)) to.aliases.push(alias);
      for (const r of from.roles) to.roles.push(r);
      entities.delete(from.id);
    } else if (d.decision === 'different' && ea === eb) {
      const moved = ea.mentions.filter((m) => m.doc === a.doc && m.text === a.text && m.text !== b.text);
      if (!moved.length) continue;
      const id = `${ea.id}~${a.doc}~${a.text}`;
      if (entities.has(id)) out.undoable = false;
      // (the roles the moved mentions are written with go with them: "Coast Guard Lt. Ruiz" split from Ana
      // Ruiz is the lieutenant; a role or a spelling the entity's other mentions still write stays)
      const split: Entity = { ...ea, id, name: a.text, aliases: [a.text], roles: rolesOf(moved), mentions: moved };
      const was = { mentions: ea.mentions, aliases: ea.aliases, roles: ea.roles };
      out.steps.push({ kind: 'different', from: ea, moved, split, ...was });
      for (const m of moved) m.entityId = id;
      const gone = new Set(moved);
      ea.mentions = ea.mentions.filter((m) => !gone.has(m));
      const written = new Set(ea.mentions.map((m) => m.text));
      const held = new Set(rolesOf(ea.mentions).map(roleKey));
      ea.aliases = ea.aliases.filter((alias) => written.has(alias));
      ea.roles = ea.roles.filter((r) => held.has(roleKey(r)));
      entities.set(id, split);
    }
  }
  return out;
}

/**
 * Undoes what applying the decisions did, last step first: the entities, their order, and each mention's
 * entity as resolving made them without decisions. Returns each mention a step moved with the entity it
 * was in before undoing.
 */
export function undoDecisions(entities: EntityMap, applied: Applied): Map<ResolvedMention, string> {
  const was = moved(applied);
  for (const s of [...applied.steps].reverse()) {
    for (const m of s.moved) m.entityId = s.from.id;
    if (s.kind === 'same') {
      s.to.mentions = s.mentions;
      s.to.aliases.length = s.aliases;
      s.to.roles.length = s.roles;
      entities.insert(s.from, s.at);
    } else {
      s.from.mentions = s.mentions;
      s.from.aliases = s.aliases;
      s.from.roles = s.roles;
      entities.delete(s.split.id);
    }
  }
  return was;
}

/**
 * A body's members as the reviewer's decisions have them. Members are found among the people as resolved
 * without decisions (an edit finds them so, see `role-index.ts`): each member is followed through the
 * decisions in the order they apply (a join takes it into another person, a split of the person it is in
 * then gives the role to either or both), and named as whichever of them holds its role now; each person
 * once for each role.
 */
export function decidedMembers(
  body: Entity,
  applied: Applied | undefined,
  entity: (id: string) => Entity | undefined,
): Entity['members'] {
  // (the command line's report asks it of every entity, where no decision applies: most are no body)
  const steps = applied?.steps;
  if (!body.members || !steps?.length) return body.members;
  const from = new Set(steps.map((s) => s.from.id));
  if (!body.members.some((m) => from.has(m.entityId))) return body.members;
  const out: NonNullable<Entity['members']> = [];
  const listed = new Set<string>();
  for (const m of body.members) {
    let ids = [m.entityId];
    for (const s of steps)
      if (s.kind === 'same') ids = ids.map((id) => (id === s.from.id ? s.to.id : id));
      else if (ids.includes(s.from.id)) ids = [...ids, s.split.id];
    for (const id of ids) {
      const e = entity(id);
      if (!e?.roles.some((r) => r.role === m.role)) continue;
      const key = `${e.id}\u0000${m.role}`;
      if (!listed.has(key)) out.push({ entityId: e.id, name: e.name, role: m.role });
      listed.add(key);
    }
  }
  return out;
}

/** Each mention the steps moved, with the entity it is in now. */
function moved(applied: Applied): Map<ResolvedMention, string> {
  const out = new Map<ResolvedMention, string>();
  for (const s of applied.steps) for (const m of s.moved) out.set(m, m.entityId);
  return out;
}

/**
 * Each mention the steps moved, with the entity it was in before the first step that moved it (as resolved
 * without decisions).
 */
function movedFrom(applied: Applied): Map<ResolvedMention, string> {
  const out = new Map<ResolvedMention, string>();
  for (const s of applied.steps) for (const m of s.moved) if (!out.has(m)) out.set(m, s.from.id);
  return out;
}

/** The ids of the entities the steps joined, split or made. */
function entitiesOf(applied: Applied): string[] {
  return applied.steps.flatMap((s) => (s.kind === 'same' ? [s.from.id, s.to.id] : [s.from.id, s.split.id]));
}

/**
 * Applies the decisions (none: `rules` undefined) to a resolution whose decisions were undone (`before`, and
 * `was` as `undoDecisions` returned), and adds to `touched` the articles whose mentions a decision now puts in
 * another entity than before (`mentions`), and those whose variants name an entity a decision joined or
 * split, before or now (`findings`). `apart` is the pairs the name tables keep apart. False when a split's id
 * was an entity's: the resolution must then be made afresh.
 */
export function applyAgain(
  r: Resolution,
  rules: NameRules | undefined,
  inCorpus: (x: ResolvedMention, y: ResolvedMention) => number,
  apart: string,
  before: Applied | undefined,
  was: Map<ResolvedMention, string>,
  touched: Touched,
): boolean {
  const now = rules ? applyDecisions(r.entities, r.byDoc, rules, inCorpus, apart) : undefined;
  if (now && !now.undoable) return false;
  r.decided = now;
  const from = now ? movedFrom(now) : new Map<ResolvedMention, string>();
  // (an article's findings read who is who through its variants and its ages: the ages' persons are set again
  // for the articles whose mentions changed, and their pairs touch the articles whose findings changed)
  for (const m of new Set([...was.keys(), ...from.keys()]))
    if ((was.get(m) ?? from.get(m)) !== m.entityId) touched.mentions.add(m.doc);
  const ids = new Set([...(before ? entitiesOf(before) : []), ...(now ? entitiesOf(now) : [])]);
  if (ids.size) for (const [d, list] of r.variants) if (list.some((v) => ids.has(v.entityId))) touched.findings.add(d);
  return true;
}
