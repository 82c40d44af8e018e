import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the heap grow up to fourfold before the next. A corpus is a large,
 * long-lived heap, and every resolution of its names leaves a resolution's worth of garbage: with the
 * default, a server of 10,000 articles went from 0.7 to 1.4 GB over 40 edits, and the command line peaked
 * at 1.6 GB, most of it garbage. Growing by half keeps the heap near its live size (`npm run bench`: peak
 * after edits, CLI peak) for a few per cent more time in the collector.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
