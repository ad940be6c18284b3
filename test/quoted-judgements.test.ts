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

table("calificaciones entre comillas (es)", [
  ["un epíteto que ninguna lista recoge critica", "La cancillería chilena calificó el decreto boliviano de \"trampa burocrática\" este lunes.", "ACCUSE CHL/", null],
  ["una palabra de elogio respalda", "El canciller brasileño calificó el acuerdo con Argentina de \"paso histórico\" este lunes.", "SUPPORT BRA/GOV → ARG/", "ACCUSE"],
  ["censura con elogio es censura", "El canciller brasileño calificó el veto argentino de \"un error histórico\" este lunes.", "ACCUSE BRA/", "SUPPORT"],
  ["describir cómo fue un diálogo no es un juicio", "El canciller omaní describió el diálogo con el enviado iraní como \"productivo\".", null, "ACCUSE"],
  ["…ni un elogio", "El canciller omaní describió el diálogo con el enviado iraní como \"productivo\".", null, "SUPPORT"],
], { lang: "es" });
