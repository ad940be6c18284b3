import { table } from "./event-table.js";

// actors26-es: Spanish events found with the right type but a side of the wrong country
// (test/fixtures/coder-dev/README.md, "actors26-es"). Our own sentences.

const es = { lang: "es", date: "2026-05-20", symmetric: true } as const;

table("actors26-es: a patrol of a body is that body", [
  ["'una patrulla del Ejército' clashing is the army",
    "MANTA.- Una patrulla del Ejército se enfrentó este viernes durante dos horas con integrantes de Los Choneros en las afueras de la ciudad.",
    "ASSAULT ECU/MIL ↔ ECU/CRM", null],
  ["…and 'una patrulla de la Guardia Nacional' ambushed is the National Guard",
    "CULIACÁN.- Un grupo armado emboscó la madrugada del martes a una patrulla de la Guardia Nacional en las afueras de Navolato.",
    "ASSAULT MEX/UAF → MEX/", null],
], es);

table("actors26-es: 'las autoridades' asked by a state body are other state bodies", [
  ["an ombudsman asking 'las autoridades' asks the state's authorities",
    "LIMA.- La Defensoría del Pueblo exhortó este lunes a las autoridades a garantizar el abastecimiento de agua en los distritos afectados por el huaico.",
    "REQUEST PER/GOV → PER/GOV", null],
  ["…and so does a governor",
    "MEDELLÍN.- El gobernador de Antioquia pidió este jueves a las autoridades reforzar la seguridad en las vías del Bajo Cauca tras el paro armado.",
    "REQUEST COL/GOV → COL/GOV", null],
  ["…but companies a protest is about are not set apart from the protesting firms by this",
    "LIMA.- Los transportistas suspendieron este jueves su actividad, luego de que varias empresas denunciaran extorsiones.",
    null, "PROTEST PER/BUS → PER/BUS"],
], es);

table("actors26-es: 'las partes' asked to stop are the two sides of the latest clash", [
  ["'pidió a las partes' after a clash of guerrillas and troops asks both",
    "POPAYÁN.- Guerrilleros del ELN se enfrentaron este domingo con tropas del Ejército en zona rural de El Plateado. La Defensoría del Pueblo pidió a las partes respetar a la población civil.",
    "REQUEST COL/GOV → COL/REB+COL/MIL", null],
  ["…and 'instó a las partes' after the police clashed with coca growers asks them",
    "LA PAZ.- La Policía dispersó con gases a cientos de cocaleros que bloqueaban la carretera a los Yungas. La Iglesia católica instó a las partes a dialogar.",
    "REQUEST BOL/REL → BOL/", null],
], es);

table("actors26-es: 'la comunidad internacional' asked is no country's", [
  ["'pidió a la comunidad internacional apoyo' (the addressee inside the act's words) borrows no country",
    "TEGUCIGALPA.- El presidente hondureño agradeció la ayuda de México y Estados Unidos y pidió a la comunidad internacional apoyo para reconstruir las carreteras.",
    "REQUEST HND/GOV → ∅", "REQUEST HND/GOV → USA"],
  ["…nor does 'su llamado a la comunidad internacional' (an act told as a noun)",
    "SANTO DOMINGO.- El presidente dominicano se reunió con el primer ministro haitiano y reiteró su llamado a la comunidad internacional a financiar la misión de seguridad.",
    "REQUEST DOM/GOV → ∅", "REQUEST DOM/GOV → HTI"],
], es);

table("actors26-es: a state's measure that goes on from its own is aimed at the same party", [
  ["'suspendió la venta de gas a su vecino y anunció que impondrá aranceles' threatens the neighbour",
    "LA PAZ.- El Gobierno de Bolivia impuso aranceles del 20 % a las importaciones de Perú. En respuesta, el Gobierno peruano suspendió la venta de gas a su vecino y anunció que impondrá aranceles recíprocos a los productos bolivianos.",
    "THREATEN PER/GOV → BOL/", "THREATEN PER/GOV → PER/"],
  ["…and 'anunció que aplicará un arancel' after its own ban does too",
    "CARACAS.- Panamá prohibió la entrada de productos venezolanos. Venezuela suspendió los vuelos a Panamá y anunció que aplicará un arancel del 50 % a sus productos.",
    "THREATEN VEN/GOV → PAN/", "THREATEN VEN/GOV → VEN/"],
  ["…but a condemnation is aimed at the attack's doer",
    "NAIROBI.- Militantes de Al Shabab atacaron un campamento militar keniano en Lamu. El Gobierno somalí condenó el ataque.",
    "ACCUSE SOM/GOV → SOM/REB", null],
], es);

table("actors26-es: an adjective of kind between a noun and its nationality", [
  ["'dos embarcaciones pesqueras ecuatoguineanas' seized are Equatorial Guinea's",
    "LIBREVILLE.- La Armada de Gabón apresó el domingo tres embarcaciones pesqueras ecuatoguineanas cerca del islote de Mbanié.",
    "COERCE GAB/MIL → GNQ/", "COERCE GAB/MIL → GAB/"],
  ["…and 'aviones militares venezolanos' are Venezuela's armed forces",
    "GEORGETOWN.- El presidente guyanés denunció este lunes que aviones militares venezolanos violaron el espacio aéreo del país.",
    "ACCUSE GUY/GOV → VEN/MIL", null],
], es);

table("actors26-es: the European Union named by the press's other names", [
  ["'Los Veintisiete' sanctioning are the EU",
    "BRUSELAS.- Los Veintisiete aprobaron este lunes un nuevo paquete de sanciones contra Irán por la represión de las protestas.",
    "SANCTION EU/- → IRN/", "AID"],
  ["…and 'la delegación europea' expelled is the EU's",
    "MANAGUA.- El Gobierno nicaragüense expulsó este martes a la jefa de la delegación europea en Managua.",
    "COERCE NIC/GOV → EU/", null],
], es);
