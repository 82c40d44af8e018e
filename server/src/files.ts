import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { decodeBytes, formatSize } from './core';

/** Node-side file access shared by the CLI and the server: finding corpus files and reading them safely. */

export const DEFAULT_INCLUDE = ['**/*.txt'];
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/out/**',
  '**/dist/**',
  '**/build/**',
  '**/.crosscheck/**',
  '**/.vscode-test/**',
];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 100_000;

/** A path as the file system knows it: a Buffer when the name is not valid UTF-8 (a string would lose its bytes). */
export type FsPath = string | Buffer;

export interface FileFilter {
  include: string[];
  exclude: string[];
}

/** Whether the exclude patterns leave out a folder (its path relative to the folder walked), and all under it. */
function makeFolderExclusion(filter: FileFilter): (relDir: string) => boolean {
  const excludeDir = picomatch(
    filter.exclude.map((g) => g.replace(/\/\*\*$/, '')),
    { dot: true },
  );
  return (rel) => excludeDir(rel) || excludeDir(rel + '/');
}

/**
 * Whether the patterns take a file as a walk finds it (its path relative to the folder walked): the file
 * matches, and no folder on its way is left out (`drafts` in the exclude patterns leaves out `drafts/a.txt`).
 */
export function makeCorpusTest(filter: FileFilter): (relPath: string) => boolean {
  const matches = makeMatcher(filter);
  const excluded = makeFolderExclusion(filter);
  return (rel) => {
    if (!matches(rel)) return false;
    const parts = rel.split(sep).join('/').split('/');
    for (let k = 1; k < parts.length; k++) if (excluded(parts.slice(0, k).join('/'))) return false;
    return true;
  };
}

export function makeMatcher(filter: FileFilter): (relPath: string) => boolean {
  const inc = picomatch(filter.include.length ? filter.include : DEFAULT_INCLUDE, { dot: false });
  const exc = picomatch(filter.exclude, { dot: true });
  return (rel) => {
    const p = rel.split(sep).join('/');
    return inc(p) && !exc(p);
  };
}

/** Is `path` the folder `root` or inside it? */
export function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A file name for people: valid UTF-8 as is, any other byte as `\xNN`. */
export function displayPath(p: FsPath): string {
  if (typeof p === 'string') return p;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  for (let i = 0; i < p.length;) {
    const b = p[i];
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    try {
      if (!n || i + n > p.length) throw new Error('invalid');
      out += utf8.decode(p.subarray(i, i + n));
      i += n;
    } catch {
      out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** A directory entry's name as a string when it survives the round trip through UTF-8, else its bytes. */
function entryPath(dir: FsPath, name: Buffer): FsPath {
  const s = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(s).equals(name)) return join(dir, s);
  const d = Buffer.from(dir);
  // (under the root folder, "/", no second separator)
  return Buffer.concat(d.at(-1) === sep.charCodeAt(0) ? [d, name] : [d, Buffer.from(sep), name]);
}

export interface WalkResult {
  files: FsPath[];
  /** Matching files left out because the walk reached its limit (counted while the walk could go on). */
  leftOut: number;
  /** The walk stopped early: too many entries to look at, so `leftOut` is a lower bound. */
  incomplete: boolean;
}

/** Entries looked at per walk at most: a walk of a huge tree (a home folder, `/`) must end. */
const MAX_VISITS = 2_000_000;

/**
 * Corpus files under a folder, sorted by name, at most `limit` (the first met, each folder's entries in order
 * of their names); unreadable folders are skipped and symbolic links are never followed. Non-regular files
 * that match (a FIFO named `x.txt`) are listed so that the reader skips them with a reason. The patterns are
 * read against paths from `base` (a workspace folder, when `root` is a folder inside it); a `root` they exclude
 * gives none. A file `keep` refuses (one another walk lists, or one given already) is neither listed nor counted.
 */
export function walkCorpusFiles(
  root: FsPath,
  filter: FileFilter,
  limit = DEFAULT_MAX_FILES,
  base: string = displayPath(root),
  keep?: (file: FsPath) => boolean,
): WalkResult {
  const matches = makeMatcher(filter);
  const excluded = makeFolderExclusion(filter);
  const out: FsPath[] = [];
  let leftOut = 0,
    visits = 0;
  // (a root inside `base` whose folder, or a folder on the way to it, the patterns exclude gives none)
  const parts = relative(base, displayPath(root)).split(sep).filter(Boolean);
  for (let k = 1; k <= parts.length; k++)
    if (excluded(parts.slice(0, k).join('/'))) return { files: out, leftOut, incomplete: false };
  const walk = (dir: FsPath) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    // (in order of their names: the files past the limit are the same whatever order the file system lists)
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const e of entries) {
      if (++visits > MAX_VISITS) return;
      const full = entryPath(dir, e.name);
      const rel = relative(base, displayPath(full)).split(sep).join('/');
      if (e.isDirectory()) {
        if (!excluded(rel)) walk(full);
      } else if (!e.isSymbolicLink() && matches(rel) && (!keep || keep(full))) {
        if (out.length < limit) out.push(full);
        else leftOut++;
      }
    }
  };
  walk(root);
  const name = (p: FsPath) => displayPath(p);
  return {
    files: out.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)),
    leftOut,
    incomplete: visits > MAX_VISITS,
  };
}

/** A folder walked for corpus files, and its real path (symbolic links resolved). */
export interface Root {
  path: FsPath;
  real: FsPath;
}

/**
 * Which of several folders walked in turn a file is, when some hold others (one inside another, or linked into
 * it): the first whose real path holds the file's and whose patterns (read from there) take it. Each walk
 * lists only its own files, so a file is listed, or counted past the limit, once, and read by one path.
 */
export class FolderOwners {
  private readonly reals: string[];
  /** Whether a folder holds another (else each walk's files are its own). */
  readonly overlap: boolean;

  /** `takes`: whether the patterns take a path relative to a folder, as its walk finds it (`makeCorpusTest`). */
  constructor(
    private readonly roots: readonly Root[],
    private readonly takes: (rel: string) => boolean,
  ) {
    this.reals = roots.map((r) => displayPath(r.real));
    this.overlap = this.reals.some((r, i) => this.reals.some((o, j) => i !== j && within(r, o)));
  }

  /** The folder whose file a real path is (its index), else −1; only the folders before `before` looked at. */
  owner(real: FsPath, before = this.reals.length): number {
    const shown = displayPath(real);
    for (let k = 0; k < before; k++) {
      const rel = relative(this.reals[k], shown);
      if (rel && within(this.reals[k], shown) && this.takes(rel)) return k;
    }
    return -1;
  }

  /** The real path of a file under folder `k`, reached through no link below it (as a walk reaches it). */
  realOf(k: number, file: FsPath): FsPath {
    return realUnder(this.roots[k], file);
  }

  /**
   * What the walk of folder `k` (from the folder itself, or from `from` inside it) keeps: its own files
   * (undefined, all, when no folder holds another, and for the first). A file its walk finds, folder `k` takes:
   * it is `k`'s unless a folder before it takes it.
   */
  keep(k: number, from: Root = this.roots[k]): ((file: FsPath) => boolean) | undefined {
    if (!this.overlap || k === 0) return undefined;
    return (file) => this.owner(realUnder(from, file), k) < 0;
  }
}

/** The real path of a file under a folder, reached through no link below it (as a walk reaches it). */
function realUnder({ path, real }: Root, file: FsPath): FsPath {
  if (typeof file === 'string' && typeof path === 'string' && typeof real === 'string')
    return path === real ? file : join(real, relative(path, file));
  return Buffer.concat([Buffer.from(real), Buffer.from(file).subarray(Buffer.from(path).length)]);
}

/** Corpus files under a folder whose names are valid UTF-8 (the server's files have URIs), sorted. */
export function findCorpusFiles(root: string, filter: FileFilter, limit = DEFAULT_MAX_FILES): string[] {
  return walkCorpusFiles(root, filter, limit).files.filter((p): p is string => typeof p === 'string');
}

export type ReadResult = { ok: true; text: string; notices: string[] } | { ok: false; reason: string };

function kindOf(s: Stats): string {
  return s.isDirectory()
    ? 'a folder'
    : s.isFIFO()
      ? 'a FIFO (named pipe)'
      : s.isSocket()
        ? 'a socket'
        : s.isCharacterDevice()
          ? 'a character device'
          : s.isBlockDevice()
            ? 'a block device'
            : 'not a regular file';
}

/** Where reads past a file's given size go (a thread reads one file at a time). */
const spare = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads at most `maxBytes + 1` bytes of a regular file, whatever its size claims to be: the open never blocks
 * (O_NONBLOCK, for FIFOs), anything but a regular file is refused, and the read loop is bounded (`/dev/zero`).
 */
export function readBounded(
  path: FsPath,
  maxBytes: number,
): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  const before = statSync(path);
  if (!before.isFile()) return { ok: false, reason: `not a regular file (${kindOf(before)})` };
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `not a regular file (${kindOf(st)})` };
    if (st.size > maxBytes) return { ok: false, reason: tooLarge(st.size, maxBytes) };
    // the size from fstat is only a hint (0 for /proc files, stale for a growing file): read until the end.
    // The first read takes the size given and a byte more; the rest go through one buffer kept for them, and
    // what they find is copied out (two new buffers of 64 KB for each article of 2 KB were 1.3 GB made and
    // dropped reading 10,000 articles, and the main thread's allocator kept 2–3 MB more)
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const sized = length === 0 && st.size > 0;
      const into = sized ? Buffer.allocUnsafe(st.size + 1) : spare; // (st.size ≤ maxBytes, above)
      const n = readSync(fd, into, 0, Math.min(into.length, maxBytes + 1 - length), null);
      if (n === 0) break;
      chunks.push(sized ? into.subarray(0, n) : Buffer.from(into.subarray(0, n)));
      length += n;
    }
    if (length > maxBytes)
      return { ok: false, reason: `file is over the ${formatSize(maxBytes)} limit (crosscheck.maxFileSize)` };
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (size: number, maxBytes: number) =>
  `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (crosscheck.maxFileSize)`;

/** Reads and decodes one article; never throws. */
export function readArticle(path: FsPath, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const r = readBounded(path, maxBytes);
    if (!r.ok) return r;
    const d = decodeBytes(r.bytes, maxBytes);
    return d.ok ? { ok: true, text: d.text, notices: d.notices.map((n) => n.message) } : d;
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as Error).message}` };
  }
}
