import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { decodeBytes, formatSize } from './core';

/** Node-side file access shared by the CLI and the server: finding corpus files and reading them safely. */

export const DEFAULT_INCLUDE = ['**/*.txt'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**', '**/.crosscheck/**', '**/.vscode-test/**'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface FileFilter {
  include: string[];
  exclude: string[];
}

export function makeMatcher(filter: FileFilter): (relPath: string) => boolean {
  const inc = picomatch(filter.include.length ? filter.include : DEFAULT_INCLUDE, { dot: false });
  const exc = picomatch(filter.exclude, { dot: true });
  return (rel) => {
    const p = rel.split(sep).join('/');
    return inc(p) && !exc(p);
  };
}

/** Corpus files under a folder, sorted; unreadable folders are skipped. */
export function findCorpusFiles(root: string, filter: FileFilter, limit = 100_000): string[] {
  const matches = makeMatcher(filter);
  const excludeDir = picomatch(filter.exclude.map((g) => g.replace(/\/\*\*$/, '')), { dot: true });
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (out.length >= limit) return;
      const full = join(dir, e.name);
      const rel = relative(root, full).split(sep).join('/');
      if (e.isDirectory()) { if (!excludeDir(rel) && !excludeDir(rel + '/')) walk(full); }
      else if (e.isFile() && matches(rel)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

export type ReadResult = { ok: true; text: string; notices: string[] } | { ok: false; reason: string };

/** Reads and decodes one article; never throws. */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, reason: `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (crosscheck.maxFileSize)` };
    const d = decodeBytes(readFileSync(path), maxBytes);
    return d.ok ? { ok: true, text: d.text, notices: d.notices.map((n) => n.message) } : d;
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as Error).message}` };
  }
}
