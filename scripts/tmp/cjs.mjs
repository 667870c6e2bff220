import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "/tmp/bcjs/spbe.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: process.env.MIN === "1",
  define: { SPBE_VERSION: '"0.1.0"', "import.meta.url": "__spbeUrl" },
  banner: { js: 'const __spbeUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "error",
});
