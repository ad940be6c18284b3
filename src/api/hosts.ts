import { isIP } from "node:net";

const WILDCARD = new Set(["0.0.0.0", "::", ""]);
const loopback = (h: string): boolean => h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);

/** The name in a Host header, without its port, brackets or trailing dot, in lower case. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  const name = h.startsWith("[") ? h.slice(1, h.indexOf("]") < 0 ? undefined : h.indexOf("]")) : h.split(":").length === 2 ? h.split(":")[0]! : h;
  return name.replace(/\.$/, "");
}

/**
 * Which Host headers name this server, against DNS rebinding (a page of another site whose name is pointed at this
 * machine's address afterwards): the address it is bound to; on a loopback address, `localhost` and the loopback
 * addresses; on all interfaces (0.0.0.0, ::), any IP address; and the names given (`dyad serve --allow-host NAME`).
 * A request without a Host header (HTTP/1.0, not a browser) passes.
 * @example const ok = hostGuard("127.0.0.1"); ok("localhost:8080") // true; ok("attacker.example:8080") // false
 */
export function hostGuard(bind: string, names: readonly string[] = []): (header: string | undefined) => boolean {
  const b = hostName(bind);
  const allowed = new Set(names.map(hostName));
  return (header) => {
    if (header === undefined) return true;
    const h = hostName(header);
    if (allowed.has(h) || h === b) return true;
    if (loopback(b) && loopback(h)) return true;
    return WILDCARD.has(b) && (isIP(h) !== 0 || h === "localhost");
  };
}
