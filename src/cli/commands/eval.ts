import { parseArgs } from "node:util";
import { evaluateFile, evaluatePlaceFile, evaluatePlvFile, plvReport, report } from "../eval.js";
import { placeReport } from "../../eval/places.js";
import { fail } from "../fail.js";

/** `dyad eval GOLD.json|SENTENCES.tsv|PLACES.jsonl …`: score the coder against gold files (JSON), PLV sentence files (TSV) or place gold (JSONL). */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: "boolean" }, json: { type: "boolean" }, plv: { type: "boolean" } } });
  if (positionals.length === 0) return fail("eval: give a gold file (JSON) or a PLV sentence file (TSV)");
  for (const path of positionals) {
    if (values.plv || /\.tsv$/i.test(path)) {
      const { score, results } = await evaluatePlvFile(path);
      process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...score })}\n` : `${plvReport(path, score, results, !!values.verbose)}\n`);
      continue;
    }
    if (/\.jsonl$/i.test(path)) {
      const { score, results } = await evaluatePlaceFile(path);
      process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...score })}\n` : `${placeReport(path, score, results, !!values.verbose)}\n`);
      continue;
    }
    const s = await evaluateFile(path);
    process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...s, misses: undefined, falses: undefined })}\n` : `${report(path, s, !!values.verbose)}\n`);
  }
  return 0;
}
