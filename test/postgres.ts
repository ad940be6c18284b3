import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Debian's PostgreSQL 15 binaries (`apt-get install postgresql`; .ci/run installs them when missing). */
export const PGBIN = process.env.DYAD_PGBIN ?? "/usr/lib/postgresql/15/bin";
/** Why the PostgreSQL tests cannot run here, or false when they can. */
export const noPostgres: string | false = existsSync(`${PGBIN}/initdb`) ? false : `PostgreSQL 15 is not installed (${PGBIN}/initdb is missing: apt-get install postgresql)`;

export interface TestServer {
  /** `postgres://dyad@127.0.0.1:PORT/postgres`: the server's maintenance database. */
  readonly url: string;
  /** A new empty database on the server, by URL. */
  database(): Promise<string>;
  /** Stop the server (`pg_ctl -m fast stop`) and remove its directory. */
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// initdb refuses to run as root: as root the server runs as the postgres user, as anyone else as that user.
const asServerUser = (cmd: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];

function run(cmd: string, args: string[]): void {
  const [c, a] = asServerUser(cmd, args);
  execFileSync(c, a, { stdio: ["ignore", "ignore", "pipe"] });
}

let databases = 0;

/**
 * A real PostgreSQL server in a temporary directory, on a free port of 127.0.0.1, with trust authentication for
 * the superuser `dyad`.
 * @example const server = await startPostgres(); const url = await server.database(); …; server.stop()
 */
export async function startPostgres(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-pg-"));
  if (process.getuid?.() === 0) {
    const ids = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const gid = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, "data");
  let started = false;
  const stop = (): void => {
    if (started) {
      const [c, a] = asServerUser(`${PGBIN}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"]);
      spawnSync(c, a, { stdio: "ignore" });
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", stop);
  };
  process.on("exit", stop);
  try {
    run(`${PGBIN}/initdb`, ["-D", data, "-U", "dyad", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    const port = await freePort();
    run(`${PGBIN}/pg_ctl`, ["-D", data, "-l", join(dir, "pg.log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "start"]);
    started = true;
    const url = `postgres://dyad@127.0.0.1:${port}/postgres`;
    return {
      url,
      stop,
      async database(): Promise<string> {
        const name = `t${process.pid}_${++databases}`;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${name}`);
        } finally {
          await client.end();
        }
        return `postgres://dyad@127.0.0.1:${port}/${name}`;
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
