import type { NameCandidate } from './types';

/**
 * An article's name candidates as kept with its analysis: start and end of each, and of its given name
 * (−1 when none), four numbers each in one typed array, beside their words. A long article has fifty and
 * a corpus hundreds of thousands: as objects, those of 10,000 short articles took 21 MB of heap. Resolution
 * reads them in place (`candidateStart`, `candidateEnd`); edits make an article's into objects again.
 */
export interface Candidates {
  spans: Int32Array;
  texts: string[];
  /** The given name before each candidate, as written; undefined when none. */
  givens: Array<string | undefined>;
}

const FIELDS = 4;

export function packCandidates(list: readonly NameCandidate[]): Candidates {
  const spans = new Int32Array(list.length * FIELDS);
  list.forEach((c, i) => {
    spans[i * FIELDS] = c.start;
    spans[i * FIELDS + 1] = c.end;
    spans[i * FIELDS + 2] = c.given ? c.given.start : -1;
    spans[i * FIELDS + 3] = c.given ? c.given.end : -1;
  });
  return { spans, texts: list.map((c) => c.text), givens: list.map((c) => c.given?.text) };
}

/** Where candidate `i` starts and ends (its given name, with `given`), read in place. */
export const candidateStart = (c: Candidates, i: number, given = false): number =>
  c.spans[i * FIELDS + (given ? 2 : 0)];
export const candidateEnd = (c: Candidates, i: number): number => c.spans[i * FIELDS + 1];

export function candidateList(c: Candidates): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < c.texts.length; i++) {
    const k = i * FIELDS,
      given = c.givens[i];
    out.push({
      start: c.spans[k],
      end: c.spans[k + 1],
      text: c.texts[i],
      given: given === undefined ? undefined : { start: c.spans[k + 2], end: c.spans[k + 3], text: given },
    });
  }
  return out;
}
