import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import {
  CODE_OF,
  comparisonGroups,
  findingsFor,
  findingVerdicts,
  firstInOrder,
  formatDate,
  type Corpus,
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

/** The review panel's data (`crosscheck/summary`): findings by comparison group, and the entities. */
export function summary(corpus: Corpus, params: SummaryParams | null | undefined): SummaryResult {
  const docs = corpus.documents();
  const articleOf = new Map(docs.map((d, i) => [d, i]));
  // (the kinds of finding as the core names them, numbered for the packed findings)
  const kinds = Object.entries(CODE_OF).map(([verdict, code]) => ({ verdict: verdict as SummaryVerdict, code }));
  const kindOf = new Map(kinds.map((k, i) => [k.verdict as string, i]));
  // (the findings' verdicts only: their messages are asked for when shown)
  const verdicts = findingVerdicts(corpus);
  const groups: PackedSummaryGroup[] = [];
  for (const g of comparisonGroups(corpus, 'disagreeing')) {
    const group: PackedSummaryGroup = { label: g.label, verdict: g.verdict as SummaryVerdict, findings: [], texts: [] };
    for (const m of g.members) {
      const found = verdicts.get(m.doc)?.get(m.index);
      if (!found) continue;
      // (a figure's range and text once, whatever its verdicts)
      const { start, end } = rangeOf(corpus, m.doc, m.fig.start, m.fig.end)!;
      const text = m.fig.text;
      const article = articleOf.get(m.doc)!;
      for (const verdict of found) {
        const kind = kindOf.get(verdict)!;
        group.findings.push(article, kind, m.index, start.line, start.character, end.line, end.character);
        group.texts.push(text);
      }
    }
    if (group.texts.length) groups.push(group);
  }
  const only = articleSet(params?.articles);
  // (counted first and described only when listed: tens of thousands of entities are not)
  const counted: Array<{ e: Entity; articles: number; mentions: number; name: string }> = [];
  for (const e of corpus.resolution().entities.values()) {
    const c = count(e, only);
    if (c.mentions) counted.push({ e, articles: c.articles, mentions: c.mentions, name: e.name });
  }
  const unlisted = { person: 0, place: 0, organisation: 0 };
  const listed = mostMentionedOfEachKind(counted, MAX_LISTED).map((c) => describe(c.e, c));
  for (const c of counted) unlisted[c.e.kind]++;
  for (const l of listed) unlisted[l.kind]--;
  return {
    articles: docs.map((d) => ({
      uri: d,
      label: basename(URI.parse(d).fsPath),
      date: corpus.analysis(d)?.figures.dateline ? formatDate(corpus.analysis(d)!.figures.dateline) : undefined,
    })),
    kinds,
    groups,
    entities: listed,
    unlisted,
  };
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
function mostMentionedOfEachKind<T extends { e: Entity; mentions: number; name: string }>(all: T[], max: number): T[] {
  const picked = new Set<T>();
  for (const kind of ['person', 'place', 'organisation'] as const) {
    const ofKind = all.filter((x) => x.e.kind === kind);
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
