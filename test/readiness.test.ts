import { table } from "./event-table.js";

// Readiness for talks told with an adjective and a noun is an intent to meet or negotiate (CAMEO 036, AGREE).
table("readiness for talks (en)", [
  ["ready for + a noun of talks", "Peru's prime minister said his government was ready for dialogue with the striking miners on Tuesday.", "AGREE PER/GOV", null],
  ["open to, after 'remained'", "Ghana's finance minister said the government remained open to negotiations with the teachers' unions.", "AGREE GHA/GOV", null],
  ["negated, it is a refusal", "Ghana's finance minister said the government was not open to negotiations with the teachers' unions.", "REJECT GHA/GOV", "AGREE"],
]);

table("disposición a negociar (es)", [
  ["abierto al diálogo", "El primer ministro peruano dijo que su gobierno está abierto al diálogo con los mineros en huelga.", "AGREE PER/", null],
  ["'abierto' is still abrir's participle: an investigation opened is coded", "La Fiscalía peruana ha abierto una investigación contra el exministro de Energía.", "ACCUSE PER/", null],
  ["a detainee 'puesto a disposición del juez' is handed to a court, not offered", "La Policía Nacional del Perú detuvo al sospechoso, que fue puesto a disposición del juez de turno.", null, "AGREE"],
  ["an active 'puso a disposición' is an offer", "El gobierno mexicano puso a disposición de los damnificados guatemaltecos sus hospitales.", "AGREE MEX/", null],
], { lang: "es" });
