import { fail } from "./fail.js";


const USAGE = `dyad — who did what to whom, when: political events from Spanish and English news (PLOVER + CAMEO)

usage:
  dyad code FILE|FOLDER|- ... [--format table|jsonl|json|tsv] [--date YYYY-MM-DD] [--lang es|en]
  dyad eval GOLD.json [--verbose] [--json]
  dyad eval SENTENCES.tsv [--plv] [--verbose] [--json]   PLV sentence file: accuracy and coverage per gold root
  dyad ingest FILE|FOLDER|URLS.txt|FEED-URL|URL ... [--db dyad.sqlite] [--window DAYS] [--timeout SECONDS] [--threads N] [--quiet]
  dyad query [--db dyad.sqlite] [--dyad MEX:USA] [--direction both|ab|ba] [--from D] [--to D] [--type T] [--quad N] [--context C] [--text WORDS] [--format table|jsonl|json]
  dyad confirm-date [ARTICLE] [--date YYYY-MM-DD] [--db dyad.sqlite]   list the articles held for an implausible date; confirm one
  dyad export [--db dyad.sqlite] --format jsonl|csv|gdelt|parquet [--out FILE] [query filters]
  dyad actor "TEXT"|- [--date YYYY-MM-DD] [--lang es|en] [--context TEXT] [--format table|json|jsonl]
  dyad watch FEEDS.txt [--db dyad.sqlite] [--every 15m | --once] [--webhook URL --secret-file FILE] [--timeout SECONDS]
             [--alert-window 24h] [--baseline DAYS] [--threshold Z] [--min-articles N] [--min-sd N] [--concurrency N]
  dyad feeds [--db dyad.sqlite] [--format table|json]     each watched feed's last poll, new items, failures, next poll
  dyad enqueue FILE|FOLDER|URLS.txt|FEED-URL|URL ... --db postgres://… [--retries N] [--retry-delay SECONDS] [--lease SECONDS]
  dyad worker --db postgres://… [--concurrency N] [--until-empty]   code and store queued documents
  dyad queue --db postgres://… [--format table|json]       queued / active / done / failed jobs, dead letters' reasons
  dyad serve [--db dyad.sqlite] [--port 8080] [--host 127.0.0.1] [--token-file FILE] [--cache-size N] [--allow-host NAME]...

ingest, query and export take --db FILE (SQLite) or --db postgres://USER@HOST:PORT/DB (PostgreSQL);
$DYAD_DB, when set, is their default; enqueue, worker and queue need PostgreSQL (the job queue lives in it).
`;

// Each command is loaded when it runs, so `dyad query` does not pay for the coder's knowledge base.
const COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  code: async () => (await import("./commands/code.js")).codeCommand,
  eval: async () => (await import("./commands/eval.js")).evalCommand,
  ingest: async () => (await import("./commands/ingest.js")).ingestCommand,
  query: async () => (await import("./commands/query.js")).queryCommand,
  "confirm-date": async () => (await import("./commands/confirm-date.js")).confirmDateCommand,
  export: async () => (await import("./commands/export.js")).exportCommand,
  actor: async () => (await import("./commands/actor.js")).actorCommand,
  watch: async () => (await import("./commands/watch.js")).watchCommand,
  feeds: async () => (await import("./commands/feeds.js")).feedsCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  enqueue: async () => (await import("./commands/queue.js")).enqueueCommand,
  worker: async () => (await import("./commands/queue.js")).workerCommand,
  queue: async () => (await import("./commands/queue.js")).queueCommand,
};

/** The command line: parses arguments and calls the library; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `dyad code … | head` closes the pipe early: stop quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  try {
    const load = command ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest);
    if (command === "--help" || command === "-h" || command === "help" || !command) {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    return fail(`unknown command '${command}'\n${USAGE}`);
  } catch (e) {
    return fail((e as Error).message.split("\n")[0] ?? "unexpected error");
  }
}
