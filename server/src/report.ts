import type { Corpus, ResolvedMention } from './core';

/** The corpus report shared by the CLI's formats: 1-based lines and columns (UTF-16), end exclusive. */

export interface ReportSpan {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface Report {
  files: string[];
  skipped: Array<{ file: string; reason: string }>;
  entities: Array<{
    id: string; kind: string; name: string; placeKind?: string; description?: string;
    aliases: string[]; roles: Array<{ file: string; role: string }>; mentions: ReportSpan[];
  }>;
  figures: unknown[];
  findings: unknown[];
}

export function spanOf(corpus: Corpus, doc: string, start: number, end: number): ReportSpan {
  const lines = corpus.analysis(doc)!.lines;
  const a = lines.position(start), b = lines.position(end);
  return { file: doc, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1, text: corpus.text(doc)!.slice(start, end) };
}

export function buildReport(corpus: Corpus, skipped: Array<{ file: string; reason: string }>): Report {
  const { entities } = corpus.resolution();
  const mention = (m: ResolvedMention) => spanOf(corpus, m.doc, m.start, m.end);
  return {
    files: corpus.documents(),
    skipped,
    entities: [...entities.values()]
      .sort((a, b) => a.kind.localeCompare(b.kind) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .map((e) => ({ id: e.id, kind: e.kind, name: e.name, placeKind: e.placeKind, description: e.description, aliases: e.aliases,
        roles: e.roles.map((r) => ({ file: r.doc, role: r.role })), mentions: e.mentions.map(mention) })),
    figures: [],
    findings: [],
  };
}

export function renderText(r: Report): string {
  const out: string[] = [];
  out.push(`Crosscheck: ${r.files.length} article${r.files.length === 1 ? '' : 's'}${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}`);
  for (const kind of ['person', 'place'] as const) {
    const list = r.entities.filter((e) => e.kind === kind);
    out.push('', `${kind === 'person' ? 'People' : 'Places'} (${list.length})`);
    for (const e of list) {
      const files = new Set(e.mentions.map((m) => m.file)).size;
      const extra = kind === 'place' ? ` — ${e.description}` : e.roles.length ? ` — ${[...new Set(e.roles.map((x) => x.role))].join('; ')}` : '';
      out.push(`  ${e.name}${extra}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${files} article${files === 1 ? '' : 's'}` +
        (e.aliases.length > 1 ? ` (as ${e.aliases.map((a) => `"${a}"`).join(', ')})` : ''));
    }
  }
  for (const s of r.skipped) out.push(`skipped ${s.file}: ${s.reason}`);
  return out.join('\n') + '\n';
}
