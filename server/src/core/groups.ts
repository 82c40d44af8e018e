import type { Corpus } from './corpus';
import type { Verdict } from './figures/compare';
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
  const key = (e: { doc: string; index: number }) => `${e.doc}\u0000${e.index}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const members = new Map<string, GroupMember>();
  const reasons = new Map<string, string[]>();
  for (const l of corpus.allLinks()) {
    const decision = l.verdict === 'consistent' ? undefined : corpus.decisionAbout(l.a, l.b)?.decision;
    if (decision === 'different') continue;
    const verdict: Verdict = decision === 'reviewed' ? 'consistent' : l.verdict;
    for (const e of [l.a, l.b]) {
      const k = key(e);
      const m = members.get(k);
      if (!m) members.set(k, { doc: e.doc, index: e.index, fig: e.fig, verdict });
      else if (RANK[verdict] < RANK[m.verdict]) m.verdict = verdict;
      if (!parent.has(k)) parent.set(k, k);
    }
    const ra = find(key(l.a)),
      rb = find(key(l.b));
    if (ra !== rb) parent.set(ra, rb);
    if (!reasons.has(key(l.a))) reasons.set(key(l.a), l.reasons);
  }
  const groups = new Map<string, GroupMember[]>();
  for (const [k, m] of members) {
    const root = find(k);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  const out: ComparisonGroup[] = [];
  // (in the order `localeCompare` gives the articles, by their ranks)
  const ranks = corpus.articleRanks();
  const rank = (d: string) => ranks.get(d) ?? 0;
  for (const list of groups.values()) {
    list.sort((a, b) => rank(a.doc) - rank(b.doc) || a.fig.start - b.fig.start);
    const verdict = list.reduce<Verdict>((v, m) => (RANK[m.verdict] < RANK[v] ? m.verdict : v), 'consistent');
    const why = list.map((m) => reasons.get(key(m))).find(Boolean) ?? [];
    const f = list[0].fig;
    const head = f.kind === 'age' ? 'age' : (f.measureLabel ?? f.measure ?? f.kind);
    out.push({ label: `${head}${why.length > 1 ? ` (${why.slice(1).join(', ')})` : ''}`, verdict, members: list });
  }
  return out.sort(
    (a, b) =>
      RANK[a.verdict] - RANK[b.verdict] || b.members.length - a.members.length || a.label.localeCompare(b.label),
  );
}
