import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { findingsFor, type Corpus } from '../core';
import type { FindingData } from './diagnostics';
import { articleLinks } from './features';
import type { FigureRef } from './reviews';

/** Quick fixes on a finding: mark the pairs reviewed, or say a counterpart is not the same figure. */
export function codeActions(corpus: Corpus, p: CodeActionParams): CodeAction[] {
  const uri = p.textDocument.uri;
  const out: CodeAction[] = [];
  const links = articleLinks(corpus);
  const findings = findingsFor(corpus, uri, links);
  for (const d of p.context.diagnostics) {
    if (d.source !== 'crosscheck' || !d.data) continue;
    const data = d.data as FindingData;
    const f = findings.find((x) => x.figure === data.figure && x.verdict === data.verdict);
    if (!f) continue;
    const self: FigureRef = { uri, figure: f.figure };
    const others = f.related.map((r) => ({
      ref: { uri: r.doc, figure: r.figure } as FigureRef,
      verdict: r.verdict,
      label: `“${corpus.text(r.doc)?.slice(r.start, r.end)}” in ${links.label(r.doc)}`,
    }));
    out.push({
      title:
        others.length === 1
          ? `Crosscheck: mark as reviewed (${f.verdict} with ${others[0].label})`
          : `Crosscheck: mark as reviewed (all ${others.length} pairs)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: false,
      command: {
        title: 'Mark as reviewed',
        command: 'crosscheck.markReviewed',
        arguments: [self, others.map((o) => ({ ...o.ref, verdict: o.verdict }))],
      },
    });
    for (const o of others.slice(0, 5)) {
      out.push({
        title: `Crosscheck: not the same figure as ${o.label}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Not the same figure', command: 'crosscheck.notSameFigure', arguments: [self, o.ref] },
      });
    }
  }
  return out;
}
