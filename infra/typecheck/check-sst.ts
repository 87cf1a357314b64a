import { ensureSstPlatform } from "./sst-platform";
import { formatDiagnostics, sstDiagnostics, sstRootFiles } from "./sst-program";

// `npm run typecheck` (after tsc): installs SST's platform if needed, then checks the SST code.
ensureSstPlatform();
const files = sstRootFiles();
const diagnostics = sstDiagnostics(files);
if (diagnostics.length > 0) {
  console.error(formatDiagnostics(diagnostics));
  console.error(`SST type check: ${diagnostics.length} error(s).`);
  process.exit(1);
}
console.log(`SST type check: ${files.length} files against .sst/platform, no errors.`);
