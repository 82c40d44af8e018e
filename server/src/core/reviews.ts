/**
 * A reviewer's decisions about pairs of figures and pairs of name mentions, kept in a plain JSON file in
 * the workspace (`.crosscheck/reviews.json`) so they survive reopening and show up in git. A figure or a
 * mention is known by its text and its sentence (whitespace folded), never by line numbers, so edits
 * around it keep the decision.
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

/** Two name mentions: "same" (one person, one place, one body), or "different" (never one entity). */
export interface NameDecision {
  decision: 'same' | 'different';
  /** The two mentions' fingerprints: the one the decision was made on first. */
  mentions: [string, string];
  /** What each mention resolved to when the decision was made, for people reading the file. */
  names?: [string, string];
  files?: [string, string];
  at?: string;
}

export interface ReviewFile {
  version: 2;
  decisions: Decision[];
  names: NameDecision[];
}

/** One decision of either kind, as listed for undoing. */
export type AnyDecision = ({ kind: 'figures' } & Decision) | ({ kind: 'names' } & NameDecision);

/** "500 | ICE operation leads to 45 arrests in NY, 500 total nationwide" */
export function fingerprint(figureText: string, sentence: string): string {
  return `${figureText} | ${sentence.replace(/\s+/g, ' ').trim()}`;
}

/** The text a fingerprint was made of ("500" of "500 | ICE operation leads to …"). */
export function fingerprintText(fp: string): string {
  return fp.slice(0, fp.indexOf(' | '));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export class Decisions {
  private readonly byPair = new Map<string, Decision>();

  constructor(
    readonly list: Decision[] = [],
    readonly names: NameDecision[] = [],
  ) {
    for (const d of list) this.byPair.set(pairKey(d.figures[0], d.figures[1]), d);
  }

  get(a: string, b: string): Decision | undefined {
    return this.byPair.get(pairKey(a, b));
  }

  /** Whether a figure written so is in any decision (`fingerprintText`); false for none. */
  decides(figureText: string | undefined): boolean {
    this.texts ??= new Set(this.list.flatMap((d) => d.figures.map(fingerprintText)));
    return figureText !== undefined && this.texts.has(figureText);
  }

  private texts: Set<string> | undefined;

  /** Whether a name mention with this fingerprint is in any decision about names. */
  namesMention(fingerprint: string): boolean {
    this.mentions ??= new Set(this.names.flatMap((d) => d.mentions));
    return this.mentions.has(fingerprint);
  }

  /** Whether a name mention written so is in any decision about names (`fingerprintText`). */
  namesMentionWritten(text: string): boolean {
    this.mentionTexts ??= new Set(this.names.flatMap((d) => d.mentions.map(fingerprintText)));
    return this.mentionTexts.has(text);
  }

  private mentions: Set<string> | undefined;
  private mentionTexts: Set<string> | undefined;

  /** Decisions about figures. */
  get size(): number {
    return this.list.length;
  }

  /** Every decision, figures first: the index of one is what `without` takes. */
  all(): AnyDecision[] {
    return [
      ...this.list.map((d) => ({ kind: 'figures' as const, ...d })),
      ...this.names.map((d) => ({ kind: 'names' as const, ...d })),
    ];
  }

  /** A new set with this decision added (replacing any earlier one for the pair). */
  with(d: Decision): Decisions {
    const key = pairKey(d.figures[0], d.figures[1]);
    const sorted: Decision = { ...d, figures: [d.figures[0], d.figures[1]].sort() as [string, string] };
    return new Decisions([...this.list.filter((x) => pairKey(x.figures[0], x.figures[1]) !== key), sorted], this.names);
  }

  /** A new set with this decision about two names added (replacing any earlier one for the pair). */
  withName(d: NameDecision): Decisions {
    const key = pairKey(d.mentions[0], d.mentions[1]);
    return new Decisions(this.list, [...this.names.filter((x) => pairKey(x.mentions[0], x.mentions[1]) !== key), d]);
  }

  /** Without the decision at this index of `all()`. */
  without(index: number): Decisions {
    const n = this.list.length;
    return new Decisions(
      this.list.filter((_, i) => i !== index),
      this.names.filter((_, i) => i + n !== index),
    );
  }

  toJSON(): ReviewFile {
    return { version: 2, decisions: this.list, names: this.names };
  }
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`);
const optional = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || ok(v);
const isString = (x: unknown) => typeof x === 'string';
const isPair = (x: unknown) => Array.isArray(x) && x.length === 2 && x.every(isString);

function isDecision(d: unknown): d is Decision {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return false;
  const x = d as Record<string, unknown>;
  return (
    (x.decision === 'reviewed' || x.decision === 'different') &&
    isPair(x.figures) &&
    optional(x.verdict, isString) &&
    optional(x.files, isPair) &&
    optional(x.at, isString)
  );
}

function isNameDecision(d: unknown): d is NameDecision {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return false;
  const x = d as Record<string, unknown>;
  return (
    (x.decision === 'same' || x.decision === 'different') &&
    isPair(x.mentions) &&
    optional(x.names, isPair) &&
    optional(x.files, isPair) &&
    optional(x.at, isString)
  );
}

/**
 * Reads a review file; a damaged file yields an error message and no decisions, never an exception. A BOM is
 * dropped; decisions of the wrong shape are left out (and counted in the message), the others apply.
 */
export function parseReviews(text: string): { decisions: Decisions; error?: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { decisions: new Decisions() };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { decisions: new Decisions(), error: `the review file is not valid JSON (${(e as Error).message})` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      decisions: new Decisions(),
      error: `the review file holds ${describe(raw)}, not an object { "version": 1, "decisions": [ … ] }`,
    };
  }
  const file = raw as Record<string, unknown>;
  if (file.version !== undefined && file.version !== 1 && file.version !== 2) {
    return {
      decisions: new Decisions(),
      error: `the review file has version ${JSON.stringify(file.version)}; this Crosscheck reads versions 1 and 2`,
    };
  }
  if (!Array.isArray(file.decisions)) {
    return {
      decisions: new Decisions(),
      error: `the review file's "decisions" is ${describe(file.decisions)}, not a list`,
    };
  }
  if (file.names !== undefined && !Array.isArray(file.names)) {
    return {
      decisions: new Decisions(),
      error: `the review file's "names" is ${describe(file.names)}, not a list`,
    };
  }
  const list: unknown[] = file.decisions;
  const names: unknown[] = (file.names as unknown[] | undefined) ?? [];
  const valid = list.filter(isDecision);
  const validNames = names.filter(isNameDecision);
  const bad = list.length - valid.length;
  const badNames = names.length - validNames.length;
  const errors = [
    bad
      ? `${bad} malformed decision(s) in the review file were ignored ` +
        `(each needs "decision": "reviewed" or "different" and "figures": two strings)`
      : '',
    badNames
      ? `${badNames} malformed name decision(s) were ignored ` +
        `(each needs "decision": "same" or "different" and "mentions": two strings)`
      : '',
  ].filter(Boolean);
  return {
    decisions: new Decisions(valid, validNames),
    error: errors.length ? errors.join('; ') : undefined,
  };
}

export function serializeReviews(d: Decisions): string {
  return JSON.stringify(d.toJSON(), null, 2) + '\n';
}
