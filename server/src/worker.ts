import { parentPort } from 'node:worker_threads';
import { analyzeText, portable, SentValues } from './core';
import { readArticle } from './files';
import type { AnalyzeReply, AnalyzeRequest, FileReply } from './pool';

/** What this thread has sent in the main thread's current run (see `portable`). */
let sent = new SentValues();

function analyzeFile(path: string, maxBytes: number): FileReply {
  const r = readArticle(path, maxBytes);
  if (!r.ok) return r;
  // an exception (a stack overflow included) costs this file, never the batch or the thread
  try {
    return { ok: true, text: r.text, notices: r.notices, analysis: portable(analyzeText(r.text), sent) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** A worker thread of the indexing pool: reads and analyses a batch of articles per message. */
parentPort?.on('message', (req: AnalyzeRequest) => {
  if (req.fresh) sent = new SentValues();
  const reply: AnalyzeReply = { id: req.id, results: req.paths.map((p) => analyzeFile(p, req.maxBytes)) };
  parentPort!.postMessage(reply);
});
