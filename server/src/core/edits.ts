import type { DocumentAnalysis } from './analyze';
import type { NameCandidate, Span } from './types';
import { candidateList } from './candidates';

/**
 * An edit to one article, as the one span it replaced, and what it did to the article's names. When it left
 * them as they were, the corpus keeps its resolution and only moves that article's mentions, so typing in a
 * sentence costs one article, not a resolution of the whole corpus; when it changed only organisations, only
 * the organisations are resolved again.
 */

/** [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single span that turns one text into the other (common prefix and suffix left out). */
export function editBetween(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Where a span of the old text is in the new one; undefined when the edit touched it. */
export function mover(edit: Edit): Move {
  const delta = edit.newEnd - edit.oldEnd;
  return (s) => {
    if (s.end <= edit.start) return s;
    if (s.start >= edit.oldEnd) return { start: s.start + delta, end: s.end + delta };
    return undefined;
  };
}

/**
 * What resolution reads of an article besides its organisations: its names and where they are, not its
 * figures or sentences.
 */
const PEOPLE_AND_PLACES = ['people', 'candidates', 'places', 'orgNames'] as const;

/** An article before and after an edit. */
export interface Version {
  text: string;
  analysis: DocumentAnalysis;
}

/** Moves a span of the old text to the new one; undefined when the edit touched it. */
export type Move = (span: Span) => Span | undefined;

/**
 * What an edit did to the article's names:
 * - `none`: the same mentions, each moved by the edit, and the same answer from `readAround` for each
 *   capitalised word (the text resolution reads around one); capitalised words that resolve to nothing
 *   (`inert`: no one's name, no place's) may come and go, as when a word is being typed;
 * - `organisations`: only its organisations changed, and no person's name or capitalised word went into or
 *   out of an organisation's full name (a name inside one is the organisation's);
 * - `names`: anything else.
 */
export type NameChange = { kind: 'none' | 'organisations'; move: Move } | { kind: 'names' };

export function nameChange(
  before: Version,
  after: Version,
  edit: Edit,
  readAround: (text: string, c: NameCandidate) => string,
  inert: (c: NameCandidate) => boolean = () => false,
): NameChange {
  const move = mover(edit);
  const x = { ...before.analysis, candidates: candidateList(before.analysis.candidates).filter((c) => !inert(c)) },
    y = { ...after.analysis, candidates: candidateList(after.analysis.candidates).filter((c) => !inert(c)) };
  if (!PEOPLE_AND_PLACES.every((k) => sameMoved(x[k], y[k], move))) return { kind: 'names' };
  for (let i = 0; i < x.candidates.length; i++)
    if (readAround(before.text, x.candidates[i]) !== readAround(after.text, y.candidates[i])) return { kind: 'names' };
  if (sameMoved(x.organisations, y.organisations, move)) return { kind: 'none', move };
  // a name inside an organisation's full name is the organisation's: an organisation's bounds may move,
  // but not across a person's name or a capitalised word
  const inBody = (a: Pick<DocumentAnalysis, 'organisations'>, s: Span) =>
    a.organisations.some((o) => o.acronym !== o.text && o.start <= s.start && s.end <= o.end);
  const alike = (k: 'people' | 'candidates') => x[k].every((p, i) => inBody(x, p) === inBody(y, y[k][i]));
  return alike('people') && alike('candidates') ? { kind: 'organisations', move } : { kind: 'names' };
}

/** Deep equality where every {start, end} of the old value must be the new one's, moved. */
function sameMoved(x: unknown, y: unknown, move: (s: Span) => Span | undefined): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameMoved(x[i], y[i], move)) return false;
    return true;
  }
  const a = x as Record<string, unknown>,
    b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  if (typeof a.start === 'number' && typeof a.end === 'number') {
    const m = move(a as unknown as Span);
    if (!m || m.start !== b.start || m.end !== b.end) return false;
  }
  for (const k of keys) if (k !== 'start' && k !== 'end' && !sameMoved(a[k], b[k], move)) return false;
  return true;
}
