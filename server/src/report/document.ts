import { compareArticles, comparisonGroups, firstInOrder, type Corpus, type Verdict } from '../core';

/**
 * The corpus report as a document: the claims matrix (one row per comparison group, one column per
 * article, verdicts marked; in a large corpus, each row lists its figures) and the mentions of people and
 * places per article. Markdown, a standalone
 * HTML page, or an HTML fragment for a webview (links as data attributes the client opens).
 */

export interface RenderOptions {
  format: 'markdown' | 'html';
  webview?: boolean;
  /** A short name for an article. */
  label(doc: string): string;
  /** Where a link to an article's offset goes (HTML href / Markdown link); ignored in a webview. */
  href(doc: string, offset: number): string;
  /** A URI for the webview's data attributes. */
  uri?(doc: string): string;
  /** The CSP nonce of the webview's <style> element. */
  nonce?: string;
}

interface Cell {
  doc: string;
  offset: number;
  line: number;
  character: number;
  text: string;
  verdict: Verdict;
}

const MARK: Record<Verdict, string> = {
  conflict: '⚠ conflict',
  rounding: '≈ rounding',
  updated: '↻ updated',
  consistent: '✓ consistent',
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const mdEsc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Up to this many articles the report is a matrix, a column per article. Beyond, a column per article no
 * longer fits a screen (at 10,000 articles the matrix would be billions of cells): each row lists its own
 * figures instead, the first `MAX_CELLS`, and the report lists the first `MAX_ROWS` groups, those with a
 * finding first. The command line's JSON lists every figure.
 */
const MATRIX_ARTICLES = 12;
const MAX_ROWS = 2000;
const MAX_CELLS = 20;
/** Entities in the mentions table, and (in a large corpus) the articles named for each. */
const MAX_ENTITIES = 30;
const TOP_ARTICLES = 5;

function model(corpus: Corpus) {
  const docs = corpus.documents();
  const all = comparisonGroups(corpus);
  const matrix = docs.length <= MATRIX_ARTICLES;
  const groups = all.slice(0, matrix ? all.length : MAX_ROWS).map((g) => ({
    label: g.label,
    verdict: g.verdict,
    size: g.members.length,
    // (in the order of the articles, then of the text; a row of a large corpus shows its first few)
    list: (matrix ? g.members : g.members.slice(0, MAX_CELLS)).map((m): Cell => {
      const p = corpus.analysis(m.doc)!.lines.position(m.fig.start);
      return {
        doc: m.doc,
        offset: m.fig.start,
        ...p,
        text: `${m.fig.qualifierText ? m.fig.qualifierText + ' ' : ''}${m.fig.text}`,
        verdict: m.verdict,
      };
    }),
  }));
  const entities = firstInOrder(
    corpus.resolution().entities.values(),
    MAX_ENTITIES,
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  ).map((e) => {
    const per = new Map<string, number>();
    for (const m of e.mentions) per.set(m.doc, (per.get(m.doc) ?? 0) + 1);
    return { name: e.name, kind: e.kind, total: e.mentions.length, per };
  });
  const count = (v: Verdict) => all.filter((g) => g.verdict === v).length;
  const summary =
    `${docs.length} article${docs.length === 1 ? '' : 's'} · ` +
    `${all.length} comparison group${all.length === 1 ? '' : 's'}: ` +
    `${count('conflict')} with a conflict, ` +
    `${count('rounding')} with a rounding, ${count('updated')} with an update, ${count('consistent')} consistent.` +
    (all.length > groups.length ? ` The first ${groups.length} are listed.` : '');
  return { docs, groups, entities, matrix, summary };
}

/** The articles that mention an entity most, "a.txt (12)", for a corpus too large for a column each. */
function topArticles(per: Map<string, number>, label: (doc: string) => string): string {
  const top = [...per].sort((a, b) => b[1] - a[1] || compareArticles(a[0], b[0])).slice(0, TOP_ARTICLES);
  const more = per.size - top.length;
  return top.map(([d, n]) => `${label(d)} (${n})`).join(', ') + (more > 0 ? `, and ${more} more` : '');
}

export function renderReport(corpus: Corpus, o: RenderOptions): string {
  return o.format === 'markdown' ? markdown(corpus, o) : html(corpus, o);
}

function markdown(corpus: Corpus, o: RenderOptions): string {
  const { docs, groups, entities, matrix, summary } = model(corpus);
  const out: string[] = ['# Crosscheck report', '', summary, ''];
  const link = (c: Cell) =>
    `[${mdEsc(c.text)}](${o.href(c.doc, c.offset)}) ${c.verdict === 'consistent' ? '' : `(${c.verdict})`}`.trim();
  out.push('## Claims', '');
  if (!groups.length) out.push('No figures were compared across or within articles.', '');
  else if (matrix) {
    out.push(
      `| group | verdict | ${docs.map((d) => mdEsc(o.label(d))).join(' | ')} |`,
      `|---|---|${docs.map(() => '---').join('|')}|`,
    );
    for (const g of groups) {
      const cells = docs.map((d) =>
        g.list
          .filter((c) => c.doc === d)
          .map(link)
          .join('<br>'),
      );
      out.push(`| ${mdEsc(g.label)} | ${MARK[g.verdict]} | ${cells.join(' | ')} |`);
    }
    out.push('');
  } else {
    out.push('| group | verdict | figures |', '|---|---|---|');
    for (const g of groups) {
      const shown = g.list.map((c) => `${mdEsc(o.label(c.doc))}: ${link(c)}`);
      if (g.size > g.list.length) shown.push(`and ${g.size - g.list.length} more`);
      out.push(`| ${mdEsc(g.label)} | ${MARK[g.verdict]} | ${shown.join('<br>')} |`);
    }
    out.push('');
  }
  out.push('## People, places and organisations: mentions per article', '');
  if (matrix) {
    out.push(
      `| entity | kind | total | ${docs.map((d) => mdEsc(o.label(d))).join(' | ')} |`,
      `|---|---|---|${docs.map(() => '---').join('|')}|`,
    );
    for (const e of entities)
      out.push(`| ${mdEsc(e.name)} | ${e.kind} | ${e.total} | ${docs.map((d) => e.per.get(d) ?? '').join(' | ')} |`);
  } else {
    out.push('| entity | kind | total | articles | most in |', '|---|---|---|---|---|');
    for (const e of entities)
      out.push(`| ${mdEsc(e.name)} | ${e.kind} | ${e.total} | ${e.per.size} | ${mdEsc(topArticles(e.per, o.label))} |`);
  }
  return out.join('\n') + '\n';
}

const STYLE = [
  '',
  'body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);',
  '  color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); ' +
    'margin: 1em 1.5em; }',
  'h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }',
  'table { border-collapse: collapse; margin: .5em 0; }',
  'th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: .25em .5em; text-align: left; ' +
    'vertical-align: top; }',
  'th { background: var(--vscode-editorWidget-background, #f3f3f3); }',
  '.fig { cursor: pointer; text-decoration: none; color: inherit; border-radius: 3px; padding: 0 .25em; ' +
    'white-space: nowrap; display: inline-block; }',
  '.fig:hover { outline: 1px solid var(--vscode-focusBorder, #06c); }',
  '.conflict { background: color-mix(in srgb, var(--vscode-editorWarning-foreground, #b58900) 30%, transparent); }',
  '.rounding, .updated { background: color-mix(in srgb, var(--vscode-editorInfo-foreground, #268bd2) 25%, ' +
    'transparent); }',
  '.consistent { background: color-mix(in srgb, var(--vscode-testing-iconPassed, #2aa198) 20%, transparent); }',
  'progress { width: 120px; height: .8em; vertical-align: middle; accent-color: var(--vscode-charts-blue, #268bd2); }',
  '.muted { opacity: .7; }',
].join('\n');

function html(corpus: Corpus, o: RenderOptions): string {
  const { docs, groups, entities, matrix, summary } = model(corpus);
  const link = (c: Cell) => {
    const attrs = o.webview
      ? `href="#" data-uri="${esc(o.uri ? o.uri(c.doc) : c.doc)}" data-line="${c.line}" data-character="${c.character}"`
      : `href="${esc(o.href(c.doc, c.offset))}"`;
    return (
      `<a class="fig ${c.verdict}" ${attrs} ` +
      `title="${esc(`${o.label(c.doc)}, line ${c.line + 1}: ${c.verdict}`)}">${esc(c.text)}</a>`
    );
  };
  const body: string[] = [];
  body.push('<h1>Crosscheck report</h1>');
  body.push(`<p>${esc(summary)}</p>`);
  body.push('<h2>Claims</h2>');
  const columns = matrix ? docs.map((d) => `<th>${esc(o.label(d))}</th>`).join('') : '<th>figures</th>';
  if (!groups.length) body.push('<p class="muted">No figures were compared across or within articles.</p>');
  else {
    body.push(`<table><thead><tr><th>group</th><th>verdict</th>${columns}</tr></thead><tbody>`);
    for (const g of groups) {
      const cells = matrix
        ? docs
            .map(
              (d) =>
                `<td>${g.list
                  .filter((c) => c.doc === d)
                  .map(link)
                  .join(' ')}</td>`,
            )
            .join('')
        : `<td>${g.list
            .map((c) => `${esc(o.label(c.doc))}: ${link(c)}`)
            .join('<br>')}${g.size > g.list.length ? `<br>and ${g.size - g.list.length} more` : ''}</td>`;
      body.push(
        `<tr><td>${esc(g.label)}</td><td><span class="fig ${g.verdict}">${MARK[g.verdict]}</span></td>${cells}</tr>`,
      );
    }
    body.push('</tbody></table>');
  }
  body.push('<h2>People, places and organisations: mentions per article</h2>');
  const max = Math.max(1, ...entities.map((e) => e.total));
  body.push(
    `<table><thead><tr><th>entity</th><th>kind</th><th>mentions</th>` +
      `${matrix ? columns : '<th>articles</th><th>most in</th>'}</tr></thead><tbody>`,
  );
  for (const e of entities) {
    const per = matrix
      ? docs.map((d) => `<td>${e.per.get(d) ?? ''}</td>`).join('')
      : `<td>${e.per.size}</td><td>${esc(topArticles(e.per, o.label))}</td>`;
    body.push(
      `<tr><td>${esc(e.name)}</td><td>${e.kind}</td>` +
        `<td><progress max="${max}" value="${e.total}"></progress> ${e.total}</td>${per}</tr>`,
    );
  }
  body.push('</tbody></table>');
  if (o.webview) return `<style${o.nonce ? ` nonce="${esc(o.nonce)}"` : ''}>${STYLE}</style>\n${body.join('\n')}`;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<title>Crosscheck report</title><style>${STYLE}</style></head><body>\n${body.join('\n')}\n</body></html>\n`
  );
}
