import { z } from "zod";
import { EVENT_TYPES, MODES } from "../ontology/generated.js";

const id = z.string().min(1);

export const EventRuleSchema = z.object({
  id,
  pattern: z.string().min(1),
  pos: z.enum(["verb", "noun"]),
  type: z.enum(EVENT_TYPES),
  mode: z.enum(MODES).nullable().optional(),
  cameo: z.string().regex(/^\d{2,4}$/),
  symmetric: z.boolean().optional(),
  /** "recibió amenazas", "desaparecieron de la finca": the subject undergoes the event (it is the target). */
  undergoer: z.boolean().optional(),
  /** "fue ejecutada por paramilitares": a rule that codes only with a victim ("el proyecto fue ejecutado" harms nobody). */
  needsTarget: z.boolean().optional(),
  /** "freed two ex-ministers": a rule that codes only with a party as its direct object ("released a statement" frees nobody). */
  needsObject: z.boolean().optional(),
  /** "unrest", "uprising": a state of affairs, coded only when the text names who is in it or against whom. */
  needsParty: z.boolean().optional(),
  /**
   * "puso a disposición de los afectados sus hospitales": an act only in the active voice; its passive is another
   * construction ("fue puesto a disposición del juez": a detainee handed to a court, no offer).
   */
  activeOnly: z.boolean().optional(),
  /** "repelieron la agresión", "returned fire": an act that answers an attack, aimed at the attackers when no one else is named. */
  answers: z.boolean().optional(),
  /**
   * "called the trial “politically motivated”": a rule ending on a quotation mark that does not hold when the quotation
   * it opens holds a word of these grammar lists, "a|b" ("described the talks as “constructive”" criticises nobody).
   */
  unlessQuoted: z.string().optional(),
  note: z.string().optional(),
});
export type EventRule = z.infer<typeof EventRuleSchema>;

const Terms = z.object({ es: z.array(z.string()).optional(), en: z.array(z.string()).optional(), any: z.array(z.string()).optional() });

export const OfficeSchema = z.object({
  office: z.string(),
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});
export type Office = z.infer<typeof OfficeSchema>;

export const ActorEntrySchema = z.object({
  id,
  kind: z.enum(["country", "metonym", "demonym", "institution", "org", "role", "person", "group", "place"]),
  name: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
  terms: Terms,
  offices: z.array(OfficeSchema).optional(),
  wikidata: z.string().optional(),
  source: z.string().optional(),
  /** "capitalized": the terms name this entry only with their capitals ("Irán", not the verb "irán"). */
  case: z.literal("capitalized").optional(),
  /** A role that names a body or a crowd ("la policía", "the protesters"), never one person a pronoun could stand for. */
  collective: z.boolean().optional(),
  /**
   * An epithet that stands for what was named last, never for a person: "body", any body ("the bloc", "el
   * organismo"); "agency", a state's institution ("la dependencia"); "force", a police or military force ("los
   * uniformados"); "armed", an armed group named before ("ese grupo armado", "the militia"); "criminal", a criminal
   * group ("esa organización criminal", "the gang"); "party", a political party ("el partido", "the party"); "union", a
   * trade union ("el sindicato", "the union"); "rebel", a rebel group ("the rebels", "los guerrilleros"); "group", any
   * group named before ("la agrupación", "the group"); "organisation", a group or an international organisation
   * ("esta organización", "the organisation"); "person", the person the story named last, by the first the sentence
   * that named them names ("the 62-year-old").
   */
  antecedent: z.enum(["body", "agency", "force", "armed", "criminal", "party", "union", "rebel", "group", "organisation", "person"]).optional(),
});
export type ActorEntry = z.infer<typeof ActorEntrySchema>;
/** What an epithet stands for (see ActorEntrySchema's `antecedent`). */
export type Antecedent = NonNullable<ActorEntry["antecedent"]>;

export const ContextEntrySchema = z.object({ id, context: z.string(), terms: z.array(z.string()) });
export type ContextEntry = z.infer<typeof ContextEntrySchema>;

export const GrammarEntrySchema = z.object({ id, words: z.array(z.string()) });

export const CameoEntrySchema = z.object({
  id,
  code: z.string(),
  name: z.string(),
  goldstein: z.number(),
  quad: z.number().int(),
  plover: z.object({ type: z.string(), mode: z.string().nullable().optional() }).nullable().optional(),
  /** An act of a said PLOVER type done in person (signing an agreement): placed like a joint act, where it was done. */
  done: z.boolean().optional(),
});
export type CameoEntry = z.infer<typeof CameoEntrySchema>;

/** A data file: `{note, entries}`. */
export const fileOf = <T extends z.ZodTypeAny>(entry: T) => z.object({ note: z.string().optional(), entries: z.array(entry) });
