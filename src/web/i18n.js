/* global navigator, localStorage */
// The dashboard's words in Spanish and English. Data (articles, names) are shown as they are.

const WORDS = {
  en: {
    title: "relations over time", tabDyad: "Relations", tabCode: "Code a text", actorA: "Actor or country", actorB: "and", interval: "Interval",
    day: "day", week: "week", month: "month", from: "From", to: "To", show: "Show", suggestions: "Most covered pairs",
    chartTitle: "Cooperation and conflict", cooperation: "Cooperation (events)", conflict: "Conflict (events)", goldstein: "Mean Goldstein",
    chartHint: "Click an interval to list its events (or focus the chart and use the arrow keys).", agendaTitle: "Agenda by context", agendaHint: "Events per PLOVER context and interval",
    total: "Total", eventsTitle: "Events", allPeriod: "whole period", periodOf: "interval starting", showAll: "Show all",
    date: "Date", type: "Type", actors: "Who → whom", articles: "Articles", evidence: "Evidence", more: "More", none: "No events.",
    noData: "No events between these actors.", loading: "Loading…", close: "Close", article: "Article", reportedBy: "Reported by",
    legendTrigger: "event word", legendSource: "source", legendTarget: "target", published: "published",
    codeTitle: "Code a text", codeHint: "Paste a news article in Spanish or English. It is coded on the fly and not stored.",
    codeDate: "Publication date", language: "Language", auto: "detect", codeButton: "Find events", codeEmpty: "No events found in this text.",
    codeFound: (n) => `${n} event${n === 1 ? "" : "s"} found`, error: "Error", stats: (s) => `${s.articles} articles · ${s.events} events · ${s.first ?? ""} – ${s.last ?? ""}`,
    total_n: (n) => `${n} event${n === 1 ? "" : "s"}`,
    mapTitle: "Where", mapHint: "Cities where the events happened: a marker's area grows with its events; its shape and colour give their most frequent quad class. Click a place, or focus it and press Enter, to list its events.",
    mapCredit: "Places: GeoNames (CC BY 4.0). Borders: Natural Earth.",
    verbalCoop: "verbal cooperation", materialCoop: "material cooperation", verbalConf: "verbal conflict", materialConf: "material conflict",
    sizeLegend: (max) => `size: 1 to ${max} events`, vagueLegend: "country with events placed only to a state or the country",
    prec_admin2: "municipality only", prec_admin1: "state only", prec_country: "country only",
    placedOf: (placed, total, cities) => `${placed} of ${total} events have a place; ${cities} cit${cities === 1 ? "y" : "ies"} on the map.`,
    noPlaces: "None of these events has a place.", citiesTitle: "Cities", vagueTitle: "Placed only to a state or a country",
    vagueHint: "No point on the map: the article names no city.", events_n: (n) => `${n} event${n === 1 ? "" : "s"}`, atPlace: "at", place: "Place",
    changesTitle: "What changed", sinceVisit: (d) => `since your last visit, ${d}`, lastWeek: "in the last 7 days",
    changesNone: "No new alert since your last visit.",
    compare: "Compare with (A:B)", comparedWith: (x) => `compared with ${x} (thin lines)`,
    partnersTitle: "Partners", partnersHint: "The countries the first actor deals with; pick one to see the pair.", rankBy: "Rank by", byEvents: "events", byConflict: "conflict",
    partnerLine: (p) => `${p.events} event${p.events === 1 ? "" : "s"} · ${Math.round(p.conflict_share * 100)}% conflict`,
    per100: "per 100 articles stored", rolling: "mean of 3 intervals", quadsApart: "verbal and material apart", per100Axis: "Events per 100 articles", eventsShort: "events", articlesShort: "articles",
    sectorsTitle: "Sector codes", direction: "Direction", dirBoth: "both ways", dirSplit: "each way, apart",
    quadClass: "Class", context: "Context", minArticles: "Min. articles", textSearch: "Words in the evidence", apply: "Filter",
    anyType: "any type", anyQuad: "any class", anyContext: "any context", clearFilters: "Clear filters",
    filtersHint: "Filters narrow the list of events; the chart, agenda and map show every event of the pair.", filtered: "filtered", exportList: "Export this list:", exportChart: "Save the chart:",
    kind_country: "country", kind_org: "organisation", kind_actor: "actor", kind_actors: "actors",
    resolvedNone: (q) => `“${q}” matches no country, organisation or actor: type a code (MEX), a country (Mexico) or whole words of a name.`,
    moreNames: (n) => `and ${n} more`,
    rangeAll: (first, last, n) => `Dates: all of this pair's events, ${first} – ${last} (${n}).`,
    outside: (n, first, last) => `${n} event${n === 1 ? "" : "s"} of this pair lie${n === 1 ? "s" : ""} outside the dates shown: its events run from ${first} to ${last}.`,
    showAllDates: "Show all dates",
    recalls: (p) => `recalls ${p}`,
    recallsTitle: "History the story recalls by this year or month only: the date is the report's",
    unchecked: (n) => `${n} article${n === 1 ? " was" : "s were"} stored before dates were checked and ${n === 1 ? "has" : "have"} an implausible date: ${n === 1 ? "its events are" : "their events are"} in these charts. Re-ingest into a new database to hold ${n === 1 ? "it" : "them"} out.`,
    held: (n) => `${n} article${n === 1 ? " has" : "s have"} an implausible date (before 1979 or in the future) and ${n === 1 ? "is" : "are"} kept out of every chart and list until someone confirms ${n === 1 ? "it" : "them"} (dyad confirm-date):`,
    alertLine: (a) => `conflict spike: score ${a.score} against a usual ${a.baseline.mean} ± ${a.baseline.sd} (z ${a.z}), ${a.num_events} event${a.num_events === 1 ? "" : "s"} from ${a.articles} articles`,
  },
  es: {
    title: "relaciones en el tiempo", tabDyad: "Relaciones", tabCode: "Codificar un texto", actorA: "Actor o país", actorB: "y", interval: "Intervalo",
    day: "día", week: "semana", month: "mes", from: "Desde", to: "Hasta", show: "Mostrar", suggestions: "Pares más cubiertos",
    chartTitle: "Cooperación y conflicto", cooperation: "Cooperación (eventos)", conflict: "Conflicto (eventos)", goldstein: "Goldstein medio",
    chartHint: "Haga clic en un intervalo para ver sus eventos (o seleccione el gráfico y use las flechas).", agendaTitle: "Agenda por contexto", agendaHint: "Eventos por contexto PLOVER e intervalo",
    total: "Total", eventsTitle: "Eventos", allPeriod: "todo el periodo", periodOf: "intervalo que empieza el", showAll: "Ver todos",
    date: "Fecha", type: "Tipo", actors: "Quién → a quién", articles: "Artículos", evidence: "Evidencia", more: "Más", none: "Sin eventos.",
    noData: "No hay eventos entre estos actores.", loading: "Cargando…", close: "Cerrar", article: "Artículo", reportedBy: "Publicado por",
    legendTrigger: "palabra del evento", legendSource: "origen", legendTarget: "destino", published: "publicado",
    codeTitle: "Codificar un texto", codeHint: "Pegue una noticia en español o inglés. Se codifica al momento y no se guarda.",
    codeDate: "Fecha de publicación", language: "Idioma", auto: "detectar", codeButton: "Buscar eventos", codeEmpty: "No se encontraron eventos en este texto.",
    codeFound: (n) => `${n} evento${n === 1 ? "" : "s"}`, error: "Error", stats: (s) => `${s.articles} artículos · ${s.events} eventos · ${s.first ?? ""} – ${s.last ?? ""}`,
    total_n: (n) => `${n} evento${n === 1 ? "" : "s"}`,
    mapTitle: "Dónde", mapHint: "Ciudades donde ocurrieron los eventos: el área de cada marca crece con sus eventos; su forma y color indican la clase de cuadrante más frecuente. Haga clic en un lugar, o selecciónelo y pulse Intro, para ver sus eventos.",
    mapCredit: "Lugares: GeoNames (CC BY 4.0). Fronteras: Natural Earth.",
    verbalCoop: "cooperación verbal", materialCoop: "cooperación material", verbalConf: "conflicto verbal", materialConf: "conflicto material",
    sizeLegend: (max) => `tamaño: de 1 a ${max} eventos`, vagueLegend: "país con eventos ubicados solo en un estado o en el país",
    prec_admin2: "solo municipio", prec_admin1: "solo estado", prec_country: "solo país",
    placedOf: (placed, total, cities) => `${placed} de ${total} eventos tienen lugar; ${cities} ciudad${cities === 1 ? "" : "es"} en el mapa.`,
    noPlaces: "Ninguno de estos eventos tiene lugar.", citiesTitle: "Ciudades", vagueTitle: "Ubicados solo en un estado o un país",
    vagueHint: "Sin punto en el mapa: el artículo no nombra una ciudad.", events_n: (n) => `${n} evento${n === 1 ? "" : "s"}`, atPlace: "en", place: "Lugar",
    changesTitle: "Qué cambió", sinceVisit: (d) => `desde su última visita, ${d}`, lastWeek: "en los últimos 7 días",
    changesNone: "Ninguna alerta nueva desde su última visita.",
    compare: "Comparar con (A:B)", comparedWith: (x) => `comparado con ${x} (líneas finas)`,
    partnersTitle: "Contrapartes", partnersHint: "Los países con los que trata el primer actor; elija uno para ver el par.", rankBy: "Ordenar por", byEvents: "eventos", byConflict: "conflicto",
    partnerLine: (p) => `${p.events} evento${p.events === 1 ? "" : "s"} · ${Math.round(p.conflict_share * 100)}% conflicto`,
    per100: "por cada 100 artículos guardados", rolling: "media de 3 intervalos", quadsApart: "verbal y material por separado", per100Axis: "Eventos por 100 artículos", eventsShort: "eventos", articlesShort: "artículos",
    sectorsTitle: "Códigos de sector", direction: "Dirección", dirBoth: "ambos sentidos", dirSplit: "cada sentido, aparte",
    quadClass: "Clase", context: "Contexto", minArticles: "Mín. artículos", textSearch: "Palabras en la evidencia", apply: "Filtrar",
    anyType: "cualquier tipo", anyQuad: "cualquier clase", anyContext: "cualquier contexto", clearFilters: "Quitar filtros",
    filtersHint: "Los filtros acotan la lista de eventos; el gráfico, la agenda y el mapa muestran todos los eventos del par.", filtered: "filtrado", exportList: "Exportar esta lista:", exportChart: "Guardar el gráfico:",
    kind_country: "país", kind_org: "organización", kind_actor: "actor", kind_actors: "actores",
    resolvedNone: (q) => `«${q}» no corresponde a ningún país, organización ni actor: escriba un código (MEX), un país (México) o palabras completas de un nombre.`,
    moreNames: (n) => `y ${n} más`,
    rangeAll: (first, last, n) => `Fechas: todos los eventos de este par, ${first} – ${last} (${n}).`,
    outside: (n, first, last) => `${n} evento${n === 1 ? "" : "s"} de este par queda${n === 1 ? "" : "n"} fuera de las fechas mostradas: sus eventos van del ${first} al ${last}.`,
    showAllDates: "Ver todas las fechas",
    recalls: (p) => `recuerda ${p}`,
    recallsTitle: "Historia que la nota recuerda solo por este año o mes: la fecha es la de la nota",
    unchecked: (n) => `${n} artículo${n === 1 ? " se guardó" : "s se guardaron"} antes de que se revisaran las fechas y ${n === 1 ? "tiene" : "tienen"} una fecha inverosímil: sus eventos están en estos gráficos. Vuelva a ingerir en una base nueva para dejar${n === 1 ? "lo" : "los"} fuera.`,
    held: (n) => `${n} artículo${n === 1 ? " tiene" : "s tienen"} una fecha inverosímil (antes de 1979 o en el futuro) y queda${n === 1 ? "" : "n"} fuera de todo gráfico y lista hasta que alguien la${n === 1 ? "" : "s"} confirme (dyad confirm-date):`,
    alertLine: (a) => `repunte de conflicto: puntaje ${a.score} frente a un habitual ${a.baseline.mean} ± ${a.baseline.sd} (z ${a.z}), ${a.num_events} evento${a.num_events === 1 ? "" : "s"} de ${a.articles} artículos`,
  },
};

// PLOVER event types and contexts, named in both languages.
const TYPES = {
  AGREE: ["agree", "acordar"], CONSULT: ["consult", "consultar"], SUPPORT: ["support", "apoyar"], CONCEDE: ["concede", "ceder"],
  COOPERATE: ["cooperate", "cooperar"], AID: ["aid", "ayudar"], RETREAT: ["retreat", "retirarse"], REQUEST: ["request", "pedir"],
  ACCUSE: ["accuse", "acusar"], REJECT: ["reject", "rechazar"], THREATEN: ["threaten", "amenazar"], PROTEST: ["protest", "protestar"],
  SANCTION: ["sanction", "sancionar"], MOBILIZE: ["mobilize", "movilizar"], COERCE: ["coerce", "coaccionar"], ASSAULT: ["assault", "agredir"],
};
const CONTEXTS = {
  military: ["military", "militar"], intelligence: ["intelligence", "inteligencia"], executive: ["executive", "ejecutivo"],
  legislative: ["legislative", "legislativo"], election: ["elections", "elecciones"], political_institutions: ["political institutions", "instituciones políticas"],
  pro_democracy: ["pro-democracy", "prodemocracia"], pro_autocracy: ["pro-autocracy", "proautocracia"], economic: ["economy & trade", "economía y comercio"],
  legal: ["legal", "jurídico"], reparations: ["reparations", "reparaciones"], human_rights: ["human rights", "derechos humanos"],
  rights_freedoms: ["rights & freedoms", "derechos y libertades"], repression: ["repression", "represión"], human_security: ["human security", "seguridad humana"],
  gender: ["gender", "género"], lgbt: ["LGBT", "LGBT"], religion_ethnicity: ["religion & ethnicity", "religión y etnia"], inequality: ["inequality", "desigualdad"],
  diplomatic: ["diplomacy", "diplomacia"], territory: ["territory", "territorio"], peacekeeping: ["peacekeeping", "mantenimiento de la paz"],
  health: ["health", "salud"], asylum: ["asylum", "asilo"], migration: ["migration", "migración"], disasters: ["disasters", "desastres"],
  natural_resource: ["natural resources", "recursos naturales"], environment: ["environment", "medio ambiente"], technology: ["technology", "tecnología"],
  terrorism: ["terrorism", "terrorismo"], cbrn: ["CBRN weapons", "armas NBQR"], cyber: ["cyber", "ciberseguridad"], misinformation: ["misinformation", "desinformación"],
  crime: ["crime", "delincuencia"], corruption: ["corruption", "corrupción"], illegal_drugs: ["illegal drugs", "drogas ilegales"],
  trafficking: ["trafficking", "tráfico"], none: ["no context", "sin contexto"],
};

// PLOVER actor sectors: a short name for the hover and the glossary.
const SECTORS = {
  GOV: ["government", "gobierno"], MIL: ["armed forces", "fuerzas armadas"], COP: ["police", "policía"], JUD: ["judiciary", "poder judicial"],
  LEG: ["legislature", "poder legislativo"], SPY: ["intelligence services", "servicios de inteligencia"], PRM: ["pro-government paramilitaries", "paramilitares progubernamentales"],
  PTY: ["political party", "partido político"], OPP: ["political opposition", "oposición política"], REB: ["armed opposition, insurgents", "oposición armada, insurgentes"],
  UAF: ["unidentified armed people", "armados no identificados"], UNK: ["unidentified", "no identificado"], ELI: ["former officials, officials' relatives", "exfuncionarios, familiares de funcionarios"],
  BUS: ["business", "empresas"], CRM: ["criminals, gangs", "delincuentes, bandas"], CVL: ["civilians, protesters", "civiles, manifestantes"],
  EDU: ["education", "educación"], JRN: ["journalists, media", "periodistas, medios"], LAB: ["workers, unions", "trabajadores, sindicatos"],
  MED: ["health workers", "personal de salud"], REF: ["refugees, displaced people", "refugiados, desplazados"], PRE: ["partly recognised entities", "entidades de reconocimiento parcial"],
  REL: ["religious groups, clergy", "grupos religiosos, clero"], SOC: ["civil society", "sociedad civil"], AGR: ["farmers", "campesinos, agricultores"],
};

// PLOVER modes, in Spanish (in English they are shown as PLOVER names them).
const MODES_ES = {
  visit: "visita", "third-party": "en terceros", multilateral: "multilateral", phone: "por teléfono", withdraw: "retirada", release: "liberación",
  disarm: "desarme", ceasefire: "alto el fuego", access: "acceso", resign: "renuncia", assist: "asistencia", change: "cambio", yield: "concesión",
  meet: "reunión", disapprove: "desaprobación", investigate: "investigación", allege: "acusación", restrict: "restricción", arrest: "arresto",
  relations: "relaciones", expel: "expulsión", territory: "territorio", violence: "violencia", demo: "manifestación", riot: "disturbios",
  strike: "huelga", hunger: "huelga de hambre", boycott: "boicot", obstruct: "bloqueo", vandalize: "vandalismo", convict: "condena",
  discontinue: "suspensión", troops: "tropas", weapons: "armas", police: "policía", militia: "milicia", seize: "incautación", censor: "censura",
  curfew: "toque de queda", "martial-law": "ley marcial", deport: "deportación", withhold: "retención", misinformation: "desinformación",
  cyber: "ciberataque", abduct: "secuestro", beat: "golpiza", torture: "tortura", sexual: "violencia sexual", targeted: "ataque selectivo",
  destroy: "destrucción", primitive: "armas rudimentarias", firearms: "armas de fuego", explosives: "explosivos", "suicide-attack": "atentado suicida",
  aerial: "ataque aéreo", drone: "dron", "heavy-weapons": "armas pesadas", "crowd-control": "control de multitudes", unconventional: "armas no convencionales",
};

let lang = localStorage.getItem("dyad.lang") ?? (navigator.language?.startsWith("es") ? "es" : "en");

export const getLang = () => lang;
/** The PLOVER event types and contexts the filters offer. */
export const TYPE_KEYS = Object.keys(TYPES);
export const CONTEXT_KEYS = Object.keys(CONTEXTS).filter((c) => c !== "none");
export function setLang(l) {
  lang = l === "es" ? "es" : "en";
  localStorage.setItem("dyad.lang", lang);
}

/** The word for a key in the current language (a function for counts). */
export const t = (key, ...args) => {
  const w = WORDS[lang][key] ?? WORDS.en[key] ?? key;
  return typeof w === "function" ? w(...args) : w;
};

const pick = (pair) => (lang === "es" ? pair[1] : pair[0]);
export const typeName = (type) => (TYPES[type] ? pick(TYPES[type]) : type);
export const modeName = (m) => (lang === "es" ? MODES_ES[m] ?? m : m);
export const sectorName = (code) => (SECTORS[code] ? pick(SECTORS[code]) : code);
export const SECTOR_KEYS = Object.keys(SECTORS);
export const contextName = (c) => (CONTEXTS[c] ? pick(CONTEXTS[c]) : c.replaceAll("_", " "));
