import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const JAVA_MISSING_MESSAGE =
  "DynamoDB Local needs a Java runtime (17 or newer). " +
  "On Debian/Ubuntu: sudo apt-get install -y default-jre-headless (or set LINKGATE_JAVA to a java executable)";

/** Throws a message that says how to install Java when `java` cannot be run. */
export function assertJavaAvailable(java = "java"): void {
  const probe = spawnSync(java, ["-version"], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) throw new Error(`${java} does not run. ${JAVA_MISSING_MESSAGE}`);
}

/**
 * How to run a single-file Java program: compiled once with javac into a cache keyed by the source's
 * hash (saves ~1 s per start), or as a source-file program when only a JRE is installed. The javac
 * beside `java` comes first, so both are from the same JDK.
 */
export function javaProgram(java: string, sourceFile: string, classpath: string): { classpath: string; mainClass: string } {
  const source = readFileSync(sourceFile);
  const mainClass = sourceFile.replace(/^.*[\\/]/, "").replace(/\.java$/, "");
  const outDir = join(tmpdir(), "linkgate-java", createHash("sha256").update(source).digest("hex").slice(0, 16));
  if (!existsSync(join(outDir, `${mainClass}.class`))) {
    mkdirSync(outDir, { recursive: true });
    const sibling = join(dirname(java), "javac");
    const compiled = spawnSync(existsSync(sibling) ? sibling : "javac", ["-nowarn", "-cp", classpath, "-d", outDir, sourceFile], { stdio: "pipe" });
    if (compiled.error || compiled.status !== 0) return { classpath, mainClass: sourceFile };
  }
  return { classpath: `${outDir}${process.platform === "win32" ? ";" : ":"}${classpath}`, mainClass };
}
