import { once } from 'node:events';
import { existsSync, fstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Corpus, parseReviews, type DocumentAnalysis } from './core';
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MAX_FILES,
  displayPath,
  FolderOwners,
  makeCorpusTest,
  walkCorpusFiles,
  type FsPath,
} from './files';
import { countWarnings, isWarning, reportEntities, reportFigures, reportFindings, reportHeader } from './report/model';
import { jsonChunks, streamed } from './report/stream';
import { renderText } from './report/text';
import { jsonLines } from './report/jsonl';
import { AnalysisPool, analyzeInline, type Analysed } from './pool';
import { keepHeapNearLiveSize } from './heap';
import { Progress } from './progress';
import { toSarif } from './report/sarif';
import { renderReport } from './report/document';

const VERSION = '0.1.0';

/** The command-line adapter: arguments and files in, a report out. */

const USAGE =
  'usage: crosscheck [--format text|json|jsonl|sarif|markdown|html] [--max-warnings N] [--max-file-size BYTES] ' +
  '[--max-files N] [--reviews FILE] [--] [paths…]\n' +
  'Reviews a corpus of plain-text articles (folders are searched for *.txt) and prints a report.\n' +
  'Review decisions made in the editor apply: .crosscheck/reviews.json in the first folder given (or the\n' +
  'current folder), or the file --reviews names.\n' +
  'Exit status: 0 when done, 1 when more conflicts (warnings) were found than --max-warnings allows (default 0), ' +
  '2 on bad usage.';

const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  paths: string[];
  maxFileSize: number;
  maxWarnings: number;
  maxFiles: number;
  reviews?: string;
  /** Where each path came from in argv, to recover names that are not valid UTF-8. */
  argIndex: number[];
}

class UsageError extends Error {}

/** A whole number written in digits (`""` is not 0). */
function whole(v: string, min: number, message: string): number {
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < min) throw new UsageError(message);
  return Number(v);
}

function parseArgs(argv: string[]): Options | 'help' {
  const o: Options = {
    format: 'text',
    paths: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    maxWarnings: 0,
    maxFiles: DEFAULT_MAX_FILES,
    argIndex: [],
  };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    if (!options || a === '-' || !a.startsWith('-')) {
      o.paths.push(a);
      o.argIndex.push(i);
    } else if (a === '--')
      options = false; // everything after is a path, even `-x.txt`
    else if (a === '-h' || a === '--help') return 'help';
    else if (is('--format')) {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
      o.format = f as Format;
    } else if (is('--max-warnings'))
      o.maxWarnings = whole(value(), -1, '--max-warnings takes a whole number (-1: no limit)');
    else if (is('--max-file-size'))
      o.maxFileSize = whole(value(), 1, '--max-file-size takes a positive whole number of bytes');
    else if (is('--max-files')) o.maxFiles = whole(value(), 1, '--max-files takes a positive whole number');
    else if (is('--reviews')) o.reviews = value();
    else throw new UsageError(`unknown option ${a}`);
  }
  if (!o.paths.length) {
    o.paths.push('.');
    o.argIndex.push(-1);
  }
  return o;
}

/**
 * Node decodes argv as UTF-8, so a file name that is not valid UTF-8 arrives with U+FFFD in it and names no
 * file. On Linux the raw bytes are still in /proc/self/cmdline: the last argv.length entries are ours.
 */
function rawArgs(argv: string[]): Buffer[] | undefined {
  if (process.argv.length - 2 !== argv.length || argv.some((a, i) => a !== process.argv[i + 2])) return undefined;
  try {
    const all = readFileSync('/proc/self/cmdline');
    const parts: Buffer[] = [];
    for (let start = 0; start < all.length;) {
      const end = all.indexOf(0, start);
      parts.push(all.subarray(start, end < 0 ? all.length : end));
      start = end < 0 ? all.length : end + 1;
    }
    const ours = parts.slice(parts.length - argv.length);
    return ours.length === argv.length && ours.every((b, i) => b.toString('utf8') === argv[i]) ? ours : undefined;
  } catch {
    return undefined;
  }
}

/** The path as the file system knows it: the raw bytes when the decoded name lost them. */
function fsPathOf(arg: string, index: number, raw: Buffer[] | undefined): FsPath {
  const bytes = index >= 0 ? raw?.[index] : undefined;
  return bytes && !Buffer.from(arg).equals(bytes) ? bytes : arg;
}

const absolute = (p: FsPath): FsPath =>
  typeof p === 'string' ? resolve(p) : p[0] === 0x2f ? p : Buffer.concat([Buffer.from(process.cwd() + sep), p]);
const keyOf = (p: FsPath) => (typeof p === 'string' ? Buffer.from(p) : p).toString('latin1');
/** The path with every symbolic link resolved (as given when it cannot be): its bytes, when not valid UTF-8. */
function realPath(p: FsPath): FsPath {
  try {
    // (the system's: Node's own reads a link's target as UTF-8, and a target that is not is no path)
    const real = realpathSync.native(p, { encoding: 'buffer' });
    const s = real.toString('utf8');
    return Buffer.from(s).equals(real) ? s : real;
  } catch {
    return p;
  }
}
const CORPUS_FILES = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

/**
 * Writes the chunks as the output takes them, and returns what made them. A pipe is written to
 * asynchronously: written at once, a report read slowly (`crosscheck --format jsonl | jq`) waited in this
 * process's memory, 1.3 GB for the 0.6 GB run at 10,000 articles.
 */
export async function writeChunks<R>(out: NodeJS.WritableStream, chunks: Generator<string, R>): Promise<R> {
  for (;;) {
    const next = chunks.next();
    if (next.done) return next.value;
    if (!out.write(next.value)) await once(out, 'drain');
  }
}

/** Whether the report goes to a regular file (`> report.jsonl`). */
function toFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

/** Output into a closed pipe (`crosscheck | head`) ends the run quietly, with the status already decided. */
function quietOnEpipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit();
    throw e;
  });
}

export async function main(argv: string[]): Promise<number> {
  keepHeapNearLiveSize(50); // (see heap.ts)
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosscheck: ${e.message}\n${USAGE.split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
  quietOnEpipe();
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const raw = opts.paths.some((p) => p.includes('\ufffd')) ? rawArgs(argv) : undefined;
  const given: Array<{ path: FsPath; folder: boolean }> = [];
  // (named as the articles are, from the current folder: see `Corpus.setFolders`)
  const folders: string[] = [];
  for (const [i, arg] of opts.paths.entries()) {
    const p = fsPathOf(arg, opts.argIndex[i], raw);
    let folder: boolean;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      process.stderr.write(`crosscheck: no such file or folder: ${displayPath(p)}\n`);
      return 2;
    }
    given.push({ path: absolute(p), folder });
    if (folder) folders.push(relative(process.cwd(), displayPath(absolute(p))));
  }
  // (folders that hold one another, one inside another or linked into it, list each file in one walk)
  const roots = given.filter((g) => g.folder).map((g) => ({ path: g.path, real: realPath(g.path) }));
  const owners = new FolderOwners(roots, makeCorpusTest(CORPUS_FILES));
  const files: FsPath[] = [];
  const seen = new Set<string>(); // each file's real path: a file given twice, or by two paths, is read once
  const add = (file: FsPath, key: string) => {
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  // (a file given is read where it is given: no walk lists it, nor counts it past the limit)
  const givenFiles = new Map(given.filter((g) => !g.folder).map((g) => [g, keyOf(realPath(g.path))]));
  const givenKeys = new Set(givenFiles.values());
  let leftOut = 0,
    incomplete = false,
    k = -1;
  for (const g of given) {
    if (!g.folder) {
      add(g.path, givenFiles.get(g)!);
      continue;
    }
    const i = ++k,
      own = owners.keep(i);
    const keep =
      own || givenKeys.size ? (f: FsPath) => (!own || own(f)) && !givenKeys.has(keyOf(owners.realOf(i, f))) : undefined;
    const w = walkCorpusFiles(g.path, CORPUS_FILES, Math.max(0, opts.maxFiles - files.length), undefined, keep);
    for (const f of w.files) add(f, keyOf(owners.realOf(i, f)));
    leftOut += w.leftOut;
    incomplete ||= w.incomplete;
  }
  if (files.length > opts.maxFiles) leftOut += files.splice(opts.maxFiles).length;
  if (leftOut || incomplete) {
    process.stderr.write(
      `crosscheck: more than ${opts.maxFiles.toLocaleString('en-US')} files (the limit, --max-files): ` +
        `${incomplete ? 'at least ' : ''}${leftOut.toLocaleString('en-US')} left out\n`,
    );
  }
  const corpus = new Corpus();
  corpus.setFolders(folders);
  const reviews = reviewFile(opts);
  if (reviews === false) return 2;
  if (reviews) corpus.setDecisions(reviews);
  const progress = new Progress();
  // (a closed pipe ends the run at once, past the `finally` below)
  process.once('exit', () => progress.done());
  try {
    return await run(opts, corpus, files, progress);
  } finally {
    progress.done();
  }
}

/** Reads the files into the corpus and writes its report; returns the exit code. */
async function run(opts: Options, corpus: Corpus, files: FsPath[], progress: Progress): Promise<number> {
  const skipped = await readAll(corpus, files, opts.maxFileSize, progress);
  keepHeapNearLiveSize(25);
  // (no article changes during a run: what only a change would read is let go, see `Corpus.finish`)
  progress.step('resolving names and comparing figures');
  corpus.finish();
  for (const s of skipped) progress.say(`crosscheck: skipped ${s.file}: ${s.reason}\n`);
  // (only a report written to a file is counted: one shown in the terminal, even through a pipe, `| less`, is
  // progress enough, and the line would break into it)
  let writing: Progress | undefined = progress;
  if (!toFile()) {
    progress.done();
    writing = undefined;
  }
  if (opts.format === 'jsonl') {
    const warnings = await writeChunks(process.stdout, jsonLines(corpus, skipped, VERSION, writing));
    return opts.maxWarnings >= 0 && warnings > opts.maxWarnings ? 1 : 0;
  }
  let warnings = 0;
  const counted = function* () {
    for (const f of reportFindings(corpus, writing)) {
      if (isWarning(f)) warnings++;
      yield f;
    }
  };
  const write = (chunk: string) => process.stdout.write(chunk);
  if (opts.format === 'json')
    // (written as made: a large corpus's report is more than one string can hold)
    await writeChunks(
      process.stdout,
      jsonChunks({
        ...reportHeader(corpus, skipped),
        entities: streamed(reportEntities(corpus, writing)),
        figures: streamed(reportFigures(corpus, writing)),
        findings: streamed(counted()),
      }),
    );
  else if (opts.format === 'sarif')
    await writeChunks(
      process.stdout,
      jsonChunks(toSarif({ ...reportHeader(corpus, skipped), findings: counted() }, VERSION)),
    );
  else if (opts.format === 'markdown' || opts.format === 'html') {
    writing?.step('writing the report');
    write(
      renderReport(corpus, {
        format: opts.format,
        label: (d) => basename(d),
        href: (d, offset) => `${d.split(sep).join('/')}#L${corpus.analysis(d)!.lines.position(offset).line + 1}`,
      }),
    );
    warnings = countWarnings(corpus);
  } else {
    // (the text lists no figures: the report without them, held whole to group the findings)
    const report = {
      ...reportHeader(corpus, skipped),
      entities: [...reportEntities(corpus, writing)],
      findings: [...reportFindings(corpus, writing)],
    };
    write(renderText(report));
    warnings = report.findings.filter(isWarning).length;
  }
  return opts.maxWarnings >= 0 && warnings > opts.maxWarnings ? 1 : 0;
}

/**
 * Reads and analyses the files on every core (the server's worker pool) and adds them to the corpus in the
 * order given, whatever order the threads finish in, so that a run's report never depends on timing.
 * Returns the files left out, with the reason.
 */
async function readAll(corpus: Corpus, files: FsPath[], maxBytes: number, progress: Progress): Promise<Skipped[]> {
  const skipped: Skipped[] = [];
  const names = files.map((f) => {
    const shown = displayPath(f);
    return relative(process.cwd(), shown) || shown;
  });
  const results: Array<Analysed | undefined> = new Array(files.length);
  let next = 0;
  progress.step('reading', files.length);
  const add = (i: number, r: Analysed) => {
    results[i] = r;
    for (; next < files.length && results[next]; next++) {
      const name = names[next],
        done = results[next]!;
      results[next] = undefined;
      progress.tick();
      if (!done.ok) {
        skipped.push({ file: name, reason: done.reason });
        continue;
      }
      for (const n of done.notices) progress.say(`crosscheck: ${name}: ${n}\n`);
      const failed = analyse(corpus, name, done.text, done.analysis);
      if (failed) skipped.push({ file: name, reason: failed });
      const unread = corpus.analysis(name)?.notProse;
      if (unread) progress.say(`crosscheck: ${name}: nothing read: ${unread}\n`);
    }
  };
  // a name that is not valid UTF-8 cannot cross to a thread as a string: such files are read here
  const byPath = new Map<string, number>();
  files.forEach((f, i) => (typeof f === 'string' ? byPath.set(f, i) : add(i, analyzeInline(f, maxBytes))));
  const pool = new AnalysisPool();
  try {
    await pool.analyzeAll([...byPath.keys()], maxBytes, (path, r) => add(byPath.get(path)!, r));
  } finally {
    pool.close();
  }
  return skipped;
}

type Skipped = { file: string; reason: string };

/**
 * The reviewer's decisions: the file --reviews names (which must exist), else .crosscheck/reviews.json in
 * the first folder given or the current folder. A damaged file is reported and applies as far as it can.
 */
function reviewFile(opts: Options): ReturnType<typeof parseReviews>['decisions'] | undefined | false {
  const first = opts.paths.find((p) => !p.includes('\ufffd'));
  const folder = first && existsSync(first) ? (statSync(first).isDirectory() ? first : dirname(first)) : '.';
  const path =
    opts.reviews ?? [join(folder, '.crosscheck', 'reviews.json'), join('.crosscheck', 'reviews.json')].find(existsSync);
  if (!path) return undefined;
  let text: string;
  try {
    if (statSync(path).size > 16 * 1024 * 1024) throw new Error('larger than 16 MiB');
    text = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`crosscheck: cannot read the review file ${path}: ${(e as Error).message}\n`);
    return opts.reviews ? false : undefined;
  }
  const { decisions, error } = parseReviews(text);
  if (error) process.stderr.write(`crosscheck: ${path}: ${error}\n`);
  return decisions;
}

/** Adds one article; an article the analysis fails on is left out (the reason returned), the run goes on. */
function analyse(corpus: Corpus, name: string, text: string, analysis: DocumentAnalysis): string | undefined {
  try {
    corpus.set(name, text, analysis);
    return undefined;
  } catch (e) {
    try {
      corpus.delete(name);
    } catch {
      /* it never got in */
    }
    return `analysis failed: ${(e as Error).message}`;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
