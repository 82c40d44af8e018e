import { fullGivenName } from './names';
import { fold } from './text';

/**
 * Spelling variants of one person's name across articles: "Jim Kenny" in one article and "Jim Kenney" in
 * three. A variant is resolved to the person it most likely is only when the evidence agrees: a family
 * name a letter or two away (relative to its length), the same given name or initial, no role that says
 * otherwise, and one spelling clearly the majority's. Two spellings each well established in several
 * articles are two people.
 */

export interface NameKey {
  id: string;
  first: string;
  surname: string;
  /** How many articles write the full name this way. */
  articles: number;
  /** Role words as written with this name ("mayor", "director"), each once. */
  roles: readonly string[];
}

/** A minority spelling resolved to the majority's person. */
export interface VariantOf {
  /** The key of the majority spelling. */
  id: string;
  /** The family names as written: "Kenny" here, "Kenney" there. */
  written: string;
  majority: string;
}

/** Words of a role that say what someone is ("Philadelphia Mayor" → mayor; "CBS reporter" → reporter). */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !ROLE_FILLER.has(w));
}
const ROLE_FILLER = new Set([
  'the',
  'and',
  'for',
  'acting',
  'former',
  'interim',
  'deputy',
  'assistant',
  'city',
  'state',
]);

/** Names one slip of the pen apart: a letter more, less or changed, or two swapped (two slips from 7 letters). */
export function similarSpellings(a: string, b: string): boolean {
  const x = fold(a),
    y = fold(b);
  if (x === y || x[0] !== y[0]) return false;
  const short = Math.min(x.length, y.length);
  if (short < 4) return false;
  return slips(x, y, 2) <= (short >= 7 ? 2 : 1);
}

/** `slips`' rows of the distance table, kept between calls: it is asked of many pairs of names. */
let rows = new Int32Array(0);

/** Edit distance where swapping two neighbouring letters is one slip ("Guiterrez", "Whitaker"/"Whitacre"). */
function slips(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length + 1;
  if (rows.length < 3 * n) rows = new Int32Array(3 * n);
  // (rows i - 2, i - 1 and i of the table, by where each starts in `rows`)
  let older = 0,
    last = n,
    row = 2 * n;
  for (let j = 0; j < n; j++) rows[last + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    const x = a.charCodeAt(i - 1);
    for (let j = 1; j < n; j++) {
      const y = b.charCodeAt(j - 1);
      let d = Math.min(rows[last + j] + 1, rows[row + j - 1] + 1, rows[last + j - 1] + (x === y ? 0 : 1));
      if (i > 1 && j > 1 && x === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === y)
        d = Math.min(d, rows[older + j - 2] + 1);
      rows[row + j] = d;
    }
    const free = older;
    older = last;
    last = row;
    row = free;
  }
  return rows[last + b.length];
}

function sameGiven(a: string, b: string): boolean {
  if (!a || !b) return true;
  const x = fold(fullGivenName(a)),
    y = fold(fullGivenName(b));
  if (x === y) return true;
  // an initial for the name ("J. Kenney")
  return (x.replace(/\.$/, '').length === 1 || y.replace(/\.$/, '').length === 1) && x[0] === y[0];
}

/** Roles that clearly differ: both given, and no word in common ("senator" / "reporter"). */
function rolesDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  for (const w of a) if (b.includes(w)) return false;
  return true;
}

/**
 * The letter a given name's spelling variants are looked for under: its full form's first ("Bill" → w). Two
 * names of one surname letter whose given names' letters differ are never compared (`variantsOf`'s groups).
 */
export function givenLetter(first: string): string {
  return groupGiven(first).charAt(0);
}

/** A given name as spelling variants group names: its full form, folded ("J." → j, "Bill" → william). */
const groupGiven = (first: string) => fold(fullGivenName(first)).replace(/\.$/, '');

/**
 * For each minority spelling, the person it is a variant of. `different(a, b)` is a reviewer's decision
 * that two spellings are two people.
 */
export function variantsOf(
  names: NameKey[],
  different: (a: string, b: string) => boolean = () => false,
): Map<string, VariantOf> {
  const out = new Map<string, VariantOf>();
  const initials: NameKey[] = [];
  // compared only within one given name and one family-name initial: this runs on every resolution, and a
  // corpus of 10,000 articles holds tens of thousands of names ("J." meets every given name in J)
  const groups = new Map<string, NameKey[]>();
  const put = (k: string, n: NameKey) => {
    const g = groups.get(k);
    if (g) g.push(n);
    else groups.set(k, [n]);
  };
  for (const n of names) {
    const given = groupGiven(n.first);
    const letter = fold(n.surname).charAt(0);
    put(`${letter}|${given}`, n);
    if (given.length === 1) initials.push(n);
  }
  // (an initial's group is its letter's: "J." meets the given names in J)
  for (const n of initials) {
    const letter = fold(n.surname).charAt(0);
    const given = groupGiven(n.first);
    for (const [k, g] of groups) if (k.startsWith(`${letter}|${given}`) && k !== `${letter}|${given}`) g.push(n);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const minority of group) {
      // both spellings well established: two people
      if (minority.articles >= 2) continue;
      let best: NameKey | undefined;
      for (const other of group) {
        if (other === minority || other.articles <= minority.articles) continue;
        if (!similarSpellings(minority.surname, other.surname) || !sameGiven(minority.first, other.first)) continue;
        if (rolesDiffer(minority.roles, other.roles) || different(minority.id, other.id)) continue;
        if (!best || other.articles > best.articles) best = other;
      }
      if (best && !out.has(best.id))
        out.set(minority.id, { id: best.id, written: minority.surname, majority: best.surname });
    }
  }
  return out;
}
