/**
 * Hand-kept aliases that no gazetteer package carries: nicknames of cities and countries, and the
 * press's abbreviations of US states (AP style and postal codes). General knowledge, not corpus data.
 */

export interface AliasTarget {
  name: string;
  country: string;
  /** US state code for US cities. */
  admin?: string;
  kind?: 'city' | 'state' | 'country';
}

const city = (name: string, admin: string): AliasTarget => ({ name, country: 'US', admin, kind: 'city' });
const country = (code: string): AliasTarget => ({ name: '', country: code, kind: 'country' });

export const NICKNAMES: Record<string, AliasTarget> = {
  'Big Apple': city('New York City', 'NY'),
  NYC: city('New York City', 'NY'),
  'N.Y.C.': city('New York City', 'NY'),
  Philly: city('Philadelphia', 'PA'),
  LA: city('Los Angeles', 'CA'),
  'L.A.': city('Los Angeles', 'CA'),
  'Windy City': city('Chicago', 'IL'),
  'Chi-Town': city('Chicago', 'IL'),
  'Motor City': city('Detroit', 'MI'),
  Beantown: city('Boston', 'MA'),
  'Big Easy': city('New Orleans', 'LA'),
  NOLA: city('New Orleans', 'LA'),
  Vegas: city('Las Vegas', 'NV'),
  'Sin City': city('Las Vegas', 'NV'),
  'Mile High City': city('Denver', 'CO'),
  'City of Brotherly Love': city('Philadelphia', 'PA'),
  'D.C.': city('Washington', 'DC'),
  DC: city('Washington', 'DC'),
  'Washington, D.C.': city('Washington', 'DC'),
  'Washington D.C.': city('Washington', 'DC'),
  SF: city('San Francisco', 'CA'),
  'San Fran': city('San Francisco', 'CA'),
  ATL: city('Atlanta', 'GA'),
  'H-Town': city('Houston', 'TX'),
  'Twin Cities': city('Minneapolis', 'MN'),
  America: country('US'),
  'the States': country('US'),
  Britain: country('GB'),
  'U.K.': country('GB'),
  Holland: country('NL'),
  'the Netherlands': country('NL'),
  Czechia: country('CZ'),
  'Ivory Coast': country('CI'),
  'North Korea': country('KP'),
  'South Korea': country('KR'),
  // (the formal names and initials diplomatic and military releases use: "the Democratic People's Republic of
  // Korea (DPRK)", "the Republic of Korea (ROK)"; not "PRC" nor "DRC", which are also the Philippine Red Cross and
  // FEMA's Disaster Recovery Centers)
  "Democratic People's Republic of Korea": country('KP'),
  DPRK: country('KP'),
  ROK: country('KR'),
  Vatican: country('VA'),
  Burma: country('MM'),
};

/** AP-style state abbreviations, read as the state wherever they appear. */
export const AP_STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'AL',
  'Ariz.': 'AZ',
  'Ark.': 'AR',
  'Calif.': 'CA',
  'Colo.': 'CO',
  'Conn.': 'CT',
  'Del.': 'DE',
  'Fla.': 'FL',
  'Ga.': 'GA',
  'Ill.': 'IL',
  'Ind.': 'IN',
  'Kan.': 'KS',
  'Kans.': 'KS',
  'Ky.': 'KY',
  'La.': 'LA',
  'Md.': 'MD',
  'Mass.': 'MA',
  'Mich.': 'MI',
  'Minn.': 'MN',
  'Miss.': 'MS',
  'Mo.': 'MO',
  'Mont.': 'MT',
  'Neb.': 'NE',
  'Nev.': 'NV',
  'N.H.': 'NH',
  'N.J.': 'NJ',
  'N.M.': 'NM',
  'N.Y.': 'NY',
  'N.C.': 'NC',
  'N.D.': 'ND',
  'Okla.': 'OK',
  'Ore.': 'OR',
  'Pa.': 'PA',
  'R.I.': 'RI',
  'S.C.': 'SC',
  'S.D.': 'SD',
  'Tenn.': 'TN',
  'Tex.': 'TX',
  'Vt.': 'VT',
  'Va.': 'VA',
  'Wash.': 'WA',
  'W.Va.': 'WV',
  'Wis.': 'WI',
  'Wyo.': 'WY',
};

/**
 * Postal codes that are also English words, abbreviations or titles in running text ("IN", "OR",
 * "ME", "Ms", "MD" for a doctor, "MS-13"), read as a state only beside a city ("Portland, ME").
 */
export const AMBIGUOUS_POSTAL_CODES = new Set([
  'IN',
  'OR',
  'ME',
  'OK',
  'HI',
  'OH',
  'AS',
  'ID',
  'DE',
  'CO',
  'MS',
  'MD',
  'AL',
  'PA',
  'NE',
  'SC',
  'MT',
  'GA',
  'VA',
  'LA',
  'WA',
  'ND',
  'SD',
  'AR',
  'MO',
  'CT',
  'KS',
  'UT',
  'VT',
  'WI',
  'DC',
  'US',
]);
