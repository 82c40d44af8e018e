import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import { describeCutoff, findingsFor, NAMED_COUNTERPARTS, spellingFindings, type Corpus, type Finding } from '../core';
import type { SeveritySetting, Settings } from './config';
import { locationOf, rangeOf } from './convert';
import { articleLinks } from './features';
import type { FileStatus } from './held-files';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Each finding code links to the README section that explains it. */
const README = pathToFileURL(join(__dirname, '..', '..', 'README.md')).href;

/** A code's link, made once: every diagnostic of the corpus carries one of a few (sent as JSON, never changed). */
const descriptions = new Map<string, { href: string }>();
function describedAt(code: string): { href: string } {
  let d = descriptions.get(code);
  if (!d) descriptions.set(code, (d = { href: `${README}#${code}` }));
  return d;
}

/**
 * Counterparts listed under a diagnostic: those a figure's message names (a name variant's, as many of the
 * articles that spell it the majority's way). The message counts them all; a figure's hover and the report
 * list every one. An editor parses every diagnostic of every article and shows each counterpart as a line
 * of the Problems view: with twenty, the diagnostics of the benchmark's 10,000 articles of realistic length
 * took 277 MB of JSON (217 MB of it counterparts; 151 MB with four), and comparing and publishing took
 * 16.2 s against 12.1 (medians of five runs of each, taken in turn).
 */
const MAX_RELATED = NAMED_COUNTERPARTS;

/** What a diagnostic carries for code actions: enough to find the finding again. */
export interface FindingData {
  verdict: Finding['verdict'];
  figure: number;
}

/** What a name-variant diagnostic carries: the spelling most articles use. */
export interface SpellingData {
  variant: true;
  replacement: string;
  majority: string;
}

/** Diagnostics of one article: notices about the file itself, then one per figure with a verdict. */
export function diagnosticsFor(
  corpus: Corpus,
  uri: string,
  status: FileStatus | undefined,
  settings: Settings,
  hidden?: (f: Finding) => Finding | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const start = { line: 0, character: 0 };
  for (const message of status?.notices ?? []) {
    out.push({
      range: { start, end: start },
      severity: DiagnosticSeverity.Information,
      source: 'crosscheck',
      code: 'file-encoding',
      message,
    });
  }
  const cutoff = corpus.analysis(uri)?.cutoff;
  if (cutoff) {
    const range = rangeOf(corpus, uri, cutoff.offset, cutoff.offset);
    if (range)
      out.push({
        range,
        severity: DiagnosticSeverity.Information,
        source: 'crosscheck',
        code: 'article-cutoff',
        message: describeCutoff(cutoff),
      });
  }
  for (const raw of findingsFor(corpus, uri, articleLinks(corpus), MAX_RELATED)) {
    const f = hidden ? hidden(raw) : raw;
    if (!f) continue;
    const level = settings.severity[f.verdict];
    if (level === 'off') continue;
    const range = rangeOf(corpus, uri, f.start, f.end);
    if (!range) continue;
    const data: FindingData = { verdict: f.verdict, figure: f.figure };
    out.push(diagnostic(corpus, range, SEVERITY[level], f, data));
  }
  if (settings.severity.nameVariant !== 'off')
    for (const f of spellingFindings(corpus, uri, articleLinks(corpus), MAX_RELATED)) {
      const range = rangeOf(corpus, uri, f.start, f.end);
      if (!range) continue;
      const data: SpellingData = { variant: true, replacement: f.replacement, majority: f.majority };
      out.push(diagnostic(corpus, range, SEVERITY[settings.severity.nameVariant], f, data));
    }
  return out;
}

/** A finding as a diagnostic: its code linked to the README, its counterparts as related information. */
function diagnostic(
  corpus: Corpus,
  range: Range,
  severity: DiagnosticSeverity,
  f: { code: string; message: string; related: Array<{ doc: string; start: number; end: number; message: string }> },
  data: FindingData | SpellingData,
): Diagnostic {
  return {
    range,
    severity,
    source: 'crosscheck',
    code: f.code,
    codeDescription: describedAt(f.code),
    message: f.message,
    data,
    relatedInformation: related(corpus, f.related),
  };
}

/** A finding's counterparts as related information, those whose article is still read. */
function related(
  corpus: Corpus,
  list: Array<{ doc: string; start: number; end: number; message: string }>,
): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of list) {
    const location = locationOf(corpus, r.doc, r.start, r.end);
    if (location) out.push({ location, message: r.message });
  }
  return out;
}
