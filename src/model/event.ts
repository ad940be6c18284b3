import { z } from "zod";

export const ActorSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  sector: z.string().nullable(),
  org: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

/** The record dyad emits for one event in one document: the output contract. */
export const EventSchema = z.object({
  doc: z.string(),
  id: z.string(),
  type: z.string(),
  mode: z.string().nullable(),
  cameo: z.string(),
  goldstein: z.number().nullable(),
  quad: z.number().int().min(1).max(4),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.array(ActorSchema),
  target: z.array(ActorSchema),
  contexts: z.array(z.string()),
  sentence: z.number().int(),
  evidence: z.string(),
  trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  language: z.string(),
  rule: z.string(),
  symmetric: z.boolean(),
  /** The decisions that made the event, in order ("source.speaker: …"); `dyad code --explain` prints them. */
  trace: z.array(z.string()).optional(),
});

export type EventRecord = z.infer<typeof EventSchema>;
