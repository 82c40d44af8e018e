/**
 * Closed word classes the rules rely on: general English and news-writing conventions, nothing
 * specific to any corpus.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations after which a period does not end a sentence (lower case, no final period). */
export const ABBREVIATIONS = set(`
  mr mrs ms mx dr gov govs sen sens rep reps st jan feb mar apr jun jul aug sep sept oct nov dec jr sr
  inc co corp ltd no nos vs etc gen col lt sgt capt cmdr adm prof rev mt ft ave blvd dept est approx pres supt det insp
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
  tenn tex vt va wash wis wyo
  a.m p.m u.s u.k u.n e.g i.e d.c n.y n.j l.a`);

/** Words that make the name after them a person: "Mayor Mamdani", "Homeland Security Secretary Kristi Noem". */
export const TITLE_WORDS = set(`
  Mr Mrs Ms Mx Dr Prof Rev Sen Rep Gov Lt Sgt Capt Col Gen Adm Det Insp Supt Cmdr Pres Maj Brig Cpl Spc Pfc Pvt Ens
  President Vice Secretary Mayor Governor Senator Representative Congressman Congresswoman Congressmember
  Director Judge Justice Chief Commissioner Attorney Sheriff Officer Spokesman Spokeswoman Spokesperson
  Minister Chancellor Ambassador Professor Pope King Queen Prince Princess Deputy Councilman Councilwoman
  Councilmember Assemblyman Assemblywoman Assemblymember Speaker Superintendent Chairman Chairwoman Chair
  Coach Pastor Detective Trooper Agent Czar Administrator Commander Lieutenant Sergeant Captain Colonel
  General Admiral Inspector Marshal Prosecutor Solicitor Treasurer Comptroller Controller Auditor Chancellor
  Leader Whip Dean Provost Premier Senior Doctor Reverend Bishop Cardinal Rabbi Imam Sister Brother Father Officer
  Chairmen Chairs Senators Sens Reps Charge Majesty Highness Excellency Brigadier CEO Constable Counselor Counsellor`);

/** A title's word, written short or not: "Sgt.", "Governor". */
export const isTitleWord = (w: string) => TITLE_WORDS.has(w.endsWith('.') ? w.slice(0, -1) : w);

/** The compass points a place's name may open with ("East Palestine", "West Yorkshire"). */
export const COMPASS_POINTS = ['North', 'South', 'East', 'West'];

/**
 * Lower-case role nouns for appositives ("Trump's border czar, Tom Homan"; "Matthew Albence, the executive associate
 * director").
 */
export const ROLE_NOUNS = set(`
  czar director secretary spokesperson spokesman spokeswoman judge mayor governor official officer attorney lawyer
  chief head leader commissioner president minister senator representative sheriff professor analyst activist
  advocate chair chairman chairwoman founder executive manager coordinator agent adviser advisor aide deputy
  administrator prosecutor researcher economist author editor reporter correspondent organizer organiser
  superintendent commander captain lieutenant sergeant detective councilman councilwoman councilmember
  assemblyman assemblywoman resident witness victim teacher doctor nurse owner student worker mother father
  son daughter wife husband brother sister neighbor neighbour friend pastor priest rabbi imam coach counsel
  suspect defendant detainee prisoner inmate hostage survivor refugee migrant gunman bomber shooter pilot copilot
  co-pilot passenger driver miner rescuer firefighter soldier volunteer engineer scientist seismologist geologist
  expert physician surgeon fisherman farmer villager teenager teen boy girl photographer journalist blogger
  spokesperson veteran runner climber guide principal partner architect contractor inspector planner girlfriend
  boyfriend fiancé fiancée fiance fiancee grandmother grandfather grandson granddaughter niece nephew cousin aunt
  uncle stepson stepdaughter`);

/** Lower-case words that may sit inside a title before a name: "ICE acting Director Tom Homan". */
export const TITLE_MODIFIERS = set(`
  acting former interim deputy assistant associate then incoming outgoing late new newly-appointed senior vice
  executive press`);

/**
 * Head words of organisation, law and event names: a capitalised run ending in one is not a person or place (a house
 * of worship's too: "Al Noor Mosque"; not "Chapel" nor "Temple", surnames as often).
 */
export const ORG_WORDS = set(`
  Department Dept Agency Administration Committee Commission Council Court Congress Senate House Assembly Legislature
  Act Law Bill Amendment Code Order Times Post News Tribune Journal Herald Gazette Chronicle Daily Press Review Wire
  Network Radio Television TV Channel Magazine Enforcement Security Police Service Services Bureau Office Party
  University College School Academy Institute Foundation Association Society Union Federation League Club Team
  Corp Corporation Inc Company Co Group Bank Fund Trust Authority Board Ministry Army Navy Force Forces Guard Patrol
  Operations Operation Program Project Initiative Coalition Alliance Center Centre Hospital Church Airport Station
  Street Avenue Road Boulevard Bridge Park Square Stadium Arena Hall Museum Library Prize Award Awards Festival
  Conference Summit Games Cup Championship Series Report Index Survey Campaign Movement Caucus Fellowship Project
  Division Unit Task Taskforce Lab Laboratory Labs Systems Technologies Media Studios Records Air Airlines Airways
  Railway Railroad Transit Cartel Gang Brigade Front Organization Organisation Council Tribunal Prison Jail Detention
  Facility Centers Republicans Democrats Republican Democratic Democrat Party
  Automotive Motors Motor Airlines Airline Pharmaceuticals Pharma Energy Holdings Industries Partners Capital
  Technologies Software Insurance Foods Brands Entertainment Communications Telecom Electric Steel Chemicals
  Logistics Ventures Solutions International Reuters Bloomberg Politico Axios Newsweek Breitbart Wikipedia Xinhua
  Yonhap Kyodo Interfax Bernama Anadolu
  Twitter Facebook Instagram TikTok YouTube Google Microsoft Tesla Uber Airbnb Amazon Netflix Nvidia Pfizer Moderna
  Boeing Airbus Walmart Starbucks Power Utilities Utility Water Transit Cross Crescent Enterprises Labs Healthcare
  Realty Properties Investments Securities Financial Bancorp Airways Railways Shipping Mining Oil Gas Nations Relief
  Effort Recovery Response Plaza Mall Hotel Tower Towers Search Base Sheet Command Cruises Yard Holding Mosque
  Synagogue Cathedral Basilica Shrine`);

/** Verbs of speech that make a bare capitalised word beside them a person: "Sarmiento said". */
export const SPEECH_VERBS = set(`
  said says told added wrote argued continued explained noted stated tweeted posted testified claimed warned asked
  replied insisted recalled acknowledged admitted announced answered believes believed complained conceded confirmed
  contended countered cautioned declared denied emphasized emphasised estimated insists maintained observed predicted
  remarked reported responded stressed suggested urged tells adds writes argues explains notes warns`);

/** Capitalised function words that begin sentences and never start a name. */
export const FUNCTION_WORDS = set(`
  The A An In On At By For From To Of With Without As After Before Since While When Where Whether If Though Although
  Because But And Or Nor So Yet Also Then Thus However Meanwhile Moreover Further Furthermore Initially Earlier Later
  Last Next This That These Those There Here It Its He She They We You I His Her Their Our My Your Who Whom Whose What
  Which Why How Some Many Most More Much Few Several All Both Each Every Any No Not None Neither Either Other Others
  Another Such I’ve I've I’m I'm I’ll I'll I’d I'd
  Under Over Into Onto Upon During Until Through Across Among Amid Against Between Within Outside Inside Despite
  Including According Like Unlike Per Via Once Still Even Just Only Now Today Tonight Yesterday Tomorrow Instead
  Indeed Already Recently Currently Eventually Finally Ultimately Nearly Almost About Around Roughly Approximately
  Newly Dear Please Yes Oh Is Are Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should May Might Must
  Shall Let Federal State National Local Public Private`);

export const MONTHS = set(`January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`);

export const WEEKDAYS = set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`,
);

/** Particles inside surnames: "Tren de Aragua" is not a person, but "Beto O'Rourke" and "Ludwig van Beethoven" are. */
export const NAME_PARTICLES = set(`de da del della der di du la le van von bin ibn al el dos das`);

/** Generational suffixes that follow a surname and are not part of it. */
export const NAME_SUFFIXES = set(`Jr Jr. Sr Sr. II III IV`);

/** Prepositions that put the capitalised word after them in a place: "in Austin". */
export const LOCATIVE_WORDS = set(
  `in to from at near across outside around throughout within into of via toward towards`,
);

/** Is the last word of `before` one that puts the next in a place ("in Abaco", "on Abaco")? */
export function locativeBefore(before: string): boolean {
  const word = /(\p{L}+) $/u.exec(before)?.[1].toLowerCase();
  return !!word && (LOCATIVE_WORDS.has(word) || word === 'on');
}

/**
 * A kind of place in apposition after a name, at `at` (the name's end): "Hassan Gilyan, a small village sitting
 * …", "Mayfield, a town of 10,000". The kind ends its phrase, so "Tom Smith, a town councillor" is no place, nor
 * "Sgt. Ramirez, a city of Houston police officer".
 */
export function placeApposedAt(text: string, at: number): boolean {
  return text.startsWith(', a', at) && PLACE_APPOSITIVE.test(text.slice(at, at + 60));
}
const PLACE_APPOSITIVE = new RegExp(
  String.raw`^, an? (?:[a-z-]+ ){0,3}(?:town|city|village)(?:[,.;:)]|$| of (?!\p{Lu})| (?:in|near|on|about|` +
    String.raw`outside|north|south|east|west|that|which|where|with|sitting|located|perched|home|known|some|just)\b)`,
  'u',
);

/** Words that head an event's name: "Hurricane Sandy", "Rana Plaza Collapse". */
export const EVENT_HEADS = set(`
  Storm Hurricane Typhoon Cyclone Tropical Wildfire Fire Flood Earthquake Tornado Blizzard Collapse Explosion Blast
  Crash Disaster`);

/** Head words of geographic and event names: "Harris County" is a place, never a person. */
export const PLACE_HEADS = set(`
  Country County Parish ${[...EVENT_HEADS].join(' ')}
  Borough Township Province Region District Valley River Lake Mountains Mountain Bay Beach Coast Creek Canyon Island
  Channel Canal Run Bayou Gate Garden Gardens
  Islands Peninsula Desert Forest Highlands Prefecture Oblast Governorate Emirate Territory City Town Village`);

/** Plural nouns for what reports count, capitalised in tables and headings, never a name's: "Confirmed Deaths". */
export const COUNT_NOUNS = set(`
  Deaths Injuries Casualties Fatalities Cases Victims Evacuees Refugees Homes Houses Arrests`);

/** Plural and collective nouns that stand before "said" without being anyone's name: "Officials said". */
export const GROUP_NOUNS = set(`
  Officials Authorities Police Residents Witnesses Experts Rescuers Investigators Prosecutors Researchers Scientists
  Critics Advocates Activists Organizers Organisers Analysts Doctors Nurses Teachers Workers Protesters Protestors
  Lawmakers Legislators Officers Firefighters Neighbors Neighbours Survivors Families Parents Students Leaders
  Sources Observers Supporters Opponents Economists Forecasters Meteorologists Volunteers Employees Managers
  Executives Citizens Locals Voters Judges Agents Troops Soldiers Diplomats Negotiators Regulators Insurers Engineers
  Inspectors Rangers Paramedics Medics Hospitals Schools Companies Democrats Republicans Conservatives Liberals
  Progressives Unions Members Staff Spokespeople Representatives Administrators Farmers Drivers Passengers Tenants
  Landlords Owners Businesses Shoppers Customers Fans Players Coaches Guards Crews Rescue`);
