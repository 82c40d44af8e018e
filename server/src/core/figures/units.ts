import type { Figure, Interval } from './types';

/**
 * Units of measurements, their conversion to one base unit per dimension, and what a length, area or
 * speed measures. Measurements of different dimensions are never compared; of one dimension, they are
 * compared in the base unit ("400 meters" against "1,300 feet").
 */

export type Dimension = 'length' | 'area' | 'speed' | 'volume' | 'mass';

interface Unit {
  dimension: Dimension;
  /** The unit's name as messages print it. */
  name: string;
  /** Base units (meters, square meters, meters per second, liters, kilograms) per unit. */
  toBase: number;
}

const u = (dimension: Dimension, name: string, toBase: number): Unit => ({ dimension, name, toBase });
const METER = u('length', 'meters', 1);
const FOOT = u('length', 'feet', 0.3048);
const MILE = u('length', 'miles', 1609.344);
const KM = u('length', 'kilometers', 1000);
const ACRE = u('area', 'acres', 4046.856);
const HECTARE = u('area', 'hectares', 10_000);
const MPH = u('speed', 'mph', 0.44704);
const KMH = u('speed', 'km/h', 1 / 3.6);

/** Written unit (lower case, singular or plural) → unit. Degrees and magnitudes are not converted. */
const UNITS = new Map<string, Unit>([
  ['m', METER],
  ['meter', METER],
  ['meters', METER],
  ['metre', METER],
  ['metres', METER],
  ['km', KM],
  ['kilometer', KM],
  ['kilometers', KM],
  ['kilometre', KM],
  ['kilometres', KM],
  ['cm', u('length', 'centimeters', 0.01)],
  ['centimeter', u('length', 'centimeters', 0.01)],
  ['centimeters', u('length', 'centimeters', 0.01)],
  ['centimetre', u('length', 'centimeters', 0.01)],
  ['centimetres', u('length', 'centimeters', 0.01)],
  ['mm', u('length', 'millimeters', 0.001)],
  ['ft', FOOT],
  ['foot', FOOT],
  ['feet', FOOT],
  ['inch', u('length', 'inches', 0.0254)],
  ['inches', u('length', 'inches', 0.0254)],
  ['yard', u('length', 'yards', 0.9144)],
  ['yards', u('length', 'yards', 0.9144)],
  ['mi', MILE],
  ['mile', MILE],
  ['miles', MILE],
  ['nautical mile', u('length', 'nautical miles', 1852)],
  ['nautical miles', u('length', 'nautical miles', 1852)],
  ['acre', ACRE],
  ['acres', ACRE],
  ['hectare', HECTARE],
  ['hectares', HECTARE],
  ['ha', HECTARE],
  ['square mile', u('area', 'square miles', 2_589_988)],
  ['square miles', u('area', 'square miles', 2_589_988)],
  ['sq mi', u('area', 'square miles', 2_589_988)],
  ['square kilometer', u('area', 'square kilometers', 1e6)],
  ['square kilometers', u('area', 'square kilometers', 1e6)],
  ['square kilometre', u('area', 'square kilometers', 1e6)],
  ['square kilometres', u('area', 'square kilometers', 1e6)],
  ['square km', u('area', 'square kilometers', 1e6)],
  ['sq km', u('area', 'square kilometers', 1e6)],
  ['mph', MPH],
  ['km/h', KMH],
  ['kph', KMH],
  ['knot', u('speed', 'knots', 0.514444)],
  ['knots', u('speed', 'knots', 0.514444)],
]);

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
export const STATIC_MEASURES = new Set(['depth', 'height', 'inland reach']);

/** The interval of a measurement in its dimension's base unit. */
export function baseInterval(f: Figure): Interval {
  const k = f.unitScale ?? 1;
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
