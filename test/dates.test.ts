import { test } from "node:test";
import assert from "node:assert/strict";
import { dateMentions, relativeDays, withCountedDays } from "../src/time/dates.js";
import { inClause, middleOf, periodMentions } from "../src/time/periods.js";

test("date expressions resolve against the publication date (Friday 2026-01-30)", () => {
  const pub = "2026-01-30";
  const cases: [string, "es" | "en", string][] = [
    ["sostuvo esta tarde una llamada", "es", "2026-01-30"],
    ["se reunieron ayer en Washington", "es", "2026-01-29"],
    ["el jueves llegó a Madrid", "es", "2026-01-29"],
    ["anoche atacaron el puesto", "es", "2026-01-29"],
    ["anteayer firmaron", "es", "2026-01-28"],
    ["hace tres días firmaron", "es", "2026-01-27"],
    ["la semana pasada firmaron", "es", "2026-01-23"],
    ["the two leaders spoke on Sunday", "en", "2026-01-25"],
    ["police arrested him two days ago", "en", "2026-01-28"],
    ["the talks of Dec. 15 failed", "en", "2025-12-15"],
  ];
  for (const [text, lang, want] of cases) {
    assert.equal(dateMentions(text, lang, pub)[0]?.date, want, text);
  }
  assert.equal(dateMentions("en julio hubo elecciones", "es", pub).length, 0, "a month alone fixes no day");
});

// Each row: a sentence, its language, the publication date, and the day its first date expression points to
// (null: it names no single day). Calendar: 2026-01-26 Mon, 27 Tue, 28 Wed, 29 Thu, 30 Fri, 31 Sat, 02-01 Sun, 02-02 Mon.
const ROWS: [string, "es" | "en", string, string | null][] = [
  // A bare weekday, or "este"/"this" + weekday: the last such day on or before publication, on either side of it.
  ["Los cancilleres se reunieron este jueves en Bogotá.", "es", "2026-01-30", "2026-01-29"],
  ["Los cancilleres se reunieron este jueves en Bogotá.", "es", "2026-01-29", "2026-01-29"],
  ["El ejército bombardeó el jueves posiciones rebeldes.", "es", "2026-01-28", "2026-01-22"],
  ["El presidente viajó este viernes a Caracas.", "es", "2026-01-30", "2026-01-30"],
  ["El ministro anunció el lunes nuevas sanciones.", "es", "2026-02-01", "2026-01-26"],
  ["El ministro anunció el lunes nuevas sanciones.", "es", "2026-02-02", "2026-02-02"],
  ["El domingo, miles de personas protestaron en Lima.", "es", "2026-02-01", "2026-02-01"],
  ["El sábado los rebeldes tomaron el pueblo.", "es", "2026-02-01", "2026-01-31"],
  ["Irán atacó el jueves una base en la frontera.", "es", "2026-01-26", "2026-01-22"],
  ["Casos extremos se registraron el domingo en la capital.", "es", "2026-01-30", "2026-01-25"],
  ["The ministers met on Thursday in Geneva.", "en", "2026-01-30", "2026-01-29"],
  ["The ministers met on Thursday in Geneva.", "en", "2026-01-28", "2026-01-22"],
  ["Lula spoke with Xi this Thursday.", "en", "2026-01-29", "2026-01-29"],
  ["Troops shelled the border town on Friday.", "en", "2026-01-30", "2026-01-30"],
  ["Police arrested the organisers on Sunday.", "en", "2026-02-02", "2026-02-01"],
  ["Protesters blocked the highway on Saturday.", "en", "2026-01-30", "2026-01-24"],
  ["Trump said on Monday that Mexico will pay for it.", "en", "2026-01-30", "2026-01-26"],
  // "el pasado", "last": strictly before publication.
  ["La policía detuvo el pasado martes a tres dirigentes.", "es", "2026-01-30", "2026-01-27"],
  ["La fiscalía lo acusó el pasado viernes de corrupción.", "es", "2026-01-30", "2026-01-23"],
  ["Ukraine said last Friday that the attack had failed.", "en", "2026-01-30", "2026-01-23"],
  // "el próximo lunes", "el lunes próximo", "este próximo", "next", "the coming": strictly after publication.
  ["Los presidentes se reunirán el próximo lunes en Quito.", "es", "2026-01-30", "2026-02-02"],
  ["Los presidentes se reunirán el próximo lunes en Quito.", "es", "2026-02-02", "2026-02-09"],
  ["El sindicato convocó una huelga para el lunes próximo.", "es", "2026-01-28", "2026-02-02"],
  ["Ambos gobiernos firmarán el acuerdo este próximo jueves.", "es", "2026-01-26", "2026-01-29"],
  ["The two leaders will meet next Monday in Riyadh.", "en", "2026-01-30", "2026-02-02"],
  ["Talks between the parties resume the coming Monday.", "en", "2026-01-30", "2026-02-02"],
  // An announced act ("will", a Spanish future verb beside the date): on or after publication.
  ["Este jueves se reunirán los ministros de Exteriores.", "es", "2026-01-26", "2026-01-29"],
  ["Rubio will meet Mexican officials on Tuesday.", "en", "2026-01-30", "2026-02-03"],
  ["Xi on Thursday will host the Brazilian president.", "en", "2026-01-26", "2026-01-29"],
  // The day a plan is set for ("prevista para el sábado", "scheduled for Monday"): on or after publication.
  ["La policía prohibió la marcha prevista para el sábado en el centro.", "es", "2026-01-28", "2026-01-31"],
  ["Los gremios mantienen el paro convocado para el lunes.", "es", "2026-01-28", "2026-02-02"],
  ["Officials banned a rally planned for Saturday in the capital.", "en", "2026-01-28", "2026-01-31"],
  ["The unions confirmed the strike scheduled for Monday.", "en", "2026-01-28", "2026-02-02"],
  // Tomorrow, next week: forward; "la mañana del martes" is a morning, not tomorrow.
  ["Mañana se votará la reforma en el Senado.", "es", "2026-01-30", "2026-01-31"],
  ["El canciller viajará pasado mañana a Pekín.", "es", "2026-01-30", "2026-02-01"],
  ["Los manifestantes marcharon la mañana del martes hacia el Congreso.", "es", "2026-01-30", "2026-01-27"],
  ["Otro equipo se trasladará la próxima semana a Washington.", "es", "2026-01-30", "2026-02-06"],
  ["The vote will be held tomorrow.", "en", "2026-01-30", "2026-01-31"],
  ["The summit opens next week in Brussels.", "en", "2026-01-30", "2026-02-06"],
  // Days back.
  ["Hace tres días el gobierno expulsó al embajador.", "es", "2026-02-02", "2026-01-30"],
  ["Anteayer firmaron el acuerdo de paz.", "es", "2026-02-02", "2026-01-31"],
  ["Anoche atacaron un cuartel en el Cauca.", "es", "2026-02-01", "2026-01-31"],
  ["La semana pasada los rebeldes liberaron a dos rehenes.", "es", "2026-01-30", "2026-01-23"],
  ["Police detained him three days ago.", "en", "2026-01-30", "2026-01-27"],
  ["The rebels seized the town the day before yesterday.", "en", "2026-02-02", "2026-01-31"],
  ["Drones struck Kyiv last night.", "en", "2026-02-02", "2026-02-01"],
  ["The army withdrew last week.", "en", "2026-01-30", "2026-01-23"],
  // Dates without a year: the past unless marked ahead or announced, or within a month of publication.
  ["El 16 de marzo los manifestantes tomaron la plaza.", "es", "2026-01-20", "2025-03-16"],
  ["Las elecciones se celebrarán el 16 de marzo.", "es", "2026-01-20", "2026-03-16"],
  ["La cumbre tendrá lugar el próximo 16 de marzo.", "es", "2026-01-20", "2026-03-16"],
  ["El viernes 23 de mayo la policía desalojó el campamento.", "es", "2026-01-30", "2025-05-23"],
  ["Trump recibió a Milei de cara a las elecciones del 26 de octubre.", "es", "2025-10-14", "2025-10-26"],
  ["The court ruled on March 16.", "en", "2026-01-20", "2025-03-16"],
  ["Voters will go to the polls on March 16.", "en", "2026-01-20", "2026-03-16"],
  ["The tariffs stay in place until April 2.", "en", "2026-03-06", "2026-04-02"],
  // Dates with a year stay as written.
  ["El viernes 23 de mayo de 2025 la policía desalojó el campamento.", "es", "2026-01-30", "2025-05-23"],
  ["The court ruled on March 16, 2026.", "en", "2026-01-20", "2026-03-16"],
  // No single day: the weekend, the start of the month, a duration.
  ["Las protestas del fin de semana dejaron tres heridos.", "es", "2026-02-02", null],
  ["Protesters clashed with police over the weekend.", "en", "2026-02-02", null],
  ["A principios de mes, el gobierno cerró la frontera.", "es", "2026-02-10", null],
  ["Earlier this month, the government closed the border.", "en", "2026-02-10", null],
  ["Los rehenes hablaron durante dos horas con los mediadores.", "es", "2026-01-30", null],
];

test("weekdays, relative days and yearless dates around the publication date", () => {
  const wrong: string[] = [];
  for (const [text, lang, pub, want] of ROWS) {
    const got = dateMentions(text, lang, pub)[0]?.date ?? null;
    if (got !== want) wrong.push(`${text} (${pub}): got ${got}, want ${want}`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(ROWS.length >= 30);
});

test("an event named after 'un día después de' happened that much earlier", () => {
  // The days a governing phrase that ends the text counts for the act named next (null: none governs).
  const relativeShift = (text: string): number | null =>
    (["es", "en"] as const).map((lang) => relativeDays(text, lang).filter((r) => r.governs).at(-1)?.days).find((x) => x !== undefined) ?? null;
  assert.equal(relativeShift("Esta comunicación ocurrió un día después de la "), -1);
  assert.equal(relativeShift("It came two days after the "), -2);
  assert.equal(relativeShift("También se dio horas después de la "), 0);
  assert.equal(relativeShift("La cumbre se celebró dos semanas antes de la "), 14);
  assert.equal(relativeShift("El canciller llamó a "), null);
});

test("a past month or year that dates an act, with its precision; this month, later months and years are not past periods", () => {
  const pub = "2026-03-18";
  const cases: [string, "es" | "en", string | null, ("month" | "year")?][] = [
    ["En febrero, ambos gobiernos habían acordado ampliar la cooperación", "es", "2026-02-01", "month"],
    ["firmaron un acuerdo migratorio en 2019", "es", "2019-01-01", "year"],
    ["a finales de 2024 los dos países rompieron relaciones", "es", "2024-01-01", "year"],
    ["el gobierno impuso aranceles en noviembre de 2025", "es", "2025-11-01", "month"],
    ["El año pasado, Washington expulsó al embajador", "es", "2025-01-01", "year"],
    ["el mes pasado la policía detuvo a tres dirigentes", "es", "2026-02-01", "month"],
    ["In January the two leaders signed a trade deal", "en", "2026-01-01", "month"],
    ["the bloc imposed sanctions in late 2023", "en", "2023-01-01", "year"],
    ["since the United States raised tariffs last year", "en", "2025-01-01", "year"],
    ["the ministers met in March", "en", null],
    ["a coup in Niger last July", "en", "2025-07-01", "month"],
    ["el golpe de julio pasado", "es", "2025-07-01", "month"],
    ["el pasado febrero firmaron", "es", "2026-02-01", "month"],
    ["el pasado 3 de julio firmaron", "es", null],
    ["las elecciones serán en noviembre", "es", null],
    ["firmarán un acuerdo en 2027", "es", null],
    ["may the talks succeed in May", "en", null],
    ["los 2019 manifestantes", "es", null],
  ];
  for (const [text, lang, date, precision] of cases) {
    const found = periodMentions(text, lang, pub)[0];
    assert.equal(found?.date ?? null, date, text);
    if (precision) assert.equal(found?.precision, precision, text);
  }
});

test("a period dates an act only within its clause", () => {
  const text = "The three, which helped found the bloc in 1975 -- were suspended";
  const [m] = periodMentions(text, "en", "2024-01-28");
  assert.ok(m);
  assert.equal(inClause(text, "en", m, text.indexOf("suspended")), false);
  const es = "En 2019, México y Estados Unidos firmaron un acuerdo";
  assert.equal(inClause(es, "es", periodMentions(es, "es", "2026-03-18")[0]!, es.indexOf("firmaron")), true);
});

test("people of history a story recalls stand as they stood in its period: mid-year, or the month's end", () => {
  const [year] = periodMentions("firmaron un acuerdo en 2019", "es", "2026-03-18");
  const [month] = periodMentions("since he returned to the White House in January 2025", "en", "2026-01-09");
  assert.deepEqual([middleOf(year!), middleOf(month!)], ["2019-07-01", "2025-01-28"]);
});

test("figures date a sentence only when written as a date: counts, ages and amounts name no day", () => {
  const pub = "2026-01-30";
  assert.equal(dateMentions("El FMI otorgó un préstamo de 6.800 millones de dólares al país.", "es", pub).length, 0);
  assert.equal(dateMentions("Un hombre de 25 años fue detenido en una de las 10 comunidades.", "es", pub).length, 0);
  assert.equal(dateMentions("Police said 42 people were arrested.", "en", pub).length, 0);
  assert.equal(dateMentions("La marcha del 28/01/2026 terminó sin incidentes.", "es", pub)[0]?.date, "2026-01-28");
  assert.equal(dateMentions("The ruling of 2026-01-27 was appealed.", "en", pub)[0]?.date, "2026-01-27");
});

// A part of the day dates nothing by itself: the day it belongs to is the one named beside it; after a demonstrative
// ("esta tarde", "this morning", "last night") it is read whole. Friday 2026-01-30.
test("a part of the day takes the day named beside it, and alone names none", () => {
  const pub = "2026-01-30";
  const rows: [string, "es" | "en", string | null][] = [
    ["Fue la tarde de ayer cuando el canciller llegó.", "es", "2026-01-29"],
    ["Ayer por la tarde, el ministro recibió a su homólogo.", "es", "2026-01-29"],
    ["En la noche del martes, la policía detuvo a dos hombres.", "es", "2026-01-27"],
    ["La madrugada de este miércoles, el ejército atacó el poblado.", "es", "2026-01-28"],
    ["el ataque ocurrió la noche del 16 de enero", "es", "2026-01-16"],
    ["el lunes por la mañana se reunieron", "es", "2026-01-26"],
    ["Esta tarde el presidente habló con la prensa.", "es", "2026-01-30"],
    ["Mañana se reunirán los cancilleres.", "es", "2026-01-31"],
    ["Por la tarde, el canciller viajó a Lima.", "es", null],
    ["The attack took place on the night of January 16.", "en", "2026-01-16"],
    ["On Thursday evening the minister met his counterpart.", "en", "2026-01-29"],
    ["Yesterday afternoon the two leaders spoke.", "en", "2026-01-29"],
    ["Last night the army shelled the town.", "en", "2026-01-29"],
    ["This morning the president spoke.", "en", "2026-01-30"],
    ["In the afternoon, he flew on to Paris.", "en", null],
  ];
  for (const [text, lang, want] of rows) assert.equal(dateMentions(text, lang, pub)[0]?.date ?? null, want, text);
});

test("a day joined to a noun by 'de'/'of' is marked as the noun's; one of a locution ('a partir del') is not", () => {
  const pub = "2026-01-30";
  const attributive = (text: string, lang: "es" | "en") => dateMentions(text, lang, pub).map((m) => [text.slice(m.start, m.end).trim(), !!m.attributive]);
  assert.deepEqual(attributive("rechazó este jueves los resultados de la votación del domingo", "es"), [["este jueves", false], ["domingo", true]]);
  assert.deepEqual(attributive("tras el ataque del pasado lunes", "es"), [["pasado lunes", true]]);
  assert.deepEqual(attributive("los aranceles regirán a partir del lunes", "es"), [["lunes", false]]);
  assert.deepEqual(attributive("la noche del martes la policía detuvo a dos", "es"), [["martes", false]]);
  assert.deepEqual(attributive("he rejected the results of Sunday at once", "en"), [["Sunday", true]]);
});

test("counted days: governing ones date the act named after them, the others the sentence's act, from the story's day", () => {
  const days = (text: string, lang: "es" | "en") => relativeDays(text, lang).map((r) => [text.slice(r.start, r.end).trim(), r.days, r.governs, r.fronted]);
  assert.deepEqual(days("Un día después, la presidenta llamó a Trump.", "es"), [["Un día después", 1, false, true]]);
  assert.deepEqual(days("Horas antes, la policía había detenido a dos.", "es"), [["Horas antes", 0, false, true]]);
  assert.deepEqual(days("Las liberaciones llegan tres días después de la visita del enviado.", "es"), [["tres días después", -3, true, false]]);
  assert.deepEqual(days("Al día siguiente, el canciller viajó a Quito.", "es"), [["Al día siguiente", 1, false, true]]);
  assert.deepEqual(days("The deal came a week after Washington threatened new tariffs.", "en"), [["a week after", -7, true, false]]);
  assert.deepEqual(days("She said she had spoken with him the previous evening.", "en"), [["the previous evening", -1, false, false]]);
  assert.deepEqual(days("Two days later, police arrested him.", "en"), [["Two days later", 2, false, true]]);
  // With no count, days and weeks are no day ("weeks after", "días antes"); hours are the same day.
  assert.deepEqual(days("The arrests came weeks after the two presidents signed a pact.", "en"), []);
  assert.deepEqual(days("Había pedido ayuda días antes.", "es"), []);
  // A counted day inside the sentence is counted from the day the sentence gave before it, and is an aside.
  const m = withCountedDays([{ start: 0, end: 8, date: "2026-04-09" }], relativeDays("Thursday she said she had spoken with him the previous evening.", "en"), "2026-04-01");
  assert.deepEqual(m.map((x) => [x.date, !!x.aside]), [["2026-04-09", false], ["2026-04-08", true]]);
});
