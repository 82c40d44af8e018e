import { basename } from 'node:path';
import {
  describeCutoff,
  findingsFor,
  spellingFindings,
  formatDate,
  type ArticleLinks,
  type Corpus,
  type Finding,
  type ResolvedMention,
} from './core';

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
  /** Articles read only up to a point (too dense to be an article): where reading stopped, and why. */
  partial: Array<{ file: string; line: number; column: number; message: string }>;
  entities: Array<{
    id: string;
    kind: string;
    name: string;
    placeKind?: string;
    description?: string;
    aliases: string[];
    roles: Array<{ file: string; role: string }>;
    /** An organisation's acronym, and the people whose roles name it. */
    acronym?: string;
    members?: Array<{ id: string; name: string; role: string }>;
    mentions: ReportSpan[];
  }>;
  figures: ReportFigure[];
  findings: ReportFinding[];
}

export interface ReportFigure extends ReportSpan {
  kind: string;
  value: number | null;
  qualifier: string;
  qualifierText?: string;
  interval?: { lo: number | null; hi: number | null };
  vague?: boolean;
  measure?: string;
  measureLabel?: string;
  place?: string;
  placeId?: string;
  nationwide?: boolean;
  time?: { date?: string; day?: string; since?: string; year?: number; event?: string; cumulative?: boolean };
  attribution?: string;
  quoted?: boolean;
  subset?: boolean;
}

export interface ReportFinding extends ReportSpan {
  code: string;
  verdict: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** For a name variant: the mention as most articles spell it. */
  replacement?: string;
  related: Array<ReportSpan & { message: string }>;
}

export const DEFAULT_SEVERITY: Record<Finding['verdict'], ReportFinding['severity']> = {
  conflict: 'warning',
  rounding: 'information',
  updated: 'information',
};

/** Articles named by their file name in messages. */
export const fileLinks: ArticleLinks = { label: (doc) => basename(doc), href: () => undefined };

export function spanOf(corpus: Corpus, doc: string, start: number, end: number): ReportSpan {
  const lines = corpus.analysis(doc)!.lines;
  const a = lines.position(start),
    b = lines.position(end);
  return {
    file: doc,
    line: a.line + 1,
    column: a.character + 1,
    endLine: b.line + 1,
    endColumn: b.character + 1,
    text: corpus.text(doc)!.slice(start, end),
  };
}

export function buildReport(corpus: Corpus, skipped: Array<{ file: string; reason: string }>): Report {
  const { entities } = corpus.resolution();
  const mention = (m: ResolvedMention) => spanOf(corpus, m.doc, m.start, m.end);
  return {
    files: corpus.documents(),
    skipped,
    partial: corpus.documents().flatMap((doc) => {
      const c = corpus.analysis(doc)?.cutoff;
      if (!c) return [];
      const { line, column } = spanOf(corpus, doc, c.offset, c.offset);
      return [{ file: doc, line, column, message: describeCutoff(c) }];
    }),
    entities: [...entities.values()]
      .sort(
        (a, b) => a.kind.localeCompare(b.kind) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
      )
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        placeKind: e.placeKind,
        description: e.description,
        aliases: e.aliases,
        roles: e.roles.map((r) => ({ file: r.doc, role: r.role })),
        acronym: e.acronym,
        members: e.members?.map((m) => ({ id: m.entityId, name: m.name, role: m.role })),
        mentions: e.mentions.map(mention),
      })),
    figures: corpus.documents().flatMap((doc) => figuresOf(corpus, doc)),
    findings: corpus.documents().flatMap((doc) => [
      ...findingsFor(corpus, doc, fileLinks).map((f) => ({
        ...spanOf(corpus, doc, f.start, f.end),
        code: f.code,
        verdict: f.verdict,
        severity: DEFAULT_SEVERITY[f.verdict],
        message: f.message,
        related: f.related.map((r) => ({ ...spanOf(corpus, r.doc, r.start, r.end), message: r.message })),
      })),
      ...spellingFindings(corpus, doc, fileLinks).map((f) => ({
        ...spanOf(corpus, doc, f.start, f.end),
        code: f.code,
        verdict: 'variant',
        severity: 'information' as const,
        message: f.message,
        replacement: f.replacement,
        related: f.related.map((r) => ({ ...spanOf(corpus, r.doc, r.start, r.end), message: r.message })),
      })),
    ]),
  };
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function figuresOf(corpus: Corpus, doc: string): ReportFigure[] {
  const a = corpus.analysis(doc)!;
  return a.figures.figures.map((f) => ({
    ...spanOf(corpus, doc, f.start, f.end),
    kind: f.kind,
    value: f.value,
    qualifier: f.qualifier,
    qualifierText: f.qualifierText,
    interval: f.value === null ? undefined : { lo: finite(f.interval.lo), hi: finite(f.interval.hi) },
    vague: f.vague || undefined,
    measure: f.measure,
    measureLabel: f.measureLabel,
    place: f.placeText,
    placeId: f.placeId,
    nationwide: f.nationwide || undefined,
    time:
      f.value === null
        ? undefined
        : {
            date: a.figures.dateline ? formatDate(a.figures.dateline) : undefined,
            day: f.dayText,
            since: f.sinceText,
            year: f.year,
            event: f.eventText,
            cumulative: f.cumulative || undefined,
          },
    attribution: f.attribution,
    quoted: f.quoted || undefined,
    subset: f.subset || undefined,
  }));
}

export function renderText(r: Report): string {
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
