import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { table } from "./event-table.js";

// A verb of calling with a quoted complement reports a public judgement: criticism whatever the quoted words (no list
// of epithets to keep up), praise when a word of praise is quoted, nothing when the quotation only describes.
table("quoted judgements (en)", [
  ["an epithet no list holds criticises", "Chile's foreign ministry called the Bolivian decree \"a bureaucratic trap\" on Monday.", "ACCUSE CHL/GOV", null],
  ["a quoted adjective criticises", "Hungary's prime minister called the Brussels ruling \"politically motivated\" on Friday.", "ACCUSE HUN/GOV", null],
  ["a word of praise endorses", "Brazil's foreign minister called the accord with Argentina \"a historic step\" on Monday.", "SUPPORT BRA/GOV → ARG/GOV", "ACCUSE"],
  ["blame with praise is blame", "Brazil's foreign minister called the Argentine veto \"a historic mistake\" on Monday.", "ACCUSE BRA/GOV", "SUPPORT"],
  ["how talks went is no judgement", "Oman's foreign minister described the session with Iran's envoy as \"constructive\".", null, "ACCUSE"],
  ["a quotation opened after the verb's object is not the complement", "The Law Society of Kenya condemned what it called \"the criminalization of peaceful protest\".", "ACCUSE KEN/", null],
]);

const es = async (text: string): Promise<string[]> =>
  (await codeDocument({ id: "t", text, language: "es", date: "2026-05-12" })).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")} → ${e.target.map((a) => a.country ?? a.org).join("+")}`);

describe("calificaciones entre comillas (es)", () => {
  test("un epíteto que ninguna lista recoge critica", async () => {
    const got = await es("La cancillería chilena calificó el decreto boliviano de \"trampa burocrática\" este lunes.");
    assert.ok(got.some((e) => e.startsWith("ACCUSE CHL")), JSON.stringify(got));
  });
  test("una palabra de elogio respalda", async () => {
    const got = await es("El canciller brasileño calificó el acuerdo con Argentina de \"paso histórico\" este lunes.");
    assert.ok(got.some((e) => e.startsWith("SUPPORT BRA → ARG")), JSON.stringify(got));
    assert.ok(!got.some((e) => e.startsWith("ACCUSE")), JSON.stringify(got));
  });
  test("censura con elogio es censura", async () => {
    const got = await es("El canciller brasileño calificó el veto argentino de \"un error histórico\" este lunes.");
    assert.ok(got.some((e) => e.startsWith("ACCUSE BRA")), JSON.stringify(got));
    assert.ok(!got.some((e) => e.startsWith("SUPPORT")), JSON.stringify(got));
  });
  test("describir cómo fue un diálogo no es un juicio", async () => {
    const got = await es("El canciller omaní describió el diálogo con el enviado iraní como \"productivo\".");
    assert.ok(!got.some((e) => e.startsWith("ACCUSE") || e.startsWith("SUPPORT")), JSON.stringify(got));
  });
});
