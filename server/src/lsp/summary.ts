import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import {
  CODE_OF,
  disagreeingGroups,
  findingsFor,
  firstInOrder,
  formatDate,
  type Corpus,
  type DisagreeingGroup,
  type DocumentAnalysis,
  type Entity,
} from '../core';
import type {
  FindingParams,
  FindingResult,
  Loc,
  MentionsParams,
  MentionsResult,
  PackedSummaryGroup,
  SameEntityChoice,
  SummaryEntity,
  SummaryFinding,
  SummaryParams,
  SummaryResult,
} from '../protocol';
import { rangeOf } from './convert';
import { articleLinks } from './features';

type SummaryVerdict = SummaryFinding['verdict'];

/** Counterparts a finding's tooltip lists, as its diagnostic does (the figure's hover table lists every one). */
const TOOLTIP_RELATED = 20;

/** Mentions one `crosscheck/mentions` answer lists (Find All References lists every one). */
const MAX_MENTIONS = 500;

/** Entities of each kind the summary lists, most mentioned first: a tree of tens of thousands is no list. */
const MAX_LISTED = 1000;

/** The kinds of finding as the core names them, numbered for the packed findings. */
const KINDS = Object.entries(CODE_OF).map(([verdict, code]) => ({ verdict: verdict as SummaryVerdict, code }));
const KIND_OF = new Map(KINDS.map((k, i) => [k.verdict as string, i]));

/** The review panel's data (`crosscheck/summary`): findings by comparison group, and the entities. */
export function summary(corpus: Corpus, params: SummaryParams | null | undefined): SummaryResult {
  const rows = articleRows(corpus);
  const groups: PackedSummaryGroup[] = [];
  for (const g of disagreeingGroups(corpus)) {
    const group = packedGroup(corpus, g, rows);
    if (group) groups.push(group);
  }
  return {
    // (a copy: the rows kept are changed by later calls, and an answer may wait to be written)
    articles: rows.articles.slice(),
    kinds: KINDS,
    groups,
    ...listedEntities(corpus, rows, articleSet(params?.articles)),
  };
}

/**
 * A group as listed, kept with the rows it numbered its articles by and the analyses its positions were
 * read from (a group is the same while its bucket's links are, but an article's lines may change around
 * figures that stayed where they were).
 */
const packed = new WeakMap<
  DisagreeingGroup,
  { rows: Kept; docs: string[]; analyses: number[]; group: PackedSummaryGroup | undefined }
>();

/** A group's findings, packed as numbers; undefined when it has none. */
function packedGroup(corpus: Corpus, g: DisagreeingGroup, rows: Kept): PackedSummaryGroup | undefined {
  const was = packed.get(g);
  if (was?.rows === rows && was.docs.every((d, i) => analysisId(corpus.analysis(d)) === was.analyses[i]))
    return was.group;
  const group: PackedSummaryGroup = { label: g.label, verdict: g.verdict as SummaryVerdict, findings: [], texts: [] };
  const docs: string[] = [];
  // (the findings' verdicts only: their messages are asked for when shown)
  for (let i = 0; i < g.members.length; i++) {
    const found = g.findings[i];
    if (!found) continue;
    const m = g.members[i];
    if (docs.at(-1) !== m.doc) docs.push(m.doc);
    // (a figure's range and text once, whatever its verdicts)
    const { start, end } = rangeOf(corpus, m.doc, m.fig.start, m.fig.end)!;
    const article = rows.articleOf.get(m.doc)!;
    for (const verdict of found) {
      const kind = KIND_OF.get(verdict)!;
      group.findings.push(article, kind, m.index, start.line, start.character, end.line, end.character);
      group.texts.push(m.fig.text);
    }
  }
  const listed = group.texts.length ? group : undefined;
  packed.set(g, { rows, docs, analyses: docs.map((d) => analysisId(corpus.analysis(d))), group: listed });
  return listed;
}

/**
 * The panel asks for the summary after every edit while it is shown, and most edits change no article's
 * name, date or who is who: the articles' rows and the entities listed are kept while they stay the same
 * (at 10,000 articles of realistic length, counting every entity's mentions took 0.2 s of each answer).
 */
interface Kept {
  /** The articles' order as the corpus gave it: a new one when an article comes or goes. */
  ranks: ReadonlyMap<string, number>;
  articles: SummaryResult['articles'];
  /** Each row's analysis (`analysisId`): a row is made again when its article's is another (its date may differ). */
  analyses: number[];
  articleOf: Map<string, number>;
  /** The entities listed, for `namesRevision` and the articles asked about (joined). */
  entities?: { revision: number; only: string; listed: Pick<SummaryResult, 'entities' | 'unlisted'> };
}

const kept = new WeakMap<Corpus, Kept>();

/**
 * An analysis as a number, for the rows and groups kept to tell whether an article's is still the one they
 * were made from without holding it (an edited article's earlier analysis would otherwise stay in memory
 * until the list is next asked for: after the view is closed, maybe never).
 */
const analysisIds = new WeakMap<DocumentAnalysis, number>();
let lastAnalysisId = 0;

function analysisId(a: DocumentAnalysis | undefined): number {
  if (!a) return 0;
  let id = analysisIds.get(a);
  if (id === undefined) analysisIds.set(a, (id = ++lastAnalysisId));
  return id;
}

function articleRows(corpus: Corpus): Kept {
  const ranks = corpus.articleRanks();
  let k = kept.get(corpus);
  if (!k || k.ranks !== ranks) {
    const docs = corpus.documents();
    k = { ranks, articles: [], analyses: [], articleOf: new Map(docs.map((d, i) => [d, i])) };
    for (const d of docs) k.articles.push({ uri: d, label: basename(URI.parse(d).fsPath), date: undefined });
    kept.set(corpus, k);
  }
  const { articles, analyses } = k;
  for (let i = 0; i < articles.length; i++) {
    const a = corpus.analysis(articles[i].uri);
    const id = analysisId(a);
    if (i < analyses.length && analyses[i] === id) continue;
    analyses[i] = id;
    const { uri, label } = articles[i];
    articles[i] = { uri, label, date: a?.figures.dateline ? formatDate(a.figures.dateline) : undefined };
  }
  return k;
}

/** The most mentioned entities of each kind, described, and how many more were left out. */
function listedEntities(
  corpus: Corpus,
  k: Kept,
  only: Set<string> | undefined,
): Pick<SummaryResult, 'entities' | 'unlisted'> {
  const revision = corpus.namesRevision;
  const key = only ? [...only].join('\n') : '';
  if (k.entities?.revision === revision && k.entities.only === key) return k.entities.listed;
  // (counted first and described only when listed: tens of thousands of entities are not. Of all articles,
  // an entity's mentions are its list's length, and its articles are counted once listed; its kind is read
  // once, from entities of three shapes)
  const counted: Array<{ e: Entity; kind: Entity['kind']; mentions: number; name: string }> = [];
  for (const e of corpus.resolution().entities.values()) {
    const mentions = only ? count(e, only).mentions : e.mentions.length;
    if (mentions) counted.push({ e, kind: e.kind, mentions, name: e.name });
  }
  const unlisted = { person: 0, place: 0, organisation: 0 };
  const entities = mostMentionedOfEachKind(counted, MAX_LISTED).map((c) => describe(c.e, count(c.e, only)));
  for (const c of counted) unlisted[c.kind]++;
  for (const l of entities) unlisted[l.kind]--;
  k.entities = { revision, only: key, listed: { entities, unlisted } };
  return k.entities.listed;
}

/** A finding's message and first counterparts (`crosscheck/finding`); null when the article has no such finding. */
export function finding(corpus: Corpus, params: FindingParams): FindingResult | null {
  const f = findingsFor(corpus, params.uri, articleLinks(corpus), TOOLTIP_RELATED).find(
    (x) => x.figure === params.figure && x.verdict === params.verdict,
  );
  if (!f) return null;
  const loc = locator(corpus);
  return {
    message: f.message,
    related: f.related.map((r) => ({
      ...loc(r.doc, r.start, r.end),
      text: corpus.textSlice(r.doc, r.start, r.end)!,
      message: r.message,
      verdict: r.verdict,
    })),
    relatedCount: f.relatedCount,
  };
}

/** An entity's mentions (`crosscheck/mentions`), each with its line; none when the id names no entity. */
export function mentions(corpus: Corpus, params: MentionsParams): MentionsResult {
  const e = corpus.entity(params.id);
  const only = articleSet(params.articles);
  const all = (e?.mentions ?? []).filter((m) => !only || only.has(m.doc));
  const loc = locator(corpus);
  return {
    mentions: all.slice(0, MAX_MENTIONS).map((m) => {
      const l = loc(m.doc, m.start, m.end);
      const lines = corpus.analysis(m.doc)!.lines;
      const line = l.range.start.line;
      return {
        ...l,
        text: m.text,
        lineText: corpus.textSlice(m.doc, lines.offset(line, 0), lines.lineEnd(line))!.trim(),
      };
    }),
    total: all.length,
  };
}

/** What the "same as…" picker offers for the mention at `offset`: the other entities of its kind. */
export function sameEntityChoices(corpus: Corpus, uri: string, offset: number): SameEntityChoice[] {
  const own = corpus.entity(corpus.mentionAt(uri, offset)?.entityId ?? '');
  const out: SameEntityChoice[] = [];
  for (const e of corpus.resolution().entities.values()) {
    if (e === own || (own && e.kind !== own.kind) || !e.mentions.length) continue;
    const first = e.mentions[0];
    out.push(Object.assign(describe(e, count(e)), { target: { uri: first.doc, offset: first.start } }));
  }
  return out.sort(mostMentioned);
}

/** An entity's articles and mentions (in these articles only, when given). */
function count(e: Entity, only?: Set<string>): { articles: number; mentions: number } {
  // (an entity's mentions come article by article)
  let articles = 0,
    mentions = 0,
    previous: string | undefined;
  for (const m of e.mentions) {
    if (only && !only.has(m.doc)) continue;
    if (m.doc !== previous) articles++;
    previous = m.doc;
    mentions++;
  }
  return { articles, mentions };
}

const mostMentioned = (a: { mentions: number; name: string }, b: { mentions: number; name: string }) =>
  b.mentions - a.mentions || a.name.localeCompare(b.name);

/** The first `max` of each kind in the order of `mostMentioned`, in that order (as a sort of them all gives). */
function mostMentionedOfEachKind<T extends { kind: Entity['kind']; mentions: number; name: string }>(
  all: T[],
  max: number,
): T[] {
  const picked = new Set<T>();
  for (const kind of ['person', 'place', 'organisation'] as const) {
    const ofKind = all.filter((x) => x.kind === kind);
    for (const c of firstInOrder(ofKind, max, mostMentioned)) picked.add(c);
  }
  return all.filter((c) => picked.has(c)).sort(mostMentioned);
}

/**
 * An entity as listed, counted. (One literal: objects spread from two others took a sort of 117,000 of them
 * from 0.1 to 0.5 s.)
 */
function describe(e: Entity, counted: { articles: number; mentions: number }): SummaryEntity {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    detail: e.kind === 'person' ? (e.roles[0]?.role ?? 'person') : (e.description ?? e.placeKind ?? e.kind),
    articles: counted.articles,
    mentions: counted.mentions,
  };
}

function locator(corpus: Corpus): (doc: string, start: number, end: number) => Loc {
  return (doc, start, end) => {
    const l = corpus.analysis(doc)!.lines;
    return { uri: doc, range: { start: l.position(start), end: l.position(end) } };
  };
}

/** The articles a request narrows to: undefined for all (absent, not a list, or empty). */
function articleSet(articles: unknown): Set<string> | undefined {
  if (!Array.isArray(articles)) return undefined;
  const set = new Set(articles.filter((a): a is string => typeof a === 'string'));
  return set.size ? set : undefined;
}
