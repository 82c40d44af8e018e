import type { Corpus } from './corpus';
import { bucketVerdicts, verdictsOf, type Finding } from './findings';
import type { Verdict } from './figures/compare';
import type { Figure } from './figures/types';
import type { BucketLinks } from './figures/links';

/**
 * Comparison groups: figures linked to one another (directly or through others), for the corpus report and
 * the review panel.
 */

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
const VERDICTS: Verdict[] = ['conflict', 'rounding', 'updated', 'consistent'];

/** The groups, worst first (the corpus report's). */
export function comparisonGroups(corpus: Corpus): ComparisonGroup[] {
  // (in the order `localeCompare` gives the articles, by their ranks)
  const ranks = corpus.articleRanks();
  const out: ComparisonGroup[] = [];
  // a group's figures are linked, and links stay in their bucket: each bucket's groups are found apart
  for (const links of corpus.linkBuckets())
    for (const { group } of groupsIn(corpus, links, ranks, false)) out.push(group);
  return worstFirst(out);
}

/** A group with a finding, and its members' findings. */
export interface DisagreeingGroup extends ComparisonGroup {
  /** Each member's findings' verdicts, worst first, as its diagnostics give them; undefined when it has none. */
  findings: Array<ReadonlyArray<Finding['verdict']> | undefined>;
}

/**
 * The groups with a verdict other than consistent, worst first, each with its members' findings (the review
 * panel's, asked for after every edit and decision while it is shown: each bucket's are kept while its links
 * and the reviewer's decisions about its figures stay the same, and are shared: not to be changed). An
 * article added or removed changes the table of ranks, not the order of the others: a bucket it is not in
 * keeps its groups.
 */
export function disagreeingGroups(corpus: Corpus): DisagreeingGroup[] {
  const ranks = corpus.articleRanks();
  const out: DisagreeingGroup[] = [];
  for (const links of corpus.linkBuckets()) {
    const seen = corpus.decisionsSeenBy(links);
    let kept = disagreeing.get(links);
    if (!kept || kept.seen !== seen) {
      // (a figure's findings are in its bucket: its links never leave it)
      const bits = bucketVerdicts(corpus, links);
      const groups = groupsIn(corpus, links, ranks, true).map(({ group, places }) => ({
        ...group,
        findings: places.map((p) => {
          const b = bits.get(links.list[p]);
          return b === undefined ? undefined : verdictsOf(b);
        }),
      }));
      kept = { seen, groups };
      disagreeing.set(links, kept);
    }
    for (const g of kept.groups) out.push(g);
  }
  return worstFirst(out);
}

const worstFirst = <G extends ComparisonGroup>(groups: G[]): G[] =>
  groups.sort(
    (a, b) =>
      RANK[a.verdict] - RANK[b.verdict] || b.members.length - a.members.length || a.label.localeCompare(b.label),
  );

/** A bucket's groups with a finding, and what they were found with (`seen`: `Corpus.decisionsSeenBy` then). */
const disagreeing = new WeakMap<BucketLinks, { seen: number; groups: DisagreeingGroup[] }>();

/**
 * One bucket's groups, each with its members' places in the bucket's list, by the places of its figures (a
 * large corpus has a million links, too many for maps).
 */
function groupsIn(
  corpus: Corpus,
  links: BucketLinks,
  ranks: ReadonlyMap<string, number>,
  disagreeingOnly: boolean,
): Array<{ group: ComparisonGroup; places: number[] }> {
  // (each place's article's rank, as the bucket keeps it for its findings: asked for when a group is sorted)
  let rank: Int32Array | undefined;
  const out: Array<{ group: ComparisonGroup; places: number[] }> = [];
  const list = links.list;
  const parent = new Int32Array(list.length).fill(-1); // -1: in no link that counts
  const worst = new Int8Array(list.length);
  const reasons: Array<string[] | undefined> = new Array(list.length);
  const order: number[] = []; // places as first linked
  const enter = (p: number, r: number) => {
    if (parent[p] < 0) {
      parent[p] = p;
      worst[p] = r;
      order.push(p);
    } else if (r < worst[p]) worst[p] = r;
  };
  const find = (p: number): number => {
    let r = p;
    while (parent[r] !== r) r = parent[r];
    parent[p] = r;
    return r;
  };
  for (let k = 0; k < links.size; k++) {
    const c = links.comparisonOf(k);
    const a = links.placeOfA(k),
      b = links.placeOfB(k);
    const decision = c.verdict === 'consistent' ? undefined : corpus.decisionAbout(list[a], list[b])?.decision;
    if (decision === 'different') continue;
    const r = RANK[decision === 'reviewed' ? 'consistent' : c.verdict];
    enter(a, r);
    enter(b, r);
    const ra = find(a),
      rb = find(b);
    if (ra !== rb) parent[ra] = rb;
    reasons[a] ??= c.reasons;
  }
  const groups = new Map<number, number[]>();
  for (const p of order) {
    const root = find(p);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  }
  for (const places of groups.values()) {
    const verdict = VERDICTS[places.reduce((w, p) => Math.min(w, worst[p]), RANK.consistent)];
    if (disagreeingOnly && verdict === 'consistent') continue;
    const at = (rank ??= links.ranksIn(ranks));
    places.sort((x, y) => at[x] - at[y] || list[x].fig.start - list[y].fig.start);
    const members = places.map((p) => ({
      doc: list[p].doc,
      index: list[p].index,
      fig: list[p].fig,
      verdict: VERDICTS[worst[p]],
    }));
    const why = places.map((p) => reasons[p]).find(Boolean) ?? [];
    const f = members[0].fig;
    const head = f.kind === 'age' ? 'age' : (f.measureLabel ?? f.measure ?? f.kind);
    const label = `${head}${why.length > 1 ? ` (${why.slice(1).join(', ')})` : ''}`;
    out.push({ group: { label, verdict, members }, places });
  }
  return out;
}
