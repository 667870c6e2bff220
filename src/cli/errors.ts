import type { Lang } from "../report/messages.js";

/**
 * A problem that stops the run before any result: usage, an unreadable input, a
 * bad framework file. Exit code 2, one readable message, no stack trace. Any
 * other exception reaching the top is a bug and is reported as one.
 */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly messages: Readonly<Record<Lang, string>>,
    readonly details: readonly string[] = [],
  ) {
    super(messages.en);
    this.name = "CliError";
  }
}

export const cliError = (id: string, en: string, details: readonly string[] = []) => new CliError({ id, en }, details);
