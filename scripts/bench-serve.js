// `dyad serve` on a free port for the benches (scripts/bench-api.js, scripts/bench-postgres.js): resolves with its
// address once it prints it, rejects if it exits first.
import { spawn } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;

export function serve(db, cacheSize, { stderr = "ignore" } = {}) {
  const args = ["serve", "--db", db, "--port", "0", "--host", "127.0.0.1", "--cache-size", String(cacheSize)];
  const child = spawn(process.execPath, [`${root}bin/dyad.js`, ...args], { stdio: ["ignore", "pipe", stderr] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.once("exit", (code) => reject(new Error(`dyad serve exited with ${code}`)));
  });
}
