import { parentPort } from 'node:worker_threads';
import { analyzeText, portable, SentValues } from './core';
import { readArticle } from './files';
import type { AnalyzeReply, AnalyzeRequest, FileReply } from './pool';

/**
 * What this thread has sent in each of the main thread's latest runs (see `portable`). A run cancelled
 * for a newer one may still have requests here; more runs than this at once are not made.
 */
const sentIn = new Map<number, SentValues>();
const RUNS_KEPT = 4;

function tableOf(run: number): SentValues {
  let sent = sentIn.get(run);
  if (!sent) {
    sentIn.set(run, (sent = new SentValues()));
    // (the oldest first: a map keeps its insertion order)
    for (const old of sentIn.keys()) if (sentIn.size > RUNS_KEPT) sentIn.delete(old);
  }
  return sent;
}

function analyzeFile(path: string, maxBytes: number, sent: SentValues): FileReply {
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
  const sent = tableOf(req.run);
  const reply: AnalyzeReply = { id: req.id, results: req.paths.map((p) => analyzeFile(p, req.maxBytes, sent)) };
  parentPort!.postMessage(reply);
});
