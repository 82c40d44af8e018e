/**
 * What caused what a figure counts, where its sentence says: a war's dead are not an earthquake's, nor a
 * pandemic's a blast's ("the ongoing war, which has killed more than 300,000 people" beside "the earthquakes
 * … resulting in the loss of nearly 60,000 lives"). Words of one kind are one cause, so that reports of one
 * disaster that name it differently ("the quake", "the tsunami", "the storm", "flooding") still meet.
 */
const CAUSE_KINDS: Array<[string, string]> = [
  // (a war's words and an attack's are one kind: reports of one attack write "war", "attacks", "explosions")
  [
    'violence',
    'war wars conflict conflicts clashes airstrike airstrikes shelling insurgency attack attacks ' +
      'shooting shootings explosion explosions blast blasts bombing bombings bomb bombs',
  ],
  [
    'disease',
    'covid coronavirus pandemic epidemic outbreak cholera ebola virus disease diseases flu influenza measles malaria',
  ],
  // (not "fire": "opened fire", "fire officials")
  [
    'disaster',
    'earthquake earthquakes quake quakes temblor aftershock aftershocks tsunami tsunamis storm storms hurricane ' +
      'hurricanes typhoon typhoons cyclone cyclones tornado tornadoes tornados flood floods flooding floodwaters ' +
      'landslide landslides mudslide mudslides wildfire wildfires bushfire bushfires blaze eruption avalanche',
  ],
];

/** Every cause word, for the sentence hints (`CAUSE_WORD` in hints.ts). */
export const CAUSE_WORD_LIST = CAUSE_KINDS.map(([, words]) => words).join(' ');

const KIND_OF = new Map(CAUSE_KINDS.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)));
const CAUSE = new RegExp(String.raw`\b(?:${[...KIND_OF.keys()].join('|')})\b`, 'gi');

/** A cause word's place in the text, and its kind. */
export interface CauseAt {
  at: number;
  kind: string;
}

/**
 * The cause words of text[start, end), in order; not a word that only qualifies another ("war-torn Syria", "a
 * heart attack", "a flood of refugees"; "COVID-19" is one).
 */
export function causesIn(text: string, start: number, end: number): CauseAt[] {
  const out: CauseAt[] = [];
  const part = text.slice(start, end);
  CAUSE.lastIndex = 0;
  for (let m = CAUSE.exec(part); m; m = CAUSE.exec(part)) {
    const at = m.index,
      next = at + m[0].length;
    if (/^-\p{L}|^\s+of\b/u.test(part.slice(next, next + 4))) continue;
    if (/heart\s+$/i.test(part.slice(Math.max(0, at - 6), at))) continue;
    out.push({ at: start + at, kind: KIND_OF.get(m[0].toLowerCase())! });
  }
  return out;
}

/**
 * The cause of a figure at [from, to): the nearest cause word before it from `near` on (its clause since the last
 * comma), else the first after it up to `clauseEnd` ("148 deaths from COVID-19"), else the nearest before it in
 * its sentence ("the ongoing war, which has killed 300,000").
 */
export function causeAt(
  causes: CauseAt[],
  from: number,
  to: number,
  near: number,
  clauseEnd: number,
): string | undefined {
  let before: CauseAt | undefined;
  for (const c of causes) {
    if (c.at < from) before = c;
    else if (c.at >= to) {
      if ((!before || before.at < near) && c.at < clauseEnd) return c.kind;
      break;
    }
  }
  return before?.kind;
}
