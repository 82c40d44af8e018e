import type { Sentence } from './types';
import { textSlice, type PackedText } from './packed-text';

/**
 * An article's sentences as kept with its analysis: four numbers each (start, end, line, and 1 for a
 * headline) in one typed array. A corpus keeps hundreds of thousands of sentences: as objects, those of
 * 10,000 articles of realistic length took 30 MB of heap.
 */
export type Sentences = Int32Array;

const FIELDS = 4;

export function packSentences(list: readonly Sentence[]): Sentences {
  const out = new Int32Array(list.length * FIELDS);
  list.forEach((s, i) => {
    out[i * FIELDS] = s.start;
    out[i * FIELDS + 1] = s.end;
    out[i * FIELDS + 2] = s.line;
    out[i * FIELDS + 3] = s.headline ? 1 : 0;
  });
  return out;
}

export function sentenceCount(s: Sentences): number {
  return s.length / FIELDS;
}

export function sentenceAt(s: Sentences, i: number): Sentence | undefined {
  if (!(i >= 0 && i < s.length / FIELDS)) return undefined;
  const k = i * FIELDS;
  return { start: s[k], end: s[k + 1], line: s[k + 2], headline: s[k + 3] === 1 };
}

/** A sentence's text, without making the sentence (fingerprints read it for every pair a decision may name). */
export function sentenceText(s: Sentences, i: number, text: PackedText): string | undefined {
  return i >= 0 && i < s.length / FIELDS ? textSlice(text, s[i * FIELDS], s[i * FIELDS + 1]) : undefined;
}

export function unpackSentences(s: Sentences): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < s.length / FIELDS; i++) out.push(sentenceAt(s, i)!);
  return out;
}

/** The last sentence that starts at or before the offset (the first when none does), or -1 when none. */
export function sentenceIndexAt(s: Sentences, offset: number): number {
  let lo = 0,
    hi = s.length / FIELDS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid * FIELDS] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return hi < 0 ? -1 : lo;
}
