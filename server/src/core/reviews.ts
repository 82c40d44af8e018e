/**
 * A reviewer's decisions about pairs of figures, kept in a plain JSON file in the workspace
 * (`.crosscheck/reviews.json`) so they survive reopening and show up in git. A figure is known by its
 * text and its sentence (whitespace folded), never by line numbers, so edits around it keep the decision.
 */

export type DecisionKind = 'reviewed' | 'different';

export interface Decision {
  /** "reviewed": the pair was checked, hide its finding; "different": not the same figure, never compare. */
  decision: DecisionKind;
  /** The two figures' fingerprints, sorted. */
  figures: [string, string];
  /** What the finding said when the decision was made, for people reading the file. */
  verdict?: string;
  files?: [string, string];
  at?: string;
}

export interface ReviewFile {
  version: 1;
  decisions: Decision[];
}

/** "500 | ICE operation leads to 45 arrests in NY, 500 total nationwide" */
export function fingerprint(figureText: string, sentence: string): string {
  return `${figureText} | ${sentence.replace(/\s+/g, ' ').trim()}`;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export class Decisions {
  private readonly byPair = new Map<string, Decision>();

  constructor(readonly list: Decision[] = []) {
    for (const d of list) this.byPair.set(pairKey(d.figures[0], d.figures[1]), d);
  }

  get(a: string, b: string): Decision | undefined {
    return this.byPair.get(pairKey(a, b));
  }

  get size(): number {
    return this.list.length;
  }

  /** A new set with this decision added (replacing any earlier one for the pair). */
  with(d: Decision): Decisions {
    const key = pairKey(d.figures[0], d.figures[1]);
    const sorted: Decision = { ...d, figures: [d.figures[0], d.figures[1]].sort() as [string, string] };
    return new Decisions([...this.list.filter((x) => pairKey(x.figures[0], x.figures[1]) !== key), sorted]);
  }

  without(index: number): Decisions {
    return new Decisions(this.list.filter((_, i) => i !== index));
  }

  toJSON(): ReviewFile {
    return { version: 1, decisions: this.list };
  }
}

/** Reads a review file; a damaged file yields an error message and no decisions, never an exception. */
export function parseReviews(text: string): { decisions: Decisions; error?: string } {
  if (!text.trim()) return { decisions: new Decisions() };
  try {
    const raw = JSON.parse(text) as Partial<ReviewFile>;
    const list = Array.isArray(raw.decisions) ? raw.decisions : [];
    const valid = list.filter((d): d is Decision =>
      !!d && (d.decision === 'reviewed' || d.decision === 'different') && Array.isArray(d.figures) && d.figures.length === 2 && d.figures.every((f) => typeof f === 'string'));
    return { decisions: new Decisions(valid), error: valid.length < list.length ? `${list.length - valid.length} malformed decision(s) were ignored` : undefined };
  } catch (e) {
    return { decisions: new Decisions(), error: `the review file is not valid JSON (${(e as Error).message})` };
  }
}

export function serializeReviews(d: Decisions): string {
  return JSON.stringify(d.toJSON(), null, 2) + '\n';
}
