import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { Corpus } from './core';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, findCorpusFiles, readArticle } from './files';
import { buildReport, renderText, type Report } from './report';
import { toSarif } from './sarif';
import { renderReport } from './render';

const VERSION = '0.1.0';

/** The command-line adapter: arguments and files in, a report out. */

const USAGE = `usage: crosscheck [--format text|json|sarif|markdown|html] [--max-warnings N] [--max-file-size BYTES] [paths…]
Reviews a corpus of plain-text articles (folders are searched for *.txt) and prints a report.
Exit status: 0 when done, 1 when more conflicts (warnings) were found than --max-warnings allows (default 0), 2 on bad usage.`;

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  paths: string[];
  maxFileSize: number;
  maxWarnings: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const o: Options = { format: 'text', paths: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, maxWarnings: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
      o.format = f as Format;
    } else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < -1) throw new UsageError('--max-warnings takes a whole number (-1: no limit)');
      o.maxWarnings = n;
    } else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size takes a positive number of bytes');
      o.maxFileSize = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (!o.paths.length) o.paths.push('.');
  return o;
}

export function main(argv: string[]): number {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`crosscheck: ${e.message}\n${USAGE.split('\n')[0]}\n`); return 2; }
    throw e;
  }
  if (opts === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  const files: string[] = [];
  for (const p of opts.paths) {
    if (!existsSync(p)) { process.stderr.write(`crosscheck: no such file or folder: ${p}\n`); return 2; }
    if (statSync(p).isDirectory()) files.push(...findCorpusFiles(resolve(p), { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE }));
    else files.push(resolve(p));
  }
  const corpus = new Corpus();
  const skipped: Array<{ file: string; reason: string }> = [];
  const display = new Map<string, string>();
  for (const f of [...new Set(files)]) {
    const name = relative(process.cwd(), f) || f;
    const r = readArticle(f, opts.maxFileSize);
    if (!r.ok) { skipped.push({ file: name, reason: r.reason }); continue; }
    for (const n of r.notices) process.stderr.write(`crosscheck: ${name}: ${n}\n`);
    display.set(name, f);
    corpus.set(name, r.text);
  }
  for (const s of skipped) process.stderr.write(`crosscheck: skipped ${s.file}: ${s.reason}\n`);
  const report: Report = buildReport(corpus, skipped);
  const out = opts.format === 'json' ? JSON.stringify(report, null, 1) + '\n'
    : opts.format === 'sarif' ? JSON.stringify(toSarif(report, VERSION), null, 1) + '\n'
    : opts.format === 'markdown' || opts.format === 'html' ? renderReport(corpus, { format: opts.format, label: (d) => basename(d),
      href: (d, offset) => `${d.split(sep).join('/')}#L${corpus.analysis(d)!.lines.position(offset).line + 1}` })
    : renderText(report);
  process.stdout.write(out);
  const warnings = report.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
  return opts.maxWarnings >= 0 && warnings > opts.maxWarnings ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
