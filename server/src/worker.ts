import { parentPort } from 'node:worker_threads';
import { analyzeText, portable } from './core';
import { readArticle } from './files';
import type { AnalyzeReply, AnalyzeRequest, FileReply } from './pool';

function analyzeFile(path: string, maxBytes: number): FileReply {
  const r = readArticle(path, maxBytes);
  if (!r.ok) return r;
  // an exception (a stack overflow included) costs this file, never the batch or the thread
  try {
    return { ok: true, text: r.text, notices: r.notices, analysis: portable(analyzeText(r.text)) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** A worker thread of the indexing pool: reads and analyses a batch of articles per message. */
parentPort?.on('message', (req: AnalyzeRequest) => {
  const reply: AnalyzeReply = { id: req.id, results: req.paths.map((p) => analyzeFile(p, req.maxBytes)) };
  parentPort!.postMessage(reply);
});
