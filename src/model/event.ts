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

/** Where an event happened, from the gazetteer (GeoNames); null when the text does not say. */
export const PlaceSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  name: z.string(),
  country: z.string().regex(/^[A-Z]{3}$/),
  admin1: z.string().nullable(),
  admin1_code: z.string().nullable(),
  admin2: z.string().nullable(),
  /** Only a populated place has coordinates: a division or a country is never pinned to a made-up centroid. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameid: z.number().int().nullable(),
  precision: z.enum(["city", "admin2", "admin1", "country"]),
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
  /** Always present in dyad's output (null when the text does not say where); optional for records stored before places. */
  place: PlaceSchema.nullable().optional(),
  /** "YYYY" or "YYYY-MM" when the text dates the act by a past year or month only ("en febrero", "in 2019", "last
   *  year"): history the story recalls. `date` is then the report's (the act is undated), and reports of it merge only
   *  with reports that recall the same period. Absent for the news of the day. */
  period: z.string().regex(/^\d{4}(-\d{2})?$/).optional(),
  /** The decisions that made the event, in order ("source.speaker: …"); `dyad code --explain` prints them. */
  trace: z.array(z.string()).optional(),
});

export type EventRecord = z.infer<typeof EventSchema>;
