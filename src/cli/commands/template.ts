import { HELP } from "../../messages/cli.js";
import { type Define, outputOption } from "./common.js";
import type { TemplateOptions } from "./template-run.js";

export const templateCommand: Define = (program, run, t) =>
  outputOption(
    program.command("template").description(t(HELP.template)).option("--framework <id|path>", t(HELP.framework)).option("--excel", t(HELP.templateExcel)),
    t,
  ).action((options: TemplateOptions, c) => run(c, async (ctx) => (await import("./template-run.js")).runTemplate(ctx, options)));
