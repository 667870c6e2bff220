#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm ci` through the prepare script). CommonJS
// (bin/package.json), as the bundle is: see scripts/bundle.mjs for why.
const { main } = require("../dist/cli/spbe.cjs");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
