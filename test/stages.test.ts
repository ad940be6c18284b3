import { test } from "node:test";
import assert from "node:assert/strict";
import { runStages, STAGES, type StageId, type Work } from "../src/pipeline/index.js";

const doc = (text: string, language: "es" | "en" = "es") => ({ id: "t", text, language, date: "2026-03-10" });

// [stage, our own text, what the document under work must show after that stage]
const TABLE: [StageId, string, "es" | "en", (w: Work) => unknown, unknown][] = [
  ["segment", "LIMA, 9 mar.— El canciller de Chile llegó a Lima. Se reunió con su homólogo.", "es", (w) => [w.spans.length, w.doc.text.slice(w.spans[0]!.start, w.spans[0]!.start + 2)], [2, "El"]],
  ["tokenize", "Perú expulsó al embajador.", "es", (w) => w.sentences[0]!.tokens.map((t) => t.text), ["Perú", "expulsó", "al", "embajador", "."]],
  ["lemmatize", "La Marina detuvo a dos hombres.", "es", (w) => w.sentences[0]!.tokens[2]!.lemmas.includes("detener"), true],
  ["lemmatize", "Police arrested two men.", "en", (w) => w.sentences[0]!.tokens[1]!.lemmas[0], "arrest"],
  ["phrases", "El canciller de México viajó a Pekín.", "es", (w) => w.parsed[0]!.phrases.map((p) => `${p.actor.country}/${p.actor.sector}`), ["MEX/GOV", "CHN/GOV"]],
  ["triggers", "Colombia no se reunió con Venezuela.", "es", (w) => w.triggers[0]!.length, 0],
  ["triggers", "Canadá enviará ayuda humanitaria a Haití.", "es", (w) => w.triggers[0]!.map((t) => [t.rule.type, t.future]), [["AID", true]]],
  ["roles", "Brazil's police arrested two Paraguayan smugglers.", "en", (w) => w.analyzed[0]!.found.map((f) => [f.roles.source[0]?.actor.text, f.roles.target[0]?.actor.text]), [["Brazil's police", "Paraguayan smugglers"]]],
  // A passive whose subject follows it, behind a framing phrase that opens the sentence: the subject underwent it.
  ["roles", "En la operación fueron capturados cuatro guerrilleros del ELN.", "es", (w) => w.analyzed[0]!.found.map((f) => f.roles.target[0]?.actor.text), ["guerrilleros del ELN"]],
  ["document-actors", "La embajadora de Estados Unidos en Honduras, Laura Dogu, habló con la prensa. Dogu criticó al gobierno.", "es",
    (w) => w.analyzed[1]!.phrases.find((p) => p.actor.text === "Dogu")?.actor.country, "USA"],
  ["document-actors", "El Partido Patriota (PP) de Guatemala denunció fraude. El PP pidió un recuento.", "es",
    (w) => w.analyzed.map((a) => a.phrases.filter((p) => p.actor.text.includes("PP")).map((p) => p.actor.country ?? p.actor.name)), [["GTM"], ["GTM"]]],
  ["home", "CARACAS.— La Guardia Nacional detuvo a tres personas en Táchira.", "es", (w) => [w.discourse.home, w.where], ["VEN", "VEN"]],
  ["decide", "El gobierno de Canadá enviará ayuda humanitaria a Haití.", "es", (w) => w.drafts.map((d) => [d.type, d.trace.some((t) => t.startsWith("type.announced:"))]), [["AGREE", true]]],
  ["places", "MONTERREY, N.L. — Policías estatales detuvieron a dos hombres en Apodaca. El gobernador condenó el ataque.", "es",
    (w) => w.drafts.map((d) => [d.type, d.place?.name, d.place?.admin1_code]), [["COERCE", "Ciudad Apodaca", "MX.19"], ["ACCUSE", "Monterrey", "MX.19"]]],
  ["merge", "Chile condenó a Perú por el ataque. El gobierno de Chile condenó a Perú.", "es", (w) => [w.drafts.filter((d) => d.type === "ACCUSE").length, w.events.filter((e) => e.type === "ACCUSE").length], [2, 1]],
];

test("the stages run in the declared order, each once", () => {
  assert.deepEqual(STAGES.map((s) => s.id), ["segment", "tokenize", "lemmatize", "phrases", "triggers", "roles", "document-actors", "home", "decide", "places", "merge"]);
});

for (const [stage, text, lang, get, want] of TABLE) {
  test(`stage ${stage} (${lang}): ${text}`, async () => {
    assert.deepEqual(get(await runStages(doc(text, lang), stage)), want);
  });
}
