import type { Figure, Interval } from './types';

/**
 * Units of measurements, their conversion to one base unit per dimension, and what a length, area or
 * speed measures. Measurements of different dimensions are never compared; of one dimension, they are
 * compared in the base unit ("400 meters" against "1,300 feet").
 */

type Dimension = 'length' | 'area' | 'speed';

interface Unit {
  dimension: Dimension;
  /** The unit's name as messages print it. */
  name: string;
  /** Base units (meters, square meters, meters per second) per unit. */
  toBase: number;
}

/** Each unit with the ways the press writes it (lower case, `|` between forms). Degrees and magnitudes are not
 * converted. */
const UNIT_FORMS: Array<[Dimension, string, number, string]> = [
  ['length', 'meters', 1, 'm|meter|meters|metre|metres'],
  ['length', 'kilometers', 1000, 'km|kilometer|kilometers|kilometre|kilometres'],
  ['length', 'centimeters', 0.01, 'cm|centimeter|centimeters|centimetre|centimetres'],
  ['length', 'millimeters', 0.001, 'mm'],
  ['length', 'feet', 0.3048, 'ft|foot|feet'],
  ['length', 'inches', 0.0254, 'inch|inches'],
  ['length', 'yards', 0.9144, 'yard|yards'],
  ['length', 'miles', 1609.344, 'mi|mile|miles'],
  ['length', 'nautical miles', 1852, 'nautical mile|nautical miles'],
  ['area', 'acres', 4046.856, 'acre|acres'],
  ['area', 'hectares', 10_000, 'ha|hectare|hectares'],
  ['area', 'square miles', 2_589_988, 'square mile|square miles|sq mi'],
  [
    'area',
    'square kilometers',
    1e6,
    'square kilometer|square kilometers|square kilometre|square kilometres|square km|sq km',
  ],
  ['speed', 'mph', 0.44704, 'mph'],
  ['speed', 'km/h', 1 / 3.6, 'km/h|kph'],
  ['speed', 'knots', 0.514444, 'knot|knots'],
];

/** Written unit → unit. */
const UNITS = new Map<string, Unit>(
  UNIT_FORMS.flatMap(([dimension, name, toBase, forms]) =>
    forms.split('|').map((f) => [f, { dimension, name, toBase }] as [string, Unit]),
  ),
);

/** The unit a measurement's text ends with ("400 meters", "9,200 acres", "75 mph"). */
export function unitOf(figureText: string): Unit | undefined {
  const m = /[\d.,]+(?:\s|-)?(.+)$/.exec(figureText);
  return m
    ? UNITS.get(
        m[1]
          .toLowerCase()
          .replace(/\.$/, '')
          .replace(/^sq\.\s/, 'sq '),
      )
    : undefined;
}

/** Words around a length that say what it measures. */
const DEPTH_AFTER =
  /^\)?\s*(?:\([^)]{0,40}\)\s*)?(?:underground|deep\b|below (?:the )?(?:ground|surface|seabed|sea floor))/i;
const DEPTH_BEFORE = /\b(?:depths? of|down to)\s+$/i;
const HEIGHT_AFTER = /^\)?\s*(?:\([^)]{0,40}\)\s*)?(?:high|tall|in height)\b/i;
const HEIGHT_BEFORE = /\bheights? of\s+$/i;
const INLAND_AFTER = /^\)?\s*(?:\([^)]{0,40}\)\s*)?inland\b/i;
/** A depth reached by drilling or digging is progress, not the depth of a place. */
const PROGRESS = /\b(?:drill|drilled|drilling|dug|digging|bored|reached|advanced|progressed|descended)\b/i;
const FIRE = /\b(?:burn|burns|burned|burnt|burning|scorched|charred|blackened|blaze|fire|wildfire)\b/i;
const WIND = /\bwinds?\b|\bgusts?\b/i;

/**
 * What a measurement measures, from its clause: "depth", "height", "inland reach", "area burned",
 * "wind speed". Undefined when the text does not say: such a measurement is never compared.
 */
export function measurementMeasure(clauseBefore: string, clauseAfter: string, unit: Unit): string | undefined {
  const before = clauseBefore.replace(
    /\b(?:about|around|roughly|some|nearly|almost|up to|approximately|over)\s+$/i,
    '',
  );
  if (unit.dimension === 'length') {
    if (DEPTH_AFTER.test(clauseAfter) || DEPTH_BEFORE.test(before))
      return PROGRESS.test(clauseBefore.slice(-40)) ? undefined : 'depth';
    if (HEIGHT_AFTER.test(clauseAfter) || HEIGHT_BEFORE.test(before)) return 'height';
    if (INLAND_AFTER.test(clauseAfter)) return 'inland reach';
    return undefined;
  }
  if (unit.dimension === 'area') return FIRE.test(clauseBefore + clauseAfter) ? 'area burned' : undefined;
  if (unit.dimension === 'speed') {
    if (!WIND.test(clauseBefore + clauseAfter)) return undefined;
    return /\bgusts?\b/i.test(clauseBefore + clauseAfter) ? 'wind gusts' : 'wind speed';
  }
  return undefined;
}

/** Measures of a thing that stays as it is (a depth, a height): the day of the report does not matter. */
const STATIC_MEASURES = new Set(['depth', 'height', 'inland reach']);

/** A measurement of something that stays as it is: every report of it is about the same thing. */
export function isLasting(f: Figure): boolean {
  return f.kind === 'measurement' && STATIC_MEASURES.has(f.measure ?? '');
}

/** The interval of a measurement in its dimension's base unit. */
export function baseInterval(f: Figure): Interval {
  const k = f.unitScale ?? 1;
  // (the figure's own interval when its unit is the base one: a large bucket compares millions of pairs)
  if (k === 1) return f.interval;
  return { ...f.interval, lo: f.interval.lo * k, hi: f.interval.hi * k };
}

/**
 * A converted figure is only as precise as its written digits: "1,300 feet" for 400 meters (1,312 feet)
 * is right. With units that differ, an exact value stands for anything that rounds to it.
 */
export function convertedInterval(f: Figure): Interval {
  const i = baseInterval(f);
  if (f.qualifier !== 'exact' || f.value === null) return i;
  // (but "2,000 hectares" is not "6,000 acres": no conversion moves a value by more than a few percent)
  const half = Math.min(precisionStep(f.value) / 2, f.value * CONVERSION_SLACK) * (f.unitScale ?? 1);
  return { lo: i.lo - half, hi: i.hi + half };
}

const CONVERSION_SLACK = 0.05;

/** The step of a written value's last significant digit: 1,300 → 100, 623 → 1, 2.75 → 0.01. */
function precisionStep(value: number): number {
  if (!Number.isInteger(value)) {
    const decimals = String(value).split('.')[1]?.length ?? 0;
    return 10 ** -decimals;
  }
  let step = 1;
  while (value !== 0 && value % (step * 10) === 0) step *= 10;
  return step;
}

/** "400 meters (about 1,312 feet)": the other figure's value in this one's unit, for messages. */
export function inUnitOf(f: Figure, other: Figure): string | undefined {
  if (!f.unitName || !other.unitName || f.unitName === other.unitName || other.value === null) return undefined;
  const v = (other.value * (other.unitScale ?? 1)) / (f.unitScale ?? 1);
  const shown = v >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10);
  return `about ${shown} ${f.unitName}`;
}
