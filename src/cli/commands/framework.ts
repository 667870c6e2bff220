import { Command, Option } from "commander";
import { builtinFrameworks } from "../../frameworks/builtin.js";
import { type Context, noColor } from "../context.js";
import { emit, refuseOutputOverInput } from "../io.js";
import { frameworkFiles, resolveFramework } from "../resolve-framework.js";
import { type Runner, commonOptions } from "./common.js";

interface FrameworkOptions {
  format: "table" | "json" | "markdown";
  output?: string;
}

export function frameworkCommand(run: Runner): Command {
  return commonOptions(new Command("framework"))
    .description("daftar kerangka, atau rincian satu kerangka / list frameworks, or show one")
    .argument("[id|path]", "id kerangka atau berkas JSON / framework id or JSON file")
    .addOption(new Option("-f, --format <format>", "format keluaran / output format").choices(["table", "json", "markdown"]).default("table"))
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .action((id: string | undefined, options: FrameworkOptions, cmd: Command) => run(cmd, (ctx) => framework(ctx, id, options)));
}

async function framework(ctx: Context, id: string | undefined, options: FrameworkOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, frameworkFiles(id));
  const render = await import("../../report/framework.js");
  const human = { lang: ctx.lang, color: options.output === undefined ? ctx.color : noColor };
  let out: string;
  if (id === undefined) {
    const all = builtinFrameworks();
    out = options.format === "json" ? render.frameworkListJson(all, ctx.lang) : render.frameworkListTable(all, human, options.format === "markdown");
  } else {
    const fw = await resolveFramework(ctx, id);
    out =
      options.format === "json"
        ? render.frameworkDetailJson(fw, ctx.lang)
        : options.format === "markdown"
          ? render.frameworkDetailMarkdown(fw, ctx.lang)
          : render.frameworkDetailTable(fw, human);
  }
  emit(ctx, options.output, out);
  return 0;
}
