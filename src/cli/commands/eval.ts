import { parseArgs } from "node:util";
import { evaluateFile, report } from "../eval.js";
import { fail } from "../fail.js";

/** `dyad eval GOLD.json …`: score the coder against gold files. */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: "boolean" }, json: { type: "boolean" } } });
  if (positionals.length === 0) return fail("eval: give a gold file (JSON)");
  for (const path of positionals) {
    const s = await evaluateFile(path);
    process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...s, misses: undefined, falses: undefined })}\n` : `${report(path, s, !!values.verbose)}\n`);
  }
  return 0;
}
