import type { EventPlace } from "../places/resolve.js";
import type { Actor } from "../model/actor.js";

/** The fields merging looks at. */
export interface Mergeable { type: string; mode?: string | null; toll?: boolean; anaphoric?: boolean; date: string; source: Actor[]; target: Actor[]; symmetric: boolean; contexts: string[]; sentence?: number; trace?: string[]; place?: EventPlace | null }

/** An actor's identity for merging: country or organisation, and sector. */
export const identity = (a: Actor): string => `${a.country ?? a.org ?? "?"}/${a.sector ?? "?"}`;
const side = (xs: Actor[]): string => [...new Set(xs.map(identity))].sort().join("+");

/** Merge key: type, date and the two sides' identities (order-free for two-sided events). */
export function mergeKey(e: Mergeable): string {
  const a = side(e.source);
  const b = side(e.target);
  const pair = e.symmetric ? [a, b].sort().join("|") : `${a}>${b}`;
  return `${e.type}|${e.date}|${pair}`;
}

/**
 * One record per event per document: later mentions of the same event add their contexts to the first.
 * @example mergeMentions([call, sameCallAgain]) // [call]
 */
export function mergeMentions<T extends Mergeable>(events: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const e of events) {
    const key = mergeKey(e);
    // (The mirrored key only for a two-sided event: a copy of the event and a second key for every other is waste.)
    const first = byKey.get(key) ?? (e.symmetric ? byKey.get(mergeKey({ ...e, source: e.target, target: e.source })) : undefined);
    if (!first) {
      byKey.set(key, e);
      continue;
    }
    if (!first.place && e.place) first.place = e.place;
    // "Two activists were arrested. They are held in Lukashenko's jails": a doer the first mention only inferred (no
    // text) gives way to the same side a later mention names.
    if (first.source.length && first.source.every((a) => !a.text) && e.source.some((a) => a.text)) first.source = e.source;
    absorb(first, e, `merge.mention: told again${e.sentence !== undefined ? ` in sentence ${e.sentence}` : ""} with the same type, sides and date`);
  }
  // "Un policía resultó herido tras ser atacado por sujetos armados", "was wounded after being shot by gunmen": an act
  // told with no doer, beside the same act on the same side told with its doer in one sentence, is that act.
  const kept = [...byKey.values()];
  const rest = kept.filter((e) => {
    if (e.source.length || !e.target.length || e.sentence === undefined) return true;
    const told = kept.find((o) => o !== e && o.source.length && o.type === e.type && o.date === e.date && o.sentence === e.sentence && side(o.target) === side(e.target));
    if (!told) return true;
    absorb(told, e, `merge.mention: told again in sentence ${e.sentence} without its doer`);
    return false;
  });
  return mergeAddressed(mergeCasualties(mergeAnaphors(rest)));
}

/**
 * "Los marinos detuvieron a X. La captura se logró gracias a…", "La petición ya obra en poder de la Corte": an act told
 * by a noun that refers back (Mergeable.anaphoric: a definite article, no party of its own) is the act of its type an
 * earlier sentence told, whatever sides the noun's sentence lends it (GUIDELINES: one record per real-world event).
 */
function mergeAnaphors<T extends Mergeable>(events: readonly T[]): T[] {
  let gone: Set<T> | undefined;
  for (const e of events) {
    if (!e.anaphoric || e.sentence === undefined) continue;
    const told = events.find((o) => o !== e && !gone?.has(o) && o.type === e.type && o.sentence !== undefined && o.sentence < e.sentence!);
    if (!told) continue;
    (gone ??= new Set()).add(e);
    absorb(told, e, `merge.anaphor: "${e.type}" told again in sentence ${e.sentence} by a noun that refers back to it`);
  }
  return gone ? events.filter((e) => !gone!.has(e)) : [...events];
}

// A mention merged into the record it tells again: its contexts join the record's, and the record's trace says why.
function absorb(into: Mergeable, mention: Mergeable, why: string): void {
  for (const c of mention.contexts) if (!into.contexts.includes(c)) into.contexts.push(c);
  into.trace?.push(why);
}

// Verbal acts that one statement may tell twice, once with whom it addresses and once without. (Not requests: "le
// pidió a Ortega renunciar…, en la que hizo un llamado a…" may tell another's request in a clause of its own.)
const VERBAL = new Set(["ACCUSE", "REJECT"]);
// Material acts that a story tells again (in a later sentence, or in the same one by another word of the same kind)
// without whom they struck, the same day and by the same doer, of the same kind: "el operativo en el que fue capturado", "voiced his dismay at the Israeli attacks" (one
// operation, one wave of strikes: one record).
const MATERIAL = new Set(["COERCE", "ASSAULT"]);
// A riot: its acts (stones thrown, vehicles set on fire) told in one sentence are one riot.
const RIOT = { type: "PROTEST", mode: "riot" } as const;

/**
 * "convocó al embajador ruso para trasladarle la más enérgica protesta", "condemned Israel's raid and voiced concern":
 * a verbal act told with no addressee, beside the same act of the same doer told with one in the same sentence, is
 * that act told again; so is a material act told with nobody it struck after the same act of the same doer told with
 * its target in an earlier sentence (MATERIAL). GUIDELINES: one record per real-world event.
 */
function mergeAddressed<T extends Mergeable>(events: readonly T[]): T[] {
  let gone: Set<T> | undefined;
  // "calificó la captura de secuestro y responsabilizó al ministro de ordenarla": a judgement whose addressee is only
  // the doer of the act it names (rule target.reaction), beside one of the same doer in the same sentence that names
  // whom it blames in that act's country, is one accusation told twice; it addresses whom the statement names.
  const addressed = (o: T) => o.target.length > 0 && !(VERBAL.has(o.type) && reactionTarget(o));
  for (const e of events) {
    // ("Protesters hurled stones at police and set fire to two vehicles", "threw stones and set fire to a police post": an
    // act of a riot that names nobody it struck, or a later one, beside the same doers' riot told in the same sentence
    // with whom it struck, is that riot.)
    const riot = e.type === RIOT.type && e.mode === RIOT.mode;
    if ((!VERBAL.has(e.type) && !MATERIAL.has(e.type) && !riot) || (addressed(e) && !riot) || !e.source.length || e.sentence === undefined) continue;
    const inferred = e.target.every((t) => t.start < 0);
    const earlier = (o: T) => !riot || (o.sentence === e.sentence && (inferred || events.indexOf(o) < events.indexOf(e)));
    // (A material act may be told again later in the story: see MATERIAL.)
    // (…of the same kind, where both tell it: a deportation and a closure are two acts.)
    // (…or in the same sentence where both name the same kind: "police used tear gas to disperse the protesters" is
    // one act told by its instrument and by its verb.)
    const where = (o: T) => (VERBAL.has(e.type) ? o.sentence === e.sentence :
      o.sentence !== undefined && ((o.sentence < e.sentence! && (!o.mode || !e.mode || o.mode === e.mode)) || (o.sentence === e.sentence && !!o.mode && o.mode === e.mode)));
    // (…blaming someone of the country whose act it judges: "condemned the bombing and criticized the United States
    // for…" judges two parties.)
    const sameState = (o: T) => !e.target.length || o.target.every((b) => e.target.some((a) => !!a.country && a.country === b.country));
    // (…whom the statement names: a side the coder only inferred, the other side of the story's relation, names nobody.)
    const named = (o: T) => o.target.some((t) => t.start >= 0);
    const told = events.find((o) => o !== e && !gone?.has(o) && o.type === e.type && addressed(o) && named(o) && sameState(o) && where(o) && earlier(o) && o.date === e.date && side(o.source) === side(e.source));
    if (!told) continue;
    (gone ??= new Set()).add(e);
    absorb(told, e, `merge.mention: told again in sentence ${e.sentence} without whom it addresses`);
  }
  return gone ? events.filter((e) => !gone!.has(e)) : [...events];
}

/** Did the record take its target from the act it reacts to (decision rule target.reaction)? */
const reactionTarget = (e: Mergeable): boolean => !!e.trace?.some((t) => t.startsWith("target.reaction:"));

// The type of an act whose toll a sentence may tell beside it.
const VIOLENCE = "ASSAULT";
// Modes of force done to people one by one: such an act is no attack that a toll of killed or wounded belongs to
// ("ejecutaron a cuatro personas y desaparecieron a otra" are two acts).
const ON_PERSONS = new Set(["abduct", "torture", "sexual", "beat", "targeted"]);

/**
 * "Four soldiers were killed when militants attacked a camp", "Un ataque aéreo israelí mató a un comandante",
 * "warplanes struck targets, killing 12 people": an attack and its toll (a verb of killing or wounding, Draft.toll) in
 * one sentence, the toll's doer unnamed or the attack's, are one act (GUIDELINES: one record per real-world event).
 * The attack stays (the toll, if only it tells how: "ejecutado … en combate"), with the toll's victims first among
 * its targets, and the other's doer if it had none. Two tolls ("ejecutaron a una persona e hirieron a otra") stay two acts.
 */
function mergeCasualties<T extends Mergeable>(events: readonly T[]): T[] {
  const gone = new Set<T>();
  for (const e of events) {
    if (e.type !== VIOLENCE || !e.toll || e.sentence === undefined) continue;
    // (In the toll's own sentence the day may be told with the attack alone: "Two soldiers were killed when rebels
    // ambushed a patrol on Saturday" is one act of Saturday.)
    const attackIn = (n: number) => events.find((o) => o !== e && !gone.has(o) && o.type === VIOLENCE && !o.toll && !ON_PERSONS.has(o.mode ?? "") &&
      o.sentence === n && (o.date === e.date || n === e.sentence) && (!e.source.length || !o.source.length || side(o.source) === side(e.source)));
    // (…or in the sentence before, where the toll's own sentence tells no attack: "Tropas se enfrentaron con
    // guerrilleros. En los combates murieron dos soldados y otros cuatro resultaron heridos.")
    const attack = attackIn(e.sentence) ?? (events.some((o) => o.type === VIOLENCE && !o.toll && o.sentence === e.sentence) ? undefined : attackIn(e.sentence - 1));
    if (!attack) continue;
    // (A toll that tells how, "ejecutado", and an attack that does not, "en combate", stay as the toll.)
    const [keep, told] = e.mode && !attack.mode ? [e, attack] : [attack, e];
    keep.date = attack.date;
    gone.add(told);
    // The toll's victims first: they are whom the attack hit (its own object may be a place, a post or a camp).
    const others = attack.target.filter((a) => !e.target.some((b) => identity(b) === identity(a)));
    keep.target.splice(0, keep.target.length, ...e.target, ...others);
    if (!keep.source.length) keep.source.push(...told.source);
    absorb(keep, told, `merge.casualties: an attack and its toll told in sentence ${e.sentence} are one act`);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : [...events];
}
