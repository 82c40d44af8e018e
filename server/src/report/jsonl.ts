import type { Corpus } from '../core';
import { isWarning, reportEntities, reportFigures, reportFindings, reportHeader, type Report } from './model';

/**
 * The report as JSON Lines: a header (files, skipped, partly read), then one line per entity, per figure
 * and per finding, then a summary. Written in chunks as it goes, so a run over 100,000 articles never
 * holds the report, or one string of it, in memory. Returns the number of warnings.
 */
export function writeJsonLines(
  corpus: Corpus,
  skipped: Report['skipped'],
  version: string,
  write: (chunk: string) => void,
): number {
  let buffer = '';
  const line = (type: string, value: object) => {
    buffer += JSON.stringify({ type, ...value }) + '\n';
    if (buffer.length >= 1 << 16) {
      write(buffer);
      buffer = '';
    }
  };
  line('header', { tool: 'crosscheck', version, ...reportHeader(corpus, skipped) });
  let entities = 0,
    figures = 0;
  for (const e of reportEntities(corpus)) {
    line('entity', e);
    entities++;
  }
  for (const f of reportFigures(corpus)) {
    line('figure', f);
    figures++;
  }
  const verdicts: Record<string, number> = {};
  let warnings = 0;
  for (const f of reportFindings(corpus)) {
    line('finding', f);
    verdicts[f.verdict] = (verdicts[f.verdict] ?? 0) + 1;
    if (isWarning(f)) warnings++;
  }
  line('summary', { articles: corpus.size, entities, figures, findings: verdicts, warnings });
  write(buffer);
  return warnings;
}
