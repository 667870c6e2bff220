import { describe, expect, it } from "vitest";
import { makeContext } from "../src/cli/context.js";
import { CliError } from "../src/cli/errors.js";
import { writeReport } from "../src/cli/output.js";
import type { RendererEntry } from "../src/report/registry.js";

// (an exploratory review) score's JSON or HTML over a million rows passed V8's longest string and ended
// "internal error (a bug): Invalid string length", exit 2; a document too long to be made is said as such
describe("a document longer than JavaScript's longest string", () => {
  const sink = { write: () => true, isTTY: false, columns: undefined };
  const ctx = makeContext("en", "score", {}, { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: "/" });
  const entry = (error: Error): RendererEntry<unknown> => ({
    format: "json",
    extensions: [".json"],
    human: false,
    carriesFindings: true,
    load: async () => () => {
      throw error;
    },
  });

  it("is a CliError naming the format and the way out, not a bug", async () => {
    const refused = await writeReport(ctx, entry(new RangeError("Invalid string length")), {}, {}, []).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).message).toBe(
      "the --format json output is longer than JavaScript's longest string (~512 MiB): for an input this large use --format csv (written in pieces), or spbe rank for the indices of many instansi",
    );
  });

  // a document written in pieces can meet it too, in any piece (jsonPieces makes a document whole when a name spells its marker)
  it("is the same CliError from a document written in pieces, at its first piece or a later one", async () => {
    for (const at of [0, 2]) {
      const pieced: RendererEntry<unknown> = {
        ...entry(new Error("unused")),
        loadPieces: async () =>
          function* () {
            for (let i = 0; i < at; i++) yield `piece ${i}\n`;
            throw new RangeError("Invalid string length");
          },
      };
      const refused = await writeReport(ctx, pieced, {}, {}, []).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CliError);
      expect((refused as CliError).message).toMatch(/^the --format json output is longer than JavaScript's longest string/);
    }
  });

  it("leaves any other error what it is (a bug)", async () => {
    const other = new RangeError("something else");
    await expect(writeReport(ctx, entry(other), {}, {}, [])).rejects.toBe(other);
  });
});
