import { type ArgsParam, both, type Text } from "../messages/text.js";

/**
 * A problem that stops the run before any result: usage, an unreadable input, a
 * bad framework file. Exit code 2, one readable message (with details, each on
 * a line), no stack trace. `usage` errors are worded like commander's and end
 * with a hint to the command's help. Any other exception reaching the top is a
 * bug and is reported as one.
 */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly text: Text,
    readonly details: readonly Text[] = [],
    readonly usage = false,
  ) {
    super(text.en);
    this.name = "CliError";
  }
}

/** `throw cliError(CLI.notFound, { name })`: the message in both languages, typed by its placeholders. */
export const cliError = <T extends Text>(text: T, ...args: ArgsParam<T>): CliError => new CliError(both(text, ...args));

/** A usage error (a bad option value): "galat: …" and the help hint, like commander's own. */
export const usageError = <T extends Text>(text: T, ...args: ArgsParam<T>): CliError => new CliError(both(text, ...args), [], true);
