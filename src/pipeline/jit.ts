import { setFlagsFromString } from "node:v8";

/**
 * One setting of V8's optimising compiler for the coder, made once when the pipeline is loaded (before any of its
 * code is hot, so before TurboFan compiles any of it).
 *
 * The coder's rules are written as chains of array methods with callbacks (`tokens.some((t) => t.lemmas.some(…))`).
 * By default TurboFan inlines each such builtin and its callback into the caller, and one rule function then becomes a
 * graph of hundreds of nested loops: on the bench corpus the background compiler spent 12–14 s of CPU to optimise
 * about 8 s of coding, and on a two-core machine the coding thread waited for it. Without that inlining the compile
 * work halves (6 s) and the optimised code is as fast (`npm run bench`, "JIT" line; docs/performance.md).
 *
 * It only changes how V8 compiles, never what the code computes. `DYAD_V8_DEFAULTS=1` leaves V8 as it is.
 */
export const JIT_FLAGS = ["--no-turbo-inline-array-builtins"] as const;

if (process.env.DYAD_V8_DEFAULTS !== "1") for (const flag of JIT_FLAGS) setFlagsFromString(flag);
