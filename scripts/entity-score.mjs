// Scores what the project's gold adds to the shared format: organisations (mention recall and precision,
// splits and merges, as the shared scorer does for people and places) and name variants (every minority
// spelling flagged with its majority spelling; no pair of different people flagged).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function entityScore(gold, report, corpusDir) {
  const lines = new Map();
  const linesOf = (file) => {
    if (!lines.has(file)) lines.set(file, readFileSync(join(corpusDir, file), 'utf8').split(/\r?\n/));
    return lines.get(file);
  };
  const goldSpan = (s) => {
    const line = linesOf(s.file)[s.line - 1] ?? '';
    let at = -1;
    for (let k = 0; k < (s.nth ?? 1); k++) at = line.indexOf(s.text, at + 1);
    if (at < 0) throw new Error(`gold span not in text: ${JSON.stringify(s)}`);
    return { file: s.file, line: s.line, start: at, end: at + s.text.length, text: s.text };
  };
  const reportSpan = (r) => ({
    file: basename(String(r.file)),
    line: r.line,
    start: r.column - 1,
    end: r.endLine === r.line || r.endLine == null ? r.endColumn - 1 : r.column,
  });
  const overlaps = (a, b) => a.file === b.file && a.line === b.line && a.start < b.end && b.start < a.end;
  const show = (s) => `${s.file}:${s.line} "${(linesOf(s.file)[s.line - 1] ?? '').slice(s.start, s.end)}"`;

  const out = {};
  if (gold.organisations) {
    const tool = (report.entities ?? [])
      .filter((e) => e.kind === 'organisation')
      .flatMap((e) => e.mentions.map((m) => ({ ...reportSpan(m), entity: e.id })));
    const required = gold.organisations.flatMap((e) => e.mentions.map((m) => ({ ...goldSpan(m), gold: e.id })));
    const optional = gold.organisations.flatMap((e) => (e.optional ?? []).map(goldSpan));
    const found = required.map((g) => tool.find((t) => overlaps(t, g)));
    const falsePositives = tool.filter((t) => ![...required, ...optional].some((g) => overlaps(t, g)));
    const toolOf = new Map();
    required.forEach((g, i) => {
      if (!found[i]) return;
      if (!toolOf.has(g.gold)) toolOf.set(g.gold, new Set());
      toolOf.get(g.gold).add(found[i].entity);
    });
    const goldOf = new Map();
    for (const [g, s] of toolOf)
      for (const t of s) {
        if (!goldOf.has(t)) goldOf.set(t, new Set());
        goldOf.get(t).add(g);
      }
    out.organisations = {
      required: required.length,
      found: found.filter(Boolean).length,
      toolCount: tool.length,
      correct: tool.length - falsePositives.length,
      splits: [...toolOf].filter(([, s]) => s.size > 1).map(([g, s]) => `${g} -> ${[...s].join(' | ')}`),
      merges: [...goldOf].filter(([, s]) => s.size > 1).map(([t, s]) => `${t} <- ${[...s].join(' + ')}`),
      missed: required.filter((_, i) => !found[i]).map(show),
      falsePositives: falsePositives.map(show),
    };
  }
  if (gold.variants) {
    const flags = (report.findings ?? []).filter((f) => f.code === 'name-variant');
    const flagged = flags.map((f) => ({ ...reportSpan(f), message: f.message }));
    const right = gold.variants.filter((v) => {
      const g = goldSpan(v);
      return flagged.some((f) => overlaps(f, g) && f.message.includes(`“${v.majority}”`));
    });
    const expected = gold.variants.map(goldSpan);
    const different = (gold.differentPeople ?? []).map((p) => [goldSpan(p.a), goldSpan(p.b)]);
    // a flag on a look-alike of a different person, pointing at the other
    const wrong = flags.filter((f) => {
      const spans = [reportSpan(f), ...(f.related ?? []).map(reportSpan)];
      return different.some(([a, b]) => spans.some((s) => overlaps(s, a)) && spans.some((s) => overlaps(s, b)));
    });
    const unexpected = flagged.filter((f) => !expected.some((g) => overlaps(f, g)));
    out.variants = {
      expected: gold.variants.length,
      found: right.length,
      missed: gold.variants.filter((v) => !right.includes(v)).map((v) => `${v.file}:${v.line} "${v.text}"`),
      differentFlagged: wrong.length,
      unexpected: unexpected.map((f) => `${f.file}:${f.line} ${f.message.slice(0, 100)}`),
    };
  }
  return out;
}
