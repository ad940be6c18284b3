import { table } from "./event-table.js";

// actors25-en: English events found with the right type but a side of the wrong country
// (test/fixtures/coder-dev/README.md, "actors25-en"). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event (test/event-table.ts).
table("actors25-en: a body an act is aimed at is not of its doer's country by kinship", [
  ["a foreign embassy thanking 'the government' thanks the story's government",
    "LIMA (Reuters) - Peru's President Jose Jeri declared a state of emergency in the capital on Sunday. The Japanese embassy in Lima thanked the government for its swift help.",
    "SUPPORT JPN/GOV → PER/GOV", "SUPPORT JPN/GOV → JPN/GOV"],
  ["…and a government ship fired on after the attacker's envoy was summoned is the story's",
    "HANOI (Reuters) - Vietnam summoned China's ambassador on Friday after Chinese coast guard vessels rammed a government patrol boat near the Paracel Islands.",
    "ASSAULT CHN/MIL → VNM/GOV", "ASSAULT CHN/MIL → CHN/GOV"],
]);

table("actors25-en: a gerund after an infinitive complement hangs on the governing verb", [
  ["'ordered two diplomats to leave…, accusing them' is the expelling state's accusation of the diplomats",
    "Estonia on Tuesday ordered two Russian diplomats to leave the country within 48 hours, accusing them of spying on military bases.",
    "ACCUSE EST/GOV → RUS/", "ACCUSE RUS/"],
  ["…and so is 'told three diplomats to leave…, accusing them'",
    "Lithuania on Monday told three Belarusian diplomats to leave the country within a week, accusing them of smuggling migrants across the border.",
    "ACCUSE LTU/GOV → BLR/", "ACCUSE BLR/"],
]);

table("actors25-en: a verb's object pronoun stands for someone named before it, not after", [
  ["'accusing them of inciting violence against Palestinians' accuses the ministers, not the Palestinians",
    "Ireland and Spain imposed sanctions on Monday on two Israeli cabinet ministers, accusing them of inciting violence against Palestinians in the West Bank.",
    "ACCUSE IRL/GOV+ESP/GOV → ISR/", "ACCUSE IRL/GOV+ESP/GOV → PSE/"],
  ["…and 'among them Mali, Niger' still names them after the pronoun",
    "The African Union has previously suspended other countries following coups, among them Mali, Niger and Gabon.",
    "SANCTION AU/- → GAB/", null],
]);

table("actors25-en: current foreign office holders as the news names them", [
  ["Costa Rica's foreign minister written without his second surname is Costa Rica's, in a story about Nicaragua",
    "MANAGUA (AP) - Nicaragua's government expelled two Catholic bishops on Sunday. Foreign Minister Arnoldo André called on the government of Daniel Ortega to free the remaining priests.",
    "REQUEST CRI/GOV → NIC/GOV", "REQUEST NIC/GOV"],
  ["Vanuatu's prime minister is Vanuatu's under an Australian dateline",
    "SYDNEY (Reuters) - Australia sent two aircraft with relief supplies to Vanuatu on Monday after a cyclone hit the islands. Prime Minister Jotham Napat declared a state of emergency across the northern provinces.",
    "COERCE VUT/GOV", "COERCE AUS/GOV"],
]);

table("actors25-en: titles and act words the data lacked", [
  ["'X's human rights commissioner, NAME,' is an office of X's state",
    "Georgia's human rights commissioner, Levan Ioseliani, thanked Turkey for its help in freeing the two students.",
    "SUPPORT GEO/GOV → TUR/GOV", null],
  ["'opposes the listings' objects to whoever blacklisted, told before",
    "Britain on Tuesday imposed sanctions on four Turkish shipping companies it accused of carrying Russian oil, as part of a package over Russia's war in Ukraine. Turkey's trade ministry said it firmly opposes the listings.",
    "REJECT TUR/GOV → GBR/GOV", "REJECT TUR/GOV → RUS/"],
]);

table("actors25-en: a titled name the data does not know is of the country its title was named with before", [
  ["'a French envoy' … 'Envoy Paul Marchetti' is France's, under a Lebanese dateline",
    "BEIRUT (Reuters) - Lebanon's parliament elected a new speaker on Monday, days after a visit to Beirut by a French envoy. Envoy Paul Marchetti met Prime Minister Nawaf Salam for two hours.",
    "CONSULT FRA/GOV", "CONSULT LBN/GOV → LBN/GOV"],
  ["…and 'the Ugandan government' … 'government spokesman NAME' is Uganda's in a Kenyan story",
    "NAIROBI (Reuters) - Kenya protested to the Ugandan government on Monday after two Kenyan activists were deported from Kampala. On Tuesday, government spokesman Samuel Okello rejected the protest.",
    "REJECT UGA/GOV", "REJECT KEN/GOV"],
]);
