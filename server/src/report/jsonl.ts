import type { Corpus } from '../core';
import {
  isWarning,
  reportEntities,
  reportFigures,
  reportFindings,
  reportHeader,
  type Report,
  type ReportProgress,
} from './model';
import { CHUNK } from './stream';

/**
 * The report as JSON Lines: a header (files, skipped, partly read), then one line per entity, per figure
 * and per finding, then a summary. Made in chunks of about 64 KB as they are asked for, so a run over
 * 100,000 articles never holds the report, or one string of it, in memory. Returns the number of warnings.
 */
export function* jsonLines(
  corpus: Corpus,
  skipped: Report['skipped'],
  version: string,
  progress?: ReportProgress,
): Generator<string, number> {
  let buffer = '';
  // (the type written before the value's own fields, not spread into a copy of the value: a third faster;
  // no value of the report has a field of that name)
  const line = (type: string, value: object) => {
    const fields = JSON.stringify(value).slice(1); // ("}" when the value has none)
    buffer += `{"type":${JSON.stringify(type)}${fields === '}' ? '' : ','}${fields}\n`;
  };
  function* lines<T extends object>(type: string, items: Iterable<T>, count: (x: T) => void): Generator<string> {
    for (const x of items) {
      line(type, x);
      count(x);
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
      }
    }
  }
  line('header', { tool: 'crosscheck', version, ...reportHeader(corpus, skipped) });
  let entities = 0,
    figures = 0,
    warnings = 0;
  const verdicts: Record<string, number> = {};
  yield* lines('entity', reportEntities(corpus, progress), () => entities++);
  yield* lines('figure', reportFigures(corpus, progress), () => figures++);
  yield* lines('finding', reportFindings(corpus, progress), (f) => {
    verdicts[f.verdict] = (verdicts[f.verdict] ?? 0) + 1;
    if (isWarning(f)) warnings++;
  });
  line('summary', { articles: corpus.size, entities, figures, findings: verdicts, warnings });
  yield buffer;
  return warnings;
}
