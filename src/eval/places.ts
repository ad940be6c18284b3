import { z } from "zod";
import type { EventRecord } from "../model/event.js";
import type { Document } from "../model/document.js";

const GoldPlaceSchema = z.object({
  name: z.string().optional(),
  country: z.string().regex(/^[A-Z]{3}$/),
  admin1_code: z.string().optional(),
  admin1: z.string().optional(),
  admin2: z.string().optional(),
  precision: z.enum(["city", "admin2", "admin1", "country"]),
  geonameid: z.number().int().optional(),
});

/** One line of a place gold file (JSONL): a short text, and where each of its events happened (null: nowhere said). */
export const PlaceGoldItemSchema = z.object({
  id: z.string(),
  lang: z.enum(["es", "en"]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  events: z.array(z.object({ trigger: z.string().min(1), place: GoldPlaceSchema.nullable() })).min(1),
  note: z.string().optional(),
});
export type PlaceGoldItem = z.infer<typeof PlaceGoldItemSchema>;
type GoldPlace = z.infer<typeof GoldPlaceSchema>;

/** Parse a place gold file; a bad line is an error naming it. */
export function parsePlaceGold(content: string): PlaceGoldItem[] {
  return content.split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [PlaceGoldItemSchema.parse(JSON.parse(line))];
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message.split("\n")[0]}`);
    }
  });
}

/** How one gold event fared. */
export interface PlaceResult {
  item: string;
  trigger: string;
  gold: GoldPlace | null;
  /** The coded event at the gold trigger; undefined when the coder found none there. */
  found: boolean;
  predicted: EventRecord["place"] | null;
  admin1Right: boolean | null;
  cityRight: boolean | null;
}

export interface PlaceScore {
  events: number;
  /** Gold events the coder found (at the gold trigger). */
  found: number;
  /** Found events with a gold place: first-level division (or country, for a country-level place) right. */
  placed: number;
  admin1Right: number;
  /** Found events whose gold place is a city: the same GeoNames place. */
  cities: number;
  cityRight: number;
  /** Found events whose gold says no place, and those given one anyway (a place only talked about). */
  negatives: number;
  falsePlaces: number;
}

function admin1Matches(gold: GoldPlace, p: NonNullable<EventRecord["place"]>): boolean {
  if (gold.country !== p.country) return false;
  if (gold.precision === "country" || !gold.admin1_code) return true;
  return gold.admin1_code === p.admin1_code;
}

function cityMatches(gold: GoldPlace, p: NonNullable<EventRecord["place"]>): boolean {
  if (p.precision !== "city") return false;
  if (gold.geonameid !== undefined) return gold.geonameid === p.geonameid;
  return gold.country === p.country && gold.name === p.name;
}

/**
 * Score the place stage on a gold file: each gold event is matched to the coded event whose trigger overlaps it;
 * an event the coder does not find counts in `events` only (that is the coder's recall, not the place stage's).
 */
export async function scorePlaces(items: readonly PlaceGoldItem[], code: (doc: Document) => Promise<EventRecord[]>): Promise<{ score: PlaceScore; results: PlaceResult[] }> {
  const results: PlaceResult[] = [];
  for (const item of items) {
    const events = await code({ id: item.id, text: item.text, date: item.date, language: item.lang });
    for (const g of item.events) {
      const at = item.text.indexOf(g.trigger);
      const e = events.find((x) => x.trigger.start < at + g.trigger.length && x.trigger.end > at);
      const p = e?.place ?? null;
      results.push({
        item: item.id, trigger: g.trigger, gold: g.place, found: !!e, predicted: p,
        admin1Right: e && g.place ? !!p && admin1Matches(g.place, p) : null,
        cityRight: e && g.place?.precision === "city" ? !!p && cityMatches(g.place, p) : null,
      });
    }
  }
  const found = results.filter((r) => r.found);
  const score: PlaceScore = {
    events: results.length, found: found.length,
    placed: found.filter((r) => r.gold).length, admin1Right: found.filter((r) => r.admin1Right).length,
    cities: found.filter((r) => r.gold?.precision === "city").length, cityRight: found.filter((r) => r.cityRight).length,
    negatives: found.filter((r) => !r.gold).length, falsePlaces: found.filter((r) => !r.gold && r.predicted).length,
  };
  return { score, results };
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : "n/a");
const show = (p: GoldPlace | EventRecord["place"] | null | undefined): string =>
  p ? `${p.name ?? "?"} (${[p.admin1, p.country].filter(Boolean).join(", ")}; ${p.precision})` : "none";

/** The report `dyad eval PLACES.jsonl` prints. */
export function placeReport(path: string, s: PlaceScore, results: readonly PlaceResult[], verbose: boolean): string {
  const lines = [
    `${path}: ${s.events} gold events, ${s.found} found by the coder (${pct(s.found, s.events)})`,
    `first-level division right  ${pct(s.admin1Right, s.placed)}  (${s.admin1Right}/${s.placed})`,
    `city right                  ${pct(s.cityRight, s.cities)}  (${s.cityRight}/${s.cities})`,
    `place given where none      ${pct(s.falsePlaces, s.negatives)}  (${s.falsePlaces}/${s.negatives})`,
  ];
  if (verbose) {
    for (const r of results) {
      if (!r.found) continue;
      const wrong = r.gold ? !r.admin1Right || r.cityRight === false : !!r.predicted;
      if (wrong) lines.push(`  ${r.item} "${r.trigger}": gold ${show(r.gold)}, dyad ${show(r.predicted)}${r.predicted ? ` from "${r.predicted.text}"` : ""}`);
    }
  }
  return lines.join("\n");
}
