import type { Actor, ActorPhrase, Mention } from "../model/actor.js";
import { fold } from "../model/token.js";
import { inGrammar, type Grammar } from "../data/knowledge.js";
import type { Gender } from "./gender.js";
import type { Antecedent } from "../data/schemas.js";
import { singleOfficeRoles } from "./offices.js";

/** What the discourse so far offers to resolve "ambos países", "he", "el diplomático". */
export interface Discourse {
  /** Actors with an identity, most recent last. */
  seen: Actor[];
  /** The two parties of the most recent two-sided event. */
  lastPair: [Actor, Actor] | null;
  /** The parties of the most recent act by or on three or more countries ("Mali, Niger and Burkina Faso"). */
  lastGroup?: Actor[];
  /** Country the document is about (dateline, else most named), for generic actors. */
  home: string | null;
  /** The country whose state bare state nouns ("the government", "the army") stand for: home, unless the story never
   * names home's state but names another's (a Gaza story telling what Israel's cabinet did). */
  stateHome?: string | null;
  /** The next most likely country of the document, for a generic body that deals with the home country. */
  runnerUp?: string | null;
  /** Phrases with an identity, with their resolved actor, most recent last. */
  seenPhrases?: { phrase: ActorPhrase; actor: Actor }[];
  /** The person the previous sentence's first event was done by, for a sentence-initial "he"/"she". */
  topic?: Actor | null;
  /** The country or body the previous sentence opened with, for an "it" opening the next ("The EU had been pursuing a
   * deal… Yet it still got a letter"). */
  topicBody?: Actor | null;
  /** Who said the quotation the previous sentence gave, for a quotation that goes on in a sentence of its own. */
  quoteSpeaker?: Actor[] | null;
  /** Where the sentence being resolved starts in the text. */
  sentenceStart?: number;
  /** The date of the latest event whose sentence named a date. */
  lastDate?: string;
  /** People's gender as the text or their given name marks it, by name. */
  genders?: Map<string, Gender>;
  /** Roles that name a body or a crowd ("la policía"), which a bare mention does not make a person's. */
  collective?: ReadonlySet<string>;
  /** Epithets that stand for what was named last ("the bloc", "la dependencia", "los uniformados"), by entry id. */
  epithets?: ReadonlyMap<string, Antecedent>;
  /** Names the text used for single people (not groups or bodies), for number agreement. */
  persons?: Set<string>;
  /** Who adopted or issued each text the story named ("the UN Security Council passed a resolution"), by its noun. */
  texts?: Map<string, Actor[]>;
  /** The country of the place the story's last crowd of no stated country acted in (rule source.crowd-place). */
  crowdPlace?: string;
  /** Who the document names as mediators in apposition ("Egipto y Catar, mediadores…"), for "los mediadores". */
  namedMediators?: Actor[];
  /** The doers of the latest mediation told ("Qatar mediated between…"), for "the mediators" when none is named. */
  mediators?: Actor[];
}

/** What an anaphor demands of its antecedent: gender ("ella", "la mandataria") and number ("ellos", "they"). */
export interface Agreement { gender: Gender | null; plural: boolean }

/** Does `x` agree with what the anaphor demands? Unknown gender agrees with anything. */
export function agrees(d: Discourse, x: Actor, want: Agreement | undefined): boolean {
  if (!want) return true;
  const person = x.name !== null && (d.persons?.has(x.name) ?? false);
  if (want.plural && person) return false;
  if (!want.gender || !x.name) return true;
  const g = d.genders?.get(x.name);
  return !g || g === want.gender;
}

const BODY_KINDS = new Set(["org", "group", "institution"]);
const STATE_NAMES = new Set(["metonym", "place"]);
const STATE_BODY = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
const FORCES = new Set(["MIL", "COP"]);
/** The sector of a former office holder, and of a bare title of past office ("the former minister", "el exministro"). */
const FORMER = "ELI";
/** Sectors of the groups "ese grupo armado", "the militia" may stand for: rebels, irregulars, militias, cartels. */
const ARMED = new Set(["REB", "UAF", "PRM", "CRM"]);
/** A group the story named by its name ("el ELN", "Los Lobos", "Morena"), of one of `sectors` (any, if none given). */
const namedGroup = (p: ActorPhrase, a: Actor, sectors?: ReadonlySet<string>): boolean =>
  p.parts.some((m) => m.kind === "group") && (!sectors || sectors.has(a.sector ?? ""));
const ONE = (sector: string): ReadonlySet<string> => new Set([sector]);
const CRIMINAL = ONE("CRM");
const PARTY = ONE("PTY");
const LABOUR = ONE("LAB");
const REBELS = ONE("REB");
/** What each kind of epithet may stand for. */
const ANTECEDENTS: Record<Antecedent, (p: ActorPhrase, a: Actor) => boolean> = {
  // ("el Consejo Nacional de Seguridad… el organismo": a name its body word made a body, remembered with its sector.)
  body: (p, a) => !!(a.org || a.country) && (p.parts.some((m) => BODY_KINDS.has(m.kind)) || readAsBody(p, a)),
  agency: (p, a) => !!a.country && STATE_BODY.has(a.sector ?? "") && p.parts.some((m) => m.kind === "institution"),
  force: (_, a) => FORCES.has(a.sector ?? ""),
  armed: (p, a) => namedGroup(p, a, ARMED),
  criminal: (p, a) => namedGroup(p, a, CRIMINAL),
  party: (p, a) => namedGroup(p, a, PARTY),
  union: (p, a) => (namedGroup(p, a, LABOUR) || (a.sector === "LAB" && p.parts.some((m) => m.kind === "institution"))),
  // "the rebels", "los guerrilleros": the rebel group named before.
  rebel: (p, a) => namedGroup(p, a, REBELS),
  // "la agrupación", "the group": a group the story named.
  group: (p, a) => namedGroup(p, a),
  // "esta organización", "the organisation": a named group or an international organisation, never a state's body.
  organisation: (p, a) => namedGroup(p, a) || (!!a.org && p.parts.some((m) => m.kind === "org")),
  // "the 62-year-old": a person the story named by name (see storyPerson).
  person: (p, a) => personLike(a) && !a.org && p.parts.some((m) => m.kind === "person" || m.kind === "name"),
};
const identified = (a: Actor): boolean => a.country !== null || a.org !== null;
/** An unknown name the discourse stage read as a body (src/pipeline/index.ts asBody): a bare name with a sector. */
const readAsBody = (p: ActorPhrase, a: Actor): boolean => a.sector !== null && p.parts.length > 0 && p.parts.every((m) => m.kind === "name");
const personLike = (a: Actor): boolean => a.name !== null && (a.sector !== null || a.country !== null);

/** Two actors for "ambos países" / "the two leaders": the last pair, else the last two of different countries. */
export function resolvePair(d: Discourse, phrase: ActorPhrase): Actor[] {
  let pair: Actor[] | null = d.lastPair;
  if (!pair) {
    const seen = [...d.seen].reverse();
    const a = seen.find(identified);
    const b = a && seen.find((x) => identified(x) && (x.country ?? x.org) !== (a.country ?? a.org));
    pair = a && b ? [b, a] : null;
  }
  if (!pair) return [phrase.actor];
  // "ambas dependencias" says what the two are; "the two men" says nothing about their office.
  const sector = phrase.parts.find((m) => m.kind === "role" && m.entryId !== "role.individual")?.sector ?? null;
  return pair.map((p) => ({ ...p, text: phrase.actor.text, start: phrase.actor.start, end: phrase.actor.end, sector: sector ?? p.sector }));
}

/** "the three", "the three nations": the parties of the latest act by or on three or more countries; unresolved
 * (no country) when the story named no such group, never a guess. */
export function resolveGroup(d: Discourse, phrase: ActorPhrase): Actor[] {
  if (!d.lastGroup) return [phrase.actor];
  return d.lastGroup.map((p) => ({ ...p, text: phrase.actor.text, start: phrase.actor.start, end: phrase.actor.end }));
}

/** A pronoun or a bare role ("el diplomático", "he") takes the identity of the latest fitting actor. */
export function resolveAnaphor(d: Discourse, phrase: ActorPhrase, g: Grammar, exclude: readonly Actor[] = [], want?: Agreement, behind = false): Actor {
  const a = phrase.actor;
  // "el secretario de Estado" after "el secretario de Estado de Estados Unidos": the same role named before.
  const aged = agedRole(phrase, d.epithets);
  const role = phrase.parts.length === 1 ? phrase.parts[0]!.entryId : aged?.entryId ?? null;
  const same = role ? [...(d.seenPhrases ?? [])].reverse().find((s) => s.actor.country && s.phrase.parts.some((m) => m.entryId === role) && agrees(d, s.actor, want)) : undefined;
  if (same) return { ...same.actor, text: a.text, start: a.start, end: a.end };
  // "el presidente" after "El presidente del Gobierno, Pedro Sánchez, y … el rey Mohamed VI": a bare role noun is the
  // person last named with a title that holds the same noun (under another role entry), before any other person.
  const noun = role ? fold(a.text).split(/\s+/).at(-1)! : "";
  const titled = role && noun.length > 3
    ? [...(d.seenPhrases ?? [])].reverse().find((s) => s.actor.country && s.actor.name !== null && s.phrase.parts.some((m) => m.kind === "person") &&
      s.phrase.parts.some((m) => m.kind === "role") && fold(s.actor.text).split(/[^\p{L}]+/u).includes(noun) && agrees(d, s.actor, want))
    : undefined;
  if (titled) return { ...titled.actor, text: a.text, start: a.start, end: a.end };
  // ("The 74-year-old premier" names the office of a person the story titled so; none titled so: the role as read.)
  if (aged) return a;
  // "the bloc", "el organismo": the international organisation, group or institution named last, never a person;
  // "la dependencia": the state's institution named last; "los uniformados": the police or military force.
  const epithet = role ? d.epithets?.get(role) : undefined;
  if (epithet === "person") {
    const person = storyPerson(d, want);
    return person ? { ...person, text: a.text, start: a.start, end: a.end } : a;
  }
  if (epithet) {
    const fits = ANTECEDENTS[epithet];
    const body = [...(d.seenPhrases ?? [])].reverse().find((s) => fits(s.phrase, s.actor) && !s.phrase.parts.some((m) => m.kind === "person"));
    return body ? { ...body.actor, text: a.text, start: a.start, end: a.end } : a;
  }
  // Institutions named by a bare role ("la Administración federal", "the police") do not point to a person.
  if (role && d.collective?.has(role)) return a;
  const wantSector = a.sector;
  const sameName = (x: Actor, y: Actor) => x.name !== null && x.name === y.name;
  // "Opposition candidate X rejected the ruling… the spokesman accused the former minister of…", "el exfuncionario
  // negó los cargos": a bare title of past office points back to the person the story named last who holds no office
  // of the state now (an opposition leader, a businessman, a former official), and is coded as that person is.
  // (As "the 61-year-old", it is the protagonist of the latest sentence that names such a person, not a name told in
  // passing after it: "…al exministro X, investigado por compras durante la gestión de Luis Arce. El exfuncionario…")
  if (role && wantSector === FORMER) {
    const former = storyPerson(d, want, (x) => x.start < a.start && !STATE_BODY.has(x.sector ?? "") && !exclude.some((e) => sameName(x, e)));
    if (former) return { ...former, text: a.text, start: a.start, end: a.end };
  }
  // "Syria says it will not…", "Palestinian leaders said they would…": "it" is a country or a body, "they" may be
  // either; "he"/"she" are people.
  const word = fold(a.text);
  // Only a body named just before (same sentence, in practice): "it" further back is more often a thing or an event.
  const near = (x: Actor) => x.start >= (d.sentenceStart ?? 0) && x.start < a.start && a.start - x.start <= 120;
  // ("…autopistas de acceso a París…, a algunos de ellos": a city, or a capital standing for its state, is no group.)
  const stateNamed = (x: Actor) => !!d.seenPhrases?.some((s) => s.actor.start === x.start && s.phrase.parts.every((m) => STATE_NAMES.has(m.kind)));
  // …a group of no known country too, for "they": "union workers said they will not end the strike" ("it" is a body
  // or a country: "sanctioned six companies it accused of…" is the Treasury's accusation).
  // ("the Biden administration said it would…": a government named by its leader is a body too.)
  const ledBody = (x: Actor) => !!d.seenPhrases?.some((s) => s.actor.start === x.start && s.phrase.parts.some((m) => m.kind === "role" && d.collective?.has(m.entryId ?? "")));
  // ("the country's Investigative Committee": a name its body word made a body, remembered with its sector.)
  const namedBody = (x: Actor) => !!d.seenPhrases?.some((s) => s.actor === x && readAsBody(s.phrase, x));
  const body = (x: Actor) => inGrammar(g, "body_pronouns", word) && near(x) && (identified(x) || (!!want?.plural && x.sector !== null)) && (x.name === null || x.org !== null || ledBody(x) || namedBody(x));
  // (With `behind`, the pronoun is a verb's object, which stands for someone named before it: resolved again once its
  // sentence is read, the whole sentence is in memory, "…accusing them of inciting violence against Palestinians";
  // "among them Mali, Niger…" names them after.)
  const ok = (x: Actor) => (!behind || x.start < a.start) && (wantSector === null || x.sector === wantSector) && !exclude.some((e) => sameName(x, e)) && agrees(d, x, want);
  // "los pescadores fueron trasladados… el consulado les brinda asistencia": a plural object pronoun stands for a
  // group named before (a plural noun with no name), the nearest one not its own clause's subject.
  const group = want?.plural && !inGrammar(g, "body_pronouns", word)
    ? [...d.seen].reverse().find((x) => x.name === null && x.org === null && x.sector !== null && identified(x) && !stateNamed(x) && !exclude.some((e) => e.start === x.start) && ok(x))
    : undefined;
  // ("…was flown to Guwahati. The CBI has accused him": "he", "him", a bare role are never a place named in passing;
  // only "it"/"they" may stand for a state named by its capital.)
  // ("the justice minister" after "Romania's president": one office named for another is another person.)
  const offices = singleOfficeRoles();
  const otherOffice = (x: Actor) => !!role && offices.has(role) && !!d.seenPhrases?.some((s) => s.actor.start === x.start && s.phrase.parts.some((m) => m.kind === "role" && m.entryId !== role && offices.has(m.entryId ?? "")));
  // ("Hossain said India's Border Security Force had pushed… he said": "he", "she" are no body a name stands for, an
  // agency or an organisation with no person in its phrase.)
  const bodyNamed = (x: Actor) => inGrammar(g, "person_pronouns", word) && !!d.seenPhrases?.some((s) => s.actor.start === x.start &&
    s.phrase.parts.some((m) => BODY_KINDS.has(m.kind)) && !s.phrase.parts.some((m) => m.kind === "person" || (m.kind === "role" && !d.collective?.has(m.entryId ?? ""))));
  const person = (x: Actor) => personLike(x) && (inGrammar(g, "body_pronouns", word) || (!stateNamed(x) && !bodyNamed(x))) && !otherOffice(x);
  const found = group ?? [...d.seen].reverse().find((x) => body(x) && ok(x)) ?? [...d.seen].reverse().find((x) => person(x) && ok(x));
  return found ? { ...found, text: a.text, start: a.start, end: a.end } : a;
}

/**
 * "Police arrested journalist Blessed Mhlanga over an interview with Blessed Geza, who has urged President Emmerson
 * Mnangagwa to resign. The 61-year-old was charged…": a person named by age alone is the sentence's protagonist, the
 * first person named in the latest sentence that names one (not the last named there, often a relative clause's).
 */
function storyPerson(d: Discourse, want?: Agreement, also: (x: Actor) => boolean = () => true): Actor | null {
  const seen = d.seenPhrases ?? [];
  const fits = (k: number) => ANTECEDENTS.person(seen[k]!.phrase, seen[k]!.actor) && agrees(d, seen[k]!.actor, want) && also(seen[k]!.actor);
  let last = seen.length - 1;
  while (last >= 0 && !fits(last)) last--;
  if (last < 0) return null;
  // (Mentions are kept in text order: going back, a phrase that starts no earlier than the one after it opens another
  // sentence.)
  let first = last;
  for (let k = last - 1; k >= 0 && seen[k]!.phrase.first < seen[k + 1]!.phrase.first; k--) if (fits(k)) first = k;
  return seen[first]!.actor;
}

/**
 * A bare role with a definite article and no country or name refers back ("el diplomático", "the minister"); an
 * epithet does with a plural article too ("los uniformados"), and after a demonstrative or a definite article joined
 * to a preposition ("ese grupo armado", "dicha organización", "al partido", "this group"; grammar
 * referring_determiners).
 */
export function isDefiniteBareRole(phrase: ActorPhrase, before: string, g: Grammar, epithets?: ReadonlyMap<string, Antecedent>): boolean {
  const role = phrase.parts.length === 1 && phrase.parts[0]!.kind === "role" && phrase.actor.country === null ? phrase.parts[0]! : null;
  if (!role) return !!agedRole(phrase, epithets) && inGrammar(g, "definite_articles", before);
  if (inGrammar(g, "definite_articles", before)) return true;
  // ("acusó al exministro", "ese exfuncionario": a title of past office is an epithet of a person named before.)
  return (!!epithets?.has(role.entryId ?? "") || role.sector === FORMER) && (inGrammar(g, "plural_definite_articles", before) || inGrammar(g, "referring_determiners", before));
}

/**
 * "The 74-year-old premier", "the 64-year-old president": an age epithet (a person epithet, see storyPerson) before a
 * single role noun, with no country: the role part, which names the office of a person named before; else null.
 */
export function agedRole(phrase: ActorPhrase, epithets?: ReadonlyMap<string, Antecedent>): Mention | null {
  const [age, role] = phrase.parts;
  if (phrase.parts.length !== 2 || phrase.actor.country !== null || !age || !role || role.kind !== "role" || role.entryId === null) return null;
  return epithets?.get(age.entryId ?? "") === "person" && age.last === role.first ? role : null;
}

/**
 * A name alone ("González", "De la Fuente") after a full mention ("Edmundo González Urrutia") is that person.
 * @example resolveShortName(d, phrase("González")) // the actor of "El opositor Edmundo González Urrutia"
 */
export function resolveShortName(d: Discourse, phrase: ActorPhrase, g?: Grammar): Actor | null {
  if (!phrase.parts.length || !phrase.parts.every((m) => m.kind === "name")) return null;
  // "Al-Thani" after "Mohammed bin Abdulrahman Al Thani": a surname's particle may be written with a hyphen or without.
  const all = fold(phrase.actor.text).split(/[\s-]+/);
  // "Gen Burhan", "Col Doumbouya": a rank written short and without a point is no part of the name.
  let lead = 0;
  while (g && lead < all.length - 1 && inGrammar(g, "short_ranks", all[lead]!)) lead++;
  const words = all.slice(lead);
  const found = [...d.seen].reverse().find((x) => {
    if (!x.name || !(x.country || x.sector)) return false;
    const full = fold(x.name).split(/[\s-]+/);
    return full.length >= words.length && full.some((_, k) => words.every((w, j) => full[k + j] === w));
  });
  return found ? { ...found, text: phrase.actor.text, start: phrase.actor.start, end: phrase.actor.end } : null;
}

/**
 * "Russia said its forces had gained ground", "the unions said their members would strike": a bare role after a
 * body's possessive determiner belongs to the latest country or body named before it in the same sentence (never a
 * person's, for "its"); null when the sentence names none before it.
 * @example resolvePossessed(d, phrase("its forces"), g, "its") // RUS, sector of "forces" (MIL), after "Russia said…"
 */
export function resolvePossessed(d: Discourse, phrase: ActorPhrase, g: Grammar, before: string, opener = ""): Actor | null {
  const a = phrase.actor;
  if (!inGrammar(g, "body_possessives", before) || a.country !== null || a.org !== null || a.name !== null) return null;
  // (A language that lists openers takes the possessive only right after one: Spanish "que sus fuerzas…".)
  const openers = g.get("body_possessive_openers");
  if (openers && openers.size > 0 && !openers.has(opener)) return null;
  if (!phrase.parts.length || !phrase.parts.every((m) => m.kind === "role")) return null;
  const inSentence = (x: Actor) => x.start >= (d.sentenceStart ?? 0) && x.end <= a.start;
  // "China will tax Canadian canola, its commerce ministry said": a nationality standing alone before a thing is no
  // noun a possessive can point back to.
  const nationalities = new Set((d.seenPhrases ?? []).filter((s) => s.phrase.parts.every((m) => m.kind === "demonym")).map((s) => s.actor));
  const owner = [...d.seen].reverse().find((x) => inSentence(x) && identified(x) && (x.name === null || x.org !== null) && !nationalities.has(x));
  return owner ? { ...a, country: owner.country, org: owner.country ? null : owner.org } : null;
}

/**
 * "The opposition denied it. Its leader, Kalonzo Musyoka, demanded…": a body's generic head ("leader", "head", "chief"),
 * named or not, after "its"/"their" heads the body the previous sentence opened with, and takes its sector and country.
 */
export function headOfPossessor(d: Discourse, phrase: ActorPhrase, g: Grammar, before: string, opener = ""): Actor | null {
  if (!inGrammar(g, "body_possessives", before) || !d.topicBody?.sector || phrase.actor.org !== null) return null;
  const openers = g.get("body_possessive_openers");
  if (openers && openers.size > 0 && !openers.has(opener)) return null;
  if (!phrase.parts.some((m) => m.entryId === HEAD_OF) || !phrase.parts.every((m) => m.entryId === HEAD_OF || m.kind === "name")) return null;
  const owner = d.topicBody;
  return { ...phrase.actor, country: phrase.actor.country ?? owner.country, sector: owner.sector };
}
const HEAD_OF = "role.head-of";
