import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon';
import { hasWord } from '../text';
import type { PersonMention, PlaceMention } from '../types';

/**
 * Whose count a count is, where its clause says so by its subject: "Northcom has also deployed 87 helicopters",
 * "The Coast Guard has 46 helicopters". An agency's release lists each body's means side by side, and two
 * bodies' counts in one article are not one count (`sameBody`, `meet`). No body: a person ("President Trump
 * has sent 500 troops"), a place, a pronoun, or a word that may be a common noun opening its sentence (a plural,
 * "Firefighters have 20 engines"; one the article also writes in lowercase, "Officials have sent 500 troops").
 */
export function actorBefore(
  text: string,
  sentenceStart: number,
  start: number,
  people: readonly PersonMention[],
  places: readonly PlaceMention[],
): string | undefined {
  if (!ACTOR_VERB.test(text.slice(Math.max(sentenceStart, start - 40), start))) return undefined;
  const from = Math.max(sentenceStart, start - 120);
  const before = text.slice(from, start);
  const m = ACTOR_BEFORE.exec(before);
  if (!m) return undefined;
  // (the words that open a sentence before its subject: "Meanwhile FEMA has sent", "On Monday FEMA had sent")
  const words = m[1].split(/\s+/);
  let skip = 0;
  while (skip < words.length && OPENERS(words[skip])) skip++;
  if (skip === words.length) return undefined;
  const name = words.slice(skip).join(' ');
  const end = from + m.index + m[0].indexOf(m[1]) + m[1].length;
  const nameStart = end - name.length;
  if (people.some((p) => p.end > nameStart && p.start < end && p.end >= end - 1)) return undefined;
  if (places.some((p) => p.start <= nameStart && p.end >= end)) return undefined;
  if (words.length - skip === 1) {
    // (capitals are no common noun: "FEMA", whose web address a release may write, "fema.gov")
    const capitals = name === name.toUpperCase();
    if (/['’](?:ve|re|ll|d)$/.test(name) || (!capitals && (/s$/.test(name) || hasWord(text, name.toLowerCase()))))
      return undefined;
  }
  return name;
}

/**
 * Two bodies' names that name one body: the same, one within the other ("Guard", "National Guard"), or one the
 * other's initials ("FEMA", "Federal Emergency Management Agency").
 */
export function sameBody(x: string, y: string): boolean {
  if (x === y) return true;
  const wx = bodyWords(x),
    wy = bodyWords(y);
  const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  if (within(wx, wy) || within(wy, wx)) return true;
  return (wx.length === 1 && initialsOf(x, y)) || (wy.length === 1 && initialsOf(y, x));
}

/** Whether `short` is the initials of `name`'s words, with or without "of" and "and" ("DHS"; "DOD"). */
function initialsOf(short: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const letters = short.replace(/\./g, '').toLowerCase();
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  return letters === initials(nameWords(name)) || letters === initials(bodyWords(name));
}

/** A body's name in lowercase words, without "the" and "U.S." (which name no body of their own). */
const nameWords = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'the' && w !== 'u.s.');

/** The words that tell one body's name from another's: without "of" and "and" either. */
const bodyWords = (name: string) => nameWords(name).filter((w) => w !== 'of' && w !== 'and');

/** Verbs of a body's means ("has deployed 87 helicopters", "sent 300 medics"). */
const MEANS_VERBS = '(?:deployed|sent|dispatched|committed|mobili[sz]ed|activated|provided|positioned|staged)';

/** (a cheap test first, of the words before the number: most counts follow no such verb) */
const ACTOR_VERB = new RegExp(String.raw`\b(?:has|have|had|${MEANS_VERBS})\s+\S*\s*\S*\s*$`);

const ACTOR_BEFORE = new RegExp(
  // a clause's subject: capitalised words, "of" between them ("Department of Defense")
  // (after a sentence's start, a comma or the like, "and", or a dateline's dash: "HOUSTON (AP) — The …")
  String.raw`(?:^|[.,;:—–]\s+|\s-\s+|\band\s+)(?:[Tt]he\s+)?` +
    String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*)*)` +
    // has (also) deployed, or deployed alone
    String.raw`\s+(?:(?:has|have|had)(?:\s+(?:also|now|already))?(?:\s+${MEANS_VERBS})?|(?:also\s+)?${MEANS_VERBS})` +
    String.raw`\s+(?:(?:more than|about|nearly|some|at least|up to|over|almost|roughly|around|another)\s+)?$`,
  'u',
);

/** A sentence's opening words before its subject: function words, days and months ("By Wednesday FEMA"). */
const OPENERS = (w: string) => (FUNCTION_WORDS.has(w) && !NAME_WORDS.has(w)) || WEEKDAYS.has(w) || MONTHS.has(w);

/** Function words that begin bodies' names ("National Guard", "Federal Emergency Management Agency"). */
const NAME_WORDS = new Set(['Federal', 'State', 'National', 'Local', 'Public', 'Private']);
