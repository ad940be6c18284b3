import { parseArgs } from "node:util";
import { evaluateFile, evaluatePlvFile, plvReport, report } from "../eval.js";
import { fail } from "../fail.js";

/** `dyad eval GOLD.json|SENTENCES.tsv …`: score the coder against gold files (JSON) or PLV sentence files (TSV). */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: "boolean" }, json: { type: "boolean" }, plv: { type: "boolean" } } });
  if (positionals.length === 0) return fail("eval: give a gold file (JSON) or a PLV sentence file (TSV)");
  for (const path of positionals) {
    if (values.plv || /\.tsv$/i.test(path)) {
      const { score, results } = await evaluatePlvFile(path);
      process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...score })}\n` : `${plvReport(path, score, results, !!values.verbose)}\n`);
      continue;
    }
    const s = await evaluateFile(path);
    process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...s, misses: undefined, falses: undefined })}\n` : `${report(path, s, !!values.verbose)}\n`);
  }
  return 0;
}
