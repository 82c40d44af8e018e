import type { Corpus } from './corpus';

/** How an adapter names and links articles in rendered text (the core knows no URIs). */
export interface ArticleLinks {
  /** A short label for an article ("003_fc47….txt"). */
  label(doc: string): string;
  /** A link target to an offset in an article, or undefined when links are not wanted. */
  href(doc: string, offset: number): string | undefined;
}

/** Escapes what Markdown would read as markup in a name or label (emphasis, links, tables, HTML). */
export const escapeMd = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

/** Lines of one list in a card: an entity of a large corpus is named in thousands of articles. */
const MAX_LINES = 20;

/** The entity card shown on hover, in Markdown (each list cut at twenty lines, saying how many more). */
export function entityCardMarkdown(corpus: Corpus, entityId: string, links: ArticleLinks): string | undefined {
  const e = corpus.entity(entityId);
  if (!e) return undefined;
  const lines: string[] = [];
  const what = e.kind === 'person' ? 'person' : (e.description ?? e.placeKind ?? e.kind);
  lines.push(`**${escapeMd(e.name)}** — ${escapeMd(what)}`);
  const members = corpus.members(e);
  if (members?.length) {
    lines.push('', 'People said to belong to it:');
    for (const m of members.slice(0, MAX_LINES)) lines.push(`- ${escapeMd(m.name)} — ${escapeMd(m.role)}`);
    if (members.length > MAX_LINES) lines.push(`- and ${members.length - MAX_LINES} more`);
  }
  // (one pass: the mentions come article by article, and a name of a large corpus has tens of thousands)
  const firstArticles: Array<{ doc: string; start: number; mentions: number }> = [];
  type Spelling = { docs: string[]; articles: number; last?: string };
  const spellings = new Map<string, Spelling>();
  let articles = 0,
    previous: string | undefined;
  for (const m of e.mentions) {
    if (m.doc !== previous) {
      previous = m.doc;
      if (++articles <= MAX_LINES) firstArticles.push({ doc: m.doc, start: m.start, mentions: 0 });
    }
    if (articles <= MAX_LINES) firstArticles[articles - 1].mentions++;
    let s = spellings.get(m.text);
    if (!s) spellings.set(m.text, (s = { docs: [], articles: 0 }));
    if (s.last !== m.doc) {
      s.last = m.doc;
      if (++s.articles <= 4) s.docs.push(m.doc);
    }
  }
  if (e.aliases.some((a) => a !== e.name)) {
    // every spelling with the articles that write it: a minority spelling stands out
    lines.push('', 'Written as:');
    for (const [text, s] of [...spellings].slice(0, MAX_LINES)) {
      const list = s.docs.map((d) => escapeMd(links.label(d)));
      lines.push(`- “${escapeMd(text)}” — ${list.join(', ')}${s.articles > 4 ? `, +${s.articles - 4}` : ''}`);
    }
    if (spellings.size > MAX_LINES) lines.push(`- and ${spellings.size - MAX_LINES} more spellings`);
  }
  if (e.roles.length) {
    lines.push('', 'Roles as written:');
    for (const r of e.roles.slice(0, MAX_LINES)) lines.push(`- ${escapeMd(r.role)} — ${escapeMd(links.label(r.doc))}`);
    if (e.roles.length > MAX_LINES) lines.push(`- and ${e.roles.length - MAX_LINES} more`);
  }
  lines.push('', `Mentions: ${e.mentions.length} in ${articles} article${articles === 1 ? '' : 's'}`);
  for (const { doc, start, mentions } of firstArticles) {
    const href = links.href(doc, start);
    const label = escapeMd(links.label(doc));
    lines.push(`- ${href ? `[${label}](${href})` : label}: ${mentions}`);
  }
  if (articles > MAX_LINES) lines.push(`- and ${articles - MAX_LINES} more articles (Find All References lists them)`);
  return lines.join('\n');
}
