import type { AssessmentFile } from "../assessment/build.js";
import { dropIgnored, errorOnlyIgnores, ignores, unknownIgnores, withoutIgnored, withoutIgnoredUnlisted } from "../assessment/ignore.js";
import type { ValidatedFile } from "../assessment/validate.js";
import { countIgnores, FINDING_CODES, type Finding, type FindingCode } from "../core/findings.js";
import { CLI } from "../messages/cli.js";
import { inBoth, say } from "../messages/text.js";
import { ignoredBy } from "../report/setting.js";
import { isResultFile } from "../results/is-result-file.js";
import type { Context } from "./context.js";
import { CliError } from "./errors.js";
import { perhaps, suggestSimilar } from "./suggest.js";

/** `--ignore a,b` (or the config's `ignore`) applied to every file a command reads, with the count kept for the summary. */
export class Ignoring {
  private readonly matches;
  /** keyed by place and code: a side-by-side diff file is read twice, its findings count once */
  private readonly seen = new Set<string>();
  /** those past the per-code cap, by file and code (counted once for the same reason) */
  private readonly unlisted = new Map<string, number>();

  /** `from`: the config file that set the list, as messages name it; undefined when --ignore did */
  constructor(
    readonly list: readonly string[],
    readonly from?: string,
  ) {
    this.matches = ignores(list);
  }

  get count(): number {
    let n = this.seen.size;
    for (const count of this.unlisted.values()) n += count;
    return n;
  }

  /** Whether the list takes out this code's warnings (`diff --strict` keeps an ignored `diff/unlike` a warning). */
  ignoresWarningsOf(code: FindingCode): boolean {
    return this.matches({ code, severity: "warning" } as Finding);
  }

  /** A list without its ignored findings (counted). */
  findings(list: readonly Finding[]): Finding[] {
    const r = dropIgnored(list, this.matches);
    this.note(r.dropped, r.unlisted);
    return r.kept;
  }

  file(f: AssessmentFile): AssessmentFile {
    const r = withoutIgnored(f, this.matches);
    this.note(r.ignored, r.unlisted);
    return r.file;
  }

  private note(dropped: readonly Finding[], unlisted: readonly { file: string; code: string; count: number }[]): void {
    // …and what it says: diff's two diff/unlike (instansi, tahun) share a place and were counted as one ignored
    for (const x of dropped) this.seen.add(JSON.stringify([x.code, x.file, x.line, x.column, x.value, x.args]));
    for (const u of unlisted) this.unlisted.set(JSON.stringify([u.file, u.code]), u.count);
  }

  /** A validated file (assessments or a result table) without its ignored findings. */
  validated<F extends ValidatedFile>(f: F): F {
    if (!isResultFile(f)) return this.file(f as AssessmentFile) as F;
    return { ...f, findings: this.findings(f.findings), rows: f.rows.map((r) => withoutIgnoredUnlisted(r, this.matches)) };
  }

  /** "; 3 diabaikan (--ignore framework/provisional)", or "" when nothing was ignored. */
  suffix(ctx: Context): string {
    return this.count > 0 ? ctx.t(CLI.ignoredSuffix, { count: this.count, by: ignoredBy(ctx.lang, this.list, this.from) }) : "";
  }

  /** "spbe: 3 temuan diabaikan (--ignore framework/provisional)" on stderr, when any was. */
  sayIgnored(ctx: Context): void {
    if (this.count > 0) ctx.stderr.write(`spbe: ${ctx.t(CLI.ignoredLine, { count: this.count, by: ignoredBy(ctx.lang, this.list, this.from) })}\n`);
  }
}

/** `text`: --ignore's value, or the config's list (`from`: that file, as messages name it). */
export function parseIgnore(text: string | undefined, from?: string): Ignoring {
  // an empty list (`--ignore ""`, or `--ignore "$IGNORE"` with the variable unset in a CI job) ignores
  // nothing, without a word: that is what such a pipeline means, and refusing it would break it
  const list = (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = unknownIgnores(list);
  if (unknown.length > 0) {
    // a typo of a code ("framework/provisonal") is told its code
    const hint = perhaps(unknown.flatMap((u) => suggestSimilar(u, FINDING_CODES)));
    throw new CliError(
      inBoth((l) => say(l, CLI.badIgnore, { value: unknown.join(", ") }) + hint[l]),
      [],
      true,
    );
  }
  const counts = countIgnores(list);
  if (counts.length > 0)
    throw new CliError(
      inBoth((l) => say(l, CLI.countIgnored, { where: "--ignore: ", value: `'${counts[0]}'` })),
      [],
      true,
    );
  const errors = errorOnlyIgnores(list);
  if (errors.length > 0)
    throw new CliError(
      inBoth((l) => say(l, CLI.errorIgnored, { where: "--ignore: ", value: errors.map((e) => `'${e}'`).join(", ") })),
      [],
      true,
    );
  return new Ignoring(list, from);
}
