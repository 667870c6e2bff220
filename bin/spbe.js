#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm ci` through the prepare script). CommonJS
// (bin/package.json), as the bundle is: see scripts/bundle.mjs for why. runProcess (src/cli/main.ts)
// sets the exit code and ends the process.
require("../dist/cli/spbe.cjs").runProcess(process.argv.slice(2));
