import { analyzeText, sharedValues, shareValues, type DocumentAnalysis } from './analyze';
import { contentHash } from './text';
import { candidateList, packCandidates } from './candidates';
import { Decisions, fingerprint, type Decision } from './reviews';
import { gazetteer, type Gazetteer } from './gazetteer';
import { editBetween, mover, nameChange, type Move, type NameChange, type Version } from './edits';
import {
  addOrganisations,
  articleOrder,
  dropOrganisations,
  inCorpus,
  inertCandidate,
  keepUndecidedPlaces,
  readAround,
  resolve,
  updateOrganisations,
  type ArticleOrder,
  type Entity,
  type ResolvedMention,
  type NameRules,
  type Resolution,
} from './resolve';
import type { FigureEntry } from './figures/compare';
import { toUtc } from './figures/dates';
import type { Figure } from './figures/types';
import { resolveNameEdit } from './name-edit';
import { apartBy, applyAgain, decidedMembers, undoDecisions } from './name-decisions';
import { LinkIndex, type BucketLinks, type FigureLink, type LinkVisitor } from './figures/links';
import { sentenceAt, sentenceIndexAt, sentenceText } from './sentences';
import { packText, textSlice, unpackText, type PackedText } from './packed-text';
import { folderPrefixes, nameWithin } from './article-names';

/**
 * Articles that come or go at once, each resolved in place; past this many the resolution is made afresh, once.
 * Each costs what an edit of all its names costs (0.2–0.6 s at 10,000 of the benchmark's articles, 1–3 s at
 * realistic length), the corpus's resolution 2–3 and 6–8 s: two are a rename.
 */
const IN_PLACE = 2;

/**
 * The corpus: per-document analyses (cached by content) and the cross-document resolution of
 * mentions to entities, recomputed lazily after a change.
 */
export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly texts = new Map<string, PackedText>();
  private resolved: Resolution | undefined;
  /** See `namesRevision`. */
  private revision = 0;
  /** The articles sorted as resolution reads them, while no article comes or goes. */
  private order: ArticleOrder | undefined;
  /** Articles added or removed with the resolution kept, since it was made or its changes were taken. */
  private comings = 0;
  /** The folders the articles were read from, named as the articles are (see `setFolders`). */
  private folders: readonly string[] = [];
  private prefixes: readonly string[] = [];
  private readonly nameOf = (doc: string) => nameWithin(doc, this.prefixes);
  private readonly links = new LinkIndex(this.nameOf);
  /** Ages, compared per person (which needs the resolution): set again whenever the resolution is made. */
  private readonly ageIndex = new LinkIndex(this.nameOf);
  private agesStale = true;
  private readonly touched = new Set<string>();
  /** Analyses by content hash, shared by documents with the same text (a copy, a rename, a revert). */
  private readonly cache = new Map<string, { text: PackedText; analysis: DocumentAnalysis; users: number }>();

  private decisionSet = new Decisions();

  constructor(private readonly gaz: Gazetteer = gazetteer()) {}

  /** Set by `finish`: no article changes any more. */
  private finished = false;

  /**
   * No article will be added, changed or removed (a run of the command line): names are resolved and
   * figures compared now, and what only a change would read again is let go: the lists of mentions and
   * name candidates that the resolution was made from (the corpus keeps a copy of each analysis without
   * them; the analyses it was given are left as they are), what comparing a bucket again starts from, and
   * the index of analyses by content. At 10,000 of the benchmark's articles, 182 → 150 MB of heap. After
   * this, `set`, `delete` and `setDecisions` throw.
   */
  finish(): void {
    if (this.finished) return;
    const r = this.resolution();
    r.names = undefined;
    // (the decisions are let go with what undoes them: the bodies keep their members as decided)
    if (r.decided) for (const e of r.entities.values()) if (e.members) e.members = this.members(e);
    r.decided = undefined;
    this.ages();
    this.finished = true;
    this.entries.clear();
    this.cache.clear();
    const none = packCandidates([]);
    // (articles with one text share one analysis, and its copy)
    const slim = new Map<DocumentAnalysis, DocumentAnalysis>();
    for (const [doc, a] of this.docs) {
      let copy = slim.get(a);
      if (!copy) {
        copy = { ...a, people: [], places: [], organisations: [], orgNames: [], candidates: none };
        slim.set(a, copy);
      }
      this.docs.set(doc, copy);
    }
    // (compared once the lists are let go: comparing makes much that is dropped, on top of what is kept)
    this.links.finish();
    this.ageIndex.finish();
  }

  private unfinished(): void {
    if (this.finished) throw new Error('the corpus is finished: its articles no longer change');
  }

  /**
   * The folders the articles are read from, named as the articles are (the editor's workspace folders as
   * URIs, the command line's folders as paths): an article's name within them, the same wherever they are,
   * is what picks which few of many equal figures the others are shown (`figureHashes`). Set before the
   * articles, or all figures are compared again.
   */
  setFolders(folders: readonly string[]): void {
    this.unfinished();
    if (folders.length === this.folders.length && folders.every((f, i) => f === this.folders[i])) return;
    this.folders = [...folders];
    this.prefixes = folderPrefixes(folders);
    this.links.renamed();
    this.ageIndex.renamed();
  }

  /** The reviewer's decisions about figures and names; returns the articles whose findings may change. */
  setDecisions(d: Decisions): string[] {
    this.unfinished();
    const before = this.decisionSet;
    this.decisionSet = d;
    // (only the pairs decided otherwise than before: a pair decided alike keeps its findings)
    const differs = (x: Decision, other: Decisions) => other.get(x.figures[0], x.figures[1])?.decision !== x.decision;
    const fps = new Set(
      [...before.list.filter((x) => differs(x, d)), ...d.list.filter((x) => differs(x, before))].flatMap(
        (x) => x.figures,
      ),
    );
    // (a fingerprint holds its figure's sentence: made once for each figure, not for each end of its hundreds
    // of links, and only for figures written as a decided one is)
    const decided = (e: FigureEntry) => {
      const text = this.figureText(e) ?? '';
      return (before.decides(text) || d.decides(text)) && fps.has(this.fingerprintOf(e));
    };
    const affected = new Set<string>();
    const namesChanged = JSON.stringify(before.names) !== JSON.stringify(d.names);
    // When names are decided otherwise, names are resolved again first, then ages compared again from them
    // (`linkBuckets` reads the ages' buckets so), and the pairs below are read as they now stand.
    if (namesChanged && !this.decideNamesAgain()) this.changed();
    if (fps.size)
      for (const links of this.linkBuckets()) {
        const marked = links.list.map(decided);
        if (!marked.includes(true)) continue;
        this.decidedIn.set(links, ++this.decisionCount);
        for (let k = 0; k < links.size; k++) {
          const pa = links.placeOfA(k),
            pb = links.placeOfB(k);
          if (!marked[pa] && !marked[pb]) continue;
          affected.add(links.list[pa].doc);
          affected.add(links.list[pb].doc);
        }
      }
    // (who is who reaches an article's findings through its spelling variants and its ages alone: the
    // resolution made again touches the articles whose variants were or are, the ages those whose pairs changed)
    if (namesChanged) for (const doc of this.takeTouched()) affected.add(doc);
    return [...affected];
  }

  /**
   * After the reviewer's decisions about names changed: the resolution's old ones undone and the new ones
   * applied, when both keep the same names apart (a "different" decision keeps two spellings from being
   * variants, which reaches every article's names); else false, and the corpus is resolved afresh. The
   * articles whose mentions or variants' entities changed are touched, their ages' persons set again.
   */
  private decideNamesAgain(): boolean {
    const r = this.resolved;
    if (!r?.names || r.decided?.undoable === false) return false;
    const rules = this.nameRules();
    const apart = rules ? apartBy(this.docs, r.names.tables, rules).pairs : '';
    if (apart !== (r.decided?.apart ?? '')) return false;
    const before = r.decided;
    const was = before ? undoDecisions(r.entities, before) : new Map<ResolvedMention, string>();
    // (`inertCandidate` reads the places as named before decisions: read off the resolution when it had none)
    if (!before) keepUndecidedPlaces(r);
    const touched = { mentions: new Set<string>(), findings: new Set<string>() };
    if (!applyAgain(r, rules, inCorpus(this.articleOrder().ranks), apart, before, was, touched)) return false;
    this.revision++;
    for (const d of touched.findings) this.touched.add(d);
    this.setAges(touched.mentions);
    return true;
  }

  /**
   * A number for the reviewer's decisions as a bucket sees them: it changes when a pair of the bucket's
   * figures is decided otherwise, not when other figures are. Kept verdicts and groups hold the number they
   * were found with.
   */
  decisionsSeenBy(links: BucketLinks): number {
    return this.decidedIn.get(links) ?? 0;
  }

  private readonly decidedIn = new WeakMap<BucketLinks, number>();
  private decisionCount = 0;

  get decisions(): Decisions {
    return this.decisionSet;
  }

  /** A figure's fingerprint for review decisions: its text and its sentence. */
  fingerprintOf(e: { doc: string; index: number }): string {
    const a = this.docs.get(e.doc),
      text = this.texts.get(e.doc);
    const f = a?.figures.figures[e.index];
    const sentence = f && text !== undefined ? sentenceText(a.sentences, f.sentence, text) : undefined;
    return f && sentence !== undefined ? fingerprint(f.text, sentence) : '';
  }

  /** A name mention's fingerprint for review decisions: its text and its sentence. */
  mentionFingerprint(doc: string, start: number, text: string): string {
    const a = this.docs.get(doc),
      t = this.texts.get(doc);
    return a && t !== undefined ? mentionFingerprintIn(a, t, start, text) : '';
  }

  /** The decision about a pair of figures, if the reviewer made one. */
  decisionAbout(a: FigureEntry, b: FigureEntry): Decision | undefined {
    const set = this.decisionSet;
    // (a decided pair's figures are written as a decision's are: most pairs are told apart by their figures'
    // text, without making their fingerprints, each of which holds a sentence)
    if (!set.size || !set.decides(this.figureText(a)) || !set.decides(this.figureText(b))) return undefined;
    return set.get(this.fingerprintOf(a), this.fingerprintOf(b));
  }

  /** The text of an entry's figure as the article now has it (as `fingerprintOf` reads it). */
  private figureText(e: { doc: string; index: number }): string | undefined {
    return this.docs.get(e.doc)?.figures.figures[e.index]?.text;
  }

  /**
   * Adds or replaces a document; returns false when its text is unchanged (nothing re-analysed).
   * `analysed` is the analysis of this very text when another thread already made it (taken as it is).
   */
  set(doc: string, text: string, analysed?: DocumentAnalysis): boolean {
    this.unfinished();
    const old = this.docs.get(doc);
    const oldPacked = this.texts.get(doc);
    const oldText = old && oldPacked !== undefined ? unpackText(oldPacked) : undefined;
    if (old && oldText === text) return false;
    // (an analysis given is of this text, its hash the text's: hashed again here, the texts of 10,000
    // articles of realistic length took 0.4 s of the main thread while they were read)
    const hash = analysed?.hash ?? contentHash(text);
    let cached = this.cache.get(hash);
    if (!cached || unpackText(cached.text) !== text) {
      cached = { text: packText(text), analysis: analysed ?? this.analyze(text), users: 0 };
      this.cache.set(hash, cached);
    }
    cached.users++;
    if (old) this.release(old);
    const analysis = cached.analysis;
    if (!old) this.order = undefined;
    this.docs.set(doc, analysis);
    try {
      this.texts.set(doc, cached.text);
      const entries = this.entriesFor(doc, analysis);
      const moved =
        old && oldText !== undefined
          ? this.keepUnchanged(entries, { text: oldText, analysis: old }, { text, analysis })
          : undefined;
      this.entries.set(doc, entries);
      this.touched.add(doc);
      // (most articles give no age: the index is given the list kept above, not a copy; neither is changed)
      const ages = entries.some((e) => e.fig.kind === 'age');
      this.links.setDocument(doc, ages ? entries.filter((e) => e.fig.kind !== 'age') : entries, moved);
      const before =
        old && oldText !== undefined
          ? { text: oldText, analysis: old }
          : !old && this.placeNew(doc)
            ? this.emptyVersion()
            : undefined;
      this.resolveAfterEdit(doc, before, { text, analysis });
    } catch (e) {
      // (a resolution that may not hold this article as it now reads is made afresh when next asked)
      this.changed();
      throw e;
    }
    return true;
  }

  /**
   * `n` articles are about to be added or removed at once (a folder copied in, files deleted together): past
   * `IN_PLACE`, the resolution is let go now, to be made afresh once, rather than after the first few were
   * each resolved in place.
   */
  expectComings(n: number): void {
    if (this.resolved && this.comings + n > IN_PLACE) this.changed();
  }

  /**
   * A new article, while few come or go at once (`IN_PLACE`, `expectComings`), is resolved as an edit of an
   * empty article put in its place in the order: what the resolution holds stays as it is but for where names
   * were first registered (`NameTables.shiftArticles`). Past that, the corpus is resolved afresh when next
   * asked. Whether the resolution is kept so.
   */
  private placeNew(doc: string): boolean {
    const names = this.resolved?.names;
    if (!names || ++this.comings > IN_PLACE) return false;
    names.tables.shiftArticles(this.articleOrder().names.indexOf(doc), 1);
    return true;
  }

  private empty: Version | undefined;
  private emptyVersion(): Version {
    return (this.empty ??= { text: '', analysis: this.analyze('') });
  }

  /**
   * An edit that changed no name keeps the resolution: only the article's mentions move. One that changed
   * only organisations moves the others and resolves the article's organisations again (the corpus's, when
   * the edit changes how other articles' resolve). One that changed people's or places' names is resolved
   * in place (`resolveNames`). Under the reviewer's decisions about names, an edit that changed no name and
   * left every mention a decision finds as it was (`decisionsFindAlike`) moves the mentions as they stand;
   * any other is resolved so with the decisions undone, and they are applied again (`decideAfterEdit`).
   */
  private resolveAfterEdit(doc: string, before: Version | undefined, after: Version): void {
    const r = this.resolved;
    const change =
      before && r
        ? nameChange(before, after, editBetween(before.text, after.text), readAround, (c) => inertCandidate(r, c))
        : undefined;
    if (!r || !change || !before) return this.changed();
    const rules = this.nameRules();
    if (rules && !(change.kind === 'none' && this.decisionsFindAlike(r, doc, before, after, change.move)))
      return this.decideAfterEdit(r, rules, () => this.resolveEdit(r, doc, before, after, change));
    const ages = this.resolveEdit(r, doc, before, after, change);
    if (ages) this.setAges(ages);
  }

  /**
   * An edit resolved with the reviewer's decisions about names undone (`edit`), then the decisions applied
   * again: the articles whose mentions a decision now puts in another entity have their ages' persons set
   * again, those whose variants name an entity a decision joined or split are touched. When the decisions
   * cannot be undone, or the edit changed which names a "different" decision keeps apart (the name tables'
   * spelling variants were found with the pairs before), the corpus is resolved afresh when next asked.
   */
  private decideAfterEdit(r: Resolution, rules: NameRules, edit: () => Set<string> | undefined): void {
    const applied = r.decided;
    if (!applied?.undoable) return this.changed();
    const was = undoDecisions(r.entities, applied);
    r.decided = undefined;
    const ages = edit();
    if (!ages || this.resolved !== r || !r.names) return this.changed();
    if (apartBy(this.docs, r.names.tables, rules).pairs !== applied.apart) return this.changed();
    // (the places named before decisions are kept for `inertCandidate` as the edit left them: one that changed
    // what other articles read of the places made them again with the decisions undone, `resolveNameEdit`)
    const touched = { mentions: ages, findings: this.touched };
    if (!applyAgain(r, rules, inCorpus(this.articleOrder().ranks), applied.apart, applied, was, touched))
      return this.changed();
    // (who is who may have changed with what a decision finds, where the edit itself changed no name)
    this.revision++;
    this.setAges(ages);
  }

  /**
   * An edit resolved in place (as `resolveAfterEdit` says) or dropped to be resolved afresh. Returns the
   * articles whose ages' persons are to be set again (undefined when dropped).
   */
  private resolveEdit(
    r: Resolution,
    doc: string,
    before: Version,
    after: Version,
    change: NameChange,
  ): Set<string> | undefined {
    if (change.kind === 'names') return this.resolveNames(r, doc, before, after);
    const bodies = change.kind === 'organisations';
    if (bodies) this.revision++;
    // (an organisation's mentions are resolved again, not moved)
    const mentions = (r.byDoc.get(doc) ?? []).filter(
      (m) => !bodies || r.entities.get(m.entityId)?.kind !== 'organisation',
    );
    const moved = mentions.map(change.move);
    if (!moved.every(Boolean)) {
      this.changed();
      return undefined;
    }
    mentions.forEach((m, i) => Object.assign(m, moved[i]));
    if (r.names) {
      const kept = (a: DocumentAnalysis) =>
        candidateList(a.candidates).flatMap((c, i) => (inertCandidate(r, c) ? [] : [i]));
      const article = this.articleOrder().names.indexOf(doc);
      r.names.tables.moved(
        doc,
        before.analysis,
        after.analysis,
        [kept(before.analysis), kept(after.analysis)],
        article,
      );
    }
    // (a variant's finding points at the majority's mentions, which may be the ones that moved)
    const here = new Set(mentions.map((m) => m.entityId));
    for (const [d, list] of r.variants) if (list.some((v) => here.has(v.entityId))) this.touched.add(d);
    const order = bodies ? this.articleOrder() : undefined;
    if (order && !updateOrganisations(r, doc, before.analysis, after.analysis, order)) {
      dropOrganisations(r);
      addOrganisations(r, this.docs, order);
      // (an age's person is the mention at its offset, which an organisation's may now be)
      this.agesStale = true;
    }
    return new Set([doc]);
  }

  /** The ages of these articles with their persons as the resolution now has them. */
  private setAges(docs: Iterable<string>): void {
    if (this.agesStale) return;
    for (const d of docs) {
      const ages = this.ageEntries(this.entries.get(d) ?? []);
      if (ages.length || this.ageIndex.holds(d)) this.ageIndex.setDocument(d, ages);
    }
  }

  /**
   * Whether the reviewer's decisions about names find, after an edit that changed no name, the mentions of
   * `doc` they found before, moved. A decision knows a mention by its text and sentence (resolving looks
   * its mentions and people up so): the edit must not have written a decided mention's sentence otherwise,
   * nor another mention's sentence into a decided one.
   */
  private decisionsFindAlike(r: Resolution, doc: string, before: Version, after: Version, move: Move): boolean {
    const d = this.decisionSet;
    for (const m of [...(r.byDoc.get(doc) ?? []), ...before.analysis.people]) {
      if (!d.namesMentionWritten(m.text)) continue;
      const to = move(m);
      if (!to) return false;
      const was = mentionFingerprintIn(before.analysis, before.text, m.start, m.text),
        is = mentionFingerprintIn(after.analysis, after.text, to.start, m.text);
      if (was !== is && (d.namesMention(was) || d.namesMention(is))) return false;
    }
    return true;
  }

  /**
   * An edit that changed names, resolved in place (`resolveNameEdit`): the articles whose name variants'
   * findings may have changed are touched; returns those whose mentions changed. When it cannot be, the
   * corpus is resolved afresh when next asked (undefined).
   */
  private resolveNames(r: Resolution, doc: string, before: Version, after: Version): Set<string> | undefined {
    this.revision++;
    const c = { docs: this.docs, texts: this.texts, gaz: this.gaz, order: this.articleOrder() };
    const move = mover(editBetween(before.text, after.text));
    const done = resolveNameEdit(r, c, doc, before.analysis, after.analysis, move);
    if (!done) {
      this.changed();
      return undefined;
    }
    for (const d of done.findings) this.touched.add(d);
    this.variantDocs = [...r.variants.keys()];
    if (done.everyAge) this.agesStale = true;
    return done.mentions;
  }

  /** An analysis made here, its strings its own (the pool's `shareValues` does it for those it makes). */
  private analyze(text: string): DocumentAnalysis {
    const a = analyzeText(text, this.gaz);
    shareValues(a, sharedValues());
    return a;
  }

  /**
   * Removes a document. While few come or go at once (`placeNew`), it is emptied first, an edit resolved in
   * place, and the empty article then leaves the order.
   */
  delete(doc: string): boolean {
    this.unfinished();
    if (!this.docs.has(doc)) return false;
    const r = this.resolved;
    let inPlace = !!r?.names && ++this.comings <= IN_PLACE;
    try {
      if (inPlace) this.set(doc, '');
    } catch {
      inPlace = false; // (the resolution was let go: removed, the article is resolved afresh with the rest)
    }
    const at = inPlace && this.resolved === r ? this.articleOrder().names.indexOf(doc) : -1;
    const old = this.docs.get(doc)!;
    this.docs.delete(doc);
    this.order = undefined;
    this.texts.delete(doc);
    this.release(old);
    this.entries.delete(doc);
    this.links.removeDocument(doc);
    this.ageIndex.removeDocument(doc);
    if (at < 0) this.changed();
    else {
      r!.names!.tables.shiftArticles(at + 1, -1);
      this.revision++;
    }
    return true;
  }

  private release(a: DocumentAnalysis): void {
    const cached = this.cache.get(a.hash);
    if (cached && cached.analysis === a && --cached.users <= 0) this.cache.delete(a.hash);
  }

  private changed(): void {
    this.revision++;
    this.resolved = undefined;
    this.agesStale = true;
  }

  /** Articles whose findings may have changed since the last call. */
  takeTouched(): string[] {
    // (every article's diagnostics read the resolution; making it now tells which variants changed)
    this.resolution();
    this.comings = 0;
    for (const d of this.ages().takeTouched()) this.touched.add(d);
    for (const d of this.links.takeTouched()) this.touched.add(d);
    const out = [...this.touched];
    this.touched.clear();
    return out;
  }

  /**
   * After an edit, a figure that reads the same (its value, words, place in the text, sentence and dateline)
   * keeps its old entry: the figure links made with it are the same, and the articles they link to are not
   * touched. In a large corpus one figure is linked to hundreds of articles.
   *
   * One that reads the same in the same sentence, moved by text added or removed before it (most edits move
   * every figure after them), gets a new entry with its new place: returned, new entry to old, so that its
   * links are kept with the new entry in the old one's place (only where they point changed). This holds
   * while comparing never reads a figure's place: `meet`, `comparison`, `oneList` and the hashes of classes
   * and picks read its other fields, its article, number, date and anchor.
   */
  private keepUnchanged(
    entries: FigureEntry[],
    before: Version,
    after: Version,
  ): Map<FigureEntry, FigureEntry> | undefined {
    const olds = new Map((this.entries.get(entries[0]?.doc) ?? []).map((e) => [e.index, e]));
    if (
      !olds.size ||
      JSON.stringify(before.analysis.figures.dateline) !== JSON.stringify(after.analysis.figures.dateline)
    )
      return undefined;
    const sentence = (v: Version, f: Figure) => sentenceText(v.analysis.sentences, f.sentence, v.text) ?? '';
    // (the figure's place within its sentence, and whether the sentence is a headline, as before)
    const within = (v: Version, f: Figure) => {
      const s = sentenceAt(v.analysis.sentences, f.sentence);
      return s ? `${f.start - s.start}|${f.end - s.start}|${s.headline}` : '';
    };
    // (its fields but its place, compared once: the same place as well is the same figure)
    const unplaced = (f: Figure) => JSON.stringify({ ...f, start: 0, end: 0 });
    const moved = new Map<FigureEntry, FigureEntry>();
    entries.forEach((e, i) => {
      const o = olds.get(e.index);
      if (!o || o.anchor !== e.anchor || sentence(before, o.fig) !== sentence(after, e.fig)) return;
      if (unplaced(o.fig) !== unplaced(e.fig)) return;
      if (o.fig.start === e.fig.start && o.fig.end === e.fig.end) entries[i] = o;
      else if (within(before, o.fig) === within(after, e.fig)) moved.set(e, o);
    });
    return moved;
  }

  private readonly entries = new Map<string, FigureEntry[]>();

  private entriesFor(doc: string, a: DocumentAnalysis): FigureEntry[] {
    const date = a.figures.dateline ? toUtc(a.figures.dateline) : undefined;
    return a.figures.figures.map((fig, index) => ({ doc, index, fig, articleDate: date, anchor: a.figures.anchor }));
  }

  /** The ages of an article, each with the person it is the age of. */
  private ageEntries(entries: FigureEntry[]): FigureEntry[] {
    const out: FigureEntry[] = [];
    for (const e of entries) {
      if (e.fig.kind !== 'age' || !e.fig.person) continue;
      const personId = this.mentionAt(e.doc, e.fig.person.start)?.entityId;
      let aged = this.aged.get(e);
      if (!aged || aged.personId !== personId) this.aged.set(e, (aged = { ...e, personId }));
      out.push(aged);
    }
    return out;
  }

  /** An age's entry with its person, kept while both are the same (an unchanged link touches no one). */
  private readonly aged = new WeakMap<FigureEntry, FigureEntry>();

  /**
   * Age links, after the resolution was made again: every article's ages set again with their persons, the
   * index comparing only the buckets whose entries changed and touching the articles whose pairs did.
   */
  private ages(): LinkIndex {
    if (!this.agesStale) return this.ageIndex;
    this.agesStale = false;
    this.setAges(this.entries.keys());
    return this.ageIndex;
  }

  /**
   * Every compared pair involving this article; the consistent ones too unless `findingsOnly`. Bucket by
   * bucket, each bucket's findings first (see `BucketLinks`): not in one order of the corpus's links.
   */
  linksOf(doc: string, findingsOnly = false): FigureLink[] {
    const ages = this.ages().linksOf(doc, findingsOnly);
    return ages.length ? [...this.links.linksOf(doc, findingsOnly), ...ages] : this.links.linksOf(doc, findingsOnly);
  }

  /** `linksOf` without making the links: each one's bucket, ends' places and comparison, to `visit`. */
  visitLinksOf(doc: string, findingsOnly: boolean, visit: LinkVisitor): void {
    this.links.visitLinksOf(doc, findingsOnly, visit);
    this.ages().visitLinksOf(doc, findingsOnly, visit);
  }

  /** Every compared pair, made one at a time. */
  *allLinks(): Generator<FigureLink> {
    yield* this.links.allLinks();
    yield* this.ages().allLinks();
  }

  /** The same pairs, bucket by bucket in compact form (no pair links two buckets' figures). */
  *linkBuckets(): Generator<BucketLinks> {
    yield* this.links.bucketLinks();
    yield* this.ages().bucketLinks();
  }

  has(doc: string): boolean {
    return this.docs.has(doc);
  }

  /** The articles in the order of their names (`compareArticles`). */
  documents(): string[] {
    return [...this.articleOrder().names];
  }

  /**
   * Changes whenever who is who may have: the names resolved afresh, or in place after an edit. An edit
   * that only moved mentions leaves it: the entities, their names and mentions stay, in other places.
   */
  get namesRevision(): number {
    return this.revision;
  }

  analysis(doc: string): DocumentAnalysis | undefined {
    return this.docs.get(doc);
  }

  text(doc: string): string | undefined {
    const t = this.texts.get(doc);
    return t === undefined ? undefined : unpackText(t);
  }

  /** Part of an article's text (clamped to it), without unpacking the whole. */
  textSlice(doc: string, from: number, to: number): string | undefined {
    const t = this.texts.get(doc);
    return t === undefined ? undefined : textSlice(t, from, to);
  }

  get size(): number {
    return this.docs.size;
  }

  resolution(): Resolution {
    if (!this.resolved) {
      this.resolved = this.resolve();
      this.comings = 0;
      // a spelling variant's finding names the articles of the majority: wherever variants were or are,
      // the findings may have changed with the resolution
      for (const d of this.variantDocs) this.touched.add(d);
      this.variantDocs = [...this.resolved.variants.keys()];
      for (const d of this.variantDocs) this.touched.add(d);
    }
    return this.resolved;
  }

  private variantDocs: string[] = [];

  private resolve(): Resolution {
    return resolve(this.docs, this.gaz, this.nameRules(), this.texts, this.articleOrder());
  }

  /** The reviewer's decisions about names as resolving reads them (none: undefined). */
  private nameRules(): NameRules | undefined {
    const names = this.decisionSet.names;
    return names.length
      ? { decisions: names, fingerprint: (doc, start, text) => this.mentionFingerprint(doc, start, text) }
      : undefined;
  }

  /** Each article's place in the order of `localeCompare` (articles that compare equal share one). */
  articleRanks(): ReadonlyMap<string, number> {
    return this.articleOrder().ranks;
  }

  private articleOrder(): ArticleOrder {
    return (this.order ??= articleOrder(this.docs.keys()));
  }

  /** The mention at an offset, if any: the innermost ("Los Angeles County" inside its fire department's name). */
  mentionAt(doc: string, offset: number): ResolvedMention | undefined {
    const list = this.resolution().byDoc.get(doc) ?? [];
    // the last mention that starts at or before the offset, then back over the few that may enclose it
    let lo = 0,
      hi = list.length - 1,
      at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = at; i >= 0 && i > at - 8; i--) if (list[i].start <= offset && offset <= list[i].end) return list[i];
    return undefined;
  }

  entity(id: string): Entity | undefined {
    return this.resolution().entities.get(id);
  }

  /** A body's members, as the reviewer's decisions have them (see `decidedMembers`). */
  members(body: Entity): Entity['members'] {
    const r = this.resolution();
    return decidedMembers(body, r.decided, (id) => r.entities.get(id));
  }

  /** The introducing mention of an entity in each article: the fullest form, first; the given article first. */
  introductions(entityId: string, currentDoc?: string): ResolvedMention[] {
    const e = this.entity(entityId);
    if (!e) return [];
    const best = new Map<string, ResolvedMention>();
    // an organisation is introduced by its name, where its acronym is defined, not by the acronym alone
    const named = e.kind === 'organisation' && e.mentions.some((m) => m.weight > 1);
    for (const m of e.mentions) {
      if (named && m.weight === 1) continue;
      const b = best.get(m.doc);
      if (!b || m.weight > b.weight || (m.weight === b.weight && m.start < b.start)) best.set(m.doc, m);
    }
    // (in the order of the articles' names, as the entity's mentions are)
    const list = [...best.values()];
    const cur = list.findIndex((m) => m.doc === currentDoc);
    if (cur > 0) list.unshift(...list.splice(cur, 1));
    return list;
  }
}

/** A name mention's fingerprint in an article's text (see `Corpus.mentionFingerprint`). */
function mentionFingerprintIn(a: DocumentAnalysis, text: PackedText, start: number, mention: string): string {
  return fingerprint(mention, sentenceText(a.sentences, sentenceIndexAt(a.sentences, start), text) ?? '');
}

export type { Entity, ResolvedMention, Resolution };
