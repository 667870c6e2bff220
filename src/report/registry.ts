import type { DiffReport } from "../compare/diff.js";
import type { PlanReport } from "../plan/plan.js";
import type { RankReport } from "../rank/rank.js";
import type { TrendReport } from "../rank/trend.js";
import type { ScoreReport } from "../scoring/report.js";
import type { FrameworkView } from "./framework.js";
import type { RenderOptions } from "./options.js";
import type { ValidateReport } from "./validate.js";

/**
 * Every output of every command, in one table. A command's `--format` choices,
 * its default (the first entry), its help text and the format inferred from an
 * `-o` file's extension all come from here; adding a format (html) or a
 * command (rank) is adding entries, not editing a switch.
 *
 * Renderers are pure `(model, options) → string` and load lazily: a run pays
 * only for the one it uses (the table drawer and the HTML charts are a large part of
 * start-up). Those whose output grows with a national input (every format of score,
 * validate's JUnit, every format of rank and trend) give it in pieces instead
 * (`pieced`), which the CLI writes as they are made.
 */
export interface Models {
  readonly score: ScoreReport;
  readonly diff: DiffReport;
  readonly validate: ValidateReport;
  readonly framework: FrameworkView;
  readonly rank: RankReport;
  readonly trend: TrendReport;
  readonly plan: PlanReport;
}

export type CommandName = keyof Models;
type Render<M> = (model: M, options: RenderOptions) => string;
/** The same document as `Render`'s, in pieces made as they are asked for. */
type RenderPieces<M> = (model: M, options: RenderOptions) => Iterable<string>;

export interface RendererEntry<M> {
  readonly format: string;
  /** -o file extensions that select this format when --format is not given */
  readonly extensions: readonly string[];
  /** coloured when written to a colour terminal (table, text); never for documents and files */
  readonly human: boolean;
  /** the document carries the findings (json, markdown, junit); otherwise the CLI lists them on stderr */
  readonly carriesFindings: boolean;
  readonly load: () => Promise<Render<M>>;
  /** where the document can be written as it is made (src/cli/output.ts prefers it) */
  readonly loadPieces?: (() => Promise<RenderPieces<M>>) | undefined;
}

type Registry = { readonly [C in CommandName]: readonly RendererEntry<Models[C]>[] };

const entry = <M>(
  format: string,
  extensions: readonly string[],
  human: boolean,
  carriesFindings: boolean,
  load: () => Promise<Render<M>>,
  loadPieces?: () => Promise<RenderPieces<M>>,
): RendererEntry<M> => ({
  format,
  extensions,
  human,
  carriesFindings,
  load,
  loadPieces,
});

/**
 * An entry whose renderer makes its document in pieces: the CLI writes them as
 * they come (`loadPieces`), and `load` (the library's `render`, the tests) joins
 * them, so the two can never differ.
 */
const pieced = <M>(
  format: string,
  extensions: readonly string[],
  human: boolean,
  carriesFindings: boolean,
  loadPieces: () => Promise<RenderPieces<M>>,
): RendererEntry<M> =>
  entry(
    format,
    extensions,
    human,
    carriesFindings,
    async () => {
      const pieces = await loadPieces();
      return (model, options) => [...pieces(model, options)].join("");
    },
    loadPieces,
  );

export const RENDERERS: Registry = {
  score: [
    pieced("table", [".txt"], true, false, async () => (await import("./score-table.js")).scoreTablePieces),
    pieced("json", [".json"], false, true, async () => (await import("./score-json.js")).scoreJsonPieces),
    pieced("csv", [".csv"], false, false, async () => (await import("./score-csv.js")).scoreCsvPieces),
    pieced("markdown", [".md", ".markdown"], false, true, async () => (await import("./score-markdown.js")).scoreMarkdownPieces),
    pieced("html", [".html", ".htm"], false, true, async () => (await import("./score-html.js")).scoreHtmlPieces),
  ],
  diff: [
    entry("table", [".txt"], true, false, async () => (await import("./diff-human.js")).renderDiffTable),
    entry("json", [".json"], false, true, async () => (await import("./diff-json.js")).renderDiffJson),
    entry("csv", [".csv"], false, false, async () => (await import("./diff-csv.js")).renderDiffCsv),
    entry("markdown", [".md", ".markdown"], false, true, async () => (await import("./diff-human.js")).renderDiffMarkdown),
    entry("html", [".html", ".htm"], false, true, async () => (await import("./diff-html.js")).renderDiffHtml),
  ],
  validate: [
    entry("text", [".txt", ".log"], true, true, async () => (await import("./validate.js")).renderValidateText),
    entry("json", [".json"], false, true, async () => (await import("./validate.js")).renderValidateJson),
    entry("github", [], false, true, async () => (await import("./validate-github.js")).renderValidateGithub),
    pieced("junit", [".xml"], false, true, async () => (await import("./validate-junit.js")).validateJunitPieces),
    entry("markdown", [".md", ".markdown"], false, true, async () => (await import("./validate-markdown.js")).renderValidateMarkdown),
  ],
  rank: [
    pieced("table", [".txt"], true, false, async () => (await import("./rank-human.js")).rankTablePieces),
    pieced("json", [".json"], false, true, async () => (await import("./rank-json.js")).rankJsonPieces),
    pieced("csv", [".csv"], false, false, async () => (await import("./rank-csv.js")).rankCsvPieces),
    pieced("markdown", [".md", ".markdown"], false, true, async () => (await import("./rank-human.js")).rankMarkdownPieces),
    pieced("html", [".html", ".htm"], false, true, async () => (await import("./rank-html.js")).rankHtmlPieces),
  ],
  trend: [
    pieced("table", [".txt"], true, false, async () => (await import("./trend-human.js")).trendTablePieces),
    pieced("json", [".json"], false, true, async () => (await import("./trend-json.js")).trendJsonPieces),
    pieced("csv", [".csv"], false, false, async () => (await import("./trend-csv.js")).trendCsvPieces),
    pieced("markdown", [".md", ".markdown"], false, true, async () => (await import("./trend-human.js")).trendMarkdownPieces),
    pieced("html", [".html", ".htm"], false, true, async () => (await import("./trend-html.js")).trendHtmlPieces),
  ],
  plan: [
    entry("table", [".txt"], true, false, async () => (await import("./plan-human.js")).renderPlanTable),
    entry("json", [".json"], false, true, async () => (await import("./plan-json.js")).renderPlanJson),
    entry("csv", [".csv"], false, false, async () => (await import("./plan-csv.js")).renderPlanCsv),
    entry("markdown", [".md", ".markdown"], false, true, async () => (await import("./plan-human.js")).renderPlanMarkdown),
    entry("html", [".html", ".htm"], false, true, async () => (await import("./plan-html.js")).renderPlanHtml),
  ],
  framework: [
    entry("table", [".txt"], true, true, async () => (await import("./framework.js")).renderFrameworkTable),
    entry("json", [".json"], false, true, async () => (await import("./framework.js")).renderFrameworkJson),
    entry("markdown", [".md", ".markdown"], false, true, async () => (await import("./framework.js")).renderFrameworkMarkdown),
  ],
};

export const formatsOf = (command: CommandName): string[] => RENDERERS[command].map((e) => e.format);

export function rendererFor<C extends CommandName>(command: C, format: string): RendererEntry<Models[C]> | undefined {
  return (RENDERERS[command] as readonly RendererEntry<Models[C]>[]).find((e) => e.format === format);
}

/** The format an output file's extension asks for ("hasil.json" → json), or undefined. */
export function formatForExtension(command: CommandName, file: string): string | undefined {
  const lower = file.toLowerCase();
  return RENDERERS[command].find((e) => e.extensions.some((x) => lower.endsWith(x)))?.format;
}

/**
 * The extension of `file` when some command writes a document format under it (".html", ".json"),
 * else undefined. Plain text (".txt", ".log") promises no structure: any command's default suits it.
 */
export function knownExtension(file: string): string | undefined {
  const lower = file.toLowerCase();
  for (const command of Object.keys(RENDERERS) as CommandName[]) {
    for (const e of RENDERERS[command]) {
      if (e.format === "table" || e.format === "text") continue;
      for (const x of e.extensions) if (lower.endsWith(x)) return x;
    }
  }
  return undefined;
}
