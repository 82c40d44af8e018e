import { lstatSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { URI } from 'vscode-uri';
import { formatSize, type Corpus } from '../core';
import { FolderOwners, makeCorpusTest, readArticle, walkCorpusFiles, within, type WalkResult } from '../files';
import { AnalysisPool } from '../pool';
import type { Settings } from './config';
import { HeldFiles } from './held-files';

/** Why a workspace folder is not read at all: the whole file system, or the user's home, is not a corpus. */
function refusal(real: string): string | undefined {
  if (dirname(real) === real) return 'it is the root of the file system';
  let home: string | undefined;
  try {
    home = realpathSync(homedir());
  } catch {
    home = undefined;
  }
  return real === home ? 'it is your home folder' : undefined;
}

export interface IndexProgress {
  report(done: number, total: number): void;
}

/**
 * The corpus as files on disk plus the editor's open buffers: decides which files belong to the
 * corpus, reads them safely and keeps the core's corpus in step. No LSP types here.
 */
export class CorpusFiles {
  readonly status = new HeldFiles();
  private generation = 0;
  /** The folders as given and as real paths (symbolic links resolved): the boundary of what is read from disk. */
  private real: string[] = [];
  /** Folders given but not read, with the reason, for the log. */
  refused: string[] = [];

  private readonly pool = new AnalysisPool();

  constructor(
    private readonly corpus: Corpus,
    private folders: string[],
    private settings: Settings,
    private readonly openText: (uri: string) => string | undefined,
  ) {
    this.setFolders(folders);
  }

  /** Sets the workspace folders; a filesystem root or the home folder is refused (see `refused`). */
  setFolders(folders: string[]): void {
    this.folders = [];
    this.real = [];
    this.refused = [];
    for (const f of folders) {
      let real: string;
      try {
        real = realpathSync(f);
      } catch {
        real = f;
      }
      const why = refusal(real);
      if (why) {
        this.refused.push(`${f}: ${why}`);
        continue;
      }
      this.folders.push(f);
      this.real.push(real);
    }
    this.owners = undefined;
  }

  /** The first folder that is read, where review decisions are kept. */
  get firstFolder(): string | undefined {
    return this.folders[0];
  }

  setSettings(s: Settings): void {
    this.settings = s;
    this.matcher = undefined;
    this.owners = undefined;
  }

  private matcher: ((rel: string) => boolean) | undefined;
  /** Whether the include/exclude settings take a path relative to a workspace folder, as the index finds it. */
  private takes(rel: string): boolean {
    return (this.matcher ??= makeCorpusTest(this.settings))(rel);
  }

  private owners: FolderOwners | undefined;
  /** Which folder a file is (folders may hold one another): the index lists it there, and reads it by that path. */
  private get folderOwners(): FolderOwners {
    return (this.owners ??= new FolderOwners(
      this.folders.map((path, k) => ({ path, real: this.real[k] })),
      (rel) => this.takes(rel),
    ));
  }

  get maxFileSize(): number {
    return this.settings.maxFileSize;
  }

  /**
   * Whether a file may be read from disk under `crosscheck.maxFiles`: one the server holds already (read or
   * skipped), or any while it holds fewer files than that (as the index counts: read or skipped, open ones too).
   */
  admits(uri: string): boolean {
    return this.status.has(uri) || this.status.size < this.settings.maxFiles;
  }

  /**
   * Open files of the folders that the limit leaves out, read from their buffers: closed, they leave the corpus
   * (those the index did not take, and those opened while the server held `maxFiles` files).
   */
  private openPastLimit = new Set<string>();

  /** Whether this open file is one the limit leaves out (see `openPastLimit`). */
  pastLimit(uri: string): boolean {
    return this.openPastLimit.has(uri);
  }

  /** The most files read from the workspace folders (`crosscheck.maxFiles`). */
  get maxFiles(): number {
    return this.settings.maxFiles;
  }

  /** Is this file part of the corpus by the include/exclude settings? */
  inCorpus(uri: string): boolean {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return false;
    const path = u.fsPath;
    if (!this.folders.length) return true; // open documents only: load() never reads the disk then
    return this.folders.some((f) => {
      const rel = relative(f, path);
      return !!rel && within(f, path) && this.takes(rel);
    });
  }

  /**
   * Whether a path may be a file the index reads, by this path (see `realFile`): a watched change reads, or
   * counts past the limit, only such a file of those the server does not hold. One that cannot be looked at
   * may be (`load` says why it is skipped); one gone, a link to nowhere or a path under a file is not.
   */
  isCorpusFile(uri: string): boolean {
    try {
      const real = this.realFile(URI.parse(uri).fsPath);
      return real !== undefined && !statSync(real).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code !== 'ENOENT' && code !== 'ENOTDIR';
    }
  }

  /**
   * The real path of a corpus file, when `path` is the path the index reads it by: its owner's path to its real
   * path. Undefined for any other path to it, and for a path that reaches no file of the folders (a link
   * pointing out of them, or nowhere). Throws when the path cannot be looked at (a file the index would list
   * and not read).
   */
  private realFile(path: string): string | undefined {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      // (a link pointing nowhere, or round in a loop, or anywhere that cannot be looked at: no corpus file)
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ELOOP' || lstatSync(path).isSymbolicLink()) return undefined;
      throw e;
    }
    const k = this.folderOwners.owner(real);
    return k >= 0 && relative(join(this.folders[k], relative(this.real[k], real)), path) === '' ? real : undefined;
  }

  /** Reads every corpus file (open files from their buffers), on worker threads when there are many. */
  async indexAll(
    progress: IndexProgress,
  ): Promise<{ removed: string[]; leftOut: number; incomplete: boolean } | undefined> {
    const gen = ++this.generation;
    const cancelled = () => gen !== this.generation;
    const found = new Set<string>();
    let leftOut = 0,
      incomplete = false;
    const max = this.settings.maxFiles;
    for (const [k, f] of this.folders.entries()) {
      // (a workspace folder inside another, or reached through a link into another, is walked again: its files
      // are listed, and counted past the limit, in one walk)
      const w = walkCorpusFiles(f, this.settings, max, f, this.folderOwners.keep(k));
      for (const p of w.files) {
        if (typeof p !== 'string' || found.has(p)) continue;
        if (found.size < max) found.add(p);
        else leftOut++;
      }
      leftOut += w.leftOut;
      incomplete ||= w.incomplete;
    }
    const paths = [...found];
    const uris = paths.map((p) => URI.file(p).toString());
    let done = 0,
      lastReport = 0;
    const tick = () => {
      done++;
      if (Date.now() - lastReport > 100 || done === uris.length) {
        progress.report(done, uris.length);
        lastReport = Date.now();
      }
    };
    progress.report(0, uris.length);
    const fromDisk: string[] = [];
    uris.forEach((uri, i) => {
      if (this.openText(uri) !== undefined) {
        this.load(uri);
        tick();
      } else fromDisk.push(paths[i]);
    });
    await this.pool.analyzeAll(
      fromDisk,
      this.settings.maxFileSize,
      (path, r) => {
        if (cancelled()) return;
        const uri = URI.file(path).toString();
        if (this.openText(uri) !== undefined)
          this.load(uri); // opened meanwhile: the buffer wins
        else if (!r.ok) {
          this.status.set(uri, { skipped: r.reason, notices: [] });
          this.corpus.delete(uri);
        } else this.setAnalysed(uri, r.text, r.notices, r.analysis);
        tick();
      },
      cancelled,
    );
    if (cancelled()) return undefined; // a newer indexing run took over (and the threads with it)
    // (the threads' heaps are freed before resolution and comparison grow this one's: a lower peak)
    this.pool.close();
    const keep = new Set(uris);
    const removed = this.corpus.documents().filter((d) => !keep.has(d) && this.openText(d) === undefined);
    for (const d of removed) {
      this.corpus.delete(d);
      this.status.delete(d);
    }
    this.openPastLimit = new Set(
      this.corpus.documents().filter((d) => !keep.has(d) && this.openText(d) !== undefined && this.inCorpus(d)),
    );
    return { removed, leftOut, incomplete };
  }

  /**
   * (Re)loads one file from its open buffer or from disk; returns whether the corpus changed. Nothing is read
   * from disk outside the workspace folders (a link pointing out is refused), nor at all without a folder; an
   * open buffer over the size limit, or one the analysis fails on, is left out with the reason in its status.
   * A file reached through a symbolic link inside the folders is not a corpus file, as for the index.
   */
  load(uri: string): boolean {
    const open = this.openText(uri);
    if (open !== undefined) {
      if (!this.admits(uri) && this.inCorpus(uri)) this.openPastLimit.add(uri);
      const size = open.length > this.maxFileSize ? open.length : Buffer.byteLength(open, 'utf8');
      if (size > this.maxFileSize)
        return this.skip(
          uri,
          `the text is ${formatSize(size)}, over the ${formatSize(this.maxFileSize)} limit ` +
            '(crosscheck.maxFileSize); it is not analysed',
        );
      return this.set(uri, open, []);
    }
    const path = URI.parse(uri).fsPath;
    let real: string | undefined;
    try {
      // (a file gone, deleted while open say, or a path under a file, "a.txt/b.txt", is no file skipped: it
      // leaves without a reason; so is one that changed between two looks, a folder swapped for a file)
      if (!lstatSync(path, { throwIfNoEntry: false })) return this.remove(uri);
      // (a corpus file is read by the path the index reads it by: it follows no link, and the file would be
      // read twice, under two URIs; a link that points out of the folders, or nowhere, is no file of theirs,
      // and a folder is no file, even one named like an article, "x.txt")
      real = this.realFile(path);
      if (real === undefined || statSync(real).isDirectory()) return this.remove(uri);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'ENOENT') return this.remove(uri);
      return this.skip(uri, `cannot be read: ${code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    }
    const r = readArticle(real, this.settings.maxFileSize);
    return r.ok ? this.set(uri, r.text, r.notices) : this.skip(uri, r.reason);
  }

  private skip(uri: string, reason: string): boolean {
    this.status.set(uri, { skipped: reason, notices: [] });
    return this.corpus.delete(uri);
  }

  /** Puts an article into the corpus; an exception in the analysis leaves it out instead of ending the server. */
  private set(uri: string, text: string, notices: string[]): boolean {
    try {
      this.status.set(uri, { notices });
      return this.corpus.set(uri, text);
    } catch (e) {
      const changed = this.skip(uri, `analysis failed: ${(e as Error).message}`);
      this.onError?.(`Crosscheck could not analyse ${uri}: ${(e as Error).stack ?? e}`);
      return changed;
    }
  }

  /** Where analysis errors are logged. */
  onError?: (message: string) => void;

  private setAnalysed(uri: string, text: string, notices: string[], analysis: Parameters<Corpus['set']>[2]): void {
    try {
      this.status.set(uri, { notices });
      this.corpus.set(uri, text, analysis);
    } catch (e) {
      this.skip(uri, `analysis failed: ${(e as Error).message}`);
      this.onError?.(`Crosscheck could not analyse ${uri}: ${(e as Error).stack ?? e}`);
    }
  }

  remove(uri: string): boolean {
    this.status.delete(uri);
    this.openPastLimit.delete(uri);
    return this.corpus.delete(uri);
  }

  /**
   * The corpus files on disk under a folder made inside a workspace folder (or made again as one), as URIs,
   * sorted (at most `maxFiles`, with how many more there were): a folder moved in is reported by its URI alone,
   * not by its files'. None for a folder the patterns exclude; undefined when `uri` is no such folder (a file).
   */
  filesIn(uri: string): ({ uris: string[] } & Omit<WalkResult, 'files'>) | undefined {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return undefined;
    const path = u.fsPath;
    // (a workspace folder itself, moved away and back, is walked from itself)
    const inside = [...this.folders.keys()].filter((k) => within(this.folders[k], path));
    if (!inside.length) return undefined;
    let real: string;
    try {
      if (!lstatSync(path).isDirectory()) return undefined;
      real = realpathSync(path);
    } catch {
      return undefined;
    }
    // (each folder that reaches it through no link, which the index never follows, walks it with its patterns read
    // from there, as the index does, and lists the files it owns: none is read again under another URI)
    const holders = inside.filter((k) => relative(join(this.real[k], relative(this.folders[k], path)), real) === '');
    const paths: string[] = [];
    let leftOut = 0,
      incomplete = false;
    for (const k of holders) {
      const mine = this.folderOwners.keep(k, { path, real });
      const w = walkCorpusFiles(path, this.settings, this.settings.maxFiles, this.folders[k], mine);
      // (one by one: a spread of more than about 125,000 throws)
      for (const p of w.files) if (typeof p === 'string') paths.push(p);
      leftOut += w.leftOut;
      incomplete ||= w.incomplete;
    }
    // (in the order of their paths, as one walk lists them)
    return { uris: paths.sort().map((p) => URI.file(p).toString()), leftOut, incomplete };
  }

  /**
   * The files the server holds under a folder's URI (in the corpus, or skipped with a reason): a folder deleted
   * is reported by its URI alone, not by its files'.
   */
  under(uri: string): string[] {
    return this.status.under(uri);
  }
}
