import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { URI } from 'vscode-uri';
import { parseReviews, serializeReviews, type Corpus, type Decision, type DecisionKind, Decisions } from '../core';

/** The review file on disk (`.crosscheck/reviews.json` in the first workspace folder): reading and writing it. */
export class ReviewStore {
  constructor(private folder: string | undefined) {}

  setFolder(folder: string | undefined): void {
    this.folder = folder;
  }

  get path(): string | undefined {
    return this.folder ? join(this.folder, '.crosscheck', 'reviews.json') : undefined;
  }

  isReviewFile(uri: string): boolean {
    return !!this.path && URI.parse(uri).fsPath === this.path;
  }

  /** The decisions on disk, or none with an error message when the file is damaged. */
  load(): { decisions: Decisions; error?: string } {
    const p = this.path;
    if (!p || !existsSync(p)) return { decisions: new Decisions() };
    try {
      return parseReviews(readFileSync(p, 'utf8'));
    } catch (e) {
      return { decisions: new Decisions(), error: `cannot read ${p}: ${(e as Error).message}` };
    }
  }

  /** Writes atomically (a temporary file renamed over the old one), so a crash never leaves half a file. */
  save(d: Decisions): void {
    const p = this.path;
    if (!p) throw new Error('no workspace folder to keep review decisions in');
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.tmp`;
    writeFileSync(tmp, serializeReviews(d));
    renameSync(tmp, p);
  }
}

export interface FigureRef {
  uri: string;
  figure: number;
}

/** A decision about two figures, described for people reading the review file. */
export function decide(corpus: Corpus, kind: DecisionKind, a: FigureRef, b: FigureRef, verdict?: string): Decision {
  const fa = corpus.fingerprintOf({ doc: a.uri, index: a.figure }), fb = corpus.fingerprintOf({ doc: b.uri, index: b.figure });
  return {
    decision: kind, figures: [fa, fb].sort() as [string, string], verdict,
    files: [basename(URI.parse(a.uri).fsPath), basename(URI.parse(b.uri).fsPath)], at: new Date().toISOString(),
  };
}
