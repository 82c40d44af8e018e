import {
  bucketKey,
  comparison,
  meet,
  MEETS_NOT,
  oneList,
  type Comparison,
  type FigureEntry,
  type Verdict,
} from './compare';
import { isLasting } from './units';

/** A pair of figures that were compared, with the verdict. */
export interface FigureLink extends Comparison {
  a: FigureEntry;
  b: FigureEntry;
}

/**
 * Figures of the whole corpus grouped in buckets (kind, measure, place). A change to one article
 * marks only the buckets its old and new figures fall in; they are recomputed on the next query,
 * so indexing a whole corpus compares each bucket once. The articles touched are remembered.
 */
export class LinkIndex {
  private readonly buckets = new Map<string, FigureEntry[]>();
  private readonly links = new Map<string, FigureLink[]>();
  /** Bucket → article → the links of that bucket that involve the article. */
  private readonly byDoc = new Map<string, Map<string, FigureLink[]>>();
  private readonly docBuckets = new Map<string, Set<string>>();
  private readonly docEntries = new Map<string, FigureEntry[]>();
  private readonly dirty = new Set<string>();
  private readonly touched = new Set<string>();

  /** Replaces an article's figures (the very same entries again change nothing). */
  setDocument(doc: string, entries: FigureEntry[]): void {
    const before = this.docEntries.get(doc);
    if (before?.length === entries.length && before.every((e, i) => e === entries[i])) return;
    this.removeDocument(doc);
    this.docEntries.set(doc, entries);
    const keys = new Set<string>();
    for (const e of entries) {
      const key = bucketKey(e);
      if (!key) continue;
      keys.add(key);
      this.dirty.add(key);
      let list = this.buckets.get(key);
      if (!list) this.buckets.set(key, (list = []));
      list.push(e);
    }
    this.docBuckets.set(doc, keys);
  }

  removeDocument(doc: string): void {
    this.touched.add(doc);
    for (const key of this.docBuckets.get(doc) ?? []) {
      this.dirty.add(key);
      const list = this.buckets.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e.doc !== doc);
      if (kept.length) this.buckets.set(key, kept);
      else this.buckets.delete(key);
    }
    this.docBuckets.delete(doc);
    this.docEntries.delete(doc);
  }

  /** Whether the article has figures here. */
  holds(doc: string): boolean {
    return !!this.docEntries.get(doc)?.length;
  }

  private flush(): void {
    if (!this.dirty.size) return;
    for (const key of this.dirty) {
      const list = this.buckets.get(key);
      const found = list ? linksIn(list) : [];
      const now = new Map<string, FigureLink[]>();
      for (const l of found) {
        add(now, l.a.doc, l);
        if (l.b.doc !== l.a.doc) add(now, l.b.doc, l);
      }
      // an article is touched only when its links in this bucket are not what they were: a bucket of a
      // large corpus holds thousands of articles, and one edit changes the links of a few (a bucket made
      // for the first time, as when a corpus is read, touches all its articles)
      const was = this.byDoc.get(key);
      if (!was) for (const d of now.keys()) this.touched.add(d);
      else {
        for (const [d, links] of was) if (!sameFindings(links, now.get(d))) this.touched.add(d);
        for (const [d, links] of now) if (!was.has(d) && !sameFindings(undefined, links)) this.touched.add(d);
      }
      if (found.length) {
        this.links.set(key, found);
        this.byDoc.set(key, now);
      } else {
        this.links.delete(key);
        this.byDoc.delete(key);
      }
    }
    this.dirty.clear();
  }

  /** Articles whose findings may have changed since the last call. */
  takeTouched(): string[] {
    this.flush();
    const out = [...this.touched];
    this.touched.clear();
    return out;
  }

  /** Every link (consistent ones included) that involves this article. */
  linksOf(doc: string): FigureLink[] {
    this.flush();
    const out: FigureLink[] = [];
    for (const key of this.docBuckets.get(doc) ?? []) for (const l of this.byDoc.get(key)?.get(doc) ?? []) out.push(l);
    return out;
  }

  allLinks(): FigureLink[] {
    this.flush();
    return [...this.links.values()].flat();
  }
}

const LINKS_PER_CLASS = 3;
const WEEK = 7 * 86_400_000;

/**
 * All compared pairs in one bucket, found without comparing every figure with every other:
 * figures of one named event together; dated figures within a week of each other; undated ones
 * within their own article, or across articles only where place and stated time are explicit.
 * Figures with the same value, hedge and scope form one class, so repeats cost classes², not figures².
 */
export function linksIn(entries: FigureEntry[]): FigureLink[] {
  // in article order, so that which members represent a class does not depend on the order of edits
  const list = [...entries].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.index - b.index));
  const out = new LinkSink(list);
  // (figures are named by their place in the list: the sink counts links per figure in one typed array)
  const byEvent = new Map<string, number[]>();
  const dated: number[] = [];
  const undatedByDoc = new Map<string, number[]>();
  const explicit = new Map<string, number[]>();
  const lasting: number[] = [];
  const anchored = new Map<string, number[]>();
  for (let p = 0; p < list.length; p++) {
    const e = list[p];
    const f = e.fig;
    // a depth or a height is the same on any day: every report of it meets every other
    if (isLasting(f)) {
      lasting.push(p);
      continue;
    }
    if (f.event) add(byEvent, f.event, p);
    // dated figures meet across articles of the same week, event or not (pairs of two events were compared above)
    if (e.articleDate !== undefined) dated.push(p);
    if (f.event) continue;
    // figures of one dated article met each other in `dated` already
    if (e.articleDate === undefined) add(undatedByDoc, e.doc, p);
    if (e.anchor !== undefined) add(anchored, e.anchor, p);
    // undated articles meet other articles only on a named city or county
    if (f.placeId && !/^(country|state):/.test(f.placeId))
      add(explicit, `${f.placeId}|${f.since ?? ''}|${f.year ?? ''}`, p);
  }
  classLinks(list, lasting, out, false);
  for (const group of byEvent.values()) classLinks(list, group, out, false);
  classLinks(list, dated, out, true, (a, b) => !(a.fig.event && b.fig.event));
  for (const group of undatedByDoc.values()) classLinks(list, group, out, false);
  // across articles, at least one of them undated (dated pairs were compared above): anniversary pieces of
  // one day and one span of years, and figures of one named city or county
  for (const group of anchored.values()) undatedPairs(list, group, out);
  for (const group of explicit.values()) undatedPairs(list, group, out);
  return prune(out);
}

/**
 * Collects links, dropping one as soon as both its figures already have their fill of that
 * verdict: what `prune` would drop anyway. Keeps memory linear in the figures when one article
 * or one bucket holds thousands of figures that all disagree.
 */
class LinkSink {
  readonly links: FigureLink[] = [];
  /** Each link's two figures, as places in the list. */
  readonly ends: number[] = [];
  /** Links per figure and verdict (by severity rank). */
  private readonly counts: Uint32Array;
  /** Told when a figure gets its fill of a verdict. */
  onFull: ((p: number, rank: number) => void) | undefined;
  /** Scratch for `classLinks`: each figure's class in the group being linked. */
  readonly classOf: Int32Array;

  constructor(readonly list: FigureEntry[]) {
    this.counts = new Uint32Array(list.length * 4);
    this.classOf = new Int32Array(list.length);
  }

  /** Whether the figure has its fill of a verdict. */
  full(p: number, rank: number): boolean {
    return this.counts[p * 4 + rank] >= MAX_LINKS_PER_FIGURE;
  }

  /**
   * Whether a link of the figures at `i` and `j` would be kept: not both have their fill. The link is made
   * only then (a class of thousands of equal figures meets every conflicting class, and most of those links
   * would be dropped).
   */
  room(i: number, j: number, rank: number): boolean {
    return this.counts[i * 4 + rank] < MAX_LINKS_PER_FIGURE || this.counts[j * 4 + rank] < MAX_LINKS_PER_FIGURE;
  }

  /** Links two figures that have `room`. */
  link(i: number, j: number, rank: number, c: Comparison): void {
    this.count(i, rank);
    this.count(j, rank);
    this.links.push({ a: this.list[i], b: this.list[j], ...c });
    this.ends.push(i, j);
  }

  private count(p: number, rank: number): void {
    if (++this.counts[p * 4 + rank] === MAX_LINKS_PER_FIGURE) this.onFull?.(p, rank);
  }

  /** Links two figures unless both have their fill, the comparison made only then. */
  meet(i: number, j: number): void {
    const a = this.list[i],
      b = this.list[j];
    const meets = meet(a, b);
    if (meets === MEETS_NOT) return;
    const rank = RANK_OF_MEETS[meets];
    if (this.room(i, j, rank)) this.link(i, j, rank, comparison(a, b, meets));
  }
}

/** At most this many counterparts per figure are kept: the most severe first. */
const MAX_LINKS_PER_FIGURE = 12;
const SEVERITY_RANK: Record<string, number> = { conflict: 0, rounding: 1, updated: 2, consistent: 3 };
/** The severity rank of what `meet` says. */
const RANK_OF_MEETS = [-1, 0, 0, 1, 2, 3];

/** Keeps a link while either of its figures has room, so every figure keeps its worst verdicts. */
function prune({ links, ends, list }: LinkSink): FigureLink[] {
  if (links.length <= MAX_LINKS_PER_FIGURE) return links;
  // the most severe first, in the order they were made (as a stable sort by severity gives them)
  const byRank: number[][] = [[], [], [], []];
  links.forEach((l, k) => byRank[SEVERITY_RANK[l.verdict]].push(k));
  const count = new Uint32Array(list.length);
  const kept: FigureLink[] = [];
  for (const ks of byRank)
    for (const k of ks) {
      const i = ends[2 * k],
        j = ends[2 * k + 1];
      if (count[i] >= MAX_LINKS_PER_FIGURE && count[j] >= MAX_LINKS_PER_FIGURE) continue;
      count[i]++;
      count[j]++;
      kept.push(links[k]);
    }
  return kept;
}

/**
 * Whether two lists of an article's links make the same findings: the same figure entries (a figure changed
 * by an edit has a new entry) with the same verdicts, in the same order, which is the same while the
 * bucket's classes are (links in another order only cost a republish). Consistent pairs are left out: they
 * make no finding (hovers, which show them, are asked for, not published).
 */
function sameFindings(x: FigureLink[] = [], y: FigureLink[] = []): boolean {
  let i = 0,
    j = 0;
  for (;;) {
    while (i < x.length && x[i].verdict === 'consistent') i++;
    while (j < y.length && y[j].verdict === 'consistent') j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    const l = x[i++],
      m = y[j++];
    if (l.a !== m.a || l.b !== m.b || l.verdict !== m.verdict || l.revisedDown !== m.revisedDown) return false;
    if (l.reasons.length !== m.reasons.length || l.reasons.some((r, k) => r !== m.reasons[k])) return false;
  }
}

function add<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * The group's pairs of figures of two articles, at least one of them undated, in the group's order. A dated
 * figure goes only through the undated ones after it: a city's group holds thousands of dated figures.
 */
function undatedPairs(list: FigureEntry[], group: number[], out: LinkSink): void {
  const undated: number[] = []; // places in the group
  group.forEach((p, k) => {
    if (list[p].articleDate === undefined) undated.push(k);
  });
  let next = 0; // the first undated figure after the one at i
  for (let i = 0; i < group.length && undated.length; i++) {
    while (next < undated.length && undated[next] <= i) next++;
    const doc = list[group[i]].doc;
    if (list[group[i]].articleDate === undefined) {
      for (let j = i + 1; j < group.length; j++) if (list[group[j]].doc !== doc) out.meet(group[i], group[j]);
    } else
      for (let k = next; k < undated.length; k++) {
        const j = undated[k];
        if (list[group[j]].doc !== doc) out.meet(group[i], group[j]);
      }
  }
}

function classLinks(
  list: FigureEntry[],
  group: number[],
  out: LinkSink,
  byDate: boolean,
  when: (a: FigureEntry, b: FigureEntry) => boolean = () => true,
): void {
  const classes = new Map<string, number[]>();
  for (const p of group) {
    const e = list[p];
    const f = e.fig;
    const key = [
      f.value,
      f.qualifier,
      f.interval.lo,
      f.interval.hi,
      f.since,
      f.day,
      f.dayText,
      f.year,
      f.placeId,
      f.event,
      byDate ? e.articleDate : '',
      e.personId,
    ].join('|');
    add(classes, key, p);
  }
  const reps = [...classes.values()];
  const first = (c: number[]) => list[c[0]];
  if (byDate) reps.sort((x, y) => (first(x).articleDate ?? 0) - (first(y).articleDate ?? 0));
  // (made once: a bucket of thousands of values has millions of pairs of classes)
  const firsts = reps.map((c) => c.slice(0, LINKS_PER_CLASS));
  const heads = reps.map(first);
  // how many members of each class have their fill of each verdict: once two classes are full of what they
  // say of each other, every link between them would be dropped (in a bucket of thousands of values, most
  // pairs of classes are)
  const full = new Uint32Array(reps.length * 4);
  reps.forEach((c, k) => {
    for (const p of c) {
      out.classOf[p] = k;
      for (let rank = 0; rank < 4; rank++) if (out.full(p, rank)) full[k * 4 + rank]++;
    }
  });
  out.onFull = (p, rank) => full[out.classOf[p] * 4 + rank]++;
  for (let i = 0; i < reps.length; i++) {
    const ci = reps[i];
    // members of one class are equal: each is linked to the class's first two (corroboration, not a finding)
    for (let k = 1; k < ci.length; k++)
      for (let r = 0; r < Math.min(k, 2); r++) if (when(list[ci[r]], list[ci[k]])) out.meet(ci[r], ci[k]);
    const ciFirst = firsts[i];
    const a = heads[i];
    for (let j = i + 1; j < reps.length; j++) {
      const cj = reps[j];
      const b = heads[j];
      if (byDate && (b.articleDate ?? 0) - (a.articleDate ?? 0) > WEEK) break;
      if (!when(a, b)) continue;
      const meets = meet(a, b);
      if (meets === MEETS_NOT) continue;
      const rank = RANK_OF_MEETS[meets];
      if (full[i * 4 + rank] === ci.length && full[j * 4 + rank] === cj.length) continue;
      let c: Comparison | undefined;
      // every figure of one class gets a few counterparts from the other: enough to point at, bounded in size
      // (members listed by one voice in one sentence stay apart, as `meet` keeps them)
      const cjFirst = firsts[j];
      for (const x of ci) {
        const ex = list[x];
        for (const y of cjFirst) {
          const ey = list[y];
          if (out.room(x, y, rank) && (ex.doc !== ey.doc || ex.index !== ey.index) && !oneList(ex, ey))
            out.link(x, y, rank, (c ??= comparison(a, b, meets)));
        }
      }
      for (let k = LINKS_PER_CLASS; k < cj.length; k++) {
        const ey = list[cj[k]];
        for (const x of ciFirst)
          if (out.room(x, cj[k], rank) && !oneList(list[x], ey))
            out.link(x, cj[k], rank, (c ??= comparison(a, b, meets)));
      }
    }
  }
  out.onFull = undefined;
}

export const VERDICT_ORDER: Verdict[] = ['conflict', 'rounding', 'updated', 'consistent'];
