import { z } from "zod";

/** A document to code: what `dyad code` reads from text, HTML or a JSONL line. */
export const DocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD").optional(),
  language: z.enum(["es", "en"]).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

export type Document = z.infer<typeof DocumentSchema>;
