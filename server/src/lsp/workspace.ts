import { URI } from 'vscode-uri';
import type { Corpus } from '../core';
import { findCorpusFiles, makeMatcher, readArticle } from '../files';
import { AnalysisPool } from '../pool';
import type { Settings } from './config';
import { relative, sep } from 'node:path';

/** What happened to a file the server looked at; shown to the user once per file. */
export interface FileStatus {
  skipped?: string;
  notices: string[];
}

export interface IndexProgress {
  report(done: number, total: number): void;
}

/**
 * The corpus as files on disk plus the editor's open buffers: decides which files belong to the
 * corpus, reads them safely and keeps the core's corpus in step. No LSP types here.
 */
export class CorpusFiles {
  readonly status = new Map<string, FileStatus>();
  private generation = 0;

  private readonly pool = new AnalysisPool();

  constructor(private readonly corpus: Corpus, private folders: string[], private settings: Settings, private readonly openText: (uri: string) => string | undefined) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  setSettings(s: Settings): void {
    this.settings = s;
  }

  get maxFileSize(): number {
    return this.settings.maxFileSize;
  }

  /** Is this file part of the corpus by the include/exclude settings? */
  inCorpus(uri: string): boolean {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return false;
    const path = u.fsPath;
    if (!this.folders.length) return true;
    const match = makeMatcher(this.settings);
    return this.folders.some((f) => {
      const rel = relative(f, path);
      return !!rel && !rel.startsWith('..') && !rel.startsWith(sep) && match(rel);
    });
  }

  /** Reads every corpus file (open files from their buffers), on worker threads when there are many. */
  async indexAll(progress: IndexProgress): Promise<{ removed: string[] } | undefined> {
    const gen = ++this.generation;
    const cancelled = () => gen !== this.generation;
    const paths = [...new Set(this.folders.flatMap((f) => findCorpusFiles(f, this.settings)))];
    const uris = paths.map((p) => URI.file(p).toString());
    let done = 0, lastReport = 0;
    const tick = () => {
      done++;
      if (Date.now() - lastReport > 100 || done === uris.length) { progress.report(done, uris.length); lastReport = Date.now(); }
    };
    progress.report(0, uris.length);
    const fromDisk: string[] = [];
    uris.forEach((uri, i) => {
      if (this.openText(uri) !== undefined) { this.load(uri); tick(); } else fromDisk.push(paths[i]);
    });
    await this.pool.analyzeAll(fromDisk, this.settings.maxFileSize, (path, r) => {
      if (cancelled()) return;
      const uri = URI.file(path).toString();
      if (this.openText(uri) !== undefined) this.load(uri); // opened meanwhile: the buffer wins
      else if (!r.ok) { this.status.set(uri, { skipped: r.reason, notices: [] }); this.corpus.delete(uri); }
      else { this.status.set(uri, { notices: r.notices }); this.corpus.set(uri, r.text, r.analysis); }
      tick();
    }, cancelled);
    if (cancelled()) return undefined; // a newer indexing run took over
    const keep = new Set(uris);
    const removed = this.corpus.documents().filter((d) => !keep.has(d) && this.openText(d) === undefined);
    for (const d of removed) { this.corpus.delete(d); this.status.delete(d); }
    return { removed };
  }

  /** (Re)loads one file from its open buffer or from disk; returns whether the corpus changed. */
  load(uri: string): boolean {
    const open = this.openText(uri);
    if (open !== undefined) {
      this.status.set(uri, { notices: [] });
      return this.corpus.set(uri, open);
    }
    const r = readArticle(URI.parse(uri).fsPath, this.settings.maxFileSize);
    if (!r.ok) {
      this.status.set(uri, { skipped: r.reason, notices: [] });
      return this.corpus.delete(uri);
    }
    this.status.set(uri, { notices: r.notices });
    return this.corpus.set(uri, r.text);
  }

  remove(uri: string): boolean {
    this.status.delete(uri);
    return this.corpus.delete(uri);
  }
}
