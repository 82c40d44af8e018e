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
    'war wars fighting conflict conflicts clashes airstrike airstrikes shelling insurgency attack attacks ' +
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

/** The cause words of text[start, end), in order. */
export function causesIn(text: string, start: number, end: number): CauseAt[] {
  const out: CauseAt[] = [];
  const part = text.slice(start, end);
  CAUSE.lastIndex = 0;
  for (let m = CAUSE.exec(part); m; m = CAUSE.exec(part))
    out.push({ at: start + m.index, kind: KIND_OF.get(m[0].toLowerCase())! });
  return out;
}

/**
 * The cause of a figure at [from, to): the nearest cause word before it in its sentence ("the war, which has
 * killed 300,000"), else the first after it in its clause ("148 deaths from COVID-19").
 */
export function causeAt(causes: CauseAt[], from: number, to: number, clauseEnd: number): string | undefined {
  let before: string | undefined;
  for (const c of causes) {
    if (c.at < from) before = c.kind;
    else if (before === undefined && c.at >= to && c.at < clauseEnd) return c.kind;
    else break;
  }
  return before;
}
