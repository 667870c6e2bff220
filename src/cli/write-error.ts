import * as path from "node:path";
import { CLI } from "../messages/cli.js";
import { inBoth, say } from "../messages/text.js";
import { WRITE_TEXT } from "../messages/write.js";
import type { Context } from "./context.js";
import { CliError } from "./errors.js";
import { statOrNull, systemPath } from "./io.js";

/**
 * A failed `-o` write as the user should hear it. The file is made when it is not there, so a write
 * into a folder that is not there failed for the folder: "cannot write '/tmp/nodir/report.html': it
 * does not exist" spoke of the file. Said as the folder, as it was named; any other failure as it is.
 * Loaded only after a write failed (`emitOutput`).
 */
export function asFolderMissing(ctx: Context, output: string, error: unknown): unknown {
  if (!(error instanceof CliError)) return error;
  const folder = path.dirname(output);
  if (statOrNull(systemPath(ctx.cwd, folder)) !== null) return error;
  return new CliError(inBoth((l) => say(l, CLI.cannotWrite, { name: output, reason: say(l, WRITE_TEXT.noFolder, { name: folder }) })));
}
