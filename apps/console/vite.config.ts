import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * One config for `vite`, `vite build` and the local stack's server (src/serve). The console's
 * settings are `VITE_*` variables (src/config/console-config.ts reads them).
 */
export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", strictPort: true },
  preview: { host: "127.0.0.1", strictPort: true },
  build: {
    // Budget: initial JS <= 250 KB gzip (scripts/report-bundle-size.ts prints it after each build).
    chunkSizeWarningLimit: 600,
    sourcemap: true,
    // scripts/report-bundle-size.ts reads it to find what index.html loads up front.
    manifest: true,
  },
});
