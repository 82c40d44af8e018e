/** Plain data produced by the analysis core. Offsets are UTF-16 code units into the decoded text. */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** 0-based line of the sentence start. */
  line: number;
  /** A line with no final punctuation at the top of the article (a headline) or a short title-like line. */
  headline: boolean;
}

export type EntityKind = 'person' | 'place' | 'organisation';

/** A region is a country's province, state or region abroad ("Punjab", "Canterbury"). */
export type PlaceKind = 'city' | 'district' | 'county' | 'state' | 'region' | 'country' | 'continent';

/** How a person mention was recognised; decides how much it can introduce. */
export type PersonEvidence = 'full-name' | 'titled' | 'speech' | 'surname';

export interface PersonMention extends Span {
  kind: 'person';
  text: string;
  /** Name tokens as written, without title or possessive ("Tom Homan", "Homan"). */
  name: string;
  first?: string;
  surname: string;
  evidence: PersonEvidence;
  /** Title or role as written in this article ("ICE acting Director", "border czar"). */
  role?: string;
  /**
   * Written where a place goes ("in Val Verde"): with no other sign of a person anywhere, it is a place the gazetteer
   * lacks.
   */
  placeLike?: boolean;
}

export interface PlaceMention extends Span {
  kind: 'place';
  text: string;
  /** Gazetteer id of the place ("city:US-PA-Philadelphia"). */
  placeId: string;
}

/** An organisation named by its name or its acronym ("Federal Emergency Management Agency", "FEMA"). */
export interface OrganisationMention extends Span {
  kind: 'organisation';
  text: string;
  /** The acronym: the mention itself when it is one, or the one defined beside the name ("… (ICE)"). */
  acronym?: string;
  /** For an acronym defined beside its name, the name it stands for. */
  expands?: string;
  /** Found in a line of capitals (a table, a banner): kept only when the corpus knows the name elsewhere. */
  shouted?: boolean;
}

export type Mention = PersonMention | PlaceMention | OrganisationMention;

/** A capitalised word that may be a bare surname once the corpus knows that surname. */
export interface NameCandidate extends Span {
  text: string;
  /** A name word right before it ("Ivanka" in "Ivanka Trump"): a given name once the surname is known. */
  given?: Span & { text: string };
}

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO country code. */
  country: string;
  /** US state code for US places. */
  admin?: string;
  population: number;
  aliases: string[];
  /** A small town: named only when its state is given next to it. */
  minor?: boolean;
  /** The city a district belongs to. */
  partOf?: string;
}

export interface DocumentNotice {
  severity: 'info' | 'warning';
  message: string;
}
