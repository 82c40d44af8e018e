import type { FigureEntry } from './compare';

/**
 * Which counterparts a figure is shown when it meets hundreds. Each class of equal figures (or each figure)
 * picks among those it meets: the most severe verdict first and, within one verdict, in the order of a hash
 * of what they are, until its figures have their fill. A pick depends only on the figures there are, not on
 * the order they were read or edited in, so an edit changes the picks of the few that meet what changed.
 */

/** Counterparts a figure is given by its own pick; it may be picked by more. */
export const MAX_LINKS_PER_FIGURE = 12;

interface Candidate {
  rank: number;
  hash: number;
  /** Where it comes in the bucket's list: the last tie-break, fixed as the list is sorted. */
  place: number;
  /** Its number in the group being linked. */
  id: number;
  meets: number;
  /** Counterparts it gives each figure of the one picking. */
  size: number;
}

export class Pick {
  readonly chosen: Candidate[] = [];
  private total = 0;

  /** Offers a candidate: kept if it comes before what already fills the pick. */
  offer(rank: number, hash: number, place: number, id: number, meets: number, size: number): void {
    const c = this.chosen;
    let k = c.length;
    while (k > 0 && before(rank, hash, place, c[k - 1])) k--;
    if (k === c.length && this.total >= MAX_LINKS_PER_FIGURE) return;
    c.splice(k, 0, { rank, hash, place, id, meets, size });
    this.total += size;
    // what comes after the fill is dropped
    let sum = 0;
    for (let t = 0; t < c.length; t++) {
      if (sum >= MAX_LINKS_PER_FIGURE) {
        c.length = t;
        break;
      }
      sum += c[t].size;
    }
    this.total = sum;
  }
}

function before(rank: number, hash: number, place: number, c: Candidate): boolean {
  return rank < c.rank || (rank === c.rank && (hash < c.hash || (hash === c.hash && place < c.place)));
}

/** FNV-1a of a string: an order for picks that no edit elsewhere moves. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash of each figure of a list (its article's, then its place in the article), made when first asked for. */
export function figureHashes(list: FigureEntry[]): (p: number) => number {
  const docs = new Map<string, number>();
  const made = new Float64Array(list.length).fill(-1);
  return (p) => {
    if (made[p] >= 0) return made[p];
    const e = list[p];
    let h = docs.get(e.doc);
    if (h === undefined) docs.set(e.doc, (h = hashOf(e.doc)));
    return (made[p] = Math.imul(h ^ e.index, 0x01000193) >>> 0);
  };
}

/**
 * The pairs picked by either side, each once and in the order of its two ids, with what they said of each
 * other and who picked: bit 1 the first, bit 2 the second.
 */
export function pickedPairs(picks: ReadonlyArray<Pick | undefined>): Array<[number, number, number, number]> {
  const n = picks.length;
  const pairs = new Map<number, [number, number, number, number]>();
  picks.forEach((p, i) => {
    for (const c of p?.chosen ?? []) {
      const lo = Math.min(i, c.id),
        hi = Math.max(i, c.id);
      const key = lo * n + hi;
      const bit = i === lo ? 1 : 2;
      const pair = pairs.get(key);
      if (pair) pair[3] |= bit;
      else pairs.set(key, [lo, hi, c.meets, bit]);
    }
  });
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
