#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm ci` through the prepare script).
import { main } from "../dist/cli/spbe.js";

process.exitCode = await main(process.argv.slice(2));
