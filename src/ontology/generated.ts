// Generated from data/ontology/plover.json by scripts/gen-ontology.ts: do not edit (npm run ontology).
export const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const MODES = ["visit", "third-party", "multilateral", "phone", "withdraw", "release", "disarm", "ceasefire", "access", "resign", "assist", "change", "yield", "meet", "disapprove", "investigate", "allege", "restrict", "arrest", "relations", "expel", "territory", "violence", "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize", "convict", "discontinue", "troops", "weapons", "police", "militia", "seize", "censor", "curfew", "martial-law", "deport", "withhold", "misinformation", "cyber", "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"] as const;
export type Mode = (typeof MODES)[number];
export const SECTORS = ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"] as const;
export type Sector = (typeof SECTORS)[number];
export const CONTEXTS = ["military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking"] as const;
export type Context = (typeof CONTEXTS)[number];
export const TYPE_CLASSES = ["directed", "harm", "implicit-doer", "interstate", "joint", "needs-recipient", "said", "stance"] as const;
export type TypeClass = (typeof TYPE_CLASSES)[number];
