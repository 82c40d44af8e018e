// Accuracy: scores the CLI's JSON report against every gold annotation the project has — the seeds
// (the project's copy of the gold in test/corpora, else ../shared/eval), the invented test corpora and
// each real-text event — with the shared scorer (people, places, figures) and the project's own
// (organisations, name variants): one SUMMARY line per corpus, then the real events together and a total.
//   npm run eval [-- --verbose]     (needs ../shared/eval/score.mjs, or CROSSCHECK_EVAL=<dir>)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityScore } from './entity-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.CROSSCHECK_EVAL ?? join(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: the scorer ${scorer} is missing (set CROSSCHECK_EVAL to the folder holding score.mjs)`);
  process.exit(2);
}
const cli = join(root, 'bin/crosscheck.js');

/** [label, gold, corpus folder, group] for every annotated corpus. */
function corpora() {
  const out = [];
  const own = join(root, 'test/corpora/seeds.gold.json');
  const seedsGold = existsSync(own) ? own : join(evalDir, 'seeds.gold.json');
  if (existsSync(seedsGold)) out.push(['seeds', seedsGold, join(root, 'seeds'), 'seeds']);
  const add = (dir, group) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.gold.json'))
      .sort()) {
      const name = f.slice(0, -'.gold.json'.length);
      if (existsSync(join(dir, name))) out.push([name, join(dir, f), join(dir, name), group]);
    }
  };
  add(join(root, 'test/corpora'), 'invented');
  add(join(root, 'test/corpora/real'), 'real');
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function score(gold, folder) {
  const report = execFileSync(process.execPath, [cli, '--format', 'json', '--max-warnings', '-1', folder], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const file = join(scratch, 'report.json');
  writeFileSync(file, report);
  const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--corpus', folder, '--report', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  return { ...JSON.parse(out), ...entityScore(JSON.parse(readFileSync(gold, 'utf8')), JSON.parse(report), folder) };
}

/** Sums of the scorer's counts over several corpora. */
function tally(results) {
  const t = {
    n: 0,
    people: [0, 0, 0, 0],
    places: [0, 0, 0, 0],
    splits: 0,
    merges: 0,
    figures: [0, 0],
    conflicts: [0, 0],
    roundings: [0, 0],
    traps: 0,
    falseWarnings: 0,
    articles: 0,
    organisations: [0, 0, 0, 0],
    orgSplits: 0,
    orgMerges: 0,
    variants: [0, 0],
    differentFlagged: 0,
  };
  for (const r of results) {
    t.n++;
    t.articles += r.articles;
    for (const kind of ['people', 'places']) {
      const s = r[kind];
      t[kind][0] += s.found;
      t[kind][1] += s.required;
      t[kind][2] += Math.round(s.precision * s.toolCount);
      t[kind][3] += s.toolCount;
      t.splits += s.splits.length;
      t.merges += s.merges.length;
    }
    t.figures[0] += r.figures.valueRight;
    t.figures[1] += r.figures.gold;
    t.conflicts[0] += r.relations.conflict.found;
    t.conflicts[1] += r.relations.conflict.expected;
    t.roundings[0] += r.relations.rounding.found;
    t.roundings[1] += r.relations.rounding.expected;
    t.traps += r.relations.trapViolated.length;
    t.falseWarnings += r.relations.unexplainedWarnings.length + r.relations.consistentViolated.length;
    const o = r.organisations;
    if (o) {
      t.organisations = [
        t.organisations[0] + o.found,
        t.organisations[1] + o.required,
        t.organisations[2] + o.correct,
        t.organisations[3] + o.toolCount,
      ];
      t.orgSplits += o.splits.length;
      t.orgMerges += o.merges.length;
    }
    if (r.variants) {
      t.variants = [t.variants[0] + r.variants.found, t.variants[1] + r.variants.expected];
      t.differentFlagged += r.variants.differentFlagged;
    }
  }
  return t;
}

const pct = ([a, b]) => (b ? `${Math.round((100 * a) / b)}%` : '—');
function line(label, t) {
  return (
    `SUMMARY ${label}: people R=${pct(t.people.slice(0, 2))} P=${pct(t.people.slice(2))} places R=${pct(t.places.slice(0, 2))} ` +
    `P=${pct(t.places.slice(2))} splits=${t.splits} merges=${t.merges} figures=${t.figures[0]}/${t.figures[1]} ` +
    `conflicts=${t.conflicts[0]}/${t.conflicts[1]} roundings=${t.roundings[0]}/${t.roundings[1]} traps=${t.traps} ` +
    `falseWarnings=${t.falseWarnings} (${(t.articles ? (10 * t.falseWarnings) / t.articles : 0).toFixed(1)} per 10 articles)` +
    (t.organisations[1]
      ? ` organisations R=${pct(t.organisations.slice(0, 2))} P=${pct(t.organisations.slice(2))} ` +
        `splits=${t.orgSplits} merges=${t.orgMerges}`
      : '') +
    (t.variants[1] ? ` variants=${t.variants[0]}/${t.variants[1]} differentFlagged=${t.differentFlagged}` : '')
  );
}

const verbose = process.argv.includes('--verbose');
const results = [];
for (const [label, gold, folder, group] of corpora()) {
  const r = {
    ...score(gold, folder),
    label,
    group,
    articles: readdirSync(folder).filter((f) => f.endsWith('.txt')).length,
  };
  results.push(r);
  console.log(line(`${label} (${r.articles})`, tally([r])));
  if (verbose) {
    for (const [k, v] of Object.entries({
      missedPeople: r.people.missed,
      falsePeople: r.people.falsePositives,
      missedPlaces: r.places.missed,
      falsePlaces: r.places.falsePositives,
      splits: [...r.people.splits, ...r.places.splits],
      merges: [...r.people.merges, ...r.places.merges],
      missedRelations: r.relations.expectedMissed,
      traps: r.relations.trapViolated,
      unexplained: r.relations.unexplainedWarnings,
      missedOrganisations: r.organisations?.missed ?? [],
      falseOrganisations: r.organisations?.falsePositives ?? [],
      organisationSplits: r.organisations?.splits ?? [],
      organisationMerges: r.organisations?.merges ?? [],
      missedVariants: r.variants?.missed ?? [],
      unexpectedVariants: r.variants?.unexpected ?? [],
    }))
      if (v.length) console.log(`  ${k}: ${JSON.stringify(v)}`);
  }
}
const real = results.filter((r) => r.group === 'real');
if (real.length)
  console.log(
    line(`all real events (${real.length} events, ${real.reduce((n, r) => n + r.articles, 0)} articles)`, tally(real)),
  );
console.log(line(`total (${results.length} corpora)`, tally(results)));
