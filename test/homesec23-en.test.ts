import { table } from "./event-table.js";

// homesec23-en: the two largest classes of English side errors (test/fixtures/coder-dev/README.md, "sides22-en"): the
// home of a story's unplaced actors under a far dateline, and the sector of an actor. Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event (test/event-table.ts).
table("homesec23-en: a far dateline is where the reporter sits; the story's first actor says whose story it is", [
  ["a wire story filed from a neighbour's capital that never names the neighbour is the lead actor's country's",
    "AMMAN, May 12 (Reuters) - Iraqi security forces withdrew from the town of Sinjar on Tuesday after two days of clashes with local fighters. Residents accused the forces of burning homes. Iraq's prime minister said the army would return.",
    "ACCUSE IRQ/CVL → IRQ/MIL", "ACCUSE JOR/CVL"],
  ["…another bureau, another region",
    "BANGKOK, May 12 (Reuters) - Myanmar's military freed 40 prisoners on Tuesday, including two journalists. Myanmar's junta said the release marked a national holiday, and the prisoners were driven to Yangon.",
    "RETREAT MMR/MIL → MMR/", "RETREAT MMR/MIL → THA/"],
  ["…while a state body named by no country that answers the lead's country is the dateline's state",
    "LIMA (Reuters) - Chile demanded an apology on Tuesday. The presidency refused to apologise to Santiago.", "REJECT PER/GOV", "REJECT CHL/GOV"],
  ["…and a dateline whose country the lead itself names stays the home (the story happens there)",
    "DOHA, Qatar — Iran fired ballistic missiles at an air base in Qatar on Monday. The defence ministry condemned the attack and Iran's foreign minister said it was a warning.",
    "ACCUSE QAT/", "ACCUSE IRN/MIL"],
  ["…and so does one whose lead opens on a body the lexicon places but the text names by no country",
    "MANILA, Philippines – The Department of Justice on Tuesday filed graft charges against a former senator. The senator said the charges were politically motivated and the Department of Justice had no evidence.",
    null, "ACCUSE USA/"],
]);

table("homesec23-en: the sector of an actor", [
  ["'former' before a place that qualifies the title makes the office past (ELI)",
    "Indian police arrested former Karnataka minister Ramesh Venkatesh on Thursday.", "COERCE IND/COP → IND/ELI", "COERCE IND/COP → IND/GOV"],
  ["…before a state's division too",
    "Mexican prosecutors charged a former Sonora governor with embezzlement on Monday.", "ACCUSE MEX/JUD → MEX/ELI", "ACCUSE MEX/JUD → MEX/GOV"],
  ["…and right before a title the lexicon lists no former form of",
    "Philippine police arrested a former undersecretary of public works on Thursday.", "COERCE PHL/COP → PHL/ELI", "COERCE PHL/COP → PHL/GOV"],
  ["…across a lower-case field of the title",
    "Philippine police arrested former public works undersecretary Roberto Dizon on Thursday.", "COERCE PHL/COP → PHL/ELI", null],
  ["…while a title with no 'former' stays in office",
    "Indian police arrested the Karnataka minister on Thursday.", "COERCE IND/COP → IND/GOV", null],
  ["…and 'former' before a title of no office leaves its sector",
    "Kenyan police arrested a former rebel commander on Monday.", "COERCE KEN/COP → KEN/REB", null],
  ["people arrested in a story that has told of a protest are civilians, not suspects",
    "Royalist protesters clashed with police in Kathmandu on Monday. Police fired tear gas at the crowd. The home minister said 61 people had been arrested.",
    "COERCE NPL/GOV → NPL/CVL", "COERCE NPL/GOV → NPL/CRM"],
  ["…another protest, told two sentences before",
    "Hundreds of farmers marched on the parliament in Nairobi on Monday. Officers fired tear gas at the crowd. Police said 20 people had been detained.",
    "COERCE KEN/COP → KEN/CVL", "COERCE KEN/COP → KEN/CRM"],
  ["…while people arrested in a crime story are suspects",
    "Police seized 40 kilograms of cocaine in Nairobi on Monday. Police said 20 people had been detained.",
    "COERCE KEN/COP → KEN/CRM", null],
  ["a 'Labour Congress' is a trade-union centre, not a legislature",
    "The Nigeria Labour Congress threatened on Monday to shut down the country if the government fails to reverse the increase in electricity tariffs.",
    "THREATEN NGA/LAB → NGA/GOV", "THREATEN NGA/LEG"],
  ["…another one",
    "The Canadian Labour Congress accused the government of attacking workers.", "ACCUSE CAN/LAB → CAN/GOV", "ACCUSE CAN/LEG"],
  ["a 'Refugee Council' is a charity (SOC), not refugees",
    "The Norwegian Refugee Council urged Kenya to keep the Dadaab camp open.", "REQUEST NOR/SOC → KEN/GOV", "REQUEST NOR/REF"],
  ["…another one, named by no country",
    "The British government deported 40 men to Albania on Monday. The Refugee Council accused the government of rushing people on to planes.", "ACCUSE GBR/SOC → GBR/GOV", "ACCUSE GBR/REF"],
  ["…while refugees are refugees",
    "Refugees in Kenya accused the government of abandoning them.", "ACCUSE KEN/REF → KEN/GOV", null],
]);
