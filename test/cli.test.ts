import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dyad } from "./helpers.js";
import { EventSchema } from "../src/model/event.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
const file = (name: string, body: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};
const ARTICLE = "El canciller de México se reunió este martes con el secretario de Estado de Estados Unidos en Washington.";

test("code prints one valid JSON event per line, with offsets into the text", () => {
  const r = dyad(["code", file("nota.txt", ARTICLE), "--format", "jsonl", "--date", "2026-03-10"]);
  assert.equal(r.code, 0, r.stderr);
  const events = r.stdout.trim().split("\n").map((l) => EventSchema.parse(JSON.parse(l)));
  const consult = events.find((e) => e.type === "CONSULT");
  assert.ok(consult, r.stdout);
  assert.equal(consult.doc, "nota");
  assert.equal(consult.date, "2026-03-10");
  assert.equal(ARTICLE.slice(consult.trigger.start, consult.trigger.end), consult.trigger.text);
  assert.deepEqual([consult.source[0]?.country, consult.target[0]?.country].sort(), ["MEX", "USA"]);
});

test("the same input gives the same event ids", () => {
  const a = dyad(["code", file("same.txt", ARTICLE), "--format", "jsonl", "--date", "2026-03-10"]).stdout;
  const b = dyad(["code", file("same.txt", ARTICLE), "--format", "jsonl", "--date", "2026-03-10"]).stdout;
  assert.equal(a, b);
});

test("stdin, --lang and tsv/json/table formats", () => {
  const en = "Mexican police arrested two suspected cartel members in Sinaloa on Monday.";
  const tsv = dyad(["code", "-", "--lang", "en", "--date", "2026-02-03", "--format", "tsv"], en);
  assert.equal(tsv.code, 0, tsv.stderr);
  const [header, row] = tsv.stdout.trim().split("\n");
  assert.ok(header?.startsWith("doc\tid\tdate\ttype"));
  assert.match(row ?? "", /\tCOERCE\tarrest\t/);
  assert.match(row ?? "", /2026-02-02/, "'on Monday' before a Tuesday publication is the day before");
  assert.match(row ?? "", /\tSinaloa\tMEX\tMX\.25\tadmin1\t/, "the place columns");
  const json = JSON.parse(dyad(["code", "-", "--date", "2026-02-03", "--format", "json"], en).stdout);
  assert.equal(json[0].language, "en", "language detected");
  assert.match(dyad(["code", "-", "--date", "2026-02-03", "--format", "table"], en).stdout, /COERCE\/arrest/);
});

test("JSONL documents: ids, dates and a malformed line reported with its line number", () => {
  const lines = [
    JSON.stringify({ id: "a1", text: ARTICLE, date: "2026-03-10", language: "es" }),
    "{not json",
    JSON.stringify({ id: "a2", text: "Protesters marched against the government in Buenos Aires on Thursday.", date: "2026-02-20" }),
    JSON.stringify({ id: "a3", text: "x", date: "20-02-2026" }),
  ].join("\n");
  const r = dyad(["code", file("docs.jsonl", lines), "--format", "jsonl"]);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /docs\.jsonl:2: malformed JSON line/);
  assert.match(r.stderr, /docs\.jsonl:4: invalid document: date/);
  const docs = new Set(r.stdout.trim().split("\n").map((l) => JSON.parse(l).doc));
  assert.deepEqual([...docs].sort(), ["a1", "a2"]);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
});

test("bad files get one line each naming the file; the rest is still coded", () => {
  const good = file("good.txt", ARTICLE);
  const bad = [
    file("empty.txt", ""),
    file("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])),
    file("latin1.txt", Buffer.from("Reunión en México", "latin1")),
    file("nobody.html", "<html><head><title>x</title></head><body></body></html>"),
    file("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a")),
  ];
  const r = dyad(["code", ...bad, good, "--format", "jsonl", "--date", "2026-03-10"]);
  assert.equal(r.code, 0, "something was coded");
  const errs = r.stderr.trim().split("\n");
  assert.equal(errs.length, bad.length, r.stderr);
  for (const [i, p] of bad.entries()) assert.ok(errs[i]!.startsWith(`${p}: `), errs[i]);
  assert.match(r.stderr, /empty/);
  assert.match(r.stderr, /binary/);
  assert.match(r.stderr, /UTF-8/);
  assert.match(r.stderr, /no readable article/);
  assert.match(r.stderr, /too large/);
  assert.ok(r.stdout.includes('"doc":"good"'));
  const none = dyad(["code", bad[0]!]);
  assert.notEqual(none.code, 0, "non-zero only when nothing could be coded");
  assert.equal(none.stderr.trim().split("\n").length, 2);
});

test("HTML: the article body is coded, not the page chrome", () => {
  const html = `<!doctype html><html lang="es"><head><title>Portada</title><meta property="article:published_time" content="2026-03-10T09:00:00Z"></head>
  <body><nav>Inicio | Mundo | Deportes | Ataque de risa</nav><article><h1>Reunión bilateral</h1><p>${ARTICLE}</p>
  <p>Ambos funcionarios hablaron sobre migración y comercio durante más de una hora en la sede del Departamento de Estado.</p></article>
  <footer>© Diario</footer></body></html>`;
  const r = dyad(["code", file("pagina.html", html), "--format", "jsonl"]);
  assert.equal(r.code, 0, r.stderr);
  const events = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.ok(events.some((e) => e.type === "CONSULT" && e.date === "2026-03-10"));
  assert.ok(!events.some((e) => e.type === "ASSAULT"), "navigation text is not coded");
});

test("HTML: paragraphs with no space between them stay apart sentences", () => {
  const filler = "Ambos funcionarios hablaron sobre migración y comercio durante más de una hora en la sede del Departamento de Estado.";
  const html = `<html lang="es"><head><title>Nota</title></head><body><article><p>La Marina detuvo el lunes en Mazatlán a dos presuntos narcotraficantes.</p><p>Con información de agencias. ${filler}</p><p>${filler}</p></article></body></html>`;
  const r = dyad(["code", file("junta.html", html), "--format", "jsonl", "--date", "2026-03-10"]);
  assert.equal(r.code, 0, r.stderr);
  const arrest = r.stdout.trim().split("\n").map((l) => JSON.parse(l)).find((e) => e.type === "COERCE");
  assert.ok(arrest, r.stdout);
  assert.ok(!arrest.evidence.includes("narcotraficantes.Con"), arrest.evidence);
  assert.equal(arrest.evidence, "La Marina detuvo el lunes en Mazatlán a dos presuntos narcotraficantes.");
});

test("invalid options get a clear message", () => {
  assert.match(dyad(["code", "x.txt", "--date", "yesterday"]).stderr, /--date must be YYYY-MM-DD/);
  assert.match(dyad(["code", "x.txt", "--format", "xml"]).stderr, /--format must be one of/);
  assert.match(dyad(["frobnicate"]).stderr, /unknown command/);
  assert.match(dyad(["eval", file("notgold.json", "{}")]).stderr, /not a gold file/);
});

test("ingest holds a mis-dated article; confirm-date lists it and, with the right date, codes it again into the events", () => {
  const db = join(dir, "held.sqlite");
  const docs = file("held.jsonl", [
    { id: "roto-1970", date: "1970-01-01", language: "es", text: "El canciller de México se reunió este martes con el secretario de Estado de Estados Unidos en Washington." },
    { id: "bueno", date: "2026-03-10", language: "es", text: "La presidenta de México habló este martes por teléfono con el presidente de Estados Unidos." },
  ].map((d) => JSON.stringify(d)).join("\n"));
  const ingested = dyad(["ingest", docs, "--db", db]);
  assert.equal(ingested.code, 0, ingested.stderr);
  assert.match(ingested.stdout, /held: 1 article with an implausible date/);
  const query = () => dyad(["query", "--db", db, "--dyad", "México:Estados Unidos", "--format", "jsonl"]).stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { date: string; doc: string });
  assert.deepEqual([...new Set(query().map((e) => e.doc))], ["bueno"], "the held article has no events");
  const list = dyad(["confirm-date", "--db", db]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^1\t1970-01-01\troto-1970\t\d+ event mentions? held/);
  const confirmed = dyad(["confirm-date", "roto-1970", "--date", "2026-03-17", "--db", db]);
  assert.equal(confirmed.code, 0, confirmed.stderr);
  assert.match(confirmed.stdout, /^confirmed 2026-03-17 for article 1: [1-9]\d* new events?/);
  const after = query().filter((e) => e.doc === "roto-1970");
  assert.ok(after.length >= 1 && after.every((e) => e.date === "2026-03-17"), JSON.stringify(after));
  assert.match(dyad(["confirm-date", "--db", db]).stdout, /no article is held/);
  // How each side was read, on stderr: a country's name as its code; a part of a word, nothing (#13).
  const named = dyad(["query", "--db", db, "--dyad", "México:Estados Unidos", "--direction", "ab", "--format", "jsonl"]);
  assert.match(named.stderr, /'México' read as MEX\n.*'Estados Unidos' read as USA/s);
  const part = dyad(["query", "--db", db, "--dyad", "Sheinb:USA", "--format", "jsonl"]);
  assert.equal(part.stdout, "");
  assert.match(part.stderr, /'Sheinb' matches no country, organisation or actor/);
  assert.match(dyad(["query", "--db", db, "--dyad", "MEX:USA", "--direction", "up"]).stderr, /--direction must be both, ab/);
  const again = dyad(["confirm-date", "roto-1970", "--db", db]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /not held for its date/);
});
