import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dyad, SHARED } from "./helpers.js";
import { loadKnowledge } from "../src/data/knowledge.js";
import { resolveActor, type ActorResolution, type ResolveOptions } from "../src/actors/resolve.js";

const k = await loadKnowledge();
const resolve = (text: string, opts: ResolveOptions = {}): Promise<ActorResolution> => resolveActor(text, opts, k);
type Case = [text: string, opts: ResolveOptions, expected: Partial<ActorResolution>];

async function check(cases: Case[]): Promise<void> {
  for (const [text, opts, expected] of cases) {
    const r = await resolve(text, opts);
    const got = Object.fromEntries(Object.keys(expected).map((key) => [key, r[key as keyof ActorResolution]]));
    assert.deepEqual(got, expected, `${text} ${JSON.stringify(opts)} → ${JSON.stringify(r)}`);
  }
}

test("an office resolves to whoever held it on the date, across inaugurations", () => check([
  ["el presidente de Estados Unidos", { date: "2026-01-29" }, { name: "Donald Trump", country: "USA", sector: "GOV", office: "president" }],
  ["el presidente de Estados Unidos", { date: "2023-05-01" }, { name: "Joe Biden", country: "USA", sector: "GOV" }],
  ["the US president", { date: "2025-01-19" }, { name: "Joe Biden" }],
  ["the US president", { date: "2025-01-20" }, { name: "Donald Trump" }],
  ["el presidente de México", { date: "2024-09-30" }, { name: "Andrés Manuel López Obrador", country: "MEX" }],
  ["la presidenta de México", { date: "2024-10-01" }, { name: "Claudia Sheinbaum", country: "MEX", sector: "GOV" }],
  ["Brazil's president", { date: "2022-06-01" }, { name: "Jair Bolsonaro", country: "BRA" }],
  ["Brazil's president", { date: "2023-06-01" }, { name: "Luiz Inácio Lula da Silva" }],
  ["el canciller argentino", { date: "2024-06-01" }, { name: "Diana Mondino", country: "ARG", office: "foreign minister" }],
  ["the German chancellor", { date: "2025-06-01" }, { name: "Friedrich Merz", country: "DEU" }],
  ["el canciller alemán", { date: "2023-06-01" }, { name: "Olaf Scholz", office: "chancellor" }],
  ["el canciller colombiano", { date: "2023-06-01" }, { name: "Álvaro Leyva", office: "foreign minister" }],
  ["Treasury Secretary", { date: "2024-06-01", lang: "en" }, { name: "Janet Yellen", country: "USA" }],
  ["Mexico's Treasury secretary", { date: "2024-01-01" }, { name: "Rogelio Ramírez de la O", country: "MEX" }],
  ["the Secretary of State", { date: "2022-03-01", lang: "en" }, { name: "Antony Blinken", country: "USA" }],
  ["el fiscal general de Colombia", { date: "2023-01-01" }, { name: "Francisco Barbosa", country: "COL", sector: "JUD" }],
]));

test("a person out of office on the date is ELI; in office, GOV", () => check([
  ["Joe Biden", { date: "2025-06-01" }, { country: "USA", sector: "ELI" }],
  ["Angela Merkel", { date: "2022-01-10" }, { country: "DEU", sector: "ELI" }],
  ["Angela Merkel", { date: "2017-04-01" }, { country: "DEU", sector: "GOV", office: "chancellor" }],
  ["Tony Blinken", { date: "2024-01-01" }, { sector: "GOV", office: "secretary of state" }],
  ["a former CIA official", {}, { country: "USA", sector: "ELI" }],
  ["el expresidente colombiano", {}, { country: "COL", sector: "ELI" }],
  ["Mark Rutte", { date: "2020-01-01" }, { country: "NLD", sector: "GOV", org: null }],
  ["Mark Rutte", { date: "2025-06-01" }, { country: null, org: "NATO" }],
]));

test("context: the country of the article fills in a bare role; its names explain a surname", () => check([
  ["la presidenta", { date: "2025-03-01", context: "Sheinbaum habló desde Palacio Nacional sobre los aranceles a México." },
    { name: "Claudia Sheinbaum", country: "MEX", sector: "GOV" }],
  ["el canciller", { date: "2025-03-01", context: "La Cancillería de Colombia convocó al embajador. Bogotá protestó." },
    { country: "COL", sector: "GOV", office: "foreign minister" }],
  ["Sánchez", { date: "2025-06-01", context: "El ministro de Defensa de Colombia, Pedro Sánchez, viajó a Cúcuta." },
    { name: "Pedro Arnulfo Sánchez", country: "COL", sector: "GOV" }],
  ["De la Fuente", { date: "2025-02-01", context: "El canciller mexicano Juan Ramón de la Fuente se reunió con Marco Rubio." },
    { name: "Juan Ramón de la Fuente", country: "MEX" }],
  ["Rubio", { date: "2025-06-01" }, { name: "Marco Rubio", country: "USA", sector: "GOV" }],
  ["Rubio", { date: "2020-06-01" }, { name: "Marco Rubio", sector: "LEG" }],
  ["The PAN", { context: "Mexico", lang: "en" }, { country: "MEX", sector: "PTY" }],
]));

test("appositions and titles type people in both languages", () => check([
  ["Colombian Defense Minister Pedro Sánchez", { date: "2025-06-01" },
    { name: "Pedro Arnulfo Sánchez", country: "COL", sector: "GOV", office: "defence minister" }],
  ["Colombian Defense Minister Pedro Sánchez", { date: "2024-06-01" }, { name: "Pedro Sánchez", country: "COL", sector: "GOV" }],
  ["Pedro Ramírez, ministro de Defensa de Colombia", {}, { name: "Pedro Ramírez", country: "COL", sector: "GOV" }],
  ["el embajador Ronald Johnson", { date: "2025-06-01" }, { name: "Ronald Johnson", country: "USA", sector: "GOV" }],
  ["Jane Roe, Chile's finance minister", { date: "2024-01-01" }, { name: "Jane Roe", country: "CHL", sector: "GOV" }],
  ["la fiscal venezolana María Pérez", {}, { name: "María Pérez", country: "VEN", sector: "JUD" }],
  ["US Senator Marco Rubio", { date: "2022-01-01" }, { name: "Marco Rubio", country: "USA", sector: "LEG" }],
  ["DEA chief John Doe", { lang: "en" }, { name: "John Doe", country: "USA", sector: "COP" }],
  ["About 200 officers", { lang: "en" }, { name: null }],
  ["secretario de Estado de Asuntos Exteriores de España", {}, { name: null, country: "ESP" }],
]));

test("the coder's entry point: a bare role with the article's home country", async () => {
  const { resolveWith } = await import("../src/actors/resolve.js");
  const r = resolveWith(k, "la presidenta", { date: "2025-03-01", lang: "es", home: "MEX" });
  assert.deepEqual([r.name, r.country, r.sector], ["Claudia Sheinbaum", "MEX", "GOV"]);
  assert.equal(resolveWith(k, "la presidenta", { date: "2025-03-01", lang: "es" }).name, null);
});

test("plural and deputy roles name no single holder; bodies, groups and places keep their codes", () => check([
  ["los presidentes de México", { date: "2025-01-01" }, { name: null, country: "MEX", sector: "GOV" }],
  ["Japan's deputy foreign minister", { date: "2025-01-01" }, { name: null, country: "JPN", sector: "GOV" }],
  ["U.S. agents", {}, { country: "USA", sector: "COP" }],
  ["the Kremlin", {}, { country: "RUS", sector: "GOV" }],
  ["the United Nations Security Council", {}, { name: "UN Security Council", country: null, org: "UN" }],
  ["Mexican authorities", {}, { country: "MEX", sector: "GOV" }],
  ["British experts", {}, { country: "GBR", sector: "EDU" }],
  ["Syrian island", {}, { country: "SYR", sector: null }],
  ["Marcus Beam", {}, { country: null, sector: null }],
]));

test("heads of bodies, groups' men, breakaway entities, places and titles the text gives", () => check([
  ["president of the Riigikogu", {}, { name: null, country: "EST", sector: "LEG" }],
  ["President of the Chadian Human Rights League", {}, { country: "TCD", sector: "SOC" }],
  ["Boko Haram gunmen", {}, { country: "NGA", sector: "REB" }],
  ["a Somalia-based armed group", {}, { country: "SOM", sector: "UAF" }],
  ["He", {}, { country: null, sector: "UNK", rule: "pronoun" }],
  ["Mariupol", {}, { country: "UKR", sector: "CVL" }],
  ["Russia's Baltic Fleet", {}, { country: "RUS", sector: "MIL" }],
  ["SANDF", {}, { country: "ZAF", sector: "MIL" }],
  ["Somaliland", {}, { country: "SOM", sector: "PRE" }],
  ["the International Court of Justice", {}, { country: null, org: "ICJ", sector: "JUD" }],
  ["Burkina Faso's ruling junta", {}, { country: "BFA", sector: "GOV" }],
  ["Foreign Minister Park Jin", { date: "2022-01-01" }, { country: "KOR", sector: "GOV" }],
  ["Jam Kamal Khan", { date: "2021-10-01" }, { country: "PAK", sector: "GOV" }],
  ["Jam Kamal Khan", { date: "2022-10-20" }, { country: "PAK", sector: "LEG" }],
  ["General Thierry Burkhard", { date: "2022-01-01" }, { country: "FRA", sector: "MIL" }],
  ["el presidente de la Corte Suprema de Justicia de Honduras", { date: "2025-01-01" }, { name: null, country: "HND", sector: "JUD" }],
]));

test("CLI: dyad actor TEXT prints the resolution as JSON; bad options are one-line errors", () => {
  const r = dyad(["actor", "el presidente de Estados Unidos", "--date", "2023-05-01", "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual([out.name, out.country, out.sector, out.office], ["Joe Biden", "USA", "GOV", "president"]);
  assert.match(out.rule, /^office\.president@USA=person\.joe-biden$/);
  assert.match(dyad(["actor", "Joe Biden", "--date", "2023-05-01", "--format", "table"]).stdout, /^name\s+Joe Biden\ncountry\s+USA\nsector\s+GOV$/m);
  assert.match(dyad(["actor", "-", "--format", "table"], '{"text": "Joe Biden", "date": "2023-05-01"}\n').stdout, /Joe Biden\s+Joe Biden\s+USA\s+GOV/);
  const bad = dyad(["actor", "Biden", "--date", "1 May 2023"]);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, "dyad: --date must be YYYY-MM-DD, not '1 May 2023'\n");
});

test("CLI: dyad actor - reads JSON lines and answers one line each, in order; bad lines are reported", () => {
  const input = [
    JSON.stringify({ text: "el presidente de Estados Unidos", date: "2026-01-29" }),
    "{oops",
    JSON.stringify({ text: "Marcus Beam" }),
    JSON.stringify({ text: "the International Monetary Fund" }),
    JSON.stringify({ text: "la presidenta", date: "2025-03-01", context: "Sheinbaum viajó a Monterrey, Nuevo León, México." }),
    JSON.stringify({ text: 7 }),
    JSON.stringify({ text: "Biden", date: "2023-02-30" }),
  ].join("\n");
  const r = dyad(["actor", "-", "--format", "jsonl"], `${input}\n`);
  assert.equal(r.code, 0);
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].name, "Donald Trump");
  assert.deepEqual(lines[1], { text: "Marcus Beam", country: null, sector: null });
  assert.deepEqual([lines[2].org, lines[2].country], ["IMF", null]);
  assert.equal(lines[3].name, "Claudia Sheinbaum");
  assert.equal(r.stderr, [
    "dyad: stdin:2: not a JSON object: {oops",
    "dyad: stdin:6: \"text\" must be a non-empty string",
    "dyad: stdin:7: \"date\" must be YYYY-MM-DD, not '2023-02-30'",
    "",
  ].join("\n"));
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
});

// POLECAT's coder (NGEC) actor tests, English, as an outside check. Undated cases are coded as of 2022-01-01,
// when that test suite was written against "today"; xfail cases, helpers pytest never ran and '????' answers are left out.
const NGEC = `${SHARED}anchors/NGEC/derived/NGEC_actor_resolution_cases.jsonl`;
const REFERENCE_DATE = "2022-01-01";
const ORGS = new Set(["IGO", "UNO", "EUR"]);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function isoDate(d: string | undefined): string {
  if (!d || /^today$/i.test(d)) return REFERENCE_DATE;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(d) ?? /^(\w+) (\d{1,2}), (\d{4})$/.exec(d);
  if (!m) throw new Error(`NGEC date not understood: ${d}`);
  const [day, month] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  return `${m[3]}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

interface NgecCase { test: string; xfail: string | null; collected_by_pytest: boolean; method: string; args: string[]; input: string; expected: Record<string, unknown> }

// NGEC leaves the sector of a bare country or demonym empty; dyad codes a country acting as its government (GOV).
function score(c: NgecCase, r: { country: string | null; sector: string | null; org?: string | null; rule?: string | null }) {
  const e = c.expected;
  const none = "result_is_none" in e || "value" in e;
  const country = none ? !r.country && !r.org
    : "country (not equal)" in e ? r.country !== e["country (not equal)"]
      : !("country" in e) ? true
        : ORGS.has(e.country as string) ? !!r.org && !r.country
          : (r.country ?? "") === e.country;
  const bare = /^(country|demonym|metonym)\.[^+]*$/.test(r.rule ?? "");
  const sector = none ? !r.sector
    : "code_1 (In)" in e ? (e["code_1 (In)"] as string[]).includes(r.sector ?? "")
      : !("code_1" in e) ? true
        : e.code_1 === "" ? !r.sector || (bare && r.sector === "GOV")
          : r.sector === e.code_1;
  return { country, both: country && sector };
}

function groupOf(c: NgecCase): string {
  const e = c.expected;
  if ("result_is_none" in e || "value" in e) return "nothing";
  if (ORGS.has(e.country as string)) return "organisations";
  if (c.args[1]) return "with context";
  if (c.args[2] && !/^today$/i.test(c.args[2])) return "dated";
  if (e.country === "") return "no country";
  return "named";
}

// What dyad reaches today guards against regressions; issue 3's targets (90 % / 80 %) stay visible as a TODO until met.
const FLOOR = { country: 0.93, both: 0.8 };
const TARGET = { country: 0.9, both: 0.8 };

test("NGEC actor cases through dyad actor - --format jsonl, per group", { skip: !existsSync(NGEC) && "../shared/anchors is absent" }, async (t) => {
  const cases = readFileSync(NGEC, "utf8").trim().split("\n").map((l) => JSON.parse(l) as NgecCase)
    .filter((c) => c.method === "agent_to_code" && !c.xfail && c.collected_by_pytest && c.expected.code_1 !== "????");
  const input = cases.map((c) => JSON.stringify({ text: c.input.trim(), date: isoDate(c.args[2]), context: c.args[1] || undefined })).join("\n");
  const r = dyad(["actor", "-", "--format", "jsonl", "--lang", "en"], `${input}\n`);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, cases.length);
  const groups = new Map<string, { n: number; country: number; both: number }>();
  cases.forEach((c, i) => {
    const s = score(c, out[i]);
    for (const g of [groupOf(c), "all"]) {
      const acc = groups.get(g) ?? { n: 0, country: 0, both: 0 };
      acc.n++;
      acc.country += +s.country;
      acc.both += +s.both;
      groups.set(g, acc);
    }
  });
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)} %`;
  for (const [g, a] of groups) t.diagnostic(`${g.padEnd(14)} n=${String(a.n).padStart(3)}  country ${pct(a.country, a.n)}  country+sector ${pct(a.both, a.n)}`);
  const all = groups.get("all")!;
  assert.ok(all.country / all.n >= FLOOR.country, `country accuracy ${pct(all.country, all.n)} fell below ${FLOOR.country * 100} %`);
  assert.ok(all.both / all.n >= FLOOR.both, `country+sector accuracy ${pct(all.both, all.n)} fell below ${FLOOR.both * 100} %`);
  const met = all.country / all.n >= TARGET.country && all.both / all.n >= TARGET.both;
  await t.test("issue 3 targets: country ≥ 90 %, country+sector ≥ 80 %", { todo: !met && "not reached yet (see the figures above)" }, () => {
    assert.ok(all.country / all.n >= TARGET.country, `country accuracy ${pct(all.country, all.n)} < 90 %`);
    assert.ok(all.both / all.n >= TARGET.both, `country+sector accuracy ${pct(all.both, all.n)} < 80 %`);
  });
});
