import type { Queries } from "./queries.js";

// A method of the SQLite read model as the app calls it: its answer, or a promise of it.
type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : F;

/**
 * The queries the API needs beyond the Store: the events list, an event's detail, a dyad's timeline, agenda and places,
 * actor search, partners, articles. SQLite answers at once (`openQueries`, src/api/queries.ts); PostgreSQL with
 * promises (`openPostgresQueries`, src/api/queries-postgres.ts). Both give the same answers for the same events.
 */
export type ReadModel = { readonly [K in keyof Queries]: MaybeAsync<Queries[K]> };
