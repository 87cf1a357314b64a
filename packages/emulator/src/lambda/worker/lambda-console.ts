import { format } from "node:util";

/**
 * Lambda's Node.js runtime (text log format) prefixes every console line with the time, the
 * request id and the level: `2026-11-24T02:00:00.000Z\t<requestId>\tINFO\tmessage`. Doing the same
 * here keeps local logs greppable by request id, and libraries that log via console see Lambda's
 * behaviour.
 */
export function installLambdaConsole(currentRequestId: () => string | undefined): void {
  const write = (level: string) => (...args: unknown[]) => {
    const line = `${new Date().toISOString()}\t${currentRequestId() ?? "undefined"}\t${level}\t${format(...args)}`;
    // Multi-line messages stay one record, as in CloudWatch.
    process.stdout.write(`${line.replace(/\n/g, "\r")}\n`);
  };
  console.log = write("INFO");
  console.info = write("INFO");
  console.warn = write("WARN");
  console.error = write("ERROR");
  console.debug = write("DEBUG");
  console.trace = write("TRACE");
}
