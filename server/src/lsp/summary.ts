import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import { comparisonGroups, findingsFor, formatDate, type Corpus, type Finding } from '../core';
import type { Loc, SummaryEntity, SummaryFinding, SummaryGroup, SummaryResult } from '../protocol';
import { articleLinks } from './features';

/** The review panel's data (`crosscheck/summary`): findings by comparison group, people and places. */
export function summary(corpus: Corpus): SummaryResult {
  const links = articleLinks(corpus);
  const loc = (doc: string, start: number, end: number): Loc => {
    const l = corpus.analysis(doc)!.lines;
    return { uri: doc, range: { start: l.position(start), end: l.position(end) } };
  };
  const byFigure = new Map<string, Finding[]>();
  for (const doc of corpus.documents()) {
    for (const f of findingsFor(corpus, doc, links)) {
      const k = `${doc}\u0000${f.figure}`;
      byFigure.set(k, [...(byFigure.get(k) ?? []), f]);
    }
  }
  const groups: SummaryGroup[] = [];
  for (const g of comparisonGroups(corpus)) {
    if (g.verdict === 'consistent') continue;
    const findings: SummaryFinding[] = g.members.flatMap((m) =>
      (byFigure.get(`${m.doc}\u0000${m.index}`) ?? []).map((f) => ({
        ...loc(f.doc, f.start, f.end),
        verdict: f.verdict,
        code: f.code,
        text: corpus.text(f.doc)!.slice(f.start, f.end),
        message: f.message,
        related: f.related.map((r) => ({
          ...loc(r.doc, r.start, r.end),
          text: corpus.text(r.doc)!.slice(r.start, r.end),
          message: r.message,
          verdict: r.verdict,
        })),
      })),
    );
    if (findings.length) groups.push({ label: g.label, verdict: g.verdict as SummaryGroup['verdict'], findings });
  }
  const entities: SummaryEntity[] = [...corpus.resolution().entities.values()]
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      detail: e.kind === 'person' ? (e.roles[0]?.role ?? 'person') : (e.description ?? e.placeKind ?? e.kind),
      articles: new Set(e.mentions.map((m) => m.doc)).size,
      mentions: e.mentions.map((m) => {
        const l = loc(m.doc, m.start, m.end);
        const a = corpus.analysis(m.doc)!.lines;
        return {
          ...l,
          text: m.text,
          lineText: corpus.text(m.doc)!.slice(a.offset(l.range.start.line, 0), a.lineEnd(l.range.start.line)).trim(),
        };
      }),
    }))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return {
    articles: corpus.documents().map((d) => ({
      uri: d,
      label: basename(URI.parse(d).fsPath),
      date: corpus.analysis(d)?.figures.dateline ? formatDate(corpus.analysis(d)!.figures.dateline) : undefined,
    })),
    groups,
    entities,
  };
}
