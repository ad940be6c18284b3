import { has, isFiniteVerb } from "../data/grammar.js";
import type { Grammar } from "../data/knowledge.js";
import type { Actor, ActorPhrase, Mention } from "../model/actor.js";
import { fold, type Token } from "../model/token.js";
import { alternation, anyPack, anyPackOf, phraseEndsAt } from "./words.js";

// The words come from the language packs' grammar lists (data/lexicon/<lang>/grammar.json).
const POSSESSIVE = anyPack("possessive_clitics");
const OF = anyPackOf("of_preps", "possessive_clitics");
const DETS = anyPack("actor_determiners");
const COORD = new Set([...anyPack("and"), ","]);
const COORD_FILLER = new Set([...COORD, ...anyPack("list_fillers")]);
// "Guzmán López and six men", "el canciller y dos funcionarios": a number inside a list.
const COUNTS = anyPack("list_counts");
const COUNT_WORD = { test: (w: string): boolean => /^\d+$/.test(w) || COUNTS.has(w) };
const MEMBER_NOUNS = anyPack("member_nouns");
const PROTEST_NOUNS = anyPack("protest_nouns");
// The role of people who back someone (data/actors/roles-fresh11-es.json).
const SUPPORTERS = "role.supporters";
const MEMBERS = { test: (w: string): boolean => MEMBER_NOUNS.has(w) };
const POSTING = anyPack("posting_preps");
const SPEAKS_FOR = anyPack("speaks_for_preps");
const INSIDE = anyPack("inside_preps");
const ORIGIN = anyPack("origin_links");
const AFFILIATION = anyPack("affiliation_preps");
const ATTRIBUTION = anyPack("attribution_openers");
const ALIAS = anyPack("alias_words");
const HONORIFICS = anyPack("name_honorifics");
const TITLE_ADJECTIVES = anyPack("title_adjectives");
const OFFICE_SECTORS = new Set(["GOV", "JUD", "LEG", "ELI"]);
// The sector of a protest's people, when the text names them by no trade or party.
const PROTESTERS = "CVL";
/** An article stands in a gap ("de la", "del"). */
const articled = (gap: readonly string[]): boolean => gap.some((g) => DETS.has(g) || DEFINITE.has(g));
/** Sectors of bodies of civil society a title may head ("el presidente de la central sindical"). */
const CIVIL_SECTORS = new Set(["LAB", "SOC", "BUS", "AGR", "EDU", "MED", "REL", "JRN"]);
/** Sectors of a title that may head a state body ("el exdirector de la Policía", "la exministra de Gobierno"). */
const TITLE_SECTORS = new Set([...OFFICE_SECTORS, "MIL", "COP"]);
const HEADS = new Set(["role", "institution", "group", "org", "person", "name", "metonym", "country", "demonym"]);

/** Tokens strictly between two mentions. */
const between = (tokens: readonly Token[], a: { last: number }, b: { first: number }): Token[] => tokens.slice(a.last, b.first);

// Can mention `b` extend the phrase that ends with `a`? ("el canciller mexicano", "Presidenta de México",
// "el secretario de Estado, Marco Rubio", "Secretaría de Relaciones Exteriores (SRE)", "Mexico's President").
function joins(tokens: readonly Token[], phrase: Mention[], b: Mention, next?: Mention): boolean {
  const a = phrase.at(-1)!;
  // Every joining gap below is short, but for "of" behind determiners: a long gap with two other words (a leading
  // ")" aside, as below) joins nothing.
  if (b.first - a.last > LONGEST_GAP && tokens.slice(a.last, b.first).filter((t, i) => !(i === 0 && t.norm === ")") && !DETS.has(t.norm)).length > 1) return false;
  const gap = between(tokens, a, b).map((t) => t.norm).filter((g, i) => !(g === ")" && i === 0));
  const kinds = new Set(phrase.map((m) => m.kind));
  if (gap.length === 0) return !(a.kind === "country" && b.kind === "country") && !(a.kind === "person" && b.kind === "person");
  if (gap.length === 1 && gap[0] === "(" && tokens[b.last]?.text === ")") return true;
  // "John R. Bass", "Michael R. Pompeo": a middle initial's full stop does not end the name.
  if (gap.length === 1 && gap[0] === "." && /^\p{Lu}$/u.test(tokens[a.last - 1]?.text ?? "") && ["name", "person"].includes(b.kind) && (kinds.has("name") || kinds.has("person"))) return true;
  // "Foreign Minister Dr Khalid Al Attiyah", "el canciller Dr. Cafiero": an honorific between an office and its holder.
  if (gap.length <= 4 && gap.every((g) => HONORIFICS.has(g)) && gap.some((g) => g !== ".") && (kinds.has("role") || kinds.has("name")) && ["name", "person"].includes(b.kind)) return true;
  // "Argentina's main labor federations", "Russia's top diplomat": a possessive with a ranking word before the title;
  // a count may come first ("Russia's two biggest oil companies", "Portugal's two main union confederations").
  if ((gap.length === 2 || gap.length === 3) && POSSESSIVE.has(gap[0]!) && gap.slice(1).every((g, i) => RANKING.has(g) || (i === 0 && /^\d+$/.test(g)))) {
    return ["country", "metonym", "org", "institution", "group"].includes(a.kind) && ["role", "institution"].includes(b.kind);
  }
  // "the Palestinian group Hamas", "the Lebanese militant group Hezbollah": a kind of body between its nationality and
  // its name.
  if (gap.length <= 2 && gap.every((g) => BODY_NOUNS.has(g)) && phrase.every((m) => m.kind === "demonym" || m.kind === "role") &&
    kinds.has("demonym") && ["group", "org", "institution", "name"].includes(b.kind)) return true;
  // "UN humanitarian chief Tom Fletcher", "U.S. peace envoy Zalmay Khalilzad": a word or two naming the field of a
  // body's officer, between the body and the title, with the officer's name right after it.
  const between2 = between(tokens, a, b);
  if (gap.length <= 2 && FIELD_HOLDERS.has(a.kind) && b.kind === "role" && OFFICER_TITLES.has(b.entryId ?? "") && ["name", "person"].includes(next?.kind ?? "") && next!.first === b.last &&
    between2.every((t) => /^\p{Ll}+$/u.test(t.text) && FIELD_TAGS.has(t.pos))) return true;
  // "The United Nations human rights chief on Tuesday called on…", "the UN humanitarian chief urged…": an international
  // body's name says whose officer the title is with no name after it, as its possessive does below.
  if (gap.length >= 1 && gap.length <= 2 && a.kind === "org" && b.kind === "role" && OFFICER_TITLES.has(b.entryId ?? "") &&
    between2.every((t) => /^\p{Ll}+$/u.test(t.text) && FIELD_TAGS.has(t.pos))) return true;
  // "The EU's diplomatic chief on Monday rejected…", "the UN's human rights chief": after the body's possessive, the
  // field words make the title the body's officer with no name after it too (the possessive says whose officer).
  if (gap.length >= 2 && gap.length <= 3 && POSSESSIVE.has(gap[0]!) && FIELD_HOLDERS.has(a.kind) && b.kind === "role" && OFFICER_TITLES.has(b.entryId ?? "") &&
    between2.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text) && FIELD_TAGS.has(t.pos))) return true;
  // "el senador republicano Lindsey Graham", "el presidente interino Fabián Alarcón": a lower-case adjective of the title
  // between it and its holder's name.
  if (gap.length === 1 && phrase.every((m) => m.kind === "role") && ["name", "person"].includes(b.kind) && titleQualifier(between2[0]!)) return true;
  // "dos embarcaciones pesqueras ecuatoguineanas", "aviones militares venezolanos": a lower-case adjective of kind
  // (grammar noun_adjective_endings) between a noun of people or things and the nationality after it.
  if (gap.length === 1 && b.kind === "demonym" && phrase.every((m) => m.kind === "role" && !OFFICE_SECTORS.has(m.sector ?? "")) && kindAdjective(between2[0]!)) return true;
  const ofGap = gap.filter((g) => !DETS.has(g));
  if (ofGap.length === 1 && OF.has(ofGap[0]!)) {
    // "The Law Society of Kenya", "the Bar Association of India": an unknown body's name, its head last, and the state
    // after "of" whose body it is.
    const namedBody = phrase.length === 1 && a.kind === "name" && BODY_LAST.has(tokens[a.last - 1]?.norm ?? "") && b.kind === "country" && !POSSESSIVE.has(ofGap[0]!);
    if (namedBody) return true;
    // "la Oficina de la OEA en la Zona de Adyacencia", "la Misión de la ONU para el Referéndum…": an unknown body's name,
    // its body word first, then the international organisation it is a unit of.
    const orgUnit = phrase.length === 1 && a.kind === "name" && b.kind === "org" && !POSSESSIVE.has(ofGap[0]!) && tokens[a.last]?.norm === ofGap[0] &&
      a.last - a.first === 1 && BODY_FIRST.has(tokens[a.first]?.norm ?? "");
    if (orgUnit) return true;
    // "la Cámara Paraguaya de Exportadores": a chamber's or federation's name, then the people of civil society it
    // gathers, whose sector is the body's.
    const fieldBody = phrase[0]!.kind === "name" && FIELD_HEADS.has(tokens[phrase[0]!.first]?.norm ?? "") && phrase.every((m) => m.kind === "name" || m.kind === "demonym") &&
      b.kind === "role" && CIVIL_SECTORS.has(b.sector ?? "") && !POSSESSIVE.has(ofGap[0]!);
    if (fieldBody) return true;
    const leftHead = kinds.has("role") || kinds.has("institution") || (kinds.has("group") && b.kind !== "person");
    const possessive = POSSESSIVE.has(ofGap[0]!);
    if (possessive) return ["country", "metonym", "org", "institution", "group"].includes(a.kind) && ["role", "person", "name", "institution"].includes(b.kind);
    // "Miembros de un grupo armado", "el titular de la Fiscalía": a generic head joins whatever it heads.
    const genericHead = phrase.every((m) => m.entryId === "role.head-of");
    // "el enviado especial del presidente Donald Trump", "la portavoz del canciller Lavrov": an aide of a named office
    // holder serves the holder's state.
    // …and so does a title over a state body right before a name no one knows: "la exministra de Gobierno Ana Pérez",
    // "el exdirector de la Policía Juan Vera" (a body is never a person's title).
    const bodyTitled = next?.kind === "name" && STATE_BODY_ROLES.has(b.entryId ?? "") && phrase.every((m) => m.kind === "role" && TITLE_SECTORS.has(m.sector ?? ""));
    const holder = b.kind === "role" && (next?.kind === "person" || bodyTitled) && next!.first === b.last && !POSSESSIVE.has(ofGap[0]!);
    // "el vocero de la policía keniana", "la portavoz del Ejército": a spokesperson speaks for the body after "de".
    const speaksFor = phrase.every((m) => SPEAKERS.has(m.entryId ?? "")) && !THING_ROLES.has(b.entryId ?? "");
    // "allanaron la vivienda del exministro", "the home of the mayor": a home or facility is its owner's.
    const owned = phrase.every((m) => THING_ROLES.has(m.entryId ?? "")) && !THING_ROLES.has(b.entryId ?? "");
    // "el presidente de la central sindical", "el presidente de la CGT": a person's government title over a body of
    // civil society named by a role, after an article, heads that body ("el secretario de Industria", with none, is an
    // office of the government's).
    const civilBody = b.kind === "role" && CIVIL_SECTORS.has(b.sector ?? "") && articled(gap) && phrase.every((m) => m.kind === "role" && m.sector === "GOV" && !STATE_BODY_ROLES.has(m.entryId ?? "") && !THING_ROLES.has(m.entryId ?? "") && !SPEAKERS.has(m.entryId ?? ""));
    return leftHead && (b.kind !== "role" || genericHead || holder || speaksFor || owned || civilBody);
  }
  // "el secretario general de la ONU", "el director general de la OMS": an adjective of the title between it and "de"
  // before an international body or an institution still makes the officer the body's; so does one of a head before a
  // named group ("el líder regional del Cártel de Sinaloa").
  if (ofGap.length === 2 && TITLE_ADJECTIVES.has(ofGap[0]!) && tokens[a.last]?.norm === ofGap[0] && OF.has(ofGap[1]!) && !POSSESSIVE.has(ofGap[1]!) &&
    phrase.length === 1 && a.kind === "role" && OFFICE_SECTORS.has(a.sector ?? "") &&
    (["org", "institution"].includes(b.kind) || (b.kind === "group" && a.entryId === "role.head-of") ||
      (b.kind === "role" && CIVIL_SECTORS.has(b.sector ?? "") && articled(gap) && a.sector === "GOV" && !STATE_BODY_ROLES.has(a.entryId ?? "")))) return true;
  // "un conductor de nacionalidad mexicana", "tres hombres de origen hondureño": a person's nationality after the noun.
  // …and set off by commas: "el conductor, de nacionalidad mexicana, fue detenido".
  const link = gap[0] === "," ? gap.slice(1) : gap;
  if (NATIONALITY_LINKS.has(link.join(" ")) && (kinds.has("role") || kinds.has("person") || kinds.has("name")) && b.kind === "demonym") return true;
  // "the driver, a Mexican national, was arrested": a nationality noun after the demonym makes the apposition say
  // whose country the person before it is of.
  if (gap.length === 2 && gap[0] === "," && INDEFINITE.has(gap[1]!) && b.kind === "demonym" && kinds.has("role") && NATIONALITY_NOUNS.has(tokens[b.last]?.norm ?? "")) return true;
  // "spokesman for Qatar's Foreign Ministry", "a spokeswoman for the State Department": whom a spokesperson speaks for.
  // ("a spokesman for the Kenyan police": a demonym right before the body.)
  const bodyNext = b.kind === "demonym" && !!next && ["role", "institution"].includes(next.kind) && next.first === b.last;
  if (ofGap.length === 1 && SPEAKS_FOR.has(ofGap[0]!) && phrase.some((m) => SPEAKERS.has(m.entryId ?? "")) && (["country", "metonym", "institution", "org", "group", "role"].includes(b.kind) || bodyNext)) return true;
  // "lawyers for former President Rodrigo Duterte", "a lawyer for the opposition leader": counsel speaks for its client
  // ("former" belongs to the client's title).
  if (phrase.every((m) => m.entryId === "role.lawyer") && SPEAKS_FOR.has(ofGap[0] ?? "") && ofGap.slice(1).every((g) => FORMER_WORDS.has(g)) &&
    (["person", "name", "role", "institution", "group", "org", "country", "metonym"].includes(b.kind) || bodyNext)) return true;
  // "judges at the International Criminal Court", "officials at the Pentagon": people of no stated country at a body
  // are that body's people.
  // (A seat of power only for officers: "officials at the White House", not "protesters at the White House".)
  if (ofGap.length === 1 && AFFILIATION.has(ofGap[0]!) && phrase.every((m) => m.kind === "role" && m.country === null) &&
    (["institution", "org"].includes(b.kind) || (b.kind === "metonym" && phrase.every((m) => OFFICE_SECTORS.has(m.sector ?? ""))))) return true;
  // "el embajador de Estados Unidos en México", "U.S. ambassador to Mexico": where a posted official serves.
  if (gap.length === 1 && POSTING.has(gap[0]!) && kinds.has("role") && (kinds.has("country") || kinds.has("demonym")) && ["country", "metonym"].includes(b.kind)) return true;
  // "Al Udeid Air Base in Qatar", "la base aérea de Torrejón": a facility belongs to the country it stands in.
  if (gap.length === 1 && INSIDE.has(gap[0]!) && phrase.some((m) => m.entryId === "role.facility") && ["country", "place"].includes(b.kind)) return true;
  // "militares en Teherán", "protesters in Caracas": people of no stated country take the country they are in;
  // an office ("el canciller en Washington") keeps its own.
  if (gap.length === 1 && INSIDE.has(gap[0]!) && phrase.every((m) => m.kind === "role" && m.country === null && m.sector !== null && !OFFICE_SECTORS.has(m.sector)) && ["country", "metonym", "place"].includes(b.kind)) return true;
  // "300 migrants from Honduras", "migrantes procedentes de Honduras": people of no stated country take the one they
  // come from.
  if (ORIGIN.has(gap.join(" ")) && phrase.every((m) => m.kind === "role" && m.country === null && m.sector !== null && !OFFICE_SECTORS.has(m.sector)) && ["country", "place"].includes(b.kind)) return true;
  // "a high court judge, Mr Justice Chamberlain, refused…", "Russia's president, Mr Vladimir Putin": a form of address
  // after the comma still joins the title to its holder's name.
  const courtesy = gap.length >= 2 && gap[0] === "," && gap.slice(1).every((g) => COURTESY.has(g) || g === ".") && COURTESY.has(gap[1]!);
  // "El ministro del ramo, Mario Zamora,", "la ministra del ramo, Rosalía Arteaga,": "of the portfolio" names no body of
  // its own; the title still stands in apposition to the name after the comma.
  if (gap.length >= 3 && gap.at(-1) === "," && PORTFOLIO.has(gap.slice(0, -1).join(" ")) && ["name", "person"].includes(b.kind) &&
    phrase.every((m) => m.kind === "role" && TITLE_SECTORS.has(m.sector ?? ""))) return true;
  if ((gap.length === 1 && gap[0] === ",") || courtesy) {
    // "Según la prensa, X criticó…", "According to the police, X…": an attribution, no apposition.
    const lead = phrase[0]!.first;
    const norms = tokens.map((t) => t.norm);
    const attributed = phraseEndsAt(norms, lead - 1, ATTRIBUTION) || (DETS.has(tokens[lead - 1]?.norm ?? "") && phraseEndsAt(norms, lead - 2, ATTRIBUTION));
    if (attributed) return false;
    const left = (kinds.has("role") || kinds.has("institution")) && !kinds.has("person") && !kinds.has("name");
    const right = b.kind === "person" || b.kind === "name";
    if (courtesy) return (kinds.has("role") || kinds.has("institution")) && !kinds.has("person") && !kinds.has("name") && (b.kind === "person" || b.kind === "name");
    const leftPerson = (kinds.has("person") || kinds.has("name")) && !kinds.has("role") && !placeName(phrase, tokens);
    // "su homólogo argentino, Javier Milei": a bare demonym phrase in apposition to a name.
    const leftDemonym = [...kinds].every((k) => k === "demonym");
    // "Pedro Ramírez, ministro de Defensa de Colombia, se reunió": the role may carry its own "de" complement.
    // (…but "…and flown to Guwahati, officials said": a role right before a verb of saying reports the clause.)
    const reporter = tokens[b.last]?.lemmas.some((l) => SPEECH.has(l)) ?? false;
    return ((left || leftDemonym) && right) || (leftPerson && b.kind === "role" && !reporter);
  }
  // "Lin Jian, the Foreign Ministry spokesman", "Mahamoud Youssouf, the AU's chairman", "Pedro Pérez, el ministro de
  // Defensa": a name, then a comma and an article before a title (a role, or a body or country its role follows).
  // "Nayib Bukele, su homólogo salvadoreño", "Marco Rubio, his counterpart": a possessive may open the title too.
  // "Alice Wells, a senior US official", "X, the top Iranian commander": ranking adjectives may follow the article.
  if (gap.length >= 2 && gap[0] === "," && (APPOSITION_DETS.has(gap[1]!) || POSSESSIVE_DETS.has(gap[1]!)) && gap.slice(2).every((g) => RANKING.has(g))) {
    const leftPerson = (kinds.has("person") || kinds.has("name")) && !kinds.has("role") && phrase.every((m) => m.kind === "person" || m.kind === "name");
    if (!leftPerson || placeName(phrase, tokens)) return false;
    if (b.kind === "role") return true;
    if (POSSESSIVE_DETS.has(gap[1]!)) return b.kind === "demonym" && next?.kind === "role" && between(tokens, b, next).length === 0;
    // "Kilmar Ortega, a Salvadoran national", "X, un ciudadano hondureño": an indefinite article before a nationality.
    if (INDEFINITE.has(gap[1]!) && b.kind === "demonym") return true;
    const titled = !!next && next.kind === "role" && between(tokens, b, next).every((t) => POSSESSIVE.has(t.norm));
    // "Alice Wells, a senior US State Department official", "X, a Hamas official": one of a body's people.
    const member = INDEFINITE.has(gap[1]!) && MEMBER_TITLES.has(tokens[b.last]?.norm ?? "");
    return ["org", "institution", "country", "demonym", "metonym", "group"].includes(b.kind) && (titled || member);
  }
  return false;
}
const INDEFINITE = anyPack("indefinite_articles");
const SPEECH = anyPack("speech");
// "In Soweto, police fired…", "En Soweto, la policía detuvo…": an unknown name right after a preposition of place is
// that place, no person a role after the comma stands in apposition to.
const PLACE_NAME_PREPS = anyPack("place_name_preps");
const COURTESY = anyPack("courtesy_titles");
const placeName = (phrase: readonly Mention[], tokens: readonly Token[]): boolean =>
  phrase.every((m) => m.kind === "name") && PLACE_NAME_PREPS.has(tokens[phrase[0]!.first - 1]?.norm ?? "");
// Titles that say nothing of an office (as in src/actors/resolve.ts).
const FORMER_WORDS = anyPack("former_words");
// Roles that name things, not people: civilian property and facilities.
const THING_ROLES = new Set(["role.civilian-property", "role.facility"]);
const GENERIC_TITLES = new Set(["role.head-of", "role.counterpart", "role.official", "role.spokesperson"]);
// Roles that speak for whom "for"/"of" names after them: a spokesperson for a body, a lawyer for a client.
const SPEAKERS = new Set(["role.spokesperson", "role.lawyer"]);
const NATIONALITY_LINKS = anyPack("nationality_links");
const NATIONALITY_NOUNS = anyPack("nationality_nouns");
// Weapons and military craft (folded, as written): a nationality on one is its armed forces'.
const ARMAMENT = anyPack("armament_nouns");
// "35 extranjeros, en su mayoría de nacionalidad venezolana": a demonym after a word for nationality is people's.
const NATIONALITY_HEADS = anyPack("nationality_heads");
// The longest gap (in tokens, a leading ")" included) any test of joins can accept, "of" behind determiners aside.
// "del ramo", "de la cartera" after a title (data/lexicon/es grammar portfolio_complements).
const PORTFOLIO = anyPack("portfolio_complements");
const LONGEST_GAP = Math.max(3, ...[...NATIONALITY_LINKS, ...PORTFOLIO].map((l) => l.split(" ").length + 1));
const APPOSITION_DETS = new Set([...anyPack("definite_articles"), ...INDEFINITE]);
const POSSESSIVE_DETS = anyPack("possessive_determiners");
const RANKING = anyPack("ranking_words");
const BODY_LAST = anyPack("name_body_last");
const FIELD_HEADS = anyPack("name_field_heads");
const BODY_FIRST = anyPack("name_body_first");
const FIELD_HOLDERS = new Set(["org", "country", "demonym", "metonym"]);
const OFFICER_TITLES = new Set(["role.head-of", "role.diplomat", "role.spokesperson"]);
/** A state's bodies named by a bare role ("el Gobierno", "la Policía", "the army"), which hold no office of a person. */
const STATE_BODY_ROLES = new Set(["role.ministry", "role.foreign-ministry", "role.defense-ministry", "role.government", "role.electoral-authority",
  "role.central-bank", "role.treasury", "role.ombudsman-office", "role.migration-agency", "role.customs", "role.army", "role.national-guard",
  "role.police", "role.court", "role.legislature"]);
const FIELD_TAGS = new Set(["NOUN", "ADJ"]);
const BODY_NOUNS = anyPack("body_nouns");
const MEMBER_TITLES = anyPack("member_titles");

// Is the phrase opening at `first` preceded by a former word ("former", "ex"), right before it or across up to
// FORMER_GAP words of a title's field ("former public works undersecretary")?
function formerBefore(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 1 - FORMER_GAP; j--) {
    const t = tokens[j]!;
    if (FORMER_WORDS.has(t.norm)) return true;
    if (!FIELD_TAGS.has(t.pos) || !/^\p{Ll}+$/u.test(t.text)) return false;
  }
  return false;
}
const FORMER_GAP = 2;

/** Fold a phrase's mentions into one actor: people decide over roles, roles over institutions, and so on. */
export function actorOf(all: readonly Mention[], tokens: readonly Token[], text: string): Actor {
  let parts = all;
  const pick = <K extends keyof Mention>(key: K, order: Mention["kind"][]): Mention[K] | null => {
    for (const kind of order) for (const m of parts) if (m.kind === kind && m[key] != null) return m[key];
    return null;
  };
  const person = parts.find((m) => m.kind === "person");
  // A generic head ("el titular de la SRE", "una dirigente de la UP") takes the sector of what it heads.
  const headed = parts.some((m) => m.entryId === "role.head-of") && parts.some((m) => m.entryId !== "role.head-of" && m.sector);
  if (headed) parts = parts.filter((m) => m.entryId !== "role.head-of");
  // ("seguidores del expresidente Evo Morales": a crowd that backs a person named is told by that person's name, whom
  // later mentions of the person point back to; backers of a body or of a bare title are a crowd of their own, below.)
  if (person) parts = parts.filter((m) => m.entryId !== SUPPORTERS);
  // ("la vivienda del expresidente X": a thing's role, a home or a facility, is no title of the person after it.)
  const role = parts.find((m) => m.kind === "role" && !THING_ROLES.has(m.entryId ?? "")) ?? parts.find((m) => m.kind === "role");
  // An explicit demonym beats an institution's home country: "Mexican marines" are not the US Marine Corps.
  // …and so does a country that owns the body ("Italy's opposition Democratic Party" is not the US party of that name).
  const owner = parts.find((m) => (m.kind === "country" || m.kind === "metonym") && m.country && m.last < all.at(-1)!.last && POSSESSIVE.has(tokens[m.last]?.norm ?? ""));
  const country = pick("country", ["person", "demonym"]) ?? owner?.country ?? pick("country", ["institution", "group", "country", "metonym", "place"]);
  // "former Somali president Sheikh Sharif", "former Karnataka minister X": "former" before the nationality that opens
  // the phrase marks its office as past (right before the title, "former president" is one role of its own).
  // …and so it does before a place or a field that qualifies the title ("former Karnataka minister R. Venkatesh", "a
  // former public works undersecretary", "a former undersecretary of public works": the office is past, ELI).
  const formerAhead = !person && !!role && OFFICE_SECTORS.has(role.sector ?? "") && formerBefore(tokens, all[0]!.first);
  const formerRole = role?.sector === "ELI" || formerAhead;
  // A demonym alone stands for its country ("Mexican goods", "la parte venezolana"), unless it is counted people
  // ("199 venezolanos", "miles de colombianos", "two Americans"): civilians.
  // ("40 Ukrainian drones", "drones ucranianos", "a Russian warship": a nationality on arms is its armed forces.)
  const [d0, d1] = [all[0]!.first, all.at(-1)!.last];
  const armed = ARMAMENT.has(tokens[d1]?.norm ?? "") || ARMAMENT.has(tokens[d0 - 1]?.norm ?? "");
  const alone = parts.every((m) => m.kind === "demonym") ? (armed ? "MIL" : countedPeople(tokens, d0, d1) ? "CVL" : "GOV") : null;
  // "ocho integrantes de una célula criminal": members of nothing we know have no sector of their own.
  // ("23 members of the Take It Back Movement": nor do members of a body only named, read by the decision stage.)
  const heads = parts.filter((m) => m.entryId === "role.head-of");
  const members = heads.length > 0 && parts.every((m, k) => m.entryId === "role.head-of" || (k > 0 && m.kind === "name")) &&
    MEMBERS.test(fold(text.slice(tokens[heads.at(-1)!.first]!.start, tokens[heads.at(-1)!.last - 1]!.end)));
  // "los dirigentes del bloqueo", "the leaders of the strike": generic heads of a protest lead the protesters.
  let after = d1 + (OF.has(tokens[d1]?.norm ?? "") ? 1 : 0);
  while (after > d1 && DETS.has(tokens[after]?.norm ?? "")) after++;
  const protestLed = !person && heads.length > 0 && parts.every((m) => m.entryId === "role.head-of") && after > d1 && PROTEST_NOUNS.has(tokens[after]?.norm ?? "");
  // "el presidente de la Corte Suprema", "the head of Pemex": a government title over a body of another sector
  // takes the body's; "Boko Haram gunmen", "miembros del ELN": a group's own armed men take the group's.
  const body = role && !person ? bodyOver(parts, role) ?? spokenFor(parts, role, tokens) : null;
  // "President Reagan", "Russian President Boris Yeltsin": a former leader given an office's title by the text is that
  // office's holder in it (the text's title is the evidence for its own time; not a generic "leader" or "official").
  // …unless the text says "former" before it ("Former U.S. President Barack Obama").
  const saysFormer = tokens.slice(Math.max(0, all[0]!.first - 2), all.at(-1)!.last).some((t) => FORMER_WORDS.has(t.norm));
  const titledFormer = (person?.sector === "ELI" || person?.sector === "OPP") && role?.sector && role.sector !== "ELI" && !saysFormer && !GENERIC_TITLES.has(role.entryId ?? "") && !SPEAKERS.has(role.entryId ?? "") ? role.sector : null;
  // ("The Law Society of Kenya": an unknown body's name before "of" and its state is no government; its body word tells
  // what it is, read by the decision stage.)
  const namedBody = !person && !role && parts.length === 2 && parts[0]!.kind === "name" && parts[1]!.kind === "country" && BODY_LAST.has(tokens[parts[0]!.last - 1]?.norm ?? "");
  const sector = members || namedBody ? null : formerRole ? "ELI" : protestLed ? PROTESTERS : body ?? titledFormer ?? pick("sector", ["person", "role", "institution", "group", "metonym", "country"]) ?? alone;
  const org = pick("org", ["org", "institution", "person", "metonym"]);
  // A place's name ("la base aérea de Torrejón") names no actor a pronoun could point back to.
  const facility = parts.some((m) => m.entryId === "role.facility");
  // "Sri Lankan Tamil rebels", "Houthi fighters": an unknown name right before a plural role modifies it and names
  // nobody ("the Uttar Pradesh government" is one body, and its name tells it from another's).
  const plural = (r: Mention) => { const t = tokens[r.last - 1]!; return t.lemmas[0] !== undefined && t.lemmas[0] !== t.norm; };
  const modifier = (m: Mention) => parts.some((r) => r.kind === "role" && r.first === m.last && plural(r));
  const nameMention = person ?? (facility ? undefined : parts.find((m) => m.kind === "name" && !modifier(m))) ?? parts.find((m) => m.kind === "institution" || m.kind === "group" || m.kind === "org");
  const first = tokens[all[0]!.first]!;
  const last = tokens[all.at(-1)!.last - 1]!;
  // "Mexican marines" are not the US Marine Corps: a body of another country than the phrase's names nobody here.
  const foreignBody = nameMention && nameMention.kind !== "person" && nameMention.country && country && nameMention.country !== country;
  // "simpatizantes del exgobernador", "partidarios de Renovación Patria": a crowd that backs someone is of that one's
  // country, not that one: it takes its own sector and no name.
  const backers = role?.entryId === SUPPORTERS && all[0] === role;
  const name = foreignBody || backers ? null : nameMention?.name ?? (nameMention ? text.slice(tokens[nameMention.first]!.start, tokens[nameMention.last - 1]!.end) : null);
  // "Amnesty International Kenya", "Human Rights Watch Kenya": an international group's national section named by the
  // country right after it is of that country and of the group's own sector (a civil society group: SOC).
  const section = !person && !role ? parts.find((m) => m.kind === "org" && m.sector && parts.some((n) => n.kind === "country" && n.first === m.last)) : undefined;
  return {
    text: text.slice(first.start, last.end),
    name,
    country: org && !country ? null : country,
    sector: section ? section.sector : backers ? role.sector : org && !person && !role ? null : sector,
    org: country && (person || role) ? null : org,
    start: first.start,
    end: last.end,
  };
}

// Numbers and quantities of people; "los"/"las" before a plural Spanish demonym ("los venezolanos") too, and "el"/"la"
// before a singular one ("el hondureño").
const PEOPLE_COUNTS = anyPack("people_counts");
const QUANTITY = { test: (w: string): boolean => /^\d[\d.,]*$/.test(w) || PEOPLE_COUNTS.has(w) };
const OF_PREPS = anyPack("of_preps");
const DEFINITE = anyPack("definite_articles");
const PLURAL_DEFINITE = anyPack("plural_definite_articles");
const PERSON_ARTICLES = anyPack("person_articles");
const endsIn = (key: string): RegExp | null => {
  const alt = alternation(anyPack(key));
  return alt ? new RegExp(`${alt}$`, "u") : null;
};
const PLURAL = endsIn("suffix_plural");
const UNINFLECTED = endsIn("uninflected_endings");
function countedPeople(tokens: readonly Token[], first: number, last: number): boolean {
  // "a Mexican national", "two Honduran citizens": a nationality noun after the demonym names people of the country.
  if (NATIONALITY_NOUNS.has(tokens[last]?.norm ?? "")) return true;
  // "un hombre de nacionalidad colombiana", "la mitad de ellos de nacionalidad chilena": so is one after "nationality".
  const head = tokens[first - 1]?.norm ?? "";
  if (NATIONALITY_HEADS.has(head) || (OF_PREPS.has(head) && NATIONALITY_HEADS.has(tokens[first - 2]?.norm ?? ""))) return true;
  const plural = !!PLURAL?.test(tokens[last - 1]!.norm) || /\d/.test(tokens[first - 1]?.norm ?? "");
  const before = tokens[first - 1]?.norm ?? "";
  // "los cargos contra el hondureño", "detuvo al venezolano": a lower-case demonym right after a singular article is
  // one person (grammar person_articles).
  if (!plural) return last - first === 1 && PERSON_ARTICLES.has(before) && /^\p{Ll}/u.test(tokens[first]!.text);
  if (QUANTITY.test(before) || (OF_PREPS.has(before) && QUANTITY.test(tokens[first - 2]?.norm ?? ""))) return true;
  // "los venezolanos"; "Venezuelans", "many young Nepalis" (an English demonym takes -s only as a noun), not "the Americans".
  if (/^\p{Lu}/u.test(tokens[first]!.text)) return last - first === 1 && !UNINFLECTED?.test(tokens[first]!.norm) && !DEFINITE.has(before);
  return PLURAL_DEFINITE.has(before);
}

// "el vocero de la policía", "a spokesman for the army": a spokesperson takes the sector of the body spoken for.
// (Only a body after "de"/"for": "spokesperson Colonel X" is the spokesperson's own rank.)
function spokenFor(parts: readonly Mention[], role: Mention, tokens: readonly Token[]): string | null {
  if (!SPEAKERS.has(role.entryId ?? "")) return null;
  const after = (m: Mention) => m.first - role.last <= 3 && (OF.has(tokens[role.last]?.norm ?? "") || SPEAKS_FOR.has(tokens[role.last]?.norm ?? ""));
  return parts.find((m) => m.kind === "role" && m.first > role.first && m.sector && !THING_ROLES.has(m.entryId ?? "") && after(m))?.sector ?? null;
}

// (…and "un cabecilla del ELN", "delincuentes de las disidencias": a criminal's role over an armed group is the group's man.)
const ARMED_MEN = new Set(["UAF", "MIL", "CRM"]);
function bodyOver(parts: readonly Mention[], role: Mention): string | null {
  const over = parts.find((m) => (m.kind === "institution" || m.kind === "group" || (m.kind === "role" && CIVIL_SECTORS.has(m.sector ?? ""))) && m.sector && m.sector !== role.sector && m.first > role.first);
  const group = parts.find((m) => m.kind === "group" && m.sector);
  if (group && role.sector && ARMED_MEN.has(role.sector) && group.sector !== role.sector) return group.sector;
  if (over && role.sector === "GOV" && over.sector !== "GOV") return over.sector;
  return null;
}

/**
 * Group a sentence's mentions into actor phrases, absorbing "alias “X”" and marking pair anaphors ("ambos países").
 */
export function buildPhrases(mentions: readonly Mention[], tokens: readonly Token[], text: string, grammar: Grammar): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const pairWords = grammar.get("symmetric_pronouns") ?? new Set();
  let cur: Mention[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    if (cur.some((m) => HEADS.has(m.kind))) {
      let last = cur.at(-1)!.last;
      if (ALIAS.has(tokens[last]?.norm ?? "")) last = skipAlias(tokens, last);
      else if (tokens[last]?.text === "," && ALIAS.has(tokens[last + 1]?.norm ?? "")) last = skipAlias(tokens, last + 1);
      if (tokens[last]?.text === ")" && tokens[cur.at(-1)!.first - 1]?.text === "(") last++;
      // "ambos gobiernos" refers back; "las dos Centrales de Trabajadores" names two bodies of its own.
      const pair = cur.every((m) => m.kind === "role") && pairBefore(tokens, cur[0]!.first, pairWords);
      const actor = actorOf(cur, tokens, text);
      actor.end = tokens[last - 1]!.end;
      actor.text = text.slice(actor.start, actor.end);
      out.push({ first: cur[0]!.first, last, parts: cur, actor, pair, anaphor: false });
    }
    cur = [];
  };
  for (const [i, m] of mentions.entries()) {
    if (m.first < (out.at(-1)?.last ?? 0)) continue;
    if (cur.length && !joins(tokens, cur, m, mentions[i + 1])) flush();
    cur.push(m);
  }
  flush();
  return addGroups(addBarePairs(shareHeads(out, tokens), tokens, pairWords), tokens, grammar.get("group_pronouns"));
}

const HEAD_KINDS = new Set(["role", "institution"]);

/**
 * "Rwandan and Mozambican troops clashed with…", "Ethiopian, Mozambican and South African troops", "Nigerian and
 * British armed forces": nationalities coordinated before one head noun share it, so a bare nationality there is of the
 * head's sector (its armed forces, its negotiators), not its government by default.
 */
function shareHeads(phrases: ActorPhrase[], tokens: readonly Token[]): ActorPhrase[] {
  const bare = (p: ActorPhrase) => p.parts.length > 0 && p.parts.every((m) => m.kind === "demonym");
  // The sector each phrase hands to a bare nationality right before it: its head's, when it opens with a nationality.
  const shared = new Map<ActorPhrase, string>();
  for (let i = phrases.length - 2; i >= 0; i--) {
    const p = phrases[i]!;
    const next = phrases[i + 1]!;
    const gap = between(tokens, p, next).map((t) => t.norm);
    if (!bare(p) || gap.length === 0 || gap.length > 2 || !gap.every((x) => COORD.has(x))) continue;
    const headed = next.parts[0]!.kind === "demonym" && HEAD_KINDS.has(next.parts.at(-1)!.kind) && next.parts.every((m) => m.kind === "demonym" || HEAD_KINDS.has(m.kind));
    const sector = headed ? next.actor.sector : shared.get(next);
    if (!sector || sector === p.actor.sector) continue;
    p.actor.sector = sector;
    shared.set(p, sector);
  }
  return phrases;
}

// "the three", "the three nations", "all four countries": a count of three or more that refers back to a group of
// parties. The list holds whole phrases; a bare count ("the three") only when no noun follows it ("the three men"
// are people of their own).
function addGroups(phrases: ActorPhrase[], tokens: readonly Token[], words: ReadonlySet<string> | undefined): ActorPhrase[] {
  if (!words?.size) return phrases;
  const heads = new Set([...words].map((w) => w.slice(0, w.indexOf(" "))));
  const extra: ActorPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!heads.has(tokens[i]!.norm)) continue;
    const span = [3, 2].find((n) => i + n <= tokens.length && words.has(tokens.slice(i, i + n).map((t) => t.norm).join(" ")));
    if (!span) continue;
    const next = tokens[i + span];
    if (span === 2 && next && /^\p{L}/u.test(next.text) && !looksVerbal(next) && (next.pos ? next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" : false)) continue;
    if (phrases.some((p) => p.first < i + span && i < p.last)) continue;
    const first = tokens[i]!;
    const end = tokens[i + span - 1]!;
    const actor: Actor = { text: tokens.slice(i, i + span).map((t) => t.text).join(" "), name: null, country: null, sector: null, org: null, start: first.start, end: end.end };
    extra.push({ first: i, last: i + span, parts: [], actor, pair: false, group: true, anaphor: true });
    i += span - 1;
  }
  return extra.length ? [...phrases, ...extra].sort((a, b) => a.first - b.first) : phrases;
}

// "ambos países", "los dos mandatarios", "both leaders": a pair word right before the phrase.
function pairBefore(tokens: readonly Token[], first: number, pairWords: Set<string>): boolean {
  const one = tokens[first - 1]?.norm ?? "";
  const two = `${tokens[first - 2]?.norm ?? ""} ${one}`;
  return pairWords.has(one) || pairWords.has(two);
}

// A verb or auxiliary after the pair word: English tags, Spanish finite-verb lemmas ("reiteraron" → reiterar).
const AUX = anyPack("verbal_words");
const INFINITIVE = endsIn("suffix_infinitive");
// An adjective that may stand between a title and its holder's name (grammar title_qualifier_endings): no verb form.
const QUALIFIER = endsIn("title_qualifier_endings");
const KIND_ADJECTIVE = endsIn("noun_adjective_endings");
const kindAdjective = (t: Token): boolean => /^\p{Ll}{4,}$/u.test(t.text) && !!KIND_ADJECTIVE?.test(t.norm) && !looksVerbal(t);
const titleQualifier = (t: Token): boolean => /^\p{Ll}{4,}$/u.test(t.text) && !!QUALIFIER?.test(t.norm) && !looksVerbal(t);
function looksVerbal(t: Token): boolean {
  if (t.pos) return t.pos === "VERB" || t.pos === "AUX" || AUX.has(t.norm);
  return t.lemmas.some((l) => l !== t.norm && !!INFINITIVE?.test(l));
}

// A pair word before a noun that is not a known role ("ambas dependencias") still stands for two actors.
function addBarePairs(phrases: ActorPhrase[], tokens: readonly Token[], pairWords: Set<string>): ActorPhrase[] {
  const extra: ActorPhrase[] = [];
  const heads = firstWords(pairWords);
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.norm ?? "";
    // (Two words can be a pair phrase only after a word that opens one: most tokens need no string built.)
    const two = heads.has(before) ? `${before} ${t.norm}` : "";
    if (!(pairWords.has(t.norm) || (two && pairWords.has(two)))) return;
    if (phrases.some((p) => p.first <= i + 1 && i + 1 < p.last)) return;
    // "ambas dependencias" covers the noun; "the two had agreed", "ambos reiteraron" only the pair word.
    const next = tokens[i + 1];
    const nounLike = (x: Token) => /^\p{L}/u.test(x.text) && !looksVerbal(x) && (x.pos ? x.pos === "NOUN" : x.norm.length > 3);
    // "both sides" already holds its noun; "ambas dependencias" takes the next word.
    const noun = !(two && pairWords.has(two)) && next && nounLike(next) ? next : null;
    const end = noun ?? t;
    const actor: Actor = { text: `${t.text}${noun ? ` ${noun.text}` : ""}`, name: null, country: null, sector: null, org: null, start: t.start, end: end.end };
    extra.push({ first: noun ? i + 1 : i, last: noun ? i + 2 : i + 1, parts: [], actor, pair: true, anaphor: true });
  });
  return extra.length ? [...phrases, ...extra].sort((a, b) => a.first - b.first) : phrases;
}

// The first words of a list's entries of more than one word, once per list.
const firstWordCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function firstWords(set: ReadonlySet<string>): Set<string> {
  let heads = firstWordCache.get(set);
  if (!heads) {
    heads = new Set([...set].filter((w) => w.includes(" ")).map((w) => w.slice(0, w.indexOf(" "))));
    firstWordCache.set(set, heads);
  }
  return heads;
}

function skipAlias(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (/^[“"«']$/.test(tokens[j]?.text ?? "")) {
    while (j < tokens.length && !/^[”"»']$/.test(tokens[j]!.text)) j++;
    return Math.min(j + 1, tokens.length);
  }
  while (j < tokens.length && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  return j;
}

// The preposition a phrase hangs from ("a China" → "a"), "" for a subject: a bare comma joins only like with like
// ("viaje oficial a China, el ministro Albares contó…" is no list).
const LEAD_PREPS = anyPack("lead_preps");
function leadPrep(p: ActorPhrase, tokens: readonly Token[]): string {
  let k = p.first - 1;
  while (k >= 0 && DETS.has(tokens[k]!.norm)) k--;
  const w = tokens[k]?.norm ?? "";
  return LEAD_PREPS.has(w) ? w : "";
}

// "and"/"y" (after an optional comma), and nothing else: the last link of a list.
const joinedByConjunction = (gap: string[]): boolean => gap.length > 0 && gap.length <= 2 && gap.some((x) => COORD.has(x) && x !== ",") && gap.every((x) => x === "," || COORD.has(x));

const kinds = (p: ActorPhrase): string => [...new Set(p.parts.map((m) => m.kind))].sort().join(" ");
const sameKind = (a: ActorPhrase, b: ActorPhrase): boolean => a.parts.length > 0 && kinds(a) === kinds(b);

// A phrase opened by an attribution ("según la Policía", "según detalló Bruselas"): one of its three words before.
const ATTRIBUTION_REACH = 3;
const attributed = (p: ActorPhrase, tokens: readonly Token[]): boolean => tokens.slice(Math.max(0, p.first - ATTRIBUTION_REACH), p.first).some((t) => ATTRIBUTION.has(t.norm));

// ", and"/", y" right before phrase p, a finite verb right after it, and a finite verb before the phrase `prev` it would
// join: two clauses, not a list ("gathered outside the embassy, and police fired"). (A list's own ", and" — "Russia,
// China, and Iran condemned" — follows a first member that is no verb's complement.)
function clauseJoin(tokens: readonly Token[], prev: ActorPhrase, p: ActorPhrase, g: Grammar): boolean {
  const gap = tokens.slice(prev.last, p.first).map((t) => t.norm).filter((x) => !DETS.has(x));
  if (gap.length !== 2 || gap[0] !== "," || !COORD.has(gap[1]!)) return false;
  const after = tokens[p.last];
  if (!after || !isFiniteVerb(after, g)) return false;
  return tokens.slice(0, prev.first).some((t) => isFiniteVerb(t, g));
}

/** Coordinated phrases read as one argument: "A y B", "a la SEMAR, a la SSPC y al Gabinete". */
export function coordinate(phrases: readonly ActorPhrase[], tokens: readonly Token[], grammar?: Grammar): ActorPhrase[][] {
  const groups: ActorPhrase[][] = [];
  for (const [i, p] of phrases.entries()) {
    const g = groups.at(-1);
    const prev = g?.at(-1);
    // Pronouns are never part of a list ("Trump le propuso": "le" is not a second proposer).
    if (g && prev && !p.anaphor && !prev.anaphor) {
      const gap = between(tokens, prev, p).map((t) => t.norm);
      const commaOnly = gap.every((x) => x === "," || DETS.has(x));
      // "sanctions on Iran, Syria and Cuba": after the first member's preposition, a bare member that a conjunction
      // joins to the next bare one is the list going on.
      const next = phrases[i + 1];
      // (Members of one kind: "en Lima, los cancilleres de Perú y Chile" is a place, then the subject.)
      const listGoesOn = !!next && !next.anaphor && leadPrep(p, tokens) === "" && leadPrep(next, tokens) === "" && joinedByConjunction(between(tokens, p, next).map((t) => t.norm)) &&
        sameKind(g[0]!, p) && sameKind(p, next);
      // ("South Korean students and young workers", "the army and local militias": an adjective after the conjunction
      // opens the next member.)
      const opener = (x: string, k: number) => k > 0 && COORD.has(gap[k - 1]!) && tokens[prev.last + k]?.pos === "ADJ" && /^\p{Ll}+$/u.test(tokens[prev.last + k]!.text);
      // ("Según la Policía, los manifestantes lanzaron…", "Según detalló Bruselas, Alemania y Francia…": who reports, before
      // the comma, is no member of the subject after it.)
      const reportedBy = commaOnly && attributed(g[0]!, tokens) && !attributed(p, tokens);
      // ("set fire to three buses, officials said", "…near the border, police said": a phrase after a comma with a verb of
      // speech right after it tells who reports the clause, no member of a list.)
      const reporter = commaOnly && !!grammar && (tokens[p.last]?.lemmas.some((l) => has(grammar, "speech", l)) ?? false);
      // ("Protesters gathered outside the embassy, and police fired tear gas", "aterrizó en la base aérea, y el Gobierno
      // le concederá…": after a verb's object or place, ", and" before a phrase and its finite verb opens a new clause.)
      if (grammar && g.length === 1 && clauseJoin(tokens, prev, p, grammar)) {
        groups.push([p]);
        continue;
      }
      if (gap.length > 0 && gap.length <= 4 && gap.some((x) => COORD.has(x)) && gap.every((x, k) => COORD_FILLER.has(x) || COUNT_WORD.test(x) || opener(x, k)) &&
        !(commaOnly && leadPrep(g[0]!, tokens) !== leadPrep(p, tokens) && !listGoesOn) && !reportedBy && !reporter) {
        g.push(p);
        continue;
      }
    }
    groups.push([p]);
  }
  return groups;
}
