import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// Known misses of fresh9/fresh10 (test/fixtures/coder-dev/README.md), each a construction another text shows too
// (named in the commit). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-05-12" })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, language, text, an event that must be coded (its start), the start of one that must not be]
const ROWS: [string, "es" | "en", string, string | null, string | null][] = [
  ["a name set off after a noun phrase headed by a body noun restates that body: its sector and the phrase's country", "en",
    "Chile's largest union federation, the CUT, staged a general strike on Monday against the government.", "PROTEST CHL/LAB → CHL/GOV", "PROTEST CHL/UNK"],
  ["…also as the target of a later act", "en",
    "Peru's main teachers' union, the SUTEP, marched against the government in Lima on Monday. The education minister accused the SUTEP of lying.", "ACCUSE PER/GOV → PER/LAB", null],
  ["…while a name after a person's title and a comma is still the person", "en",
    "Chile's foreign minister, Alberto van Klaveren, condemned the attack on the embassy.", "ACCUSE CHL/GOV", null],
  ["a broadcaster is JRN, not the state its name holds", "en",
    "Mali's junta suspended the broadcasts of France 24 and RFI on Wednesday.", "COERCE MLI/GOV → FRA/JRN", "COERCE MLI/GOV → FRA/GOV"],
  ["a bracketed acronym right after a body the knowledge base knows is that body's, also alone later", "en",
    "Police in Niamey arrested a reporter on Friday. Reporters Without Borders (RSF) condemned the arrest. On Saturday RSF called on the authorities to free him.",
    "REQUEST FRA/SOC", "REQUEST SDN"],
  ["a press-freedom group named in full", "en",
    "Police in Caracas detained two photographers on Monday. The Committee to Protect Journalists condemned the detentions.", "ACCUSE USA/SOC → VEN/COP", null],
  ["…in Spanish", "es",
    "La policía detuvo a un periodista en Managua. Reporteros Sin Fronteras (RSF) condenó la detención y exigió su liberación.", "ACCUSE FRA/SOC → NIC/COP", "ACCUSE SDN"],
  ["a co-holder of a body's leadership ('cotitular') is of the body's sector", "es",
    "En Buenos Aires, el cotitular de la CGT Héctor Daer exigió al Gobierno que retire el proyecto de reforma laboral.", "REQUEST ARG/LAB", null],
  ["an unknown name with a body word is an antecedent for 'it' with its sector, before a person named earlier", "en",
    "Police detained opposition leader Juan Pérez in Lima on Monday, the country's Investigative Committee said. The committee said it had charged him with treason.",
    "ACCUSE PER/GOV → PER/OPP", "ACCUSE PER/OPP"],
  ["…and for an epithet of a body ('el organismo')", "es",
    "La policía nicaragüense detuvo al obispo Rolando Álvarez el viernes, informó el Consejo Nacional de Seguridad. El organismo lo acusó de traición.",
    "ACCUSE NIC/GOV → NIC/REL", null],
  ["aid told by the vehicle that carries it, from the body the vehicle is of, to the story's country", "es",
    "COBIJA, Bolivia, 24 feb (EFE).- Un avión Hércules de la Fuerza Aérea Argentina aterrizó este martes en Cobija con 18 toneladas de alimentos.",
    "AID ARG/MIL → BOL/CVL", null],
  ["…a ship after a dateline's bracket", "es",
    "MATANZAS, Cuba, 3 mar (Prensa Latina) El buque Huasteco de la Armada de México atracó este lunes en el puerto con 500 toneladas de arroz.",
    "AID MEX/MIL", null],
  ["…in English, a vehicle carrying goods", "en",
    "PORT SUDAN, Sudan (AP) — A Qatari convoy carrying 900 tonnes of food reached the city on Sunday.", "AID QAT/GOV → SDN/CVL", null],
  ["…while 'with the help of' is no cargo", "es",
    "Los rescatistas llegaron al pueblo con ayuda de la policía el lunes.", null, "AID"],
  ["a refusal whose object is an apology someone demands", "es",
    "MADRID.- El Gobierno español exigió una disculpa a Buenos Aires. La Casa Rosada, sin embargo, descartó cualquier disculpa.", "REJECT ARG/GOV", null],
  ["…in English", "en",
    "BUENOS AIRES (Reuters) - Spain demanded an apology on Monday. The presidency ruled out any apology to Madrid.", "REJECT ARG/GOV → ESP/GOV", null],
  ["a negated verb of negotiating is a refusal to negotiate, aimed past words between it and 'con'", "es",
    "PANAMÁ.- El presidente afirmó que el Gobierno no negociará bajo presión con los docentes en huelga.", "REJECT PAN/GOV → PAN/EDU", null],
  ["…in English", "en",
    "The government will not negotiate under pressure with the striking teachers, the Kenyan president said on Monday.", "REJECT KEN/GOV → KEN/EDU", null],
  ["'abrogar' (Mexican for 'derogar') is a change of policy refused", "es",
    "CIUDAD DE MÉXICO.- La presidenta Claudia Sheinbaum descartó abrogar la ley del ISSSTE por su costo fiscal.", "REJECT MEX/GOV", null],
  ["an addressee asked to act is the request's target, not the party of the act asked for", "en",
    "BOGOTA (Reuters) - Speaking outside the United Nations on Friday, the leftist leader urged American soldiers to disobey orders from President Donald Trump.",
    "REQUEST COL/GOV → USA/MIL", "REQUEST COL/GOV → USA/GOV"],
  ["…in Spanish", "es",
    "BOGOTÁ.- El presidente Gustavo Petro instó a los soldados estadounidenses a desobedecer las órdenes de Trump.", "REQUEST COL/GOV → USA/MIL", "REQUEST COL/GOV → USA/GOV"],
  ["…while troops asked to be sent somewhere leave the place's state the target", "en",
    "Haiti's prime minister asked for Kenyan police to be sent to Port-au-Prince on Monday.", null, "REQUEST HTI/GOV → KEN/COP"],
  ["a security force entering a prison is deployed there, not jailed", "es",
    "QUITO.- Unos 1.200 militares ingresaron al penal de Guayaquil el miércoles para retomar el control.", "MOBILIZE ECU/MIL", "COERCE"],
  ["…police too", "es",
    "QUITO.- Unos 300 policías ingresaron al penal de Turi el martes.", "MOBILIZE ECU/COP", "COERCE"],
  ["…while a person entering prison is still jailed", "es",
    "QUITO.- El exministro Jorge Glas ingresó en prisión el lunes tras la orden del juez.", "COERCE", null],
  ["a function word capitalised between two words of a name is the name's, and members of a named body are of the body", "en",
    "In Abuja, police arrested 15 members of the Enough Is Enough Coalition who staged a protest outside the parliament on Monday.",
    "PROTEST NGA/SOC", "COERCE NGA/COP → NGA/GOV"],
  ["…a pronoun inside a name is no anaphor", "en",
    "Police in Lagos detained 23 members of the Take It Back Movement on Monday.", "COERCE NGA/COP → NGA/SOC", null],
];
describe("follow3: known misses of fresh9 and fresh10, by construction", () => {
  for (const [why, lang, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
