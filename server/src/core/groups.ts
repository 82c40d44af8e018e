import type { Corpus } from './corpus';
import type { FigureEntry, Verdict } from './figures/compare';
import type { Figure } from './figures/types';

/** Comparison groups: figures linked to one another (directly or through others), for the corpus report. */

export interface GroupMember {
  doc: string;
  index: number;
  fig: Figure;
  /** The worst verdict this figure has within the group ("consistent" when it agrees with all). */
  verdict: Verdict;
}

export interface ComparisonGroup {
  /** What the group counts and where: "arrests (Operation Safe City, nationwide)". */
  label: string;
  verdict: Verdict;
  members: GroupMember[];
}

const RANK: Record<Verdict, number> = { conflict: 0, rounding: 1, updated: 2, consistent: 3 };

export function comparisonGroups(corpus: Corpus): ComparisonGroup[] {
  // (figures by their entries: the corpus's links hold one entry per figure, and a large corpus has
  // hundreds of thousands of links, too many to make a string key for each end)
  const parent = new Map<FigureEntry, FigureEntry>();
  const find = (k: FigureEntry): FigureEntry => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const members = new Map<FigureEntry, GroupMember>();
  const reasons = new Map<FigureEntry, string[]>();
  for (const l of corpus.allLinks()) {
    const decision = l.verdict === 'consistent' ? undefined : corpus.decisionAbout(l.a, l.b)?.decision;
    if (decision === 'different') continue;
    const verdict: Verdict = decision === 'reviewed' ? 'consistent' : l.verdict;
    for (const e of [l.a, l.b]) {
      const m = members.get(e);
      if (!m) members.set(e, { doc: e.doc, index: e.index, fig: e.fig, verdict });
      else if (RANK[verdict] < RANK[m.verdict]) m.verdict = verdict;
      if (!parent.has(e)) parent.set(e, e);
    }
    const ra = find(l.a),
      rb = find(l.b);
    if (ra !== rb) parent.set(ra, rb);
    if (!reasons.has(l.a)) reasons.set(l.a, l.reasons);
  }
  const groups = new Map<FigureEntry, Array<[FigureEntry, GroupMember]>>();
  for (const [e, m] of members) {
    const root = find(e);
    const list = groups.get(root);
    if (list) list.push([e, m]);
    else groups.set(root, [[e, m]]);
  }
  const out: ComparisonGroup[] = [];
  // (in the order `localeCompare` gives the articles, by their ranks)
  const ranks = corpus.articleRanks();
  const rank = (d: string) => ranks.get(d) ?? 0;
  for (const pairs of groups.values()) {
    pairs.sort(([, a], [, b]) => rank(a.doc) - rank(b.doc) || a.fig.start - b.fig.start);
    const list = pairs.map(([, m]) => m);
    const verdict = list.reduce<Verdict>((v, m) => (RANK[m.verdict] < RANK[v] ? m.verdict : v), 'consistent');
    const why = pairs.map(([e]) => reasons.get(e)).find(Boolean) ?? [];
    const f = list[0].fig;
    const head = f.kind === 'age' ? 'age' : (f.measureLabel ?? f.measure ?? f.kind);
    out.push({ label: `${head}${why.length > 1 ? ` (${why.slice(1).join(', ')})` : ''}`, verdict, members: list });
  }
  return out.sort(
    (a, b) =>
      RANK[a.verdict] - RANK[b.verdict] || b.members.length - a.members.length || a.label.localeCompare(b.label),
  );
}
