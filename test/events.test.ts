import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

type Want = [type: string, mode: string | null, source: string, target: string];
const side = (xs: { country: string | null; org: string | null; sector: string | null }[]) =>
  xs.map((a) => `${a.country ?? a.org ?? "-"}/${a.sector ?? "-"}`).join("+") || "∅";

async function events(text: string, language: "es" | "en", date = "2026-03-10"): Promise<Want[]> {
  return (await codeDocument({ id: "t", text, language, date })).map((e) => [e.type, e.mode, side(e.source), side(e.target)]);
}

// [sentence, the event it must give] — our own sentences, one grammatical construction each.
const SPANISH: [string, Want][] = [
  ["La Marina detuvo en Culiacán a dos presuntos integrantes del Cártel de Sinaloa.", ["COERCE", "arrest", "MEX/MIL", "MEX/CRM"]],
  ["Dos sicarios fueron detenidos por la policía estatal de Sonora.", ["COERCE", "arrest", "MEX/COP", "MEX/CRM"]],
  ["El canciller mexicano se reunió con el secretario de Estado de Estados Unidos.", ["CONSULT", null, "MEX/GOV", "USA/GOV"]],
  ["Tras la llamada entre el presidente de Colombia y el presidente de Venezuela, ambos gobiernos reabrieron la frontera.", ["CONSULT", "phone", "COL/GOV", "VEN/GOV"]],
  ["El gobierno de Canadá enviará ayuda humanitaria a Haití.", ["AGREE", null, "CAN/GOV", "HTI/GOV"]],
  ["La Fiscalía de Colombia acusó al exministro de corrupción.", ["ACCUSE", "allege", "COL/JUD", "COL/ELI"]],
  ["Miles de manifestantes marcharon en Buenos Aires contra el gobierno argentino.", ["PROTEST", "demo", "ARG/CVL", "ARG/GOV"]],
  ["Estados Unidos impuso aranceles a las importaciones de acero de México.", ["SANCTION", "discontinue", "USA/GOV", "MEX/GOV"]],
];
const ENGLISH: [string, Want][] = [
  ["Mexican police arrested two suspected cartel members in Sinaloa on Monday.", ["COERCE", "arrest", "MEX/COP", "MEX/CRM"]],
  ["Two smugglers were detained by U.S. Border Patrol agents near El Paso.", ["COERCE", "arrest", "USA/COP", "USA/CRM"]],
  ["Colombia's foreign minister spoke by phone with his Venezuelan counterpart.", ["CONSULT", "phone", "COL/GOV", "VEN/GOV"]],
  ["The European Union condemned Russia's attack on Ukrainian power plants.", ["ACCUSE", "disapprove", "EU/-", "RUS/GOV"]],
  ["Brazil will send humanitarian aid to Bolivia.", ["AGREE", null, "BRA/GOV", "BOL/GOV"]],
];

for (const [lang, table] of [["es", SPANISH], ["en", ENGLISH]] as const) {
  for (const [text, want] of table) {
    test(`${lang}: ${text}`, async () => {
      const got = await events(text, lang);
      assert.ok(got.some((g) => g[0] === want[0] && g[1] === want[1] && g[2] === want[2] && g[3] === want[3]), `want ${want.join(" ")}, got ${JSON.stringify(got)}`);
    });
  }
}

test("negated and hypothetical actions are not events", async () => {
  for (const [text, lang] of [
    ["El canciller no se reunió con el embajador de Estados Unidos.", "es"],
    ["Si el gobierno de México no actúa, Estados Unidos podría imponer sanciones.", "es"],
    ["The ministers did not meet in Brussels.", "en"],
    ["Mexico could arrest the suspects if Washington asked.", "en"],
  ] as const) {
    const got = await events(text, lang);
    assert.ok(!got.some((g) => ["CONSULT", "COERCE"].includes(g[0])), `${text}: ${JSON.stringify(got)}`);
  }
});

test("one event told twice in a document is one record", async () => {
  const text = "El presidente de Guatemala se reunió el lunes con el secretario de Estado de Estados Unidos. " +
    "Durante la reunión, el presidente de Guatemala se reunió con el secretario de Estado durante dos horas.";
  const got = (await events(text, "es", "2026-02-04")).filter((g) => g[0] === "CONSULT");
  assert.equal(got.length, 1, JSON.stringify(got));
});

test("event dates: relative expressions, nominal chains and the story's own day", async () => {
  const text = "El canciller de México habló ayer por teléfono con el secretario de Estado de Estados Unidos.\n\n" +
    "La conversación ocurrió dos días después de la reunión entre el presidente de México y el embajador de Estados Unidos.";
  const evs = await codeDocument({ id: "d", text, language: "es", date: "2026-03-10" });
  const dates = evs.filter((e) => e.type === "CONSULT").map((e) => e.date).sort();
  assert.deepEqual(dates, ["2026-03-08", "2026-03-09"]);
});

test("an office named with its country is held by whoever held it on the event's date", async () => {
  const text = "El presidente de Estados Unidos habló por teléfono con el presidente de México.";
  const names = async (date: string) => (await codeDocument({ id: "o", text, language: "es", date }))
    .flatMap((e) => [...e.source, ...e.target]).map((a) => a.name).sort();
  assert.deepEqual(await names("2026-01-29"), ["Claudia Sheinbaum", "Donald Trump"]);
  assert.deepEqual(await names("2023-05-01"), ["Andrés Manuel López Obrador", "Joe Biden"]);
});
