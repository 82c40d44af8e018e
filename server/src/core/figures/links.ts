import { bucketKey, compare, oneList, type Comparison, type FigureEntry, type Verdict } from './compare';
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
  private readonly docBuckets = new Map<string, Set<string>>();
  private readonly docEntries = new Map<string, FigureEntry[]>();
  private readonly dirty = new Set<string>();
  private readonly touched = new Set<string>();
  /** A number per figure entry, for signatures: a figure changed by an edit has a new entry, so a new number. */
  private readonly ids = new WeakMap<FigureEntry, number>();
  private lastId = 0;
  /** Article → bucket → the links of that bucket that involve the article. */
  private readonly byDoc = new Map<string, Map<string, FigureLink[]>>();

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
      // an article is touched only when its links in this bucket are not what they were: a bucket of a
      // large corpus holds thousands of articles, and one edit changes the links of a few
      const old = this.links.get(key) ?? [];
      const before = old.length ? this.signatures(old) : new Map<string, string[]>();
      for (const l of old) {
        this.byDoc.get(l.a.doc)?.delete(key);
        this.byDoc.get(l.b.doc)?.delete(key);
      }
      const list = this.buckets.get(key);
      const found = list ? linksIn(list) : [];
      if (found.length) this.links.set(key, found);
      else this.links.delete(key);
      for (const l of found) {
        this.index(l.a.doc, key, l);
        if (l.b.doc !== l.a.doc) this.index(l.b.doc, key, l);
      }
      // (a bucket made for the first time, as when a corpus is read, touches all its articles)
      if (!old.length) for (const l of found) this.touched.add(l.a.doc).add(l.b.doc);
      else {
        const after = this.signatures(found);
        for (const [d, sig] of after) if (!sameList(before.get(d), sig)) this.touched.add(d);
        for (const d of before.keys()) if (!after.has(d)) this.touched.add(d);
      }
    }
    this.dirty.clear();
  }

  /**
   * Per article, its findings' links as text (both figure entries and the verdict) in the order they were
   * made, which is the same while the bucket's classes are (links in another order only cost a republish).
   * Consistent pairs are left out: they make no finding (hovers, which show them, are asked for, not published).
   */
  private signatures(links: FigureLink[]): Map<string, string[]> {
    const parts = new Map<string, string[]>();
    for (const l of links) {
      if (l.verdict === 'consistent') continue;
      const sig = `${this.id(l.a)} ${this.id(l.b)} ${l.verdict} ${l.revisedDown ?? ''} ${l.reasons.join('\u0001')}`;
      push(parts, l.a.doc, sig);
      if (l.b.doc !== l.a.doc) push(parts, l.b.doc, sig);
    }
    return parts;
  }

  private id(e: FigureEntry): number {
    let id = this.ids.get(e);
    if (id === undefined) this.ids.set(e, (id = ++this.lastId));
    return id;
  }

  private index(doc: string, key: string, l: FigureLink): void {
    let m = this.byDoc.get(doc);
    if (!m) this.byDoc.set(doc, (m = new Map()));
    const list = m.get(key);
    if (list) list.push(l);
    else m.set(key, [l]);
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
    return [...(this.byDoc.get(doc)?.values() ?? [])].flat();
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
  const out = new LinkSink();
  const byEvent = new Map<string, FigureEntry[]>();
  const dated: FigureEntry[] = [];
  const undatedByDoc = new Map<string, FigureEntry[]>();
  const explicit = new Map<string, FigureEntry[]>();
  const lasting: FigureEntry[] = [];
  const anchored = new Map<string, FigureEntry[]>();
  for (const e of list) {
    const f = e.fig;
    // a depth or a height is the same on any day: every report of it meets every other
    if (isLasting(f)) {
      lasting.push(e);
      continue;
    }
    if (f.event) push(byEvent, f.event, e);
    // dated figures meet across articles of the same week, event or not (pairs of two events were compared above)
    if (e.articleDate !== undefined) dated.push(e);
    if (f.event) continue;
    // figures of one dated article met each other in `dated` already
    if (e.articleDate === undefined) push(undatedByDoc, e.doc, e);
    if (e.anchor !== undefined) push(anchored, e.anchor, e);
    // undated articles meet other articles only on a named city or county
    if (f.placeId && !/^(country|state):/.test(f.placeId))
      push(explicit, `${f.placeId}|${f.since ?? ''}|${f.year ?? ''}`, e);
  }
  classLinks(lasting, out, false);
  for (const group of byEvent.values()) classLinks(group, out, false);
  classLinks(dated, out, true, (a, b) => !(a.fig.event && b.fig.event));
  for (const group of undatedByDoc.values()) classLinks(group, out, false);
  // across articles, at least one of them undated (dated pairs were compared above): anniversary pieces of
  // one day and one span of years, and figures of one named city or county
  const undatedPair = (a: FigureEntry, b: FigureEntry) =>
    a.doc !== b.doc && (a.articleDate === undefined || b.articleDate === undefined);
  for (const group of anchored.values()) pairwise(group, out, undatedPair);
  for (const group of explicit.values()) pairwise(group, out, undatedPair);
  return prune(out.links);
}

/**
 * Collects links, dropping one as soon as both its figures already have their fill of that
 * verdict: what `prune` would drop anyway. Keeps memory linear in the figures when one article
 * or one bucket holds thousands of figures that all disagree.
 */
class LinkSink {
  readonly links: FigureLink[] = [];
  private readonly counts = new Map<FigureEntry, Uint32Array>();

  /**
   * Links `a` and `b` with the verdict of `c` unless both are full; the link is made only when kept (a class
   * of thousands of equal figures meets every conflicting class, and most of those links would be dropped).
   */
  add(a: FigureEntry, b: FigureEntry, c: Comparison): void {
    const rank = SEVERITY_RANK[c.verdict];
    const ca = this.countOf(a),
      cb = this.countOf(b);
    if (ca[rank] >= MAX_LINKS_PER_FIGURE && cb[rank] >= MAX_LINKS_PER_FIGURE) return;
    ca[rank]++;
    cb[rank]++;
    this.links.push({ a, b, ...c });
  }

  private countOf(e: FigureEntry): Uint32Array {
    let c = this.counts.get(e);
    if (!c) this.counts.set(e, (c = new Uint32Array(4)));
    return c;
  }
}

/** At most this many counterparts per figure are kept: the most severe first. */
const MAX_LINKS_PER_FIGURE = 12;
const SEVERITY_RANK: Record<string, number> = { conflict: 0, rounding: 1, updated: 2, consistent: 3 };

/** Keeps a link while either of its figures has room, so every figure keeps its worst verdicts. */
function prune(links: FigureLink[]): FigureLink[] {
  if (links.length <= MAX_LINKS_PER_FIGURE) return links;
  const count = new Map<FigureEntry, number>();
  const kept: FigureLink[] = [];
  for (const l of links.sort((x, y) => SEVERITY_RANK[x.verdict] - SEVERITY_RANK[y.verdict])) {
    const ca = count.get(l.a) ?? 0,
      cb = count.get(l.b) ?? 0;
    if (ca >= MAX_LINKS_PER_FIGURE && cb >= MAX_LINKS_PER_FIGURE) continue;
    count.set(l.a, ca + 1);
    count.set(l.b, cb + 1);
    kept.push(l);
  }
  return kept;
}

function sameList(x: string[] | undefined, y: string[]): boolean {
  return x?.length === y.length && x.every((s, i) => s === y[i]);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function pairwise(group: FigureEntry[], out: LinkSink, when: (a: FigureEntry, b: FigureEntry) => boolean): void {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i],
        b = group[j];
      if (!when(a, b)) continue;
      const c = compare(a, b);
      if (c) out.add(a, b, c);
    }
}

function classLinks(
  list: FigureEntry[],
  out: LinkSink,
  byDate: boolean,
  when: (a: FigureEntry, b: FigureEntry) => boolean = () => true,
): void {
  const classes = new Map<string, FigureEntry[]>();
  for (const e of list) {
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
    push(classes, key, e);
  }
  const reps = [...classes.values()];
  if (byDate) reps.sort((x, y) => (x[0].articleDate ?? 0) - (y[0].articleDate ?? 0));
  for (let i = 0; i < reps.length; i++) {
    const ci = reps[i];
    // members of one class are equal: each is linked to the class's first two (corroboration, not a finding)
    for (let k = 1; k < ci.length; k++)
      for (let r = 0; r < Math.min(k, 2); r++) {
        const rep = ci[r];
        if (!when(rep, ci[k])) continue;
        const c = compare(rep, ci[k]);
        if (c) out.add(rep, ci[k], c);
      }
    const ciFirst = ci.slice(0, LINKS_PER_CLASS);
    for (let j = i + 1; j < reps.length; j++) {
      const cj = reps[j];
      if (byDate && (cj[0].articleDate ?? 0) - (ci[0].articleDate ?? 0) > WEEK) break;
      if (!when(ci[0], cj[0])) continue;
      const c = compare(ci[0], cj[0]);
      if (!c) continue;
      // every figure of one class gets a few counterparts from the other: enough to point at, bounded in size
      // (members listed by one voice in one sentence stay apart, as `compare` keeps them)
      const cjFirst = cj.slice(0, LINKS_PER_CLASS);
      for (const x of ci)
        for (const y of cjFirst) if ((x.doc !== y.doc || x.index !== y.index) && !oneList(x, y)) out.add(x, y, c);
      for (let k = LINKS_PER_CLASS; k < cj.length; k++)
        for (const x of ciFirst) if (!oneList(x, cj[k])) out.add(x, cj[k], c);
    }
  }
}

export const VERDICT_ORDER: Verdict[] = ['conflict', 'rounding', 'updated', 'consistent'];
