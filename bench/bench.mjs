// Benchmark: generates corpora of N articles by varying the seeds and the test corpora (names,
// places and numbers shuffled), then measures analysis speed per core, time to index through the
// real language server (worker threads on every core), its peak memory, and hover/definition latency.
//   npm run bench [-- --sizes 100,1000,10000]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { LspClient } from '../test/lsp/client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(join(root, 'server/out/core.js'));
const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000,10000').split(',').map(Number);

// ---- deterministic randomness ------------------------------------------------------------
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(rand() * list.length)];

// ---- sources and name pools ------------------------------------------------------------------
function textsUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory()
      ? textsUnder(p)
      : e.name.endsWith('.txt') && statSync(p).size > 0
        ? [readFileSync(p, 'utf8')]
        : [];
  });
}
// the seeds and the invented corpora, as in every earlier run (the real-text set is for accuracy, and
// keeping the templates fixed keeps the figures comparable from one run to the next)
const realTexts = new Set(textsUnder(join(root, 'test/corpora/real')));
const templates = [
  ...textsUnder(join(root, 'seeds')),
  ...textsUnder(join(root, 'test/corpora')).filter((t) => !realTexts.has(t)),
];
const firstNames = JSON.parse(readFileSync(join(root, 'server/src/core/data/first-names.json'), 'utf8')).filter((n) =>
  /^[A-Z][a-z]{2,}$/.test(n),
);
const cities = JSON.parse(readFileSync(join(root, 'server/src/core/data/gazetteer.json'), 'utf8'))
  .places.filter(
    (p) => p.kind === 'city' && p.country === 'US' && !p.minor && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(p.name),
  )
  .map((p) => p.name);
const syllables = [
  'man',
  'ber',
  'son',
  'ley',
  'ton',
  'ski',
  'ric',
  'ado',
  'ell',
  'ova',
  'ard',
  'ing',
  'dez',
  'ner',
  'lo',
];
const surname = () => {
  const s = pick(syllables) + pick(syllables) + (rand() < 0.5 ? pick(syllables) : '');
  return s[0].toUpperCase() + s.slice(1);
};

/** One article: a template with its people, cities and numbers replaced. */
function vary(template) {
  const a = core.analyzeText(template);
  const people = new Map(),
    places = new Map();
  const edits = [];
  for (const p of a.people) {
    const key = p.surname;
    if (!people.has(key)) people.set(key, { first: pick(firstNames), last: surname() });
    const n = people.get(key);
    edits.push([p.start, p.end, p.first ? `${n.first} ${n.last}` : n.last]);
  }
  for (const p of a.places) {
    if (!p.placeId.startsWith('city:US')) continue;
    if (!places.has(p.placeId)) places.set(p.placeId, pick(cities));
    edits.push([p.start, p.end, places.get(p.placeId)]);
  }
  for (const f of a.figures.figures) {
    // a third of the counts change: most reports of a story agree, some do not
    if (f.kind !== 'count' || !/^\d[\d,]*$/.test(f.text) || rand() > 0.33) continue;
    const v = Math.max(1, Math.round(f.value * (0.7 + rand() * 0.6)));
    edits.push([f.start, f.end, v >= 1000 ? v.toLocaleString('en-US') : String(v)]);
  }
  edits.sort((x, y) => x[0] - y[0]);
  let out = '',
    at = 0;
  for (const [s, e, r] of edits) {
    if (s < at) continue;
    out += template.slice(at, s) + r;
    at = e;
  }
  return out + template.slice(at);
}

function generate(n) {
  const dir = join(root, 'bench/out', `corpus-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const texts = [];
  for (let i = 0; i < n; i++) {
    const t = vary(templates[i % templates.length]);
    const name = join(dir, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(name, t);
    bytes += Buffer.byteLength(t);
    texts.push([name, t]);
  }
  return { dir, bytes, texts };
}

const pct = (list, q) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function measure(n) {
  const { dir, bytes, texts } = generate(n);
  // analysis speed on one core, in this process
  const sample = texts.slice(0, Math.min(texts.length, 3000));
  const sampleBytes = sample.reduce((s, [, t]) => s + Buffer.byteLength(t), 0);
  for (const [, t] of sample.slice(0, 50)) core.analyzeText(t); // warm up
  const t0 = performance.now();
  for (const [, t] of sample) core.analyzeText(t);
  const mbPerSec = sampleBytes / 1e6 / ((performance.now() - t0) / 1000);

  // the real server over stdio
  const client = new LspClient(join(root, 'server/out/server.js'), { cwd: dir });
  const start = performance.now();
  await client.initialize(dir);
  const uris = texts.map(([p]) => pathToFileURL(p).href);
  await client.indexed(uris, 600000);
  const indexSeconds = (performance.now() - start) / 1000;
  const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
  const peakMb = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;

  // hover and definition latency at mentions in 20 articles
  const hover = [],
    definition = [];
  for (const [path, text] of texts.slice(0, 20)) {
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const a = core.analyzeText(text);
    const lines = new core.LineIndex(text);
    for (const m of [...a.people, ...a.places].slice(0, 10)) {
      const position = lines.position(m.start + 1);
      let t = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      hover.push(performance.now() - t);
      t = performance.now();
      await client.request('textDocument/definition', { textDocument: { uri }, position });
      definition.push(performance.now() - t);
    }
  }
  const warnings = [...client.diagnostics.values()].flat().length;
  await client.close();
  return {
    n,
    mb: bytes / 1e6,
    mbPerSec,
    indexSeconds,
    peakMb,
    hover50: pct(hover, 0.5),
    hover95: pct(hover, 0.95),
    def50: pct(definition, 0.5),
    def95: pct(definition, 0.95),
    diagnostics: warnings,
  };
}

console.log(
  `Crosscheck benchmark — ${templates.length} templates, ${availableParallelism()} cores, Node ${process.version}`,
);
console.log(
  'articles |   MB  | analysis MB/s/core | index s | peak MB | hover p50/p95 ms | definition p50/p95 ms | diagnostics',
);
for (const n of sizes) {
  const r = await measure(n);
  console.log(
    `${String(r.n).padStart(8)} | ${r.mb.toFixed(1).padStart(5)} | ${r.mbPerSec.toFixed(2).padStart(18)} | ${r.indexSeconds.toFixed(2).padStart(7)} | ${r.peakMb.toFixed(0).padStart(7)} | ${r.hover50.toFixed(2)} / ${r.hover95.toFixed(2)}`.padEnd(
      80,
    ) +
      ` | ${r.def50.toFixed(2)} / ${r.def95.toFixed(2)}`.padEnd(24) +
      ` | ${r.diagnostics}`,
  );
}
console.log('Budget: >= 5 MB/s per core; 10,000 articles indexed in <= 10 s; <= 500 MB; hover/definition p50 <= 5 ms.');
