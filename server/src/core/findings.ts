import type { ArticleLinks } from './cards';
import type { Corpus } from './corpus';
import { formatDate } from './figures/dates';
import type { Comparison, FigureEntry, Verdict } from './figures/compare';
import type { BucketLinks, FigureLink } from './figures/links';
import type { Figure } from './figures/types';
import { inUnitOf } from './figures/units';
import { sentenceAt } from './sentences';

/** Findings per figure, in words a journalist reads, and the comparison table shown on hover. */

export type FindingCode = 'figure-conflict' | 'figure-rounding' | 'figure-updated';

export const CODE_OF: Record<Exclude<Verdict, 'consistent'>, FindingCode> = {
  conflict: 'figure-conflict',
  rounding: 'figure-rounding',
  updated: 'figure-updated',
};

const RANK: Record<Verdict, number> = { conflict: 0, rounding: 1, updated: 2, consistent: 3 };

export interface RelatedFigure {
  doc: string;
  /** Index of the counterpart figure in its document. */
  figure: number;
  verdict: Verdict;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  doc: string;
  start: number;
  end: number;
  verdict: Exclude<Verdict, 'consistent'>;
  code: FindingCode;
  message: string;
  /** The counterparts, or the first of them (see `findingsFor`); `relatedCount` counts them all. */
  related: RelatedFigure[];
  relatedCount: number;
  /** Index of the figure in its document. */
  figure: number;
}

interface Counterpart {
  other: FigureEntry;
  verdict: Verdict;
  reasons: string[];
  revisedDown?: boolean;
  /** The reviewer checked this pair: no finding, still shown on hover. */
  reviewed?: boolean;
  /** The other article's rank (see `counterparts`). */
  rank: number;
}

/** Counterparts by the other article's rank, then position in it. */
const byRank = (x: Counterpart, y: Counterpart) => x.rank - y.rank || x.other.fig.start - y.other.fig.start;

/** Whether a counterpart at `rank`, `other`, comes before `c` in that order (`byRank` below 0). */
const before = (rank: number, other: FigureEntry, c: Counterpart) =>
  rank < c.rank || (rank === c.rank && other.fig.start < c.other.fig.start);

/**
 * A figure's counterparts, worst verdict first, then by the other article's rank and position; "not the
 * same figure" decisions drop a pair.
 */
function counterparts(corpus: Corpus, links: FigureLink[], doc: string, index: number): Counterpart[] {
  // (by the articles' ranks: the order `localeCompare` gives, without calling it at every comparison)
  const ranks = corpus.articleRanks();
  const out: Counterpart[] = [];
  for (const l of links) {
    const other = l.a.doc === doc && l.a.index === index ? l.b : l.b.doc === doc && l.b.index === index ? l.a : null;
    if (!other) continue;
    const decision = l.verdict === 'consistent' ? undefined : corpus.decisionAbout(l.a, l.b)?.decision;
    if (decision === 'different') continue;
    const { verdict, reasons, revisedDown } = l;
    out.push({
      other,
      verdict,
      reasons,
      revisedDown,
      reviewed: decision === 'reviewed',
      rank: ranks.get(other.doc) ?? 0,
    });
  }
  return out.sort((x, y) => RANK[x.verdict] - RANK[y.verdict] || byRank(x, y));
}

const VERDICT_WORDS: Record<Verdict, string> = {
  conflict: 'these cannot both be right',
  rounding: 'rounded?',
  updated: 'a count that changed between the two dates?',
  consistent: 'consistent',
};

/** " (about 1,312 feet)": the counterpart in this figure's unit, when the units differ. */
function converted(f: Figure, other: Figure): string {
  const v = inUnitOf(f, other);
  return v ? ` (${v})` : '';
}

/** A projection ("could reach 500") disagrees with a count only when the count is past it: say which it is. */
function projected(f: Figure): string {
  return f.projection ? ' (a projection)' : '';
}

export function describeFigure(f: Figure): string {
  const q = f.qualifierText ? `${f.qualifierText} ` : '';
  if (f.kind === 'age') return `age ${f.text}`;
  const what = f.measureLabel ?? f.measure;
  return `${q}${f.text}${what && f.kind !== 'percent' && f.kind !== 'money' ? ' ' + what : ''}`;
}

/** Snippets by length, then by figure (a map per length, not per figure: a large corpus has a million). */
const snippets = new Map<number, WeakMap<Figure, string>>();

/** The sentence around a figure, shortened to about `max` characters (remembered per figure: messages repeat them). */
export function snippet(corpus: Corpus, doc: string, f: Figure, max = 90): string {
  let byFigure = snippets.get(max);
  if (!byFigure) snippets.set(max, (byFigure = new WeakMap()));
  let s = byFigure.get(f);
  if (s === undefined) byFigure.set(f, (s = makeSnippet(corpus, doc, f, max)));
  return s;
}

/** Related messages by verdict, then by figure: a figure is the counterpart of many, in many articles. */
const relatedMessages = new Map<Verdict, WeakMap<Figure, string>>();

/** What a counterpart says, under a finding (remembered per figure, as its snippet was). */
function relatedMessage(corpus: Corpus, other: FigureEntry, verdict: Verdict): string {
  let byFigure = relatedMessages.get(verdict);
  if (!byFigure) relatedMessages.set(verdict, (byFigure = new WeakMap()));
  let m = byFigure.get(other.fig);
  if (m === undefined) {
    const quote = makeSnippet(corpus, other.doc, other.fig, 70);
    byFigure.set(other.fig, (m = `${verdict}: “${quote}” says ${describeFigure(other.fig)}`));
  }
  return m;
}

function makeSnippet(corpus: Corpus, doc: string, f: Figure, max: number): string {
  const a = corpus.analysis(doc);
  const s = a && sentenceAt(a.sentences, f.sentence);
  if (!s) return f.text;
  let from = s.start,
    to = s.end;
  if (to - from > max) {
    from = Math.max(s.start, f.start - Math.floor(max / 2));
    to = Math.min(s.end, from + max);
    from = Math.max(s.start, to - max);
  }
  const cut = corpus.textSlice(doc, from, to)?.replace(/\s+/g, ' ').trim();
  if (cut === undefined) return f.text;
  return `${from > s.start ? '…' : ''}${cut}${to < s.end ? '…' : ''}`;
}

function whereIs(corpus: Corpus, links: ArticleLinks, self: string, other: FigureEntry): string {
  const a = corpus.analysis(other.doc);
  if (other.doc === self) return `same article, line ${(a?.lines.position(other.fig.start).line ?? 0) + 1}`;
  return `${links.label(other.doc)}, ${formatDate(a?.figures.dateline)}`;
}

/** A figure's counterparts with one verdict that no decision hides: how many, and the first ones in order. */
interface Run {
  verdict: Finding['verdict'];
  count: number;
  /** The first counterparts by (article rank, position), in the order a stable sort gives. */
  first: Counterpart[];
  /**
   * The last one kept when `first` was last cut: a later counterpart not before it is not among the first.
   * (Only where more than `FEW_KEPT` are kept: fewer are kept in order as they come.)
   */
  bar?: Counterpart;
}

/**
 * The counterparts of each figure of an article that make findings (not consistent, reviewed nor "not the
 * same figure"), per verdict by rank: how many, and the first `keep` of them. A figure of a large corpus
 * has thousands, of which a finding shows a few; only those are kept and ordered.
 */
function findingRuns(corpus: Corpus, doc: string, keep: number): Map<number, Array<Run | undefined>> {
  const ranks = corpus.articleRanks();
  const mine = ranks.get(doc) ?? 0;
  const decided = corpus.decisions.size > 0;
  const few = keep <= FEW_KEPT;
  const out = new Map<number, Array<Run | undefined>>();
  const add = (
    index: number,
    list: FigureEntry[],
    p: number,
    rank: number,
    c: Comparison,
    verdict: Finding['verdict'],
  ) => {
    let runs = out.get(index);
    if (!runs) out.set(index, (runs = [undefined, undefined, undefined]));
    const r = (runs[RANK[verdict]] ??= { verdict, count: 0, first: [] });
    r.count++;
    if (few) {
      // (each put in its place as it comes, after those not after it: the sorts that cut the list and ordered it
      // made a copy of it each, 105 of the 1,620 MB the server's 40 edits at realistic length allocated, sampled)
      const { first } = r;
      const other = list[p];
      let at = first.length;
      while (at > 0 && before(rank, other, first[at - 1])) at--;
      if (at >= keep) return;
      const kept: Counterpart = { other, verdict, reasons: c.reasons, revisedDown: c.revisedDown, rank };
      first.push(kept);
      for (let k = first.length - 1; k > at; k--) first[k] = first[k - 1];
      first[at] = kept;
      if (first.length > keep) first.length = keep;
      return;
    }
    const bar = r.bar;
    if (bar && !before(rank, list[p], bar)) return;
    r.first.push({ other: list[p], verdict, reasons: c.reasons, revisedDown: c.revisedDown, rank });
    // (cut to `keep` when twice as many: a stable sort keeps equal counterparts in the order they came)
    if (r.first.length >= 2 * keep) {
      r.first.sort(byRank).length = keep;
      r.bar = r.first[keep - 1];
    }
  };
  // (an end is the article's only if its article has the article's rank, which is read off an array; the
  // other end's entry is read only where it may be kept, or a decision is looked up)
  let bucket: BucketLinks | undefined,
    rankAt: Int32Array = new Int32Array(0);
  corpus.visitLinksOf(doc, true, (links, pa, pb, c) => {
    const { verdict } = c;
    if (verdict === 'consistent') return;
    const { list } = links;
    // (a decision either way hides the pair: reviewed, or not the same figure)
    if (decided && corpus.decisionAbout(list[pa], list[pb])) return;
    if (links !== bucket) rankAt = (bucket = links).ranksIn(ranks);
    const ra = rankAt[pa],
      rb = rankAt[pb];
    if (ra === mine && list[pa].doc === doc) add(list[pa].index, list, pb, rb, c, verdict);
    if (rb === mine && list[pb].doc === doc) add(list[pb].index, list, pa, ra, c, verdict);
  });
  if (!few)
    for (const runs of out.values())
      for (const r of runs) if (r) r.first.sort(byRank).length = Math.min(r.first.length, keep);
  return out;
}

/**
 * Up to this many counterparts kept, each is put in its place as it comes (`findingRuns`), and a claim among
 * them is told apart by comparing it with those taken (`distinctClaims`).
 */
const FEW_KEPT = 8;

/** How many counterparts a finding's message names: the first with its sentence, then three more. */
export const NAMED_COUNTERPARTS = 4;

/**
 * One finding per figure and verdict (a conflict and a rounding on the same figure are two findings,
 * each at its own severity), pointing at every counterpart with that verdict, or at the first
 * `maxRelated` (the message counts them all).
 */
export function findingsFor(corpus: Corpus, doc: string, links: ArticleLinks, maxRelated = Infinity): Finding[] {
  const a = corpus.analysis(doc);
  if (!a) return [];
  const byFigure = findingRuns(corpus, doc, Math.max(maxRelated, NAMED_COUNTERPARTS));
  const out: Finding[] = [];
  a.figures.figures.forEach((f, index) => {
    // (worst verdict first)
    for (const run of byFigure.get(index) ?? []) {
      if (!run) continue;
      const { verdict, first: cps, count } = run;
      const top = cps[0];
      const scope = top.reasons.slice(1);
      const head =
        `${describeFigure(f)}${projected(f)}${scope.length ? ` (${scope.join(', ')})` : ''} here; ` +
        `“${snippet(corpus, top.other.doc, top.other.fig)}” (${whereIs(corpus, links, doc, top.other)}) says ` +
        `${top.other.fig.qualifierText ? top.other.fig.qualifierText + ' ' : ''}${top.other.fig.text}` +
        `${converted(f, top.other.fig)}${projected(top.other.fig)} — ` +
        (top.revisedDown
          ? 'revised down: a running count cannot fall, so the earlier figure was wrong or this one is'
          : `${VERDICT_WORDS[verdict]}`);
      // (the others named once for each claim: a claim an article repeats is counted, not named again)
      const claims = distinctClaims(cps, Math.max(maxRelated, NAMED_COUNTERPARTS));
      const named = claims
        .slice(1, NAMED_COUNTERPARTS)
        .map((c) => `${links.label(c.other.doc)} says ${c.other.fig.text}`)
        .join('; ');
      const more =
        count > 1
          ? ` (and ${count - 1} more${named ? `: ${named}` : ''}${count > NAMED_COUNTERPARTS ? '; …' : ''})`
          : '';
      out.push({
        doc,
        start: f.start,
        end: f.end,
        verdict,
        code: CODE_OF[verdict],
        message: head + more,
        figure: index,
        related: claims.slice(0, maxRelated).map((c) => ({
          doc: c.other.doc,
          figure: c.other.index,
          verdict: c.verdict,
          start: c.other.fig.start,
          end: c.other.fig.end,
          message: relatedMessage(corpus, c.other, c.verdict),
        })),
        relatedCount: count,
      });
    }
  });
  return out;
}

/**
 * The first `max` counterparts, one for each claim of an article: a headline and its body that say one figure
 * alike ("At least 10,000 dead" twice) are one place to go, not two (the message counts both). Under a cap the
 * list may hold fewer than the cap where the first ones repeat a claim.
 */
function distinctClaims(cps: Counterpart[], max: number): Counterpart[] {
  const out: Counterpart[] = [];
  // (a key per claim where a figure may have thousands of counterparts; where a few are kept, as a diagnostic
  // keeps them, each is compared with those taken: a key each was a tenth of making an article's findings)
  const seen = cps.length > FEW_KEPT ? new Set<string>() : undefined;
  for (const c of cps) {
    if (out.length >= max) break;
    const f = c.other.fig;
    if (seen) {
      const claim = `${c.other.doc}\u0000${f.value}\u0000${f.qualifier}\u0000${f.unitName ?? ''}\u0000${c.verdict}`;
      if (seen.has(claim)) continue;
      seen.add(claim);
    } else if (taken(out, c)) continue;
    out.push(c);
  }
  return out;
}

/** Whether one of `out` is the claim of `c`. */
function taken(out: Counterpart[], c: Counterpart): boolean {
  for (const o of out) if (sameClaim(o, c)) return true;
  return false;
}

/** Whether two counterparts are one claim: one article's figure of one value, qualifier and unit, one verdict. */
function sameClaim(x: Counterpart, y: Counterpart): boolean {
  const a = x.other.fig,
    b = y.other.fig;
  // (NaN is one claim, as its key was; 0 and -0 too)
  const sameValue = a.value === b.value || (Number.isNaN(a.value) && Number.isNaN(b.value));
  return (
    x.other.doc === y.other.doc &&
    sameValue &&
    a.qualifier === b.qualifier &&
    (a.unitName ?? '') === (b.unitName ?? '') &&
    x.verdict === y.verdict
  );
}

/** The verdicts a finding has, worst first. */
const FINDING_VERDICTS: Array<Finding['verdict']> = ['conflict', 'rounding', 'updated'];

/** A figure's verdicts as bits (by rank) and as a list, worst first: one list for each set of bits, shared. */
const VERDICT_LISTS = Array.from({ length: 1 << FINDING_VERDICTS.length }, (_, bits) =>
  Object.freeze(FINDING_VERDICTS.filter((v) => bits & (1 << RANK[v]))),
);

/**
 * The verdicts of every article's findings, as `findingsFor` makes them (a figure has a finding per verdict
 * of the counterparts that are neither consistent, reviewed nor "not the same figure"), without making
 * their messages: article → figure index → verdicts, worst first.
 */
export function findingVerdicts(corpus: Corpus): Map<string, Map<number, ReadonlyArray<Finding['verdict']>>> {
  // (a figure's verdicts as bits, by rank: with a set per figure a call made 26 MB at 10,000 articles, 21 now)
  const seen = new Map<string, Map<number, number>>();
  for (const links of corpus.linkBuckets())
    for (const [e, bits] of bucketVerdicts(corpus, links)) {
      let byIndex = seen.get(e.doc);
      if (!byIndex) seen.set(e.doc, (byIndex = new Map()));
      byIndex.set(e.index, (byIndex.get(e.index) ?? 0) | bits);
    }
  const out = new Map<string, Map<number, ReadonlyArray<Finding['verdict']>>>();
  for (const [doc, byIndex] of seen) {
    const verdicts = new Map<number, ReadonlyArray<Finding['verdict']>>();
    for (const [i, bits] of byIndex) verdicts.set(i, VERDICT_LISTS[bits]);
    out.set(doc, verdicts);
  }
  return out;
}

/**
 * A bucket's figures with findings, each with its verdicts' bits (`verdictsOf` lists them). Kept while the
 * bucket's links and the reviewer's decisions about its figures are: the review panel asks after every edit
 * and every decision, and each changes a few buckets.
 */
export function bucketVerdicts(corpus: Corpus, links: BucketLinks): ReadonlyMap<FigureEntry, number> {
  const seen = corpus.decisionsSeenBy(links);
  let kept = keptVerdicts.get(links);
  if (!kept || kept.seen !== seen) keptVerdicts.set(links, (kept = { seen, bits: verdictsIn(corpus, links) }));
  return kept.bits;
}

/** The verdicts of `bucketVerdicts`' bits, worst first (shared lists). */
export const verdictsOf = (bits: number): ReadonlyArray<Finding['verdict']> => VERDICT_LISTS[bits];

/** (`seen`: `Corpus.decisionsSeenBy` when the bits were found) */
const keptVerdicts = new WeakMap<BucketLinks, { seen: number; bits: ReadonlyMap<FigureEntry, number> }>();

function verdictsIn(corpus: Corpus, links: BucketLinks): ReadonlyMap<FigureEntry, number> {
  const bitsOf = new Map<FigureEntry, number>();
  for (let k = 0; k < links.size; k++) {
    const { verdict } = links.comparisonOf(k);
    if (verdict === 'consistent') continue;
    const a = links.list[links.placeOfA(k)],
      b = links.list[links.placeOfB(k)];
    // (a decision either way hides the pair: reviewed, or not the same figure)
    if (corpus.decisionAbout(a, b)) continue;
    bitsOf.set(a, (bitsOf.get(a) ?? 0) | (1 << RANK[verdict]));
    bitsOf.set(b, (bitsOf.get(b) ?? 0) | (1 << RANK[verdict]));
  }
  // (most buckets have no finding: one empty map for them all, 0.6 MB of heap fewer at 10,000 articles)
  return bitsOf.size ? bitsOf : NO_VERDICTS;
}

const NO_VERDICTS: ReadonlyMap<FigureEntry, number> = new Map();

export interface GroupRow {
  doc: string;
  start: number;
  end: number;
  written: string;
  qualifier: string;
  date: string;
  place: string;
  attribution: string;
  verdict: Verdict | 'this figure' | `${Verdict} (reviewed)`;
}

/** The comparison group of a figure: itself and every figure it was compared with. */
export function comparisonGroup(
  corpus: Corpus,
  doc: string,
  index: number,
): { figure: Figure; reasons: string[]; rows: GroupRow[] } | undefined {
  const a = corpus.analysis(doc);
  const f = a?.figures.figures[index];
  if (!a || !f) return undefined;
  const cps = counterparts(corpus, corpus.linksOf(doc), doc, index);
  const row = (d: string, x: Figure, verdict: GroupRow['verdict']): GroupRow => ({
    doc: d,
    start: x.start,
    end: x.end,
    written: x.text,
    qualifier: x.qualifierText ?? x.qualifier,
    date: formatDate(x.day ?? corpus.analysis(d)?.figures.dateline),
    place: x.placeText ?? (x.nationwide ? 'nationwide' : '—'),
    attribution: x.attribution ?? '—',
    verdict,
  });
  return {
    figure: f,
    reasons: cps[0]?.reasons ?? [],
    rows: [
      row(doc, f, 'this figure'),
      ...cps.map((c) => row(c.other.doc, c.other.fig, c.reviewed ? `${c.verdict} (reviewed)` : c.verdict)),
    ],
  };
}

/** The hover on a figure: what it counts, then the table of its comparison group. */
export function figureHoverMarkdown(
  corpus: Corpus,
  doc: string,
  index: number,
  links: ArticleLinks,
): string | undefined {
  const g = comparisonGroup(corpus, doc, index);
  if (!g) return undefined;
  const f = g.figure;
  const lines: string[] = [];
  const kind = f.kind === 'count' ? 'count' : f.kind;
  const bits = [`**${f.text}** — ${kind}`];
  if (f.value !== null && f.kind !== 'date') bits.push(`value ${f.value.toLocaleString('en-US')}`);
  if (f.qualifier !== 'exact') bits.push(`${f.qualifierText ?? f.qualifier} (${f.qualifier})`);
  if (f.measure) bits.push(`counts: ${f.measure}`);
  if (f.placeText) bits.push(`in ${f.placeText}`);
  else if (f.nationwide) bits.push('nationwide');
  if (f.eventText) bits.push(f.eventText);
  if (f.sinceText) bits.push(f.sinceText);
  if (f.dayText) bits.push(`on ${f.dayText}`);
  if (f.attribution) bits.push(`attributed to ${f.attribution}`);
  if (f.quoted) bits.push('in a quotation');
  if (f.vague) bits.push('a vague quantity, not compared');
  if (f.subset) bits.push('part of another count, not compared');
  if (f.corrected) bits.push('put right or replaced as it was said, not compared');
  lines.push(bits.join(' · '));
  if (g.rows.length > 1) {
    lines.push(
      '',
      `Compared on: ${g.reasons.join(', ')}`,
      '',
      '| figure | hedge | article | date | place | attribution | verdict |',
      '|---|---|---|---|---|---|---|',
    );
    for (const r of g.rows) {
      const href = links.href(r.doc, r.start);
      const label = links.label(r.doc).replace(/\|/g, '\\|');
      lines.push(
        `| ${r.written} | ${r.qualifier} | ${href ? `[${label}](${href})` : label} | ${r.date} | ${r.place} | ` +
          `${r.attribution.replace(/\|/g, '\\|')} | ${r.verdict} |`,
      );
    }
  } else if (f.kind === 'count' || f.kind === 'money' || f.kind === 'percent' || f.kind === 'age') {
    lines.push('', 'No other article gives this figure.');
  }
  return lines.join('\n');
}
