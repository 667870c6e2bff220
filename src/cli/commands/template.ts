import { HELP } from "../../messages/cli.js";
import type { Define } from "./common.js";
import type { TemplateOptions } from "./template-run.js";

export const templateCommand: Define = (program, run, t) =>
  program
    .command("template")
    .description(t(HELP.template))
    .option("--framework <id|path>", t(HELP.framework))
    .option("--excel", t(HELP.templateExcel))
    .option("-o, --output <file>", t(HELP.output))
    .action((options: TemplateOptions, c) => run(c, async (ctx) => (await import("./template-run.js")).runTemplate(ctx, options)));
