import { compareArticles } from '../article-names';
import { fnv1a } from '../text';
import { meet, MEETS_NOT, RANK_OF_MEETS, type FigureEntry } from './compare';

/**
 * Which counterparts a figure is shown when it meets hundreds. Each item of a group (a class of equal
 * figures, or one figure) picks among those it meets: the most severe verdict first and, within one
 * verdict, in an order made from its hash and theirs, until its figures have their fill. A pick depends only
 * on the items there are, not on the order they were read or edited in, so it is kept from one comparison
 * of a bucket to the next, and an edit costs the picks of what it changed, not every pair of the bucket.
 */

/** Counterparts a figure is given by its own pick; it may be picked by more. */
const MAX_LINKS_PER_FIGURE = 12;

/**
 * What a pick keeps in order: its fill and four more. An item it picked that goes (an edit changed its figure)
 * is replaced from the four; until 1768119 the pick met every item of the group again (at realistic length, an
 * edit's largest cost: a group of 1,600 figures whose picks of one article's figures were eighty).
 */
const KEPT_PER_PICK = MAX_LINKS_PER_FIGURE + 4;

/** One thing that picks and is picked: a class of equal figures, or one figure. */
export interface NewItem {
  /** What makes it the same item from one comparison of its bucket to the next. */
  readonly key: unknown;
  /** The figure it meets others by. */
  readonly head: FigureEntry;
  readonly hash: number;
  /** Counterparts it gives each figure of an item that picks it. */
  readonly size: number;
}

export interface Item extends NewItem {
  pick: ItemPick;
  /** Its place in the group's order, this time. */
  index: number;
  /** The comparison it was last part of. */
  seen: number;
}

interface Candidate {
  rank: number;
  /** Its place in this pick's order. */
  order: number;
  item: Item;
  meets: number;
}

/**
 * What one item picked, in its order: the first of the items it met, as many as fill its figures, then a few
 * more (`KEPT_PER_PICK`). Once one it met was left out, what it keeps is the start of the order of all it
 * meets, and is never added to at its end.
 */
export class ItemPick {
  /** What it keeps of what it met, in its order. */
  readonly ranked: Candidate[] = [];
  private total = 0;
  /** Whether an item it met was left out. */
  private dropped = false;

  /**
   * `owner` is the hash of the item that picks: each item goes through the others in its own order (in one
   * order for all, every item would pick the same few, and an edit to one of them would touch them all).
   */
  constructor(private readonly owner: number) {}

  /** Offers an item it meets: kept if it comes before the last of those it keeps, or while they are few. */
  offer(rank: number, item: Item, meets: number): void {
    const c = this.ranked;
    const order = mix(this.owner, item.hash);
    let k = c.length;
    while (k > 0 && before(rank, order, item, c[k - 1])) k--;
    if (k === c.length && (this.dropped || this.total >= KEPT_PER_PICK)) {
      this.dropped = true;
      return;
    }
    c.splice(k, 0, { rank, order, item, meets });
    // what comes after the kept ones is dropped
    let sum = 0;
    for (let t = 0; t < c.length; t++) {
      if (sum >= KEPT_PER_PICK) {
        c.length = t;
        this.dropped = true;
        break;
      }
      sum += c[t].item.size;
    }
    this.total = sum;
  }

  /** How many of `ranked`, from its start, it picked: those that fill its figures. */
  pickedCount(): number {
    let sum = 0,
      t = 0;
    while (t < this.ranked.length && sum < MAX_LINKS_PER_FIGURE) sum += this.ranked[t++].item.size;
    return t;
  }

  /**
   * Lets go of the items it kept that are gone or changed since; returns whether it still picks as meeting
   * every item again would: what it kept is all it met, or still fills its figures.
   */
  mend(seen: number): boolean {
    const c = this.ranked;
    if (c.every((x) => x.item.seen === seen)) return true;
    let n = 0,
      sum = 0;
    for (const x of c)
      if (x.item.seen === seen) {
        c[n++] = x;
        sum += x.item.size;
      }
    c.length = n;
    this.total = sum;
    return !this.dropped || sum >= MAX_LINKS_PER_FIGURE;
  }
}

function before(rank: number, order: number, item: Item, c: Candidate): boolean {
  if (rank !== c.rank) return rank < c.rank;
  if (order !== c.order) return order < c.order;
  const x = item.head,
    y = c.item.head;
  const byName = compareArticles(x.doc, y.doc);
  return byName < 0 || (byName === 0 && x.index < y.index);
}

/** A new item's pick until `update` makes its own: never offered anything. */
const NO_PICK = new ItemPick(0);

/** The picks of one group's items, kept from one comparison of its bucket to the next. */
export class GroupPicks {
  private items = new Map<unknown, Item>();
  private seen = 0;

  /**
   * The group's items in order, each with its pick brought up to date. An item as it was (the same key,
   * head and size) keeps its pick and is offered the items that are new, once it let go of those it kept that
   * are gone or changed (`mend`); one whose pick no longer fills then picks again among all, as new ones do.
   * Whether two items meet does not depend on which comes first, so the picks are those a comparison from
   * scratch makes. `pairable(i, j)` (i before j) says whether two may meet; `pairs` goes through all such
   * pairs, for when most items are new.
   */
  update(
    next: NewItem[],
    pairable: (i: number, j: number) => boolean,
    pairs: (visit: (i: number, j: number) => void) => void,
  ): Item[] {
    const seen = ++this.seen;
    const items: Item[] = [];
    const fresh: number[] = [];
    next.forEach((n, index) => {
      const old = this.items.get(n.key);
      if (old && old.head === n.head && old.size === n.size) {
        old.index = index;
        old.seen = seen;
        items.push(old);
      } else {
        // (its pick is made below, as every new item's is)
        items.push({ key: n.key, head: n.head, hash: n.hash, size: n.size, pick: NO_PICK, index, seen });
        fresh.push(index);
      }
    });
    this.items = new Map();
    for (const it of items) this.items.set(it.key, it);
    const rankOf = (i: number, j: number) => meet(items[i].head, items[j].head);
    if (fresh.length * 4 >= items.length) {
      // (mostly new, as when a corpus is read: each pair is compared once, for both)
      for (const it of items) it.pick = new ItemPick(it.hash);
      pairs((i, j) => {
        const meets = rankOf(i, j);
        if (meets === MEETS_NOT) return;
        items[i].pick.offer(RANK_OF_MEETS[meets], items[j], meets);
        items[j].pick.offer(RANK_OF_MEETS[meets], items[i], meets);
      });
      return items;
    }
    const again = new Uint8Array(items.length);
    for (const i of fresh) again[i] = 1;
    items.forEach((it, i) => {
      if (!again[i] && !it.pick.mend(seen)) again[i] = 1;
    });
    // one side of each pair: each item's pick is made or mended on its own
    const offerTo = (i: number, j: number) => {
      if (!(i < j ? pairable(i, j) : pairable(j, i))) return;
      const meets = rankOf(i, j);
      if (meets !== MEETS_NOT) items[i].pick.offer(RANK_OF_MEETS[meets], items[j], meets);
    };
    items.forEach((it, i) => {
      if (again[i]) {
        it.pick = new ItemPick(it.hash);
        for (let j = 0; j < items.length; j++) if (j !== i) offerTo(i, j);
      } else for (const j of fresh) offerTo(i, j);
    });
    return items;
  }
}

/** Two hashes made one, each bit of either changing about half of it (MurmurHash3's finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x85ebca6b | 0);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35 | 0);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The hash of each figure of a list (its article's name within the corpus's folders, then its place in the
 * article). Not its path or URI: the figures a large class is shown by must not depend on where the folder
 * is, nor on whether the editor (URIs) or the command line (paths) names them. Made for all at once, in one
 * pass (an article's figures are together in the list: its name is hashed once), as most are asked for: made
 * one by one when asked for, each looked its article up in a table, 6% of the heaviest edits' time at
 * realistic length.
 */
export function figureHashes(list: FigureEntry[], nameOf: (doc: string) => string): (p: number) => number {
  const hashes = new Uint32Array(list.length);
  let doc: string | undefined;
  let h = 0;
  for (let p = 0; p < list.length; p++) {
    const e = list[p];
    if (e.doc !== doc) h = fnv1a(nameOf((doc = e.doc)));
    hashes[p] = Math.imul(h ^ e.index, 0x01000193) >>> 0;
  }
  return (p) => hashes[p];
}

/**
 * The pairs picked by either side, each once and in the order of the two items, with what they said of
 * each other and who picked: bit 1 the first, bit 2 the second.
 */
export function pickedPairs(items: Item[]): Array<[number, number, number, number]> {
  const n = items.length;
  const pairs = new Map<number, [number, number, number, number]>();
  items.forEach((it, i) => {
    const { ranked } = it.pick;
    for (let t = 0, to = it.pick.pickedCount(); t < to; t++) {
      const c = ranked[t];
      const j = c.item.index;
      const lo = Math.min(i, j),
        hi = Math.max(i, j);
      const key = lo * n + hi;
      const bit = i === lo ? 1 : 2;
      const pair = pairs.get(key);
      if (pair) pair[3] |= bit;
      else pairs.set(key, [lo, hi, c.meets, bit]);
    }
  });
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
