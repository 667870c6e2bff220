/**
 * Long outputs are written a piece at a time (src/cli/pieces.ts): the pieces
 * must put the text back together exactly, never cutting a surrogate pair
 * (each half alone would be written as U+FFFD).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Context } from "../src/cli/context.js";
import { PIECE, textPieces } from "../src/cli/pieces.js";
import { emit } from "../src/cli/write.js";

describe("textPieces", () => {
  it("cuts at the size, in order, and has no pieces for an empty text", () => {
    expect([...textPieces("abcdefg", 3)]).toEqual(["abc", "def", "g"]);
    expect([...textPieces("abcdef", 3)]).toEqual(["abc", "def"]);
    expect([...textPieces("", 3)]).toEqual([]);
  });

  it("keeps a surrogate pair together when the cut would fall between its halves", () => {
    // "ab😀c": the emoji's halves at 2 and 3; a cut at 3 would split them
    const pieces = [...textPieces("ab😀cd", 3)];
    expect(pieces).toEqual(["ab", "😀c", "d"]);
    expect(pieces.some((p) => /[\uD800-\uDBFF]$/.test(p))).toBe(false);
    // a cut just after a whole pair stays where it is
    expect([...textPieces("a😀b", 3)]).toEqual(["a😀", "b"]);
    expect([...textPieces("😀😀", 2)]).toEqual(["😀", "😀"]);
  });

  it("refuses a size that could not move past a pair", () => {
    expect(() => [...textPieces("😀", 1)]).toThrow(RangeError);
    expect(() => [...textPieces("abc", 0)]).toThrow(RangeError);
    expect(() => [...textPieces("abc", 2.5)]).toThrow(RangeError);
  });
});

describe("emit to stdout", () => {
  // (a hardening review) `spbe score big.csv | head`: after the reader went away every piece was still made
  // (a national file's score scored to its end, 4 s, writing nowhere)
  it("stops making a document in pieces once its reader has gone", async () => {
    let made = 0;
    function* pieces(): Generator<string> {
      for (let i = 0; i < 100; i++) {
        made++;
        yield `${i}\n`;
      }
    }
    const written: string[] = [];
    const stdout = {
      gone: false,
      write(chunk: string) {
        written.push(chunk);
        // the third write meets EPIPE
        if (written.length === 3) this.gone = true;
        return true;
      },
    };
    await emit({ cwd: tmpdir(), stdout } as unknown as Context, undefined, pieces());
    expect([made, written.length]).toEqual([3, 3]);
    // a reader that stays reads all of it
    made = 0;
    await emit({ cwd: tmpdir(), stdout: { write: () => true } } as unknown as Context, undefined, pieces());
    expect(made).toBe(100);
  });
});

describe("emit to a file (-o)", () => {
  it("writes a document given in pieces, in order, as one file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-pieces-"));
    await emit({ cwd: dir } as Context, "out.csv", ["a,b\n", "1,2\n", "", "😀,3\n"]);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("a,b\n1,2\n😀,3\n");
  });

  it("a renderer that fails half-way: its own error, no temporary file, the old output untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-pieces-"));
    writeFileSync(join(dir, "out.csv"), "hasil lama\n");
    function* failing(): Generator<string> {
      yield "a,b\n";
      throw new TypeError("renderer bug");
    }
    // not "cannot write out.csv": the file system did nothing wrong
    await expect(emit({ cwd: dir } as Context, "out.csv", failing())).rejects.toThrow(TypeError);
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("hasil lama\n");
  });

  it("a write the system refuses half-way (a full disk): cannot write, in words; no temporary file; the old output untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-pieces-"));
    writeFileSync(join(dir, "out.csv"), "hasil lama\n");
    function* full(): Generator<string> {
      yield "a,b\n";
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    }
    await expect(emit({ cwd: dir } as Context, "out.csv", full())).rejects.toThrow("cannot write 'out.csv': the disk is full");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("hasil lama\n");
  });

  it("writes a text longer than a piece byte for byte, pairs across the cut included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-pieces-"));
    const text = `${"x".repeat(PIECE - 1)}😀 Pemerintah Kabupaten — ${"é".repeat(PIECE)}😀\n`;
    await emit({ cwd: dir } as Context, "out.csv", text);
    // compared as text: a cut pair would read back as U+FFFD (and a byte-wise toEqual takes seconds)
    expect(readFileSync(join(dir, "out.csv"), "utf8") === text).toBe(true);
  });
});
