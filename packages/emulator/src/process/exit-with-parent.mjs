/* global process -- a Node preload script (ESLint sees plain JavaScript here) */
// Preloaded into a Node child (`node --import <this file> …`) that was spawned with a lifeline
// (spawnOwned): its stdin is a pipe the parent never writes to. End-of-file means the parent died,
// however it died (SIGKILL included), so the child exits instead of being orphaned with its port.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
// Reading stdin must not be what keeps the child alive on its own.
process.stdin.unref?.();
