#!/usr/bin/env node
// Checks the knowledge files: parseable, unique ids, known PLOVER types/modes/sectors/contexts, valid CAMEO codes,
// and no two office-holders sharing the same office, country and dates.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../data/", import.meta.url).pathname;
const problems = [];
const read = (rel) => {
  try {
    return JSON.parse(readFileSync(join(root, rel), "utf8"));
  } catch (e) {
    problems.push(`${rel}: ${e.message}`);
    return { entries: [] };
  }
};
const plover = read("ontology/plover.json");
const types = new Set(plover.types.map((t) => t.type));
const modes = new Set(plover.modes.map((m) => `${m.type}/${m.mode}`));
const sectors = new Set(plover.sectors.map((s) => s.sector));
const contexts = new Set(plover.contexts.map((c) => c.context));
const ids = new Map();
const seenId = (rel, id) => {
  if (!id) problems.push(`${rel}: entry without id`);
  else if (ids.has(id)) problems.push(`${rel}: duplicate id ${id} (also in ${ids.get(id)})`);
  else ids.set(id, rel);
};

for (const lang of ["es", "en"]) {
  for (const rel of readdirSync(join(root, "lexicon", lang)).filter((f) => /^events.*\.json$/.test(f)).map((f) => `lexicon/${lang}/${f}`)) for (const r of read(rel).entries) {
    seenId(rel, r.id);
    if (!types.has(r.type)) problems.push(`${rel}: ${r.id}: unknown type ${r.type}`);
    if (r.mode && !modes.has(`${r.type}/${r.mode}`)) problems.push(`${rel}: ${r.id}: mode ${r.mode} is not a mode of ${r.type}`);
    if (!/^\d{2,4}$/.test(r.cameo ?? "")) problems.push(`${rel}: ${r.id}: bad CAMEO code ${r.cameo}`);
    if (/^(\.\.\.|\S+\?)(\s|$)/.test(r.pattern ?? "")) problems.push(`${rel}: ${r.id}: pattern must start with a word`);
  }
  const crel = `lexicon/${lang}/contexts.json`;
  for (const c of read(crel).entries) {
    seenId(crel, c.id);
    if (!contexts.has(c.context)) problems.push(`${crel}: ${c.id}: unknown context ${c.context}`);
  }
  for (const rel of readdirSync(join(root, "lexicon", lang)).filter((f) => /^grammar.*\.json$/.test(f)).map((f) => `lexicon/${lang}/${f}`)) {
    for (const g of read(rel).entries) seenId(rel, g.id);
  }
  const drel = `lexicon/${lang}/dates.json`;
  for (const e of read(drel).entries) {
    seenId(drel, e.id);
    if (!e.id?.startsWith(`${lang}.dates.`)) problems.push(`${drel}: ${e.id}: id must start with ${lang}.dates.`);
    if (!e.note) problems.push(`${drel}: ${e.id}: entry without note`);
    if (!e.words && !e.values && !e.phrases) problems.push(`${drel}: ${e.id}: entry without words, values or phrases`);
  }
}

const offices = new Map();
for (const f of readdirSync(join(root, "actors")).filter((f) => f.endsWith(".json"))) {
  const rel = `actors/${f}`;
  for (const a of read(rel).entries) {
    seenId(rel, a.id);
    if (a.sector && !a.sector.split("|").every((s) => sectors.has(s))) problems.push(`${rel}: ${a.id}: unknown sector ${a.sector}`);
    if (a.country && !/^[A-Z]{3}$/.test(a.country)) problems.push(`${rel}: ${a.id}: country must be ISO alpha-3, not ${a.country}`);
    if (["institution", "group"].includes(a.kind) && !a.country && !a.org) problems.push(`${rel}: ${a.id}: ${a.kind} without country`);
    // An epithet for a body named before ("the bloc") takes that body's identity, sector included.
    if (["institution", "group", "role"].includes(a.kind) && !a.sector && !a.antecedent) problems.push(`${rel}: ${a.id}: ${a.kind} without sector`);
    for (const o of a.offices ?? []) {
      if (!o.country || !o.sector) problems.push(`${rel}: ${a.id}: office ${o.office} without country/sector`);
      const key = `${o.office}|${o.country}`;
      for (const other of offices.get(key) ?? []) {
        const overlap = (o.from ?? "0000") <= (other.to ?? "9999") && (other.from ?? "0000") <= (o.to ?? "9999");
        if (overlap && other.id !== a.id && /^(president|head of state|prime minister|foreign minister)$/i.test(o.office)) {
          problems.push(`${rel}: ${a.id}: office '${o.office}' of ${o.country} overlaps ${other.id}`);
        }
      }
      offices.set(key, [...(offices.get(key) ?? []), { id: a.id, from: o.from, to: o.to }]);
    }
  }
}
const cameo = read("ontology/cameo.json");
for (const c of cameo.entries) seenId("ontology/cameo.json", c.id);

if (problems.length) {
  for (const p of problems) console.error(`data/${p}`);
  console.error(`lint-data: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint-data: ${ids.size} entries checked, no problems`);
