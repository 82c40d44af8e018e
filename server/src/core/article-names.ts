/**
 * Articles are named by their adapters: the editor's by URI (`file:///home/ana/a%20b.txt`), the command
 * line's by path (`stories/a b.txt`). Whatever depends on a name (an order, a hash) reads it as the file
 * system writes it, so that the editor and the command line, or two copies of a folder, agree.
 */

const URI = /^[a-z][a-z\d+.-]+:\/\//i;
const decoded = new Map<string, string>();

/** An article's name with a URI's escapes decoded; a path as it is. */
export function plainName(doc: string): string {
  if (doc.indexOf('%') < 0 || !URI.test(doc)) return doc;
  let plain = decoded.get(doc);
  if (plain === undefined) {
    if (decoded.size > 100_000) decoded.clear();
    try {
      plain = decodeURIComponent(doc);
    } catch {
      plain = doc; // (escapes of bytes that are no UTF-8)
    }
    decoded.set(doc, plain);
  }
  return plain;
}

/** An article's file name: the last part of its path or URI, decoded. */
export function fileName(doc: string): string {
  const plain = plainName(doc);
  return plain.slice(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\')) + 1);
}

/** Articles in the order of the code units of their plain names (then of their names, for a total order). */
export function compareArticles(a: string, b: string): number {
  const x = plainName(a),
    y = plainName(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Articles in the order `localeCompare` gives their plain names (0 for names it finds equal). */
export function localeCompareArticles(a: string, b: string): number {
  return plainName(a).localeCompare(plainName(b));
}
