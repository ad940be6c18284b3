import { z } from "zod";

const GoldActor = z.object({
  text: z.string().optional(),
  name: z.string().optional(),
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
}).passthrough();
export type GoldActor = z.infer<typeof GoldActor>;

const GoldEvent = z.object({
  type: z.string(),
  mode: z.string().nullable().optional(),
  cameo: z.string().optional(),
  date: z.string().optional(),
  symmetric: z.boolean().optional(),
  contexts: z.array(z.string()).optional(),
  evidence: z.string().optional(),
  source: z.array(GoldActor).default([]),
  target: z.array(GoldActor).default([]),
}).passthrough();
export type GoldEvent = z.infer<typeof GoldEvent>;

/** A gold file: documents with their annotated events (see shared GUIDELINES.md, "File format"). */
export const GoldFileSchema = z.array(z.object({
  id: z.string(),
  language: z.enum(["es", "en"]),
  date: z.string(),
  title: z.string().optional(),
  text: z.string(),
  typeOnly: z.boolean().optional(),
  events: z.array(GoldEvent),
}).passthrough());
export type GoldDoc = z.infer<typeof GoldFileSchema>[number];
