/**
 * How a run's stdout and stderr are chosen (src/cli/stdio.ts): written straight
 * to a descriptor that is certainly not a terminal, Node's own stream otherwise.
 * The spawned tests (test/binary.test.ts) cover pipes and a reader that goes away.
 */
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli/errors.js";
import { PIECE } from "../src/cli/pieces.js";
import { FdOut, processOut } from "../src/cli/stdio.js";

const noStream = (): NodeJS.WriteStream => {
  throw new Error("Node's stream was built");
};

describe("processOut", () => {
  it("writes straight to a file, whole and in order, without building Node's stream", () => {
    const file = join(mkdtempSync(join(tmpdir(), "spbe-stdio-")), "out.txt");
    const fd = openSync(file, "w");
    const out = processOut(fd, noStream);
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
    out.write("indeks 3,19 — Baik\n");
    out.write(new TextEncoder().encode("x".repeat(200_000)));
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe(`indeks 3,19 — Baik\n${"x".repeat(200_000)}`);
  });

  it("writes a text longer than a piece byte for byte, a surrogate pair across the cut included", () => {
    const file = join(mkdtempSync(join(tmpdir(), "spbe-stdio-")), "out.txt");
    const fd = openSync(file, "w");
    const text = `${"x".repeat(PIECE - 1)}😀 — ${"é".repeat(PIECE)}\n`;
    expect(processOut(fd, noStream).write(text)).toBe(true);
    closeSync(fd);
    expect(readFileSync(file, "utf8") === text).toBe(true);
  });

  it("stops the run in words when stdout cannot be written (/dev/full: the disk is full), not as a bug", () => {
    const fd = openSync("/dev/full", "w");
    try {
      expect(() => new FdOut(fd).write("indeks 3,19\n")).toThrow(CliError);
      expect(() => new FdOut(fd).write("indeks 3,19\n")).toThrow("cannot write 'stdout': the disk is full");
    } finally {
      closeSync(fd);
    }
  });

  it("writes straight to a device that is not a terminal (/dev/full), so its failure is said in words", () => {
    const fd = openSync("/dev/full", "w");
    try {
      const out = processOut(fd, noStream);
      expect(out.isTTY).toBe(false);
      expect(() => out.write("indeks 3,19\n")).toThrow("cannot write 'stdout': the disk is full");
    } finally {
      closeSync(fd);
    }
  });

  it("takes /dev/null for what it is, not for a terminal", () => {
    const fd = openSync("/dev/null", "w");
    const out = processOut(fd, noStream);
    expect(out.isTTY).toBe(false);
    expect(out.write("nothing\n")).toBe(true);
    closeSync(fd);
  });

  it("leaves anything fstat cannot vouch for to Node's stream, asked only when used", () => {
    let built = 0;
    const fake = { isTTY: true, columns: 120, write: () => true } as unknown as NodeJS.WriteStream;
    const out = processOut(-1, () => {
      built++;
      return fake;
    });
    expect(built).toBe(0);
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(120);
    expect(built).toBeGreaterThan(0);
  });
});
