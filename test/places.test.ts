import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { codeDocument } from "../src/pipeline/index.js";
import { loadKnowledge } from "../src/data/knowledge.js";
import { gazetteer } from "../src/places/gazetteer.js";
import { parsePlaceGold, scorePlaces } from "../src/eval/places.js";
import { knowledgeCoder, placePath } from "../src/ingest/coder.js";
import { textHash } from "../src/ingest/hash.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { actionGeo, gdeltLine, GDELT_COLUMNS } from "../src/export/gdelt.js";
import type { CorpusEvent } from "../src/store/store.js";
import type { Language } from "../src/lang/index.js";
import { ROOT } from "./helpers.js";

const k = await loadKnowledge();
const code = async (text: string, language: Language, date = "2026-03-10") => codeDocument({ id: "t", text, date, language }, k);
/** The place of the event whose trigger starts with `trigger`. */
async function placeOf(text: string, language: Language, trigger: string) {
  const events = await code(text, language);
  const e = events.find((x) => x.trigger.text.includes(trigger));
  assert.ok(e, `no event at "${trigger}" in: ${events.map((x) => `${x.type} "${x.trigger.text}"`).join(", ")}`);
  return e.place ?? null;
}

describe("gazetteer", () => {
  const gz = gazetteer();

  test("has the world's cities, divisions and countries, joined to their second-level division", () => {
    assert.ok(gz.size > 180_000, `${gz.size} places`);
    const culiacan = gz.lookup("Culiacán").find((c) => c.place.kind === "city")!.place;
    assert.deepEqual([culiacan.country, culiacan.admin1Code, culiacan.admin1, culiacan.admin2], ["MEX", "MX.25", "Sinaloa", "Culiacán"]);
    assert.ok(culiacan.lat! > 24 && culiacan.lat! < 25 && culiacan.lon! < -107);
    assert.ok(gz.lookup("Sinaloa").some((c) => c.place.kind === "admin1" && c.place.admin1Code === "MX.25"));
    assert.ok(gz.lookup("Tibú").some((c) => c.place.kind === "admin2"));
    assert.ok(gz.lookup("Argentina").some((c) => c.place.kind === "country" && c.place.country === "ARG"));
  });

  test("divisions and countries carry no coordinates", () => {
    for (const name of ["Sinaloa", "Georgia", "Argentina"]) {
      for (const { place } of gz.lookup(name)) if (place.kind !== "city") assert.equal(place.lat, null, `${place.id} has a pin`);
    }
  });

  test("our names file adds exonyms, short forms and dateline abbreviations", () => {
    assert.equal(gz.lookup("Nueva York")[0]?.place.name, "New York City");
    assert.ok(gz.lookup("Pekín").some((c) => c.place.name === "Beijing"));
    assert.ok(gz.lookup("Sin.", true).some((c) => c.place.admin1Code === "MX.25"));
    // A derived short name of a Mexican seat: "Taxco" for GeoNames' "Taxco de Alarcón".
    assert.ok(gz.lookup("Taxco").some((c) => c.place.name === "Taxco de Alarcón" && c.how === "short"));
  });
});

describe("place stage: which place is the event's", () => {
  test("the place of the event's own clause, with its division and coordinates", async () => {
    const p = await placeOf("Elementos de la Marina detuvieron este lunes en Mazatlán a tres hombres armados.", "es", "detuvieron");
    assert.equal(p?.name, "Mazatlán");
    assert.equal(p?.admin1_code, "MX.25");
    assert.equal(p?.precision, "city");
    assert.equal(p?.text, "Mazatlán");
    assert.ok(p?.geonameid && p.lat !== null);
  });

  test("the clause's place outranks the dateline; the dateline places what has no place of its own", async () => {
    const text = "CULIACÁN, Sin. — Soldados se enfrentaron con pistoleros la noche del sábado en Navolato. Horas después, la Fiscalía estatal detuvo a dos sospechosos.";
    const events = await code(text, "es");
    assert.equal(events.find((e) => e.trigger.text.includes("enfrentaron"))?.place?.name, "Navolato");
    const arrest = events.find((e) => e.trigger.text.includes("detuvo"));
    assert.equal(arrest?.place?.name, "Culiacán");
    assert.ok(arrest?.trace?.some((t) => t.startsWith("place.dateline")), "the trace says the dateline placed it");
  });

  test("a said act under a dateline is placed there only when its speakers are of the dateline's country", async () => {
    const en = "LIMA (AP) — Peru expelled two Bolivian diplomats on Monday. Bolivia's foreign ministry rejected the decision as \"arbitrary\".";
    assert.equal((await placeOf(en, "en", "expelled"))?.name, "Lima");
    assert.equal(await placeOf(en, "en", "rejected"), null, "Bolivia's rejection was not said in Lima");
    const es = "LIMA.— Perú expulsó el lunes a dos diplomáticos bolivianos. La cancillería de Bolivia rechazó la decisión.";
    assert.equal(await placeOf(es, "es", "rechazó"), null);
    // The speakers' own country's dateline still places what they say.
    assert.equal((await placeOf("LA PAZ — Bolivia's foreign ministry rejected Peru's decision on Tuesday.", "en", "rejected"))?.name, "La Paz");
  });

  test("past a cause and the act it names, a place is that act's: a sanction for a crackdown in a city is not in that city", async () => {
    const es = "La Unión Europea sancionó a cuatro jefes policiales por la represión de una marcha en Bulawayo.";
    assert.equal(await placeOf(es, "es", "sancionó"), null);
    assert.equal((await placeOf(es, "es", "represión"))?.name, "Bulawayo");
    const en = "Washington sanctioned two generals for the killing of protesters in Mandalay.";
    assert.equal(await placeOf(en, "en", "sanctioned"), null);
    // A doer after "por" names no act: the arrest keeps its place.
    assert.equal((await placeOf("Tres hombres fueron detenidos por la policía en Hermosillo.", "es", "detenidos"))?.name, "Hermosillo");
  });

  test("datelines with an agency, a country and a hyphen", async () => {
    const p = await placeOf("QUITO, Ecuador (AP) - Police arrested a former minister accused of taking bribes.", "en", "arrested");
    assert.equal(p?.country, "ECU");
    assert.equal(p?.name, "Quito");
  });

  test("a sibling that names the division decides between namesakes", async () => {
    const mx = await placeOf("Policías estatales detuvieron a un exalcalde en Córdoba, Veracruz, acusado de peculado.", "es", "detuvieron");
    assert.equal(mx?.country, "MEX");
    assert.equal(mx?.admin1_code, "MX.30");
    const ar = await placeOf("Miles de estudiantes marcharon en Córdoba, Argentina, contra el recorte al presupuesto universitario.", "es", "marcharon");
    assert.equal(ar?.country, "ARG");
  });

  test("a cue word says the kind of place: a state is a first-level division, with no pin", async () => {
    const p = await placeOf("Gunmen ambushed a police patrol in the southern state of Guerrero, killing four officers.", "en", "ambushed");
    assert.equal(p?.precision, "admin1");
    assert.equal(p?.admin1_code, "MX.12");
    assert.equal(p?.lat, null);
    const muni = await placeOf("El Ejército desplegó 300 soldados en el municipio de Tibú tras el ataque.", "es", "desplegó");
    assert.equal(muni?.precision, "admin2");
    assert.equal(muni?.country, "COL");
  });

  test("a country-level place is the country, never a made-up centroid", async () => {
    const p = await placeOf("Sindicatos protestaron en toda Argentina contra la reforma laboral.", "es", "protestaron");
    assert.equal(p?.precision, "country");
    assert.equal(p?.country, "ARG");
    assert.deepEqual([p?.lat, p?.lon, p?.geonameid, p?.admin1_code], [null, null, null, null]);
  });

  test("constructions of news places: demonym, cue-word object, 'in northern X', areal locutions, words of place", async () => {
    // Each construction by two unrelated sentences (none of them in a gold or development set).
    const cases: [string, Language, string, string, string][] = [
      // "the Pakistani city of", "la ciudad colombiana de": a demonym is passed over like an adjective.
      ["Gunmen killed five people in the Nigerian city of Kaduna on Sunday.", "en", "killed", "Kaduna", "NG.23"],
      ["Soldados detuvieron a un líder criminal en la ciudad colombiana de Cúcuta.", "es", "detuvieron", "Cúcuta", "CO.21"],
      // The act's object is a place named with its cue word.
      ["Russian missiles struck the city of Dnipro overnight, officials said.", "en", "struck", "Dnipro", "UA.04"],
      ["Aviones de combate bombardearon la ciudad de Alepo durante la madrugada.", "es", "bombardearon", "Aleppo", "SY.09"],
      // "X in eastern Y": Y contains X, so it is X's parent, not the act's place.
      ["Jihadists attacked a military camp in Menaka in eastern Mali.", "en", "attacked", "Ménaka", ""],
      ["Militares se enfrentaron con guerrilleros en Tibú en el norte de Colombia.", "es", "enfrentaron", "Tibú", "CO.21"],
      // Areal locutions.
      ["Manifestantes bloquearon la carretera federal a la altura de Ixmiquilpan.", "es", "bloquearon", "Ixmiquilpan", "MX.13"],
      ["Police arrested two men in the vicinity of Kandahar.", "en", "arrested", "Kandahār", "AF.23"],
      ["The navy seized a fishing boat off the coast of Somalia on Tuesday.", "en", "seized", "Somalia", ""],
      // Words of place between the preposition and the name: a square, a coast.
      ["Maestros protestaron en la plaza principal de Morelia contra la reforma.", "es", "protestaron", "Morelia", "MX.16"],
      ["Thousands of people protested in the main square of Tbilisi.", "en", "protested", "Tbilisi", "GE.51"],
      ["Gunmen killed a mayor in the Pacific coast state of Guerrero, officials said.", "en", "killed", "Guerrero", "MX.12"],
      // An act told as the circumstance of another ("in a raid", "en un operativo") takes no place away from it.
      ["Soldiers arrested a cartel leader in an operation near the town of Tepalcatepec.", "en", "arrested", "Tepalcatepec", "MX.16"],
      ["Policías estatales detuvieron a seis personas en un operativo en la localidad de Cosalá.", "es", "detuvieron", "Cosalá", "MX.25"],
      // A facility named after its place, where the act goes, is at that place.
      ["Campesinos bloquearon los accesos a la aduana de Nuevo Laredo por el precio del maíz.", "es", "bloquearon", "Nuevo Laredo", "MX.28"],
      ["Pescadores bloquearon el acceso a la aduana de Manzanillo.", "es", "bloquearon", "Manzanillo", "MX.08"],
      // "en la localidad de X, municipio de Y": a place the gazetteer lacks, or knows only elsewhere, is placed at
      // the municipality beside it.
      ["Policías estatales detuvieron a dos hombres en la localidad de Tepuche, municipio de Culiacán.", "es", "detuvieron", "Culiacán", "MX.25"],
      ["Un comando asesinó a tres jóvenes en la comunidad de Las Cruces, municipio de Zitácuaro.", "es", "asesinó", "Zitácuaro", "MX.16"],
      // A Mexican state's gentilic is passed over like a demonym; a municipality is shortened as its seat is.
      ["Policías detuvieron a tres hombres en el municipio mexiquense de Chalco.", "es", "detuvieron", "Chalco", "MX.15"],
      ["Un comando armado asesinó a cinco personas en el municipio guerrerense de Chilapa.", "es", "asesinó", "Chilapa de Álvarez", "MX.12"],
      // "in the capital, Kabul": the name in apposition takes the preposition.
      ["Taliban fighters attacked a checkpoint in the capital, Kabul, killing two guards.", "en", "attacked", "Kabul", "AF.13"],
      ["Policías antimotines detuvieron a diez manifestantes en la capital, Managua.", "es", "detuvieron", "Managua", "NI.10"],
      // "during a raid in": the raid is the circumstance of the act, not another act.
      ["Israeli forces killed three Palestinians during a raid in the Balata refugee camp near Nablus.", "en", "killed", "Nablus", "PS.WE"],
      ["Agentes detuvieron a cuatro personas durante un cateo en Zitácuaro.", "es", "detuvieron", "Heróica Zitácuaro", "MX.16"],
    ];
    for (const [text, lang, trigger, name, admin1] of cases) {
      const p = await placeOf(text, lang, trigger);
      assert.equal(p?.name, name, text);
      if (admin1) assert.equal(p?.admin1_code, admin1, text);
    }
  });

  test("places only talked about are not where the event happened", async () => {
    const cases: [string, Language, string][] = [
      ["La gobernadora condenó la violencia en Sinaloa y pidió calma.", "es", "condenó"],
      ["The foreign minister condemned the bombing of a school in Kharkiv.", "en", "condemned"],
      ["El canciller condenó el asesinato de dos periodistas en Tijuana.", "es", "condenó"],
      ["Jordan and Egypt condemned an Israeli raid on a refugee camp near Jenin.", "en", "condemned"],
      ["El senador Juan Guerrero acusó al gobierno de ocultar cifras.", "es", "acusó"],
      ["The Bank of Mexico raised its rate and the Treasury criticised the decision.", "en", "criticised"],
      ["La Marina detuvo a tres integrantes del Cártel de Sinaloa.", "es", "detuvo"],
      ["Police arrested the former governor in March after a two-year inquiry.", "en", "arrested"],
    ];
    for (const [text, lang, trigger] of cases) assert.equal(await placeOf(text, lang, trigger), null, text);
  });

  test("an attack's target city is where it happened, and a participle after it shares the place", async () => {
    // (The attack and the killing it caused fall on Kharkiv's people alike: one event, GUIDELINES "What is one event".)
    const events = await code("Russian drones attacked Kharkiv overnight, killing three people.", "en");
    assert.ok(events.length > 0);
    assert.deepEqual(events.map((e) => e.place?.name), events.map(() => "Kharkiv"));
    assert.equal((await placeOf("Rusia lanzó misiles contra Odesa el martes.", "es", "lanzó"))?.name, "Odessa");
    // A government named by its capital is a target, not a place, for a sanction.
    assert.equal(await placeOf("The Treasury sanctioned Caracas over the election on Friday.", "en", "sanctioned"), null);
  });

  test("a capital named by its role: 'la capital venezolana', 'the Kenyan capital', 'la capital del país'", async () => {
    assert.equal((await placeOf("Opositores marcharon este sábado en la capital venezolana contra el gobierno.", "es", "marcharon"))?.name, "Caracas");
    assert.equal((await placeOf("Demonstrators clashed with police in the Kenyan capital on Tuesday.", "en", "clashed"))?.name, "Nairobi");
    const home = await code("CULIACÁN, Sin. — Elementos de la Marina detuvieron a dos hombres en Culiacán. Más tarde, transportistas bloquearon avenidas en la capital del país.", "es");
    assert.equal(home.find((e) => e.type === "PROTEST")?.place?.name, "Mexico City");
  });

  test("'la capital de Costa Rica', 'the capital of Peru': the country's capital, not a town of the country's name", async () => {
    const cr = await placeOf("Unas 5.000 personas marcharon en la capital de Costa Rica contra la violencia.", "es", "marcharon");
    assert.equal(`${cr?.name}/${cr?.country}`, "San José/CRI");
    const pe = await placeOf("Thousands marched in the capital of Peru on Monday.", "en", "marched");
    assert.equal(`${pe?.name}/${pe?.country}`, "Lima/PER");
  });

  test("a said act takes the speakers' place; a visit the place visited", async () => {
    const said = await placeOf("Manifestantes en Valparaíso exigieron la renuncia del ministro del Interior.", "es", "exigieron");
    assert.equal(said?.country, "CHL");
    const visit = await placeOf("El canciller mexicano visitó Ottawa para revisar el tratado comercial.", "es", "visitó");
    assert.equal(visit?.country, "CAN");
  });

  test("a said act does not share the place of another side's act before it (session 13)", async () => {
    // Pakistan's words about India's strikes are not said in Muzaffarabad (before, the gerund's mention took it and
    // gave it to the condemnation it merged with); the strikes stay there.
    const text = "Pakistan condemned Indian strikes on Muzaffarabad's outskirts, calling them a violation of the truce.";
    assert.equal(await placeOf(text, "en", "condemned"), null);
    assert.equal((await placeOf(text, "en", "strikes"))?.country, "PAK");
  });

  test("a force named by a capitalised role word after an article is no place; a title opening a place's name is (session 14)", async () => {
    // "la Marina" is Mexico's navy, not Marina, California: the dateline places the arrest.
    const navy = await placeOf("CULIACÁN, Sin. — Elementos de la Marina detuvieron el martes a tres hombres armados en un barrio del norte de la ciudad.", "es", "detuvieron");
    assert.equal(navy?.name, "Culiacán");
    // "Sultan Kudarat province" is a place although "Sultan" is a title.
    const province = await placeOf("Gunmen killed a village chief in Sultan Kudarat province on Sunday.", "en", "killed");
    assert.equal(province?.country, "PHL");
  });
});

describe("constructions of news found with dev3.jsonl (our own table texts)", () => {
  test("a dateline with a date written out, after a region or not, and no agency", async () => {
    const mx = await placeOf("Morelia, Mich., 2 de febrero de 2026.- Normalistas se enfrentaron con policías frente a la sede del Congreso local.", "es", "enfrentaron");
    assert.equal(mx?.name, "Morelia");
    const hn = await placeOf("Tegucigalpa, Honduras, 11 de agosto (EFE).- La policía detuvo a cinco pandilleros acusados de extorsión.", "es", "detuvo");
    assert.equal(hn?.country, "HND");
    const pe = await placeOf("Arequipa, 7 de junio de 2026 (Andina).- Mineros informales bloquearon los accesos a una planta.", "es", "bloquearon");
    assert.equal(pe?.name, "Arequipa");
  });

  test("a dateline with no date: a region or an agency, then the dash and the story", async () => {
    const sin = await placeOf("Culiacán, Sinaloa.- Policías estatales detuvieron a tres hombres con armas largas.", "es", "detuvieron");
    assert.equal(sin?.name, "Culiacán");
    const chih = await placeOf("Ciudad Juárez, Chih. (apro).- Militares detuvieron a un hombre buscado por extorsión.", "es", "detuvieron");
    assert.equal(chih?.admin1_code, "MX.06");
    const ke = await placeOf("Nairobi, Kenya — Police arrested 30 protesters on Tuesday.", "en", "arrested");
    assert.equal(ke?.name, "Nairobi");
    // A list of countries between dashes is no dateline.
    assert.equal(await placeOf("Estados Unidos, Canadá y México — los tres socios — firmaron un acuerdo de seguridad.", "es", "firmaron"), null);
  });

  test("a country's capital named with a possessive: \"in Haiti's capital\", \"in Bangladesh's capital\"", async () => {
    const ht = await placeOf("Gang members set fire to a police station in Haiti's capital overnight, residents said.", "en", "set fire");
    assert.equal(ht?.name, "Port-au-Prince");
    const bd = await placeOf("Riot police detained dozens of students in Bangladesh's capital after the vote.", "en", "detained");
    assert.equal(bd?.name, "Dhaka");
  });

  test("a heading's one place is where the story happened, as a dateline's; a place of the body outranks it", async () => {
    const en = await placeOf("Clashes in Mombasa\nDock workers clashed with police on Monday outside the port gates.", "en", "clashed");
    assert.equal(en?.name, "Mombasa");
    const es = await placeOf("Balacera en Fresnillo\nCiviles armados atacaron a policías municipales la tarde del domingo.", "es", "atacaron");
    assert.equal(es?.name, "Fresnillo");
    const body = await placeOf("Police arrest two in Leeds\nOfficers arrested two men in Bradford on Monday.", "en", "arrested");
    assert.equal(body?.name, "Bradford");
    // A first line that ends like a sentence is no heading.
    assert.equal(await placeOf("Hubo disturbios en Zamora.\nCiviles armados atacaron a policías municipales.", "es", "atacaron"), null);
  });

  test("a neighbourhood's name lies inside the division or town after it: \"en la colonia X de la alcaldía Y\"", async () => {
    const cdmx = await placeOf("Policías capitalinos detuvieron a un hombre armado en la colonia Roma de la alcaldía Cuauhtémoc.", "es", "detuvieron");
    assert.equal(cdmx?.precision, "admin2");
    assert.equal(cdmx?.admin1_code, "MX.09");
    const muni = await placeOf("Sicarios asesinaron a un joven en el barrio San Miguel del municipio de Uruapan.", "es", "asesinaron");
    assert.equal(muni?.admin1_code, "MX.16");
    // A place-like word inside the neighbourhood's own name is no place.
    assert.equal(await placeOf("Hombres armados asesinaron a cinco personas en la colonia Lomas del Pedregal.", "es", "asesinaron"), null);
    // A colonia named like a state is not the state.
    assert.equal(await placeOf("Policías detuvieron a un hombre en la colonia Guerrero.", "es", "detuvieron"), null);
  });

  test("a facility of a town between the locative and the name: \"en una planta empacadora de Omaha\"", async () => {
    const p = await placeOf("Agentes federales detuvieron a dos trabajadores en una planta de Monterrey.", "es", "detuvieron");
    assert.equal(p?.name, "Monterrey");
    const q = await placeOf("La policía detuvo a un sospechoso en inmediaciones de la terminal de autobuses de Puebla.", "es", "detuvo");
    assert.equal(q?.admin1_code, "MX.21");
  });

  test("a Mexican seat called by its municipality's full official name is the city; with the cue word, the municipality", async () => {
    const city = await placeOf("Normalistas se enfrentaron con policías en Chilpancingo de los Bravo.", "es", "enfrentaron");
    assert.equal(city?.precision, "city");
    assert.equal(city?.name, "Chilpancingo");
    const tux = await placeOf("Policías detuvieron a un exfuncionario en Tuxtla Gutiérrez, acusado de peculado.", "es", "detuvieron");
    assert.equal(tux?.precision, "city");
    const muni = await placeOf("Policías detuvieron a dos hombres en el municipio de Oaxaca de Juárez.", "es", "detuvieron");
    assert.equal(muni?.precision, "admin2");
  });

  test("an attack told with \"on\" goes to its place; other acts with \"on\" name a party", async () => {
    assert.equal((await placeOf("A Russian drone attack on Odesa killed three people.", "en", "attack"))?.name, "Odessa");
    assert.equal((await placeOf("Israeli airstrikes on Khan Younis killed 12 people, health officials said.", "en", "airstrikes"))?.admin1_code, "PS.GZ");
    assert.equal(await placeOf("The United States imposed new sanctions on Caracas on Monday.", "en", "imposed"), null);
    assert.equal((await placeOf("A cartel cell opened fire on Sinaloa state police near Navolato.", "en", "opened fire"))?.name, "Navolato");
  });

  test("a distance from a place: \"a unos 30 kilómetros de Apatzingán\", \"40 miles from Peshawar\"", async () => {
    assert.equal((await placeOf("Militares se enfrentaron con sicarios a unos 30 kilómetros de Apatzingán.", "es", "enfrentaron"))?.name, "Apatzingán");
    assert.equal((await placeOf("Gunmen killed five people 40 miles from Peshawar on Sunday.", "en", "killed"))?.name, "Peshawar");
  });

  test("an adjective of the place between the preposition and the name or its cue word", async () => {
    assert.equal((await placeOf("Israeli soldiers arrested 14 Palestinians in the occupied West Bank overnight.", "en", "arrested"))?.admin1_code, "PS.WE");
    assert.equal((await placeOf("Police fired tear gas at farmers in the remote town of Juliaca on Monday.", "en", "fired"))?.name, "Juliaca");
    assert.equal((await placeOf("Pobladores retuvieron a doce soldados en la zona serrana de Guerrero.", "es", "retuvieron"))?.admin1_code, "MX.12");
    assert.equal((await placeOf("Sicarios asesinaron a un agente de tránsito en la zona metropolitana de Monterrey.", "es", "asesinaron"))?.name, "Monterrey");
    // Not any word before a name: "in response Israel" is no place phrase.
    assert.equal((await placeOf("In response Israel struck targets in Lebanon.", "en", "struck"))?.country, "LBN");
  });

  test("a cue word of a country: \"the Andean nation of Peru\", \"la nación caribeña de Haití\"", async () => {
    assert.equal((await placeOf("Truckers blocked highways in the Andean nation of Peru on Tuesday.", "en", "blocked"))?.country, "PER");
    assert.equal((await placeOf("Gunmen killed 12 villagers in the West African country of Mali.", "en", "killed"))?.precision, "country");
    assert.equal((await placeOf("Pandilleros asesinaron a diez personas en la nación caribeña de Haití.", "es", "asesinaron"))?.country, "HTI");
  });

  test("English cue words of a settlement, with a capitalised adjective before them", async () => {
    assert.equal((await placeOf("Gangs attacked the community of Mirebalais, about 30 miles northeast of the capital.", "en", "attacked"))?.name, "Mirebalais");
    assert.equal((await placeOf("Federal agents arrested a former governor in the Caribbean resort of Cancun.", "en", "arrested"))?.admin1_code, "MX.23");
  });

  test("sanctions are placed where they are announced, not where the sanctioned acts happened", async () => {
    assert.equal(await placeOf("The European Union imposed sanctions on six police commanders over the beating of protesters in Tbilisi.", "en", "imposed"), null);
    assert.equal(await placeOf("Canada imposed sanctions on three settlers and a farm outpost in the West Bank.", "en", "imposed"), null);
    assert.equal((await placeOf("WASHINGTON (AP) — The Treasury imposed sanctions on three Venezuelan officials.", "en", "imposed"))?.name, "Washington, D.C.");
  });

  test("a small place the gazetteer lacks, then the division it lies in: the division is where it happened", async () => {
    // The name's readings lie elsewhere (a namesake), so the place after the comma is not its parent.
    assert.equal((await placeOf("Colonos israelíes atacaron la aldea de Al Mughayyir, en Cisjordania.", "es", "atacaron"))?.admin1_code, "PS.WE");
    assert.equal((await placeOf("Sicarios asesinaron a cuatro hombres en el ejido La Laguna, en Aguililla.", "es", "asesinaron"))?.name, "Aguililla");
    assert.equal((await placeOf("Militares se enfrentaron con civiles en la ranchería El Pozo, municipio de Tacámbaro.", "es", "enfrentaron"))?.precision, "admin2");
    // A reading inside the place after the comma keeps it as the parent.
    assert.equal((await placeOf("Policías detuvieron a un exalcalde en Córdoba, Veracruz.", "es", "detuvieron"))?.admin1_code, "MX.30");
    assert.equal((await placeOf("Militares se enfrentaron con civiles armados en la cabecera municipal de Coalcomán.", "es", "enfrentaron"))?.precision, "city");
  });

  test("an act named as the manner of an event takes no place from it: \"asesinaron a balazos a un comerciante en Celaya\"", async () => {
    assert.equal((await placeOf("Sicarios asesinaron a balazos a un comerciante en Celaya.", "es", "asesinaron"))?.name, "Celaya");
    assert.equal((await placeOf("Desconocidos mataron a golpes a un activista en Oaxaca.", "es", "mataron"))?.admin1_code, "MX.20");
  });

  test("the destination of a deportation is not where it happened", async () => {
    assert.equal(await placeOf("Estados Unidos deportó a 80 venezolanos a Caracas en dos vuelos.", "es", "deportó"), null);
    assert.equal(await placeOf("Mexico deported 45 Cuban migrants to Havana on Friday.", "en", "deported"), null);
    // Other acts keep the place they go to.
    assert.equal((await placeOf("The president sent 2,000 troops to Culiacán on Friday.", "en", "sent"))?.name, "Culiacán");
  });
});

describe("place gold (test/fixtures/places)", () => {
  test("first-level division right ≥ 90 %, city ≥ 80 %, a place where none was said ≤ 3 %", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/gold.jsonl"), "utf8"));
    assert.ok(items.length >= 150 && items.filter((i) => i.lang === "es").length >= 60 && items.filter((i) => i.lang === "en").length >= 60);
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    assert.ok(s.admin1Right / s.placed >= 0.9, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.8, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.negatives >= 40 && s.falsePlaces / s.negatives <= 0.03, `false places ${s.falsePlaces}/${s.negatives}`);
  });

  test("held-out set (never read while tuning the stage): guards at this revision's level", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/heldout/heldout.jsonl"), "utf8"));
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    // Measured once at the end of session 5: 81.7 % (94/115), 81.1 % (77/95), 0/37; of session 7: 83.3 % (95/114), 83.2 % (79/95), 0/37.
    assert.ok(s.admin1Right / s.placed >= 0.79, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.79, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.falsePlaces / s.negatives <= 0.03, `false places ${s.falsePlaces}/${s.negatives}`);
  });

  test("second development set (dev2.jsonl, tuned against): guards at this revision's level", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/dev2.jsonl"), "utf8"));
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    // Before the constructions it was written to find: 75.8 % (50/66), 72.9 % (35/48), 0/15.
    assert.ok(s.admin1Right / s.placed >= 0.9, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.87, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.falsePlaces / s.negatives <= 0.03, `false places ${s.falsePlaces}/${s.negatives}`);
  });

  test("third development set (dev3.jsonl, tuned against): guards at this revision's level", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/dev3.jsonl"), "utf8"));
    assert.ok(items.length >= 100);
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    // Before the constructions it was written to find: 83.1 % (74/89), 83.8 % (57/68), 3/14.
    assert.ok(s.admin1Right / s.placed >= 0.93, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.92, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.falsePlaces <= 1, `false places ${s.falsePlaces}/${s.negatives}`);
  });

  test("a malformed gold line is an error naming it", () => {
    assert.throws(() => parsePlaceGold('{"id":"a","lang":"es","date":"2026-01-01","text":"x","events":[]}\n'), /line 1/);
  });
});

describe("constructions of news found with dev4.jsonl (our own table texts)", () => {
  test("a division's cue word takes either level: Peru's and the Philippines' provinces and India's districts are second-level", async () => {
    const pe = await placeOf("Comuneros bloquearon la carretera en la provincia de Chincha, en Ica.", "es", "bloquearon");
    assert.deepEqual([pe?.precision, pe?.country, pe?.admin1], ["admin2", "PER", "Ica"]);
    const ph = await placeOf("Soldiers clashed with communist rebels in Samar province on Monday.", "en", "clashed");
    assert.deepEqual([ph?.precision, ph?.admin1_code], ["admin2", "PH.08"]);
    const inEs = await placeOf("Militares indios mataron a dos insurgentes en el distrito de Pulwama.", "es", "mataron");
    assert.deepEqual([inEs?.precision, inEs?.admin1_code], ["admin2", "IN.12"]);
  });

  test("\"X district of Y\": the division after the cue word contains the first name and is its parent", async () => {
    const p = await placeOf("Police killed two militants in Pulwama district of Jammu and Kashmir.", "en", "killed");
    assert.deepEqual([p?.name, p?.precision, p?.admin1_code], ["Pulwama", "admin2", "IN.12"]);
  });

  test("an oblast named as its seat, in Spanish: \"el óblast de Járkov\", \"la región de Jersón\"", async () => {
    const kh = await placeOf("Drones rusos atacaron una subestación eléctrica en el óblast de Járkov.", "es", "atacaron");
    assert.deepEqual([kh?.precision, kh?.admin1_code], ["admin1", "UA.07"]);
    const ks = await placeOf("Rusia bombardeó la región de Jersón durante la noche.", "es", "bombardeó");
    assert.deepEqual([ks?.precision, ks?.admin1_code], ["admin1", "UA.08"]);
  });

  test("an attack aimed at a place named with its cue word is there, however long the attack's words", async () => {
    const p = await placeOf("Rusia lanzó un ataque masivo con misiles y drones contra la región de Odesa.", "es", "lanzó");
    assert.equal(p?.admin1_code, "UA.17");
    // Without a cue word, a name far behind "contra" is no place of the act.
    assert.equal(await placeOf("Los manifestantes protestaron durante toda la mañana de ayer contra el gobierno de Oaxaca.", "es", "protestaron"), null);
  });

  test("a fronted \"Desde X,\" / \"From X,\" is where the sentence's act is told, not the place it is about", async () => {
    const es = await placeOf("Desde Ginebra, la ONU condenó los bombardeos en Jartum.", "es", "condenó");
    assert.deepEqual([es?.name, es?.country], ["Genève", "CHE"]);
    const en = await placeOf("From Nairobi, the UN envoy condemned the attack on a camp in Darfur.", "en", "condemned");
    assert.equal(en?.name, "Nairobi");
  });

  test("a dateline closed by its agency and no dash: \"Srinagar, Mar 5 (PTI) …\", \"MADRID, 5 (EUROPA PRESS) …\"", async () => {
    const pti = await placeOf("Srinagar, Mar 5 (PTI) Security forces killed two militants in an encounter.", "en", "killed");
    assert.equal(pti?.name, "Srinagar");
    const ep = await placeOf("MADRID, 5 (EUROPA PRESS) El Gobierno condenó el ataque.", "es", "condenó");
    assert.equal(ep?.name, "Madrid");
    // A name, an age and an agency before lower-case words is no dateline.
    assert.equal(await placeOf("Ortega, 79 (AFP) fue acusado de corrupción y detuvo a dos opositores.", "es", "detuvo"), null);
  });

  test("a dateline's region decides its place's country: \"ATHENS, Georgia (AP)\" is in the US", async () => {
    const p = await placeOf("ATHENS, Georgia (AP) — Police arrested three students after a protest on campus.", "en", "arrested");
    assert.deepEqual([p?.name, p?.admin1_code], ["Athens", "US.GA"]);
  });

  test("the nationality of the doer picks the namesake; the target's does not", async () => {
    const ve = await placeOf("Venezuelan police arrested two opposition activists in Valencia on Monday.", "en", "arrested");
    assert.equal(ve?.country, "VEN");
    const mx = await placeOf("La policía mexicana detuvo a un turista español en Mérida.", "es", "detuvo");
    assert.equal(mx?.country, "MEX");
  });

  test("bare Gaza is the Strip, as our names file says, not a province of Mozambique", async () => {
    const p = await placeOf("Israeli strikes killed 20 people in Gaza overnight.", "en", "strikes");
    assert.deepEqual([p?.country, p?.admin1_code], ["PSE", "PS.GZ"]);
  });

  test("a destination after a topic noun is the topic's: \"para discutir la ayuda a Puerto Príncipe\"", async () => {
    const p = await placeOf("El canciller se reunió con donantes en Madrid para discutir la ayuda a Puerto Príncipe.", "es", "reunió");
    assert.equal(p?.name, "Madrid");
    assert.equal(await placeOf("King Abdullah met the Egyptian president on Sunday to discuss aid to Khartoum.", "en", "met"), null);
  });

  test("a possessor is the next place's country only across adjectives and cue words", async () => {
    const p = await placeOf("Chile's president visited Buenos Aires and met business leaders.", "en", "visited");
    assert.deepEqual([p?.name, p?.country], ["Buenos Aires", "ARG"]);
  });

  test("\"X, capital del estado Y\": the capital's division is its parent", async () => {
    const p = await placeOf("En Mérida, capital del estado Yucatán, maestros protestaron por el pago de bonos.", "es", "protestaron");
    assert.deepEqual([p?.name, p?.country], ["Mérida", "MEX"]);
  });

  test("a town's facility: \"frente al ayuntamiento de X\", \"frente al palacio de gobierno de X\", \"outside X City Hall\"", async () => {
    const es = await placeOf("Jubilados protestaron frente al ayuntamiento de Valladolid por las pensiones.", "es", "protestaron");
    assert.deepEqual([es?.name, es?.country], ["Valladolid", "ESP"]);
    const oax = await placeOf("Maestros protestaron frente al palacio de gobierno de Oaxaca para exigir pagos.", "es", "protestaron");
    assert.equal(oax?.admin1_code, "MX.20");
    const farm = await placeOf("Agentes federales detuvieron a 12 personas en un rancho del estado de Texas.", "es", "detuvieron");
    assert.deepEqual([farm?.precision, farm?.admin1_code], ["admin1", "US.TX"]);
    const en = await placeOf("Hundreds protested outside Denver City Hall against the deportations.", "en", "protested");
    assert.deepEqual([en?.name, en?.precision], ["Denver", "city"]);
    const air = await placeOf("Police arrested two men at Los Angeles International Airport on Tuesday.", "en", "arrested");
    assert.equal(air?.name, "Los Angeles");
  });

  test("\"around X\" and \"alrededor de X\" put the act at X", async () => {
    const en = await placeOf("Farmers blocked highways around Lyon on Monday.", "en", "blocked");
    assert.equal(en?.name, "Lyon");
  });

  test("gazetteer names: Philippine cities without 'City', Levantine 'Beit', an oblast answering to its seat's exonym", () => {
    const gz = gazetteer();
    assert.ok(gz.lookup("Iligan").some((c) => c.place.name === "Iligan City" && c.how === "short"));
    assert.ok(gz.lookup("Beit Jala").some((c) => c.place.country === "PSE" && c.place.kind === "city"));
    assert.ok(gz.lookup("Zaporiyia").some((c) => c.place.kind === "admin1" && c.place.admin1Code === "UA.26"));
    assert.ok(gz.lookup("Jenin").some((c) => c.place.kind === "city" && c.place.country === "PSE"));
  });

  test("news spellings and Spanish exonyms of towns in the news: Mykolaiv, Bajmut, Yakarta, Jabalia, Basra, San Sebastián", async () => {
    const ua = await placeOf("Russian drones attacked the southern city of Mykolaiv overnight, officials said.", "en", "attacked");
    assert.deepEqual([ua?.name, ua?.admin1_code], ["Mykolayiv", "UA.16"]);
    const bj = await placeOf("Las fuerzas ucranianas se enfrentaron con tropas rusas cerca de Bajmut.", "es", "enfrentaron");
    assert.equal(bj?.admin1_code, "UA.05");
    const id = await placeOf("La policía indonesia detuvo a 40 estudiantes en Yakarta.", "es", "detuvo");
    assert.equal(id?.country, "IDN");
    const ss = await placeOf("Jóvenes se enfrentaron con la Ertzaintza en San Sebastián tras una manifestación.", "es", "enfrentaron");
    assert.deepEqual([ss?.country, ss?.precision], ["ESP", "city"]);
    const iq = await placeOf("Gunmen killed two police officers in Basra on Sunday.", "en", "killed");
    assert.deepEqual([iq?.country, iq?.precision], ["IRQ", "city"]);
  });

  test("a town the division after its comma contains takes that division's locative: \"el campo de refugiados de X, en el centro de Y\"", async () => {
    const p = await placeOf("Aviones israelíes bombardearon el campo de refugiados de Jabalia, en el norte de la Franja de Gaza.", "es", "bombardearon");
    assert.deepEqual([p?.precision, p?.admin1_code], ["city", "PS.GZ"]);
    // Not a name that holds the place after the comma: "el Estadio de Francia, en las afueras de París" is no French act.
    const fr = await placeOf("La policía francesa detuvo a diez huelguistas en el Estadio de Francia, en las afueras de París.", "es", "detuvo");
    assert.notEqual(fr?.precision, "country");
  });

  test("\"over the X region\", \"sobre la región de X\": where drones are downed; not \"tensions over Taiwan\"", async () => {
    const en = await placeOf("Russian air defences destroyed 30 Ukrainian drones over the Bryansk region.", "en", "destroyed");
    assert.deepEqual([en?.country, en?.precision], ["RUS", "admin1"]);
    const es = await placeOf("La defensa antiaérea rusa derribó 30 drones ucranianos sobre la región de Briansk.", "es", "derribó");
    assert.deepEqual([es?.country, es?.precision], ["RUS", "admin1"]);
    assert.equal(await placeOf("China warned the United States over rising tensions around Taiwan.", "en", "warned"), null);
  });

  test("fourth development set (dev4.jsonl, tuned against): guards at this revision's level", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/dev4.jsonl"), "utf8"));
    assert.ok(items.length >= 120);
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    // Before the constructions it was written to find: 84.3 % (97/115), 83.0 % (73/88), 0/13.
    assert.ok(s.admin1Right / s.placed >= 0.96, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.95, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.falsePlaces <= 1, `false places ${s.falsePlaces}/${s.negatives}`);
  });
});

describe("constructions of news found with dev5.jsonl (our own table texts)", () => {
  test("divisions and cities by their Spanish and news names: Normandía, Hasaka, Hadramout, Núremberg; Gran Bretaña stays the country", async () => {
    const no = await placeOf("Cientos de agricultores protestaron en Normandía contra el precio de la leche.", "es", "protestaron");
    assert.deepEqual([no?.precision, no?.admin1_code], ["admin1", "FR.28"]);
    const sy = await placeOf("Milicianos kurdos atacaron un puesto del ejército en la provincia de Hasaka.", "es", "atacaron");
    assert.deepEqual([sy?.precision, sy?.admin1_code], ["admin1", "SY.01"]);
    const ye = await placeOf("U.S. drones struck a militant camp in Hadramout on Sunday, killing four fighters.", "en", "struck");
    assert.deepEqual([ye?.precision, ye?.admin1_code], ["admin1", "YE.04"]);
    const de = await placeOf("La policía alemana detuvo en Núremberg a dos hombres por un ataque a una sinagoga.", "es", "detuvo");
    assert.deepEqual([de?.name, de?.admin1_code], ["Nürnberg", "DE.02"]);
    const so = await placeOf("Al-Shabab fighters attacked an army base in the Lower Shabelle region on Friday.", "en", "attacked");
    assert.deepEqual([so?.precision, so?.admin1_code], ["admin1", "SO.14"]);
    const ht = await placeOf("Pandilleros atacaron una comisaría en Cabo Haitiano, en el norte de Haití.", "es", "atacaron");
    assert.deepEqual([ht?.precision, ht?.admin1_code], ["city", "HT.09"]);
    const gb = await placeOf("Miles de personas protestaron en Gran Bretaña contra la guerra.", "es", "protestaron");
    assert.deepEqual([gb?.precision, gb?.country], ["country", "GBR"]);
  });

  test("\"on the island of X\", \"en la isla de X\" put the act on the island's town", async () => {
    const en = await placeOf("Greek police arrested four smugglers on the island of Lesbos.", "en", "arrested");
    assert.deepEqual([en?.name, en?.country], ["Lesbos", "GRC"]);
    const es = await placeOf("La Guardia Civil detuvo a tres personas en la isla de Ibiza por tráfico de drogas.", "es", "detuvo");
    assert.deepEqual([es?.name, es?.admin1_code], ["Ibiza", "ES.07"]);
  });

  test("a name after the noun of a street or road is the street's; the town after it is the place", async () => {
    const mo = await placeOf("Maestros bloquearon la avenida Juárez de Morelia durante cinco horas.", "es", "bloquearon");
    assert.deepEqual([mo?.name, mo?.admin1_code], ["Morelia", "MX.16"]);
    const pa = await placeOf("Taxistas se manifestaron en la calle Hidalgo de Pachuca contra las plataformas.", "es", "manifestaron");
    assert.deepEqual([pa?.name, pa?.admin1_code], ["Pachuca de Soto", "MX.13"]);
    // A street's name alone is no place ("Central" is no Ugandan region, "Puebla" of a road is not the city).
    assert.equal(await placeOf("Vecinos bloquearon la avenida Central para exigir agua.", "es", "bloquearon"), null);
    const road = await placeOf("Transportistas bloquearon la autopista Puebla–Orizaba a la altura de Esperanza.", "es", "bloquearon");
    assert.deepEqual([road?.name, road?.admin1_code], ["Esperanza", "MX.21"]);
  });

  test("\"la comuna de X\", \"el municipio de X\": the town when the gazetteer holds no such division", async () => {
    const ht = await placeOf("Pandillas armadas incendiaron viviendas en la comuna de Croix-des-Bouquets, al norte de la capital haitiana.", "es", "incendiaron");
    assert.deepEqual([ht?.name, ht?.precision], ["Croix-des-Bouquets", "city"]);
    // A municipality the gazetteer holds stays the division.
    const mx = await placeOf("Un grupo armado atacó a policías en el municipio de Uruapan.", "es", "atacó");
    assert.deepEqual([mx?.name, mx?.precision], ["Uruapan", "admin2"]);
  });

  test("an act placed only in a neighbourhood or a street happened in the town its doers are named after", async () => {
    const ap = await placeOf("Policías municipales de Apodaca detuvieron en la colonia Pueblo Nuevo a dos hombres armados.", "es", "detuvieron");
    assert.deepEqual([ap?.admin1_code, ap?.country], ["MX.19", "MEX"]);
    const ur = await placeOf("Comerciantes de Uruapan bloquearon la avenida Latinoamericana para exigir seguridad.", "es", "bloquearon");
    assert.deepEqual([ur?.name, ur?.admin1_code], ["Uruapan", "MX.16"]);
    // A word of the doers' body's name is no town ("la Guardia Nacional"); without a town the act has no place.
    assert.equal(await placeOf("Elementos de la Guardia Nacional detuvieron en la colonia Centro a dos hombres.", "es", "detuvieron"), null);
  });

  test("a road named by two towns of one state is that state; a town named on it is more precise; two states, none", async () => {
    const km = await placeOf("Hombres armados atacaron un autobús a la altura del kilómetro 45 de la autopista Culiacán–Mazatlán.", "es", "atacaron");
    assert.deepEqual([km?.precision, km?.admin1_code], ["admin1", "MX.25"]);
    const tramo = await placeOf("Policías estatales se enfrentaron con civiles armados en el tramo Celaya–Irapuato.", "es", "enfrentaron");
    assert.deepEqual([tramo?.precision, tramo?.admin1_code], ["admin1", "MX.11"]);
    const town = await placeOf("Soldados se enfrentaron con un grupo armado en la carretera Celaya–Irapuato, a la altura de Villagrán.", "es", "enfrentaron");
    assert.deepEqual([town?.precision, town?.admin1_code], ["city", "MX.11"]);
    // Cuernavaca is in Morelos, Acapulco in Guerrero: the road's name says no state, and neither town is the place.
    assert.equal(await placeOf("Transportistas bloquearon la autopista Cuernavaca–Acapulco durante seis horas.", "es", "bloquearon"), null);
  });

  test("AP state abbreviations that are also towns' names, and 'St.' for Saint: \"Portland, Ore.\", \"Wilmington, Del.\", \"St. Paul, Minn.\"", async () => {
    const or = await placeOf("Police arrested two men in Portland, Ore., after a fight outside a bar.", "en", "arrested");
    assert.deepEqual([or?.name, or?.admin1_code], ["Portland", "US.OR"]);
    const de = await placeOf("Protesters blocked a road in Wilmington, Del., on Friday.", "en", "blocked");
    assert.equal(de?.admin1_code, "US.DE");
    const mn = await placeOf("Police arrested 12 protesters in St. Paul, Minn., on Monday.", "en", "arrested");
    assert.deepEqual([mn?.name, mn?.admin1_code], ["Saint Paul", "US.MN"]);
    const mt = await placeOf("BILLINGS, Mont. (AP) — A gunman wounded two officers on Sunday, police said.", "en", "wounded");
    assert.equal(mt?.admin1_code, "US.MT");
  });

  test("a division's capital in apposition: \"in Sonora's capital, Hermosillo\", \"Oregon's largest city, Portland\"", async () => {
    const hmo = await placeOf("Gunmen attacked a bus in Sonora's capital, Hermosillo, on Monday.", "en", "attacked");
    assert.deepEqual([hmo?.name, hmo?.admin1_code], ["Hermosillo", "MX.26"]);
    const pdx = await placeOf("Protesters clashed with police in Oregon's largest city, Portland.", "en", "clashed");
    assert.deepEqual([pdx?.name, pdx?.admin1_code], ["Portland", "US.OR"]);
  });

  test("\"la capital de X\", \"the capital of X\": a country's capital; a state's is at least that state (not a town named X)", async () => {
    const hn = await placeOf("Miles de personas protestaron en la capital de Honduras contra el fraude.", "es", "protestaron");
    assert.deepEqual([hn?.name, hn?.country], ["Tegucigalpa", "HND"]);
    const ht = await placeOf("Gang members killed five people in the capital of Haiti on Sunday.", "en", "killed");
    assert.deepEqual([ht?.name, ht?.country], ["Port-au-Prince", "HTI"]);
    const gro = await placeOf("Hombres armados asesinaron a un policía en la capital de Guerrero.", "es", "asesinaron");
    assert.equal(gro?.admin1_code, "MX.12");
  });

  test("\"in suburban X\" and a Kurdish town by its news name", async () => {
    const mpls = await placeOf("Police arrested 20 protesters in suburban Minneapolis on Tuesday.", "en", "arrested");
    assert.equal(mpls?.admin1_code, "US.MN");
    const q = await placeOf("Kurdish forces arrested 20 suspects in the Kurdish-held town of Qamishli.", "en", "arrested");
    assert.deepEqual([q?.country, q?.admin1_code], ["SYR", "SY.01"]);
  });

  test("a neighbourhood's name before \"de\" and its town: \"en el barrio El Carrizal de Tegucigalpa\", \"la vereda X, zona rural de Y\"", async () => {
    const hn = await placeOf("Pandilleros asesinaron a un conductor en el barrio El Carrizal de Tegucigalpa.", "es", "asesinaron");
    assert.equal(hn?.name, "Tegucigalpa");
    const mx = await placeOf("Policías detuvieron a dos hombres en la colonia Las Flores de Celaya.", "es", "detuvieron");
    assert.deepEqual([mx?.name, mx?.admin1_code], ["Celaya", "MX.11"]);
    const ec = await placeOf("Pandilleros asesinaron a tres personas en el barrio La Pradera de Guayaquil.", "es", "asesinaron");
    assert.deepEqual([ec?.name, ec?.country], ["Guayaquil", "ECU"]);
    const co = await placeOf("Disidencias de las FARC asesinaron a un líder social en la vereda El Mango, zona rural de Argelia, Cauca.", "es", "asesinaron");
    assert.deepEqual([co?.country, co?.admin1_code], ["COL", "CO.09"]);
    // A neighbourhood with no town after it is no place.
    assert.equal(await placeOf("Sicarios asesinaron a un comerciante en la colonia Guerrero.", "es", "asesinaron"), null);
  });

  test("a trigger whose words hold its object: \"atacaron la ciudad de Jersón con drones\" is at Kherson", async () => {
    const city = await placeOf("Fuerzas rusas atacaron la ciudad de Jersón con drones.", "es", "atacaron");
    assert.deepEqual([city?.name, city?.admin1_code], ["Kherson", "UA.08"]);
    const region = await placeOf("Drones rusos atacaron la región de Odesa con misiles.", "es", "atacaron");
    assert.deepEqual([region?.precision, region?.admin1_code], ["admin1", "UA.17"]);
  });

  test("a division in apposition to a town the gazetteer lacks, right behind a locative: \"en Tocorón, estado Aragua\"", async () => {
    const ve = await placeOf("Militares venezolanos se enfrentaron con una banda en Tocorón, estado Aragua.", "es", "enfrentaron");
    assert.deepEqual([ve?.precision, ve?.admin1_code], ["admin1", "VE.04"]);
    const mx = await placeOf("Hombres armados asesinaron a dos policías en Palo Gordo Chico, municipio de Uruapan.", "es", "asesinaron");
    assert.deepEqual([mx?.precision, mx?.admin1_code], ["admin2", "MX.16"]);
    // A town the gazetteer knows stays the place.
    const known = await placeOf("Soldados detuvieron a dos hombres en Culiacán, estado de Sinaloa.", "es", "detuvieron");
    assert.deepEqual([known?.name, known?.precision], ["Culiacán", "city"]);
  });

  test("fifth development set (dev5.jsonl, tuned against): guards at this revision's level", async () => {
    const items = parsePlaceGold(readFileSync(join(ROOT, "test/fixtures/places/dev5.jsonl"), "utf8"));
    assert.ok(items.length >= 120);
    const { score: s } = await scorePlaces(items, (doc) => codeDocument(doc, k));
    // Before the constructions it was written to find: 84.4 % (92/109), 85.7 % (60/70), 0/12.
    assert.ok(s.admin1Right / s.placed >= 0.97, `admin1 ${s.admin1Right}/${s.placed}`);
    assert.ok(s.cityRight / s.cities >= 0.97, `city ${s.cityRight}/${s.cities}`);
    assert.ok(s.falsePlaces <= 1, `false places ${s.falsePlaces}/${s.negatives}`);
  });
});

describe("places in the store and exports", () => {
  const article = (doc: string, text: string) => ({ doc, date: "2026-03-10", language: "es" as const, text, textHash: textHash(text), origin: "test" });

  test("reports of one arrest in one city merge; the event keeps its place, filterable by country and division", async () => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), "dyad-places-")), "p.sqlite"));
    const coder = await knowledgeCoder(k);
    const texts = [
      "Elementos de la Marina detuvieron este lunes en Mazatlán a dos presuntos narcotraficantes.",
      "La Secretaría de Marina detuvo el lunes en Mazatlán a dos presuntos narcotraficantes, según un comunicado.",
      "Soldados se enfrentaron el lunes con pistoleros en Hermosillo, Sonora.",
    ];
    for (const [i, text] of texts.entries()) await store.addArticle(article(`d${i}`, text), await coder({ id: `d${i}`, text, date: "2026-03-10", language: "es" }));
    const events: CorpusEvent[] = [];
    for await (const e of store.events({ placeCountry: "MEX", admin1: "MX.25" })) events.push(e);
    assert.equal(events.length, 1, events.map((e) => `${e.type} ${e.place?.name}`).join(", "));
    assert.equal(events[0]!.num_articles, 2);
    assert.equal(events[0]!.place?.name, "Mazatlán");
    const sonora: CorpusEvent[] = [];
    for await (const e of store.events({ admin1: "MX.26" })) sonora.push(e);
    assert.deepEqual(sonora.map((e) => e.place?.name), ["Hermosillo"]);
    await store.close();
  });

  test("place paths nest: a state contains its cities", () => {
    const city = { text: "", start: 0, end: 0, name: "Culiacán", country: "MEX", admin1: "Sinaloa", admin1_code: "MX.25", admin2: "Culiacán", lat: 24.8, lon: -107.4, geonameid: 4012176, precision: "city" as const };
    const state = { ...city, name: "Sinaloa", admin2: null, lat: null, lon: null, geonameid: null, precision: "admin1" as const };
    assert.ok(placePath(city).startsWith(`${placePath(state)}/`));
  });

  test("the GDELT export fills ActionGeo from the place", () => {
    const place = { text: "Mazatlán", start: 0, end: 8, name: "Mazatlán", country: "MEX", admin1: "Sinaloa", admin1_code: "MX.25", admin2: "Mazatlán", lat: 23.2, lon: -106.4, geonameid: 3996322, precision: "city" as const };
    assert.deepEqual(actionGeo(place), ["4", "Mazatlán, Sinaloa, Mexico", "MX", "MX25", "Mazatlán", "23.2", "-106.4", "3996322"]);
    const country = actionGeo({ ...place, name: "Argentina", country: "ARG", admin1: null, admin1_code: null, admin2: null, lat: null, lon: null, geonameid: null, precision: "country" });
    assert.deepEqual(country, ["1", "Argentina", "AR", "AR", "", "", "", "AR"]);
    const e = { id: "0123456789abcdef", date: "2026-03-10", cameo: "173", quad: 4, goldstein: -5, source: [], target: [], mentions: [], num_mentions: 1, num_sources: 1, num_articles: 1, added_at: "2026-03-10T00:00:00Z", place } as unknown as CorpusEvent;
    const cols = gdeltLine(e).trimEnd().split("\t");
    assert.equal(cols[GDELT_COLUMNS.indexOf("ActionGeo_Lat")], "23.2");
  });
});

describe("a person's surname is no town", () => {
  // "…contra Morales" after "Evo Morales": the surname of a person the story named is that person, not Morales, Cauca
  // (src/places/stage.ts personSurnames); a place's cue word still makes it a place.
  test("a surname told after the full name places nothing", async () => {
    const events = await code("El exmandatario Evo Morales denunció el acuerdo. La Policía cumplió la orden de aprehensión que pesaba contra Morales desde 2024.", "es");
    const arrest = events.find((e) => e.type === "COERCE");
    assert.ok(arrest, JSON.stringify(events.map((e) => e.type)));
    assert.equal(arrest.place, null);
  });
  test("with a place's cue word it is the place", async () => {
    const events = await code("El exmandatario Evo Morales denunció el acuerdo. La Policía detuvo a 12 campesinos en el municipio de Morales, en el Cauca.", "es");
    const arrest = events.find((e) => e.type === "COERCE");
    assert.equal(arrest?.place?.name, "Morales");
  });
});
