import { readFileSync } from "node:fs";

/**
 * The local addresses on which some process listens on `port`, read from /proc/net/tcp{,6}
 * (Linux). Lets a test prove a server bound to loopback only without sending traffic anywhere.
 */
export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let table: string;
    try {
      table = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of table.trim().split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== "0A" || !local) continue; // 0A = LISTEN
      const [hexAddress = "", hexPort = ""] = local.split(":");
      if (parseInt(hexPort, 16) === port) found.push(decodeAddress(hexAddress));
    }
  }
  return found;
}

function decodeAddress(hex: string): string {
  // /proc stores each 32-bit word in host (little-endian) order.
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join(".");
  const isV4Mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (isV4Mapped) return `::ffff:${bytes.slice(12).join(".")}`;
  if (bytes.every((b) => b === 0)) return "::";
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(":");
}

/** True when every listening address is a loopback one (127.0.0.0/8, ::1, or v4-mapped loopback). */
export function isLoopbackOnly(addresses: string[]): boolean {
  return addresses.length > 0 && addresses.every((a) => /^(::ffff:)?127\./.test(a) || a === "0:0:0:0:0:0:0:1");
}
