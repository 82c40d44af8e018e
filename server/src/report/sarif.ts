import type { Report, ReportFinding, ReportSpan } from './model';
import { streamed } from './stream';

/** The report as SARIF 2.1.0, for code-scanning tools and CI annotations. */

const LEVEL: Record<ReportFinding['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const RULES = [
  {
    id: 'figure-conflict',
    name: 'FigureConflict',
    text: 'Two articles give figures for the same thing that cannot both be right.',
  },
  {
    id: 'figure-rounding',
    name: 'FigureRounding',
    text: 'An unhedged round number stands against a precise one for the same thing.',
  },
  { id: 'figure-updated', name: 'FigureUpdated', text: 'A running total changed between articles of different dates.' },
  {
    id: 'article-cutoff',
    name: 'ArticleCutoff',
    text: 'The file holds far more figures or names than an article; it was read up to a point.',
  },
];

const location = (s: ReportSpan) => ({
  physicalLocation: {
    artifactLocation: { uri: s.file.split('\\').join('/') },
    region: {
      startLine: s.line,
      startColumn: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      snippet: { text: s.text },
    },
  },
});

/** The report as SARIF, its results a streamed list (`jsonChunks` writes it). */
export function toSarif(
  r: Pick<Report, 'files' | 'partial'> & { findings: Iterable<ReportFinding> },
  version: string,
): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version,
            rules: RULES.map((x) => ({
              id: x.id,
              name: x.name,
              shortDescription: { text: x.text },
              help: { text: `${x.text} See the “${x.id}” section of Crosscheck's README.` },
            })),
          },
        },
        artifacts: r.files.map((f) => ({ location: { uri: f.split('\\').join('/') } })),
        results: streamed(results(r)),
      },
    ],
  };
}

function* results(r: Pick<Report, 'partial'> & { findings: Iterable<ReportFinding> }): Generator<object> {
  for (const f of r.findings)
    yield {
      ruleId: f.code,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f)],
      relatedLocations: f.related.map((x, id) => ({ id, ...location(x), message: { text: x.message } })),
    };
  for (const p of r.partial)
    yield {
      ruleId: 'article-cutoff',
      level: 'note',
      message: { text: p.message },
      locations: [location({ ...p, endLine: p.line, endColumn: p.column, text: '' })],
    };
}
