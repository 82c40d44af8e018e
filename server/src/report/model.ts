import { basename } from 'node:path';
import {
  describeCutoff,
  findingsFor,
  findingVerdicts,
  spellingFindings,
  formatDate,
  type ArticleLinks,
  type Corpus,
  type Finding,
  type ResolvedMention,
} from '../core';

/** The corpus report shared by the CLI's formats: 1-based lines and columns (UTF-16), end exclusive. */

export interface ReportSpan {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface Report {
  files: string[];
  skipped: Array<{ file: string; reason: string }>;
  /** Articles read only up to a point (too dense to be an article): where reading stopped, and why. */
  partial: Array<{ file: string; line: number; column: number; message: string }>;
  entities: Array<{
    id: string;
    kind: string;
    name: string;
    placeKind?: string;
    description?: string;
    aliases: string[];
    roles: Array<{ file: string; role: string }>;
    /** An organisation's acronym, and the people whose roles name it. */
    acronym?: string;
    members?: Array<{ id: string; name: string; role: string }>;
    mentions: ReportSpan[];
  }>;
  figures: ReportFigure[];
  findings: ReportFinding[];
}

export interface ReportFigure extends ReportSpan {
  kind: string;
  value: number | null;
  qualifier: string;
  qualifierText?: string;
  interval?: { lo: number | null; hi: number | null };
  vague?: boolean;
  measure?: string;
  measureLabel?: string;
  /** What happened to the things counted, when the text says ("destroyed"). */
  action?: string;
  place?: string;
  placeId?: string;
  nationwide?: boolean;
  time?: { date?: string; day?: string; since?: string; year?: number; event?: string; cumulative?: boolean };
  attribution?: string;
  quoted?: boolean;
  subset?: boolean;
}

export interface ReportFinding extends ReportSpan {
  code: string;
  verdict: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** For a name variant: the mention as most articles spell it. */
  replacement?: string;
  related: Array<ReportSpan & { message: string }>;
}

export const DEFAULT_SEVERITY: Record<Finding['verdict'], ReportFinding['severity']> = {
  conflict: 'warning',
  rounding: 'information',
  updated: 'information',
};

/** Articles named by their file name in messages. */
export const fileLinks: ArticleLinks = { label: (doc) => basename(doc), href: () => undefined };

/** A span of an article; `text` when it is known (a figure's), else read from the article. */
export function spanOf(corpus: Corpus, doc: string, start: number, end: number, text?: string): ReportSpan {
  const lines = corpus.analysis(doc)!.lines;
  const a = lines.position(start),
    b = lines.position(end);
  return {
    file: doc,
    line: a.line + 1,
    column: a.character + 1,
    endLine: b.line + 1,
    endColumn: b.character + 1,
    text: text ?? corpus.textSlice(doc, start, end)!,
  };
}

/**
 * A span with more fields after its own. (`Object.assign`, not a literal spreading the span: an object
 * spread from another and then given more fields was 18 times slower to make and write, 16 µs a figure.)
 */
const spanWith = <T extends object>(span: ReportSpan, more: T): ReportSpan & T => Object.assign(span, more);

/** A figure's text, as the figure holds it (the article's text from its start to its end). */
const figureText = (corpus: Corpus, doc: string, index: number): string | undefined =>
  corpus.analysis(doc)?.figures.figures[index]?.text;

/** Told as the report is made, for the command line's progress line: each pass, and each article of it. */
export interface ReportProgress {
  step(what: string, total?: number, unit?: string): void;
  tick(): void;
}

/** Every article's figures, one at a time. */
export function reportFigures(corpus: Corpus, progress?: ReportProgress): Generator<ReportFigure> {
  return eachArticle(corpus, 'writing figures', figuresOf, progress);
}

/** Every article's findings, one at a time. */
export function reportFindings(corpus: Corpus, progress?: ReportProgress): Generator<ReportFinding> {
  return eachArticle(corpus, 'writing findings', findingsOf, progress);
}

/** What `of` gives for each article in turn, the pass told to `progress` as `what`. */
function* eachArticle<T>(
  corpus: Corpus,
  what: string,
  of: (corpus: Corpus, doc: string) => T[],
  progress?: ReportProgress,
): Generator<T> {
  const docs = corpus.documents();
  progress?.step(what, docs.length);
  for (const doc of docs) {
    yield* of(corpus, doc);
    progress?.tick();
  }
}

/** The findings `--max-warnings` counts. */
export const isWarning = (f: Pick<ReportFinding, 'severity'>): boolean =>
  f.severity === 'warning' || f.severity === 'error';

/** How many findings are warnings, without making their messages (name variants are information). */
export function countWarnings(corpus: Corpus): number {
  let n = 0;
  for (const byFigure of findingVerdicts(corpus).values())
    for (const verdicts of byFigure.values())
      for (const v of verdicts) if (isWarning({ severity: DEFAULT_SEVERITY[v] })) n++;
  return n;
}

/** What the report says about the corpus as a whole: its files, the skipped ones, the ones read in part. */
export function reportHeader(
  corpus: Corpus,
  skipped: Array<{ file: string; reason: string }>,
): Pick<Report, 'files' | 'skipped' | 'partial'> {
  return {
    files: corpus.documents(),
    skipped,
    partial: corpus.documents().flatMap((doc) => {
      const c = corpus.analysis(doc)?.cutoff;
      if (!c) return [];
      const { line, column } = spanOf(corpus, doc, c.offset, c.offset);
      return [{ file: doc, line, column, message: describeCutoff(c) }];
    }),
  };
}

/** The entities, most mentioned first within each kind, one at a time (a stream need not hold them all). */
export function* reportEntities(corpus: Corpus, progress?: ReportProgress): Generator<Report['entities'][number]> {
  const mention = (m: ResolvedMention) => spanOf(corpus, m.doc, m.start, m.end);
  const sorted = [...corpus.resolution().entities.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  progress?.step('writing names', sorted.length, 'entities');
  for (const e of sorted) {
    yield {
      id: e.id,
      kind: e.kind,
      name: e.name,
      placeKind: e.placeKind,
      description: e.description,
      aliases: e.aliases,
      roles: e.roles.map((r) => ({ file: r.doc, role: r.role })),
      acronym: e.acronym,
      members: corpus.members(e)?.map((m) => ({ id: m.entityId, name: m.name, role: m.role })),
      mentions: e.mentions.map(mention),
    };
    progress?.tick();
  }
}

/** One article's findings: figures that disagree, then names spelled as fewer articles spell them. */
export function findingsOf(corpus: Corpus, doc: string): ReportFinding[] {
  return [
    ...findingsFor(corpus, doc, fileLinks).map((f) =>
      spanWith(spanOf(corpus, doc, f.start, f.end, figureText(corpus, doc, f.figure)), {
        code: f.code,
        verdict: f.verdict,
        severity: DEFAULT_SEVERITY[f.verdict],
        message: f.message,
        related: f.related.map((r) =>
          spanWith(spanOf(corpus, r.doc, r.start, r.end, figureText(corpus, r.doc, r.figure)), { message: r.message }),
        ),
      }),
    ),
    ...spellingFindings(corpus, doc, fileLinks).map((f) =>
      spanWith(spanOf(corpus, doc, f.start, f.end), {
        code: f.code,
        verdict: 'variant',
        severity: 'information' as const,
        message: f.message,
        replacement: f.replacement,
        related: f.related.map((r) => spanWith(spanOf(corpus, r.doc, r.start, r.end), { message: r.message })),
      }),
    ),
  ];
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** One article's figures, as the report shows them. */
export function figuresOf(corpus: Corpus, doc: string): ReportFigure[] {
  const a = corpus.analysis(doc)!;
  return a.figures.figures.map((f) =>
    spanWith(spanOf(corpus, doc, f.start, f.end, f.text), {
      kind: f.kind,
      value: f.value,
      qualifier: f.qualifier,
      qualifierText: f.qualifierText,
      interval: f.value === null ? undefined : { lo: finite(f.interval.lo), hi: finite(f.interval.hi) },
      vague: f.vague || undefined,
      measure: f.measure,
      measureLabel: f.measureLabel,
      action: f.action,
      place: f.placeText,
      placeId: f.placeId,
      nationwide: f.nationwide || undefined,
      time:
        f.value === null
          ? undefined
          : {
              date: a.figures.dateline ? formatDate(a.figures.dateline) : undefined,
              day: f.dayText,
              since: f.sinceText,
              year: f.year,
              event: f.eventText,
              cumulative: f.cumulative || undefined,
            },
      attribution: f.attribution,
      quoted: f.quoted || undefined,
      subset: f.subset || undefined,
    }),
  );
}
