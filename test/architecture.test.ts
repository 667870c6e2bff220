import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../src", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const core = files(SRC).filter((f) => !relative(SRC, f).startsWith("cli"));

describe("pure core", () => {
  it.each(core.map((f) => [relative(SRC, f), f]))("%s touches no process, console or fs and imports no cli code", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/\bprocess\.|\bconsole\.|from "node:fs"|from "fs"|node:child_process/);
    expect(text).not.toMatch(/from "\.\.?\/(\.\.\/)*cli\//);
  });
});

describe("the CLI in the user's language", () => {
  // commander's `.choices()` raises its own English error ("Allowed choices are …"); choices are set as
  // `argChoices` (for help) and checked by the command, in Bahasa Indonesia or English
  it("uses no commander .choices()", () => {
    const users = files(join(SRC, "cli")).filter((f) => /\.choices\(/.test(readFileSync(f, "utf8")));
    expect(users.map((f) => relative(SRC, f))).toEqual([]);
  });
});
