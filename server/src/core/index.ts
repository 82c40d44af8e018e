/** The analysis core: text in, plain data out. Knows nothing of LSP or VS Code. */
export * from './types';
export { decodeBytes, formatSize, LineIndex, contentHash, type Decoded } from './text';
export { analyzeText, type DocumentAnalysis } from './analyze';
export { Corpus, type Entity, type ResolvedMention, type Resolution } from './corpus';
export { gazetteer, Gazetteer } from './gazetteer';
export { splitSentences, tokenize } from './tokens';
export { entityCardMarkdown, type ArticleLinks } from './cards';
