import type { Span } from '../types';
import type { CalendarDate } from './dates';

/**
 * `tally`: a vote or a score ("52-48", "6-3"). `measurement`: a length, area, volume, speed, weight,
 * temperature or magnitude ("8 feet", "40.5 meters", "magnitude 7.0"): never compared with a count.
 */
export type FigureKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'ratio'
  | 'age'
  | 'duration'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'year'
  | 'identifier'
  | 'tally'
  | 'measurement';

/** How the text hedges a number. */
export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'range';

/** The values a figure allows; open ends exclude their bound. Figures share equal ones: never changed. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen?: boolean;
  readonly hiOpen?: boolean;
}

export interface Figure extends Span {
  /** The text from `start` to `end`, as written. */
  text: string;
  kind: FigureKind;
  /** The number, or null for dates, times and identifiers. */
  value: number | null;
  /** "thousands", "dozens": never compared as exact. */
  vague: boolean;
  qualifier: Qualifier;
  /** The hedge as written ("nearly", "more than"). */
  qualifierText?: string;
  interval: Interval;
  /** Normalised measure ("arrests", "weapon offense"); undefined when the text does not say. */
  measure?: string;
  /** The words that gave the measure, as written ("illegal immigrants were arrested"). */
  measureText?: string;
  /** The measure as a reader says it: the event ("arrests") or the noun as written ("weapons offenses"). */
  measureLabel?: string;
  /** What happened to the things counted, when a participle says ("destroyed" in "120 homes were destroyed"). */
  action?: string;
  /** A measurement's unit as messages print it ("meters"), and base units (meters, m², m/s) per unit. */
  unitName?: string;
  unitScale?: number;
  /** "(1,300 feet)" after "400 meters": the same figure in another unit, never compared on its own. */
  restates?: boolean;
  /** "could reach", "feared dead", "is expected to rise to": a projection, not a count made. */
  projection?: boolean;
  /** Gazetteer id of the place the figure is about. */
  placeId?: string;
  placeText?: string;
  /** "nationwide", "across the country". */
  nationwide: boolean;
  /** For an age: the span of the person it belongs to. */
  person?: Span;
  /** The day the figure is about, when the text names it (UTC ms), or its label if it cannot be resolved ("monday"). */
  day?: number;
  dayText?: string;
  /** "since Jan. 23": the start of a running total. */
  since?: string;
  sinceText?: string;
  /** A year named beside the figure. */
  year?: number;
  /** "total", "so far", "has risen to". */
  cumulative: boolean;
  /** "four of the 50 arrests", "of the 50 arrests made, 20 …": a part of another count, never compared. */
  subset: boolean;
  /** "seven out of the ten safest cities": the whole. */
  ratioOf?: number;
  /** A named event the article is about ("safe city" for "Operation Safe City"). */
  event?: string;
  eventText?: string;
  /** What caused what is counted, where the sentence says: "violence", "disease" or "disaster" (causes.ts). */
  cause?: string;
  /**
   * For votes: the surname of the last person named before them in the sentence, whose votes they are
   * ("Chebukati said Odinga had received 6,762,224 votes": Odinga); see `meet`.
   */
  owner?: string;
  /**
   * For a count: the body its clause's subject names, whose means they are ("Northcom has also deployed 87
   * helicopters"); two bodies' counts in one article are not one count (actors.ts, `meet`).
   */
  actor?: string;
  /**
   * Said and put right at once ("the 100 – or approximately 150 people on board"), or a value the sentence says
   * its figure replaced ("an increase from the initial estimates of 600,000"): never compared.
   */
  corrected?: boolean;
  attribution?: string;
  quoted: boolean;
  /** Index of the figure's sentence in the document's sentences. */
  sentence: number;
  /** Which voice of its sentence gives the figure: figures of one voice in one sentence are a list. */
  voice?: number;
}

export interface DocumentFigures {
  figures: Figure[];
  dateline?: CalendarDate;
  /** An anniversary piece's time ("3-11+1"): see `articleTime`. */
  anchor?: string;
  events: Array<{ key: string; text: string }>;
  /** Where reading stopped when the article held more figures than are read from one article. */
  cutoff?: number;
}
