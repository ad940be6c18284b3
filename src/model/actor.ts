/** An actor as the output shows it (see README, "Output contract"). */
export interface Actor {
  text: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  org: string | null;
  start: number;
  end: number;
}

/** What the knowledge base says a span of text is. */
export type ActorKind =
  | "country" | "metonym" | "demonym" | "institution" | "org" | "role" | "person" | "group" | "place" | "name";

/** A recognised span in a sentence: token range plus what it denotes. */
export interface Mention {
  readonly kind: ActorKind;
  /** Token indexes within the sentence, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly entryId: string | null;
  readonly name: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly org: string | null;
}

/** Several mentions read as one actor ("el canciller mexicano Juan Ramón de la Fuente"). */
export interface ActorPhrase {
  readonly first: number;
  readonly last: number;
  readonly parts: Mention[];
  actor: Actor;
  /** True for "ambos países", "the two leaders": stands for two earlier actors. */
  readonly pair: boolean;
  /** True for "the three", "the three nations": stands for the latest group of three or more parties named. */
  readonly group?: boolean;
  /** True for pronouns and definite descriptions that refer back ("he", "el diplomático"). */
  readonly anaphor: boolean;
}
