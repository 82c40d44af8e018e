import type { Location, Position, Range } from 'vscode-languageserver';
import type { Corpus } from '../core';

/** Offsets of the core ↔ LSP positions and locations. Document ids in the server's corpus are URIs. */

export function rangeOf(corpus: Corpus, uri: string, start: number, end: number): Range | undefined {
  const a = corpus.analysis(uri);
  if (!a) return undefined;
  return { start: a.lines.position(start), end: a.lines.position(end) };
}

export function locationOf(corpus: Corpus, uri: string, start: number, end: number): Location | undefined {
  const range = rangeOf(corpus, uri, start, end);
  return range && { uri, range };
}

export function offsetOf(corpus: Corpus, uri: string, p: Position): number | undefined {
  return corpus.analysis(uri)?.lines.offset(p.line, p.character);
}

export function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}
