/**
 * Articles are named by their adapters: the editor's by URI (`file:///home/ana/a%20b.txt`), the command
 * line's by path (`stories/a b.txt`). Whatever depends on a name (an order, a hash) reads it as the file
 * system writes it, so that the editor and the command line, or two copies of a folder, agree.
 */

const URI = /^[a-z][a-z\d+.-]+:\/\//i;
const decoded = new Map<string, string>();

/**
 * An article's name with a URI's escapes decoded; a Windows path with "/" for "\\" (as a URI writes it); any
 * other path as it is.
 */
export function plainName(doc: string): string {
  if (doc.indexOf('%') < 0 && doc.indexOf('\\') < 0) return doc;
  let plain = decoded.get(doc);
  if (plain === undefined) {
    if (decoded.size > 100_000) decoded.clear();
    plain = URI.test(doc) ? decodedUri(doc) : doc.includes('/') ? doc : doc.replaceAll('\\', '/');
    decoded.set(doc, plain);
  }
  return plain;
}

function decodedUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri; // (escapes of bytes that are no UTF-8)
  }
}

/** An article's file name: the last part of its path or URI, decoded. */
export function fileName(doc: string): string {
  const plain = plainName(doc);
  return plain.slice(plain.lastIndexOf('/') + 1);
}

/** Folders the corpus was read from (named as the articles are), as the start of their articles' plain names. */
export function folderPrefixes(folders: readonly string[]): string[] {
  return folders.map((f) => {
    const plain = plainName(f);
    return plain === '' || plain === '.' ? '' : plain.endsWith('/') ? plain : `${plain}/`;
  });
}

/**
 * An article's name within the folders the corpus was read from (`folderPrefixes`): its path from the
 * innermost folder that holds it ("2025-03-04/story.txt"), or its file name when none does. The same
 * wherever the folders are, and for the editor (URIs) and the command line (paths) alike.
 */
export function nameWithin(doc: string, prefixes: readonly string[]): string {
  const plain = plainName(doc);
  let best = -1;
  for (const prefix of prefixes) if (prefix.length > best && plain.startsWith(prefix)) best = prefix.length;
  return best >= 0 ? plain.slice(best) : fileName(doc);
}

/** Articles in the order of the code units of their plain names (then of their names, for a total order). */
export function compareArticles(a: string, b: string): number {
  // (most comparisons in the sorts of a corpus's mentions and figures are of an article with itself)
  if (a === b) return 0;
  const x = plainName(a),
    y = plainName(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Articles in the order `localeCompare` gives their plain names (0 for names it finds equal). */
export function localeCompareArticles(a: string, b: string): number {
  return plainName(a).localeCompare(plainName(b));
}
