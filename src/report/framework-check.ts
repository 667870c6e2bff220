import type { FrameworkProblem } from "../frameworks/build.js";
import type { Lang } from "../messages/text.js";
import type { Paint } from "./paint.js";
import { terminalSafe } from "./text.js";

/**
 * `spbe framework check`: one line per problem, located as editors and CI logs
 * link it, `kerangka.json:12:17  domains[0].weight  must be above 0 …`. Every
 * problem is listed; none is capped.
 */
export function renderFrameworkProblems(file: string, problems: readonly FrameworkProblem[], lang: Lang, color: Paint): string {
  return problems
    .map((p) => {
      const where = [terminalSafe(file), p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(":");
      return `${where}  ${color.bold(terminalSafe(p.path))}  ${terminalSafe(p.message[lang])}`;
    })
    .join("\n");
}
