import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  analyzeText,
  OutOfStep,
  ReceivedValues,
  restore,
  sharedValues,
  shareValues,
  type DocumentAnalysis,
  type PortableAnalysis,
} from './core';
import { readArticle, type FsPath } from './files';

/** Reading and analysing many articles on worker threads, one per core; inline when few or when workers fail. */

/** A batch of files for one worker: fewer, larger messages keep the threads busy. */
export interface AnalyzeRequest {
  id: number;
  paths: string[];
  maxBytes: number;
  /** The run it belongs to: the worker keeps a table of the values sent for each (see `PortableAnalysis`). */
  run: number;
}

export type FileReply =
  { ok: true; text: string; notices: string[]; analysis: PortableAnalysis } | { ok: false; reason: string };

export interface AnalyzeReply {
  id: number;
  results: FileReply[];
}

const BATCH = 24;

export type Analysed =
  { ok: true; text: string; notices: string[]; analysis: DocumentAnalysis } | { ok: false; reason: string };

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/** Reads and analyses one file on this thread; an exception in the analysis skips the file, never the run. */
export function analyzeInline(path: FsPath, maxBytes: number): Analysed {
  const r = readArticle(path, maxBytes);
  if (!r.ok) return r;
  try {
    return { ok: true, text: r.text, notices: r.notices, analysis: analyzeText(r.text) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** The worker's analysis restored, or `undefined` if this thread's table cannot read it (see `OutOfStep`). */
function restored(
  text: string,
  notices: string[],
  analysis: PortableAnalysis,
  received: ReceivedValues,
): Analysed | undefined {
  try {
    return { ok: true, text, notices, analysis: restore(text, analysis, received) };
  } catch (e) {
    if (e instanceof OutOfStep) return undefined;
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

export class AnalysisPool {
  private workers: Worker[] = [];
  private nextId = 1;
  private runs = 0;
  private readonly waiting = new Map<number, { worker: Worker; done: (r: AnalyzeReply | undefined) => void }>();

  /** One worker per core but one: the main thread analyses its share too (every core busy, one heap fewer). */
  constructor(
    private readonly size = Number(
      process.env.CROSSCHECK_WORKERS ?? Math.max(1, Math.min(availableParallelism() - 1, 7)),
    ),
    private readonly script = join(__dirname, 'worker.js'),
  ) {}

  /** Analyses the files, calling `onAnalysed` for each in completion order; resolves when all are done. */
  async analyzeAll(
    paths: string[],
    maxBytes: number,
    onAnalysed: (path: string, r: Analysed) => void,
    cancelled: () => boolean = () => false,
  ): Promise<void> {
    // (equal values of the run's analyses made one: see `shareValues`)
    const seen = sharedValues();
    const onAnalysedHere = (path: string, r: Analysed) => {
      if (r.ok) shareValues(r.analysis, seen);
      onAnalysed(path, r);
    };
    let next = 0;
    const inline = async () => {
      for (let k = 0; next < paths.length && !cancelled(); k++) {
        const path = paths[next++];
        onAnalysedHere(path, analyzeInline(path, maxBytes));
        if (k % 25 === 24) await nextTurn();
      }
    };
    if (paths.length < MIN_FILES_FOR_WORKERS || this.size < 1 || availableParallelism() < 2 || !this.start())
      return inline();
    const failed: string[] = [];
    const run = ++this.runs;
    // (a worker's table grows as it sends, so its replies are restored in the order sent: they arrive in
    // that order, and each is restored whole before its loop awaits again)
    const received = new Map(this.workers.map((w) => [w, new ReceivedValues(seen)]));
    // two batches in flight per worker, so a worker never waits for the main thread to hand it more
    const runOn = async (w: Worker): Promise<void> => {
      const table = received.get(w)!;
      while (next < paths.length && !cancelled()) {
        const batch = paths.slice(next, next + BATCH);
        next += batch.length;
        const reply = await this.request(w, batch, maxBytes, run);
        if (!reply) {
          failed.push(...batch);
          return;
        } // the worker died: its files go to the main thread
        reply.results.forEach((r, i) => {
          const done = r.ok ? restored(r.text, r.notices, r.analysis, table) : r;
          // (never met while a run's requests are answered in order: analysed again here, not lost)
          if (done) onAnalysed(batch[i], done);
          else failed.push(batch[i]);
        });
      }
    };
    // the main thread takes small batches between the workers' replies
    const onMain = async (): Promise<void> => {
      while (next < paths.length && !cancelled()) {
        const batch = paths.slice(next, next + 4);
        next += batch.length;
        for (const path of batch) onAnalysedHere(path, analyzeInline(path, maxBytes));
        await nextTurn();
      }
    };
    await Promise.all([...this.workers.flatMap((w) => [runOn(w), runOn(w)]), onMain()]);
    for (const path of failed) if (!cancelled()) onAnalysedHere(path, analyzeInline(path, maxBytes));
    await inline(); // whatever is left
  }

  private start(): boolean {
    if (this.workers.length) return true;
    if (!existsSync(this.script)) return false;
    try {
      for (let i = 0; i < this.size; i++) {
        const w = new Worker(this.script, {
          resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
        });
        w.on('message', (r: AnalyzeReply) => {
          const x = this.waiting.get(r.id);
          this.waiting.delete(r.id);
          x?.done(r);
        });
        w.on('error', () => this.drop(w));
        w.on('exit', () => this.drop(w));
        this.workers.push(w);
      }
      return true;
    } catch {
      this.close();
      return false;
    }
  }

  private request(w: Worker, paths: string[], maxBytes: number, run: number): Promise<AnalyzeReply | undefined> {
    if (!this.workers.includes(w)) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((done) => {
      this.waiting.set(id, { worker: w, done });
      w.postMessage({ id, paths, maxBytes, run } satisfies AnalyzeRequest);
    });
  }

  /** A worker that stopped answers its outstanding request with nothing, never leaving it hanging. */
  private drop(w: Worker): void {
    this.workers = this.workers.filter((x) => x !== w);
    for (const [id, x] of this.waiting)
      if (x.worker === w) {
        this.waiting.delete(id);
        x.done(undefined);
      }
  }

  close(): void {
    const ws = this.workers;
    this.workers = [];
    for (const w of ws) void w.terminate();
  }
}
