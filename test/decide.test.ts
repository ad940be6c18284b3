import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { DECISIONS } from "../src/decide/rules.js";

async function traces(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).flatMap((e) => e.trace ?? []);
}

// [decision id, language, our own text in which the decision must shape an event]
const TABLE: [string, "es" | "en", string][] = [
  ["source.speaker", "es", "“Rechazamos las acusaciones de Venezuela”, afirmó la Cancillería de Colombia."],
  ["source.dropped-subject", "es", "El canciller de Chile visitó Perú el lunes; luego condenó a Bolivia."],
  ["source.coordinated-verb", "en", "Brazil's president criticized Argentina on Monday and also warned Paraguay about the dam."],
  ["roles.pair", "es", "Tras la reunión entre los cancilleres de Chile y Perú, ambos países acordaron reabrir la frontera."],
  ["roles.joint", "en", "Chile and Peru signed a trade agreement on Monday."],
  ["target.counterpart", "en", "Cuba's foreign minister met his Mexican counterpart. Cuba later condemned the decision."],
  ["target.requester", "en", "Chile's transport ministry on Tuesday rejected requests from two Peruvian airlines to open new routes to Chilean cities."],
  ["target.suspects", "es", "La policía de Colombia detuvo a tres personas con cocaína en Cali."],
  ["roles.public", "en", "NAIROBI — Violent demonstrations over the new finance bill spread to five cities on Tuesday."],
  ["target.protesters-state", "es", "El paro nacional que convocaron los transportistas paralizó las carreteras de Perú."],
  ["type.announced", "es", "El gobierno de Canadá enviará ayuda humanitaria a Haití."],
  ["roles.host", "en", "Brazil's president hosted the Argentine president in Brasilia on Monday."],
  ["target.common-adversary", "es", "Colombia y Ecuador acordaron cooperar contra el Tren de Aragua."],
  ["type.armed-protest", "es", "Guerrilleros del ELN bloquearon la vía entre Cúcuta y Tibú."],
  ["source.relative-pronoun", "en", "The U.S. Treasury Department on Wednesday sanctioned ten Mexican people and six companies of Mexico it accused of running a fuel-theft network."],
  ["source.pro-drop", "es", "El presidente de Colombia leyó un largo discurso en Bogotá; además, pidió a Venezuela liberar a los presos políticos."],
  ["source.captor-accuses", "es", "La Policía de Ecuador capturó a cinco hombres de Colombia acusados de contrabando."],
  ["type.peacekeeping", "en", "Uruguay announced the deployment of 300 soldiers to Haiti on Monday for a peacekeeping mission."],
  ["actor.protesters", "en", "Teachers of Chile went on strike on Monday. The protesters marched to the Congress in Valparaíso."],
  ["source.reporting-authority", "en", "Bolivia's interior ministry said twelve people had been arrested in La Paz."],
  ["source.state-forces", "en", "Ethiopia shelled border villages in Eritrea on Tuesday."],
  ["source.state-forces", "es", "Rusia bombardeó la ciudad de Járkov el martes."],
  ["target.reaction-state", "en", "Israel bombed a market in Gaza on Tuesday. Egypt condemned the bombing."],
  ["target.gathering-host", "en", "The Chilean president attended a regional summit in Peru on Monday."],
  ["type.troops-arrive", "en", "Uruguayan peacekeepers arrived in Haiti on Monday."],
  ["source.deployed-troops", "en", "Thousands of Chilean troops were deployed to the border with Peru."],
  ["roles.pair-told", "en", "Sudan and Chad signed a peace deal at a ceremony hosted by the Emir of Qatar, with both countries promising to withdraw their backing for the rebels."],
  ["roles.coup", "en", "A coup took place in Chad in April."],
  ["target.counterpart-office", "en", "Peru's army chief phoned his Bolivian counterpart on Friday."],
  ["type.leave-organisation", "en", "The juntas of Guinea and Chad declared on Monday their withdrawal from the African Union."],
  ["type.armed-clash", "es", "Un enfrentamiento entre policías de Guanajuato y presuntos sicarios dejó tres muertos."],
  ["roles.riot-sides", "es", "Hubo enfrentamientos entre carabineros y estudiantes frente al Congreso de Chile."],
  ["roles.riot-sides", "en", "Students clashed with riot police outside Kenya's parliament."],
  ["target.repelled", "es", "Un comando armado atacó a policías estatales en Uruapan, Michoacán. Los agentes repelieron la agresión."],
  ["target.repelled", "en", "Gunmen attacked a police patrol in Sinaloa. The officers returned fire."],
  ["target.passive-infinitive", "es", "Un policía de Sonora resultó herido tras ser atacado por sujetos armados."],
  ["target.passive-infinitive", "en", "A Mexican police officer was wounded after being shot by gunmen."],
  ["source.quotation-continued", "en", "“Chile will not pay the fine,” said Chile's foreign minister on Monday. “We urge Bolivia to withdraw the complaint.”"],
  ["target.mediation-parties", "en", "Armenia and Azerbaijan signed a peace deal on Friday after a week of talks in which Norway mediated."],
  ["roles.known", "en", "Mr Okonkwo refused to meet the Kenyan foreign minister."],
  ["roles.known", "es", "La Comisión de Desfiles de Belfast rechazó el pedido de la Orden de Orange."],
  ["source.message-sender", "en", "Brazil had been pursuing a trade deal with Argentina for months. Yet it still got a letter from Chile's president threatening new tariffs."],
];

for (const [id, lang, text] of TABLE) {
  test(`decision ${id} shapes an event (${lang}): ${text}`, async () => {
    const t = await traces(text, lang);
    assert.ok(t.some((line) => line.startsWith(`${id}:`)), `${id} not in ${JSON.stringify(t)}`);
  });
}

test("decisions have unique ids, and every traced decision is a declared one or a stage's own note", async () => {
  const ids = DECISIONS.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  const seen = (await Promise.all(TABLE.map(([, lang, text]) => traces(text, lang)))).flat().map((l) => l.split(":")[0]!);
  for (const id of seen) assert.ok(ids.includes(id) || /^(trigger|merge|place)\./.test(id), `undeclared decision ${id}`);
});

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event coded from our own text.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

/** Table tests: each row's text must give an event that starts with `want` and none that starts with `not` (null: no such check). */
function wantAndNot(rows: readonly (readonly [why: string, lang: "es" | "en", text: string, want: string | null, not: string | null])[]): void {
  for (const [why, lang, text, want, not] of rows) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
}

// [what the test stands for, language, our own text, an event the user must see]
const SEEN: [string, "es" | "en", string, string][] = [
  // English constructions of issue #9 (the English side): our own sentences.
  ["a meal with someone is a meeting", "en",
    "The Chilean president had lunch with the Peruvian president in Lima on Monday.", "CONSULT CHL/GOV → PER/GOV"],
  ["peacekeepers arriving in a country are help to it, no visit", "en",
    "Uruguayan peacekeepers arrived in Haiti on Monday.", "AID URY/MIL → HTI/GOV"],
  ["troops deployed with nobody named as deploying them are their own state's deployment", "en",
    "Thousands of Chilean troops were deployed to the border with Peru.", "MOBILIZE CHL/MIL → PER/GOV"],
  ["a gathering attended is held with the organisation it is of", "en",
    "Colombia's foreign minister attended a meeting of the Organization of American States in Washington.", "CONSULT COL/GOV → OAS/-"],
  ["…else with the country that hosts it", "en",
    "The Chilean president attended a regional summit in Peru on Monday.", "CONSULT CHL/GOV → PER/GOV"],
  ["…while the noun's own 'by' still names its doer", "en",
    "The invasion of Ukraine by Russia began in 2022.", "ASSAULT RUS/MIL → UKR/GOV"],
  ["a coup is the country's military taking power from its government", "en",
    "A coup occurred in Sudan in 2021.", "COERCE SDN/MIL → SDN/GOV"],
  ["an attack told as a noun that is the subject of a striking verb takes its object ('airstrikes hit a school')", "en",
    "Kenyan airstrikes hit a school in Somalia on Monday.", "ASSAULT KEN/MIL → SOM/EDU"],
  ["a condemnation of a state's attack is aimed at its government, though the attack is its forces'", "en",
    "Israel bombed a market in Gaza on Tuesday. Egypt condemned the bombing.", "ACCUSE EGY/GOV → ISR/GOV"],
  ["an attack whose relative clause says whom it struck is asserted, even as the object of a condemnation", "en",
    "Jordan condemned Israeli airstrikes that targeted Hezbollah commanders in Beirut.", "ASSAULT ISR/MIL → LBN/REB"],
  ["…and the condemnation is aimed at the attacker", "en",
    "Jordan condemned Israeli airstrikes that targeted Hezbollah commanders in Beirut.", "ACCUSE JOR/GOV → ISR/GOV"],
  ["the object of a relative clause is no subject of the verb after it", "en",
    "Turkish drone strikes that targeted Kurdish fighters killed three civilians in Syria.", "ASSAULT TUR/MIL → SYR/CVL+TUR/REB"],
  ["a military operations head is an officer, and his counterpart too; the title is no military operation", "en",
    "Thailand's military operations head called his Cambodian counterpart on Sunday.", "CONSULT THA/MIL → KHM/MIL"],
  ["help received comes from the 'from' phrase ('received aid from Japan')", "en",
    "Malawi received emergency food aid from Norway on Tuesday.", "AID NOR/GOV → MWI/GOV"],
  ["'the threat from X' describes a danger, it is no threat made by X: the speaker accuses X of it (CAMEO 112)", "en",
    "NATO leaders said they stood together against the long-term threat from Russia.", "ACCUSE NATO/- → RUS/GOV"],
  ["criticism drawn or faced comes from the 'from' phrase", "en",
    "The Nicaraguan government faced sharp criticism from Costa Rica over the arrests.", "ACCUSE CRI/GOV → NIC/GOV"],
  ["a stance or a gift told as a noun comes from its 'from' phrase ('support from the US')", "en",
    "Ukraine relies on financial support from Canada.", "AID CAN/GOV → UKR/GOV"],
  ["a body that uses force named right before the act's noun did it ('a police crackdown')", "en",
    "A police crackdown on students in Dhaka left two dead.", "COERCE BGD/COP → BGD/EDU"],
  ["…'Syrian government missiles struck'", "en",
    "Chadian government missiles struck a rebel camp near the Libyan border on Monday.", "ASSAULT TCD/GOV → TCD/REB"],
  ["leaving an international organisation is a sanction against it, not a retreat", "en",
    "Bolivia decided on Tuesday to quit the Organization of American States.", "SANCTION BOL/GOV → OAS/-"],
  ["what the subject undergoes ('subjected to', 'came under') comes from the 'by' or 'from' phrase", "en",
    "A Kenyan patrol came under fire from al-Shabaab fighters near the Somali border.", "ASSAULT SOM/REB → KEN/GOV"],
  ["…sanctions undergone are the sanctioner's", "en",
    "Belarus was subjected to new sanctions by the European Union on Monday.", "SANCTION EU/- → BLR/GOV"],
  ["…and torture undergone, the torturer's", "en",
    "Three Nepali workers were subjected to torture by Qatari police.", "ASSAULT QAT/COP → NPL/LAB"],
  ["a participle coordinated with a reduced passive is passive too: its 'by' phrase is the doer", "en",
    "Chilean police detained a fishing boat seized off the coast and condemned by Lima as an illegal raid.", "ACCUSE PER/GOV → CHL/COP"],
  ["the counterpart from a neighbouring sentence is that country's state, not a body named there in passing", "en",
    "The Pentagon sent two warships to the coast of Venezuela on Sunday. Venezuela's president condemned the decision on Monday.", "ACCUSE VEN/GOV → USA/GOV"],
  ["…y el mismo caso en español", "es",
    "El Pentágono envió dos buques de guerra a la costa de Cuba el domingo. El canciller de Cuba condenó la decisión el lunes.", "ACCUSE CUB/GOV → USA/GOV"],
  ["an agentless arrest in what an authority reports is the authority's; people held at a protest are protesters", "en",
    "Chile's interior ministry said 50 people had been detained during the protests against the pension reform.", "COERCE CHL/GOV → CHL/CVL"],
  ["a passive's subject after the verb is who underwent it, and the reporting police made the arrest", "es",
    "La Policía de Colombia informó que fueron capturados doce hombres en Cali.", "COERCE COL/COP → COL/CRM"],
  ["an agentless arrest in a sentence that opens with an authority acting is that authority's", "es",
    "La Policía Nacional de España desarticuló una red dedicada al tráfico de cocaína, en una operación coordinada con la policía de Francia en la que fueron detenidas siete personas.", "COERCE ESP/COP → ESP/CRM"],
  ["right after a quotation, the speaker comes after the speech verb, not from inside the quote", "es",
    "“Rechazamos la propuesta que nos hicieron los diplomáticos de Chile”, escribió el canciller de Bolivia en X.", "REJECT BOL/GOV → CHL/GOV"],
  ["a pronoun right after a quotation is the protagonist told before, not the last person named", "en",
    "Bolivia's president met the foreign minister of Chile on Monday. “I have ordered a full investigation into the killings,” he said.", "ACCUSE BOL/GOV → ∅"],
  ["territory seized is taken from the state it belongs to", "en",
    "Russia's army gained control of two villages in Ukraine's Kharkiv region on Sunday.", "COERCE RUS/MIL → UKR/GOV"],
  ["rebels take ground from their own country's state", "en",
    "The rebels of M23 swept rapidly through Congo's eastern provinces, capturing vast territory that included Goma.", "COERCE COD/REB → COD/GOV"],
  ["a state of emergency falls on the population of the places named", "es",
    "El gobierno de Ecuador decretó el estado de excepción en cinco provincias de Guayaquil y Quito.", "COERCE ECU/GOV → ECU/CVL"],
  ["a protest's destination named after 'near' / 'cerca de' is whom it addresses", "en",
    "Hundreds of Peruvian farmers protested near the embassy of the United States in Lima.", "PROTEST PER/AGR → USA/GOV"],
  ["out of national office, the head of an international body speaks for it", "en",
    "Mark Rutte praised Ukraine on Monday.", "SUPPORT NATO/- → UKR/GOV"],
  ["an agentless passive act of the kind just told with its doer is the same doer's", "es",
    "El ELN atacó un puesto militar en Tibú el lunes. Horas después, dos soldados fueron heridos en la misma zona.", "ASSAULT COL/REB → COL/MIL"],
  ["…and in English", "en",
    "Police in Kenya arrested six men in Nairobi on Monday. Two more suspects were detained on Tuesday.", "COERCE KEN/COP → KEN/CRM"],
  ["the agent of a participle right after the act is who did it, not whom it addresses", "en",
    "The vote came after an earlier protest staged by labour unions of Kenya in Nairobi.", "PROTEST KEN/LAB → KEN/GOV"],
  ["the speech verb that reports a quotation is the one outside it, not one quoted inside", "es",
    "“Rechazamos la propuesta mientras no se indique lo contrario”, afirmaron los transportistas de Perú en un comunicado.", "REJECT PER/BUS → PER/GOV"],
  ["a person arrested in a country with nobody named as the arrester is held by that country's state", "en",
    "The journalist Juan Pérez was arrested on Monday in Niger for collaborating with Boko Haram.", "COERCE NER/GOV → NER/JRN"],
  ["…y en español", "es", "El periodista Juan Pérez fue detenido el lunes en Nicaragua por criticar al gobierno.", "COERCE NIC/GOV → NIC/JRN"],
  ["a capital that stands for an international body is that body ('Brussels' is the EU)", "en",
    "Brussels condemned the military coup in Niger.", "ACCUSE EU/- → NER/MIL"],
  ["what a light verb like 'unveil' announces is its subject's act", "en",
    "Canada's prime minister unveiled an additional 2.5 billion dollars of financial assistance for Ukraine.", "AID CAN/GOV → UKR/GOV"],
  ["a spokesperson for a body is of that body's country", "en",
    "John Smith, a spokesman for Peru's foreign ministry, condemned Chile on Monday.", "ACCUSE PER/GOV → CHL/GOV"],
  ["people deported are sent to their own country, not held by the deporting one", "en",
    "Juan Pérez was deported by the United States to Honduras on Monday.", "COERCE USA/GOV → HND/CRM"],
  ["…y en español", "es", "Juan Pérez fue deportado por Estados Unidos a Guatemala el lunes.", "COERCE USA/GOV → GTM/CRM"],
  ["in a two-sided act the people exchanged are not a party: the two subjects are each other's", "en",
    "Armenia and Azerbaijan swapped prisoners on Monday.", "RETREAT ARM/GOV → AZE/GOV"],
  ["an attack with no object told by a state of another country is aimed at the teller", "en",
    "According to Ukraine's air force, Russia fired 300 drones and 20 missiles overnight.", "ASSAULT RUS/MIL → UKR/GOV"],
  ["…y en español", "es", "Kiev afirmó que Rusia lanzó 300 drones durante la noche.", "ASSAULT RUS/MIL → UKR/GOV"],
  ["an arrest told as a noun that an authority reports is its own; a count after 'de' still leaves 'de' its preposition", "es",
    "La Policía de Colombia comunicó este lunes la captura de doce integrantes del Clan del Golfo.", "COERCE COL/COP → COL/CRM"],
  ["…and in English", "en", "Peru's interior ministry announced on Sunday the arrest of 40 members of Tren de Aragua.", "COERCE PER/GOV → VEN/CRM"],
  ["…by a body of no stated country, which is the story's home country's", "es",
    "CULIACÁN, Sin.— El Gabinete de Seguridad comunicó este lunes la captura de tres integrantes del Cártel de Sinaloa.", "COERCE MEX/GOV → MEX/CRM"],
  ["a meeting that frames the sentence is held by the main clause's subject", "es",
    "Durante una reunión celebrada en Lima, los cancilleres de Perú y Chile acordaron reabrir la frontera.", "CONSULT PER/GOV → CHL/GOV"],
  ["…and in English", "en", "During a phone call on Monday, the presidents of Brazil and Argentina agreed to meet in May.", "CONSULT BRA/GOV → ARG/GOV"],
  ["'los manifestantes' are the protesters the story named before", "es",
    "Maestros y campesinos de Bolivia iniciaron un paro nacional el lunes. Los manifestantes reclaman aumentos salariales al gobierno.", "REQUEST BOL/EDU+BOL/AGR → BOL/GOV"],
  ["…and 'the protesters' in English; a reaction to the protest targets them", "en",
    "Nurses of Kenya went on strike on Monday. The protesters demand higher pay. Kenya's president condemned the protests.", "ACCUSE KEN/GOV → KEN/MED"],
  ["people counted as deported from a state were deported by it", "es",
    "Un avión con 120 hondureños deportados desde Estados Unidos aterrizó en San Pedro Sula.", "COERCE USA/GOV → HND/CVL"],
  ["…and in English", "en", "A plane carrying 120 Guatemalans deported from the United States landed in Guatemala City.", "COERCE USA/GOV → GTM/CVL"],
  ["sentenced for a crime is a conviction, not a condemnation", "es",
    "Un tribunal de Honduras condenó por narcotráfico al exalcalde de San Pedro Sula.", "SANCTION HND/JUD → HND/ELI"],
  ["people held and accused in one sentence are accused by whoever holds them", "es",
    "La Policía de Ecuador capturó a cinco hombres de Colombia acusados de contrabando.", "ACCUSE ECU/COP → COL/CRM"],
  ["…and in English", "en", "Police in Peru arrested three Chilean men accused of spying on Monday.", "ACCUSE PER/COP → CHL/CRM"],
  ["a Spanish verb with no subject in its clause has the sentence's subject", "es",
    "El presidente de Colombia leyó un largo discurso en Bogotá; además, pidió a Venezuela liberar a los presos políticos.", "REQUEST COL/GOV → VEN/GOV"],
  ["a quoted label inside a pattern: 'calificó de “barbarie” el ataque de X'", "es",
    "El canciller de Cuba calificó de “barbarie” el ataque de Israel contra una escuela.", "ACCUSE CUB/GOV → ISR/GOV"],
  ["after a label's 'de', the words are the label and the 'a' object is whom it is put on", "es",
    "El presidente de Colombia tachó de criminales a los militares de Ecuador.", "ACCUSE COL/GOV → ECU/MIL"],
  ["the agent of an act told as a noun, after 'por parte de': 'fuerzas de México' are its military", "es",
    "La captura de Ovidio Guzmán por parte de fuerzas de México desató la violencia en Culiacán.", "COERCE MEX/MIL → MEX/CRM"],
  ["an envoy recalled is withdrawn from the country where the envoy serves", "es",
    "Brasil llamó a consultas a su embajador en Israel.", "SANCTION BRA/GOV → ISR/GOV"],
  ["…and in English", "en", "Mexico recalled its ambassador to Ecuador on Monday.", "SANCTION MEX/GOV → ECU/GOV"],
  ["a collective noun heading a count ('sanctions on a network of ten people') leaves its preposition to the act", "en",
    "Washington on Wednesday imposed sanctions on a network of ten Mexican people and six companies of Mexico.", "SANCTION USA/GOV → MEX/CVL+MEX/BUS"],
  ["a document does what it says for whoever issues it; after 'que' a noun-verb form is a verb", "es",
    "El Parlamento Europeo aprobó una resolución que condena la represión en Nicaragua.", "ACCUSE EU/- → NIC/GOV"],
  ["…and in English", "en", "The UN Security Council adopted a resolution that condemns the coup in Niger.", "ACCUSE UN/- → NER/GOV"],
  ["regretting that another did something is disapproval of its doer", "es",
    "El ministro de Chile lamentó que el Congreso de Perú rechazara el acuerdo.", "ACCUSE CHL/GOV → PER/LEG"],
  ["in an object relative clause the antecedent is what the verb acts on ('a las que acusa')", "es",
    "El Departamento del Tesoro de Estados Unidos sancionó a diez personas de México a las que acusa de robar combustible.", "ACCUSE USA/GOV → MEX/CVL"],
  ["…and a reduced one in English, whose pronoun is the main clause's doer ('companies it accused')", "en",
    "The U.S. Treasury Department on Wednesday sanctioned ten Mexican people and six companies of Mexico it accused of running a fuel-theft network.", "ACCUSE USA/GOV → MEX/CVL+MEX/BUS"],
  ["prisoners transferred are what is handed over: the receiving state is the other party", "es",
    "La Fiscalía de México trasladó a 26 reos a Estados Unidos con apoyo de la Marina.", "COOPERATE MEX/JUD → USA/GOV"],
  ["a legal act carried by a support verb is its subject's ('unsealed an indictment charging…')", "en",
    "Federal prosecutors in Washington on Friday unsealed an indictment charging four leaders of the Jalisco New Generation Cartel with drug trafficking.", "ACCUSE USA/JUD → MEX/CRM"],
  ["an approximated count before the subject is no preposition of it", "en",
    "Around 2,000 Peruvian teachers went on strike on Monday.", "PROTEST PER/EDU → PER/GOV"],
  ["a count of parties ('the three nations') is the latest group of three or more named together", "en",
    "Ghana, Togo and Benin signed a trade pact on Monday. On Tuesday the three nations teamed up against smugglers.", "COOPERATE GHA/GOV+TGO/GOV+BEN/GOV → ∅"],
  ["…and a bare 'the three', subject of a passive past a relative aside set off by commas", "en",
    "Ghana, Togo and Benin announced their withdrawal from the African Union on Sunday. The three, which helped found the bloc, were suspended from ECOWAS on Monday.",
    "SANCTION ECOWAS/- → GHA/GOV+TGO/GOV+BEN/GOV"],
  ["…or by dashes, with a floating 'all' between the copula and the participle", "en",
    "Chile, Peru and Bolivia announced their withdrawal from the Andean Community on Sunday. The three -- which founded it in 1969 -- were all suspended from Mercosur on Monday.",
    "SANCTION MERCOSUR/- → CHL/GOV+PER/GOV+BOL/GOV"],
  ["coups told of several countries, each in its own place and time, are one coup per country", "en",
    "Coups occurred in Chad last July, in Guinea in 2022 and in Sudan in 2021.", "COERCE GIN/MIL → GIN/GOV"],
  ["…the last member too", "en", "Coups occurred in Chad last July, in Guinea in 2022 and in Sudan in 2021.", "COERCE SDN/MIL → SDN/GOV"],
  ["a middle initial's full stop does not end a name: the title before it gives the country", "en",
    "US Ambassador John R. Bass condemned Russia.", "ACCUSE USA/GOV → RUS/GOV"],
  ["…nor in an apposition", "en", "Peru's foreign minister, Ana M. Torres, condemned Chile.", "ACCUSE PER/GOV → CHL/GOV"],
  ["a premier is a head of government, of the country of the province named", "en",
    "Alberta's premier called for sanctions against the US.", "ACCUSE CAN/GOV → USA/GOV"],
  ["a quotation opening on the participle keeps the passive ('was to be “suspended…”'), the reporting body's act", "en",
    "Omar Diallo, the AU's chairman, told Reuters that Chad was to be “suspended from its organs, effective immediately.”", "SANCTION AU/GOV → TCD/GOV"],
  ["…an arrest too", "en", "Peru's interior ministry said twelve smugglers had been “arrested in an operation” in Puno.", "COERCE PER/GOV → PER/CRM"],
  ["an article opening a pattern's gap is no word of it: the object may be an article and four words", "en",
    "A Peruvian prosecutor has charged a former Bolivian energy minister with fraud.", "ACCUSE PER/JUD → BOL/ELI"],
  ["a list after a preposition keeps its bare members ('sanctions on A, B and C')", "en",
    "Washington imposed sanctions on Iran, Russia and North Korea.", "SANCTION USA/GOV → IRN/GOV+RUS/GOV+PRK/GOV"],
  // GUIDELINES: signing a formal agreement is SUPPORT (057), also past a time and a place before its object.
  ["signing an agreement past a time and a place is SUPPORT, not the agreement noun's AGREE", "es",
    "El gobernador de Chihuahua y el gobernador de Texas firmaron este jueves en El Paso un acuerdo de cooperación en seguridad.", "SUPPORT MEX/GOV → USA/GOV"],
  ["…so is signing an agreement no noun entry knows", "es",
    "El alcalde de Tijuana y la alcaldesa de San Diego firmaron este martes en Tijuana un convenio de cooperación ambiental.", "SUPPORT MEX/GOV → USA/GOV"],
  ["nationals received as deportees are still cooperation with the deporting state", "es",
    "Honduras recibió este lunes a 120 connacionales deportados desde Estados Unidos.", "COOPERATE HND/GOV → USA/GOV"],
  ["what two countries agree 'about' is the topic: they are each other's party", "en",
    "Brazil and Argentina agreed on Monday to widen the exchange of police intelligence about drug cartels.", "AGREE BRA/GOV → ARG/GOV"],
  ["…and 'the two' who agree 'on cartel operations' are the two who met", "en",
    "Brazil's foreign minister met his Argentine counterpart in Buenos Aires on Monday, and the two agreed to share intelligence on cartel operations.", "AGREE BRA/GOV → ARG/GOV"],
  ["strikes launched are still an attack", "en", "Venezuela launched military strikes on Colombian rebels on Friday.", "ASSAULT VEN/MIL → COL/REB"],
  ["assets frozen of a country named are still aimed at it", "en", "The European Union froze the assets of Russia's central bank.", "SANCTION EU/- → RUS/GOV"],
  ["help given 'to the detainees' is still coded, with its recipients unplaced", "en",
    "Peruvian police arrested twelve Brazilian miners on Monday. Brazil's consulate in Lima said it was providing legal assistance to the detainees.", "AID BRA/GOV → ∅"],
  ["a verb coordinated after 'and has' shares the subject of the verb before, not of an act told as a noun inside its object", "en",
    "The United Nations has condemned attacks on civilians by the Lord's Resistance Army and has demanded access to Uganda.", "REQUEST UN/- → UGA/GOV"],
  ["a stance in a quotation that goes on in a sentence of its own is the quotation's speaker's", "en",
    "“Chile will not pay the fine,” said Chile's foreign minister on Monday. “We urge Bolivia to withdraw the complaint.”", "REQUEST CHL/GOV → BOL/GOV"],
  ["a threat that a subject with no country of its own 'poses' is described, not made: the speaker accuses the subject", "en",
    "LIMA — Peru's interior minister said that drug gangs together with other criminal groups pose a threat to the country's security.", "ACCUSE PER/GOV → PER/CRM"],
  ["a mediator with no parties named mediates between the two sides the story told", "en",
    "Armenia and Azerbaijan signed a peace deal on Friday after a week of talks in which Norway mediated.", "CONSULT NOR/GOV → ARM/GOV+AZE/GOV"],
  ["…and a mediation it carries on is a promise to them", "en",
    "Armenia and Azerbaijan signed a peace deal on Friday. Norway said it would carry on with its mediation efforts.", "AGREE NOR/GOV → ARM/GOV+AZE/GOV"],
  ["talks 'between the two sides' are between the pair told before", "en",
    "Israel and Hamas agreed to a truce. The deal followed four days of indirect talks between the two sides in Sharm el-Sheikh in Egypt, with the participation of delegations from Qatar.", "CONSULT ISR/GOV → PSE/REB"],
  ["a sentence-opening 'it' is the body the sentence before opened with; a participle after 'from X' is X's message's act", "en",
    "Brazil had been pursuing a trade deal with Argentina for months. Yet it still got a letter from Chile's president threatening new tariffs.", "THREATEN CHL/GOV → BRA/GOV"],
  ["a 'he' in a clause put before its main clause is the main clause's subject, not the last man named", "en",
    "Evo Morales spoke in La Paz on Sunday. Even as he criticized Peru on Monday, Gabriel Boric praised Bolivia.", "ACCUSE CHL/GOV → PER/GOV"],
  ["a demand with no addressee coordinated with a complaint is made of whom the complaint is about", "en",
    "Peru's foreign ministry condemned the arrests carried out by Chilean police on Monday and demanded an apology.", "REQUEST PER/GOV → CHL/COP"],
  ["lawmakers questioning with no object hold their own executive to account, not the foreign state named next", "en",
    "Peruvian lawmakers on Tuesday questioned the legal justification for the extraditions. Chile had requested the suspects in January.", "ACCUSE PER/LEG → PER/GOV"],
  ["…in Spanish too", "es",
    "Legisladores peruanos cuestionaron el martes la justificación legal de las extradiciones. Chile había solicitado a los sospechosos en enero.", "ACCUSE PER/LEG → PER/GOV"],
  // Issue #9, fresh-es and udp-es-protest: a verb after "pero"/"aunque" shares the subject of the verb before it.
  ["a verb after 'pero' with no subject of its own is the previous verb's subject's, not the apposition of its object", "es",
    "Perú impuso aranceles a Bolivia. El mandatario boliviano, Rodrigo Paz, se declaró dispuesto a dialogar con su par peruano, José Jerí, pero exigió que Lima levante \"de inmediato\" los aranceles.", "REQUEST BOL/GOV → PER/GOV"],
  // Issue #9, fresh-es: words set in quotation marks inside the way to an argument do not hide it.
  ["a scare quote before the 'de' of a condemned act leaves its doer the condemnation's target", "es",
    "El presidente de Perú condenó la “vil emboscada” de los narcotraficantes.", "ACCUSE PER/GOV → PER/CRM"],
  ["an object quoted whole after 'a' is still the object", "es",
    "El ministro del Interior de Chile acusó a “grupos criminales” de saquear comercios.", "ACCUSE CHL/GOV → CHL/CRM"],
  ["after a denied clause in the subjunctive, a verb coordinated in another mood is the denier's", "es",
    "El Ejército de Ecuador negó que sus soldados dispararan contra la multitud y acusó a la guerrilla de Colombia de provocar el choque.", "ACCUSE ECU/MIL → COL/REB"],
];

// …and what the user must not see.
const UNSEEN: [string, "es" | "en", string, string][] = [
  ["a pair word after a two-sided act stands for its sides, not for the country of the venue", "en",
    "Sudan and Chad signed a peace deal in Doha on Friday aimed at ending the fighting, with both countries promising to withdraw their backing for the rebels.", "CONCEDE TCD/GOV → QAT/GOV"],
  ["a 'by' past a verb of its own is that verb's agent, not the doer of the act's noun", "en",
    "The protests were triggered by an announcement on Monday by the Bolivian president.", "PROTEST BOL/GOV → ∅"],
  ["a coup plotted or alleged did not happen", "en",
    "Peru put its former president on trial on charges of plotting a coup.", "COERCE PER/MIL → PER/GOV"],
  ["'a drone strike killed X' is one attack on X, not also one on nobody", "en",
    "A Kenyan drone strike killed a senior al-Shabaab commander.", "ASSAULT KEN/MIL → ∅"],
  ["a title naming an act is no act ('military operations head')", "en",
    "Thailand's military operations head called his Cambodian counterpart on Sunday.", "ASSAULT THA/GOV → KHM/GOV"],
  ["a gerund after a body tells its habit, not an act of force done by it ('the coalition fighting the rebels')", "en",
    "The Saudi-led coalition fighting Houthi rebels in Yemen declared a ceasefire.", "ASSAULT SAU/MIL → -/-"],
  ["a verb of a subordinate clause does not take the subject of a cited speaker", "es",
    "Según el ministro de Chile, las liberaciones comenzaron mientras hablaba con Perú.", "CONSULT CHL/GOV → PER/GOV"],
  ["people convicted of crimes, in passing, are not condemned by whoever frees them", "es",
    "El gobierno de Cuba decidió liberar a 553 personas condenadas por distintos delitos.", "ACCUSE CUB/GOV → CUB/CVL"],
  ["an arrest told as done in another country is not the reporting authority's", "es",
    "El canciller de Venezuela informó que veinte venezolanos fueron detenidos en Estados Unidos.", "COERCE VEN/GOV → VEN/CRM"],
  ["one coup in one country is one event, however many places the sentence names after it", "en",
    "A coup took place in Chad, before a summit in Niger.", "COERCE NER/MIL → NER/GOV"],
  ["'premier' in the football league's name is no head of government", "en",
    "The premier league condemned the club.", "ACCUSE -/GOV → ∅"],
  ["a count before a noun of its own ('the three men') is people, not the group of countries named before", "en",
    "Chile, Peru and Bolivia signed a border pact on Monday. Police said the three men were arrested in Lima.", "COERCE PER/COP → CHL/GOV+PER/GOV+BOL/GOV"],
  ["past a clause of its own ('although', 'mientras'), a country named is no party to the act before it", "en",
    "Russia's foreign minister criticized the peace plan on Monday, although the plan was welcomed by Brazil.", "ACCUSE RUS/GOV → BRA/GOV"],
  // Issue #9, the bundled corpus: an act whose object goes to, or belongs to, a group the text names by a plural
  // common noun is not aimed at the other side of the relation (target.counterpart).
  ["help given 'to the detainees' is not aimed at the country that detained them", "en",
    "Peruvian police arrested twelve Brazilian miners on Monday. Brazil's consulate in Lima said it was providing legal assistance to the detainees.", "AID BRA/GOV → PER/GOV"],
  ["accounts frozen of 'the targets'' are not the sanctioning country's", "en",
    "Chile sanctioned six Bolivian businessmen on Monday. Bolivia's financial intelligence unit said it would freeze the targets' accounts.", "THREATEN BOL/GOV → CHL/GOV"],
  ["accounts blocked 'de los sancionados' are not the sanctioning country's", "es",
    "Chile sancionó ayer a seis empresarios de Bolivia. La Unidad de Inteligencia Financiera de Bolivia dijo que bloqueará las cuentas de los sancionados.", "THREATEN BOL/GOV → CHL/GOV"],
  ["fellow nationals received as they travel home are no deportees taken in from another state", "es",
    "Guatemala abrió albergues en la frontera para recibir a los connacionales que regresan de Estados Unidos por Navidad.", "COOPERATE GTM/GOV → USA/GOV"],
  ["strikes talked of are no strikes done ('against talk in Caracas of military strikes')", "en",
    "Hundreds of students marched in Bogotá on Friday against talk in Caracas of military strikes on Colombian rebels.", "ASSAULT COL/EDU → COL/REB"],
  ["accounts to be frozen with no owner named are not the sanctioning country's", "es",
    "Chile sancionó ayer a seis empresarios bolivianos. La Unidad de Inteligencia Financiera de Bolivia informó que analiza los nombres para congelar cuentas.", "THREATEN BOL/GOV → CHL/GOV"],
  ["…nor in English", "en",
    "Canada sanctioned six Bolivian businessmen on Monday. Bolivia's financial intelligence unit said it would freeze accounts.", "THREATEN BOL/GOV → CAN/GOV"],
  ["force another side is said to be likely to use is a forecast, no threat by its doer", "es",
    "El presidente de Chile alertó de que Bolivia podría atacar a Perú.", "THREATEN BOL/MIL → PER/GOV"],
  ["…nor in English", "en",
    "Chile's president predicted that Bolivia would attack Peru.", "THREATEN BOL/MIL → PER/GOV"],
  ["…nor is a warning whose content has a subject of its own the warning side's threat", "es",
    "El ministro de Defensa de Chile advirtió que Bolivia podría atacar la frontera.", "THREATEN CHL/GOV → BOL/GOV"],
  ["help offered 'a los afectados' is not aimed at the other party of the story", "es",
    "Chile y Bolivia firmaron un acuerdo. El gobierno de Chile brindará asistencia a los afectados.", "AGREE CHL/GOV → BOL/GOV"],
  ["a pattern's object preposition is not looked for past a comma: 'the two sides in Egypt, with…' is no siding with", "en",
    "Israel and Hamas agreed to a truce. The deal followed four days of indirect talks between the two sides in Sharm el-Sheikh in Egypt, with the participation of delegations from Qatar.", "SUPPORT ISR/GOV+PSE/REB → EGY/GOV"],
  ["news media that report a stance told as a noun take none of their own", "en",
    "Bolivia's government approved the peace deal with the rebels on Friday. Bolivia's public broadcaster reported that the ceasefire will take effect immediately.", "CONCEDE BOL/JRN → BOL/GOV"],
  ["what a crowd chants is its slogan, no act done", "en",
    "Thousands of Kenyan students marched in Nairobi on Monday as angry crowds chanted, “Ban corruption, not social media”.", "COERCE KEN/CVL → ∅"],
  ["weapons shot at are being stopped, no attack on a party", "en",
    "As the drones approached Kharkiv on Monday, Ukraine's air defences fired at the incoming missiles for hours.", "ASSAULT UKR/MIL → ∅"],
  ["a passive whose 'by' agent is no actor is nobody's act, not the speaker's of the next clause", "en",
    "The summit in Lima has been hailed as historic by several leaders, and Peru's president said the talks with Chile would go on.", "SUPPORT PER/GOV → CHL/GOV"],
  ["'el colombiano' after a young Colombian detained is that young man, not the president named before him", "es",
    "El presidente de Colombia criticó a Venezuela por la detención de un joven colombiano. Luego el colombiano acusó a la policía venezolana de maltratos.", "ACCUSE COL/GOV → VEN/COP"],
  ["the 'por' agent of a passive stance verb condemned the act, it did not do it", "es",
    "El bombardeo israelí fue condenado por Egipto.", "ASSAULT EGY/MIL → ∅"],
  ["…nor did the police an attack it put down to a gang", "es",
    "Los ataques fueron atribuidos al Tren de Aragua por la policía de Chile.", "ASSAULT CHL/COP → VEN/CRM"],
  ["migrants who arrive in a country make no visit", "es", "Miles de migrantes haitianos llegaron a México el lunes.", "CONSULT HTI/CVL → MEX/GOV"],
  ["…in English either", "en", "Thousands of Haitian migrants arrived in Mexico on Monday.", "CONSULT HTI/CVL → MEX/GOV"],
  ["a singular verb with no subject does not go on with a plural doer of the sentence before", "es",
    "Los ministros de Defensa de Chile visitaron Lima. Firmó un acuerdo con Perú.", "SUPPORT CHL/GOV → PER/GOV"],
  // Issue #9, fresh-es and real news: an act further down an accusation's infinitive complement is its content too.
  ["an act planned in what someone is accused of is no threat made", "es",
    "Un militar peruano fue detenido en Bolivia, acusado de preparar un plan para atentar contra el presidente boliviano.", "THREATEN PER/MIL → BOL/GOV"],
  ["a scare quote opened inside a label pattern does not reach past the label to another argument", "es",
    "El canciller de Chile calificó de “agresión” la incursión de Bolivia en el puesto fronterizo de Colchane.", "ACCUSE CHL/GOV → CHL/COP"],
];

for (const [why, lang, text, bad] of UNSEEN) {
  test(`${why} (${lang}): ${text}`, async () => {
    const got = await coded(text, lang);
    assert.ok(!got.includes(bad), `${bad} in ${JSON.stringify(got)}`);
  });
}

for (const [why, lang, text, want] of SEEN) {
  test(`${why} (${lang}): ${text}`, async () => {
    const got = await coded(text, lang);
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("an agentless arrest in another country is not the doer's of the arrest told before (es)", async () => {
  const text = "La Policía de Colombia arrestó a seis hombres en Cali. Dos colombianos más fueron detenidos en Venezuela.";
  const second = (await codeDocument({ id: "t", text, language: "es", date: "2026-03-10" })).filter((e) => e.sentence === 1);
  assert.ok(second.length > 0 && second.every((e) => e.source.every((a) => a.country !== "COL")), JSON.stringify(second.map((e) => e.source)));
});

test("migrants deported as a practice, uncounted, are no event of the day (es)", async () => {
  const got = await coded("El pacto permite internar en cárceles de El Salvador a migrantes expulsados desde territorio estadounidense.", "es");
  assert.ok(!got.some((e) => e.startsWith("COERCE")), JSON.stringify(got));
});

test("what someone is accused of is no event of its own (es, en)", async () => {
  const es = await coded("Cuba acusó a Estados Unidos de financiar a grupos opositores.", "es");
  assert.deepEqual(es, ["ACCUSE CUB/GOV → USA/GOV"]);
  const en = await coded("Congo accused Rwanda of backing the M23 rebels.", "en");
  assert.deepEqual(en, ["ACCUSE COD/GOV → RWA/GOV"]);
});

test("an announced act is dated when it is announced, not on the future day it names (es)", async () => {
  const [e, ...rest] = await codeDocument({ id: "t", text: "El presidente de México viajará el próximo lunes a Washington para reunirse con Trump.", language: "es", date: "2026-03-05" });
  assert.equal(e?.type, "AGREE");
  assert.equal(e?.date, "2026-03-05");
  // The aim of an announced trip is announced too: no meeting is coded as held.
  assert.ok(!rest.some((r) => r.type === "CONSULT"), JSON.stringify(rest.map((r) => r.type)));
});

test("the bare infinitive of purpose of an announced trip is announced too (en)", async () => {
  for (const text of ["Kenya's foreign minister will fly to Addis Ababa on Friday to meet Ethiopia's prime minister.", "The Chilean president is expected to travel to Lima next month to sign a trade deal with Peru."]) {
    const types = (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => e.type);
    assert.ok(types.includes("AGREE"), `${text}: ${types}`);
    assert.ok(!types.some((t) => t === "CONSULT" || t === "SUPPORT"), `${text}: ${types}`);
  }
  // Not an infinitive under a past verb: "flew to Lima to meet" is a meeting held.
  const held = (await codeDocument({ id: "t", text: "Kenya's foreign minister flew to Addis Ababa on Friday to meet Ethiopia's prime minister.", language: "en", date: "2026-03-05" })).map((e) => e.type);
  assert.ok(held.includes("CONSULT"), String(held));
});

test("an act in a clause of a pending condition has not happened, unless told in the past (es, en)", async () => {
  const types = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => e.type);
  assert.deepEqual(await types("Chile mantendrá cerrada su frontera hasta que Bolivia acepte reforzar los controles.", "es"), []);
  assert.ok(!(await types("Los camioneros mantendrán el bloqueo a menos que el gobierno acepte liberar a los detenidos.", "es")).includes("CONCEDE"));
  assert.deepEqual(await types("Chile will keep its border closed until Bolivia agrees to release the detained truckers.", "en"), []);
  // Told in the past, the clause happened.
  assert.ok((await types("El bloqueo siguió hasta que el gobierno de Bolivia aceptó liberar a los camioneros detenidos.", "es")).includes("CONCEDE"));
  assert.ok((await types("The blockade went on until the Bolivian government agreed to release the detained truckers.", "en")).includes("CONCEDE"));
});

test("an act in a clause that an expectation opens is to come (es)", async () => {
  const [e, ...rest] = await codeDocument({ id: "t", text: "Se espera que la canciller de Colombia viaje a Quito el próximo martes.", language: "es", date: "2026-03-05" });
  assert.equal(e?.type, "AGREE");
  assert.equal(rest.length, 0);
});

test("every verb of calling takes every judgement of the pack's list (es, en)", async () => {
  const coded1 = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country} → ${e.target[0]?.country}`);
  assert.deepEqual(await coded1("Beijing branded the Taiwanese leader a separatist.", "en"), ["ACCUSE CHN → TWN"]);
  assert.deepEqual(await coded1("Caracas called the Guyanese president's remarks interventionist.", "en"), ["ACCUSE VEN → GUY"]);
  assert.deepEqual(await coded1("El gobierno de Bolivia calificó de intervencionistas las declaraciones del embajador de Chile.", "es"), ["ACCUSE BOL → CHL"]);
  // A judgement that is no criticism is no accusation.
  assert.deepEqual(await coded1("Beijing called the Taiwanese leader's remarks interesting.", "en"), []);
});

test("a judgement on a pronoun for what the stance before it was about is aimed at that stance's target (es, en)", async () => {
  const targets = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} → ${e.target[0]?.country ?? "-"}`);
  assert.deepEqual(await targets("Colombia's president rejected the Ecuadorian minister's claims, calling them false and offensive.", "en"), ["REJECT → ECU", "ACCUSE → ECU"]);
  assert.deepEqual(await targets("El presidente de Colombia rechazó las afirmaciones del ministro ecuatoriano y las calificó de falsas.", "es"), ["REJECT → ECU", "ACCUSE → ECU"]);
});

test("a participle right after a phrase a preposition governs tells what that phrase does (en)", async () => {
  const events = async (text: string) => (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.text}`);
  assert.ok((await events("Police in Lima fired tear gas at students demanding the minister's resignation.")).includes("REQUEST students"));
  // Not the sentence's subject's own demand; and an act of harm after the object stays its subject's.
  assert.ok(!(await events("Police in Lima fired tear gas at students demanding the minister's resignation.")).some((e) => e.startsWith("REQUEST Police")));
});

test("a resolution adopted with a participle is the act the participle names, by whoever adopts it (en; GUIDELINES)", async () => {
  const events = async (text: string) => (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.org ?? e.source[0]?.country} → ${e.target[0]?.country ?? "-"}`);
  assert.deepEqual(await events("The Organization of American States approved a resolution condemning Venezuela."), ["ACCUSE OAS → VEN"]);
  // Approving a plan is still an endorsement.
  assert.deepEqual((await events("Peru's Congress approved Chile's proposal.")).map((e) => e.split(" ")[0]), ["SUPPORT"]);
});

test("whoever offers to mediate between two parties deals with both (es, en)", async () => {
  const sides = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} ${e.source.map((a) => a.country)} → ${e.target.map((a) => a.country).join("+")}`);
  assert.deepEqual(await sides("Brazil offered to mediate between Colombia and Ecuador.", "en"), ["AGREE BRA → COL+ECU"]);
  assert.deepEqual(await sides("Brasil se ofreció a mediar entre Colombia y Ecuador.", "es"), ["AGREE BRA → COL+ECU"]);
});

test("lifting measures against someone yields to them; no common adversary (es)", async () => {
  const [e] = await codeDocument({ id: "t", text: "Canadá levantó las sanciones contra el banco central de Venezuela.", language: "es", date: "2026-03-05" });
  assert.equal(`${e?.type} ${e?.target[0]?.country}`, "RETREAT VEN");
});

test("a Spanish demonym capitalised inside a sentence is a surname, not a nationality (es)", async () => {
  const countries = async (text: string) => (await codeDocument({ id: "t", text, language: "es", date: "2026-03-05" })).flatMap((e) => [...e.source, ...e.target].map((a) => a.country));
  assert.ok(!(await countries("El diputado Francés criticó al gobierno de Honduras.")).includes("FRA"));
  // Within a longer name, or in lower case, it is still a nationality.
  assert.ok((await countries("La Armada Argentina detuvo a un pesquero chino.")).includes("ARG"));
  assert.ok((await countries("El gobierno francés criticó al gobierno de Honduras.")).includes("FRA"));
});

test("a name in apposition to the subject of a joint act is the same side, not the other party (es)", async () => {
  const [e] = await codeDocument({ id: "t", text: "El ministro de Trabajo de Bolivia, Ramiro Quispe, se comprometió a revisar el salario mínimo.", language: "es", date: "2026-03-05" });
  assert.equal(e?.type, "AGREE");
  assert.ok(!e?.target.some((a) => a.country === "BOL" && a.sector === "GOV"), JSON.stringify(e?.target));
});

test("a judgement of an act named as a noun is aimed at that act's agent (es, en)", async () => {
  const target = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} → ${e.target.map((a) => `${a.country}/${a.sector}`)}`);
  assert.deepEqual(await target("Canada condemned the arrest of the opposition leader by Ugandan police.", "en"), ["ACCUSE → UGA/COP"]);
  assert.deepEqual(await target("Canadá condenó la detención del líder opositor por la policía de Uganda.", "es"), ["ACCUSE → UGA/COP"]);
});

test("a participle right after a noun that names no actor befell that noun, not the sentence's subject (en)", async () => {
  const [e] = await codeDocument({ id: "t", text: "Ghanaian troops freed 12 farmers abducted by gunmen near Tamale.", language: "en", date: "2026-03-05" });
  assert.ok(!e?.target.some((a) => a.sector === "MIL"), JSON.stringify(e?.target));
});

test("a pattern word refused inside a name is met by a later word of the gap (en)", async () => {
  const [e] = await codeDocument({ id: "t", text: "The Nicaraguan government released 12 American citizens on Friday.", language: "en", date: "2026-03-05" });
  assert.equal(`${e?.type} ${e?.source[0]?.country} → ${e?.target[0]?.country}`, "RETREAT NIC → USA");
});

test("a nationality that stands for counted people may close a pattern, and is whom the act befalls (en)", async () => {
  const [e] = await codeDocument({ id: "t", text: "Nicaragua freed three Americans on Friday.", language: "en", date: "2026-03-05" });
  assert.equal(`${e?.type} ${e?.source[0]?.country} → ${e?.target[0]?.country}/${e?.target[0]?.sector}`, "RETREAT NIC → USA/CVL");
});

test("an act named as a noun after a claim of responsibility is the claimant's (es, en)", async () => {
  const doer = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}/${e.source[0]?.sector}`);
  assert.deepEqual(await doer("Boko Haram claimed responsibility for the bombing of a market in Maiduguri.", "en"), ["ASSAULT NGA/REB"]);
  assert.deepEqual(await doer("Las FARC reivindicaron el atentado contra un cuartel de policía en el Cauca.", "es"), ["ASSAULT COL/REB"]);
});

test("a verb that claims only when reflexive: 'se atribuyó' claims the act, 'atribuyó … a' accuses (es)", async () => {
  const coded = async (text: string) => (await codeDocument({ id: "t", text, language: "es", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}/${e.source[0]?.sector}`);
  assert.deepEqual(await coded("El ELN se atribuyó el ataque contra una estación de policía en Arauca."), ["ASSAULT COL/REB"]);
  assert.deepEqual(await coded("El gobierno de Colombia atribuyó el ataque contra la estación al ELN."), ["ACCUSE COL/GOV"]);
});

test("a judgement of a measure is aimed at its author after an irregular participle too (es)", async () => {
  const [e] = await codeDocument({ id: "t", text: "La cancillería de Cuba rechazó las restricciones impuestas por Panamá a sus diplomáticos.", language: "es", date: "2026-03-05" });
  assert.equal(`${e?.type} → ${e?.target[0]?.text} ${e?.target[0]?.country}`, "REJECT → Panamá PAN");
});

test("a protest a planning participle dates ahead is announced, not held (en)", async () => {
  const types = (await codeDocument({ id: "t", text: "Dock workers announced on Tuesday a national strike scheduled for Monday in Mombasa.", language: "en", date: "2026-03-05" })).map((e) => e.type);
  assert.ok(!types.includes("PROTEST"), String(types));
});

test("a pattern that opens on its instrument holds the nationality that owns it, the doer (es)", async () => {
  const [e] = await codeDocument({ id: "t", text: "Un dron ruso impactó una estación eléctrica en la región de Járkov.", language: "es", date: "2026-03-05" });
  assert.equal(`${e?.type} ${e?.source[0]?.country}/${e?.source[0]?.sector}`, "ASSAULT RUS/MIL");
});

test("an act dated only by a past year takes the offices of that year (es, en)", async () => {
  const [es] = await codeDocument({ id: "t", text: "En 2020, Andrés Manuel López Obrador criticó al gobierno de España.", language: "es", date: "2026-03-05" });
  assert.equal(`${es?.source[0]?.country}/${es?.source[0]?.sector}`, "MEX/GOV");
  const [en] = await codeDocument({ id: "t", text: "In 2020, Andrés Manuel López Obrador criticized the government of Spain.", language: "en", date: "2026-03-05" });
  assert.equal(`${en?.source[0]?.country}/${en?.source[0]?.sector}`, "MEX/GOV");
});

test("a person takes the office held on the event's own date, not on publication (GUIDELINES)", async () => {
  const [e] = await codeDocument({ id: "t", text: "El 10 de marzo de 2019, Andrés Manuel López Obrador criticó al gobierno de España.", language: "es", date: "2026-03-05" });
  assert.equal(e?.date, "2019-03-10");
  assert.equal(`${e?.source[0]?.country}/${e?.source[0]?.sector}`, "MEX/GOV");
  const [now] = await codeDocument({ id: "t", text: "Andrés Manuel López Obrador criticó al gobierno de España.", language: "es", date: "2026-03-05" });
  assert.equal(`${now?.source[0]?.country}/${now?.source[0]?.sector}`, "MEX/ELI");
});

test("help told as the means of another act is no act of support of its own (es, en)", async () => {
  const es = await coded("La Fiscalía de México trasladó a 26 reos a Estados Unidos con apoyo de la Marina.", "es");
  assert.ok(!es.some((e) => e.startsWith("SUPPORT")), JSON.stringify(es));
  const en = await coded("In cooperation with its partners, Japan provided food aid to Haiti.", "en");
  assert.ok(en.includes("AID JPN/GOV → HTI/GOV") && !en.some((e) => e.startsWith("COOPERATE")), JSON.stringify(en));
});

// Spanish constructions of issue #9 (our own sentences): [what the row stands for, text, an event the user must see].
const ES_SEEN: [string, string, string][] = [
  ["a meeting in the background with only its other party named was held by the clause's subject",
    "El gobierno de Panamá liberará a cuarenta presos tras unas conversaciones con la Santa Sede.", "CONSULT PAN/GOV → VAT/GOV"],
  ["…also after 'después de'",
    "Colombia retomó los vuelos a Caracas después de una reunión con Venezuela.", "CONSULT COL/GOV → VEN/GOV"],
  ["an act told as a noun that an official 'dio a conocer' is the official's own",
    "El ministro del Interior de Ecuador dio a conocer la captura de cinco narcotraficantes colombianos.", "COERCE ECU/GOV → COL/CRM"],
  ["a colleague holds the same kind of office in the same country as the doer",
    "La jueza chilena María Soto salió en defensa de su colega.", "SUPPORT CHL/JUD → CHL/JUD"],
  ["…and colleagues of a parliamentary group are lawmakers",
    "El senador uruguayo Pablo Díaz respaldó a sus compañeros de bancada.", "SUPPORT URY/LEG → URY/LEG"],
  ["a person arrested after entering a country ('tras ingresar en territorio X') is held by that country's state",
    "Un periodista chileno fue detenido tras ingresar en territorio boliviano, acusado de espionaje.", "COERCE BOL/GOV → CHL/JRN"],
  ["…and accused by it", "Un periodista chileno fue detenido tras ingresar en territorio boliviano, acusado de espionaje.", "ACCUSE BOL/GOV → CHL/JRN"],
  ["a lower-case demonym after a singular article is one person, and one charged by a court is a suspect",
    "Los cargos contra el guatemalteco fueron presentados por un juez de Texas.", "ACCUSE USA/JUD → GTM/CRM"],
  ["…and one arrested by police is a suspect, no government", "La policía de Colombia detuvo al venezolano en Cúcuta.", "COERCE COL/COP → VEN/CRM"],
  ["a background visit with its destination named ('tras la visita a Quito del…') is coded, the place its host",
    "El acuerdo llegó después de la visita a Quito de la canciller de Colombia.", "CONSULT COL/GOV → ECU/GOV"],
  ["an aide of a named office holder ('el asesor del presidente Gustavo Petro') serves the holder's state",
    "El acuerdo llegó después de la visita a Quito del asesor del presidente Gustavo Petro.", "CONSULT COL/GOV → ECU/GOV"],
  ["a verb with no subject in what a speaker reports is the speaker's act; whom it is told to is no subject",
    "El gobierno de Chile comunicó a la Celac que abandona el organismo.", "SANCTION CHL/GOV → CELAC/-"],
  ["the object of a verb that makes someone act ('empujó a X a…') does the infinitive's act",
    "La crisis empujó este lunes a los camioneros de la capital boliviana a paralizar sus actividades.", "PROTEST BOL/LAB → BOL/GOV"],
  ["in a story about a state and an international organisation, a disapproval with no object is aimed at the organisation",
    "Bolivia comunicó a la OEA que abandona el organismo. La OEA había suspendido a Bolivia en enero. El Ejecutivo boliviano tildó de inaceptable la decisión.", "ACCUSE BOL/GOV → OAS/-"],
  ["a country's armed forces backing its own police are deployed at home, against the crime named",
    "El decreto dispone que las Fuerzas Armadas de Ecuador respalden a la Policía en la lucha contra el narcotráfico.", "MOBILIZE ECU/MIL → ECU/CRM"],
  ["a police unit set up to fight a crime is aimed at the country's criminals",
    "El gobierno de Honduras anunció la creación de una fuerza especial antiextorsión para combatir a las pandillas.", "MOBILIZE HND/GOV → HND/CRM"],
  ["a threat of protest with no doer named is the story's protesters', addressed to their state",
    "Los maestros de Bolivia convocaron un paro nacional. Sin respuesta del ministerio, amenazan con bloquear las carreteras de La Paz.", "THREATEN BOL/EDU → BOL/GOV"],
  ["in a story about a country's own protesters, its state's offer with no object is addressed to them",
    "Los maestros de Bolivia convocaron un paro nacional. El presidente de Bolivia ofreció abrir una mesa de diálogo.", "AGREE BOL/GOV → BOL/EDU"],
  ["…and talks with that state, with no other party named, are the protesters'",
    "Los maestros de Bolivia convocaron un paro nacional. El fracaso de las negociaciones con el Ministerio de Educación de Bolivia prolongó la huelga.", "CONSULT BOL/EDU → BOL/GOV"],
  ["a head of government's veto of a law is aimed at the legislature",
    "El presidente de Chile vetó la ley de pesca aprobada por el Senado.", "REJECT CHL/GOV → CHL/LEG"],
  ["'los investigadores' of a crime story are police",
    "La policía de Guatemala detuvo a dos hombres en Escuintla. Los investigadores les imputan el robo de un camión.", "ACCUSE GTM/COP → GTM/CRM"],
  // A text answered that the story told before with its maker (grammar adopted_texts, data/lexicon/es/grammar-adopted-texts.json).
  ["a proposal answered is aimed at the country its nationality adjective named, not at whoever passed it on",
    "Catar difundió el martes una propuesta egipcia de alto el fuego. Al día siguiente, el Gobierno de Israel aceptó la propuesta.", "AGREE ISR/GOV → EGY/GOV"],
  ["a resolution rejected is aimed at the body that passed it",
    "El Congreso de Perú aprobó una resolución sobre la crisis en Venezuela. El Gobierno de Venezuela rechazó la resolución.", "REJECT VEN/GOV → PER/LEG"],
  ["a plan rejected is aimed at its owner after 'de', not at who presented it",
    "Chile presentó en la cumbre el plan de Brasil para la Amazonía. Argentina rechazó el plan.", "REJECT ARG/GOV → BRA/GOV"],
  // A measure two sides agree to lift (rule sides.joint-concession).
  ["a tariff two sides agree to suspend is conceded by the side whose goods it does not weigh on",
    "Los gobiernos de Canadá y China acordaron suspender los aranceles sobre los productos agrícolas canadienses.", "CONCEDE CHN/GOV → CAN/GOV"],
  ["…whichever side is named first, the measure's nationality word going on in a relative clause",
    "Perú y Chile pactaron eliminar las restricciones que frenaban las frutas peruanas.", "CONCEDE CHL/GOV → PER/GOV"],
  // Spanish news never seen (es10): who "protests" (rules type.official-complaint, type.armed-protest).
  ["a state named by its country that protests complains officially, it takes to no street",
    "Cuba protestó el lunes ante España por la detención de dos diplomáticos cubanos.", "ACCUSE CUB/GOV → ESP/GOV"],
  ["…and so does an army", "El ejército de Bolivia protestó el martes contra los vuelos de aviones militares de Chile.", "ACCUSE BOL/MIL → CHL/MIL"],
  ["the state's own police protesting for their pay protest, they coerce no one",
    "Cientos de policías de Ecuador protestaron frente al ministerio en Quito por sus salarios.", "PROTEST ECU/COP → ECU/GOV"],
  // …and who riots (rule type.civil-riot).
  ["protesters who set fire to a town hall riot, they wage no armed attack",
    "Cientos de manifestantes incendiaron la alcaldía de Cusco, en Perú.", "PROTEST PER/CVL → PER/GOV"],
  ["unarmed students who stone the police riot (GUIDELINES: protesters clashing with police)",
    "Decenas de estudiantes de Chile atacaron a los carabineros a pedradas frente al Congreso.", "PROTEST CHL/EDU → CHL/COP"],
  ["armed men who set fire to a town hall attack it", "Hombres armados incendiaron la alcaldía de Cusco, en Perú.", "ASSAULT PER/UAF → PER/GOV"],
  // A subject dropped across sentences (rule source.pro-drop).
  ["a sentence opening on a verb with no subject goes on with the previous sentence's doer",
    "La ministra de Defensa de Chile visitó Lima. Firmó un acuerdo con Perú.", "SUPPORT CHL/GOV → PER/GOV"],
  ["…a plural verb with a plural doer", "Las autoridades de Honduras deportaron a 40 nicaragüenses. Acusaron a Nicaragua de no recibirlos.", "ACCUSE HND/GOV → NIC/GOV"],
  // A stance told as a noun under 'expresar/manifestar/reiterar su…' (light verbs in grammar.json).
  ["a stance noun under 'expresó su' is the subject's, aimed at the doer of the act it rejects",
    "El Gobierno de Colombia expresó su rechazo a los bombardeos de Estados Unidos en el Caribe.", "ACCUSE COL/GOV → USA/GOV"],
  ["…also when a demonym names that doer after the act's noun",
    "El Gobierno de Colombia expresó su rechazo a los bombardeos estadounidenses en el Caribe.", "ACCUSE COL/GOV → USA/GOV"],
  // Arrivals (es.consult.llegar-a, rule type.arrival-no-visit).
  ["an official who arrives in a foreign capital visits it", "El canciller de Chile llegó el lunes a Lima para una visita oficial.", "CONSULT CHL/GOV → PER/GOV"],
  // The authority that reports an agentless arrest, past a comma or cited with 'según' (rule source.reporting-authority).
  ["an agentless arrest that an authority reports after a comma is the authority's",
    "Cinco colombianos fueron detenidos en Guayaquil, informó la Policía de Ecuador.", "COERCE ECU/COP → COL/CRM"],
  ["…and so is an impersonal 'se' arrest with its undergoer named",
    "Se detuvo a cinco narcotraficantes colombianos en Guayaquil, informó la Policía de Ecuador.", "COERCE ECU/COP → COL/CRM"],
  ["…and one it is cited for, the authority being no one arrested",
    "Según la Policía de Ecuador, cinco colombianos fueron capturados en Guayaquil.", "COERCE ECU/COP → COL/CRM"],
  // A demonym epithet ('el uruguayo') for the person of that country named last (pipeline demonymEpithet).
  ["'el uruguayo' after the Uruguayan president is the president, and 'le' the other party",
    "El presidente de Argentina recibió al mandatario de Uruguay. El uruguayo le pidió apoyo para su candidatura.", "REQUEST URY/GOV → ARG/GOV"],
];

for (const [why, text, want] of ES_SEEN) {
  test(`${why} (es): ${text}`, async () => {
    const got = await coded(text, "es");
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("a passive whose subject is an act told as a noun harms nobody named near it (es)", async () => {
  const got = await coded("El ministro de Defensa de Chile detalló que esas “ofensivas letales” fueron ejecutadas el lunes por la Armada.", "es");
  assert.ok(!got.some((e) => e.startsWith("ASSAULT")), JSON.stringify(got));
});

test("the bridges or roads a blockade is of are no doer of it (es)", async () => {
  const got = await coded("Los maestros de Bolivia convocaron un paro nacional, con bloqueos de carreteras federales, de puentes internacionales y de pasos fronterizos.", "es");
  assert.ok(!got.some((e) => e.startsWith("PROTEST BOL/CVL")), JSON.stringify(got));
});

test("'en inglés' names a language, no British actor a pronoun could point back to (es)", async () => {
  const events = await codeDocument({ id: "t", text: "El Departamento de Defensa de Estados Unidos (en inglés, DOD) informó de que asumiría el control de una franja. “Ellos optaron por reforzar su presencia militar en la frontera”, dijo la presidenta de México.", language: "es", date: "2026-03-10" });
  assert.ok(!events.some((e) => [...e.source, ...e.target].some((a) => a.country === "GBR")), JSON.stringify(events.map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`)));
});

test("the agent of a participle further on ('de lo decidido por el presidente') is not the noun's doer, nor is 'lo' a pronoun (es)", async () => {
  const got = await coded("El Senado de Chile votó el rechazo de lo decidido por el presidente de Chile.", "es");
  assert.ok(got.some((e) => e.startsWith("REJECT CHL/LEG")) && !got.some((e) => e.startsWith("REJECT CHL/GOV")), JSON.stringify(got));
});

test("an impersonal 'se' act in a relative clause is nobody's act; a reflexive one keeps its subject (es)", async () => {
  const got = await coded("El gobierno de Brasil defendió a Bolsonaro, a quien se acusa de golpismo.", "es");
  assert.ok(!got.some((e) => e.startsWith("ACCUSE")), JSON.stringify(got));
  const met = await coded("El canciller de Chile, que se reunió con su homólogo de Perú, firmó un acuerdo.", "es");
  assert.ok(met.some((e) => e.startsWith("CONSULT CHL/GOV")), JSON.stringify(met));
});

// Armed clashes and riots (issue #9, our own sentences): [what the row stands for, language, text, an event the user
// must see; "A|B" when either is right, as for the two orders of a two-sided act].
const CLASHES: [string, "es" | "en", string, string][] = [
  ["a clash 'entre X y presuntos Y' has both parties, the hedge no break in the list", "es",
    "Un enfrentamiento entre elementos del Ejército de México y presuntos integrantes del Cártel de Sinaloa dejó cinco muertos.",
    "ASSAULT MEX/MIL → MEX/CRM|ASSAULT MEX/CRM → MEX/MIL"],
  ["a clash of police with armed men is fighting, not a riot, though a riot's words name the police", "es",
    "Se registró un enfrentamiento entre policías estatales de Michoacán y sicarios en Uruapan.",
    "ASSAULT MEX/COP → MEX/CRM|ASSAULT MEX/CRM → MEX/COP"],
  ["a clash of police with protesters is the protesters' riot against the police", "es",
    "Un enfrentamiento entre policías y manifestantes dejó diez heridos en Quito, Ecuador.", "PROTEST ECU/CVL → ECU/COP"],
  ["…whichever word for a clash the text uses", "es",
    "Hubo enfrentamientos entre carabineros y estudiantes frente al Congreso de Chile.", "PROTEST CHL/EDU → CHL/COP"],
  ["…in English too", "en", "Protesters clashed with police in Nairobi on Tuesday.", "PROTEST KEN/CVL → KEN/COP"],
  ["a count of a set ('dos de los agresores') is the act's object, no 'de' complement", "es",
    "Policías de Sinaloa abatieron a dos de los agresores.", "ASSAULT MEX/COP → MEX/UAF"],
  ["…'uno de los' too", "es", "La Policía de Colombia detuvo a uno de los sicarios.", "COERCE COL/COP → COL/CRM"],
  ["…and in English", "en", "Nigerian soldiers killed two of the gunmen.", "ASSAULT NGA/MIL → NGA/UAF"],
  ["an answer to an attack with no object named is aimed at the attackers", "es",
    "Un comando armado atacó a policías estatales en Uruapan, Michoacán. Los agentes repelieron la agresión.", "ASSAULT MEX/COP → MEX/UAF"],
  ["…'returned fire' too", "en", "Gunmen attacked a police patrol in Sinaloa. The officers returned fire.", "ASSAULT MEX/COP → MEX/UAF"],
  ["'responder al fuego de X' answers X's attack", "es", "Soldados de Colombia respondieron al fuego de guerrilleros del ELN.", "ASSAULT COL/MIL → COL/REB"],
  ["'repeler a X' is fighting X", "es", "Elementos de la Marina repelieron a los agresores en Tamaulipas.", "ASSAULT MEX/MIL → MEX/UAF"],
  ["'privar de la vida' is killing", "es", "Un comando armado privó de la vida a dos policías en Celaya, Guanajuato.", "ASSAULT MEX/UAF → MEX/COP"],
  ["a passive infinitive after 'tras' befell the main clause's subject, and the doer-less mention merges with it", "es",
    "Un policía de Sonora resultó herido tras ser atacado por sujetos armados.", "ASSAULT MEX/UAF → MEX/COP"],
  ["…opening the sentence, the subject after the comma", "es",
    "Tras ser atacados por un grupo armado, militares de Colombia repelieron la agresión.", "ASSAULT COL/UAF → COL/MIL"],
  ["'la dependencia' is the state's institution named before", "es",
    "La Secretaría de Marina desplegó a 500 marinos en Culiacán. La dependencia acusó al Cártel de Sinaloa de atacar a sus elementos.", "ACCUSE MEX/MIL → MEX/CRM"],
  ["'los uniformados' are the force named before, soldiers here", "es",
    "Militares de la Sedena fueron atacados por un grupo armado en Badiraguato. Los uniformados repelieron la agresión.", "ASSAULT MEX/MIL → MEX/UAF"],
  ["…and police when nothing else was named", "es", "Los uniformados detuvieron a dos sicarios en Celaya, Guanajuato.", "COERCE MEX/COP → MEX/CRM"],
  ["an act's participle as a noun ('acusó a los detenidos') names the people it befell, not its doer", "es",
    "La Policía de Colombia detuvo a tres sicarios en Cali. La Fiscalía acusó a los detenidos de narcotráfico.", "ACCUSE COL/JUD → COL/CRM"],
  ["an object in quotation marks right after the verb is still its object", "es",
    "El gobierno de Perú acusó “a los manifestantes violentos” de los disturbios.", "ACCUSE PER/GOV → PER/CVL"],
];

test("a reaction to an act told by its own noun still targets the act's doer (es)", async () => {
  const got = await coded("El ELN atacó a soldados en Arauca. El gobierno de Colombia condenó el atentado.", "es");
  assert.ok(got.includes("ACCUSE COL/GOV → COL/REB"), JSON.stringify(got));
});

test("a doer-less mention merges only with the same act on the same side (es)", async () => {
  const got = await coded("Un policía de Sonora resultó herido tras ser atacado por sujetos armados.", "es");
  assert.ok(!got.includes("ASSAULT ∅ → MEX/COP"), JSON.stringify(got));
  const two = await coded("Un periodista de Sonora resultó herido. Sujetos armados atacaron a un policía de Sonora.", "es");
  assert.ok(two.includes("ASSAULT ∅ → MEX/JRN"), JSON.stringify(two));
});

for (const [why, lang, text, want] of CLASHES) {
  test(`${why} (${lang}): ${text}`, async () => {
    const got = await coded(text, lang);
    assert.ok(want.split("|").some((w) => got.includes(w)), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("calls or meetings counted vaguely since a point in the past are a total, no event; counted in the week's news they stay (GUIDELINES: totals and habits)", async () => {
  for (const [text, lang] of [
    ["Colombia's president has held several calls with Joe Biden since he took office in 2022.", "en"],
    ["Gustavo Petro ha sostenido varias llamadas con Joe Biden desde que asumió el cargo en 2022.", "es"],
  ] as const) assert.deepEqual((await coded(text, lang)).filter((e) => e.startsWith("CONSULT")), [], text);
  assert.ok((await coded("Colombia's president held several meetings with Brazilian officials in Brasilia on Monday.", "en")).includes("CONSULT COL/GOV → BRA/GOV"));
});

test("people of no stated country arrested as criminals are the arresting country's suspects, not the story's home country's", async () => {
  const text = "Guatemalan police arrested four gang members on Monday in Tecún Umán, across the river from Ciudad Hidalgo, Chiapas. " +
    "Mexican officials said the gang smuggled migrants into Mexico, and Mexico's army reinforced the border.";
  assert.ok((await coded(text, "en")).includes("COERCE GTM/COP → GTM/CRM"), JSON.stringify(await coded(text, "en")));
});

test("a request or proposal someone considers ('analiza la solicitud', 'is reviewing the request') is no request of theirs", async () => {
  const es = await coded("Chile pidió el lunes a Perú la extradición de un empresario. La cancillería peruana dijo que analiza la solicitud.", "es");
  assert.ok(es.some((e) => e.startsWith("REQUEST CHL/")), JSON.stringify(es));
  assert.ok(!es.some((e) => e.startsWith("REQUEST PER/")), JSON.stringify(es));
  const en = await coded("Chile asked Peru on Monday to extradite a businessman. Peru's foreign ministry said it was reviewing the request.", "en");
  assert.ok(en.some((e) => e.startsWith("REQUEST CHL/")), JSON.stringify(en));
  assert.ok(!en.some((e) => e.startsWith("REQUEST PER/")), JSON.stringify(en));
});

// English sides in general constructions of news (issue #9): our own sentences, and what the user must see.
const SIDES_EN: [string, string, string][] = [
  ["a speaker set after a comma is no target of the act", "Chile condemned the attack, said a spokesman for the foreign ministry.", "ACCUSE CHL/GOV → ∅"],
  ["…nor when the speech verb follows the speaker", "Chile condemned the attack, a spokesman for the foreign ministry said.", "ACCUSE CHL/GOV → ∅"],
  ["a gerund after a comma takes the subject of the verb before it, not that verb's object", "Peru's foreign minister met his Bolivian counterpart on Monday, pledging to reopen the border.", "AGREE PER/GOV → BOL/GOV"],
  ["…past a reported clause too", "The Chilean army said it had killed four smugglers near the border, accusing Bolivia of sheltering them.", "ACCUSE CHL/MIL → BOL/GOV"],
  ["the object of a gerund that qualifies the phrase before is no subject", "The Chilean navy patrolling Bolivian waters has declared a ceasefire.", "CONCEDE CHL/MIL → BOL/GOV"],
  ["a hedge and a count after an act noun's 'of' leave its object", "Chilean authorities announced the arrest of 12 alleged members of Tren de Aragua.", "COERCE CHL/GOV → VEN/CRM"],
  ["a gapped noun pattern's own 'of' object is its object", "Peru announced the release of three Bolivian nationals.", "RETREAT PER/GOV → BOL/CVL"],
  ["an attack aimed at a place with no victim named falls on its people", "Russia shelled Kharkiv overnight.", "ASSAULT RUS/MIL → UKR/CVL"],
  ["…told as a noun under a light verb too", "Israel launched air strikes on the Gaza Strip on Friday.", "ASSAULT ISR/MIL → PSE/CVL"],
  ["the speaker of an absolute clause after a comma is no target", "Moscow criticised the meeting, with Kremlin spokesman Dmitry Peskov saying Berlin was prolonging the war.", "ACCUSE RUS/GOV → DEU/GOV"],
  ["who summons an envoy to protest protests, and the protest is the summons itself", "Chile's foreign ministry summoned Bolivia's ambassador to protest against the border incident.", "ACCUSE CHL/GOV → BOL/GOV"],
  ["an act noun's relative clause has its own doer, not the previous event's (the toll joins the attacks it tells of, merge.casualties: the state protested to, not Chile's ministry)", "Chile's foreign ministry summoned Bolivia's ambassador to protest against cross-border attacks that killed five soldiers.", "ASSAULT BOL/GOV → CHL/MIL"],
  ["…but a weapon's is whoever fired it", "Bolivian troops fired mortar rounds that killed three Chilean soldiers.", "ASSAULT BOL/MIL → CHL/MIL"],
  ["a government title the text gives beats an opposition office on file, as a former leader's does", "Ukrainian President Petro Poroshenko criticized Russia.", "ACCUSE UKR/GOV → RUS/GOV"],
  ["'Korean' alone is South Korea's, not the other country named", "The Korean government agreed to provide Peru with new technology.", "AGREE KOR/GOV → PER/GOV"],
  ["a suicide bomber is an armed attacker of the place named with him", "A suicide bomber in La Paz killed at least six people near the presidential palace.", "ASSAULT BOL/UAF → BOL/CVL"],
  ["a crowd of no stated country is of the place it acts in", "Thousands of protesters marched against the Chilean military presence in La Paz.", "PROTEST BOL/CVL → CHL/MIL"],
  ["a pronoun that opens what is warned is the doer again, no target", "Peru warned it could close the border if Bolivia does not act.", "THREATEN PER/GOV → BOL/GOV"],
  ["…nor for several doers and 'they'", "Chile and Argentina warned they would seek new sanctions if Bolivia does not act.", "THREATEN CHL/GOV+ARG/GOV → BOL/GOV"],
  ["a threat whose condition closes it is aimed at the condition's subject", "The ELN warned it would not free more hostages unless Colombia halts its air strikes.", "THREATEN COL/REB → COL/GOV"],
  ["…an announced strike too, which is a threat", "Chile's teachers' union said it would extend the strike into next week unless the government withdrew the bill.", "THREATEN CHL/EDU → CHL/GOV"],
  ["a state and an armed group of one country are two sides: the people their deal's own words name are no party", "Colombia's government and the ELN signed a prisoner exchange agreement in Havana on Monday.", "SUPPORT COL/GOV → COL/REB"],
  ["a possessive clitic before 'military' names the country's armed forces", "Kenya's military said it had reopened the border crossing to aid convoys.", "RETREAT KEN/MIL → ∅"],
];

for (const [why, text, want] of SIDES_EN) {
  test(`${why} (en): ${text}`, async () => {
    const got = await coded(text, "en");
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("the counted object of a verb before an infinitive of purpose is not its subject (en)", async () => {
  const got = await coded("Colombian rebels were holding 300 villagers near the border to use them as human shields.", "en");
  assert.ok(got.some((e) => e.startsWith("ASSAULT COL/REB →")), JSON.stringify(got));
});

// A crowd of no stated country is of the place it acts in, past the place's article ("en la Ciudad de…"), and so is
// the crowd a later sentence tells of with no place of its own; the story's other country (a foreign embassy, a
// foreign leader) does not make it theirs.
const CROWD_PLACE: [string, "es" | "en", string, string][] = [
  ["a crowd before a foreign embassy, in a city named with its article", "es",
    "Unos 300 jóvenes protestaron este martes frente a la embajada de Estados Unidos en la Ciudad de Guatemala contra las deportaciones ordenadas por Donald Trump. Los manifestantes, en su mayoría estudiantes, quemaron una bandera estadounidense.",
    "PROTEST GTM/"],
  ["…in English", "en",
    "About 300 young people protested on Tuesday outside the United States embassy in Guatemala City against the deportations ordered by Donald Trump. The demonstrators, mostly students, burned an American flag.",
    "PROTEST GTM/"],
];
for (const [why, lang, text, want] of CROWD_PLACE) {
  test(`${why} (${lang})`, async () => {
    const got = await coded(text, lang);
    const protests = got.filter((e) => e.startsWith("PROTEST"));
    assert.ok(protests.length > 0 && protests.every((e) => e.startsWith(want)), JSON.stringify(got));
  });
}

test("what a visit is for, the visitor does, and it is to come if the visit is (en)", async () => {
  const coded = async (text: string) => (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}→${e.target[0]?.country}`);
  assert.deepEqual(await coded("Lula visited Madrid on Monday for talks with Prime Minister Pedro Sánchez."), ["CONSULT BRA→ESP", "CONSULT BRA→ESP"]);
  assert.ok(!(await coded("Lula will visit Madrid next week for talks with Prime Minister Pedro Sánchez.")).some((e) => e.startsWith("CONSULT")));
  // A meeting that a clause with no event of its own is for is held by that clause's subject.
  assert.deepEqual(await coded("Lula flew to Madrid for talks with Prime Minister Pedro Sánchez."), ["CONSULT BRA→ESP"]);
});

test("the object of a verb before an infinitive of purpose is not the infinitive's subject (es)", async () => {
  const [, talks] = await codeDocument({ id: "t", text: "Lula visitó Madrid el lunes para reunirse con Pedro Sánchez.", language: "es", date: "2026-03-05" });
  assert.equal(`${talks?.type} ${talks?.source[0]?.country}→${talks?.target[0]?.country}`, "CONSULT BRA→ESP");
});

test("the way something goes is no party to it ('via', 'a través de') (en, es)", async () => {
  const targets = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} →${e.target.map((a) => a.country).join(",")}`);
  assert.deepEqual(await targets("Canada shipped 50 tonnes of medical supplies to Sudan's Darfur region via Chad.", "en"), ["AID →SDN"]);
  // (No recipient named in Spanish: aid a foreign state sends goes to the people of the story's country, Sudan, as in
  // English; never to Chad, the way.)
  assert.deepEqual(await targets("Canadá envió 50 toneladas de ayuda a Darfur a través de Chad.", "es"), ["AID →SDN"]);
});

test("what a withdrawal moves and its owner names is the withdrawer's own, not its target (en, es)", async () => {
  const sides = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}→${e.target.map((a) => `${a.country}/${a.sector}`).join(",")}`);
  assert.deepEqual(await sides("France pulled its troops out of Chad on Friday.", "en"), ["RETREAT FRA→TCD/GOV"]);
  assert.deepEqual(await sides("Francia retiró sus tropas de Chad el viernes.", "es"), ["RETREAT FRA→TCD/GOV"]);
  assert.deepEqual(await sides("Turkey withdrew its soldiers from the town after a week.", "en"), ["RETREAT TUR→"]);
});

test("an act told as a noun that a further preposition governs is not what a cause names (en, es)", async () => {
  const types = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => e.type);
  assert.deepEqual(await types("Petro thanked Cuba for its role in the peace talks with the ELN.", "en"), ["SUPPORT"]);
  assert.deepEqual(await types("Petro agradeció a Cuba por su papel en las negociaciones de paz.", "es"), ["SUPPORT"]);
  assert.deepEqual(await types("Petro thanked Lula for the phone call.", "en"), ["SUPPORT", "CONSULT"]);
});

test("the last word of a subordinator opens no relative clause: its subject did not do the noun's act (es)", async () => {
  const [e] = await codeDocument({ id: "t", text: "Los productores de leche mantienen el bloqueo de la planta a menos que el gobierno fije un precio justo.", language: "es", date: "2026-03-05" });
  assert.equal(`${e?.type} ${e?.source[0]?.sector}`, "PROTEST BUS");
});

test("goods sent by the tonne or the shipment are aid, as in Spanish (en)", async () => {
  const types = async (text: string) => (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}→${e.target[0]?.country}`);
  assert.deepEqual(await types("Brazil sent 500 tonnes of rice to Cuba on Tuesday."), ["AID BRA→CUB"]);
  assert.deepEqual(await types("Qatar sent a shipment of flour and tents to Lebanon."), ["AID QAT→LBN"]);
});

test("what someone is charged with or convicted of is no act the report tells; what a finding of guilt asserts is (en, es)", async () => {
  const types = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => e.type);
  assert.deepEqual(await types("A court in Herat convicted the driver of murder.", "en"), ["SANCTION"]);
  assert.deepEqual(await types("Un juez condenó a 20 años al exgobernador por el asesinato de una activista.", "es"), ["SANCTION"]);
  assert.deepEqual(await types("La fiscalía acusó al coronel de ordenar la masacre.", "es"), ["ACCUSE"]);
  assert.ok((await types("Monitors said both armies were guilty of violating the truce.", "en")).length > 0);
});

// fresh2-es: constructions the second fresh Spanish set missed that real news shares; our own sentences.
const FRESH2_ES: [string, string, string][] = [
  ["a title whose body's acronym follows in brackets still names the person after the comma",
    "CIUDAD DE MÉXICO. La directora del Instituto Nacional de Pesca (INAPESCA), Lorena Quintanilla Bravo, presentó este lunes su renuncia.", "RETREAT MEX/GOV → ∅"],
  ["…a union leader's title too, with its sector", "LIMA. El secretario general de la Federación de Choferes del Perú (FCP), Ulises Mendívil Rocha, exigió al Gobierno un alza de tarifas.", "REQUEST PER/LAB → PER/GOV"],
  ["a relative pronoun after a body's bracketed acronym goes back to the body",
    "LIMA. La Policía Nacional detuvo a diez manifestantes frente al Congreso, informó la Coordinadora Nacional de Derechos Humanos (CNDDHH), que condenó las detenciones.", "ACCUSE PER/SOC → PER/COP"],
  ["a sentence that opens on another country and a comma tells of that country's crowd, not the dateline's",
    "BOGOTÁ. El Gobierno colombiano anunció nuevas medidas contra el contrabando. En Ecuador, cientos de transportistas bloquearon la vía Panamericana en protesta por el alza del diésel.", "PROTEST ECU/BUS → ECU/GOV"],
  ["…and of its police and whom they arrest", "LIMA. Miles de mineros marcharon este martes en Lima. En Bolivia, la policía detuvo a 30 dirigentes cocaleros.", "COERCE BOL/COP → BOL/AGR"],
  ["a title, 'de' and the union it heads name the person after the comma, of the union's sector",
    "BUENOS AIRES. El secretario general de la Confederación General del Trabajo, Gerardo Ferreyra Ocampo, exigió al Gobierno un aumento salarial.", "REQUEST ARG/LAB → ARG/GOV"],
  ["…and a losing candidate of a party no one knows is the story's opposition, not a former official",
    "LIMA. El excandidato presidencial de Avanza País, Rodrigo Meléndez Soto, acusó al Jurado Nacional de Elecciones de favorecer al oficialismo.", "ACCUSE PER/OPP → PER/GOV"],
];
for (const [why, text, want] of FRESH2_ES) {
  test(`fresh2-es: ${why}: ${text}`, async () => {
    const got = await coded(text, "es");
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("fresh2-es: an impersonal 'se' demand in a relative clause is not the speaker's (es)", async () => {
  for (const text of [
    "LIMA. El ministro del Interior, Juan José Santiváñez, señaló que el gobierno dará una \"respuesta seria\" a los organizadores de la marcha del sábado, en la que se exigió la renuncia del alcalde.",
    "LIMA. \"Daremos una respuesta seria a la marcha del sábado, en la que se exigió la renuncia del alcalde\", afirmó el ministro del Interior.",
  ]) {
    const got = await coded(text, "es");
    assert.ok(!got.some((e) => e.startsWith("REQUEST PER/GOV")), JSON.stringify(got));
  }
});

test("a meeting or a visit in the background with one party named is with the doer of the act it is the background of (en)", async () => {
  const coded = async (text: string) => (await codeDocument({ id: "t", text, language: "en", date: "2026-03-05" })).map((e) => `${e.type} ${e.source[0]?.country}→${e.target[0]?.country}`);
  assert.ok((await coded("Cuba freed 30 prisoners after a visit by Vatican envoy Pietro Parolin.")).includes("CONSULT VAT→CUB"));
  assert.ok((await coded("Belarus freed 14 prisoners after talks with U.S. envoy John Coale.")).some((e) => e === "CONSULT BLR→USA" || e === "CONSULT USA→BLR"));
});

// plv-conflict (session 11): our own sentences for the conflict constructions of the PLV work. [why, language, text,
// an event that must be there, or with a leading "!" one that must not]
describe("plv-conflict: refusals, backers set off by commas, returned wildlife", () => {
  const CASES: [string, "es" | "en", string, string][] = [
    // find.ts: a concession negated in a synthetic future (no auxiliary) is a refusal, like "will not release".
    ["a release negated in the synthetic future is a refusal", "es",
      "El ELN no liberará a los secuestrados mientras siga la ofensiva.", "REJECT COL/REB →"],
    ["…and so is lifting sanctions, with 'nunca'", "es",
      "Rusia nunca levantará las sanciones contra Georgia.", "REJECT RUS/GOV → GEO/GOV"],
    ["a negator of another verb refuses nothing", "es",
      "El ministro no dijo cuántos presos saldrán libres.", "!REJECT"],
    // roles.ts: ", backed by X," set off by commas after the subject is an aside; X does not do the main verb's act.
    ["the agent of a participle set off by commas is no subject of the verb", "en",
      "Nigerian soldiers, backed by local vigilantes, raided a Boko Haram camp.", "COERCE NGA/MIL → NGA/REB"],
    ["…in Spanish", "es",
      "Las tropas sirias, respaldadas por aviones rusos, atacaron la ciudad rebelde de Saraqeb.", "ASSAULT SYR/MIL →"],
    // rules.ts type.forces-withdraw: troops withdrawing from a place by the bare "withdraw from" retreat (CAMEO 0874).
    ["troops that withdraw from a town retreat", "en",
      "Chadian troops withdrew from Abeche on Sunday.", "RETREAT TCD/MIL"],
    ["…and pulling out of one is the same", "en",
      "Rebel fighters pulled out of Goma after two days of talks.", "RETREAT "],
    ["leaving a treaty stays a sanction, troops or not", "en",
      "The army withdrew from the ceasefire agreement on Monday.", "SANCTION "],
    // roles.ts: a noun pattern run past "fired by X" to the verb ("missile ... strike") takes X as its doer.
    ["the agent of the participle on a weapon that struck is the attacker", "en",
      "Missiles fired by Israel struck an army base in Syria.", "ASSAULT ISR/"],
    ["…in Spanish", "es",
      "Un misil disparado por Rusia alcanzó un edificio en Kiev.", "ASSAULT RUS/"],
    // events-conflict.json: returning seized wildlife is returning confiscated property (RETREAT, CAMEO 0842).
    ["returning seized animals to their country is a return of property", "en",
      "Peru returned 30 smuggled parrots to Bolivia on Friday.", "RETREAT PER/GOV → BOL/GOV"],
    ["…in Spanish", "es",
      "Perú devolvió a Bolivia 30 loros decomisados.", "RETREAT PER/GOV → BOL/GOV"],
  ];
  for (const [why, lang, text, want] of CASES) {
    test(`${why} (${lang}): ${text}`, async () => {
      const got = await coded(text, lang);
      if (want.startsWith("!")) assert.ok(!got.some((e) => e.startsWith(want.slice(1))), JSON.stringify(got));
      else assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
    });
  }
});

// plv-coop: constructions of cooperation (session 11). [what the test stands for, language, our own text, an event
// the user must see ("∅" where the text must give no event of the type)].
const PLV_COOP: [string, "es" | "en", string, string][] = [
  ["an agreement reached is settled (SUPPORT, CAMEO 057)", "en", "Chile and Peru reached an agreement on fishing quotas on Monday.", "SUPPORT CHL/GOV → PER/GOV"],
  ["…agreed as a transitive verb", "en", "Chile and Peru agreed a new fisheries agreement on Monday.", "SUPPORT CHL/GOV → PER/GOV"],
  ["a failure to reach agreement is a rejection, like a refused agreement", "en", "Chile and Peru failed to reach agreement on fishing quotas on Monday.", "REJECT CHL/GOV → PER/GOV"],
  ["…in Spanish", "es", "Chile y Perú no lograron un acuerdo sobre las cuotas de pesca.", "REJECT CHL/GOV → PER/GOV"],
  ["an agreement hoped for is to come (AGREE)", "en", "Chile hopes to reach a deal with Peru on fishing quotas.", "AGREE CHL/GOV → PER/GOV"],
  ["…in Spanish", "es", "Chile confía en llegar a un acuerdo con Perú sobre las cuotas de pesca.", "AGREE CHL/GOV → PER/GOV"],
  // target.own-country: the country that owns the act a stance is about is its target, even for one of its own.
  ["a country owning the policy defended is the target, even the doer's own", "en", "A Brazilian senator on Tuesday defended Brazil's new mining policy.", "SUPPORT BRA/LEG → BRA/GOV"],
  ["…in Spanish, after the noun", "es", "Un senador brasileño defendió el martes la política minera de Brasil.", "SUPPORT BRA/LEG → BRA/GOV"],
  ["…criticised, in Spanish", "es", "Un senador colombiano criticó la decisión de Colombia de cerrar la frontera.", "ACCUSE COL/LEG → COL/GOV"],
  // target.not-self: the state whose act is defended is no repetition of the speaker who holds its office.
  ["a head of state defending his own state's act backs its government", "en", "The Chilean president defended Chile's new mining policy on Tuesday.", "SUPPORT CHL/GOV → CHL/GOV"],
  ["…in Spanish", "es", "El presidente chileno defendió el martes la política minera de Chile.", "SUPPORT CHL/GOV → CHL/GOV"],
  ["a budget or a strategy defended is an act defended in words (CAMEO 052)", "en", "The Chilean finance minister defended Peru's new budget on Monday.", "SUPPORT CHL/GOV → PER/GOV"],
  ["…in Spanish", "es", "La ministra chilena de Hacienda defendió el lunes la estrategia de Perú.", "SUPPORT CHL/GOV → PER/GOV"],
  // Aid told by what it is worth, and grants provided.
  ["goods handed over told by their value are aid", "en", "Japan delivered $5 million worth of medical supplies to Nepal on Monday.", "AID JPN/GOV → NPL/GOV"],
  ["…in Spanish", "es", "Japón entregó equipos por valor de cinco millones de dólares a Nepal.", "AID JPN/GOV → NPL/GOV"],
  ["a grant provided is aid", "en", "Chile provided a grant to Bolivia for the new hospital.", "AID CHL/GOV → BOL/GOV"],
  ["…in Spanish", "es", "Chile entregó una subvención a Bolivia para el nuevo hospital.", "AID CHL/GOV → BOL/GOV"],
  ["a commitment to work together, reiterated, is a promise to cooperate (AGREE)", "en", "Chile reiterated its commitment to work with Peru on border security.", "AGREE CHL/GOV → PER/GOV"],
  ["…in Spanish", "es", "Chile reiteró su compromiso de trabajar con Perú en la seguridad fronteriza.", "AGREE CHL/GOV → PER/GOV"],
];
for (const [why, lang, text, want] of PLV_COOP) {
  test(`plv-coop: ${why} (${lang})`, async () => {
    const got = await coded(text, lang);
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("a halt of attacks ordered is the de-escalation itself, and the attacks it names are no act (en, es)", async () => {
  const types = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).map((e) => `${e.type}/${e.mode}`);
  assert.deepEqual(await types("The president ordered a halt to the airstrikes on rebel positions.", "en"), ["RETREAT/ceasefire"]);
  assert.deepEqual(await types("El presidente ordenó la suspensión de los ataques aéreos contra la guerrilla.", "es"), ["RETREAT/ceasefire"]);
});

// fresh2-en (test/fixtures/coder-dev/fresh2-en.json): general constructions its misses showed, each also found in a
// shared real text. Our own sentences. [what it stands for, text, an event that must be coded, the start of events
// that must not be]
import { describe as describeFresh2En } from "node:test";
const FRESH2_EN: [string, string, string | null, string | null][] = [
  ["a strike counted in days is a labour stoppage, not a military strike", "Nurses in Kenya have begun a five-day strike.", "PROTEST KEN/MED → KEN/GOV", "ASSAULT"],
  ["'close to' a place is where, not a closure", "Gunmen ambushed an army patrol in western Niger, close to the border with Mali.", null, "SANCTION"],
  ["…while the verb 'close' still closes", "Niger will close its border with Benin on Monday.", "THREATEN NER/GOV → BEN/GOV", null],
  ["a judgement of 'the move' is aimed at whoever made the move the story told", "Kenya's parliament voted on Tuesday to expel the Ugandan ambassador. Uganda's foreign ministry called the move \"hostile\".", "ACCUSE UGA/GOV → KEN/LEG", null],
  ["an act's bare word that qualifies talks names their topic: nobody surrendered", "The rebel commander held surrender talks with the Colombian army on Monday.", null, "RETREAT"],
  ["…nor in a surrender order", "Kenya's interior minister signed the surrender order for the fugitive on Monday.", null, "RETREAT"],
  ["harm told by a gerund after an attack falls on the side attacked, not on the attackers' nationality", "Russian troops shelled a Ukrainian position near Pokrovsk on Tuesday, killing three soldiers.", "ASSAULT RUS/MIL → UKR/MIL+UKR/GOV", "ASSAULT RUS/MIL → RUS/MIL"],
  ["…and is done by the attackers, not by the object before the comma", "Israeli forces struck a Hezbollah post in southern Lebanon, wounding two fighters.", "ASSAULT ISR/MIL → LBN/REB", "ASSAULT LBN/REB"],
  ["…and the speaker set off after the victims is none of them", "Rebels attacked a camp for displaced people in Darfur, killing 30 people, the UN migration agency reported.", "ASSAULT SDN/REB → SDN/CVL+UN/-", null],
  ["an act told as a noun that a verb of prevention governs has not happened", "Kenya released 40 prisoners on Monday as Nairobi tries to head off new U.S. sanctions.", null, "SANCTION"],
  ["…nor has one forestalled", "Troops were sent to the border to forestall further attacks by the rebels.", null, "ASSAULT"],
  ["…and one of 'the decision' a state's forces made, at that state", "Russia's defence ministry moved two warships into the Baltic on Sunday. Estonia's foreign minister condemned the decision on Monday.", "ACCUSE EST/GOV → RUS/GOV", null],
  ["…and welcoming 'the ruling' at the court that gave it", "Ghana's Supreme Court declared the new media law unconstitutional on Friday. The opposition welcomed the ruling.", "SUPPORT GHA/OPP → GHA/JUD", null],
];
describeFresh2En("fresh2-en: constructions of news the coder was not tuned on", () => {
  for (const [why, text, want, not] of FRESH2_EN) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, "en");
      if (want) assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

test("a complaint's aim told as a complaint is the same complaint, not a second one (en, es)", async () => {
  const types = async (text: string, language: "es" | "en") => (await codeDocument({ id: "t", text, language, date: "2026-03-05" })).filter((e) => e.type === "ACCUSE").length;
  assert.equal(await types("Peru's foreign ministry summoned the Mexican ambassador on Monday to protest against the remarks.", "en"), 1);
  assert.equal(await types("La cancillería de Perú convocó al embajador de México para protestar por las declaraciones.", "es"), 1);
});

// A gathering that is banned, prevented, called off or postponed has not happened: the ban is the act told (CAMEO
// 1721/1722 COERCE/restrict), and the rally it names is no PROTEST of its own. Our own sentences.
const PREVENTED: [string, string, "es" | "en", string | null, string | null][] = [
  ["a banned rally is not held", "Police in Tbilisi banned the opposition rally planned for Saturday.", "en", "COERCE GEO/COP → GEO/OPP", "PROTEST"],
  ["a prohibited protest is the prohibition, and no protest", "Authorities in Minsk prohibited the protest on Friday.", "en", "COERCE BLR/GOV", "PROTEST"],
  ["talks postponed are not held", "Kenya and Uganda postponed the talks on the border dispute.", "en", null, "CONSULT"],
  ["una marcha cancelada no se celebra", "El alcalde de Guadalajara canceló la marcha de los transportistas.", "es", null, "PROTEST"],
  ["impedir la protesta es restringirla, y no hay protesta", "La policía de Honduras impidió la marcha de los maestros hacia Tegucigalpa.", "es", "COERCE HND/COP → HND/EDU", "PROTEST"],
  ["una reunión aplazada no se celebra", "Los cancilleres de Perú y Chile aplazaron la reunión prevista para el lunes.", "es", null, "CONSULT"],
  ["…pero impedir que algo se extienda no es prohibir una marcha", "Los militares detuvieron a diez personas para impedir que las protestas se extiendan.", "es", "COERCE", "THREATEN"],
];
describe("prevented gatherings: bans, cancellations and postponements (en, es)", () => {
  for (const [why, text, lang, want, not] of PREVENTED) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

// A natural hazard, a disease or an accident that kills or destroys is no political actor: no event (PLOVER codes
// acts of political actors). Our own sentences; the same verbs with a human doer are still coded.
const HAZARDS: [string, string, "es" | "en", boolean][] = [
  ["a typhoon that kills", "The typhoon has killed at least 60 people in central Vietnam.", "en", false],
  ["a named hurricane that destroys", "Hurricane Erin destroyed dozens of homes in the Bahamas on Sunday.", "en", false],
  ["people killed by floods", "Twenty people were killed by the floods in northern Kenya.", "en", false],
  ["…while gunmen who kill after the floods are coded", "Gunmen killed 12 villagers in Zamfara state after the floods.", "en", true],
  ["un huracán que mata", "El huracán mató a 14 personas en la costa de Guerrero.", "es", false],
  ["un sismo que destruye", "El sismo destruyó decenas de viviendas en Oaxaca.", "es", false],
  ["muertos por las lluvias", "Ocho personas murieron arrastradas por las lluvias en Chiapas.", "es", false],
  ["…y los sicarios siguen siendo autores", "Sicarios asesinaron a cinco personas en Culiacán tras las lluvias.", "es", true],
];
describe("natural hazards, diseases and accidents are no doers (en, es)", () => {
  for (const [why, text, lang, coded_] of HAZARDS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      assert.equal(got.some((e) => e.startsWith("ASSAULT")), coded_, JSON.stringify(got));
    });
  }
});

// What a judgement frames its object as ("as a surrender", "como una rendición") is its content, not an act; and an
// act branded "an act of" aggression or piracy is a judgement (CAMEO 111). Our own sentences.
const JUDGED: [string, string, "es" | "en", string | null, string | null][] = [
  ["a deal slammed as a surrender is no surrender", "Kenya's opposition slammed the deal as a \"surrender\" to foreign lenders.", "en", "ACCUSE KEN/OPP", "RETREAT"],
  ["…and the judgement is not aimed at whom the surrender would be to", "Ghana's opposition slammed the budget as a surrender to the IMF.", "en", "ACCUSE GHA/OPP → GHA/GOV", null],
  ["un pacto criticado como una rendición no es una rendición", "El canciller de Bolivia criticó el pacto como una rendición.", "es", "ACCUSE BOL/GOV", "CONCEDE"],
  ["calling sanctions an act of aggression is a judgement", "Maduro called the sanctions an act of aggression against Venezuela.", "en", "ACCUSE VEN/ELI", null],
  ["calificar de acto de genocidio es un juicio", "Cuba calificó el bloqueo de acto de genocidio.", "es", "ACCUSE CUB/GOV", null],
];
describe("judgements: what the object is judged as, and acts branded an act of… (en, es)", () => {
  for (const [why, text, lang, want, not] of JUDGED) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

test("people written after their body's name are the antecedent of a subject relative ('opposition supporters who protested')", async () => {
  const got = await coded("Police in Lusaka fired tear gas at opposition supporters who protested outside parliament.", "en");
  assert.ok(got.some((e) => e.startsWith("PROTEST ZMB/OPP")), JSON.stringify(got));
  assert.ok(!got.some((e) => e.startsWith("PROTEST ZMB/COP")), JSON.stringify(got));
});

test("an inquiry with no suspect named is aimed at nobody, not at the other side of the story's relation", async () => {
  const got = await coded("El embajador de Estados Unidos, Ronald Johnson, se reunió con el canciller mexicano. La Fiscalía de Sinaloa abrió una investigación por el asesinato de un periodista.", "es");
  assert.ok(got.includes("ACCUSE MEX/JUD → ∅"), JSON.stringify(got));
});

test("a deputy's title before a known person keeps the person ('el subsecretario de Estado Christopher Landau')", async () => {
  assert.ok((await coded("El canciller mexicano sostuvo una llamada con el subsecretario de Estado Christopher Landau.", "es")).includes("CONSULT MEX/GOV → USA/GOV"));
  assert.ok((await coded("Mexico's foreign minister spoke with Deputy Secretary of State Christopher Landau.", "en")).some((e) => e.startsWith("CONSULT MEX/GOV → USA/GOV")));
});

// plv-coop2 (session 12): constructions of cooperation the PLV sentences showed, each backed by two unrelated texts
// or by the codebook. Our own sentences. [what it stands for, language, text, the start of an event that must be coded,
// the start of events that must not be]
import { describe as describeCoop2 } from "node:test";
const COOP2: [string, "es" | "en", string, string | null, string | null][] = [
  ["peacekeepers arriving in a city are help sent there (CAMEO 074), not a one-sided meeting", "en", "Uruguayan peacekeepers arrived in Port Moresby on Monday.", "AID URY/MIL", "CONSULT"],
  ["…and at an airport", "en", "Kenyan peacekeepers arrived at the Bangui airport on Sunday.", "AID KEN/MIL", null],
  ["troops named as a state's armed forces arriving in a town are deployed there", "en", "Russian troops arrived in the border town on Tuesday.", "MOBILIZE RUS/MIL", null],
  ["a court ordering a release releases (CAMEO 0841), as 'ordenó la liberación' codes", "en", "A court in Lima ordered the release of two Chilean fishermen on Monday.", "RETREAT PER/JUD", "REQUEST"],
  ["…and a judge granting freedom", "es", "Un juez de Lima dispuso la libertad inmediata de los dos pescadores chilenos.", "RETREAT PER/JUD", null],
  ["…while an order to someone else to release stays a demand", "en", "A court in Lima ordered the government to release two Chilean fishermen.", "REQUEST PER/JUD", "RETREAT"],
  ["what a speaker 'stopped short of' doing was not done", "en", "Chile's foreign minister stopped short of calling for sanctions against Peru.", null, "REQUEST"],
  ["…nor what one abstained from ('se abstuvo de', as 'refrained from')", "es", "El gobierno de Chile se abstuvo de condenar a Perú por la detención.", null, "ACCUSE"],
  ["'llegar a' before an infinitive is getting as far as doing, no visit", "es", "El canciller de Chile criticó la medida, sin llegar a condenar a Perú.", "ACCUSE CHL/GOV", "CONSULT"],
  ["an acronym said as a word is written in title case by British and some Latin American papers ('Nato', 'Otan')", "en", "Nato condemned the Russian strike on Kyiv.", "ACCUSE NATO/- → RUS", null],
  ["…in Spanish too", "es", "La Otan condenó el ataque de Rusia contra Kiev.", "ACCUSE NATO/- → RUS", null],
  ["an investigation dropped eases a legal restriction, like dropped charges (CAMEO 081)", "en", "Peru's prosecutors dropped their probe into the former president.", "RETREAT PER/JUD", null],
  ["…'archivó la investigación'", "es", "La fiscalía de Perú archivó la investigación contra el expresidente Pedro Castillo.", "RETREAT PER/JUD → PER/ELI", null],
  ["a concession reported as intended with 'would' is promised (CONCEDE), not dropped as hypothetical", "en", "Syria said it would allow UN aid trucks into Homs.", "CONCEDE SYR/GOV → UN/-", null],
  ["…and a release so promised", "en", "Colombian rebels said they would release the hostages.", "CONCEDE COL/REB", null],
  ["'it' after a government named by its leader ('the Trump administration said it…') is that government", "en", "Venezuela protested after the Trump administration said it would impose new tariffs.", "THREATEN USA/GOV", "THREATEN VEN"],
  ["a Spanish conditional reported after 'dijo que' is an intent told (the future of the past), like 'said it would': a promised release", "es", "Los rebeldes del ELN dijeron que liberarían a los rehenes.", "CONCEDE COL/REB", null],
  ["…promised help", "es", "El presidente de Colombia dijo que enviaría ayuda a Haití.", "AGREE COL/GOV → HTI/GOV", null],
  ["goods handed over told by their value past a long amount ('more than USD $4 million worth of') are aid", "en", "The embassy of Japan handed over more than USD $4 million worth of medical equipment to Peru.", "AID JPN/GOV", null],
  ["…'equipos valorados en'", "es", "Japón entregó al Ministerio de Salud de Perú equipos médicos valorados en 4 millones de dólares.", "AID JPN/GOV → PER/GOV", null],
  ["property returned past a place and a date before its plural object is a return (CAMEO 0842)", "en", "The U.S. Fish and Wildlife Service returned to Peru last Wednesday 40 smuggled parrots.", "RETREAT USA/GOV → PER/GOV", null],
  ["…'devolvió a México la semana pasada 300 piezas'", "es", "Estados Unidos devolvió a México la semana pasada 300 piezas prehispánicas.", "RETREAT USA/GOV → MEX/GOV", null],
  ["an order to appear past a long object (two people named) is a demand", "en", "Peru's police have ordered the former prime minister and two of his ministers to appear for questioning on Friday.", "REQUEST PER/COP", null],
  ["a pardon approved or signed sets people free (CAMEO 0841)", "en", "Peru's cabinet approved a pardon for the two former presidents.", "RETREAT PER/GOV", "SUPPORT"],
  ["…'firmó el indulto'", "es", "El gabinete de Perú aprobó el indulto de los dos expresidentes.", "RETREAT PER/GOV → PER/ELI", null],
  ["permission granted is a concession, as en.concede.grant-permission ('dio a la aerolínea autorización')", "es", "El gobierno de Perú dio a la aerolínea chilena autorización para reanudar los vuelos.", "CONCEDE PER/GOV", null],
  ["…while a conditional in a condition stays hypothetical", "es", "El canciller dijo que si Rusia ataca, Estados Unidos impondría sanciones a Moscú.", null, "THREATEN"],
];
describeCoop2("plv-coop2: constructions of cooperation", () => {
  wantAndNot(COOP2);
});

// plv-conflict2 (session 12): our own sentences for the conflict constructions of the PLV work. [why, language, text,
// an event that must be there, or with a leading "!" one that must not]
describe("plv-conflict2: calls for sanctions, cancelled visits", () => {
  const CASES: [string, "es" | "en", string, string][] = [
    // events-conflict2.json: a call for sanctions against a party is a complaint about it (ACCUSE, CAMEO 111).
    ["a call for sanctions against a state is a complaint about it", "en",
      "Brazil's foreign ministry called for sanctions against Venezuela on Monday.", "ACCUSE BRA/GOV → VEN/GOV"],
    ["…and no request of it", "en",
      "Brazil's foreign ministry called for sanctions against Venezuela on Monday.", "!REQUEST"],
    ["…with an adjective before 'sanctions'", "en",
      "Lithuania demanded tougher sanctions on Belarus.", "ACCUSE LTU/GOV → BLR/GOV"],
    ["a call to lift sanctions stays a request", "en",
      "Cuba called for lifting sanctions on Venezuela.", "!ACCUSE"],
    ["…and asking another state to sanction stays a request of that state", "en",
      "Ukraine called on Japan to impose sanctions on Russia.", "REQUEST UKR/GOV → JPN/GOV"],
    ["…in Spanish", "es",
      "La cancillería de Brasil pidió sanciones contra Venezuela.", "ACCUSE BRA/GOV → VEN/GOV"],
    ["…with an adjective", "es",
      "Lituania exigió duras sanciones contra Bielorrusia.", "ACCUSE LTU/GOV → BLR/GOV"],
    // events-conflict2.json: a cancelled visit or meeting is a refusal to meet (REJECT/meet, PLOVER 2.0, CAMEO 125).
    ["a cancelled visit is a refusal to meet", "en",
      "France cancelled a planned visit to Algeria after the row over visas.", "REJECT FRA/GOV → DZA/GOV"],
    ["…and so is a trip called off", "en",
      "The Colombian president called off his trip to Ecuador.", "REJECT COL/GOV → ECU/GOV"],
    ["cancelled talks are still a halt of negotiations", "en",
      "Israel called off the talks with Hamas.", "SANCTION ISR/GOV →"],
    ["…in Spanish", "es",
      "Francia canceló la visita prevista a Argelia.", "REJECT FRA/GOV → DZA/GOV"],
    ["…and a trip suspended", "es",
      "El presidente de Colombia suspendió su viaje a Ecuador.", "REJECT COL/GOV → ECU/GOV"],
    // events-conflict2.json: stopping an offensive is a ceasefire; negated, a refusal to de-escalate (REJECT).
    ["an offensive stopped is a ceasefire", "en",
      "The Somali army stopped its offensive against Al Shabaab.", "RETREAT SOM/MIL → SOM/REB"],
    ["…and one that will never stop is a refusal", "en",
      "The Somali government said it will never stop its war on Al Shabaab.", "REJECT SOM/GOV → SOM/REB"],
    ["…in Spanish", "es",
      "El gobierno de Somalia dijo que nunca frenará su guerra contra Al Shabaab.", "REJECT SOM/GOV → SOM/REB"],
    ["'para protestar contra la guerra' stops nothing", "es",
      "Cientos de estudiantes de Chile marcharon en Santiago para protestar contra la guerra.", "!RETREAT"],
    // events-conflict2.json: an attack on a law, a proceeding or the press is criticism (ACCUSE), not an assault.
    ["attacking a law is criticism", "en",
      "Mexico's opposition attacked the new immigration law.", "ACCUSE MEX/OPP"],
    ["…and so is an attack on impeachment proceedings", "en",
      "Mexico's opposition led the attack on the impeachment proceedings.", "ACCUSE MEX/OPP"],
    ["…but gunmen attacking a station near a law faculty assault it", "en",
      "Gunmen attacked a police station near the law faculty in Mexico.", "!ACCUSE"],
    ["…in Spanish", "es",
      "La oposición de México encabezó los ataques contra la reforma judicial.", "ACCUSE MEX/OPP"],
    // grammar.json denials: an act a ministry refutes reports of did not happen.
    ["an act refuted is no event", "en",
      "Peru's foreign ministry refuted reports of withdrawing its ambassador from Bolivia.", "!SANCTION"],
    // roles.ts reportingVerb: a gerund of an act said in words after a reported clause goes on with the report.
    ["a call made as a gerund after a reported clause is the speaker's", "en",
      "Brazil's foreign ministry said Venezuela's election was a farce, calling on Caracas to free political prisoners.", "REQUEST BRA/GOV → VEN/GOV"],
    ["…and so is a judgement, past 'on Monday that'", "en",
      "Brazil's foreign ministry said on Monday that Venezuela's election was a farce, calling the vote a fraud.", "ACCUSE BRA/GOV → VEN/GOV"],
    ["…but one after a reported act goes on with that act", "en",
      "Argentina's foreign ministry said Brazil's president called Macron on Monday, urging him to drop the tariffs.", "REQUEST BRA/GOV → FRA/GOV"],
  ];
  for (const [why, lang, text, want] of CASES) {
    test(`${why} (${lang}): ${text}`, async () => {
      const got = await coded(text, lang);
      if (want.startsWith("!")) assert.ok(!got.some((e) => e.startsWith(want.slice(1))), JSON.stringify(got));
      else assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
    });
  }
});

// en-sides (session 12): English events whose type is found but whose source or target was wrong. Our own sentences.
// [what it stands for, language, text, an event that must be coded, the start of events that must not be]
const EN_SIDES: [string, "es" | "en", string, string | null, string | null][] = [
  ["a capital stands for its government: 'accused Phnom Penh of…' is aimed at Cambodia", "en", "The Thai army accused Phnom Penh of sabotaging the truce.", "ACCUSE THA/MIL → KHM/GOV", null],
  ["…and is its government as a source too", "en", "Kigali rejected the accusation on Monday.", "REJECT RWA/GOV → ∅", null],
  ["…in Spanish as well", "es", "Katmandú rechazó la acusación el lunes.", "REJECT NPL/GOV → ∅", null],
  ["people at a body are the body's people: judges at an international court are the court", "en", "Judges at the International Criminal Court rejected a request by Russia to drop the case.", "REJECT ICC/JUD → RUS/GOV", null],
  ["…and officials at a seat of power are its government, not also the target", "en", "Officials at the State Department condemned the attack on the embassy.", "ACCUSE USA/GOV → ∅", "ACCUSE USA/GOV → USA"],
  ["…but protesters at a seat of power are not its officers", "en", "Protesters at the White House demanded an end to the war.", null, "REQUEST USA/GOV"],
  ["a capital the capital noun names first is a place, no antecedent for 'they'", "en", "Opposition leaders in Kenya's capital, Nairobi, said they would boycott the election.", "THREATEN KEN/OPP → ∅", "THREATEN KEN/GOV"],
  ["people the text calls protesters stay civilians when arrested, not suspects", "en", "Police arrested 40 protesters on Tuesday.", "COERCE null/COP → null/CVL", "COERCE null/COP → null/CRM"],
  ["…in Spanish too", "es", "La policía detuvo a doce manifestantes el martes.", "COERCE null/COP → null/CVL", null],
  ["a nationality between a preposition and an act's noun is its doer: the people killed 'in Israeli strikes' did not strike", "en", "Twenty people were killed in Israeli strikes on Gaza on Monday.", "ASSAULT ISR/MIL → PSE/CVL", "ASSAULT PSE"],
  ["…a gerund too: 'in Russian shelling of' a city", "en", "Three civilians died in Russian shelling of Kharkiv.", "ASSAULT RUS/MIL → UKR/CVL", "ASSAULT UKR"],
  ["'ethnic' before a nationality word names a people, not that state: its people are the place's civilians", "en", "Ethnic Russians in Latvia protested against the new language law.", "PROTEST LVA/CVL → LVA/GOV", "PROTEST RUS"],
  ["…and the people arrested are no citizens of that state either", "en", "Police in Kosovo detained five ethnic Serbs near Mitrovica on Sunday.", "COERCE XKX/COP → XKX/CRM", "COERCE XKX/COP → SRB"],
  ["the pronoun subject of a clause 'whom' opens is not whom 'whom' stands for", "en", "Speaking in Doha, Qatar's prime minister singled out Israeli Prime Minister Benjamin Netanyahu, whom he accused of destabilizing the region.", "ACCUSE QAT/GOV → ISR/GOV", "ACCUSE ISR"],
];
describe("en-sides: who the sides of an English event are", () => {
  for (const [why, lang, text, want, not] of EN_SIDES) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

test("a word of an actor's name is no verb of saying: 'Secretary of State X said Y must…' is X's demand of Y", async () => {
  const got = await coded("US Secretary of State Marco Rubio said Cuba must release the prisoners.", "en");
  assert.ok(got.includes("REQUEST USA/GOV → CUB/GOV"), JSON.stringify(got));
});

test("a backer set off by commas after the doer is an aside: the verb after it is the doer's act ('soldiers, supported by allied fighters, attacked…')", async () => {
  const got = await coded("Malian soldiers, supported by allied militias, have reportedly attacked rebel positions near Kidal.", "en");
  assert.ok(got.some((e) => e.startsWith("ASSAULT MLI/MIL")), JSON.stringify(got));
});

// plv3 (session 13): constructions of English (and their Spanish counterparts) behind PLV misses. Our own sentences.
// [what it stands for, language, text, an event that must be coded (start), the start of events that must not be]
const PLV3: [string, "es" | "en", string, string | null, string | null][] = [
  ["a regional name before a plural noun for states is a group of governments of no one country (names.ts name_state_nouns)", "en",
    "The Nordic nations criticized Moscow over the arrests.", "ACCUSE null/GOV → RUS/GOV", null],
  ["…and the story's country is not given to it", "en",
    "Protests continued in Kenya. The Gulf states criticized Nairobi over the arrests.", "ACCUSE null/GOV → KEN/GOV", "ACCUSE KEN/GOV"],
  ["in 'the X Department of Y Z' the first unknown name heads the doer; the second is its complement (roles.ts unknownBodyOf)", "en",
    "The Ruritania Federation of Clean Water criticized the government of Chile.", "ACCUSE CHL/LAB → CHL/GOV", null],
  ["an unknown acronym heading the doer's phrase is a body (names.ts doer)", "en",
    "The KZB ordered the actor to appear for questioning on Monday.", "REQUEST null/UNK", null],
  ["…in Spanish too", "es", "La FNTQ rechazó la propuesta del Gobierno de Bolivia.", "REJECT BOL/UNK → BOL/GOV", null],
  ["…but not one inside a complement ('the steel group FAFER')", "es",
    "Unos 500 obreros del grupo siderúrgico QAVEB rechazaron la propuesta del Gobierno de Bolivia.", null, "REJECT BOL/UNK"],
  ["…nor one the text spells out in brackets after it", "es",
    "La QRN (Quorum de Reservas Nacionales) rechazó la propuesta del Gobierno de Bolivia.", null, "REJECT BOL/UNK"],
  ["what an accusation told as a noun says in its 'that' clause is its content, no act (find.ts contentOfStance)", "en",
    "The panel looked into an allegation by Peru that Chile had seized the border town.", null, "COERCE"],
  ["…in Spanish too", "es", "La denuncia de que el Ejército de Colombia detuvo a dos campesinos llegó al Congreso.", null, "COERCE"],
  ["…but a relative 'que' after an article is no content clause", "es",
    "El insulto con el que los descalificó el presidente de Ecuador llegó cuando los manifestantes exigían su renuncia.", "REQUEST", null],
  ["a word qualifying the head of a thing's name may end an act's pattern (find.ts): 'repealed the … Boycott Law'", "en",
    "Kuwait repealed the Ruritania Boycott Law on Monday.", "CONCEDE KWT/GOV", null],
  ["what critics say of someone is their criticism of him (en.accuse.critics-say)", "en",
    "Opposition critics say Mexico's president has used the crisis to stifle the press.", "ACCUSE MEX/OPP → MEX/GOV", null],
  ["…in Spanish too (es.accuse.criticos-dicen)", "es",
    "Sus críticos dicen que el presidente de Nicaragua usó la crisis para acallar a la prensa.", "ACCUSE NIC/OPP → NIC/GOV", null],
  ["…but critics saying nothing of anyone accuse no one", "en", "Critics say the plan will cost too much.", null, "ACCUSE"],
];
describe("plv3: PLV constructions", () => {
  wantAndNot(PLV3);
});

// es-sides (session 13): Spanish events whose type is found but whose source or target was wrong (English kept in
// step where it has the same construction). Our own sentences.
// [what it stands for, language, text, an event that must be coded, the start of events that must not be]
const ES_SIDES: [string, "es" | "en", string, string | null, string | null][] = [
  ["a spokesperson 'de' a body speaks for it: the police's spokesman is the police", "es", "La portavoz de la policía de Kenia acusó a los manifestantes de saquear tiendas.", "ACCUSE KEN/COP → KEN/CVL", "ACCUSE KEN/GOV"],
  ["…named in apposition too", "es", "El vocero de la policía boliviana, Juan Pérez, acusó a los cocaleros de bloquear la carretera.", "ACCUSE BOL/COP", "ACCUSE BOL/GOV"],
  ["…in English after 'for'", "en", "A spokesman for the Kenyan police accused criminal gangs of looting shops.", "ACCUSE KEN/COP", "ACCUSE KEN/GOV"],
  ["…but a spokesperson's own rank is no body spoken for", "en", "Saudi coalition spokesman Colonel Ahmed Asiri said they reject the proposal.", null, "REJECT SAU/MIL"],
  ["a home 'de' a person is the person's: the raid is aimed at the former minister", "es", "La policía peruana allanó la vivienda del exministro de Justicia Pedro Soto.", "COERCE PER/COP → PER/ELI", "COERCE PER/COP → PER/CVL"],
  ["'sus' before a bare role in a clause a body says is the body's: Moscow's forces", "es", "Moscú aseguró que sus fuerzas atacaron objetivos militares en Járkov.", "ASSAULT RUS/MIL", "ASSAULT UKR"],
  ["…and a state's troops", "es", "Israel afirmó que sus soldados mataron a tres milicianos en Gaza.", "ASSAULT ISR/MIL", "ASSAULT PSE"],
  ["a plural pronoun stands for the group named before it, not for a capital named as a place", "es", "Los presidentes de Chile y Perú firmaron un acuerdo. En Francia, miles de agricultores bloquearon con tractores varias autopistas de acceso a París en protesta por el pacto, y la gendarmería desalojó a algunos de ellos con gases lacrimógenos.", "ASSAULT FRA/COP → FRA/AGR", "ASSAULT FRA/COP → FRA/GOV"],
  ["a reaction to an act named by its noun is aimed at who did that act, not at the latest act of its type", "es", "Pandilleros secuestraron el martes a tres ingenieros chinos en Guerrero. Los soldados abatieron después a cuatro presuntos pandilleros. El Gobierno de China condenó el secuestro.", "ACCUSE CHN/GOV → CHN/CRM", "ACCUSE CHN/GOV → CHN/MIL"],
  ["an appeal to a collective with no country ('la comunidad internacional') is aimed at it, not at the other side of the relation", "es", "Guatemala y México firmaron un acuerdo. El presidente Bernardo Arévalo agradeció a México su solidaridad y pidió a la comunidad internacional más recursos para la reconstrucción.", "REQUEST GTM/GOV → ∅", "REQUEST GTM/GOV → MEX"],
  ["…in English too, where the trigger holds the preposition", "en", "Guatemala and Mexico signed a deal. President Arevalo thanked Mexico for its help and appealed to the international community for more resources.", "REQUEST GTM/GOV → ∅", "REQUEST GTM/GOV → MEX"],
  ["a sentence that opens on another country past a short connective ('Mientras tanto, en Venezuela,') tells of that country's people", "es", "BOGOTÁ, 9 mar (EFE). El Ejército colombiano atacó un campamento del ELN. Mientras tanto, en Venezuela, miles de manifestantes marcharon contra el Gobierno.", "PROTEST VEN/CVL → VEN/GOV", "PROTEST COL"],
  ["people arrested right after a protest is told are protesters, civilians, even in a story with a word of crime", "es", "La CGT realizó un paro general contra la reforma laboral, que el Gobierno calificó de extorsión. Miles de manifestantes marcharon hacia el Congreso. La Policía Federal detuvo a doce personas frente al Parlamento.", "COERCE null/COP → null/CVL", "COERCE null/COP → null/CRM"],
  ["…in English too", "en", "Unions staged a general strike against the reform, which the government called extortion. Thousands of protesters marched to parliament. Police arrested twelve people outside the building.", "COERCE null/COP → null/CVL", "COERCE null/COP → null/CRM"],
  ["…in English too", "en", "Gang members kidnapped two American nuns in Haiti on Thursday. Police later killed five gang members in a raid. The U.S. State Department condemned the kidnapping.", "ACCUSE USA/GOV → USA/CRM", "ACCUSE USA/GOV → USA/COP"],
];
describe("es-sides: who the sides of a Spanish event are", () => {
  for (const [why, lang, text, want, not] of ES_SIDES) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      if (want) assert.ok(got.includes(want) || got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

// fresh3-en (test/fixtures/coder-dev/fresh3-en.json): general constructions its misses showed, each also found in a
// shared real text (named in its commit). Our own sentences. [what it stands for, text, an event that must be coded
// (its start), the start of events that must not be]
const FRESH3_EN: [string, string, string | null, string | null][] = [
  ["who says what the object is, in a free relative, is no party to the act", "Israeli jets struck what the army said were Hamas positions in Rafah on Monday.", "ASSAULT ISR/MIL → PSE/REB", "ASSAULT ISR/MIL → ISR"],
  ["…nor one who labels it", "Government troops shelled what the rebels called a hospital in Tawila, Sudan.", null, "ASSAULT SDN/MIL → SDN/REB"],
  ["an army or military camp is a facility of the armed forces, as a base is (role.facility)", "Suspected rebels attacked a military camp in Chad on Tuesday.", "ASSAULT TCD/REB → TCD/MIL", null],
  ["India's Trinamool Congress is a party, not a legislature (group.ind.tmc)", "The Trinamool Congress on Monday accused a BJP lawmaker of spreading hatred in Bengal.", "ACCUSE IND/PTY", "ACCUSE IND/LEG"],
  ["…nor a speaker with an adverb before the verb", "Ugandan farmers blocked the highway to Kampala, protesting what they later said were unfair taxes imposed by Uganda's government.", "PROTEST UGA", "PROTEST UGA/AGR → UGA/AGR"],
];
describe("fresh3-en: constructions of news the coder was not tuned on", () => {
  for (const [why, text, want, not] of FRESH3_EN) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, "en");
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

// fresh3-es (test/fixtures/coder-dev/fresh3-es.json): general constructions its misses showed, each also found in a
// shared real text (named in its commit). Our own sentences. [what it stands for, text, an event that must be coded
// (its start), the start of events that must not be]
const FRESH3_ES: [string, string, string | null, string | null][] = [
  ["'efectivos de' a force are that force, as 'elementos de' are", "LA PAZ. Efectivos de la Policía boliviana detuvieron a tres dirigentes cocaleros en el Chapare.", "COERCE BOL/COP", "COERCE ∅"],
  ["…with two forces joined by 'y de'", "QUITO. Efectivos del Ejército y de la Policía desalojaron con gases lacrimógenos a los comuneros.", "ASSAULT ECU/MIL", "ASSAULT ∅"],
  ["the bare acronym CGT is a labour confederation (LAB) of the story's country", "MADRID. La CGT convocó una huelga de 24 horas en el metro contra la empresa.", "PROTEST ESP/LAB", "PROTEST ESP/UNK"],
  ["resigning from office ('presentó su renuncia al cargo') is no charge brought", "LIMA. El jefe de la Policía Nacional presentó su renuncia al cargo este miércoles.", "RETREAT PER/", "ACCUSE"],
  ["a truce in force ('vigente') is background, no truce agreed that day", "JERUSALÉN. Un dron israelí mató a dos palestinos en Rafah, pese a la tregua vigente desde enero.", "ASSAULT ISR/MIL", "CONCEDE"],
  ["…and so is one a side keeps ('mantiene una tregua')", "BOGOTÁ. El frente guerrillero, que mantiene una tregua con el Gobierno desde marzo, liberó a dos soldados.", null, "CONCEDE"],
  ["…but a truce declared is one", "BOGOTÁ. El ELN declaró una tregua unilateral de diez días por las elecciones.", "CONCEDE COL/REB", null],
  ["a demonym after 'de nacionalidad' gives people their country; it is not the state", "QUITO. La Policía Nacional detuvo en Tulcán a doce extranjeros, en su mayoría de nacionalidad venezolana.", "COERCE ECU/COP → VEN/", "COERCE ECU/COP → VEN/GOV"],
  ["an agentless arrest right after a police force's act is that force's", "QUITO. Agentes de la Policía Nacional dispersaron con gases lacrimógenos a los estudiantes frente a la Asamblea. Once personas fueron detenidas.", "COERCE ECU/COP → ECU/", "COERCE ∅"],
];
describe("fresh3-es: constructions of Spanish news the coder was not tuned on", () => {
  wantAndNot(FRESH3_ES.map(([why, text, want, not]) => [why, "es", text, want, not] as const));
});

// en-sides2 (session 14): English events whose type is found but whose source or target was wrong (Spanish kept in
// step where it has the same construction). Our own sentences.
// [what it stands for, language, text, an event that must be coded (its start), the start of events that must not be]
const EN_SIDES2: [string, "es" | "en", string, string | null, string | null][] = [
  ["a country that owns a body named like another country's gives it its country: Italy's Democratic Party is no US party", "en", "Italy's opposition Democratic Party criticised the new asylum law.", "ACCUSE ITA/OPP", "ACCUSE USA"],
  ["…nor is Pakistan's Foreign Office Britain's", "en", "Pakistan's Foreign Office condemned the attack on the consulate.", "ACCUSE PAK/GOV", "ACCUSE GBR"],
  ["a name after a preposition of place, then a comma, is a place, no person the role after the comma is apposed to", "en", "In Soweto, police arrested twenty strikers.", "COERCE ZAF/COP → ZAF/LAB", "COERCE ∅"],
  ["…with an article too", "en", "In Soweto, the police arrested twenty strikers.", "COERCE ZAF/COP → ZAF/LAB", "COERCE ∅"],
  ["…in Spanish too", "es", "En Soweto, la policía detuvo a veinte huelguistas.", "COERCE ZAF/COP → ZAF/LAB", "COERCE ∅"],
  ["…but a name with a title after the comma is still that person", "en", "Pedro Ramirez, the defence minister, condemned the attack.", "ACCUSE null/GOV", null],
  ["a lawyer 'for' a client speaks for the client, as a spokesperson for a body does: the request is the former president's", "en", "The court on Monday rejected a request by lawyers for former Peruvian President Pedro Castillo to suspend the trial.", "REJECT PER/JUD → PER/ELI", "REJECT PER/JUD → PER/JUD"],
  ["…and a lawyer for a body of a sector is of that sector", "en", "Lawyers for the opposition leader accused the police of torture.", "ACCUSE null/OPP → null/COP", "ACCUSE null/JUD"],
  ["…and a client named after 'de' keeps the sector of the office they held, not the lawyer's", "es", "La abogada del expresidente Pedro Castillo acusó al juez de parcialidad.", "ACCUSE PER/ELI", "ACCUSE PER/JUD"],
  ["a bare role named again ('The students') is the latest mention for a pronoun after it: 'they' are the students, not the police of the last act", "en", "Riot police fired tear gas at students in Dhaka. The students wore helmets; they hit back by throwing stones at police.", "ASSAULT BGD/EDU → BGD/COP", "ASSAULT BGD/COP → BGD/COP"],
  ["a form of address after the comma still joins a title to its holder's unknown name ('a judge, Mr Justice X')", "en", "A high court judge, Mr Justice Hartley, refused the request on Monday.", "REJECT null/JUD", "REJECT null/UNK"],
  ["…and 'Dr.' with its full stop", "en", "The health minister, Dr. Amina Bello, condemned the attack on the clinic.", "ACCUSE null/GOV", "ACCUSE null/MED"],
  ["people a government department brings charges against are suspects (GUIDELINES: individual suspects CRM)", "en", "The Justice Department on Monday unsealed charges against four men accused of smuggling weapons to Mexico.", "ACCUSE USA/GOV → USA/CRM", "ACCUSE USA/GOV → USA/CVL"],
  ["…but protesters charged stay civilians", "en", "The Kenyan government filed charges against forty protesters for blocking the highway.", null, "ACCUSE KEN/GOV → KEN/CRM"],
  ["an inquiry 'into' an act told before is aimed at whoever did it (CAMEO 092-094: the perpetrator is the target)", "en", "Kenyan police fired rubber bullets at strikers in Mombasa on Tuesday. The police watchdog said it had opened an investigation into the shooting.", "ACCUSE KEN/COP → KEN/COP", null],
  ["…in Spanish after 'por'", "es", "Soldados sudaneses mataron a tres campesinos en Tawila el lunes. La Fiscalía abrió una investigación por los asesinatos.", "ACCUSE SDN/JUD → SDN/MIL", null],
  ["an international rights group's national section named by the country after it is a civil society group of that country", "en", "Amnesty International Nigeria urged the government to free the detained journalists.", "REQUEST NGA/SOC → NGA/GOV", "REQUEST NGA/-"],
  ["…while the group alone stays the international body", "en", "Human Rights Watch criticised the Nigerian army.", "ACCUSE HRW/- → NGA/MIL", "ACCUSE NGA/SOC"],
  ["an adjective after 'and' opens the next member of a list: the journalists are arrested too", "en", "Police in Lagos arrested two students and foreign journalists.", "COERCE NGA/COP → NGA/EDU+NGA/JRN", null],
  ["…and the young workers of 'for Filipino students and young workers' are no object of the easing of its own", "en", "Tokyo will ease visa requirements for Filipino students and young workers from April.", null, "CONCEDE JPN/GOV → JPN/LAB"],
  ["militias are armed: fighting between the army and militias is no riot", "en", "Fighting between the Sudanese army and militias continued on Monday.", "ASSAULT SDN", "PROTEST"],
  ["a reaction to a noun of force (a raid, COERCE) with no act of its type told is aimed at whoever did the act of force told", "en", "Israeli warplanes struck Hezbollah positions in southern Lebanon on Monday. Lebanon's president condemned the raids and called on France to press Israel to stop.", "ACCUSE LBN/GOV → ISR", "ACCUSE LBN/GOV → FRA"],
];
describe("en-sides2: who the sides of an English event are", () => {
  wantAndNot(EN_SIDES2);
});

// plv-types (session 15): constructions behind PLV_train sentences with no event or the wrong type, each with its
// Spanish counterpart. Our own sentences. [what it stands for, language, text, an event that must be coded (its
// start), the start of events that must not be]
const PLV_TYPES: [string, "es" | "en", string, string | null, string | null][] = [
  ["refuting reports or claims is a rejection (CAMEO 120)", "en", "Peru's foreign ministry refuted reports that it had recalled its ambassador.", "REJECT PER/GOV", null],
  ["…'desmentir las informaciones' in Spanish", "es", "La cancillería de Perú desmintió las informaciones sobre la retirada de su embajador.", "REJECT PER/GOV", null],
  ["an offensive 'on' a town is an attack (CAMEO 190)", "en", "A Syrian army offensive on Idlib has displaced thousands of civilians.", "ASSAULT SYR/MIL", null],
  ["forcing someone into exile is expelling him (CAMEO 174)", "en", "The Nicaraguan government forced the opposition leader into exile.", "COERCE NIC/GOV → NIC/OPP", null],
  ["…'lo obligó al exilio' in Spanish", "es", "El gobierno de Nicaragua forzó al obispo al exilio.", "COERCE NIC/GOV → NIC/REL", null],
  ["…and 'lo obligó a abandonar el país'", "es", "El gobierno de Nicaragua obligó al líder opositor a abandonar el país.", "COERCE NIC/GOV → NIC/OPP", null],
  ["reparations paid are aid to whom they are paid (PLOVER AID, CAMEO 071), in Spanish as in English", "es", "Alemania pagó reparaciones a Polonia por la guerra.", "AID DEU/GOV → POL/GOV", null],
  ["'may have' with a perfect tells a past act as alleged, no threat", "en", "Russian hackers might have attacked Ukraine's power grid last week.", "ASSAULT RUS", "THREATEN"],
  ["…'podría haber' in Spanish", "es", "Rusia podría haber atacado a Ucrania la semana pasada, según Kiev.", "ASSAULT RUS", "THREATEN"],
  ["…while 'may have to' and a bare 'may' stay a threat", "en", "Russia may have to attack Ukraine again.", "THREATEN RUS", "ASSAULT"],
  ["'would have' with a perfect tells what did not happen: no attack, no threat", "en", "Russian troops would have attacked Kyiv if NATO had not warned them.", null, "THREATEN"],
  ["…nor does 'should have arrested' tell an arrest or a threat of one", "en", "The Kenyan police should have arrested the suspects.", null, "THREATEN"],
  ["an invitation received 'from' someone is the inviter's offer to meet (CAMEO 036), no visit received", "en", "Kenya's president received an invitation from Chinese President Xi Jinping to attend the forum.", "AGREE CHN/GOV → KEN/GOV", "CONSULT"],
  ["…'recibió una invitación de' in Spanish", "es", "El presidente de Bolivia recibió una invitación del presidente chino Xi Jinping para asistir al foro.", "AGREE CHN/GOV → BOL/GOV", "CONSULT"],
  ["'free movement of people' is no release of people", "en", "Kenya and Uganda guaranteed free movement of people across their border.", null, "RETREAT"],
  ["…while freeing people is", "en", "Kenyan police freed the journalists on Monday.", "RETREAT KEN/COP → KEN/JRN", null],
  ["a concession told as the subject of 'is out of the question' is refused (REJECT), not made", "en", "Venezuelan President Nicolas Maduro said that lifting the ban on foreign aid is out of the question.", "REJECT VEN/GOV", "CONCEDE"],
  ["…and so is one 'not on the table'", "en", "Venezuelan President Nicolas Maduro said the lifting of sanctions on Colombia is not on the table.", "REJECT VEN/GOV", "RETREAT"],
  ["…'está descartado' in Spanish", "es", "El presidente venezolano Nicolás Maduro dijo que levantar la prohibición a la ayuda extranjera está descartado.", "REJECT VEN/GOV", "CONCEDE"],
  ["…while the concession made stays one", "en", "Venezuelan President Nicolas Maduro lifted the ban on foreign aid on Monday.", "CONCEDE VEN/GOV", "REJECT"],
  ["an act in an open question ('did not say whether…') is no refusal by the one asked about", "en", "Pompeo did not say whether Washington would lift sanctions on Iran.", null, "REJECT"],
  ["…nor a promise", "en", "Pompeo declined to comment on whether the administration would continue sanctions waivers for Iraq.", null, "CONCEDE"],
  ["…nor a threat", "en", "It is unclear whether Russian troops shelled the convoy in Kharkiv.", null, "THREATEN"],
  ["…in Spanish ('no dijo si…') as well", "es", "Pompeo no dijo si Washington levantará las sanciones contra Irán.", null, "REJECT"],
  ["leaving a meeting abruptly is a walk-out (SANCTION, CAMEO 164), not the meeting", "en", "Democratic lawmakers abruptly left a White House meeting with President Trump on Wednesday.", "SANCTION USA/LEG", "CONSULT"],
  ["…and so is storming out of talks", "en", "The Venezuelan opposition stormed out of the negotiations with the government in Mexico City.", "SANCTION VEN/OPP", null],
  ["…'abandonaron la reunión' in Spanish", "es", "Los diputados de la oposición colombiana abandonaron la reunión con el presidente Petro.", "SANCTION COL/LEG", "CONSULT"],
  ["'dijo que X eran responsables del ataque' is an accusation of X by the speaker (CAMEO 112), as English 'said X were responsible for the attack'", "es", "El gobierno afgano dijo que los talibanes eran responsables del ataque en Kabul.", "ACCUSE AFG/GOV", null],
  ["…and 'estaba detrás del ataque'", "es", "La policía mexicana dijo que el cártel estaba detrás del ataque contra la comisaría.", "ACCUSE MEX/COP → MEX/CRM", null],
  ["bodies returned are a return of persons (RETREAT 0841), in Spanish as in English", "es", "Rusia devolvió a Ucrania los cuerpos de 500 soldados.", "RETREAT RUS/GOV → UKR/GOV", null],
  ["…but 'el resto del dinero' is no remains", "es", "El gobierno devolvió el resto del dinero a los bancos.", null, "RETREAT"],
  ["a photo caption's 'X, left, and Y' is a place in the picture, no one leaving office", "en", "Russian President Vladimir Putin, second left, and Prime Minister Dmitry Medvedev, left, attended a cabinet meeting in Moscow.", null, "RETREAT"],
];
describe("plv-types: events PLV's real sentences have and the coder missed", () => {
  wantAndNot(PLV_TYPES);
});

// targets (session 15): the right target, in English and Spanish. Our own sentences.
// [what it stands for, language, text, an event that must be coded (its start), the start of events that must not be]
const TARGETS: [string, "es" | "en", string, string | null, string | null][] = [
  ["a curfew imposed on a town with no party named weighs on its people (CAMEO 1723)", "en", "The army imposed a curfew on Basra.", "COERCE IRQ/MIL → IRQ/CVL", "COERCE IRQ/MIL → ∅"],
  ["…so does one imposed 'in' a town", "en", "Kenyan police imposed a night curfew in Mombasa after the riots.", "COERCE KEN/COP → KEN/CVL", null],
  ["…and in Spanish", "es", "El ejército impuso un toque de queda en Basora.", "COERCE IRQ/MIL → IRQ/CVL", null],
  ["a state of emergency declared in a region weighs on its people (CAMEO 1724)", "es", "El gobierno declaró el estado de emergencia en Pando.", "COERCE BOL/GOV → BOL/CVL", null],
  ["an attack told as a noun falls on the place joined to it by 'of'", "en", "Government troops intensified their bombardment of Aleppo.", "ASSAULT SYR/GOV → SYR/CVL", "ASSAULT SYR/GOV → ∅"],
  ["…'de' in Spanish", "es", "Las tropas intensificaron el bombardeo de Alepo.", "ASSAULT SYR/MIL → SYR/CVL", null],
  ["a blockade imposed on a place weighs on its people (CAMEO 191)", "en", "The navy imposed a blockade on Gaza.", "COERCE PSE/MIL → PSE/CVL", null],
  ["territory seized is taken from its state (CAMEO 192), not from suspects", "en", "Rebels seized the town of Bunia on Monday.", "COERCE COD/REB → COD/GOV", "COERCE COD/REB → COD/CRM"],
  ["…in Spanish too", "es", "Los rebeldes tomaron el control de la ciudad de Goma.", "COERCE COD/REB → COD/GOV", "COERCE COD/REB → COD/CRM"],
  ["peacekeepers refused are no target: the country they would go to is", "en", "Germany refused to send peacekeepers to Angola.", "REJECT DEU/GOV → AGO/GOV", "REJECT DEU/GOV → DEU/MIL"],
  ["…and in Spanish", "es", "Alemania se negó a enviar tropas a Angola.", "REJECT DEU/GOV → AGO/GOV", null],
  ["peacekeepers withdrawn are no target: the country they leave is", "en", "The UN withdrew peacekeepers from Rwanda.", "SANCTION UN/- → RWA/GOV", "SANCTION UN/- → RWA/MIL"],
  ["…'de' a country in Spanish", "es", "La ONU retiró a sus cascos azules de Liberia.", "SANCTION UN/- → LBR/GOV", "SANCTION UN/- → LBR/MIL"],
  ["…but people arrested stay the target of an arrest, wherever it is", "en", "Police arrested forty protesters in Nairobi.", "COERCE KEN/COP → KEN/CVL", null],
  ["whom an inquiry looks 'into' is its target (CAMEO 090)", "en", "Kenyan police launched an investigation into the governor of Nairobi.", "ACCUSE KEN/COP → KEN/GOV", "ACCUSE KEN/COP → ∅"],
  ["…'sobre' in Spanish", "es", "La Fiscalía de Perú abrió una investigación sobre el gobernador de Cusco.", "ACCUSE PER/JUD → PER/GOV", "ACCUSE PER/JUD → ∅"],
  ["a body a complaint is filed 'with' is its forum, not its target: whom it is 'against' is", "en", "Chile filed a complaint with the International Court of Justice against Bolivia.", "ACCUSE CHL/GOV → BOL/GOV", "ACCUSE CHL/GOV → ICJ"],
  ["…as 'ante' in Spanish", "es", "Chile presentó una denuncia ante la Corte Internacional de Justicia contra Bolivia.", "ACCUSE CHL/GOV → BOL/GOV", "ACCUSE CHL/GOV → ICJ"],
  ["whom a demand asks to act, the subject of the clause it opens, is its target", "en", "Kenyan lawmakers demanded that the police chief apologize.", "REQUEST KEN/LEG → KEN/COP", "REQUEST KEN/LEG → KEN/GOV"],
  ["…'que' in Spanish", "es", "Los diputados de Kenia exigieron que el jefe de la policía se disculpe.", "REQUEST KEN/LEG → KEN/COP", "REQUEST KEN/LEG → KEN/GOV"],
  ["whom a demand's object is asked 'from' is its target", "en", "Kenyan lawmakers demanded an explanation from the police chief.", "REQUEST KEN/LEG → KEN/COP", "REQUEST KEN/LEG → KEN/GOV"],
  ["the owner of the support a trigger names is who backs, not whom: the party after 'for' is the target", "en", "The Kenyan foreign minister reiterated Kenya's support for the government of Somalia.", "SUPPORT KEN/GOV → SOM/GOV", "SUPPORT KEN/GOV → KEN/GOV"],
  ["…and a capital standing for its state too", "en", "The US ambassador promised Washington's support for the Afghan government.", "SUPPORT USA/GOV → AFG/GOV", "SUPPORT USA/GOV → USA/GOV"],
  ["…while whose decision is welcomed stays the target", "en", "Kenya's president welcomed Somalia's decision.", "SUPPORT KEN/GOV → SOM/GOV", null],
  ["…and officials told to leave a mission stay the target (no conveyed people)", "en", "The State Department ordered a diplomat at Cuba's mission to the United Nations to leave the country.", null, "REQUEST USA/GOV → UN"],
];
describe("targets: places, recipients and counterparts as targets", () => {
  wantAndNot(TARGETS);
});

// fresh4-es (test/fixtures/coder-dev/fresh4-es.json): general constructions its misses showed, each also found in a
// shared real text (named in its commit). Our own sentences. [what it stands for, text, an event that must be coded
// (its start), the start of events that must not be]
const FRESH4_ES: [string, string, string | null, string | null][] = [
  ["an answer 'con gases lacrimógenos' (plural head noun) is crowd control by whoever answers", "ORURO. Los maestros marcharon hacia la Gobernación. Los policías respondieron con gases lacrimógenos.", "ASSAULT BOL/COP", null],
  ["…and 'granadas lacrimógenas' too", "CARACAS. Los policías replicaron con granadas lacrimógenas.", "ASSAULT VEN/COP", null],
  ["an act answered with after a riot 'contra' the police ('…, que respondieron con gases') is theirs, not what the riot opposes", "CARACAS. Los estudiantes lanzaron piedras contra los policías, que respondieron con gases lacrimógenos.", "ASSAULT VEN/COP", null],
  ["crowd control with no object named, in a story about a named group's protest, is aimed at the protesters", "ORURO. Los transportistas bloquearon la carretera hacia La Paz. Los policías respondieron con gases lacrimógenos.", "ASSAULT BOL/COP → BOL/", "ASSAULT BOL/COP → ∅"],
  ["the noun a verb of labelling puts on its object ('calificó la medida de “paro político”') is a name, no act", "MONTEVIDEO. El ministro de Trabajo calificó la medida de \"paro político\" y pidió a los gremios volver a la mesa.", "REQUEST URY/GOV", "PROTEST"],
  ["'cegetista(s)' (of the CGT) is labour of the story's country: 'los dirigentes cegetistas' are no government", "BUENOS AIRES.- El ministro de Economía acusó a los dirigentes cegetistas de frenar las inversiones.", "ACCUSE ARG/GOV → ARG/LAB", "ACCUSE ARG/GOV → ∅"],
  ["people held ('permanecían retenidos por…') by a side that is no state are abducted, not arrested", "BOGOTÁ. Doce policías permanecían retenidos por campesinos en una vereda del Caquetá.", "ASSAULT COL/", "COERCE"],
  ["…while the police holding people is an arrest", "BOGOTÁ. La Policía retuvo a doce campesinos en una vereda del Caquetá.", "COERCE COL/COP", "ASSAULT"],
  ["a release with no doer named ('Su liberación…'), after an abduction told, is the captors'", "BOGOTÁ. Doce policías permanecían retenidos por campesinos en una vereda del Caquetá. Su liberación se produjo el domingo tras una mediación de la Iglesia.", "RETREAT COL/", "RETREAT ∅"],
  ["'un grupo de' / 'un centenar de' people before a singular verb: those people did it ('de' after a group noun is no preposition)", "TEMUCO. Un grupo de encapuchados incendió doce camiones de una empresa forestal.", "COERCE CHL/UAF", null],
  ["…and 'un centenar de campesinos'", "LIMA. Un centenar de campesinos bloqueó la carretera Panamericana.", "PROTEST PER/AGR", null],
  ["…nor 'tildó de … invasión' an assault", "LA PAZ. El canciller tildó de \"invasión\" la llegada de los observadores.", null, "ASSAULT"],
];
describe("fresh4-es: constructions of Spanish wire and regional news the coder was not tuned on", () => {
  wantAndNot(FRESH4_ES.map(([why, text, want, not]) => [why, "es", text, want, not] as const));
});

// fresh5-en (test/fixtures/coder-dev/fresh5-en.json): general constructions its misses showed, each also found in a
// shared real text (named in its commit). Our own sentences. [what it stands for, text, an event that must be coded
// (its start), the start of events that must not be]
const FRESH5_EN: [string, string, string | null, string | null][] = [
  ["'Sheikh' is a form of address, no office: a known ruler keeps his country after it", "Kenya's president met Sheikh Abdullah bin Zayed in Nairobi on Monday.", "CONSULT KEN/GOV → ARE/GOV", "CONSULT KEN/GOV → KEN/GOV"],
  ["…whatever his office ('Sheikh' before a prime minister)", "Sheikh Mohammed bin Rashid held talks with the Kenyan president in Nairobi.", "CONSULT ARE/GOV → KEN/GOV", "CONSULT KEN/GOV → KEN/GOV"],
  ["a body's possessive, field words and an officer title with no name after it are the body's officer", "NAIROBI, Kenya (AP) — The EU's trade chief on Monday rejected the Kenyan proposal.", "REJECT EU/", "REJECT KEN/"],
  ["…with an unknown name set off after it too", "BELGRADE, Serbia (AP) — The European Union's foreign policy chief, Ilse Marwitz, urged Belgrade to free the students.", "REQUEST EU/", "REQUEST SRB/"],
  ["'former' before the nationality that opens a title makes the unknown holder a former official (ELI)", "The UN envoy met former Somali president Abdi Warsame in Nairobi.", "CONSULT UN/GOV → SOM/ELI", "CONSULT UN/GOV → SOM/GOV"],
  ["the ANC is South Africa's party", "The ANC accused the mayor of Johannesburg of corruption.", "ACCUSE ZAF/PTY", null],
  ["worshippers attacked are civilians, the attack's target", "Gunmen abducted 30 worshippers from a mosque in Zamfara.", "ASSAULT NGA/UAF → NGA/CVL", "ASSAULT NGA/UAF → ∅"],
  ["a bare capitalised title before a known official in the lead says the outlet's country: the opposition after it is that country's", "Defence Minister Richard Marles accused the Chinese military of an unsafe intercept over the Yellow Sea near China. Beijing said the Chinese navy had acted lawfully and China's embassy protested. Opposition Leader Jane Harlow called on the government to cancel a trade mission to China.", "REQUEST AUS/OPP → AUS/GOV", "REQUEST CHN/"],
  ["a crowd throwing stones at the forces of order riots (GUIDELINES: protesters clashing with police)", "NAIROBI, Kenya (AP) — Students threw stones at riot police outside the university on Monday.", "PROTEST KEN/EDU → KEN/COP", "ASSAULT"],
  ["…and so does one setting fire with nobody named as its target", "LAHORE: Youths set fire to a bus during the demonstration on Monday.", "PROTEST PAK/", "ASSAULT"],
  ["…while one man's stabbing of an officer stays an assault", "NAIROBI, Kenya (AP) — A man stabbed a police officer outside the university on Monday.", "ASSAULT KEN/", "PROTEST"],
];
describe("fresh5-en: constructions of English wire and regional news the coder was not tuned on", () => {
  wantAndNot(FRESH5_EN.map(([why, text, want, not]) => [why, "en", text, want, not] as const));
});

// fresh5-es (test/fixtures/coder-dev/fresh5-es.json): general constructions its misses showed, each also found in a
// shared real text (named in its commit). Our own sentences. [what it stands for, text, an event that must be coded
// (its start), the start of events that must not be]
const FRESH5_ES: [string, string, string | null, string | null][] = [
  ["a European commissioner named by a portfolio title ('la comisaria de Gestión de Crisis, <name>') is the EU's, no police", "MADRID. La comisaria de Gestión de Crisis, Hadja Lahbib, criticó a Rusia por el ataque.", "ACCUSE EU/", "ACCUSE ESP/COP"],
  ["…and a commissioner after her name too", "MADRID. Maroš Šefčovič, comisario de Comercio, criticó a China por sus aranceles.", "ACCUSE EU/", "ACCUSE ESP/COP"],
  ["a reaction to an international body's act ('rechazó el pedido del organismo') targets the body", "MANAGUA. La OEA pidió al Gobierno liberar a los presos políticos. El canciller rechazó el pedido del organismo.", "REJECT NIC/GOV → OAS/", null],
  ["'el Estado <demonym>' (capitalised) is that country's government", "GINEBRA. La ONU pidió al Estado guatemalteco proteger a los periodistas.", "REQUEST UN/- → GTM/GOV", null],
  ["…while 'el estado mexicano de Sinaloa' is a province, no actor", "CULIACÁN. Hombres armados atacaron a dos policías en el estado mexicano de Sinaloa.", "ASSAULT MEX/UAF → MEX/COP", "ASSAULT MEX/UAF → MEX/GOV"],
  ["who reports an act before the comma ('Según la Policía, los manifestantes…') is no member of its subject", "QUITO. Según la Policía, los estudiantes lanzaron piedras contra los agentes.", "PROTEST ECU/EDU", "PROTEST ECU/COP"],
  ["…nor a reporting body with its verb ('Según informó Bruselas, Italia y Grecia…')", "ROMA. Según informó Bruselas, Italia y Grecia enviaron bomberos a Turquía.", "AID ITA/GOV", "AID EU/"],
  ["…while a list with no attribution stays one subject", "LIMA. La Policía, el Ejército y la Fiscalía detuvieron a diez personas en Tumbes.", "COERCE PER/COP", null],
  ["…but a body reacting to its own act is no target of itself", "GINEBRA. La ONU pidió una tregua en Sudán. El organismo reiteró su pedido el lunes y lo respaldó.", null, "SUPPORT UN/- → UN/"],
];
describe("fresh5-es: constructions of long Spanish news articles the coder was not tuned on", () => {
  wantAndNot(FRESH5_ES.map(([why, text, want, not]) => [why, "es", text, want, not] as const));
});

// hubs: a story filed from the seat of an international body it names is often about other countries (the dateline
// is where the body sits), and the body's officers are named by a title with the body. Our own sentences.
// [what it stands for, language, text, an event that must be coded (its start), the start of events that must not be]
const HUBS: [string, "es" | "en", string, string | null, string | null][] = [
  ["a story filed from Geneva about the UN and another country: unqualified actors are that country's, not Switzerland's", "en",
    "GENEVA, May 4 (Reuters) - The UN refugee agency urged Burundi's government to stop the expulsions. A spokesman for the government rejected the request on Tuesday.", "REJECT BDI/", "REJECT CHE/"],
  ["…while a Geneva story about Swiss politics keeps Switzerland", "en",
    "GENEVA, May 4 (Reuters) - Swiss police arrested twelve climate protesters outside the UN offices. A spokesman for the government defended the arrests.", null, "COERCE BDI/"],
  ["…and so does a Geneva story that names the UN and no other country (the seat's own news)", "en",
    "GENEVA (Reuters) - Hundreds of climate activists marched to the United Nations offices on Saturday. Police fired tear gas at protesters who blocked the tram line.", "ASSAULT CHE/COP", null],
  ["…and the Swiss state named keeps the unqualified government Swiss", "en",
    "GENEVA, May 4 (Reuters) - Switzerland's parliament urged the UN to cut its budget. The government rejected the proposal on Tuesday.", "REJECT CHE/GOV", null],
  ["…and one filed from Vienna about the IAEA and Iran: the unqualified ministry is Iran's, not Austria's", "en",
    "VIENNA (AP) — The IAEA urged Iran to allow its inspectors back. A spokesman for the foreign ministry rejected the request on Wednesday.", "REJECT IRN/GOV", "REJECT AUT/"],
  ["…and in Spanish, from Ginebra", "es",
    "GINEBRA.— La ONU exhortó este viernes a Nicaragua a liberar a los presos políticos. El gobierno rechazó el llamado.", "REJECT NIC/GOV", "REJECT CHE/"],
  ["an international body's name, field words and an officer title with no name after it: the body's officer", "en",
    "The United Nations human rights chief on Tuesday called on Burundi's government to free the journalists.", "REQUEST UN/", "REQUEST ∅"],
  ["…'the UN humanitarian chief urged…' too, with no country", "en",
    "The UN humanitarian chief urged Ethiopia's government to open the roads to Tigray.", "REQUEST UN/", "REQUEST ETH/"],
  ["'la comisaria europea de…' is the EU's, not a police rank", "es",
    "La comisaria europea de Ampliación exhortó a Serbia a sumarse a las sanciones.", "REQUEST EU/", "REQUEST SRB/COP"],
  ["an adjective of the title before 'de' and the body ('el secretario general de la ONU') still makes the officer the body's", "es",
    "El secretario general de la ONU pidió a Israel permitir la entrada de la ayuda humanitaria.", "REQUEST UN/", "REQUEST ISR/"],
  ["revoking one person's visa bars their entry: a refusal (GUIDELINES), not a sanction", "en",
    "The State Department revoked President Gustavo Petro's visa on Friday.", "REJECT USA/GOV → COL/GOV", "SANCTION USA/GOV → COL/GOV"],
  ["…in Spanish too", "es",
    "Estados Unidos le retiró la visa al presidente colombiano Gustavo Petro.", "REJECT USA/GOV → COL/GOV", "SANCTION USA/GOV → COL/GOV"],
  ["…while visas of a class of officials revoked in a sanctions package stay a sanction", "en",
    "The United States revoked the visas of 12 Brazilian officials as part of new sanctions.", "SANCTION USA/GOV → BRA/GOV", "REJECT USA/GOV → BRA/GOV"],
  ["an abbreviated title before a name ('Gov. Katie Hobbs', AP style) gives the office's sector and the story's country", "en",
    "PHOENIX (AP) — Gov. Katie Hobbs of Arizona on Friday sued the Trump administration over its decision to federalize the state's National Guard.", "ACCUSE USA/GOV → USA/GOV", "ACCUSE -/UNK"],
  ["…'Sen.' a lawmaker's", "en",
    "WASHINGTON (AP) — Sen. Ruben Gallego criticized the Pentagon on Tuesday over the deployment.", "ACCUSE USA/LEG → USA/MIL", null],
  ["boats the text ties to drug trafficking are no civilians': no target when no country is said", "es",
    "La Marina de Estados Unidos bombardeó tres lanchas sospechosas de narcotráfico en el Pacífico.", "ASSAULT USA/MIL → ∅", "ASSAULT USA/MIL → USA/CVL"],
  ["…and the criminals' of the country named with them", "es",
    "La Armada de Colombia bombardeó dos lanchas venezolanas cargadas de cocaína.", "ASSAULT COL/MIL → VEN/CRM", "ASSAULT COL/MIL → VEN/CVL"],
  ["…while a bus attacked is civilians'", "es",
    "Los paramilitares atacaron un autobús en Darfur.", "ASSAULT SDN/UAF → SDN/CVL", null],
  ["a participle after 'y' shares the perfect auxiliary before it ('había desbloqueado la vía y arrestado a…')", "es",
    "La Policía Nacional de Bolivia había desbloqueado la carretera y arrestado a doce manifestantes.", "COERCE BOL/COP → BOL/CVL", null],
  ["an aspect verb in the future carries its infinitive's act ahead: a protest to come is a threat", "es",
    "Los transportistas de Bolivia volverán a bloquear las rutas si el Gobierno incumple el acuerdo.", "THREATEN BOL/BUS → BOL/GOV", "PROTEST BOL/BUS"],
  ["…while the same verb in the past tells a protest done", "es",
    "Los transportistas de Bolivia volvieron a bloquear las rutas este lunes.", "PROTEST BOL/BUS", "THREATEN BOL/BUS"],
  ["an unknown person whom police investigate is a suspect of their state", "en",
    "German police have launched an investigation into Lenz Varga over the allegations.", "ACCUSE DEU/COP → DEU/CRM", "ACCUSE DEU/COP → ∅"],
  ["…and one whom a court sentences", "en",
    "A Turkish court sentenced Ozan Birtek to two years in prison on Tuesday.", "SANCTION TUR/JUD → TUR/CRM", null],
  ["…and in Spanish, one the prosecutors investigate", "es",
    "La Fiscalía de Perú abrió una investigación contra Ozan Birtek por presunta corrupción.", "ACCUSE PER/JUD → PER/CRM", null],
  ["…but not one a politician accuses", "en",
    "Turkish President Recep Tayyip Erdogan accused Ozan Birtek of plotting against the state.", null, "ACCUSE TUR/GOV → TUR/CRM"],
  ["a bridge an agreement is about is no party to it (civilian property is a target only of harm)", "en",
    "Colombia and Venezuela agreed on Thursday to reopen the Zorbat bridge to cargo traffic.", "AGREE COL/GOV → VEN/GOV", "AGREE COL/GOV → COL/CVL"],
  ["…in Spanish, 'el puente de X' too", "es",
    "Los gobiernos de Colombia y Venezuela acordaron ampliar el horario del puente de Zorbatia.", "AGREE COL/GOV → VEN/GOV", "AGREE COL/GOV → COL/CVL"],
  ["…while an attack on a bridge harms civilians", "es",
    "Disidentes de las FARC atacaron un puente en el Cauca.", "ASSAULT COL/REB → COL/CVL", null],
  ["…and so does an adjective of a head before a named group ('el líder regional del Cártel'): the group's man, no official", "es",
    "Militares arrestaron en Zapopan al presunto líder regional del Cártel de Sinaloa.", "COERCE MEX/MIL → MEX/CRM", "COERCE MEX/MIL → MEX/GOV"],
  ["'el jefe de la diplomacia europea' is the EU's, not a foreign minister of the country named", "es",
    "El jefe de la diplomacia europea criticó a Hungría por su veto.", "ACCUSE EU/", "ACCUSE HUN/"],
  ["'la alta representante de la UE' is a title, the EU's officer", "es",
    "La alta representante de la UE exhortó a Serbia a dialogar con Kosovo.", "REQUEST EU/", null],
  ["'el relator especial de la ONU' is the UN's", "es",
    "El relator especial de la ONU sobre la libertad de expresión criticó a Nicaragua.", "ACCUSE UN/", null],
  ["'the U.N. nuclear watchdog' is the IAEA, and its chief the IAEA's", "en",
    "The U.N. nuclear watchdog's chief urged Iran to let the inspectors return.", "REQUEST IAEA/", "REQUEST IRN/"],
  ["…while 'el comisario' alone stays the police", "es",
    "El comisario de la Policía Nacional detuvo a dos hombres en Medellín.", "COERCE COL/COP", null],
];
describe("hubs: datelines from the seat of an international body, and the body's officers named by title", () => {
  wantAndNot(HUBS);
});

// precision: classes of acts the text does not assert (background, totals, acts still due), found among the false
// events of the shared real texts and the fresh development sets (each class in at least two unrelated texts, named in
// its commit). Our own sentences. [what it stands for, language, text, an event that must be coded (its start), the
// start of events that must not be]
const PRECISION: [string, "es" | "en", string, string | null, string | null][] = [
  ["an act told as a noun after 'since' is the point a span is counted from, background", "en", "Israel has kept its troops in Lebanon since the truce between Israel and Hezbollah.", null, "CONCEDE"],
  ["…and so with a reduced relative naming its broker", "en", "It was the deadliest flare-up between the neighbors since a truce brokered by Qatar.", null, "CONCEDE"],
  ["…but not the subject of a since-clause of its own, dated ('ever since coups occurred…')", "en", "Ever since coups occurred in Niger last July, relations with ECOWAS have been strained.", "COERCE NER/MIL", null],
  ["people counted, a perfect passive and a span ('since…') tell a total, no act of the day", "en", "The Sri Lankan governor said 248 fishermen had been arrested since the start of last year.", null, "COERCE"],
  ["…and so with 'so far'", "en", "Kenyan police said 60 protesters have been killed so far.", null, "ASSAULT"],
  ["…while people counted in an act of the day are an event", "en", "Kenyan police arrested 60 protesters on Monday.", "COERCE KEN/COP → KEN/CVL", null],
  ["…and in Spanish, 'han sido detenidos en lo que va del año'", "es", "Unos 300 pescadores han sido detenidos en lo que va del año, dijo el gobernador.", null, "COERCE"],
  ["…and 'han sido asesinados desde abril'", "es", "Según la ONG, 45 manifestantes han sido asesinados desde abril.", null, "ASSAULT"],
  ["…while an arrest of the day stays", "es", "La policía detuvo a 45 manifestantes el lunes.", "COERCE null/COP", null],
  ["a truce that a body monitors is one that holds, background (drop.truce-in-force)", "en", "The United States and France sit on the committee monitoring the ceasefire.", null, "CONCEDE"],
  ["…and one to be shored up, past the verb's particle", "en", "The king and the Israeli envoy discussed ways to shore up the ceasefire in Gaza.", "CONSULT", "CONCEDE"],
  ["…while a truce agreed is one", "en", "Israel and Hamas agreed to a ceasefire on Monday.", "CONCEDE ISR/GOV", null],
  ["…and a team sent to monitor a truce (indefinite) may be telling a new one", "en", "The Security Council approved the deployment of a U.N. team to monitor a ceasefire in Yemen's Hodeidah region.", "CONCEDE", null],
  ["a cooperative act that is only possible ('could travel') is neither done nor promised", "en", "A Pakistani official said a delegation could travel to Doha next week.", null, "AGREE"],
  ["…nor one others forecast ('is expected to travel')", "en", "Takaichi is expected to travel on to Jakarta on Saturday.", null, "AGREE"],
  ["…while one told in the future by its doer is a promise", "en", "Mexico will send aid to Cuba.", "AGREE MEX/GOV → CUB/GOV", null],
  ["…and force that could come is still a threat", "en", "The Iranian defence minister said Iran could strike Israel.", "THREATEN IRN/", null],
  ["an act a right is to is a kind of act, none done", "en", "The UNHCR criticised the plan, saying that international law guarantees the right to seek asylum.", "ACCUSE", "REQUEST"],
  ["…and one a standing permission is to", "en", "The court struck down a section of the law that allows police to search homes without a warrant.", null, "COERCE"],
  ["…while the act done is one", "en", "Police searched six homes in Berlin on Monday.", "COERCE DEU/COP", null],
  ["…and a permission given that day stays", "en", "Israel allowed aid trucks to enter Gaza on Monday.", "RETREAT ISR/GOV", null],
  ["an act counted by an ordinal in a copula's predicate is the one told before", "en", "Britain expelled a Russian diplomat on Tuesday. It is the second time this year that the government has expelled a member of Russia's diplomatic staff.", "SANCTION GBR/GOV → RUS/GOV", null],
  ["…and in Spanish, 'se trata de la segunda expulsión'", "es", "España expulsó el lunes a dos diplomáticos rusos. Se trata de la segunda expulsión de diplomáticos rusos ordenada por España desde el inicio de la invasión de Ucrania.", "SANCTION ESP/GOV → RUS/GOV", "SANCTION ESP/GOV → UKR"],
  ["…while the only telling of an act stays, counted or not", "es", "La de hoy es la cuarta movilización de los jubilados contra el gobierno de Menem.", "PROTEST", null],
];
describe("precision: background, totals and acts not asserted", () => {
  wantAndNot(PRECISION);
});

// precision: one act told twice. An attack and its toll in one sentence are one event (merge.casualties).
const ONE_ACT: [string, "es" | "en", string, number][] = [
  ["an attack's toll told by a gerund is the attack", "en", "Cambodian troops fired rockets at a Thai outpost on Tuesday, wounding three soldiers.", 1],
  ["…and one told first, in the passive, with 'when'", "en", "Four Kenyan soldiers were killed when al-Shabaab militants attacked a military camp in Lamu on Tuesday.", 1],
  ["…and one whose subject is the attack told as a noun", "es", "Un ataque aéreo israelí mató este lunes a un comandante de Hamás en Jan Yunis.", 1],
  ["…and an attack and a killing coordinated", "es", "Guerrilleros del ELN atacaron este martes un puesto del Ejército en Arauca y mataron a cuatro soldados.", 1],
  ["two tolls of one doer stay two acts", "es", "Paramilitares asesinaron a un campesino e hirieron a otro en Cartagena.", 2],
  ["a disappearance is no attack a toll belongs to", "es", "Paramilitares asesinaron a cuatro campesinos y desaparecieron a otro en el Cesar.", 2],
];
describe("precision: an attack and its toll are one act", () => {
  for (const [why, lang, text, n] of ONE_ACT) {
    test(`${why}: ${text}`, async () => {
      const got = (await coded(text, lang)).filter((e) => e.startsWith("ASSAULT"));
      assert.equal(got.length, n, JSON.stringify(got));
    });
  }
});

// precision: one act told twice, once with whom it addresses or strikes and once without (merge.mention).
const ONE_STATEMENT: [string, "es" | "en", string, string, number][] = [
  ["a protest conveyed to a summoned ambassador is the summons' one act", "es", "El ministro de Exteriores convocó al embajador de Rusia para trasladarle la \"más enérgica protesta\" del Gobierno.", "ACCUSE", 1],
  ["…and a concern voiced beside a condemnation of one doer", "en", "Egypt condemned Israel's raid on Rafah and voiced deep concern.", "ACCUSE", 1],
  ["…while two doers' criticisms stay two", "en", "Egypt condemned Israel's raid on Rafah. Jordan voiced deep concern.", "ACCUSE", 2],
  ["a material act told again in a later sentence without whom it struck is the act told", "en", "Israeli jets struck Hamas leaders in Doha on Tuesday. The Qatari emir voiced his dismay at the Israeli attacks.", "ASSAULT", 1],
  ["…and an arrest recalled by its operation", "es", "La Marina capturó el martes en Culiacán a alias El Chapo, jefe de una facción del Cártel de Sinaloa. El operativo en el que fue capturado estuvo a cargo de agentes de la Marina.", "COERCE", 1],
  ["…while an act of another kind stays its own", "es", "El gobierno de Nicaragua desterró el jueves a quince sacerdotes. En paralelo, el Ministerio del Interior canceló la personería jurídica de otras 40 organizaciones.", "COERCE", 2],
];
describe("precision: one act told twice is one act", () => {
  for (const [why, lang, text, type, n] of ONE_STATEMENT) {
    test(`${why}: ${text}`, async () => {
      const got = (await coded(text, lang)).filter((e) => e.startsWith(type));
      assert.equal(got.length, n, JSON.stringify(got));
    });
  }
});

// precision-es: words in another sense, read as acts (our own sentences; grammar es fixed_expressions).
describe("precision-es: a fixed expression's words are no act", () => {
  wantAndNot([
    ["'sin embargo' (however) between commas holds no embargo", "es", "La ley panameña, sin embargo, prohíbe la presencia de tropas extranjeras en su territorio.", null, "SANCTION"],
    ["…nor is it the sanction a 'no descartó' threatens", "es", "El canciller chileno no descartó, sin embargo, que su país reciba a algunos migrantes.", null, "THREATEN"],
    ["…at the head of a sentence either", "es", "Sin embargo, el Gobierno de Bolivia mantuvo el diálogo con los sindicatos.", null, "SANCTION"],
    ["an embargo imposed stays a sanction", "es", "Estados Unidos endureció el embargo contra Cuba.", "SANCTION", null],
    ["…and new sanctions not ruled out stay a threat", "es", "El gobierno no descartó nuevas sanciones contra Caracas.", "THREATEN", null],
  ]);
});

// precision-es: accepting a resignation closes the resignation told (grammar es accepting_verbs, resignation_nouns).
describe("precision-es: an accepted resignation is no agreement", () => {
  wantAndNot([
    ["a resignation accepted in a relative clause", "es", "La ministra de Salud presentó su dimisión, que fue aceptada por el presidente de Chile.", "RETREAT", "AGREE"],
    ["…while a proposal accepted stays an agreement", "es", "El gobierno de Colombia aceptó la propuesta de Venezuela.", "AGREE", null],
    ["…and so does a plan accepted in a relative clause", "es", "Venezuela presentó un plan de paz, que fue aceptado por el gobierno de Colombia.", "AGREE", null],
  ]);
});

// recall-es: Spanish act constructions the lexicon lacked (our own sentences; data/lexicon/es/events-recall-es.json,
// grammar gap_time_words and light_locution_ends).
describe("recall-es: Spanish acts told by constructions the lexicon lacked", () => {
  wantAndNot([
    ["live-fire manoeuvres are a show of arms", "es", "El Ejército de Colombia inició este lunes unas maniobras con fuego real en la frontera con Venezuela.", "MOBILIZE COL/MIL", null],
    ["…while a political manoeuvre is none", "es", "La maniobra del oficialismo en el Congreso de Perú fue criticada por la oposición.", null, "MOBILIZE"],
    ["a judge's travel ban restricts", "es", "Un juez de Lima dictó impedimento de salida del país contra el exministro Jorge Ramírez.", "COERCE PER/JUD → PER/ELI", null],
    ["intelligence provided by a foreign agency is cooperation", "es", "La captura se logró gracias a información de inteligencia proporcionada por la DEA de Estados Unidos.", "COOPERATE USA/COP", null],
    ["…while figures provided by a statistics office are none", "es", "Los datos proporcionados por el instituto de estadística de Ecuador muestran una caída del empleo.", null, "COOPERATE"],
    ["agreeing to revive a commission is intent to cooperate", "es", "Los cancilleres de Chile y Bolivia acordaron reactivar la comisión bilateral.", "AGREE", null],
    ["summoning someone to talks is an appeal to meet", "es", "El presidente de Bolivia convocó a los dirigentes de la COB a dialogar el lunes.", "REQUEST BOL/GOV → BOL/LAB", null],
    ["…and so is an invitation to meet", "es", "Petro invitó a Noboa a reunirse en la frontera para resolver la disputa.", "REQUEST COL/GOV → ECU/GOV", "AGREE"],
    ["…while a call to a press conference is none", "es", "El ministro convocó a los periodistas a una rueda de prensa.", null, "REQUEST"],
    ["a court declaring an appeal unfounded rejects it", "es", "El Jurado Electoral de Perú declaró infundadas las apelaciones del partido opositor.", "REJECT PER/JUD", null],
    ["antidumping duties are a trade sanction", "es", "El Gobierno de México impuso derechos antidumping a las importaciones de acero de China.", "SANCTION MEX/GOV → CHN/GOV", null],
    ["a road kept blocked is a blockade", "es", "Campesinos de Cochabamba mantenían bloqueada la carretera hacia Santa Cruz.", "PROTEST BOL/AGR", null],
    ["…while accounts kept blocked are none", "es", "La empresa mantenía bloqueadas las cuentas de sus clientes en Argentina.", null, "PROTEST"],
    ["protesters cleared by police are repressed", "es", "La Gendarmería de Argentina despejó a los manifestantes que cortaban el Puente Pueyrredón.", "ASSAULT ARG/COP → ARG/CVL", null],
    ["'intervenir a' people is to detain them", "es", "La Policía de Perú intervino a 40 personas durante el paro.", "COERCE PER/COP", null],
    ["…while a patient operated on is detained by nobody", "es", "Los médicos intervinieron al paciente en el hospital de Lima.", null, "COERCE"],
    ["put behind bars", "es", "La Policía de Colombia puso tras las rejas a tres cabecillas del Clan del Golfo.", "COERCE COL/COP", null],
    ["sent to prison", "es", "Un juez de Perú envió a prisión al exalcalde de Lima.", "COERCE PER/JUD → PER/ELI", null],
    ["taken away under arrest", "es", "Militares de Venezuela se llevaron detenido al dirigente opositor.", "COERCE VEN/MIL → VEN/OPP", null],
    ["a capture achieved is the achiever's arrest", "es", "La Policía de México logró la captura de alias el Mencho.", "COERCE MEX/COP", null],
    ["…while a capture evaded is none", "es", "El narcotraficante logró evitar la captura durante diez años en México.", null, "COERCE"],
    ["tear gas used on protesters", "es", "Los carabineros usaron gases lacrimógenos contra los manifestantes en Santiago.", "ASSAULT CHL/COP → CHL/CVL", null],
    ["tons of food handed over are aid", "es", "Japón entregó 500 toneladas de arroz a Haití.", "AID JPN/GOV → HTI/GOV", null],
    ["an airport taken by protesters", "es", "Comuneros de Perú tomaron el aeropuerto de Juliaca.", "PROTEST PER", null],
    ["a cathedral occupied by protesters", "es", "Unas doscientas familias desplazadas ocuparon la catedral de Popayán para exigir vivienda al Gobierno de Colombia.", "PROTEST", "ASSAULT"],
    ["going into prison is being jailed", "es", "El exministro ingresó en prisión tras la orden del juez de Perú.", "COERCE", null],
    ["a sentence handed down against someone convicts", "es", "El tribunal de Perú dictó sentencia contra el exalcalde de Lima.", "SANCTION PER/JUD → PER/ELI", null],
    ["police moved to a city are mobilised", "es", "El Gobierno de Perú trasladó 500 policías a Trujillo para combatir la extorsión.", "MOBILIZE PER/GOV", null],
    ["a deployment made known ('dio a conocer') is the announcer's", "es", "El Departamento de Defensa de Estados Unidos dio a conocer el envío de 1.000 militares a la frontera con México.", "MOBILIZE USA/MIL", null],
    ["a time phrase inside a pattern's gap is no word of it", "es", "Un grupo de encapuchados incendió la madrugada de este domingo doce camiones en Ercilla, Chile.", "COERCE CHL/UAF", null],
    ["…nor a dawn and a week day", "es", "Rusia lanzó durante la madrugada de este miércoles 80 drones contra Kiev.", "ASSAULT RUS/MIL → UKR/GOV", null],
    ["…nor 'el año pasado'", "es", "El juez de Brasil criticó a la empresa por haber bloqueado el año pasado en Brasil la red social X.", "COERCE BRA/JUD", null],
    ["an agreement declared ended is a cut in relations", "es", "El Gobierno de Perú dio por terminado el convenio con la Unión Europea.", "SANCTION PER/GOV → EU/-", null],
    ["…and so is one annulled", "es", "El Gobierno de Ecuador dejó sin efecto el acuerdo con Colombia.", "SANCTION ECU/GOV → COL/GOV", null],
    ["a social network suspended by a court is censorship", "es", "La Corte Suprema de Brasil ordenó la suspensión de la red social X.", "COERCE BRA/JUD", null],
    ["…while a railway network suspended is none", "es", "El Gobierno de Chile anunció la suspensión de la red de trenes por mantenimiento.", null, "COERCE"],
    ["an amount of humanitarian aid announced is aid", "es", "Estados Unidos anunció una partida de 50 millones de dólares en ayuda humanitaria para Haití.", "AID USA/GOV → HTI/GOV", null],
    ["entry restricted to officials is a rejection", "es", "Estados Unidos restringió la entrada de funcionarios nicaragüenses.", "REJECT USA/GOV → NIC/GOV", null],
    ["a red notice is an arrest threatened", "es", "Interpol emitió una circular roja contra el exministro de Bolivia.", "THREATEN", null],
    ["…while a red weather alert is none", "es", "Las autoridades de Lima emitieron una alerta roja por lluvias.", null, "THREATEN"],
  ]);
  test("an arson attack is destruction of property (PLOVER ASSAULT destroy), not an attack of no mode", async () => {
    const got = await codeDocument({ id: "t", text: "Un grupo armado reivindicó el ataque incendiario de la Resistencia Mapuche contra tres camiones en Chile.", language: "es", date: "2026-03-10" });
    assert.ok(got.some((e) => e.type === "ASSAULT" && e.mode === "destroy"), JSON.stringify(got.map((e) => [e.type, e.mode])));
  });
});

// precision-es2: classes of acts the text does not assert (our own sentences).
describe("precision-es2: more fixed expressions whose words are no act", () => {
  wantAndNot([
    ["'sin tregua' (relentless) grants no truce", "es", "El Gobierno de Colombia anunció operaciones sin tregua contra las disidencias.", null, "CONCEDE"],
    ["…while a truce declared stays a concession", "es", "El gobierno de Colombia declaró una tregua con el ELN.", "CONCEDE", null],
    ["'allanó el camino' (cleared the way) raids nobody", "es", "El jurado electoral de Chile allanó el camino para proclamar al ganador.", null, "COERCE"],
    ["…while a house raided stays a raid", "es", "La policía de Bolivia allanó la casa de un dirigente opositor.", "COERCE", null],
    ["'respaldo energético' (backup power) sent is no political backing", "es", "España envió a Cuba generadores y respaldo energético tras el huracán.", null, "SUPPORT"],
  ]);
});

// precision-es2: an act in the clause of a span counted from a point in time (grammar es since_time_heads).
describe("precision-es2: an act over a span since a point in time is a state, a habit or a total", () => {
  wantAndNot([
    ["a present verb with 'desde' and a year after it", "es", "La Unión Europea financia desde 2023 un programa de salud en Bolivia.", null, "AID"],
    ["a relative's imperfect with 'desde' and a year before it", "es", "La policía de Perú, que desde 2022 ofrecía una recompensa por el cabecilla, lo detuvo ayer.", null, "AGREE"],
    ["a perfect after a fronted span", "es", "Desde 2023, el gobierno de Chile ha expulsado a más de 3.000 migrantes venezolanos.", null, "COERCE"],
    ["people counted after a fronted span", "es", "Desde la entrada en vigor del estado de excepción, más de 9.000 personas han sido detenidas en Ecuador.", null, "COERCE"],
    ["…while a preterite dates the act's start by the point", "es", "Los mineros de Chile ocuparon la mina desde el martes en reclamo de mejores salarios.", "PROTEST", null],
    ["…and a place after 'desde' is no span", "es", "El ejército de Colombia atacó desde Venezuela un campamento del ELN.", "ASSAULT", null],
    ["…and an act after the span's clause is the day's", "es", "Desde que asumió el cargo, el presidente de Chile se reunió con el canciller de Perú.", "CONSULT", null],
  ]);
});

// precision-es2: a free relative describes a kind of doer (grammar es free_relatives, cleft_copulas).
describe("precision-es2: the act of a free relative is no act told", () => {
  wantAndNot([
    ["a generic free relative at a quotation's start", "es", "\"Quien bloquee una carretera irá preso\", advirtió el ministro del Interior de Perú.", null, "PROTEST"],
    ["a free relative after a preposition and a noun", "es", "El gobierno de Bolivia no dará amnistía a quienes atacaron la sede del tribunal electoral.", null, "ASSAULT"],
    ["…while a relative on a named person after a comma tells the act", "es", "La policía de Perú detuvo al dirigente, a quien acusó de terrorismo.", "ACCUSE", null],
    ["…and a cleft asserts it", "es", "Fue Rusia quien atacó a Ucrania.", "ASSAULT", null],
  ]);
});

// precision-es2: moving in a vehicle is travel (grammar es vehicle_nouns, suffix_imperfect).
describe("precision-es2: people moving in a vehicle are travelling, not marching", () => {
  wantAndNot([
    ["'se movilizaban en una motocicleta' is how the killers travelled", "es", "Dos hombres que se movilizaban en una motocicleta asesinaron a un concejal en Colombia.", "ASSAULT", "PROTEST"],
    ["…and the victim's too", "es", "Un dirigente campesino fue asesinado en Colombia cuando se movilizaba en su camioneta.", null, "PROTEST"],
    ["…while people who rallied in a city marched", "es", "Miles de estudiantes se movilizaron en Bogotá contra el gobierno de Colombia.", "PROTEST", null],
  ]);
});

// precision-es2: a toll told in the sentence after its attack is that attack (merge.casualties).
describe("precision-es2: a toll in the next sentence belongs to the attack before it", () => {
  const rows: [string, "es" | "en", string, string, number][] = [
    ["a clash, then its dead and wounded", "es", "Soldados del Ejército de Colombia se enfrentaron el lunes con guerrilleros del ELN en Arauca. En los combates murieron tres guerrilleros y dos soldados resultaron heridos.", "ASSAULT", 1],
    ["…while a toll by another doer is another act", "es", "Soldados del Ejército de Colombia se enfrentaron el lunes con guerrilleros del ELN en Arauca. En Cauca, disidencias de las FARC hirieron a dos policías.", "ASSAULT", 2],
  ];
  for (const [why, lang, text, type, n] of rows) {
    test(`${why}: ${text}`, async () => {
      const got = (await coded(text, lang)).filter((e) => e.startsWith(type));
      assert.equal(got.length, n, JSON.stringify(got));
    });
  }
});

// precision-es2: an act's noun that refers back is the act told before (Trigger.anaphoric, merge.anaphor).
describe("precision-es2: a definite act noun with no party of its own is the act told before", () => {
  const rows: [string, "es" | "en", string, string, number][] = [
    ["'justificó el bombardeo' after the air strike told", "es", "Un ataque aéreo israelí mató este lunes a un comandante de Hamás en Jan Yunis. El Ejército de Israel justificó el bombardeo alegando que el miliciano planeaba un atentado.", "ASSAULT", 1],
    ["'La pesquisa, a cargo de…' after the investigation told", "es", "La Fiscalía de Perú abrió una investigación contra el ministro del Interior. La pesquisa, a cargo de una fiscal, también comprende al jefe de la Policía.", "ACCUSE", 1],
    ["'La petición ya obra en poder de…' after the request told", "es", "El Gobierno de Estados Unidos pidió a Honduras la extradición de un narcotraficante. La petición ya obra en poder de la Corte Suprema de Honduras.", "REQUEST", 1],
    ["…while such a noun with no act of its type told before is the act", "es", "El Gobierno de Colombia anunció nuevas medidas económicas. La protesta terminó sin incidentes en Bogotá.", "PROTEST", 1],
  ];
  for (const [why, lang, text, type, n] of rows) {
    test(`${why}: ${text}`, async () => {
      const got = (await coded(text, lang)).filter((e) => e.startsWith(type));
      assert.equal(got.length, n, JSON.stringify(got));
    });
  }
});

// targets-en: whom an English act is directed at (our own sentences; grammar en request_nouns, transfer_verbs,
// quantity_nouns, recipient_preps).
describe("targets-en: the party behind a request answered, the recipient of a transfer", () => {
  wantAndNot([
    ["a request's noun after the verb, its maker after 'from'", "en", "The Bolivian president rejected a fresh offer from the Chilean foreign minister for talks on the border.", "REJECT BOL/GOV → CHL/GOV", null],
    ["…past a short complement of the noun ('offers for talks by')", "en", "The rebels rejected a new offer by Colombia for a ceasefire, saying Venezuela should mediate.", "REJECT COL/REB → COL/GOV", "REJECT COL/REB → VEN"],
    ["…but not the agent of a verb of another clause", "en", "Chile rejected the offer after it was endorsed by Bolivia.", null, "REJECT CHL/GOV → BOL"],
    ["a thing handed over yields to its recipient after 'to'", "en", "Canada returned dozens of Mayan artifacts to the government of Guatemala.", "RETREAT CAN/GOV → GTM/GOV", null],
    ["…past a long object told by its worth", "en", "Japan handed over more than $2 million worth of medical supplies to the Ministry of Health of Kenya.", "AID JPN/GOV → KEN/GOV", null],
    ["a capitalised word right before a currency sign is the currency, no party", "en", "Canada pledged C$300 million in aid to Haiti.", "AGREE CAN/GOV → HTI/GOV", null],
    ["…but not past a verb of the object's own clause", "en", "Canada returned the Mexican artifacts, which had been lent to the government of Guatemala.", null, "RETREAT CAN/GOV → GTM"],
    ["people given something after 'to' are its recipients", "en", "Chile is willing to provide support to Venezuelan refugees.", "AGREE CHL/GOV → VEN/REF", null],
    ["…while troops sent are what is given", "en", "Chile is willing to send troops to Haiti.", "AGREE CHL/GOV → HTI/GOV", "AGREE CHL/GOV → CHL/MIL"],
    ["…and troops withdrawn yield to the country they leave", "en", "Chile is willing to withdraw its troops from Haiti if the UN asks it to.", "AGREE CHL/GOV → HTI/GOV", "AGREE CHL/GOV → UN"],
    ["'a number of' is no preposition before the people it counts", "en", "Chinese hackers launched cyber attacks on a number of Indian government websites.", "ASSAULT CHN/CRM → IND/GOV", null],
    ["…nor before a subject", "en", "A number of Chilean soldiers attacked the rebels in the north.", "ASSAULT CHL/MIL → CHL/REB", null],
    ["whom a demand asks to act is the subject of its clause, also inside the demand's own words", "en", "Paris along with its partners demanded that Hezbollah renounce its armed struggle against Israel.", "REQUEST FRA/GOV → LBN/REB", "REQUEST FRA/GOV → ISR"],
    ["a place named by its holder ('rebel-held') is the holder's, whom an attack on it is aimed at", "en", "Colombian troops shelled a rebel-held village near the border with Venezuela.", "ASSAULT COL/MIL → COL/REB", "ASSAULT COL/MIL → VEN"],
    ["…also after an attack's 'on'", "en", "The Colombian army launched an offensive on the rebel-controlled district near Venezuela.", "ASSAULT COL/MIL → COL/REB", null],
    ["…but the holder is no subject of a verb after the place", "en", "Colombian air strikes hit the rebel-held village for a second day killing five civilians.", "ASSAULT COL/MIL → COL/CVL", "ASSAULT COL/REB"],
    ["a judged act's author past a longer object, its participle of any form", "en", "Ecuador condemned the raids and the continuing threats made by the Chilean government against Peru.", "ACCUSE ECU/GOV → CHL/GOV", "ACCUSE ECU/GOV → PER"],
    ["…and past a phrasal participle", "en", "Chile rejected multiple proposals laid out by the Bolivian congress as part of a new Peruvian constitution.", "REJECT CHL/GOV → BOL/LEG", "REJECT CHL/GOV → PER"],
    ["what is accepted answers whoever put it forward", "en", "The Chilean government accepted the peace proposal put forward by Norway to end the dispute with Peru.", "AGREE CHL/GOV → NOR/GOV", "AGREE CHL/GOV → PER"],
    ["…but not whoever brokered it", "en", "Israel accepted a ceasefire brokered by Egypt to end the fighting with Hamas.", null, "AGREE ISR/GOV → EGY"],
  ]);
});

// recall-en: English acts the coder never found (data/lexicon/en/events-recall-en.json, grammar-recall-en.json; our own sentences).
describe("recall-en: English acts found by construction", () => {
  wantAndNot([
    ["food distributed to the displaced is humanitarian aid (CAMEO 073)", "en", "The World Food Programme distributed food parcels to displaced families in Darfur.", "AID WFP/-", null],
    ["…and so is flour delivered to a port", "en", "The World Food Programme delivered 3,000 tonnes of wheat flour to the port of Aden.", "AID WFP/-", null],
    ["…and food flown in by planes", "en", "US Air Force planes flew food packs and medical kits from Guam to Manila.", "AID USA/MIL", null],
    ["…while a minister flying somewhere to discuss aid makes no aid", "en", "The Japanese foreign minister flew to Manila on Monday to discuss aid.", null, "AID"],
    ["switching off the internet is a coercive cut (CAMEO 172)", "en", "The government of Chad switched off the internet across the country.", "COERCE TCD/GOV", null],
    ["…and so is suspending mobile data", "en", "Pakistan's telecom regulator suspended mobile data services in Islamabad.", "COERCE PAK/GOV", null],
    ["…while protesters switching off their phones coerce nobody", "en", "The protesters in Lahore turned off their mobile phones.", null, "COERCE"],
    ["a battalion moved to a town is a mobilisation (CAMEO 154)", "en", "The Nigerian army moved an additional battalion to the border town on Sunday.", "MOBILIZE NGA/MIL", null],
    ["summoning an embassy's deputy head of mission is an official complaint (CAMEO 114)", "en", "Australia summoned China's deputy head of mission in Canberra.", "ACCUSE AUS/GOV → CHN/GOV", null],
    ["calling a ban regrettable is a criticism (CAMEO 111)", "en", "Japan's defence minister called China's ban \"extremely regrettable\".", "ACCUSE JPN/GOV", null],
    ["…and so is calling a strike that is on irresponsible", "en", "The French transport minister called the stoppage \"irresponsible\".", "ACCUSE FRA/GOV", "PROTEST"],
    ["…while a union calling a strike still strikes", "en", "The French rail union called a strike for Monday.", "PROTEST", "ACCUSE"],
    ["sharing fingerprint records is information shared (CAMEO 064)", "en", "Albania shares fingerprint records with Britain.", "COOPERATE ALB/GOV", null],
    ["…while details of a plan shared with the press are no cooperation", "en", "Albania shared details of the plan with reporters on Monday.", null, "COOPERATE"],
    ["a veto dropped is a concession (CAMEO 080)", "en", "Hungary dropped its veto of the EU sanctions package.", "CONCEDE HUN/GOV", null],
    ["staff members freed are persons released (CAMEO 0841)", "en", "Yemen's Huthi rebels freed eleven United Nations staff members on Monday.", "RETREAT YEM/REB", null],
    ["fugitives handed over are judicial cooperation (CAMEO 0631)", "en", "Thai police handed over two Cambodian fugitives wanted for fraud.", "COOPERATE THA/COP", null],
    ["a criminal case registered against someone opens an investigation (CAMEO 091)", "en", "Indian police registered a case against the former minister.", "ACCUSE IND/COP", null],
    ["…while a case registered for a trademark is none", "en", "The Indian company registered a new trademark for the product.", null, "ACCUSE"],
    ["peacekeepers landing in a country help it, as arriving there (grammar arrival_verbs)", "en", "Kenyan peacekeepers landed in Haiti on Tuesday.", "AID KEN/MIL → HTI/GOV", null],
    ["…a minister landing in a capital visits it", "en", "The Chilean foreign minister landed in Lima on Monday.", "CONSULT CHL/GOV → PER/GOV", null],
    ["…while migrants landing somewhere make no visit", "en", "Hundreds of Tunisian migrants landed in Italy on Sunday.", null, "CONSULT"],
    ["students marching from one place to another protest (CAMEO 141)", "en", "Chilean students marched from the university to the presidential palace on Thursday.", "PROTEST CHL/EDU", null],
    ["a state providing another with air-defence systems gives military aid (CAMEO 072)", "en", "Germany provided Ukraine with two more air-defence systems.", "AID DEU/GOV → UKR/GOV", null],
    ["…while a firm providing a hospital with computer systems gives none", "en", "The company provided the hospital with new computer systems.", null, "AID"],
    ["a lender freezing its lending cuts aid (CAMEO 162), gives none", "en", "The World Bank froze its lending to Afghanistan.", "SANCTION WB/- → AFG/GOV", "AID"],
    ["activists picked up by security forces are arrested (CAMEO 173)", "en", "Pakistani security forces picked up three activists in Karachi.", "COERCE PAK/", null],
    ["…while a party picking up seats arrests nobody", "en", "The Pakistani party picked up three seats in the election.", null, "COERCE"],
    ["a state acting as mediator between two others mediates (CAMEO 045)", "en", "Norway acted as a mediator between the Colombian government and the ELN.", "CONSULT NOR/GOV", null],
  ]);
});

// fresh6-es: constructions of the sixth fresh Spanish set, each also in a shared real text (our own sentences).
describe("fresh6-es: a wire dateline, sides of short wire reports", () => {
  wantAndNot([
    ["a dateline on a capital the actors' data lacks is that state's home ('MALABO, … (EFE).-')", "es",
      "MALABO, 20 oct (EFE).- El Gobierno rechazó este martes las críticas de España.", "REJECT GNQ/GOV → ESP/GOV", "REJECT ESP/GOV"],
    ["…so is one the actors' data knows under no single country ('SANTIAGO, … (AFP) -')", "es",
      "SANTIAGO, 15 abr (AFP) - La Policía detuvo este miércoles a tres dirigentes de Perú.", "COERCE CHL/COP", null],
    ["…while a town that is no capital says no country by itself", "es",
      "VALENCIA, 3 mar (EFE).- La Policía detuvo este martes a tres dirigentes de Perú.", null, "COERCE VEN/COP"],
    ["an order whose object is the sending of troops to a place is the deployment, no request ('a' is where they go)", "es",
      "El presidente de Honduras ordenó el envío de 600 soldados a la frontera con Nicaragua.", "MOBILIZE HND/GOV", "REQUEST"],
    ["…while a time phrase after the verb still leaves the addressee's 'a'", "es",
      "La Corte Suprema de Chile ordenó la madrugada del lunes al Gobierno suspender las expulsiones.", "REQUEST CHL/JUD → CHL/GOV", null],
    ["…and an article after a time phrase opens the object too ('ordenó este martes el envío de … a')", "es",
      "El ministro de Defensa de Ecuador ordenó este jueves el despliegue de 2.000 militares a la provincia de El Oro.", "MOBILIZE ECU/GOV", "REQUEST"],
    ["a verb listed after a comma, before a closing 'y' and verb, shares the first verb's subject, not its object's last noun", "es",
      "Cientos de campesinos peruanos bloquearon la carretera entre Lima y Huancayo, apedrearon a los policías y exigieron la renuncia del ministro.", "ASSAULT PER/AGR → PER/COP", "ASSAULT PER/GOV"],
    ["…while a verb after a comma with no closing 'y' and verb is no list", "es",
      "Los soldados de Colombia atacaron un campamento del ELN en Arauca, informó el Ejército.", "ASSAULT COL/MIL → COL/REB", null],
    ["after a relative 'donde', a dropped subject is the doer of the act told before, not the place phrase's last noun", "es",
      "Sicarios del Tren de Aragua atacaron el domingo un bar del centro de la capital chilena, donde mataron a cuatro civiles.", "ASSAULT VEN/CRM", "ASSAULT CHL/MIL"],
    ["a joint operation after 'en' frames the clause's act and is its subject's cooperation with the party named", "es",
      "La Policía Federal de Argentina detuvo a seis personas en Rosario en una operación conjunta con la Policía Federal de Brasil.", "COOPERATE ARG/COP", null],
    ["…while help told as the means of another act is still none ('en coordinación con')", "es",
      "El Ejército de Chile desminó la zona en coordinación con la Policía de Perú.", null, "COOPERATE"],
    ["a resignation in a story about a strike is made to nobody, not to the strikers", "es",
      "Miles de mineros de Bolivia iniciaron este lunes una huelga. Horas después, el ministro de Minería de Bolivia presentó su renuncia.", "RETREAT BOL/GOV", "RETREAT BOL/GOV → BOL/LAB"],
  ]);
});

// fresh7-en (test/fixtures/coder-dev/fresh7-en.json): general constructions its misses showed, each also found in a
// shared real text or another fresh set (named in its commit). Our own sentences.
describe("fresh7-en: constructions of English wire and regional news the coder was not tuned on", () => {
  wantAndNot([
    ["an act in words coordinated after a reported clause is the speaker's, not the reported clause's subject's", "en",
      "BUDAPEST, Hungary (AP) — President Anna Kovacs said three police officers were injured in the riot and called on the opposition to condemn the violence.", "REQUEST HUN/GOV → HUN/OPP", null],
    ["…also after a reported act of another doer", "en",
      "Colombia's defence ministry said rebels had bombed an army base and condemned the attack.", "ACCUSE COL/MIL → COL/REB", "ACCUSE COL/REB"],
    ["an object relative ('officers it accuses of…'): the antecedent is accused, not a party inside the charge", "en",
      "Canada imposed sanctions on five Russian officers it accuses of directing attacks on Ukrainian civilians.", "ACCUSE CAN/GOV → RUS/", "ACCUSE RUS/"],
    ["the Department of State Services (DSS) is Nigeria's security service, not the US Department of State", "en",
      "The Department of State Services (DSS) arrested a journalist in Abuja on Monday.", "COERCE NGA/SPY → NGA/JRN", "COERCE USA/"],
    ["'were killed and three others wounded': the second participle shares the passive, no act of the wounded", "en",
      "MANILA, Philippines — Two soldiers were killed and three others wounded when rebels attacked a checkpoint in Samar on Saturday.", "ASSAULT PHL/REB → PHL/MIL", "ASSAULT PHL/MIL"],
    ["'in protest at' after an act tells that act's reason: no protest or complaint of its own", "en",
      "Sudan has recalled its ambassador to Nairobi in protest at Kenya's decision to host the meeting.", "SANCTION SDN/GOV → KEN/GOV", "ACCUSE"],
    ["…while the same words with no act before them still protest", "en",
      "Thousands of teachers marched in protest against the new law in Nairobi on Sunday.", "PROTEST KEN/", null],
    ["…while a verb right after 'and' is the subject's own: the speaker calls on the Council, the soldiers are no addressee", "en",
      "GEORGETOWN, Guyana (AFP) - President Irfaan Ali said two soldiers were wounded in the attack and called on the UN Security Council to meet.", "REQUEST GUY/GOV → UN/", "REQUEST GUY/GOV → GUY/"],
  ]);
});

// sides-en (session 18): sides of English news the coder was not tuned on, each also found in shared real texts
// (named in its commit). Our own sentences.
describe("sides-en: English sides of news the coder was not tuned on", () => {
  wantAndNot([
    ["an inquiry into the conduct of a party looks into that party: its target (CAMEO 090)", "en",
      "Kenya's interior ministry opened an inquiry into the conduct of the border police.", "ACCUSE KEN/GOV → KEN/COP", "ACCUSE KEN/GOV → ∅"],
    ["…and into the role of the army", "en",
      "Kenyan lawmakers launched an investigation into the role of the army in the crackdown.", "ACCUSE KEN/LEG → KEN/MIL", null],
    ["…while an inquiry into the death of a protester is not aimed at the dead", "en",
      "Kenyan police opened an investigation into the death of a protester.", null, "ACCUSE KEN/COP → KEN/CVL"],
    ["a government named by its national level is another party than a governor of the same country", "en",
      "MAIDUGURI — Borno State Governor Babagana Zulum urged the federal government to recruit more soldiers.", "REQUEST NGA/GOV → NGA/GOV", "REQUEST NGA/GOV → ∅"],
    ["…while a federal government named again by a pronoun is still itself", "en",
      "Nigeria's federal government warned it could impose sanctions.", "THREATEN NGA/GOV → ∅", "THREATEN NGA/GOV → NGA/GOV"],
    ["a curfew announced for a town is the threat to impose one (CAMEO 1323) on its people", "en",
      "The Thai government will extend the curfew in Chiang Mai.", "THREATEN THA/GOV → THA/CVL", "THREATEN THA/GOV → ∅"],
    ["…and a state of emergency lifted in a capital eases it for the capital's people, not for its state", "en",
      "Peru's government lifted the state of emergency in Lima.", "CONCEDE PER/GOV → PER/CVL", "CONCEDE PER/GOV → ∅"],
    ["…as a curfew imposed in a capital weighs on its people", "en",
      "Thai police imposed a night curfew in Bangkok after the riots.", "COERCE THA/COP → THA/CVL", "COERCE THA/COP → ∅"],
    ["a team of a body as the subject leaves the body as the doer", "en",
      "A team of Kenya's Directorate of Criminal Investigations arrested two police officers in Mombasa.", "COERCE KEN/", "COERCE ∅"],
    ["…while a team sent by a state to look into a crash keeps the state as the inquirer", "en",
      "Ukraine will send a team of experts to Iran to investigate the crash.", "ACCUSE UKR/GOV", "ACCUSE UKR/EDU"],
    ["condemning what the judge calls in its own words an act is condemning the latest act of force told: aimed at its doer", "en",
      "LAGOS — Nigerian soldiers fired live rounds at protesters in Lagos on Tuesday. A rights group condemned what it called a brutal and unlawful use of live ammunition.", "ACCUSE NGA/SOC → NGA/MIL", "ACCUSE NGA/SOC → ∅"],
    ["…while condemning what is named as an act of its own keeps its own object", "en",
      "LAGOS — Nigerian soldiers fired live rounds at protesters in Lagos on Tuesday. A rights group condemned the arrest of the journalist by the police.", null, "ACCUSE NGA/SOC → NGA/MIL"],
  ]);
});

describe("--explain names whom an object pronoun stands for in the event", () => {
  // The discourse stage resolves "los" to the latest plural actor (the police, the clause's own subject); the decision
  // roles.resolve resolves it again without the act's doer. The trace must name the actor the event got.
  test("an object clitic resolved past its clause's subject", async () => {
    const text = "La Cancillería de México protestó por la detención de dos empresarios mexicanos. Según la Cancillería, la Policía de Ecuador los arrestó el sábado en Quito.";
    const events = await codeDocument({ id: "t", text, language: "es", date: "2026-03-04" });
    const arrest = events.find((e) => e.type === "COERCE" && e.trigger.text === "arrestó");
    assert.ok(arrest, "the arrest is coded");
    assert.equal(arrest.target[0]?.country, "MEX");
    const line = arrest.trace?.find((l) => l.startsWith("roles.resolve:") && l.includes('"los"'));
    assert.match(line ?? "", /→ [^[]*\[MEX/);
  });
});
