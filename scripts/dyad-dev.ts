// The CLI run straight from the TypeScript sources, without a build: `node --import tsx scripts/dyad-dev.ts eval GOLD.json`.
import { main } from "../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
