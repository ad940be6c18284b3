import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// What a user sees of each event: type, date, then each side's country/sector.
const coded = async (text: string, language: "es" | "en", date = "2026-03-12") =>
  (await codeDocument({ id: "t", text, language, date })).map((e) =>
    `${e.type} ${e.date} ${e.source.map((a) => `${a.country}/${a.sector}`).join("+")} → ${e.target.map((a) => `${a.country}/${a.sector}`).join("+")}`);

// Our own sentences, found as constructions while checking the bundled corpus's MEX–USA list by hand
// (examples/corpus/EVENTS.md, "Re-check after session 8"). `want` are prefixes of events that must be coded,
// `not` prefixes of events that must not.
const TABLE: [why: string, lang: "es" | "en", text: string, want: string[], not: string[]][] = [
  ["what a dispute is about is no act of the day", "en",
    "Chile's trade minister met his Peruvian counterpart on Tuesday. He said differences remain over the Peruvian tariff on Chilean copper.",
    ["CONSULT"], ["SANCTION"]],
  ["what a dispute is about is no act of the day", "es",
    "El canciller de Chile se reunió este martes con su homólogo de Perú. Dijo que persisten diferencias sobre el arancel peruano al cobre chileno.",
    ["CONSULT"], ["SANCTION"]],
  ["a sanction told as news stays an act", "en",
    "Peru imposed a tariff on Chilean copper on Tuesday.", ["SANCTION 2026-03-10 PER/GOV → CHL/"], []],
  ["a visit owned by a possessive after 'tras' is recalled, not news of the report's day", "es",
    "El presidente de Chile dijo este miércoles que la relación con Perú es buena tras su visita a Lima.",
    [], ["CONSULT"]],
  ["a visit owned by a possessive after 'after' is recalled, not news of the report's day", "en",
    "Chile's president said on Wednesday that relations with Peru were good after his visit to Lima.",
    [], ["CONSULT"]],
  ["a meeting after 'tras' with no possessive, its party named, is still the background reported", "es",
    "El gobierno de Chile liberó a dos pescadores peruanos tras unas conversaciones con Perú.",
    ["RETREAT", "CONSULT"], []],
  ["a nationality in a comma-set apposition gives the person before it that country, not its state", "es",
    "La policía de Chile decomisó cocaína en Arica. El conductor, de nacionalidad peruana, fue detenido.",
    ["COERCE 2026-03-12 CHL/COP → PER/"], ["COERCE 2026-03-12 CHL/COP → PER/GOV"]],
  ["a demonym with 'national' after it is a person of that country, not its state", "en",
    "Chilean police seized cocaine in Arica. The driver, a Peruvian national, was arrested.",
    ["COERCE 2026-03-12 CHL/COP → PER/"], ["COERCE 2026-03-12 CHL/COP → PER/GOV"]],
  ["a day word in a comma-set relative clause dates that clause only: the next sentence goes on from the report's day", "es",
    "El canciller de Chile rechazó este jueves las críticas del ministro de Defensa de Perú, Luis Gómez, quien ayer acusó a Chile de espionaje. El canciller chileno pidió a Lima que presente pruebas.",
    ["REJECT 2026-03-12 CHL/GOV → PER/GOV", "ACCUSE 2026-03-11 PER/GOV → CHL/", "REQUEST 2026-03-12 CHL/GOV → PER/"], ["REQUEST 2026-03-11"]],
  ["a day word in a comma-set relative clause dates that clause only: the next sentence goes on from the report's day", "en",
    "Chile's foreign minister on Thursday rejected the criticism of Peru's defense minister, Luis Gómez, who yesterday accused Chile of spying. The Chilean minister asked Lima to present evidence.",
    ["REJECT 2026-03-12 CHL/GOV → PER/GOV", "ACCUSE 2026-03-11 PER/GOV → CHL/", "REQUEST 2026-03-12 CHL/GOV → PER/"], ["REQUEST 2026-03-11"]],
  ["a reward is offered to the public: the offer has no recipient, not the other side of the story", "en",
    "Prosecutors in Lima charged three leaders of a Chilean gang with extortion. Peru's interior ministry offered rewards of up to $50,000 for information leading to arrests.",
    ["AGREE 2026-03-12 PER/GOV → "], ["AGREE 2026-03-12 PER/GOV → CHL"]],
  ["a reward is offered to the public: the offer has no recipient, not the other side of the story", "es",
    "La Fiscalía de Perú acusó a tres líderes de una banda chilena de extorsión. El Ministerio del Interior peruano ofreció una recompensa de 50 mil soles por información sobre su paradero.",
    ["AGREE 2026-03-12 PER/GOV → "], ["AGREE 2026-03-12 PER/GOV → CHL"]],
  ["an offer made to a party still has it as its recipient", "en",
    "Chile's foreign minister met his Peruvian counterpart on Monday. Chile offered Peru a new round of talks.",
    ["AGREE 2026-03-09 CHL/GOV → PER/GOV"], []],
  ["a day told right after an act's noun is the noun's: the next sentence goes on from the sentence's later day", "en",
    "Peru's warning on Monday that its troops could close the border drew a sharp response from Santiago on Wednesday. Chile's president said Chile \"will not accept\" any incursion.",
    ["THREATEN 2026-03-09 PER/GOV", "REJECT 2026-03-11 CHL/GOV → PER/GOV"], ["REJECT 2026-03-09"]],
  ["a measure defended with no owner named is the defender's own: no support of the other side", "es",
    "Chile entregó una nota diplomática a Perú para protestar por el cierre de un paso fronterizo. El gobierno de Tacna defendió la medida.",
    [], ["SUPPORT 2026-03-12 PER/GOV → CHL"]],
  ["a measure defended with no owner named is the defender's own: no support of the other side", "en",
    "Chile sent a diplomatic note to Peru to protest the closure of a border crossing. Peru's government defended the decision.",
    [], ["SUPPORT 2026-03-12 PER/GOV → CHL"]],
  ["another's right defended, its owner named, is support of the owner", "es",
    "El canciller de Francia defendió el derecho de Ucrania a defenderse.", ["SUPPORT 2026-03-12 FRA/GOV → UKR/GOV"], []],
  ["a request answered is aimed at whoever made it, not at a place of its content", "en",
    "Chile's transport ministry on Tuesday rejected requests from two Peruvian airlines to open new routes to Chilean cities.",
    ["REJECT 2026-03-10 CHL/GOV → PER/BUS"], []],
  ["a request answered is aimed at whoever made it", "es",
    "El Ministerio de Transportes de Chile rechazó este martes las solicitudes de dos aerolíneas peruanas para abrir nuevas rutas.",
    ["REJECT 2026-03-10 CHL/GOV → PER/BUS"], []],
  ["deportation flights resumed remove people from the country (COERCE/deport), their destination's civilians", "en",
    "The United States resumed deportation flights to Guatemala on Monday.", ["COERCE 2026-03-09 USA/GOV → GTM/CVL"], ["COOPERATE"]],
  ["deportation flights resumed remove people from the country (COERCE/deport), their destination's civilians", "es",
    "Estados Unidos reanudó este lunes los vuelos de deportación a Guatemala.", ["COERCE 2026-03-09 USA/GOV → GTM/CVL"], ["COOPERATE"]],
  ["after a meeting in its sentence, 'the two' are the meeting's parties, not the last two named", "en",
    "Peruvian Defense Minister Luis Rojas met Chilean Defense Minister Ana Soto at the Chilean Army headquarters on Tuesday, and the two agreed to share radar data.",
    ["AGREE 2026-03-10 PER/GOV → CHL/GOV"], ["AGREE 2026-03-10 PER/GOV → CHL/MIL"]],
  ["after a meeting in its sentence, 'ambos' are the meeting's parties, not the last two named", "es",
    "El ministro de Defensa de Perú, Luis Rojas, se reunió este martes con la ministra de Defensa de Chile, Ana Soto, en la sede del Ejército de Chile, y ambos acordaron compartir datos de radar.",
    ["AGREE 2026-03-10 PER/GOV → CHL/GOV"], ["AGREE 2026-03-10 PER/GOV → CHL/MIL"]],
  ["talks said to go on are a state, no meeting and no new promise (GUIDELINES: generic ongoing states)", "en",
    "Peru's transport ministry said it would keep talking with Chilean officials.", [], ["AGREE", "CONSULT"]],
  ["talks said to go on are a state, no meeting and no new promise (GUIDELINES: generic ongoing states)", "es",
    "El Ministerio de Transportes de Perú dijo que seguirá dialogando con las autoridades de Chile.", [], ["AGREE", "CONSULT"]],
  ["talks announced are still a promise", "en",
    "Peru's trade minister will hold talks with Chilean officials next week.", ["AGREE 2026-03-12 PER/GOV → CHL/GOV"], []],
  ["a warning that one's own side could strike is the warner's one threat, however long the pattern's gap", "en",
    "Chile's warning on Monday that Chilean troops could strike gangs across the border drew a sharp response from Lima on Wednesday. Peru's president said Peru \"will not accept\" any incursion.",
    ["THREATEN 2026-03-09 CHL/GOV", "REJECT 2026-03-11 PER/GOV → CHL/GOV"], ["THREATEN 2026-03-09 CHL/MIL", "REJECT 2026-03-09"]],
  ["a noun's complement does not lie past its clause's verb: water deliveries coming from dams are no prisoner transfer", "es",
    "Chile y Perú firmaron un acuerdo sobre el agua del río Lauca. La Cancillería chilena dijo que las entregas saldrán sobre todo de presas de Arica.",
    [], ["COOPERATE"]],
  ["a transfer of prisoners told as a verb stays one", "es",
    "Chile entregó este martes a 12 presos peruanos a Perú.", ["COOPERATE 2026-03-10 CHL/GOV"], []],
  ["deportation flights to a town, then the country it lies in after a comma: the people removed are that country's", "en",
    "Chile resumed deportation flights to Tacna, in southern Peru, on Tuesday.", ["COERCE 2026-03-10 CHL/GOV → PER/CVL"], []],
];

for (const [why, lang, text, want, not] of TABLE) {
  test(`${why} (${lang}): ${text}`, async () => {
    const got = await coded(text, lang);
    for (const w of want) assert.ok(got.some((e) => e.startsWith(w)), `${w} not in ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.some((e) => e.startsWith(n)), `${n} in ${JSON.stringify(got)}`);
  });
}
