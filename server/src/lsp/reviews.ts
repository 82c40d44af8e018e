import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { URI } from 'vscode-uri';
import {
  parseReviews,
  serializeReviews,
  type Corpus,
  type Decision,
  type DecisionKind,
  Decisions,
  type NameDecision,
} from '../core';
import { readBounded, within } from '../files';
import { offsetOf } from './convert';

/** A review file larger than this is not a review file. */
const MAX_REVIEW_FILE = 16 * 1024 * 1024;

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

  /** The decisions on disk, or none with an error message when the file is damaged or points out of the workspace. */
  load(): { decisions: Decisions; error?: string } {
    const p = this.path;
    if (!p || !exists(p)) return { decisions: new Decisions() };
    try {
      this.checkInside();
      const r = readBounded(p, MAX_REVIEW_FILE);
      if (!r.ok) return { decisions: new Decisions(), error: `cannot read ${p}: ${r.reason}` };
      return parseReviews(r.bytes.toString('utf8'));
    } catch (e) {
      return { decisions: new Decisions(), error: `cannot read ${p}: ${(e as Error).message}` };
    }
  }

  /**
   * Writes atomically and without following links: a new temporary file with a unique name, created
   * exclusively (O_EXCL fails on anything already there, a link included), then renamed over the old file.
   * Refused when `.crosscheck` or `reviews.json` is a link pointing out of the workspace folder.
   */
  save(d: Decisions): void {
    const p = this.path;
    if (!p || !this.folder) throw new Error('no workspace folder to keep review decisions in');
    const dir = join(this.folder, '.crosscheck');
    if (!exists(dir)) mkdirSync(dir);
    this.checkInside();
    const tmp = join(realpathSync(dir), `.reviews.json.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, serializeReviews(d));
      closeSync(fd);
      renameSync(tmp, join(realpathSync(dir), 'reviews.json'));
    } catch (e) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
      try {
        unlinkSync(tmp);
      } catch {
        /* never made */
      }
      throw e;
    }
  }

  /** Throws when `.crosscheck` or `reviews.json` resolves to a place outside the workspace folder. */
  private checkInside(): void {
    const root = realpathSync(this.folder!);
    for (const p of [join(this.folder!, '.crosscheck'), this.path!]) {
      if (!exists(p) || !lstatSync(p).isSymbolicLink()) continue;
      let real: string | undefined;
      try {
        real = realpathSync(p);
      } catch {
        real = undefined;
      }
      if (!real || !within(root, real)) {
        throw new Error(
          `${p} is a symbolic link pointing outside the workspace folder (${real ?? 'nowhere'}); ` +
            'Crosscheck does not read or write through it',
        );
      }
    }
  }
}

/** Does anything (a dangling link included) exist at this path? */
function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

export interface FigureRef {
  uri: string;
  figure: number;
}

/** A name mention as a command argument: its article and the offset of its first character. */
export interface MentionRef {
  uri: string;
  offset: number;
}

/**
 * A mention reference as a command argument ({ uri, offset }, or { uri, line, character } from a client
 * that knows positions), checked against the corpus: the reference by offset, or a message.
 */
export function checkMention(corpus: Corpus, v: unknown, what: string): MentionRef | string {
  if (!v || typeof v !== 'object') return `${what} must be an object { uri, offset }`;
  const r = v as Record<string, unknown>;
  if (typeof r.uri !== 'string') return `${what} must have a string "uri"`;
  if (!corpus.has(r.uri)) return `${what}: ${r.uri} is not an article of the corpus`;
  let offset: number | undefined;
  if (Number.isInteger(r.offset)) offset = r.offset as number;
  else if (Number.isInteger(r.line) && Number.isInteger(r.character))
    offset = offsetOf(corpus, r.uri, { line: r.line as number, character: r.character as number });
  else return `${what} must have a whole number "offset" (or "line" and "character")`;
  const m = offset === undefined ? undefined : corpus.mentionAt(r.uri, offset);
  if (!m) return `${what}: ${basename(URI.parse(r.uri).fsPath)} names no one there`;
  return { uri: r.uri, offset: m.start };
}

/** A decision about two name mentions, described for people reading the review file. */
export function decideNames(corpus: Corpus, kind: 'same' | 'different', a: MentionRef, b: MentionRef): NameDecision {
  const ma = corpus.mentionAt(a.uri, a.offset)!,
    mb = corpus.mentionAt(b.uri, b.offset)!;
  return {
    decision: kind,
    mentions: [
      corpus.mentionFingerprint(a.uri, ma.start, ma.text),
      corpus.mentionFingerprint(b.uri, mb.start, mb.text),
    ],
    names: [corpus.entity(ma.entityId)?.name ?? ma.text, corpus.entity(mb.entityId)?.name ?? mb.text],
    files: [basename(URI.parse(a.uri).fsPath), basename(URI.parse(b.uri).fsPath)],
    at: new Date().toISOString(),
  };
}

/** A figure reference as a command argument, checked against the corpus; a message when it names no figure. */
export function checkRef(corpus: Corpus, v: unknown, what: string): string | undefined {
  if (!v || typeof v !== 'object') return `${what} must be an object { uri, figure }`;
  const r = v as Record<string, unknown>;
  if (typeof r.uri !== 'string' || !Number.isInteger(r.figure))
    return `${what} must have a string "uri" and a whole number "figure"`;
  const figures = corpus.analysis(r.uri)?.figures.figures;
  if (!figures) return `${what}: ${r.uri} is not an article of the corpus`;
  if ((r.figure as number) < 0 || (r.figure as number) >= figures.length)
    return `${what}: ${basename(URI.parse(r.uri).fsPath)} has no figure ${String(r.figure)}`;
  return undefined;
}

/** A decision about two figures, described for people reading the review file. */
export function decide(corpus: Corpus, kind: DecisionKind, a: FigureRef, b: FigureRef, verdict?: string): Decision {
  const fa = corpus.fingerprintOf({ doc: a.uri, index: a.figure }),
    fb = corpus.fingerprintOf({ doc: b.uri, index: b.figure });
  return {
    decision: kind,
    figures: [fa, fb].sort() as [string, string],
    verdict,
    files: [basename(URI.parse(a.uri).fsPath), basename(URI.parse(b.uri).fsPath)],
    at: new Date().toISOString(),
  };
}
