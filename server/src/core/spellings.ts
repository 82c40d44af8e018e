import type { ArticleLinks } from './cards';
import type { Corpus } from './corpus';

/** A name written in a minority spelling: where, what most articles write, and where they write it. */
export interface SpellingFinding {
  doc: string;
  start: number;
  end: number;
  code: 'name-variant';
  message: string;
  /** The mention as most articles spell it ("Jim Kenney" for "Jim Kenny"): the quick fix's text. */
  replacement: string;
  written: string;
  majority: string;
  entityId: string;
  /** The majority spelling's introducing mentions. */
  related: Array<{ doc: string; start: number; end: number; message: string }>;
}

/**
 * One finding per mention written in a minority spelling: *"Kenny" here; "Kenney" in 3 other articles
 * (Philadelphia Mayor Jim Kenney)*, pointing at the articles that spell it the majority's way.
 */
export function spellingFindings(
  corpus: Corpus,
  doc: string,
  links: ArticleLinks,
  maxRelated = Infinity,
): SpellingFinding[] {
  const variants = corpus.resolution().variants.get(doc);
  if (!variants) return [];
  const out: SpellingFinding[] = [];
  for (const v of variants) {
    const e = corpus.entity(v.entityId);
    if (!e) continue;
    // the articles that write the majority's spelling, each at its fullest mention
    // (a person's spellings differ by the name's key, a place's by the text)
    const otherSpelling = (m: { key?: string; text: string }) => (v.key ? m.key !== v.key : m.text !== v.text);
    const majority = corpus
      .introductions(e.id, doc)
      .filter((m) => m.doc !== doc && !m.text.includes(v.written) && otherSpelling(m));
    const docs = new Set(e.mentions.filter(otherSpelling).map((m) => m.doc));
    docs.delete(doc);
    const role = e.kind === 'place' ? e.description : e.roles.find((r) => docs.has(r.doc))?.role;
    out.push({
      doc,
      start: v.start,
      end: v.end,
      code: 'name-variant',
      message:
        `“${v.written}” here; “${v.majority}” in ${docs.size} other article${docs.size === 1 ? '' : 's'} ` +
        `(${who(e.name, role)})`,
      replacement: v.text.split(v.written).join(v.majority),
      written: v.written,
      majority: v.majority,
      entityId: e.id,
      related: majority.slice(0, maxRelated).map((m) => ({
        doc: m.doc,
        start: m.start,
        end: m.end,
        message: `written “${m.text}” in ${links.label(m.doc)}`,
      })),
    });
  }
  return out;
}

/** "Mayor Celeste Harrington" for a title, "Imran Chaudhry, principal at …" for a role in apposition. */
function who(name: string, role: string | undefined): string {
  if (!role) return name;
  return /^\p{Lu}/u.test(role) ? `${role} ${name}` : `${name}, ${role}`;
}
