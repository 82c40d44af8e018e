import { isLetterAt } from '../text';

/**
 * Whose count a count is, where its clause says so by its subject: "Northcom has also deployed 87 helicopters",
 * "The Coast Guard has 46 helicopters". An agency's release lists each body's means side by side, and two
 * bodies' counts in one article are not one count (see `meet`). Not a pronoun or a common noun that opens its
 * sentence ("Officials have sent 500 troops", where the article writes "officials" too).
 */
export function actorBefore(text: string, sentenceStart: number, start: number): string | undefined {
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  if (!ACTOR_VERB.test(before.slice(-48))) return undefined;
  const m = ACTOR_BEFORE.exec(before);
  if (!m) return undefined;
  const name = m[1];
  const words = name.split(/\s+/);
  // (and a pronoun's contraction: "They’ve had four policemen injured")
  if (NOT_ACTORS.has(words[0]) || /['’](?:ve|re|ll|d)$/.test(words[0])) return undefined;
  if (words.length === 1 && writtenInLowercase(text, name)) return undefined;
  return name;
}

/** (a cheap test first: most counts follow no such verb) */
const ACTOR_VERB =
  /\b(?:has|have|had|deployed|sent|dispatched|committed|mobili[sz]ed|activated|provided|positioned|staged)\b/;

const ACTOR_BEFORE = new RegExp(
  // a clause's subject: capitalised words, "of" between them ("Department of Defense")
  String.raw`(?:^|[.,;:]\s+|\band\s+)(?:[Tt]he\s+)?` +
    String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*)*)` +
    // has (also) deployed, or deployed alone
    String.raw`\s+(?:(?:has|have|had)(?:\s+(?:also|now|already))?` +
    String.raw`(?:\s+(?:deployed|sent|dispatched|committed|mobili[sz]ed|activated|provided|positioned|staged))?` +
    String.raw`|(?:also\s+)?(?:deployed|sent|dispatched|committed|mobili[sz]ed|activated|provided))` +
    String.raw`\s+(?:(?:more than|about|nearly|some|at least|up to|over|almost|roughly|around|another)\s+)?$`,
  'u',
);

/** Words that open a clause as its subject and name no body. */
const NOT_ACTORS = new Set(
  `It Its He She They We You I This That These Those There Here Some Many Most Each Every All Both Any No Other
  Others Another Such Who Which What Officials Authorities Rescuers Volunteers Crews Teams Troops`.split(/\s+/),
);

/** Whether the article writes the word in lowercase too (a common noun, capitalised where a sentence opens). */
function writtenInLowercase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (
      (at === 0 || !isLetterAt(text, at - 1)) &&
      !(at + lower.length < text.length && isLetterAt(text, at + lower.length))
    )
      return true;
  return false;
}
