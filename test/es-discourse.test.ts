import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { datelineOf } from "../src/text/dateline.js";

const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// es-discourse (fresh3-es's wrong countries): constructions of Spanish (and English) news discourse. Our own sentences.
// [what it stands for, language, text, an event that must be coded (its start), the start of events that must not be]
const ES_DISCOURSE: [string, "es" | "en", string, string | null, string | null][] = [
  ["a dateline closed by a full stop after a date and an agency ('Ciudad de México, 5 de marzo (AFP).') says the home country", "es",
    "Ciudad de México, 5 de marzo (AFP). El Gobierno convocó al embajador de Ecuador para pedirle explicaciones por la detención de un diplomático ecuatoriano en Quito.",
    "ACCUSE MEX/GOV → ECU/GOV", "ACCUSE ECU/GOV"],
  ["…and in English, a place in capitals and an agency ('LONDON (Reuters).')", "en",
    "LONDON (Reuters). The government summoned Iran's ambassador on Tuesday after Iranian forces seized an oil tanker in the Gulf of Oman.",
    "ACCUSE GBR/GOV → IRN/GOV", "ACCUSE IRN/GOV"],
  ["a paper in exile datelined abroad: the bare state nouns are those of the state the story names, not the dateline's", "es",
    "SAN JOSÉ.— El régimen de Daniel Ortega expulsó este martes a doce sacerdotes. La vicepresidenta Rosario Murillo los acusó de traición a la patria, y la Policía de Nicaragua detuvo a otros dos párrocos en Masaya. En paralelo, el Ministerio del Interior canceló la personería jurídica de 30 asociaciones civiles.",
    "COERCE NIC/GOV → NIC/SOC", "COERCE CRI"],
  ["'su homólogo' with no country or name is an office-holder of the other party's country, never the doer's own", "es",
    "El gobierno de Ecuador suspendió este lunes las importaciones de arroz colombiano. El presidente Gustavo Petro invitó a su homólogo a una reunión en la frontera.",
    "AGREE COL/GOV → ECU/GOV", "AGREE COL/GOV → COL"],
  ["…and 'his counterpart' in English", "en",
    "The Ecuadorian government suspended imports of Colombian rice on Monday. Colombian President Gustavo Petro invited his counterpart to a meeting at the border.",
    "AGREE COL/GOV → ECU/GOV", "AGREE COL/GOV → COL"],
  ["members of a demonstrative epithet ('integrantes de ese grupo armado') are the group it stands for", "es",
    "POPAYÁN. Un ataque con drones de la columna Jaime Martínez, una estructura de las disidencias de las Farc, dejó dos policías muertos. Horas después, tropas del Ejército se enfrentaron con integrantes de ese grupo armado en una vereda de Suárez.",
    "ASSAULT COL/MIL → COL/REB", null],
  ["a trigger set in quotation marks ('expresó su “firme respaldo” a Moldavia') keeps the object after the closing mark", "es",
    "La Unión Europea expresó su “firme respaldo” a Moldavia y pidió a Moscú retirar sus tropas de Transnistria.",
    "SUPPORT EU/- → MDA/GOV", "SUPPORT EU/- → RUS"],
  ["…and in English, 'members of the group' in one phrase are the group named before, not the state", "en",
    "Al-Shabaab fighters attacked a military base in Lower Shabelle on Monday. Somali troops later killed ten members of the group near the town.",
    "ASSAULT SOM/MIL → SOM/REB", "ASSAULT SOM/MIL → SOM/GOV"],
  ["a demand coordinated with a complaint, made of a party named with no country ('pidió a los socios europeos'), is not made of the accused", "es",
    "KIEV. Zelenski acusó a Moscú de sabotear las negociaciones y pidió a los socios europeos acelerar la entrega de defensas antiaéreas.",
    "REQUEST UKR/GOV → ∅", "REQUEST UKR/GOV → RUS"],
];
describe("es-discourse: Spanish discourse constructions behind wrong countries", () => {
  for (const [why, lang, text, want, not] of ES_DISCOURSE) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
  test("datelines closed by a full stop: a place in capitals, or a name with a date or an agency; not a capitalised word alone", () => {
    const place = (t: string) => datelineOf(t)?.place ?? null;
    assert.equal(place("MADRID. El Gobierno anunció"), "MADRID");
    assert.equal(place("MADRID (EFE). El Gobierno anunció"), "MADRID");
    assert.equal(place("Ciudad de México, 5 de marzo (AFP). El presidente"), "Ciudad de México");
    assert.equal(place("LIMA, Mar 5 (Reuters). Police arrested"), "LIMA");
    assert.equal(place("Madrid. El Gobierno anunció"), null);
    assert.equal(place("Ortega, 79 (AFP). Fue detenido"), null);
  });
});
