// Runs in a worker with a small heap: analyses one hostile article beside a normal one, through
// the whole corpus (resolution and comparisons), and posts what came out.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { HOSTILE, PROSE } from './inputs.mjs';

const core = createRequire(import.meta.url)(workerData.core);
const corpus = new core.Corpus();
corpus.set('normal.txt', PROSE);
// analysed as prose whatever it holds: the rules must stay linear on it even when it passes for prose
const text = HOSTILE[workerData.name];
corpus.set('hostile.txt', text, workerData.asIs ? undefined : core.analyzeProse(text));
const entities = corpus.resolution().entities.size;
const links = [...corpus.allLinks()].length;
const a = corpus.analysis('hostile.txt');
parentPort.postMessage({
  figures: a.figures.figures.length,
  counts: a.figures.figures.filter((f) => f.kind === 'count').length,
  people: a.people.length,
  places: a.places.length,
  entities,
  links,
  cutoff: a.cutoff,
  longestSentence: Math.max(0, ...core.unpackSentences(a.sentences).map((s) => s.end - s.start)),
});
