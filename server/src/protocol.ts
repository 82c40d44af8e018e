/**
 * Crosscheck's own LSP messages, beyond the standard ones (shared by the server and the VS Code
 * client: types, and the unpacking of the summary's findings). Positions are LSP positions (0-based line,
 * UTF-16 character).
 */

export interface Pos {
  line: number;
  character: number;
}

export interface Loc {
  uri: string;
  range: { start: Pos; end: Pos };
}

/**
 * Notification `crosscheck/status`, sent when indexing starts, progresses and ends, after findings change, and
 * after every review decision (the view lists what decisions decide).
 */
export interface StatusParams {
  indexing: boolean;
  done: number;
  total: number;
  articles: number;
  conflicts: number;
  roundings: number;
  updates: number;
  skipped: number;
}
export const STATUS_NOTIFICATION = 'crosscheck/status';

/**
 * Request `crosscheck/summary` ({ articles? } or no params): what the review panel lists. The details are
 * asked for when shown — a finding's message and counterparts (`crosscheck/finding`), an entity's mentions
 * (`crosscheck/mentions`) — so that its size follows the number of findings and names, not of links and
 * mentions.
 */
export interface SummaryParams {
  /** Only the entities these articles mention, counted in them (none or absent: every article). */
  articles?: string[];
}

export interface SummaryFinding extends Loc {
  verdict: 'conflict' | 'rounding' | 'updated';
  code: string;
  /** The figure as written, and its index in the article (`crosscheck/finding` takes it). */
  text: string;
  figure: number;
}

export interface SummaryGroup {
  /** What the figures count and where: "arrests (Operation Safe City, nationwide)". */
  label: string;
  /** The worst verdict in the group. */
  verdict: 'conflict' | 'rounding' | 'updated';
  findings: SummaryFinding[];
}

/**
 * A group as the request sends it, its findings as numbers (`unpackSummary` makes them objects): as objects
 * the list of 10,000 articles was 6.6 MB of JSON, and making and sending it raised the server's peak by about
 * 40 MB.
 */
export interface PackedSummaryGroup {
  label: string;
  verdict: SummaryGroup['verdict'];
  /**
   * `FINDING_NUMBERS` a finding: its article (in `articles`), its kind (in `kinds`), its figure, and the
   * start line, start character, end line and end character of its range.
   */
  findings: number[];
  /** Each finding's figure as written. */
  texts: string[];
}

export const FINDING_NUMBERS = 7;

export interface SummaryEntity {
  id: string;
  kind: 'person' | 'place' | 'organisation';
  name: string;
  /** "city in Pennsylvania, United States", "organisation (FEMA)", or the first role of a person. */
  detail: string;
  /** The articles that mention it, and its mentions (in the params' articles, when given). */
  articles: number;
  mentions: number;
}

/** What `crosscheck/summary` answers. */
export interface SummaryResult {
  articles: Array<{ uri: string; label: string; date?: string }>;
  /** The kinds of finding the groups' numbers name. */
  kinds: Array<Pick<SummaryFinding, 'verdict' | 'code'>>;
  groups: PackedSummaryGroup[];
  /** Most mentioned first: the first 1,000 of each kind (the filter by article lists an article's). */
  entities: SummaryEntity[];
  /** Of each kind, the entities not listed. */
  unlisted: Record<SummaryEntity['kind'], number>;
}

/** The summary with its findings as objects. */
export interface Summary extends Omit<SummaryResult, 'kinds' | 'groups'> {
  groups: SummaryGroup[];
}

export function unpackSummary(r: SummaryResult): Summary {
  const finding = (g: PackedSummaryGroup, i: number): SummaryFinding => {
    const [article, kind, figure, line, character, endLine, endCharacter] = g.findings.slice(
      i * FINDING_NUMBERS,
      (i + 1) * FINDING_NUMBERS,
    );
    return {
      uri: r.articles[article].uri,
      range: { start: { line, character }, end: { line: endLine, character: endCharacter } },
      ...r.kinds[kind],
      text: g.texts[i],
      figure,
    };
  };
  return {
    articles: r.articles,
    groups: r.groups.map((g) => ({
      label: g.label,
      verdict: g.verdict,
      findings: g.texts.map((_, i) => finding(g, i)),
    })),
    entities: r.entities,
    unlisted: r.unlisted,
  };
}

export const SUMMARY_REQUEST = 'crosscheck/summary';

/**
 * Request `crosscheck/finding`: what the view's tooltip says about one finding, asked for when it is shown —
 * its message and its first counterparts. Null when the article no longer has that finding.
 */
export interface FindingParams {
  uri: string;
  figure: number;
  verdict: SummaryFinding['verdict'];
}

export interface FindingResult {
  message: string;
  /** The first counterparts; `relatedCount` counts them all. */
  related: Array<Loc & { text: string; message: string; verdict: string }>;
  relatedCount: number;
}
export const FINDING_REQUEST = 'crosscheck/finding';

/** Request `crosscheck/mentions`: an entity's mentions in corpus order (in the given articles, when given). */
export interface MentionsParams {
  id: string;
  articles?: string[];
}

export type SummaryMention = Loc & { text: string; lineText: string };

export interface MentionsResult {
  /** The first mentions (an entity written thousands of times lists its first 500); `total` counts them all. */
  mentions: SummaryMention[];
  total: number;
}
export const MENTIONS_REQUEST = 'crosscheck/mentions';

/**
 * Request `crosscheck/sameEntityChoices` ({ uri, line, character } or { uri, offset }, a mention): the
 * entities the "same as…" picker offers for that mention — of its kind, itself excluded — each with a
 * mention to name it by. Answers an InvalidParams error when no name is there.
 */
export interface SameEntityChoice {
  id: string;
  kind: SummaryEntity['kind'];
  name: string;
  detail: string;
  articles: number;
  mentions: number;
  /** Its first mention, as `crosscheck.sameEntity` takes it. */
  target: { uri: string; offset: number };
}
export const SAME_ENTITY_CHOICES_REQUEST = 'crosscheck/sameEntityChoices';

/**
 * Request `crosscheck/report` ({ format: 'html' | 'markdown', webview?: boolean }): the corpus report as a
 * document.
 */
export interface ReportParams {
  format: 'html' | 'markdown';
  /**
   * For a webview: no <html> shell, links as `<a data-uri data-line data-character>` the client turns
   * into "open this sentence". The fragment starts with a `<style>` element that carries `nonce`
   * when given (for a CSP of `style-src 'nonce-…'`); it has no inline style attributes and no scripts.
   */
  webview?: boolean;
  nonce?: string;
}
export const REPORT_REQUEST = 'crosscheck/report';
