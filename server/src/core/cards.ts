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
  if (e.members?.length) {
    lines.push('', 'People said to belong to it:');
    for (const m of e.members) lines.push(`- ${escapeMd(m.name)} — ${escapeMd(m.role)}`);
  }
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) {
    // every spelling with the articles that write it: a minority spelling stands out
    const docsOf = new Map<string, Set<string>>();
    for (const m of e.mentions) {
      if (!docsOf.has(m.text)) docsOf.set(m.text, new Set());
      docsOf.get(m.text)!.add(m.doc);
    }
    lines.push('', 'Written as:');
    for (const [text, docs] of [...docsOf].slice(0, MAX_LINES)) {
      const list = [...docs].map((d) => escapeMd(links.label(d)));
      lines.push(
        `- “${escapeMd(text)}” — ${list.slice(0, 4).join(', ')}${list.length > 4 ? `, +${list.length - 4}` : ''}`,
      );
    }
    if (docsOf.size > MAX_LINES) lines.push(`- and ${docsOf.size - MAX_LINES} more spellings`);
  }
  if (e.roles.length) {
    lines.push('', 'Roles as written:');
    for (const r of e.roles.slice(0, MAX_LINES)) lines.push(`- ${escapeMd(r.role)} — ${escapeMd(links.label(r.doc))}`);
    if (e.roles.length > MAX_LINES) lines.push(`- and ${e.roles.length - MAX_LINES} more`);
  }
  const perDoc = new Map<string, number[]>();
  for (const m of e.mentions) {
    const list = perDoc.get(m.doc) ?? [];
    list.push(m.start);
    perDoc.set(m.doc, list);
  }
  lines.push('', `Mentions: ${e.mentions.length} in ${perDoc.size} article${perDoc.size === 1 ? '' : 's'}`);
  for (const [doc, starts] of [...perDoc].slice(0, MAX_LINES)) {
    const href = links.href(doc, starts[0]);
    const label = escapeMd(links.label(doc));
    lines.push(`- ${href ? `[${label}](${href})` : label}: ${starts.length}`);
  }
  if (perDoc.size > MAX_LINES)
    lines.push(`- and ${perDoc.size - MAX_LINES} more articles (Find All References lists them)`);
  return lines.join('\n');
}
