import type { Report, ReportFinding } from './model';

/** The report as plain text for a terminal: entities by kind, then findings in comparison groups. */

export function renderText(r: Omit<Report, 'figures'>): string {
  const out: string[] = [];
  out.push(
    `Crosscheck: ${r.files.length} article${r.files.length === 1 ? '' : 's'}` +
      `${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}`,
  );
  const heading = { person: 'People', place: 'Places', organisation: 'Organisations' };
  for (const kind of ['person', 'place', 'organisation'] as const) {
    const list = r.entities.filter((e) => e.kind === kind);
    if (kind === 'organisation' && !list.length) continue;
    out.push('', `${heading[kind]} (${list.length})`);
    for (const e of list) {
      const files = new Set(e.mentions.map((m) => m.file)).size;
      const extra =
        kind !== 'person'
          ? ` — ${e.description}`
          : e.roles.length
            ? ` — ${[...new Set(e.roles.map((x) => x.role))].join('; ')}`
            : '';
      out.push(
        `  ${e.name}${extra}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} ` +
          `in ${files} article${files === 1 ? '' : 's'}` +
          (e.aliases.length > 1 ? ` (as ${e.aliases.map((a) => `"${a}"`).join(', ')})` : ''),
      );
    }
  }
  const counts = r.findings.reduce((m, f) => m.set(f.verdict, (m.get(f.verdict) ?? 0) + 1), new Map<string, number>());
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.push(
    '',
    `Findings: ${plural(counts.get('conflict') ?? 0, 'conflict')}, ` +
      `${plural(counts.get('rounding') ?? 0, 'rounding')}, ${plural(counts.get('updated') ?? 0, 'update')}`,
  );
  const spellings = r.findings.filter((f) => f.code === 'name-variant');
  if (spellings.length) {
    out.push('', `Spelling variants (${spellings.length})`);
    for (const f of spellings) out.push(`  ${f.file}:${f.line}:${f.column} ${f.message}`);
  }
  groupFindings(r.findings.filter((f) => f.code !== 'name-variant')).forEach((g, i) => {
    out.push('', `Group ${i + 1}: ${g[0].message.split(' here;')[0].replace(/^\S+\s*/, '')}`);
    for (const f of g) out.push(`  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}: ${f.message}`);
  });
  for (const s of r.skipped) out.push(`skipped ${s.file}: ${s.reason}`);
  for (const p of r.partial) out.push(`partly read ${p.file}:${p.line}:${p.column}: ${p.message}`);
  return out.join('\n') + '\n';
}

/** Findings in comparison groups: figures linked to one another, directly or through others. */
export function groupFindings(findings: ReportFinding[]): ReportFinding[][] {
  const key = (s: { file: string; line: number; column: number }) => `${s.file}:${s.line}:${s.column}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  for (const f of findings) for (const rel of f.related) parent.set(find(key(f)), find(key(rel)));
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const g = find(key(f));
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  const rank = (g: ReportFinding[]) =>
    Math.min(...g.map((f) => ({ conflict: 0, rounding: 1, updated: 2 })[f.verdict as 'conflict'] ?? 3));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
