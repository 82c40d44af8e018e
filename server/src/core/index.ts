/** The analysis core: text in, plain data out. Knows nothing of LSP or VS Code. */
export * from './types';
export { decodeBytes, formatSize, LineIndex, contentHash, fnv1a, type Decoded } from './text';
export {
  analyzeText,
  analyzeProse,
  describeCutoff,
  notProse,
  sharedValues,
  shareValues,
  MAX_MENTIONS,
  type Cutoff,
  type DocumentAnalysis,
  type SharedValues,
} from './analyze';
export { OutOfStep, portable, restore, ReceivedValues, SentValues, type PortableAnalysis } from './portable';
export { Corpus, type Entity, type ResolvedMention, type Resolution } from './corpus';
export { gazetteer, Gazetteer } from './gazetteer';
export { splitSentences, tokenize, MAX_SENTENCE } from './tokens';
export { sentenceAt, sentenceCount, unpackSentences, type Sentences } from './sentences';
export { packText, textSlice, unpackText, type PackedText } from './packed-text';
export { MAX_FIGURES } from './figures/extract';
export { entityCardMarkdown, type ArticleLinks } from './cards';
export { spellingFindings, type SpellingFinding } from './spellings';
export type { Figure, FigureKind, Qualifier, Interval, DocumentFigures } from './figures/types';
export type { Verdict, FigureEntry } from './figures/compare';
export { classesOf, type FigureLink } from './figures/links';
export {
  findingsFor,
  findingVerdicts,
  figureHoverMarkdown,
  comparisonGroup,
  describeFigure,
  snippet,
  CODE_OF,
  NAMED_COUNTERPARTS,
  type Finding,
  type FindingCode,
  type GroupRow,
} from './findings';
export { formatDate, type CalendarDate } from './figures/dates';
export {
  Decisions,
  fingerprint,
  fingerprintText,
  parseReviews,
  serializeReviews,
  type Decision,
  type DecisionKind,
  type NameDecision,
  type AnyDecision,
  type ReviewFile,
} from './reviews';
export {
  comparisonGroups,
  disagreeingGroups,
  type ComparisonGroup,
  type DisagreeingGroup,
  type GroupMember,
} from './groups';
export { firstInOrder } from './order';
export { compareArticles } from './article-names';
