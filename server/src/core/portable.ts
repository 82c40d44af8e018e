import type { DocumentAnalysis, SharedValues } from './analyze';
import { detached, shareIntervals, SHARED_LENGTH } from './analyze';
import { grown, LineIndex } from './text';

/**
 * An analysis as it crosses from a worker thread to the main thread. A structured clone of the analysis
 * itself sent every string as often as it occurs (several per figure and mention, 95% of them written
 * before in the run: "count", "place", each name), and the main thread made each one again, looked it up
 * to share it, and remade every object in the shape of one made here. Here the values are two flat
 * arrays, and a string or a list of keys crosses once per worker and run: each side keeps a table of what
 * it has sent or received (`SentValues`, `ReceivedValues`), and the values name their entries.
 */
export interface PortableAnalysis {
  /** What each value is (see `Op`), in the order a walk of the analysis meets them. */
  ops: Uint8Array;
  /** Numbers, and for the other values their table entry, list length or place in `long` or `arrays`. */
  values: Float64Array;
  /** Strings the main thread has not had from this worker, in table order. */
  strings: string[];
  /** Lists of keys likewise: an object's shape. */
  shapes: string[][];
  /** Strings longer than `SHARED_LENGTH` (rarely written twice): sent each time. */
  long: string[];
  /** Packed lists (sentences, candidates' spans). */
  arrays: Int32Array[];
  /** The worker's table it was written with (see `SentValues.id`). */
  table: number;
  /** How many strings and shapes the table held before this analysis: the two sides must agree. */
  known: [strings: number, shapes: number];
}

/** An analysis that the main thread's table cannot read: it is analysed again there. */
export class OutOfStep extends Error {
  constructor() {
    super('an analysis arrived out of step with its thread');
  }
}

const enum Op {
  Undefined,
  Null,
  False,
  True,
  Number,
  /** A number that is a 32-bit integer: read back as one, so that fields hold it as the analysis here does. */
  Int,
  String,
  Long,
  List,
  Object,
  Ints,
}

/** One step of a list of keys: the lists met, a key a step, each with its number once it ends a shape. */
interface KeyStep {
  keys: string[];
  /** The first step met after this one, by its key: nearly every step has only one (a figure's keys). */
  firstKey?: string;
  first?: KeyStep;
  /** The others. */
  next: Map<string, KeyStep>;
  id?: number;
}

/** The step after `step` by key `k`, made if new. */
function stepBy(step: KeyStep, k: string): KeyStep {
  // (most steps are told by one comparison of the key, a property name, not by a map lookup)
  if (step.firstKey === k) return step.first!;
  let next = step.next.get(k);
  if (next) return next;
  next = { keys: [...step.keys, k], next: new Map() };
  if (step.first) step.next.set(k, next);
  else {
    step.firstKey = k;
    step.first = next;
  }
  return next;
}

let tableCount = 0;

/** What one worker thread has sent in one run (see `PortableAnalysis`). */
export class SentValues {
  /** A number no other table of this thread has: a table made again for a run is another table. */
  readonly id = ++tableCount;
  readonly strings = new Map<string, number>();
  readonly shapes: KeyStep = { keys: [], next: new Map() };
  shapeCount = 0;
  // (one buffer for every analysis, grown as needed: a list per analysis would be remade as it grows)
  ops = new Uint8Array(4096);
  values = new Float64Array(4096);
}

/**
 * The analysis without its line index (the main thread makes it from the text), as values that name the
 * table's entries, and the entries new to the main thread. If anything in it cannot cross (nothing an
 * analysis holds), it throws, and the table's entries are as they were, so later analyses stay in step.
 */
export function portable(a: DocumentAnalysis, sent: SentValues): PortableAnalysis {
  const known: PortableAnalysis['known'] = [sent.strings.size, sent.shapeCount];
  const strings: string[] = [],
    shapes: KeyStep[] = [],
    long: string[] = [],
    arrays: Int32Array[] = [];
  let nOps = 0,
    nValues = 0;
  const op = (o: Op) => {
    if (nOps === sent.ops.length) sent.ops = grown(sent.ops, new Uint8Array(nOps * 2));
    sent.ops[nOps++] = o;
  };
  const value = (v: number) => {
    if (nValues === sent.values.length) sent.values = grown(sent.values, new Float64Array(nValues * 2));
    sent.values[nValues++] = v;
  };
  const put = (v: unknown): void => {
    if (v === undefined) op(Op.Undefined);
    else if (v === null) op(Op.Null);
    else if (v === false) op(Op.False);
    else if (v === true) op(Op.True);
    else if (typeof v === 'number') {
      op((v | 0) === v && !Object.is(v, -0) ? Op.Int : Op.Number);
      value(v);
    } else if (typeof v === 'string') {
      if (v.length > SHARED_LENGTH) {
        op(Op.Long);
        value(long.push(v) - 1);
        return;
      }
      let i = sent.strings.get(v);
      if (i === undefined) {
        // (a copy: a name cut from the text would keep the whole text alive in the table)
        sent.strings.set(detached(v), (i = sent.strings.size));
        strings.push(v);
      }
      op(Op.String);
      value(i);
    } else if (Array.isArray(v)) {
      op(Op.List);
      value(v.length);
      for (let i = 0; i < v.length; i++) put(v[i]);
    } else if (v instanceof Int32Array) {
      op(Op.Ints);
      value(arrays.push(v) - 1);
    } else if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      op(Op.Object);
      const at = nValues;
      value(0); // (the shape's number, known once its keys are walked)
      let step = sent.shapes;
      const o = v as Record<string, unknown>;
      for (const k in o) {
        step = stepBy(step, k);
        put(o[k]);
      }
      if (step.id === undefined) {
        step.id = sent.shapeCount++;
        shapes.push(step);
      }
      sent.values[at] = step.id;
    } else throw new Error(`an analysis cannot hold ${Object.prototype.toString.call(v)}`);
  };
  const { lines, ...rest } = a;
  void lines;
  try {
    put(rest);
  } catch (e) {
    for (const s of strings) sent.strings.delete(s);
    for (const s of shapes) s.id = undefined;
    sent.shapeCount = known[1];
    throw e;
  }
  return {
    ops: sent.ops.slice(0, nOps),
    values: sent.values.slice(0, nValues),
    strings,
    shapes: shapes.map((s) => s.keys),
    long,
    arrays,
    table: sent.id,
    known,
  };
}

/** Makes an object with the given keys, each value read in turn. */
type Literal = (read: () => unknown) => Record<string, unknown>;

/**
 * One function per list of keys, returning an object literal: objects made by one literal share the shape
 * of those the analysis makes here, so the code that reads figures and mentions meets one shape for each
 * (with half of 10,000 articles from a worker, 7 MB less heap, and linking and findings 5–10% faster).
 */
const literals = new Map<string, Literal>();
const MAX_LITERALS = 1000;

function literalOf(keys: string[]): Literal {
  const name = JSON.stringify(keys);
  let literal = literals.get(name);
  if (literal) return literal;
  if (literals.size >= MAX_LITERALS || keys.includes('__proto__'))
    // (keys no analysis has: an object made a key at a time, each its own, as a clone makes it)
    return (read) => {
      const o: Record<string, unknown> = {};
      for (const k of keys)
        Object.defineProperty(o, k, { value: read(), writable: true, enumerable: true, configurable: true });
      return o;
    };
  // (an object literal's values are read in the order written)
  literal = new Function(
    'read',
    `return { ${keys.map((k) => `${JSON.stringify(k)}: read()`).join(', ')} };`,
  ) as Literal;
  literals.set(name, literal);
  return literal;
}

/** What the main thread has received from one worker thread in this run (see `PortableAnalysis`). */
export class ReceivedValues {
  readonly strings: string[] = [];
  readonly shapes: Literal[] = [];
  /** The worker's table this one follows: the one its first analysis was written with. */
  private table?: number;

  /** `seen`: the run's table of equal values, which the strings and intervals received join. */
  constructor(readonly seen: SharedValues) {}

  /** Takes the analysis's new entries; throws `OutOfStep` if it was written with another table or state. */
  add(p: PortableAnalysis): void {
    if (this.table === undefined && p.known[0] === 0 && p.known[1] === 0) this.table = p.table;
    if (p.table !== this.table || p.known[0] !== this.strings.length || p.known[1] !== this.shapes.length)
      throw new OutOfStep();
    for (const s of p.strings) {
      const known = this.seen.strings.get(s);
      if (known === undefined) this.seen.strings.set(s, s);
      this.strings.push(known ?? s);
    }
    for (const keys of p.shapes) this.shapes.push(literalOf(keys));
  }
}

/** The analysis a worker made, made whole again on this thread, its intervals one with the run's equal ones. */
export function restore(text: string, p: PortableAnalysis, received: ReceivedValues): DocumentAnalysis {
  received.add(p);
  const { ops, values, long, arrays } = p;
  const { strings, shapes } = received;
  let i = 0,
    j = 0;
  const read = (): unknown => {
    switch (ops[i++] as Op) {
      case Op.Undefined:
        return undefined;
      case Op.Null:
        return null;
      case Op.False:
        return false;
      case Op.True:
        return true;
      case Op.Number:
        return values[j++];
      case Op.Int:
        return values[j++] | 0;
      case Op.String:
        return strings[values[j++]];
      case Op.Long:
        return long[values[j++]];
      case Op.List:
        // (a list of its length exactly, and packed, as the analysis made here has)
        return Array.from({ length: values[j++] }, read);
      case Op.Object:
        return shapes[values[j++]](read);
      case Op.Ints:
        return arrays[values[j++]];
      default:
        throw new Error('an analysis arrived damaged');
    }
  };
  const { hash, ...rest } = read() as Omit<DocumentAnalysis, 'lines'>;
  const a: DocumentAnalysis = { hash, lines: new LineIndex(text), ...rest };
  shareIntervals(a, received.seen);
  return a;
}
