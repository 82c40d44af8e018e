/**
 * Crosscheck's own LSP messages, beyond the standard ones (shared by the server and the VS Code
 * client; types only). Positions are LSP positions (0-based line, UTF-16 character).
 */

export interface Pos {
  line: number;
  character: number;
}

export interface Loc {
  uri: string;
  range: { start: Pos; end: Pos };
}

/** Notification `crosscheck/status`, sent when indexing starts, progresses and ends, and after findings change. */
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

/** Request `crosscheck/summary` (no params): what the review panel shows. */
export interface SummaryFinding extends Loc {
  verdict: 'conflict' | 'rounding' | 'updated';
  code: string;
  /** The figure as written. */
  text: string;
  message: string;
  related: Array<Loc & { text: string; message: string; verdict: string }>;
}

export interface SummaryGroup {
  /** What the figures count and where: "arrests (Operation Safe City, nationwide)". */
  label: string;
  /** The worst verdict in the group. */
  verdict: 'conflict' | 'rounding' | 'updated';
  findings: SummaryFinding[];
}

export interface SummaryEntity {
  id: string;
  kind: 'person' | 'place' | 'organisation';
  name: string;
  /** "city in Pennsylvania, United States", "organisation (FEMA)", or the first role of a person. */
  detail: string;
  articles: number;
  mentions: Array<Loc & { text: string; lineText: string }>;
}

export interface SummaryResult {
  articles: Array<{ uri: string; label: string; date?: string }>;
  groups: SummaryGroup[];
  entities: SummaryEntity[];
}
export const SUMMARY_REQUEST = 'crosscheck/summary';

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
