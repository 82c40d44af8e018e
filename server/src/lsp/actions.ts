import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { findingsFor, spellingFindings, type Corpus } from '../core';
import { offsetOf } from './convert';
import type { FindingData, SpellingData } from './diagnostics';
import { articleLinks } from './features';
import type { FigureRef, MentionRef } from './reviews';

/**
 * Quick fixes on a finding: mark the pairs reviewed, or say a counterpart is not the same figure; on a
 * name spelled the minority's way, use the majority's spelling or say they are different people; on any
 * name, say it is the same as, or not the same as, another entity.
 */
export function codeActions(corpus: Corpus, p: CodeActionParams, pickers = false): CodeAction[] {
  const uri = p.textDocument.uri;
  const out: CodeAction[] = [];
  const links = articleLinks(corpus);
  const findings = findingsFor(corpus, uri, links);
  for (const d of p.context.diagnostics) {
    if (d.source !== 'crosscheck' || !d.data) continue;
    if ((d.data as SpellingData).variant) {
      out.push(...variantActions(corpus, uri, d));
      continue;
    }
    const data = d.data as FindingData;
    const f = findings.find((x) => x.figure === data.figure && x.verdict === data.verdict);
    if (!f) continue;
    const self: FigureRef = { uri, figure: f.figure };
    const others = f.related.map((r) => ({
      ref: { uri: r.doc, figure: r.figure } as FigureRef,
      verdict: r.verdict,
      label: `“${corpus.textSlice(r.doc, r.start, r.end)}” in ${links.label(r.doc)}`,
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
  out.push(...nameActions(corpus, uri, p, pickers));
  return out;
}

/** On a minority spelling: replace it with the majority's (this mention only), or keep them apart. */
function variantActions(
  corpus: Corpus,
  uri: string,
  d: CodeActionParams['context']['diagnostics'][number],
): CodeAction[] {
  const data = d.data as SpellingData;
  const start = offsetOf(corpus, uri, d.range.start);
  const f = spellingFindings(corpus, uri, articleLinks(corpus)).find((x) => x.start === start);
  if (!f) return [];
  const out: CodeAction[] = [
    {
      title: `Replace with “${data.replacement}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: d.range, newText: data.replacement }] } },
    },
  ];
  const other = f.related[0];
  if (other)
    out.push({
      title: `Crosscheck: different people (“${f.written}” is not “${f.majority}”)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Different people',
        command: 'crosscheck.differentEntity',
        arguments: [
          { uri, offset: f.start } satisfies MentionRef,
          { uri: other.doc, offset: other.start } satisfies MentionRef,
        ],
      },
    });
  return out;
}

/** On a name under the cursor: "same as …" another entity, or "not the same as" the entity it joined. */
function nameActions(corpus: Corpus, uri: string, p: CodeActionParams, pickers: boolean): CodeAction[] {
  const at = offsetOf(corpus, uri, p.range.start);
  const m = at === undefined ? undefined : corpus.mentionAt(uri, at);
  const e = m && corpus.entity(m.entityId);
  if (!m || !e) return [];
  const out: CodeAction[] = [];
  const self: MentionRef = { uri, offset: m.start };
  const noun = e.kind === 'person' ? 'person' : e.kind === 'place' ? 'place' : 'organisation';
  // the entity's mentions written otherwise or in other articles: this one may not belong with them
  const other = corpus
    .introductions(e.id, uri)
    .find((x) => x.doc !== uri || (x.text !== m.text && !m.text.includes(x.text)));
  if (other)
    out.push({
      title:
        `Crosscheck: “${m.text}” here is not the same ${noun} as “${other.text}” ` +
        `(${articleLinks(corpus).label(other.doc)})`,
      kind: CodeActionKind.RefactorRewrite,
      command: {
        title: 'Not the same',
        command: 'crosscheck.differentEntity',
        arguments: [self, { uri: other.doc, offset: other.start } satisfies MentionRef],
      },
    });
  if (pickers)
    out.push({
      title: `Crosscheck: same ${noun} as…`,
      kind: CodeActionKind.RefactorRewrite,
      command: {
        title: `Same ${noun} as…`,
        command: 'crosscheck.pickSameEntity',
        // (the picker asks the server for the entities to offer: `crosscheck/sameEntityChoices`)
        arguments: [self],
      },
    });
  return out;
}
