import { builtinFrameworks } from "../../frameworks/builtin.js";
import { HELP } from "../../messages/cli.js";
import type { FrameworkView } from "../../report/framework.js";
import type { Context } from "../context.js";
import { refuseOutputOverInput } from "../io.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { frameworkFiles, resolveFramework } from "../resolve-framework.js";
import { type Define, outputOptions } from "./common.js";

export const frameworkCommand: Define = (program, run, t) => {
  const cmd = program.command("framework").description(t(HELP.frameworkCommand)).argument("[id|path]", t(HELP.frameworkArg));
  outputOptions(cmd, "framework", t);
  return cmd.action((id: string | undefined, options: OutputOptions, c) => run(c, (ctx) => framework(ctx, id, options)));
};

async function framework(ctx: Context, id: string | undefined, options: OutputOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, frameworkFiles(id));
  const entry = chooseRenderer("framework", options);
  const view: FrameworkView =
    id === undefined ? { kind: "list", frameworks: builtinFrameworks() } : { kind: "detail", framework: await resolveFramework(ctx, id) };
  await writeReport(ctx, entry, options, view, []);
  return 0;
}
