import type { ExitReason } from "../core/exit.js";
import { CLI } from "../messages/cli.js";
import { type Lang, say } from "../messages/text.js";
import { maxWarningsText } from "./setting.js";

/**
 * Why a run exits 1 when its errors alone do not say it: `--strict` with
 * warnings, more warnings than `--max-warnings`, a failed `--fail-above`, a
 * `plan --target` out of reach. One
 * line each; a run with errors needs no note (the findings are the reason).
 */
export function exitNotes(reasons: readonly ExitReason[], lang: Lang): string[] {
  return reasons.flatMap((r) => {
    const note = noteFor(r, lang);
    return note === null ? [] : [note];
  });
}

function noteFor(r: ExitReason, lang: Lang): string | null {
  switch (r.kind) {
    case "errors":
      return null;
    case "strict":
      return say(lang, CLI.strictWarnings, { warnings: r.warnings });
    case "max-warnings":
      return say(lang, CLI.tooManyWarnings, { warnings: r.warnings, limit: maxWarningsText(r, lang) });
    case "threshold":
      return r.threshold.option === "--target"
        ? say(lang, CLI.targetUnreachable, { best: r.threshold.value, target: r.threshold.limit })
        : say(lang, CLI.failAbove, { delta: r.threshold.value, limit: r.threshold.limit });
  }
}
