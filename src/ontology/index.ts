import { z } from "zod";
import { EVENT_TYPES, MODES, SECTORS, TYPE_CLASSES, type EventType, type Mode, type TypeClass } from "./generated.js";

export * from "./generated.js";

/** What a type becomes when the act is announced, not done ("enviará ayuda" → AGREE, "will strike" → THREATEN). */
export interface Future { type: EventType; cameo: string; mode?: Mode | null }

const FutureSchema = z.object({ type: z.enum(EVENT_TYPES), cameo: z.string(), mode: z.enum(MODES).nullable().optional() });
export const PloverTypeSchema = z.object({
  type: z.enum(EVENT_TYPES),
  quad: z.number().int(),
  score: z.number().nullable().optional(),
  classes: z.array(z.enum(TYPE_CLASSES)).default([]),
  future: FutureSchema.optional(),
}).passthrough();
export const PloverSchema = z.object({
  types: z.array(PloverTypeSchema),
  modes: z.array(z.object({ type: z.enum(EVENT_TYPES), mode: z.enum(MODES) }).passthrough()),
  contexts: z.array(z.object({ context: z.string() }).passthrough()),
  sectors: z.array(z.object({ sector: z.enum(SECTORS) }).passthrough()),
}).passthrough();

/**
 * The PLOVER ontology as the coder uses it: type classes and announced forms, read from data/ontology/plover.json.
 * @example ontology.is("ACCUSE", "stance") // true: a said position, whose speaker is its doer
 */
export class Ontology {
  private readonly classes = new Map<EventType, ReadonlySet<TypeClass>>();
  private readonly futures = new Map<EventType, Future>();
  readonly quad = new Map<EventType, number>();

  constructor(data: z.infer<typeof PloverSchema>) {
    for (const t of data.types) {
      this.classes.set(t.type, new Set(t.classes));
      this.quad.set(t.type, t.quad);
      if (t.future) this.futures.set(t.type, t.future);
    }
  }

  /** Does `type` belong to class `cls`? */
  is(type: EventType, cls: TypeClass): boolean {
    return this.classes.get(type)?.has(cls) ?? false;
  }

  /** The announced form of `type`, if PLOVER codes it as another type. */
  future(type: EventType): Future | null {
    return this.futures.get(type) ?? null;
  }
}
