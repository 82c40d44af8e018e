import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import {
  DocumentHighlightKind,
  MarkupKind,
  SymbolKind,
  type DocumentHighlight,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Position,
  type SymbolInformation,
} from 'vscode-languageserver';
import {
  entityCardMarkdown,
  figureHoverMarkdown,
  type ArticleLinks,
  type Corpus,
  type Entity,
  type ResolvedMention,
} from '../core';
import { isDefined, locationOf, offsetOf, rangeOf } from './convert';

/** Navigation over entities: each handler converts core data to LSP shapes. */

export const SEMANTIC_TOKEN_TYPES = ['person', 'place', 'organisation'];
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'];

const labels = new Map<string, string>();

export function articleLinks(corpus: Corpus): ArticleLinks {
  return {
    // file names, remembered: messages name the same articles again and again
    label: (doc) => {
      let l = labels.get(doc);
      if (l === undefined) {
        if (labels.size > 100_000) labels.clear();
        labels.set(doc, (l = basename(URI.parse(doc).fsPath)));
      }
      return l;
    },
    href: (doc, offset) => {
      const p = corpus.analysis(doc)?.lines.position(offset);
      return p ? `${doc}#L${p.line + 1},${p.character + 1}` : doc;
    },
  };
}

function mentionAt(corpus: Corpus, uri: string, pos: Position): ResolvedMention | undefined {
  const off = offsetOf(corpus, uri, pos);
  return off === undefined ? undefined : corpus.mentionAt(uri, off);
}

/** The index of the figure under a position, if any. */
export function figureAt(corpus: Corpus, uri: string, pos: Position): number | undefined {
  const off = offsetOf(corpus, uri, pos);
  const figs = corpus.analysis(uri)?.figures.figures ?? [];
  if (off === undefined) return undefined;
  const i = figs.findIndex((f) => f.start <= off && off <= f.end);
  return i < 0 ? undefined : i;
}

export function hover(corpus: Corpus, uri: string, pos: Position): Hover | null {
  const fi = figureAt(corpus, uri, pos);
  if (fi !== undefined) {
    const f = corpus.analysis(uri)!.figures.figures[fi];
    const value = figureHoverMarkdown(corpus, uri, fi, articleLinks(corpus));
    if (value) return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(corpus, uri, f.start, f.end) };
  }
  const m = mentionAt(corpus, uri, pos);
  if (!m) return null;
  const value = entityCardMarkdown(corpus, m.entityId, articleLinks(corpus));
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(corpus, uri, m.start, m.end) };
}

/**
 * Articles whose introduction of an entity Go to Definition lists besides this one's: a name of a large
 * corpus is written in thousands (Find All References lists every mention).
 */
const OTHER_DEFINITIONS = 20;

export function definition(corpus: Corpus, uri: string, pos: Position): Location[] | null {
  const m = mentionAt(corpus, uri, pos);
  if (!m) return null;
  return corpus
    .introductions(m.entityId, uri)
    .slice(0, 1 + OTHER_DEFINITIONS)
    .map((i) => locationOf(corpus, i.doc, i.start, i.end))
    .filter(isDefined);
}

export function references(corpus: Corpus, uri: string, pos: Position): Location[] | null {
  const m = mentionAt(corpus, uri, pos);
  if (!m) return null;
  const e = corpus.entity(m.entityId);
  return (e?.mentions ?? []).map((x) => locationOf(corpus, x.doc, x.start, x.end)).filter(isDefined);
}

export function highlights(corpus: Corpus, uri: string, pos: Position): DocumentHighlight[] | null {
  const m = mentionAt(corpus, uri, pos);
  if (!m) return null;
  return (corpus.entity(m.entityId)?.mentions ?? [])
    .filter((x) => x.doc === uri)
    .map((x) => ({ range: rangeOf(corpus, uri, x.start, x.end)!, kind: DocumentHighlightKind.Text }));
}

const SYMBOL_KINDS = { person: SymbolKind.Object, place: SymbolKind.Namespace, organisation: SymbolKind.Module };
const symbolKind = (e: Entity) => SYMBOL_KINDS[e.kind];
const detailOf = (e: Entity, uri?: string) =>
  e.kind === 'person'
    ? (e.roles.find((r) => r.doc === uri)?.role ?? e.roles[0]?.role ?? 'person')
    : (e.description ?? e.kind);

/** The article's people and places, each with its mentions as children. */
export function documentSymbols(corpus: Corpus, uri: string): DocumentSymbol[] {
  const mentions = corpus.resolution().byDoc.get(uri) ?? [];
  const groups = new Map<string, ResolvedMention[]>();
  for (const m of mentions) groups.set(m.entityId, [...(groups.get(m.entityId) ?? []), m]);
  const out: DocumentSymbol[] = [];
  for (const [id, list] of groups) {
    const e = corpus.entity(id);
    if (!e) continue;
    const first = rangeOf(corpus, uri, list[0].start, list[0].end)!;
    const last = rangeOf(corpus, uri, list[list.length - 1].start, list[list.length - 1].end)!;
    out.push({
      name: `${e.name} (${list.length})`,
      detail: detailOf(e, uri),
      kind: symbolKind(e),
      range: { start: first.start, end: last.end },
      selectionRange: first,
      children: list.map((m) => ({
        name: m.text,
        kind: symbolKind(e),
        range: rangeOf(corpus, uri, m.start, m.end)!,
        selectionRange: rangeOf(corpus, uri, m.start, m.end)!,
      })),
    });
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Entities whose name or an alias contains the query's letters in order (case-insensitive). */
export function workspaceSymbols(corpus: Corpus, query: string, limit = 500): SymbolInformation[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const fuzzy = (s: string) => {
    const t = s.toLowerCase();
    let i = 0;
    for (const c of t) if (c === q[i]) i++;
    return i === q.length;
  };
  const out: SymbolInformation[] = [];
  for (const e of corpus.resolution().entities.values()) {
    if (q && !fuzzy(e.name) && !e.aliases.some(fuzzy)) continue;
    const intro = corpus.introductions(e.id)[0];
    const location = intro && locationOf(corpus, intro.doc, intro.start, intro.end);
    if (!location) continue;
    out.push({
      name: e.name,
      kind: symbolKind(e),
      location,
      containerName: `${e.kind} · ${e.mentions.length} mentions`,
    });
    if (out.length >= limit) break;
  }
  return out;
}

/** Semantic tokens (relative encoding) for the people and places of one article. */
export function semanticTokens(corpus: Corpus, uri: string): number[] {
  const a = corpus.analysis(uri);
  const mentions = corpus.resolution().byDoc.get(uri) ?? [];
  if (!a) return [];
  const intros = new Set<ResolvedMention>();
  for (const id of new Set(mentions.map((m) => m.entityId))) {
    const first = corpus.introductions(id, uri)[0];
    if (first?.doc === uri) intros.add(first);
  }
  const data: number[] = [];
  let prevLine = 0,
    prevChar = 0;
  let covered = 0;
  for (const m of mentions) {
    // tokens never overlap: a place inside an organisation's name is coloured as the organisation
    if (m.start < covered) continue;
    const s = a.lines.position(m.start),
      e = a.lines.position(m.end);
    if (s.line !== e.line) continue;
    covered = m.end;
    const type = SEMANTIC_TOKEN_TYPES.indexOf(corpus.entity(m.entityId)?.kind ?? 'place');
    data.push(
      s.line - prevLine,
      s.line === prevLine ? s.character - prevChar : s.character,
      e.character - s.character,
      type,
      intros.has(m) ? 1 : 0,
    );
    prevLine = s.line;
    prevChar = s.character;
  }
  return data;
}
