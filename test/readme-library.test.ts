/**
 * The README's library example, run as written: the code block after
 * `<!-- contoh-pustaka -->` goes to a fresh Node process in the clone's root,
 * where `import … from "spbe"` resolves through the package's own `exports`
 * to the built dist/ (as it would from node_modules), and what it prints must
 * be the block after `<!-- contoh-pustaka: keluaran -->`. A real process
 * because the point is the package as users import it, not the sources.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const block = (marker: string, lang: string) => new RegExp(`<!-- ${marker} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(README)?.[1];

describe("the README's library example", () => {
  it("runs as written and prints what the README says", () => {
    const code = block("contoh-pustaka", "js");
    const output = block("contoh-pustaka: keluaran", "");
    expect(code, "README: no ```js block after <!-- contoh-pustaka -->").toBeDefined();
    expect(output, "README: no output block after <!-- contoh-pustaka: keluaran -->").toBeDefined();
    expect(code).toMatch(/from "spbe"/);
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code!], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(output);
    expect(r.status).toBe(0);
  });
});
