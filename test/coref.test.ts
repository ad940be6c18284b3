import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { loadKnowledge } from "../src/data/knowledge.js";
import { nameGender } from "../src/actors/gender.js";

// Who each event's source and target are, by name (else country/sector).
async function sides(text: string, language: "es" | "en"): Promise<string[]> {
  const who = (xs: { name: string | null; country: string | null; sector: string | null }[]) => xs.map((x) => x.name ?? `${x.country}/${x.sector}`).join("+") || "∅";
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).map((e) => `${e.type} ${who(e.source)} > ${who(e.target)}`);
}

// Our own short stories: a pronoun or an epithet must take an antecedent of its gender and number.
const TABLE: [language: "es" | "en", text: string, want: string][] = [
  ["es", "El presidente de Estados Unidos habló con Claudia Sheinbaum. Ella rechazó la propuesta de aranceles.", "REJECT Claudia Sheinbaum > Donald Trump"],
  ["es", "Claudia Sheinbaum recibió al presidente de Estados Unidos. Él criticó a México por el tráfico de drogas.", "ACCUSE Donald Trump > MEX/GOV"],
  ["es", "El presidente de Estados Unidos llamó a Claudia Sheinbaum. La mandataria agradeció la llamada.", "SUPPORT Claudia Sheinbaum > Donald Trump"],
  ["es", "Claudia Sheinbaum habló con el presidente de Estados Unidos. El mandatario elogió a México.", "SUPPORT Donald Trump > MEX/GOV"],
  ["en", "Claudia Sheinbaum spoke with the president of the United States. He praised Mexico for the arrests.", "SUPPORT Donald Trump > MEX/GOV"],
  ["en", "The president of the United States called Claudia Sheinbaum on Monday. She rejected the tariff plan.", "REJECT Claudia Sheinbaum > Donald Trump"],
  ["es", "La Guardia Costera de Estados Unidos detuvo a cuatro pescadores de Tamaulipas. La Cancillería mexicana informó que el consulado les brinda asistencia.", "AID Secretaría de Relaciones Exteriores > MEX/AGR"],
  ["en", "Striking dock workers said they will not end the strike until the port pays them.", "REJECT null/LAB > ∅"],
  // "la disidencia", "los disidentes": after a rebel group named before, its dissident factions; with none, the opposition.
  ["es", "El Ejército de Colombia atacó un campamento de las disidencias de las FARC en Cauca. Los disidentes mataron a dos soldados.", "ASSAULT Disidencias de las FARC > COL/MIL"],
  ["es", "Soldados del Ejército de Colombia combatieron con disidencias de las FARC en Guaviare. La disidencia secuestró a tres soldados.", "ASSAULT Disidencias de las FARC > COL/MIL"],
  ["es", "La policía de Cuba detuvo a cinco disidentes en La Habana. La disidencia denunció la represión.", "ACCUSE CUB/OPP > CUB/COP"],
];

for (const [lang, text, want] of TABLE) {
  test(`agreement (${lang}): ${text}`, async () => {
    assert.ok((await sides(text, lang)).includes(want), `${want} not in ${JSON.stringify(await sides(text, lang))}`);
  });
}

test("given names give a person's usual gender; ambiguous names give none", async () => {
  const k = await loadKnowledge();
  assert.equal(nameGender(k.givenNames, "Delcy Rodríguez"), "f");
  assert.equal(nameGender(k.givenNames, "Nicolás Maduro"), "m");
  assert.equal(nameGender(k.givenNames, "Jose Raul Mulino"), "m");
  assert.equal(nameGender(k.givenNames, "Andrea Costa"), null);
  assert.equal(nameGender(k.givenNames, null), null);
});

// Our own stories: "the bloc", "el organismo" stand for the body named last, not for a person or a country.
const BODIES: [language: "es" | "en", text: string, want: string][] = [
  ["en", "The European Union met Georgia's prime minister on Monday. On Tuesday Georgia turned down the bloc's grants.", "REJECT GEO/GOV > EU/null"],
  ["en", "Mali's junta left ECOWAS in January. In March the bloc condemned Mali's president.", "ACCUSE ECOWAS/null > "],
  ["es", "La Unión Europea anunció nuevas sanciones contra Nicaragua. El bloque condenó al gobierno de Nicaragua.", "ACCUSE EU/null > NIC/GOV"],
];

for (const [lang, text, want] of BODIES) {
  test(`a body's epithet (${lang}): ${text}`, async () => {
    const org = (xs: { org: string | null; country: string | null; sector: string | null }[]) => xs.map((x) => x.country ? `${x.country}/${x.sector}` : `${x.org}/null`).join("+");
    const got = (await codeDocument({ id: "t", text, language: lang, date: "2026-03-10" })).map((e) => `${e.type} ${org(e.source)} > ${org(e.target)}`);
    assert.ok(got.some((g) => g.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
  });
}
