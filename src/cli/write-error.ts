import * as fs from "node:fs";
import * as path from "node:path";
import { CLI } from "../messages/cli.js";
import { inBoth, say } from "../messages/text.js";
import { WRITE_TEXT } from "../messages/write.js";
import type { Context } from "./context.js";
import { CliError } from "./errors.js";
import { placedPath, shownFolder, statOrNull, systemPath } from "./io.js";

/**
 * A failed `-o` write as the user should hear it. The file is made when it is not there, so a write
 * into a folder that is not there failed for the folder: "cannot write '/tmp/nodir/report.html': it
 * does not exist" spoke of the file. Said as the folder, as it was named; any other failure as it is.
 * Loaded only after a write failed (`emitOutput`).
 */
export function asFolderMissing(ctx: Context, output: string, error: unknown): unknown {
  if (!(error instanceof CliError)) return error;
  // through a link that leads nowhere yet (`ln -s laporan/x.csv x.csv`), the folder it leads to: "cannot
  // write 'x.csv': it does not exist" spoke of a file that was to be made
  const leadsTo = linkEnd(systemPath(ctx.cwd, output));
  const folder = leadsTo === null ? path.dirname(output) : path.dirname(leadsTo);
  if (statOrNull(leadsTo === null ? systemPath(ctx.cwd, folder) : folder) !== null) return error;
  // a link's folder as the working directory sees it, where it is below it
  const name = leadsTo === null ? folder : shownFolder(ctx.cwd, placedPath(folder));
  return new CliError(inBoth((l) => say(l, CLI.cannotWrite, { name: output, reason: say(l, WRITE_TEXT.noFolder, { name }) })));
}

/**
 * Where a chain of symbolic links ends (a path that may not be there), or null when `file` is no link. Each
 * link is read where the system finds it (its folder's real path), and its text taken from there, as
 * `whereOutputGoes` does: a link in a linked folder, or a name with ".." after one, leads elsewhere than
 * its text read from the name.
 */
function linkEnd(file: string): string | null {
  let at = file;
  let followed = false;
  // as many as the system follows (40 on Linux) before ELOOP
  for (let hops = 0; hops < 40; hops++) {
    const here = placedPath(at);
    let target: string;
    try {
      if (!fs.lstatSync(here).isSymbolicLink()) break;
      target = fs.readlinkSync(here);
    } catch {
      break;
    }
    at = systemPath(path.dirname(here), target);
    followed = true;
  }
  return followed ? at : null;
}
