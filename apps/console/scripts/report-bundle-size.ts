/**
 * Prints the initial JavaScript of the last build, gzipped: the entry chunk and every chunk it
 * imports statically (what the browser must fetch before the first page renders). Lazy chunks
 * (dynamic imports) are listed apart. Exits 1 over the budget.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const initial = new Set<string>();
const visit = (key: string) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const next of manifest[key]?.imports ?? []) visit(next);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const initialFiles = [...initial].map((key) => manifest[key]?.file).filter((file): file is string => !!file && file.endsWith(".js"));
const lazyFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith(".js") && !initialFiles.includes(file));
const total = initialFiles.reduce((sum, file) => sum + gzipKb(file), 0);

console.log("\nInitial JS (gzip -9):");
for (const file of initialFiles) console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);
console.log(`  ${total.toFixed(1).padStart(7)} KB  total (budget ${BUDGET_KB} KB)`);
console.log("Loaded on demand (gzip -9):");
for (const file of lazyFiles.sort()) console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);
if (total > BUDGET_KB) {
  console.error(`Initial JS is ${total.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
