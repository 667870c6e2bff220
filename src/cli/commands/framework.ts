import type { Command } from "commander";
import { COMMANDER, HELP } from "../../messages/cli.js";
import type { OutputOptions } from "../output.js";
import { type Define, outputOptions } from "./common.js";

export const frameworkCommand: Define = (program, run, t) => {
  const cmd = program.command("framework").description(t(HELP.frameworkCommand)).argument("[id|path]", t(HELP.frameworkArg));
  outputOptions(cmd, "framework", t);

  const check = cmd
    .command("check")
    .description(t(HELP.frameworkCheck))
    .argument("<file>", t(HELP.frameworkCheckFile))
    .action((file: string, _options: unknown, c: Command) => run(c, async (ctx) => (await import("./framework-run.js")).checkFramework(ctx, c, file)));
  const schema = cmd
    .command("schema")
    .description(t(HELP.frameworkSchema))
    .action((_options: unknown, c: Command) => run(c, async (ctx) => (await import("./framework-run.js")).printSchema(ctx, c)));
  for (const [sub, inherited] of [
    [check, []],
    [schema, ["--output"]],
  ] as const) {
    sub.showHelpAfterError(t(COMMANDER.helpHint, { command: `framework ${sub.name()} ` }));
    // help lists the options that apply: the program's (--lang, --color) and those of framework's the subcommand uses
    const visible = (c: Command) => [
      ...(c.parent?.options.filter((o) => (inherited as readonly string[]).includes(o.long ?? "")) ?? []),
      ...(c.parent?.parent?.options.filter((o) => !o.hidden) ?? []),
    ];
    sub.configureHelp({ ...sub.configureHelp(), visibleGlobalOptions: visible });
  }

  return cmd.action((id: string | undefined, options: OutputOptions, c) =>
    run(c, async (ctx) => (await import("./framework-run.js")).framework(ctx, id, options)),
  );
};
