import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * After each full collection V8 lets the heap grow up to fourfold before the next. A corpus is a large,
 * long-lived heap, and every resolution of its names leaves a resolution's worth of garbage: with the
 * default, a server of 10,000 articles went from 0.7 to 1.4 GB over 40 edits, and the command line peaked
 * at 1.6 GB, most of it garbage.
 *
 * So the heap grows by a set share, by phase. While articles are read, nearly all that is made is kept,
 * and a collection frees little: the heap grows by half. From the resolution of names on (comparing,
 * publishing), each step leaves garbage: the server's heap grows by 30%, the command line's by 25%. At
 * 10,000 articles, three pairs of runs each:
 * - server, growing by half throughout: peak 449–494 MB, 492–522 MB after the view's list and 40 edits;
 * - by 30% from the resolution on: 403–413 MB, 442–448 MB; the index time within the machine's noise;
 * - by 20% from the resolution on: 411–433 MB, 445–451 MB, but in process the steps after reading took
 *   0.6 s (of 3.3) longer at 10,000 articles, and 2–3 s longer at realistic length.
 * Once the server has indexed and published, its work comes in small steps (an edit, a hover, the view's
 * list), and room for the index's garbage is room the steps never use: its heap grows by 15% from then on.
 * The benchmark's peak after its view lists and 50 edits, two pairs of runs: 408 and 412 → 386 and 388 MB at
 * 10,000 articles, edits within the machine's noise; 839 and 842 → 802 and 824 MB at realistic length,
 * number edits' p50 20–30 ms slower there (179 and 189 → 200 and 217 ms; p95 and name edits in the noise).
 */
export function keepHeapNearLiveSize(percent: 15 | 25 | 30 | 50): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * A full collection, now (the server's, once an index has resolved names: each index, settings changed
 * included, reads the corpus again). Reading leaves the heap full of garbage (in process, at 10,000 articles
 * of realistic length, 880 MB, 590 of them live), and V8's first full collection after it, 0.4–0.7 s, fell
 * on one of the first edits or requests; the index takes it instead (0.2–0.3 s at 10,000 articles, 0.3–0.7 s
 * at realistic length). The benchmark's 40 number edits at realistic length over the server, five pairs of
 * runs in turn: p95 median 625 → 392 ms (one pair of the five the other way, 268 → 745). (`gc` is V8's,
 * which Node gives under a flag, set here.)
 */
export function collectNow(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
