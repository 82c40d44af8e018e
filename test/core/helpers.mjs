// Shared helpers for the core tests: the bundled core, and a corpus built from inline articles.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const core = require(join(root, 'server/out/core.js'));

/** A corpus of named articles: { 'a.txt': 'text', … }. */
export function corpusOf(articles) {
  const corpus = new core.Corpus();
  for (const [name, text] of Object.entries(articles)) corpus.set(name, text);
  return corpus;
}

/** Entities of a kind, as { name: [mention texts] }. */
export function entitiesOf(corpus, kind) {
  const out = {};
  for (const e of corpus.resolution().entities.values())
    if (e.kind === kind) out[e.name] = e.mentions.map((m) => m.text);
  return out;
}

/** The entity a mention text (nth occurrence in an article) resolves to. */
export function entityAt(corpus, doc, text, nth = 1) {
  const t = corpus.text(doc);
  let at = -1;
  for (let k = 0; k < nth; k++) at = t.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" not in ${doc}`);
  return corpus.entity(corpus.mentionAt(doc, at + 1)?.entityId ?? '');
}

/** The figure whose text starts with `text` (nth occurrence) in an article. */
export function figureAt(corpus, doc, text, nth = 1) {
  const t = corpus.text(doc);
  let at = -1;
  for (let k = 0; k < nth; k++) at = t.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" not in ${doc}`);
  return corpus.analysis(doc).figures.figures.find((f) => f.start <= at && at < f.end);
}

export const plainLinks = { label: (d) => d, href: () => undefined };

/** Findings of the corpus as "doc:figure-text verdict" strings, sorted. */
export function verdicts(corpus) {
  return corpus
    .documents()
    .flatMap((d) =>
      core.findingsFor(corpus, d, plainLinks).map((f) => `${d}:${corpus.text(d).slice(f.start, f.end)} ${f.verdict}`),
    )
    .sort();
}
