import { Command, type Help, type Option } from "commander";
import { COMMANDER, HELP } from "../messages/cli.js";
import { type Lang, say } from "../messages/text.js";
import { suggestSimilar } from "./suggest.js";

/**
 * Commander in the user's language. Its fixed words are set through the hooks
 * it offers (help and version option texts, `styleTitle` for the headings, the
 * item descriptions), and the usage errors it raises are produced here from the
 * catalogue, by overriding the methods that raise them, so no English text is
 * ever translated after the fact.
 */
export class LocalCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name, this.lang);
  }

  // --- usage errors, raised by commander's parser through these methods
  unknownOption(flag: string): void {
    const candidates: string[] = [];
    for (let cmd: Command | null = this; cmd; cmd = cmd.parent) {
      for (const o of cmd.options) if (o.long && !o.hidden) candidates.push(o.long);
      candidates.push("--help");
    }
    const suggestion = flag.startsWith("--") ? this.didYouMean(suggestSimilar(flag, candidates)) : "";
    this.error(`${say(this.lang, COMMANDER.unknownOption, { option: flag })}${suggestion}`, { code: "commander.unknownOption" });
  }

  unknownCommand(): void {
    const name = this.args[0] ?? "";
    const names = this.commands.flatMap((c) => [c.name(), ...c.aliases()]);
    const suggestion = this.didYouMean(suggestSimilar(name, names));
    this.error(`${say(this.lang, COMMANDER.unknownCommand, { command: name })}${suggestion}`, { code: "commander.unknownCommand" });
  }

  missingArgument(name: string): void {
    this.error(say(this.lang, COMMANDER.missingArgument, { argument: name }), { code: "commander.missingArgument" });
  }

  optionMissingArgument(option: Option): void {
    this.error(say(this.lang, COMMANDER.optionMissingArgument, { option: option.flags }), { code: "commander.optionMissingArgument" });
  }

  _excessArguments(received: readonly string[]): void {
    // plan and diff let theirs through (`refuseExcess`), as commander's own method does
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    // `spbe framework chek x.json`: a mistyped subcommand reads as an argument, so the excess is where it shows
    const names = this.commands.flatMap((c) => [c.name(), ...c.aliases()]);
    const suggestion = names.length > 0 ? this.didYouMean(suggestSimilar(this.args[0] ?? "", names)) : "";
    this.error(`${say(this.lang, COMMANDER.excessArguments, { command: this.name(), expected, got: received.length })}${suggestion}`, {
      code: "commander.excessArguments",
    });
  }

  /** `spbe help nope` says the command is unknown instead of printing the program's help. */
  _dispatchHelpCommand(name?: string): unknown {
    if (name !== undefined && !this.commands.some((c) => c.name() === name || c.aliases().includes(name))) {
      const names = this.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      this.error(`${say(this.lang, COMMANDER.unknownCommand, { command: name })}${this.didYouMean(suggestSimilar(name, names))}`, {
        code: "commander.unknownCommand",
      });
    }
    return (Command.prototype as unknown as { _dispatchHelpCommand: (this: Command, n?: string) => unknown })._dispatchHelpCommand.call(this, name);
  }

  private didYouMean(similar: readonly string[]): string {
    return similar.length ? `\n${say(this.lang, COMMANDER.didYouMean, { suggestion: similar.join(", ") })}` : "";
  }
}

const TITLES = {
  "Usage:": COMMANDER.usage,
  "Arguments:": COMMANDER.arguments,
  "Options:": COMMANDER.options,
  "Global Options:": COMMANDER.globalOptions,
  "Commands:": COMMANDER.commands,
};

/** Help in the user's language: headings, and the "(choices …, default …)" after a description. */
function localHelp(lang: Lang): Partial<Help> {
  const extras = (choices: readonly string[] | undefined, defaultValue: unknown, description: string) => {
    const parts: string[] = [];
    if (choices?.length) parts.push(say(lang, COMMANDER.choices, { choices: choices.join(", ") }));
    if (defaultValue !== undefined && typeof defaultValue !== "boolean") parts.push(say(lang, COMMANDER.defaultValue, { value: String(defaultValue) }));
    return parts.length ? `${description} (${parts.join("; ")})` : description;
  };
  const optionDefault = (o: Option) => (o.negate ? undefined : (o.defaultValueDescription ?? o.defaultValue));
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => (Object.hasOwn(TITLES, title) ? say(lang, TITLES[title as keyof typeof TITLES]) : title),
    optionDescription: (o: Option) => extras(o.argChoices, optionDefault(o), o.description),
    argumentDescription: (a) => extras(a.argChoices, a.defaultValue, a.description),
  };
}

/** The program with its global options; commands are added by `main`. */
export function makeProgram(lang: Lang, version: string): LocalCommand {
  const program = new LocalCommand("spbe", lang);
  program
    .description(say(lang, HELP.program))
    .version(version, "-V, --version", say(lang, COMMANDER.version))
    .helpOption("-h, --help", say(lang, COMMANDER.help))
    .helpCommand("help [command]", say(lang, COMMANDER.helpCommand))
    .configureHelp(localHelp(lang))
    // global: accepted before or after the command name (`spbe --lang en score x.csv`)
    .option("--lang <lang>", say(lang, HELP.lang))
    .option("--color", say(lang, HELP.color))
    .option("--no-color", say(lang, HELP.noColor))
    .option("--config <file>", say(lang, HELP.config))
    .option("--no-config", say(lang, HELP.noConfig))
    .exitOverride();
  return program;
}
