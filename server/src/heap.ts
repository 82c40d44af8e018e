import { setFlagsFromString } from 'node:v8';

/**
 * After each full collection V8 lets the heap grow up to fourfold before the next. A corpus is a large,
 * long-lived heap, and every resolution of its names leaves a resolution's worth of garbage: with the
 * default, a server of 10,000 articles went from 0.7 to 1.4 GB over 40 edits, and the command line peaked
 * at 1.6 GB, most of it garbage. Growing by half keeps the heap near its live size (`npm run bench`: peak
 * after edits, CLI peak) for a few per cent more time in the collector. The command line, whose heap once
 * read is all corpus and the report's garbage, grows by a quarter: at 10,000 articles a peak of 613–623 MB
 * became 557–615, for 7–10% more time (the server's index time would pay as much, and its peak is live
 * data).
 */
export function keepHeapNearLiveSize(percent: 25 | 50): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
