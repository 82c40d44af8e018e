import { parentPort } from 'node:worker_threads';
import { analyzeText, portable } from './core';
import { readArticle } from './files';
import type { AnalyzeReply, AnalyzeRequest } from './pool';

/** A worker thread of the indexing pool: reads and analyses one article per message. */
parentPort?.on('message', (req: AnalyzeRequest) => {
  const r = readArticle(req.path, req.maxBytes);
  let reply: AnalyzeReply;
  if (!r.ok) reply = { id: req.id, ok: false, reason: r.reason };
  else {
    try {
      reply = { id: req.id, ok: true, text: r.text, notices: r.notices, analysis: portable(analyzeText(r.text)) };
    } catch (e) {
      reply = { id: req.id, ok: false, reason: `analysis failed: ${(e as Error).message}` };
    }
  }
  parentPort!.postMessage(reply);
});
