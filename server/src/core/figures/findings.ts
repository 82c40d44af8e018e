import { bucketKey, compare, type Comparison, type FigureEntry, type Verdict } from './compare';

/** A pair of figures that were compared, with the verdict. */
export interface FigureLink extends Comparison {
  a: FigureEntry;
  b: FigureEntry;
}

/**
 * Figures of the whole corpus grouped in buckets (kind, measure, place). A change to one article
 * recomputes only the buckets its old and new figures fall in, and names the articles touched.
 */
export class FindingsIndex {
  private readonly entries = new Map<string, FigureEntry[]>();
  private readonly buckets = new Map<string, FigureEntry[]>();
  private readonly links = new Map<string, FigureLink[]>();
  private readonly docBuckets = new Map<string, Set<string>>();

  /** Replaces an article's figures; returns the articles whose findings may have changed. */
  setDocument(doc: string, entries: FigureEntry[]): Set<string> {
    const touchedKeys = new Set(this.docBuckets.get(doc) ?? []);
    this.removeEntries(doc);
    const keys = new Set<string>();
    for (const e of entries) {
      const key = bucketKey(e);
      if (!key) continue;
      keys.add(key);
      touchedKeys.add(key);
      let list = this.buckets.get(key);
      if (!list) this.buckets.set(key, (list = []));
      list.push(e);
    }
    this.entries.set(doc, entries);
    this.docBuckets.set(doc, keys);
    return this.recompute(touchedKeys, doc);
  }

  removeDocument(doc: string): Set<string> {
    const touchedKeys = new Set(this.docBuckets.get(doc) ?? []);
    this.removeEntries(doc);
    this.entries.delete(doc);
    this.docBuckets.delete(doc);
    return this.recompute(touchedKeys, doc);
  }

  private removeEntries(doc: string): void {
    for (const key of this.docBuckets.get(doc) ?? []) {
      const list = this.buckets.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e.doc !== doc);
      if (kept.length) this.buckets.set(key, kept); else this.buckets.delete(key);
    }
  }

  private recompute(keys: Set<string>, doc: string): Set<string> {
    const touched = new Set<string>([doc]);
    for (const key of keys) {
      for (const l of this.links.get(key) ?? []) { touched.add(l.a.doc); touched.add(l.b.doc); }
      const list = this.buckets.get(key);
      if (!list) { this.links.delete(key); continue; }
      const found = linksIn(list);
      if (found.length) this.links.set(key, found); else this.links.delete(key);
      for (const l of found) { touched.add(l.a.doc); touched.add(l.b.doc); }
    }
    return touched;
  }

  /** Every link (consistent ones included) that involves this article. */
  linksOf(doc: string): FigureLink[] {
    const out: FigureLink[] = [];
    for (const key of this.docBuckets.get(doc) ?? []) for (const l of this.links.get(key) ?? []) if (l.a.doc === doc || l.b.doc === doc) out.push(l);
    return out;
  }

  allLinks(): FigureLink[] {
    return [...this.links.values()].flat();
  }

  entriesOf(doc: string): FigureEntry[] {
    return this.entries.get(doc) ?? [];
  }
}

/**
 * All compared pairs in one bucket. Figures with the same value, hedge and scope form one class,
 * so a bucket of thousands of repeats costs classes², not figures².
 */
const LINKS_PER_CLASS = 5;

export function linksIn(list: FigureEntry[]): FigureLink[] {
  const classes = new Map<string, FigureEntry[]>();
  for (const e of list) {
    const f = e.fig;
    const undated = e.articleDate === undefined && !f.event;
    const key = [f.value, f.qualifier, f.interval.lo, f.interval.hi, f.event, f.since, f.day, f.dayText, f.year, e.articleDate, undated ? e.doc : '', e.personId].join('|');
    const c = classes.get(key);
    if (c) c.push(e); else classes.set(key, [e]);
  }
  const reps = [...classes.values()];
  const out: FigureLink[] = [];
  for (let i = 0; i < reps.length; i++) {
    const ci = reps[i];
    // members of one class are equal: consistent with each other
    for (let k = 1; k < ci.length; k++) {
      const c = compare(ci[0], ci[k]) ?? compare(ci[k], ci[0]);
      if (c) out.push({ a: ci[0], b: ci[k], ...c });
    }
    for (let j = i + 1; j < reps.length; j++) {
      const cj = reps[j];
      // compare representatives; undated classes differ per document, so check each member pair there
      const pairs = ci[0].articleDate === undefined || cj[0].articleDate === undefined ? ci.flatMap((a) => cj.map((b) => [a, b] as const)) : [[ci[0], cj[0]] as const];
      for (const [a, b] of pairs) {
        const c = compare(a, b);
        if (!c) continue;
        if (pairs.length === 1) {
          // every figure of one class gets a few counterparts from the other: enough to point at, bounded in size
          for (const x of ci) for (const y of cj.slice(0, LINKS_PER_CLASS)) out.push({ a: x, b: y, ...c });
          for (const y of cj.slice(LINKS_PER_CLASS)) for (const x of ci.slice(0, LINKS_PER_CLASS)) out.push({ a: x, b: y, ...c });
        } else out.push({ a, b, ...c });
      }
    }
  }
  return out;
}

export const VERDICT_ORDER: Verdict[] = ['conflict', 'rounding', 'updated', 'consistent'];
