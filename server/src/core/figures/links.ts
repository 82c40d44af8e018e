import {
  bucketKey,
  comparison,
  meet,
  MEETS_NOT,
  oneList,
  WIDE_PLACE,
  type Comparison,
  type FigureEntry,
} from './compare';
import { figureHashes, GroupPicks, pickedPairs, type NewItem } from './picks';
import type { Figure } from './types';
import { isLasting } from './units';
import { compareArticles, fileName } from '../article-names';
import { fnv1a, fnv1aFrom, FNV_OFFSET, grown } from '../text';

/** A pair of figures that were compared, with the verdict. */
export interface FigureLink extends Comparison {
  a: FigureEntry;
  b: FigureEntry;
}

/**
 * A link given one at a time (publishing an article reads hundreds): its bucket, its ends as places in the
 * bucket's list, and its comparison. (Places, not entries: most links a finding counts are never shown,
 * and reading both ends' entries of each was most of the time making an article's findings took.)
 */
export type LinkVisitor = (links: BucketLinks, pa: number, pb: number, c: Comparison) => void;

/**
 * Figures of the whole corpus grouped in buckets (kind, measure, place). A change to one article
 * marks only the buckets its old and new figures fall in; they are recomputed on the next query,
 * so indexing a whole corpus compares each bucket once. The articles touched are remembered.
 */
export class LinkIndex {
  private readonly buckets = new Map<string, FigureEntry[]>();
  private readonly links = new Map<string, BucketLinks>();
  /** Bucket → what its figures picked, kept so that comparing it again costs what changed. */
  private readonly picks = new Map<string, BucketPicks>();
  /**
   * Each article's buckets, by their keys as `buckets` holds them: a bucket's key is made again for every
   * figure that falls in it, and kept once (a set of copies per article was 5 MB at 10,000 articles).
   */
  private readonly docBuckets = new Map<string, string[]>();
  /** Each bucket's key, as kept: the one string `docBuckets` shares. */
  private readonly keys = new Map<string, string>();
  private readonly docEntries = new Map<string, FigureEntry[]>();
  private readonly dirty = new Set<string>();
  /** Buckets whose figures only moved in their articles, and those articles: their links are kept. */
  private readonly moved = new Map<string, Set<string>>();
  private readonly touched = new Set<string>();
  /** Set by `finish`: no article changes any more. */
  private finished = false;
  /**
   * Set by `renamed` until the buckets are compared again: a group's links, which its figures' hashes of
   * their articles' names picked, are then not copied from the last (see `GroupLinks`).
   */
  private namesChanged = false;

  /** `nameOf`: an article's name as its figures' hashes read it (see `figureHashes`). */
  constructor(private readonly nameOf: (doc: string) => string = fileName) {}

  /** The articles' names, as `nameOf` gives them, changed: every bucket is compared again, picking afresh. */
  renamed(): void {
    this.unfinished();
    for (const key of this.buckets.keys()) this.dirty.add(key);
    this.picks.clear();
    this.namesChanged = true;
    this.moved.clear();
  }

  /**
   * Replaces an article's figures (the very same entries again change nothing). `moved` maps a new entry
   * to the old one it reads as (only its place in the text changed): a bucket where the article's figures
   * are the same or moved keeps its links, with the new entries in the old ones' places.
   */
  setDocument(doc: string, entries: FigureEntry[], moved?: ReadonlyMap<FigureEntry, FigureEntry>): void {
    this.unfinished();
    const before = this.docEntries.get(doc);
    if (before?.length === entries.length && before.every((e, i) => e === entries[i])) return;
    this.touched.add(doc);
    // only the buckets where the article's figures changed are compared again: an edit that changes one
    // figure (the others keep their entries) leaves the article's other buckets, some of thousands of
    // figures, as they were
    const was = byBucket(before ?? []);
    const now = byBucket(entries);
    for (const key of new Set([...was.keys(), ...now.keys()])) {
      const x = was.get(key) ?? [],
        y = now.get(key) ?? [];
      const change = changeOf(x, y, moved);
      if (change === 'none') continue;
      // (while a corpus is read an article's figures are new: added, not filtered out of thousands)
      const list = this.buckets.get(key) ?? [];
      // the old figures, together where the list is in article order, replaced where they are: found by
      // identity, where filtering thousands of figures by article read each from memory
      const at = x.length ? list.indexOf(x[0]) : -1;
      let kept = list;
      if (at >= 0 && x.every((e, i) => list[at + i] === e)) list.splice(at, x.length, ...y);
      else {
        if (x.length) kept = list.filter((e) => e.doc !== doc);
        kept.push(...y);
      }
      this.setBucket(key, kept);
      if (change === 'moved') {
        const docs = this.moved.get(key);
        if (docs) docs.add(doc);
        else this.moved.set(key, new Set([doc]));
      } else this.dirty.add(key);
    }
    this.docEntries.set(doc, entries);
    const keys = Array.from(now.keys(), (key) => this.keys.get(key) ?? key);
    this.docBuckets.set(doc, keys);
  }

  private setBucket(key: string, list: FigureEntry[]): void {
    if (list.length) {
      this.buckets.set(key, list);
      if (!this.keys.has(key)) this.keys.set(key, key);
    } else {
      this.buckets.delete(key);
      this.keys.delete(key);
    }
  }

  removeDocument(doc: string): void {
    this.unfinished();
    this.touched.add(doc);
    for (const key of this.docBuckets.get(doc) ?? []) {
      this.dirty.add(key);
      const kept = this.buckets.get(key)?.filter((e) => e.doc !== doc);
      if (kept) this.setBucket(key, kept);
    }
    this.docBuckets.delete(doc);
    this.docEntries.delete(doc);
  }

  /** Whether the article has figures here. */
  holds(doc: string): boolean {
    return !!this.docEntries.get(doc)?.length;
  }

  private flush(): void {
    for (const [key, docs] of this.moved) if (!this.dirty.has(key)) this.replaceMoved(key, docs);
    this.moved.clear();
    if (!this.dirty.size) return;
    for (const key of this.dirty) {
      const list = this.buckets.get(key);
      let picks = this.picks.get(key);
      if (!picks) this.picks.set(key, (picks = new Map()));
      const was = this.links.get(key);
      const now = list ? linksIn(list, picks, this.nameOf, this.namesChanged ? undefined : was) : undefined;
      if (!list || !picks.size || this.finished) this.picks.delete(key);
      // an article is touched only when its links in this bucket are not what they were: a bucket of a
      // large corpus holds thousands of articles, and one edit changes the links of a few (a bucket made
      // for the first time, as when a corpus is read, touches all its articles)
      if (!was) for (const d of now?.docs() ?? []) this.touched.add(d);
      else {
        for (const d of was.docs()) if (!sameFindings(was, now, d)) this.touched.add(d);
        for (const d of now?.docs() ?? []) if (!was.has(d) && !sameFindings(undefined, now, d)) this.touched.add(d);
      }
      if (now?.size) this.links.set(key, now);
      else this.links.delete(key);
      // the bucket's figures kept in article order, as compared (a copy: an article new to the bucket is added
      // to its list in place): the next comparison's sort then merges in an edited article's figures, where
      // the server, which reads articles in the order they come, sorted every list whole at every edit (a
      // finished corpus lets the lists go)
      if (list && now && !this.finished) this.buckets.set(key, now.list.slice());
    }
    this.dirty.clear();
    this.namesChanged = false;
  }

  /**
   * A bucket whose figures only moved keeps its links, its list holding the moved figures' new entries
   * (each in its old one's place: the list is in article order). The articles whose findings point at a
   * moved figure are touched: where they point changed.
   */
  private replaceMoved(key: string, docs: ReadonlySet<string>): void {
    const was = this.links.get(key);
    if (!was) return;
    const now = new Map<string, FigureEntry>();
    for (const e of this.buckets.get(key) ?? []) if (docs.has(e.doc)) now.set(`${e.doc}\u0000${e.index}`, e);
    const list: FigureEntry[] = [];
    const changed = new Uint8Array(was.list.length);
    for (let p = 0; p < was.list.length; p++) {
      const e = was.list[p];
      const to = docs.has(e.doc) ? now.get(`${e.doc}\u0000${e.index}`) : e;
      // (never met: a moved figure keeps its article and number. Compared again rather than left stale)
      if (!to) return void this.dirty.add(key);
      if (to !== e) changed[p] = 1;
      list.push(to);
    }
    // (the same links, their ends at the same places: an article's findings differ where an end's figure did)
    const differ = was.findingsAt(changed);
    for (const d of was.docs()) if (differ.has(d)) this.touched.add(d);
    this.links.set(key, was.withList(list));
  }

  /**
   * No article will change again: the buckets are compared now, and what comparing one again would read
   * (the picks, the buckets' lists) is not kept. Changing an article after this throws.
   */
  finish(): void {
    this.finished = true;
    this.flush();
    this.picks.clear();
    for (const links of this.links.values()) links.groups = undefined;
    // (each bucket's links hold its figures in article order: the lists they were compared from go)
    this.buckets.clear();
    this.keys.clear();
  }

  private unfinished(): void {
    if (this.finished) throw new Error('the corpus is finished: its articles no longer change');
  }

  /** Articles whose findings may have changed since the last call. */
  takeTouched(): string[] {
    this.flush();
    const out = [...this.touched];
    this.touched.clear();
    return out;
  }

  /** Every link that involves this article, bucket by bucket, findings first; all unless `findingsOnly`. */
  linksOf(doc: string, findingsOnly = false): FigureLink[] {
    this.flush();
    const out: FigureLink[] = [];
    for (const key of this.docBuckets.get(doc) ?? []) this.links.get(key)?.linksOf(doc, findingsOnly, out);
    return out;
  }

  /** The same links without making them: each one's bucket, ends' places and comparison, to `visit`. */
  visitLinksOf(doc: string, findingsOnly: boolean, visit: LinkVisitor): void {
    this.flush();
    for (const key of this.docBuckets.get(doc) ?? []) this.links.get(key)?.visitLinksOf(doc, findingsOnly, visit);
  }

  /** Every bucket's links, in compact form. */
  *bucketLinks(): Generator<BucketLinks> {
    this.flush();
    yield* this.links.values();
  }

  /** Every link, made one at a time (a large corpus has a million). */
  *allLinks(): Generator<FigureLink> {
    for (const b of this.bucketLinks()) for (let k = 0; k < b.size; k++) yield b.link(k);
  }
}

/**
 * A bucket's links, compact: the two ends as places in the bucket's list, and the comparison as one of the
 * bucket's few distinct ones (a large corpus has a million links; as objects they were a third of the
 * corpus's memory). Links are made as objects when asked for.
 *
 * The numbers sit in one typed array, `a | b | how | starts | order | found`: at 10,000 articles, 5,878
 * buckets with five arrays each held 30,000 typed arrays, each with its buffer (5 MB of heap for their
 * headers alone).
 *
 * An article's link numbers put its findings first, each part in link order, and `found` counts them:
 * publishing reads only the findings, and about half of the links are consistent pairs.
 */
export class BucketLinks {
  /**
   * Articles by number: article i's link numbers are `order[starts[i]..starts[i + 1]]`, its `found[i]`
   * findings first.
   */
  private readonly docIndex = new Map<string, number>();
  private readonly data: Int32Array;
  /** Where `starts`, `order` and `found` begin in `data`. */
  private readonly starts: number;
  private readonly order: number;
  private readonly found: number;
  readonly size: number;
  /** (see `ranksIn`: the list's articles at the same places in `withList`'s copy, so kept by it too) */
  private ranked?: { ranks: ReadonlyMap<string, number>; at: Int32Array };
  /** The large groups' links, by group (see `GroupLinks`); `withList`'s copy keeps them, at the same places. */
  groups?: Map<string, GroupLinks>;

  constructor(
    /** The bucket's figures, in article order: a link's ends are places in it. */
    readonly list: FigureEntry[],
    a: Int32Array,
    b: Int32Array,
    how: Int32Array,
    private readonly comparisons: Comparison[],
  ) {
    const n = (this.size = a.length);
    // each place's article (an article's figures are together in the list), numbered in the order the links
    // first meet them: read off the list, where looking the article up at each link was 8% of an edit's time
    const docOf = new Int32Array(list.length);
    for (let p = 1; p < list.length; p++) docOf[p] = docOf[p - 1] + (list[p].doc === list[p - 1].doc ? 0 : 1);
    const number = new Int32Array(list.length && docOf[list.length - 1] + 1).fill(-1);
    const counts: number[] = [];
    const at = (p: number) => {
      const i = docOf[p];
      if (number[i] < 0) {
        number[i] = counts.push(0) - 1;
        this.docIndex.set(list[p].doc, number[i]);
      }
      return number[i];
    };
    const docA = new Int32Array(n),
      docB = new Int32Array(n);
    let sides = 0;
    for (let k = 0; k < n; k++) {
      counts[(docA[k] = at(a[k]))]++;
      docB[k] = at(b[k]);
      if (docB[k] !== docA[k]) counts[docB[k]]++;
      sides += docB[k] !== docA[k] ? 2 : 1;
    }
    const docs = counts.length;
    this.starts = 3 * n;
    this.order = this.starts + docs + 1;
    this.found = this.order + sides;
    const data = (this.data = new Int32Array(this.found + docs));
    data.set(a, 0);
    data.set(b, n);
    data.set(how, 2 * n);
    for (let i = 0; i < docs; i++) data[this.starts + i + 1] = data[this.starts + i] + counts[i];
    const finding = comparisons.map((c) => c.verdict !== 'consistent');
    for (let k = 0; k < n; k++) {
      if (!finding[how[k]]) continue;
      data[this.found + docA[k]]++;
      if (docB[k] !== docA[k]) data[this.found + docB[k]]++;
    }
    // (findings from each article's start, consistent pairs from past its findings)
    const fill = data.slice(this.starts, this.starts + docs);
    const rest = fill.map((s, i) => s + data[this.found + i]);
    for (let k = 0; k < n; k++) {
      const at = finding[how[k]] ? fill : rest;
      data[this.order + at[docA[k]]++] = k;
      if (docB[k] !== docA[k]) data[this.order + at[docB[k]]++] = k;
    }
  }

  /** The same links between figures of the same places in `list` (the figures moved in their articles). */
  withList(list: FigureEntry[]): BucketLinks {
    // (the numbers are shared, not copied: neither is changed once made)
    return Object.assign(Object.create(BucketLinks.prototype) as BucketLinks, this, { list });
  }

  /** The articles with a finding one of whose ends is at a place `places` marks (a place in `list`). */
  findingsAt(places: Uint8Array): Set<string> {
    const out = new Set<string>();
    const finding = this.comparisons.map((c) => c.verdict !== 'consistent');
    for (let k = 0; k < this.size; k++) {
      const pa = this.placeOfA(k),
        pb = this.placeOfB(k);
      if (!(places[pa] || places[pb]) || !finding[this.data[2 * this.size + k]]) continue;
      out.add(this.list[pa].doc);
      out.add(this.list[pb].doc);
    }
    return out;
  }

  link(k: number): FigureLink {
    return { a: this.list[this.placeOfA(k)], b: this.list[this.placeOfB(k)], ...this.comparisonOf(k) };
  }

  docs(): IterableIterator<string> {
    return this.docIndex.keys();
  }

  has(doc: string): boolean {
    return this.docIndex.has(doc);
  }

  /** The link numbers of an article's links: its findings, then its consistent pairs, each in link order. */
  numbersOf(doc: string, findingsOnly = false): Int32Array {
    const i = this.docIndex.get(doc);
    if (i === undefined) return new Int32Array(0);
    const { data, starts, order } = this;
    const from = order + data[starts + i];
    return data.subarray(from, findingsOnly ? from + data[this.found + i] : order + data[starts + i + 1]);
  }

  /** How many of the article's links here are findings. */
  findingCount(doc: string): number {
    const i = this.docIndex.get(doc);
    return i === undefined ? 0 : this.data[this.found + i];
  }

  /**
   * Whether the article's findings here are `other`'s, as `sameFindings` tells (read in place: a view of
   * the numbers of each article of each bucket an edit compared again was an edit's largest allocation).
   */
  sameFindingsAs(other: BucketLinks, doc: string): boolean {
    const i = this.docIndex.get(doc),
      j = other.docIndex.get(doc);
    const n = i === undefined ? 0 : this.data[this.found + i];
    if (n !== (j === undefined ? 0 : other.data[other.found + j])) return false;
    if (n === 0) return true;
    const from = this.order + this.data[this.starts + i!],
      otherFrom = other.order + other.data[other.starts + j!];
    for (let t = 0; t < n; t++) {
      const k = this.data[from + t],
        h = other.data[otherFrom + t];
      const sameEnds =
        this.list[this.placeOfA(k)] === other.list[other.placeOfA(h)] &&
        this.list[this.placeOfB(k)] === other.list[other.placeOfB(h)];
      if (!sameEnds || !sameComparison(this.comparisonOf(k), other.comparisonOf(h))) return false;
    }
    return true;
  }

  /** The article's links (its findings first), or its findings alone, added to `out`. */
  linksOf(doc: string, findingsOnly: boolean, out: FigureLink[]): void {
    for (const k of this.numbersOf(doc, findingsOnly)) out.push(this.link(k));
  }

  visitLinksOf(doc: string, findingsOnly: boolean, visit: LinkVisitor): void {
    // (the numbers read in place, not through a view of them made for each bucket of each article visited:
    // 2% of what making the findings of 10,000 articles of realistic length allocated)
    const i = this.docIndex.get(doc);
    if (i === undefined) return;
    const { data, starts, order } = this;
    const from = order + data[starts + i];
    const to = findingsOnly ? from + data[this.found + i] : order + data[starts + i + 1];
    for (let at = from; at < to; at++) {
      const k = data[at];
      visit(this, this.placeOfA(k), this.placeOfB(k), this.comparisonOf(k));
    }
  }

  /**
   * Each place's article's rank in `ranks`, kept for the last table of ranks asked about (findings and
   * groups order counterparts by it). (Shared: not to be changed.)
   */
  ranksIn(ranks: ReadonlyMap<string, number>): Int32Array {
    if (this.ranked?.ranks !== ranks) {
      const at = new Int32Array(this.list.length);
      for (let p = 0; p < at.length; p++)
        at[p] = p && this.list[p].doc === this.list[p - 1].doc ? at[p - 1] : (ranks.get(this.list[p].doc) ?? 0);
      this.ranked = { ranks, at };
    }
    return this.ranked.at;
  }

  /** What a link says, without making it: the places of its ends in `list`, and its comparison. */
  placeOfA(k: number): number {
    return this.data[k];
  }

  placeOfB(k: number): number {
    return this.data[this.size + k];
  }

  /** Whether one of a link's ends is at place `p`. */
  endsAt(k: number, p: number): boolean {
    return this.data[k] === p || this.data[this.size + k] === p;
  }

  /** (one object for the bucket's links that say the same) */
  comparisonOf(k: number): Comparison {
    return this.comparisons[this.data[2 * this.size + k]];
  }
}

/** Collects a bucket's links as `linksIn` finds them, by places in its list. */
class LinkSink {
  private count = 0;
  private readonly comparisons: Comparison[] = [];
  private readonly ids = new Map<string, number>();
  private last: Comparison | undefined;
  private lastId = 0;

  constructor(private readonly list: FigureEntry[]) {}

  get size(): number {
    return this.count;
  }

  add(pa: number, pb: number, c: Comparison): void {
    // (a class's pairs share one comparison object; members' pairs each make an equal one, most often equal
    // to the last: told so before a key is made, at 10,000 articles of realistic length 284,000 of 325,000)
    if (c !== this.last && !(this.last && sameComparison(c, this.last))) {
      const key = `${c.verdict}${c.revisedDown ? '!' : ''}|${c.reasons.join('\u0000')}`;
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.comparisons.push(c) - 1));
      this.lastId = id;
    }
    this.last = c;
    const k = this.count++;
    if (k === room.a.length)
      room = {
        a: grown(room.a, new Int32Array(2 * k)),
        b: grown(room.b, new Int32Array(2 * k)),
        how: grown(room.how, new Int32Array(2 * k)),
      };
    room.a[k] = pa;
    room.b[k] = pb;
    room.how[k] = this.lastId;
  }

  done(): BucketLinks {
    const n = this.count;
    return new BucketLinks(
      this.list,
      room.a.subarray(0, n),
      room.b.subarray(0, n),
      room.how.subarray(0, n),
      this.comparisons,
    );
  }
}

/**
 * Where a bucket's links are written as they are found (their ends and comparisons), kept from one bucket to
 * the next (one is compared at a time) and grown by doubling: an edit at realistic length can compare a
 * bucket of 100,000 links again, and pushing them on three lists of numbers was 15% of its time in a profile.
 * It keeps the room of the largest bucket met (0.8 MB at 10,000 articles of realistic length).
 */
let room: { a: Int32Array; b: Int32Array; how: Int32Array } = {
  a: new Int32Array(1024),
  b: new Int32Array(1024),
  how: new Int32Array(1024),
};

const LINKS_PER_CLASS = 3;
const WEEK = 7 * 86_400_000;

/**
 * All compared pairs in one bucket, found without comparing every figure with every other:
 * figures of one named event together; dated figures within a week of each other; undated ones
 * within their own article, or across articles only where place and stated time are explicit.
 * Figures with the same value, hedge and scope form one class, so repeats cost classes², not figures².
 * Where a figure meets hundreds, it is linked to a dozen, picked as `picks.ts` says. `was`: the bucket's
 * links at its last comparison, whose large groups' links are copied where their figures are the same.
 */
export function linksIn(
  entries: FigureEntry[],
  picks: BucketPicks = new Map(),
  nameOf: (doc: string) => string = fileName,
  was?: BucketLinks,
): BucketLinks {
  // in article order: which of two classes comes first does not depend on the order of edits
  const list = [...entries].sort((a, b) => compareArticles(a.doc, b.doc) || a.index - b.index);
  const hash = figureHashes(list, nameOf);
  const out = new LinkSink(list);
  const byEvent = new Map<string, number[]>();
  const dated: number[] = [];
  const undatedByDoc = new Map<string, number[]>();
  const explicit = new Map<string, number[]>();
  const lasting: number[] = [];
  const anchored = new Map<string, number[]>();
  let datedPlain = false; // (a dated figure of no event: told here, where its figure is read anyway)
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
    else datedPlain = true;
    if (e.anchor !== undefined) add(anchored, e.anchor, p);
    // undated articles meet other articles only on a named city or county
    if (f.placeId && !WIDE_PLACE.test(f.placeId)) add(explicit, `${f.placeId}|${f.since ?? ''}|${f.year ?? ''}`, p);
  }
  // a large group's picks are kept for the next comparison of the bucket (groups gone with them); a small
  // one's cost less to make again than to keep (most groups hold a figure or two)
  const kept = new Map(picks);
  picks.clear();
  const groups = new Map<string, GroupLinks>();
  // a large group's links are made again only where its figures changed (see `GroupLinks`)
  type Link = (picks: GroupPicks, last?: LastLinks) => ClassBlocks | void;
  const compare = (id: string, group: number[], link: Link) => {
    if (group.length < KEPT_GROUP) return void link(new GroupPicks());
    const p = kept.get(id) ?? new GroupPicks();
    picks.set(id, p);
    const from = out.size;
    const old = was?.groups?.get(id);
    const classes = replayed(list, group, was, old, out)
      ? old!.classes
      : link(p, was && old?.classes ? { was, group: old, classes: old.classes } : undefined);
    groups.set(id, { places: Int32Array.from(group), from, to: out.size, classes: classes || undefined });
  };
  compare('lasting', lasting, (p, last) => classLinks(list, hash, lasting, p, out, false, undefined, last));
  for (const [event, group] of byEvent)
    compare(`event|${event}`, group, (p, last) => classLinks(list, hash, group, p, out, false, undefined, last));
  // (a pair of two events' figures was compared above: where every dated figure is an event's, as in a
  // corpus of a few named storms, the group makes no pair and is not classed)
  const notBothEvents = (a: FigureEntry, b: FigureEntry) => !(a.fig.event && b.fig.event);
  if (datedPlain)
    compare('dated', dated, (p, last) => classLinks(list, hash, dated, p, out, true, notBothEvents, last));
  for (const [doc, group] of undatedByDoc)
    compare(`undated|${doc}`, group, (p, last) => classLinks(list, hash, group, p, out, false, undefined, last));
  // across articles, at least one of them undated (dated pairs were compared above): anniversary pieces of
  // one day and one span of years, and figures of one named city or county
  // (a city's group of dated figures only, the usual one, has no such pairs)
  const undated = (group: number[]) => group.some((p) => list[p].articleDate === undefined);
  for (const [anchor, group] of anchored)
    if (undated(group)) compare(`anchor|${anchor}`, group, (p) => undatedPairs(list, hash, group, p, out));
  for (const [place, group] of explicit)
    if (undated(group)) compare(`place|${place}`, group, (p) => undatedPairs(list, hash, group, p, out));
  const links = out.done();
  if (groups.size) links.groups = groups;
  return links;
}

/**
 * A large group's links in its bucket's links: its figures' places in the list, and the link numbers its
 * comparison added. A group whose figures are the very same entries in the same order as when its bucket
 * was last compared makes the same links (a link depends on its two figures, the group's figures and its
 * picks, which are those a comparison from scratch makes): they are copied, at the figures' new places. An
 * edit in a bucket of several named events changes one event's group, where the others' thousands of
 * figures were classed and linked again at every edit.
 */
export interface GroupLinks {
  places: Int32Array;
  from: number;
  to: number;
  /** A large group's classes, where its figures were classed (see `ClassBlocks`). */
  classes?: ClassBlocks;
}

/**
 * A large group's classes and the links each made, for a comparison of its bucket where some of its figures
 * changed: a class's links (its members' with its first few, then its picked pairs with later classes')
 * depend only on its figures, those of the classes it is paired with, and how each pair was picked, so a
 * class whose figures, pairs and partners' figures are the same copies its links. An edit that re-dates an
 * article changes its figures' few classes, and those paired with them: the thousands of others of its
 * event's group, or of its bucket's lasting figures, were linked again figure by figure.
 * Class k: its key `keys[k]`; its members' indices in the group (not places in the list: a group copied
 * whole keeps them) `members[starts[k]..starts[k + 1]]`; its first two's indices in the group, `firsts[2k]`
 * and `firsts[2k + 1]` (-1 for none); its links, from the group's first, `from[k]..to[k]`, its members'
 * before `pairsFrom[k]`; its pairs `pairs[pairStarts[k]..pairStarts[k + 1]]`, each the later class's number
 * and what was said of it and who picked (`meets * 4 + by`) in `how`.
 */
export interface ClassBlocks {
  keys: string[];
  starts: Int32Array;
  members: Int32Array;
  firsts: Int32Array;
  from: Int32Array;
  pairsFrom: Int32Array;
  to: Int32Array;
  pairStarts: Int32Array;
  pairs: Int32Array;
  how: Int32Array;
}

/** A group's links at its bucket's last comparison, with its classes. */
interface LastLinks {
  was: BucketLinks;
  group: GroupLinks;
  classes: ClassBlocks;
}

/** Copies a group's links from the bucket's last links, if its figures are the same (see `GroupLinks`). */
function replayed(
  list: FigureEntry[],
  group: number[],
  was: BucketLinks | undefined,
  old: GroupLinks | undefined,
  out: LinkSink,
): boolean {
  if (!was || !old || old.places.length !== group.length) return false;
  for (let i = 0; i < group.length; i++) if (was.list[old.places[i]] !== list[group[i]]) return false;
  // (both ends of a link are the group's: an old place is found among the group's, which are in order)
  const place = (p: number) => group[indexIn(old.places, p)];
  for (let k = old.from; k < old.to; k++) out.add(place(was.placeOfA(k)), place(was.placeOfB(k)), was.comparisonOf(k));
  return true;
}

/** Where `p` is in the ascending `places`. */
function indexIn(places: ArrayLike<number>, p: number): number {
  let lo = 0,
    hi = places.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Figures a group holds for its picks to be kept from one comparison of its bucket to the next. */
const KEPT_GROUP = 32;

/** A bucket's picks, by group, kept from one comparison of the bucket to the next. */
export type BucketPicks = Map<string, GroupPicks>;

/**
 * Whether two lists of an article's links make the same findings: the same figure entries (a figure changed
 * by an edit has a new entry) with the same verdicts, in the same order, which is the same while the
 * bucket's classes are (links in another order only cost a republish). Consistent pairs are left out: they
 * make no finding (hovers, which show them, are asked for, not published).
 */
function sameFindings(x: BucketLinks | undefined, y: BucketLinks | undefined, doc: string): boolean {
  if (x && y) return x.sameFindingsAs(y, doc);
  return ((x ?? y)?.findingCount(doc) ?? 0) === 0;
}

/** Whether two comparisons say the same: one verdict, one correction or none, the same reasons. */
function sameComparison(l: Comparison, m: Comparison): boolean {
  if (l.verdict !== m.verdict || !l.revisedDown !== !m.revisedDown || l.reasons.length !== m.reasons.length)
    return false;
  for (let i = 0; i < l.reasons.length; i++) if (l.reasons[i] !== m.reasons[i]) return false;
  return true;
}

function add<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * The group's pairs of figures of two articles, at least one of them undated, each figure picking its
 * counterparts. A dated figure meets only the undated ones: a city's group holds thousands of dated figures.
 */
function undatedPairs(
  list: FigureEntry[],
  hash: (p: number) => number,
  group: number[],
  picks: GroupPicks,
  out: LinkSink,
): void {
  const undated: number[] = []; // places in the group
  group.forEach((p, k) => {
    if (list[p].articleDate === undefined) undated.push(k);
  });
  const next: NewItem[] = group.map((p) => ({ key: list[p], head: list[p], hash: hash(p), size: 1 }));
  const pairable = (i: number, j: number) => {
    const a = list[group[i]],
      b = list[group[j]];
    return a.doc !== b.doc && (a.articleDate === undefined || b.articleDate === undefined);
  };
  const pairs = (visit: (i: number, j: number) => void) => {
    let after = 0; // the first undated figure after the one at i
    for (let i = 0; i < group.length; i++) {
      while (after < undated.length && undated[after] <= i) after++;
      const doc = list[group[i]].doc;
      if (list[group[i]].articleDate === undefined) {
        for (let j = i + 1; j < group.length; j++) if (list[group[j]].doc !== doc) visit(i, j);
      } else for (let k = after; k < undated.length; k++) if (list[group[undated[k]]].doc !== doc) visit(i, undated[k]);
    }
  };
  const items = picks.update(next, pairable, pairs);
  for (const [i, j, meets] of pickedPairs(items)) {
    const a = list[group[i]],
      b = list[group[j]];
    out.add(group[i], group[j], comparison(a, b, meets));
  }
}

/** A class's key: the fields that make figures equal, joined (`undefined` written as nothing). */
function classKey(e: FigureEntry, byDate: boolean): string {
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
  // (the action and the cause written only where the text says one: the other classes' keys, and so their
  // picks, stay as they were)
  const acted = f.action == null || f.action === '' ? key : `${key}|${f.action}`;
  const caused = f.cause == null || f.cause === '' ? acted : `${acted}|cause:${f.cause}`;
  const owned = f.owner == null || f.owner === '' ? caused : `${caused}|owner:${f.owner}`;
  return f.actor == null || f.actor === '' ? owned : `${owned}|actor:${f.actor}`;
}

/**
 * Equal in every field of `classKey`: numbers as the key writes them (`null` as `undefined`, -0 as 0, NaN as
 * NaN), texts with `undefined` as "". Stricter than the key where a field holds a value of another type:
 * `classesOf` checks the keys.
 */
function sameClass(a: FigureEntry, b: FigureEntry, byDate: boolean): boolean {
  const x = a.fig,
    y = b.fig;
  return (
    sameNumber(x.value, y.value) &&
    x.qualifier === y.qualifier &&
    sameNumber(x.interval.lo, y.interval.lo) &&
    sameNumber(x.interval.hi, y.interval.hi) &&
    (x.since ?? '') === (y.since ?? '') &&
    sameNumber(x.day, y.day) &&
    (x.dayText ?? '') === (y.dayText ?? '') &&
    sameNumber(x.year, y.year) &&
    (x.placeId ?? '') === (y.placeId ?? '') &&
    (x.event ?? '') === (y.event ?? '') &&
    (!byDate || sameNumber(a.articleDate, b.articleDate)) &&
    (a.personId ?? '') === (b.personId ?? '') &&
    (x.action ?? '') === (y.action ?? '') &&
    (x.cause ?? '') === (y.cause ?? '') &&
    (x.owner ?? '') === (y.owner ?? '') &&
    (x.actor ?? '') === (y.actor ?? '')
  );
}

const sameNumber = (x: number | null | undefined, y: number | null | undefined) =>
  x === y || (x == null && y == null) || (x !== x && y !== y);

const bits = new Float64Array(1),
  words = new Uint32Array(bits.buffer);

/** A hash of the fields `sameClass` compares: equal for figures of one class. */
function classHash(e: FigureEntry, byDate: boolean): number {
  let h = e.personId === undefined ? figureHash(e.fig) : mixText(figureHash(e.fig), e.personId);
  if (byDate) h = mixNumber(h, e.articleDate);
  return h >>> 0;
}

/**
 * Where a figure keeps the hash of its own fields of `sameClass` once made: a figure never changes, and the
 * figures of a large bucket were hashed again at every comparison of it, at each edit in it. (A symbol: no
 * copy of a figure, to JSON or another thread, carries it.)
 */
const FIGURE_HASH = Symbol('figure hash');

function figureHash(f: Figure): number {
  const known = (f as { [FIGURE_HASH]?: number })[FIGURE_HASH];
  if (known !== undefined) return known;
  let h = FNV_OFFSET;
  h = mixNumber(mixNumber(mixNumber(h, f.value), f.interval.lo), f.interval.hi);
  h = mixNumber(mixNumber(h, f.day), f.year);
  h = mixText(mixText(mixText(h, f.qualifier), f.since), f.dayText);
  h = mixText(mixText(h, f.placeId), f.event);
  h = mixText(h, f.action);
  if (f.cause) h = mixText(h, f.cause);
  if (f.owner) h = mixText(h, f.owner);
  if (f.actor) h = mixText(h, f.actor);
  Object.defineProperty(f, FIGURE_HASH, { value: h });
  return h;
}

/** (a value of another type, which `sameClass` tells apart, hashed alike: the keys are checked) */
function mixNumber(h: number, x: unknown): number {
  if (typeof x !== 'number') return Math.imul(h ^ 1, 0x01000193);
  if (x !== x) return Math.imul(h ^ 2, 0x01000193);
  bits[0] = x + 0; // (-0 as 0)
  return Math.imul(Math.imul(h ^ words[0], 0x01000193) ^ words[1], 0x01000193);
}

/** (every letter: names that differ in one letter of the middle are common, "person:…-smith") */
function mixText(h: number, s: unknown): number {
  if (s === undefined || s === null || s === '') return Math.imul(h ^ 3, 0x01000193);
  if (typeof s !== 'string') return Math.imul(h ^ 4, 0x01000193);
  return Math.imul(fnv1aFrom(h, s) ^ 5, 0x01000193);
}

/**
 * A group's figures by class, in order of each class's first figure, under its key. Grouped by a hash of
 * the key's fields, the key made once per class: made for every figure, it was the largest single cost of
 * comparing a large bucket again after an edit. (`hash`: the tests give one hash for all, so that the
 * fields alone decide.)
 */
export function classesOf(
  list: FigureEntry[],
  group: number[],
  byDate: boolean,
  hash: (e: FigureEntry, byDate: boolean) => number = classHash,
): Map<string, number[]> {
  const members: number[][] = [];
  const byHash = new Map<number, number[]>();
  for (const p of group) {
    const e = list[p];
    const h = hash(e, byDate);
    const same = byHash.get(h);
    let k: number | undefined;
    // (a loop, not `find`: a closure for each figure of every group compared)
    for (const c of same ?? [])
      if (sameClass(list[members[c][0]], e, byDate)) {
        k = c;
        break;
      }
    if (k === undefined) {
      k = members.push([]) - 1;
      if (same) same.push(k);
      else byHash.set(h, [k]);
    }
    members[k].push(p);
  }
  const classes = new Map<string, number[]>();
  for (const m of members) classes.set(classKey(list[m[0]], byDate), m);
  if (classes.size === members.length) return classes;
  // two classes that write one key (a "|" inside a field, a value of another type): grouped by key
  classes.clear();
  for (const p of group) add(classes, classKey(list[p], byDate), p);
  return classes;
}

/**
 * A group's links through classes of equal figures: each class picks among the classes it meets (`picks.ts`),
 * and its figures are linked to the first few of each class it picked. A large group's classes are returned
 * (see `ClassBlocks`), and `last`'s copied where they are the same.
 */
function classLinks(
  list: FigureEntry[],
  hash: (p: number) => number,
  group: number[],
  picks: GroupPicks,
  out: LinkSink,
  byDate: boolean,
  when: (a: FigureEntry, b: FigureEntry) => boolean = () => true,
  last?: LastLinks,
): ClassBlocks | undefined {
  if (group.length < 2) return undefined; // (most groups: one figure, nothing to link)
  const classes = classesOf(list, group, byDate);
  let keys = [...classes.keys()];
  let reps = [...classes.values()];
  if (byDate) {
    const date = (k: number) => list[reps[k][0]].articleDate ?? 0;
    const order = reps.map((_, k) => k).sort((x, y) => date(x) - date(y));
    reps = order.map((k) => reps[k]);
    keys = order.map((k) => keys[k]);
  }
  // every figure of a class gets counterparts from the first few of each class its class picks: enough to
  // point at, bounded in size. Of a large class, the first by a hash, so that an edit to one of its
  // articles seldom changes them (and with them the links of every class that picked it)
  const firsts = reps.map((c) => (c.length <= LINKS_PER_CLASS ? c : firstByHash(hash, c)));
  const heads = firsts.map((c) => list[c[0]]);
  const next: NewItem[] = keys.map((key, k) => ({ key, head: heads[k], hash: fnv1a(key), size: firsts[k].length }));
  // dated classes in order of date: a class meets those of the same week
  const apart = (i: number, j: number) => byDate && (heads[j].articleDate ?? 0) - (heads[i].articleDate ?? 0) > WEEK;
  const pairable = (i: number, j: number) => !apart(i, j) && when(heads[i], heads[j]);
  const pairs = (visit: (i: number, j: number) => void) => {
    for (let i = 0; i < reps.length; i++)
      for (let j = i + 1; j < reps.length; j++) {
        if (apart(i, j)) break;
        if (when(heads[i], heads[j])) visit(i, j);
      }
  };
  const picked = pickedPairs(picks.update(next, pairable, pairs));
  const blocks = group.length >= KEPT_GROUP ? classBlocks(group, keys, reps, firsts, picked) : undefined;
  const copies = last && copied(list, keys, reps, picked, last);
  // (the group's first link: `compare` calls this before any other link of the group, and a class's range is
  // read from the group's `from`)
  const base = out.size;
  linkClasses(list, heads, reps, firsts, picked, when, out, copies, blocks);
  if (!blocks) return undefined;
  // (each class's links, from the group's first: its members' and its pairs', class after class)
  for (let k = 0; k < reps.length; k++) {
    blocks.pairsFrom[k] -= base;
    blocks.to[k] -= base;
    if (k + 1 < reps.length) blocks.from[k + 1] = blocks.to[k];
  }
  return blocks;
}

/** A large group's classes, their links' ranges to be filled in (see `ClassBlocks`). */
function classBlocks(
  group: number[],
  keys: string[],
  reps: number[][],
  firsts: number[][],
  picked: ReadonlyArray<readonly [number, number, number, number]>,
): ClassBlocks {
  const n = reps.length;
  const starts = new Int32Array(n + 1),
    members = new Int32Array(group.length),
    twos = new Int32Array(2 * n).fill(-1);
  let m = 0;
  for (let k = 0; k < n; k++) {
    starts[k] = m;
    for (const p of reps[k]) members[m++] = indexIn(group, p);
    for (let r = 0; r < 2 && r < firsts[k].length; r++) twos[2 * k + r] = indexIn(group, firsts[k][r]);
  }
  starts[n] = m;
  const pairStarts = new Int32Array(n + 1),
    pairs = new Int32Array(picked.length),
    how = new Int32Array(picked.length);
  picked.forEach(([i, j, meets, by], q) => {
    pairStarts[i + 1]++;
    pairs[q] = j;
    how[q] = meets * 4 + by;
  });
  for (let k = 0; k < n; k++) pairStarts[k + 1] += pairStarts[k];
  const from = new Int32Array(n),
    pairsFrom = new Int32Array(n),
    to = new Int32Array(n);
  return { keys, starts, members, firsts: twos, from, pairsFrom, to, pairStarts, pairs, how };
}

/** Which classes copy their links from `last`, and where `last`'s figures are now. */
interface Copies {
  /** Each class's number in `last`, where it copies that class's links (-1: it is linked again). */
  from: Int32Array;
  /** Each class's number in `last` by its key alone (-1: none): its members' links may be copied. */
  keyed: Int32Array;
  /** A place in `last.was.list` → the same figure's place in the list (-1: not a copied class's). */
  place: Int32Array;
  last: LastLinks;
}

/**
 * The classes that make the links they made at `last`: a class whose key, figures (the same entries, in order)
 * and picked pairs are those of one of `last`'s, each pair with a class likewise the same and picked alike.
 */
function copied(
  list: FigureEntry[],
  keys: string[],
  reps: number[][],
  picked: ReadonlyArray<readonly [number, number, number, number]>,
  last: LastLinks,
): Copies {
  const { was, group: old, classes: cb } = last;
  const oldClass = new Map<string, number>();
  cb.keys.forEach((key, o) => oldClass.set(key, o));
  const n = reps.length;
  // each class whose figures are those of one of the last (its number there)
  const same = new Int32Array(n).fill(-1);
  const keyed = new Int32Array(n).fill(-1);
  const place = new Int32Array(was.list.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const o = oldClass.get(keys[k]);
    if (o === undefined) continue;
    keyed[k] = o;
    const r = reps[k],
      s = cb.starts[o];
    if (cb.starts[o + 1] - s !== r.length) continue;
    let i = 0;
    while (i < r.length && was.list[old.places[cb.members[s + i]]] === list[r[i]]) i++;
    if (i < r.length) continue;
    same[k] = o;
    for (i = 0; i < r.length; i++) place[old.places[cb.members[s + i]]] = r[i];
  }
  const from = new Int32Array(n).fill(-1);
  let t = 0;
  for (let k = 0; k < n; k++) {
    const first = t;
    while (t < picked.length && picked[t][0] === k) t++;
    const o = same[k];
    if (o < 0 || cb.pairStarts[o + 1] - cb.pairStarts[o] !== t - first) continue;
    let q = first;
    for (let x = cb.pairStarts[o]; q < t; q++, x++) {
      const [, j, meets, by] = picked[q];
      if (same[j] !== cb.pairs[x] || cb.how[x] !== meets * 4 + by) break;
    }
    if (q === t) from[k] = o;
  }
  return { from, keyed, place, last };
}

/**
 * Each class's links, class after class: its members with its first two, then its picked pairs with the
 * classes after it (or the same class's links at the last comparison, copied); where each class's pairs'
 * links begin and its links end is written in `blocks`, if given. (A function that ends with its loop: V8
 * compiles a long-running loop apart from the rest of its function, and in `classLinks` the code after the
 * loop, not yet run when it did, made the compiled loop give up in every later call, about 1,400 times in a
 * run over 10,000 articles, and comparing their figures took about 40% longer.)
 */
function linkClasses(
  list: FigureEntry[],
  heads: FigureEntry[],
  reps: number[][],
  firsts: number[][],
  picked: ReadonlyArray<readonly [number, number, number, number]>,
  when: (a: FigureEntry, b: FigureEntry) => boolean,
  out: LinkSink,
  copies: Copies | undefined,
  blocks: ClassBlocks | undefined,
): void {
  let t = 0;
  for (let k = 0; k < reps.length; k++) {
    const first = t;
    while (t < picked.length && picked[t][0] === k) t++;
    const o = copies ? copies.from[k] : -1;
    if (o >= 0) {
      const { from, pairsFrom } = copies!.last.classes;
      if (blocks) blocks.pairsFrom[k] = out.size + pairsFrom[o] - from[o];
      copyClass(copies!, o, out);
    } else {
      const keyed = copies && reps[k].length >= COPIED_MEMBERS ? copies.keyed[k] : -1;
      const prior = keyed >= 0 ? priorMembers(list, firsts[k], copies!, keyed) : undefined;
      linkMembers(list, firsts[k], reps[k], when, out, prior);
      if (blocks) blocks.pairsFrom[k] = out.size;
      for (let q = first; q < t; q++) linkPair(list, picked[q], heads, reps, firsts, out);
    }
    if (blocks) blocks.to[k] = out.size;
  }
}

/** A class's links at the last comparison, at its figures' places now. */
function copyClass(copies: Copies, o: number, out: LinkSink): void {
  const { place, last } = copies;
  const { was, group, classes } = last;
  const to = group.from + classes.to[o];
  for (let k = group.from + classes.from[o]; k < to; k++)
    out.add(place[was.placeOfA(k)], place[was.placeOfB(k)], was.comparisonOf(k));
}

/** One picked pair of classes linked: each figure of a class that picked with the other's first few. */
function linkPair(
  list: FigureEntry[],
  [i, j, meets, by]: readonly [number, number, number, number],
  heads: FigureEntry[],
  reps: number[][],
  firsts: number[][],
  out: LinkSink,
): void {
  const c = comparison(heads[i], heads[j], meets);
  const ci = reps[i],
    cj = reps[j];
  // (members listed by one voice in one sentence stay apart, as `meet` keeps them)
  if (by & 1)
    for (const x of ci)
      for (const y of firsts[j]) {
        const ex = list[x],
          ey = list[y];
        if ((ex.doc !== ey.doc || ex.index !== ey.index) && !oneList(ex, ey)) out.add(x, y, c);
      }
  if (by & 2)
    for (const y of cj) {
      // (the other class's first few were linked above when both picked)
      if (by & 1 && firsts[j].includes(y)) continue;
      const ey = list[y];
      for (const x of firsts[i]) if (!oneList(list[x], ey)) out.add(x, y, c);
    }
}

/** Members a class holds for their links to be copied: a smaller class's cost about as much to look up. */
const COPIED_MEMBERS = 16;

/**
 * A class's members' links at the last comparison, where its first two are the same figures as then: a
 * member's links there depend on its entry and theirs alone (their figures, articles and dates, and which
 * comes first in the list, which the same entries keep) and on the group's `when`, so a member that was one
 * of the class then makes the same. Each such member's links, as its first link's number in `was` times 4
 * plus how many (at most two), by its entry. An edit that adds a figure to a class of hundreds, or takes one
 * away, linked every member again.
 */
interface PriorMembers {
  was: BucketLinks;
  /** The first's place in `was.list`. */
  first: number;
  links: Map<FigureEntry, number>;
}

function priorMembers(list: FigureEntry[], firsts: number[], copies: Copies, o: number): PriorMembers | undefined {
  const { was, group: old, classes } = copies.last;
  const f0 = classes.firsts[2 * o],
    f1 = classes.firsts[2 * o + 1];
  if ((f1 >= 0 ? 2 : 1) !== Math.min(firsts.length, 2)) return undefined;
  const p0 = old.places[f0],
    p1 = f1 >= 0 ? old.places[f1] : -1;
  if (was.list[p0] !== list[firsts[0]] || (p1 >= 0 && was.list[p1] !== list[firsts[1]])) return undefined;
  const links = new Map<FigureEntry, number>();
  // a member's links are together, in the members' order: the first has none, the second at most its link
  // with the first, any other those with an end at it (the firsts' links are another member's)
  let k = old.from + classes.from[o];
  const end = old.from + classes.pairsFrom[o];
  for (let i = classes.starts[o]; i < classes.starts[o + 1]; i++) {
    const p = old.places[classes.members[i]];
    const at = k;
    if (p === p1) {
      if (k < end && was.endsAt(k, p0) && was.endsAt(k, p1)) k++;
    } else if (p !== p0) while (k < end && was.endsAt(k, p)) k++;
    links.set(was.list[p], at * 4 + (k - at));
  }
  // (every link read, each a member's; never met otherwise in the checks, where it would be linked again)
  return k === end ? { was, first: p0, links } : undefined;
}

/**
 * Links the members of one class to its first two: they are equal (corroboration, not a finding). A member
 * whose links `prior` holds copies them.
 */
function linkMembers(
  list: FigureEntry[],
  firsts: number[],
  members: number[],
  when: (a: FigureEntry, b: FigureEntry) => boolean,
  out: LinkSink,
  prior: PriorMembers | undefined,
): void {
  const f0 = firsts[0],
    f1 = firsts.length > 1 ? firsts[1] : undefined;
  for (const m of members) {
    const known = prior?.links.get(list[m]);
    if (known !== undefined) {
      const was = prior!.was;
      for (let k = known >> 2, end = k + (known & 3); k < end; k++) {
        // (its link with the first or the second, at their places now)
        const f = was.endsAt(k, prior!.first) ? f0 : f1!;
        out.add(Math.min(f, m), Math.max(f, m), was.comparisonOf(k));
      }
      continue;
    }
    for (let r = 0; r < 2; r++) {
      const f = r ? f1 : f0;
      if (f === undefined || m === f0 || m === f) continue;
      const pa = Math.min(f, m),
        pb = Math.max(f, m);
      const a = list[pa],
        b = list[pb];
      if (!when(a, b)) continue;
      const meets = meet(a, b);
      if (meets !== MEETS_NOT) out.add(pa, pb, comparison(a, b, meets));
    }
  }
}

/**
 * The class's first few by the hash of each figure (then by place), in list order: one pass, not a sort of
 * the class (a class can hold thousands of figures, and its bucket is compared again at every edit in it).
 */
function firstByHash(hash: (p: number) => number, c: number[]): number[] {
  const first: number[] = [];
  const before = (p: number, q: number) => hash(p) < hash(q) || (hash(p) === hash(q) && p < q);
  for (const p of c) {
    let k = first.length;
    while (k > 0 && before(p, first[k - 1])) k--;
    if (k >= LINKS_PER_CLASS) continue;
    first.splice(k, 0, p);
    if (first.length > LINKS_PER_CLASS) first.pop();
  }
  return first.sort((x, y) => x - y);
}

/**
 * How an article's figures in one bucket changed: not at all (the same entries), only moved (each the same
 * entry or one `moved` maps to it, in the same order), or otherwise.
 */
function changeOf(
  x: readonly FigureEntry[],
  y: readonly FigureEntry[],
  moved: ReadonlyMap<FigureEntry, FigureEntry> | undefined,
): 'none' | 'moved' | 'changed' {
  if (x.length !== y.length) return 'changed';
  let change: 'none' | 'moved' = 'none';
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (moved?.get(y[i]) !== x[i]) return 'changed';
    change = 'moved';
  }
  return change;
}

/** An article's figures by bucket, in its order (figures without a bucket are compared with none). */
function byBucket(entries: FigureEntry[]): Map<string, FigureEntry[]> {
  const out = new Map<string, FigureEntry[]>();
  for (const e of entries) {
    const key = bucketKey(e);
    if (key) add(out, key, e);
  }
  return out;
}
