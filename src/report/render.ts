import { CLI } from "../messages/cli.js";
import { knownLang, type Lang, say } from "../messages/text.js";
import type { RenderOptions } from "./options.js";
import { paintAt } from "./paint.js";
import { type CommandName, type Models, RENDERERS, formatsOf as registeredFormats, rendererFor } from "./registry.js";

/** How `render` draws: each setting has the default a file or a pipe gets from the CLI. */
export interface RenderSettings {
  /** message language; "id" by default, as the CLI */
  readonly lang?: Lang | undefined;
  /** ANSI colours in human formats (table, text); false by default, never in documents */
  readonly color?: boolean | undefined;
  /** CSV for Excel in the Indonesian locale: ';', decimal comma, BOM, CRLF (the CLI's --excel) */
  readonly excel?: boolean | undefined;
  /** terminal columns to fit human tables into; null (full width) by default */
  readonly width?: number | null | undefined;
}

/**
 * Renders a command's model (`score`, `validate`, `diff`, a framework view) in
 * one of its registered formats (`formatsOf(command)`; the first is the CLI's
 * default), exactly as the CLI writes it. Renderers load on first use, hence
 * the promise. An unknown format is a programming error: a RangeError naming
 * the choices.
 */
export async function render<C extends CommandName>(command: C, format: string, model: Models[C], settings: RenderSettings = {}): Promise<string> {
  knownCommand(command, "render");
  const entry = rendererFor(command, format);
  if (!entry) throw new RangeError(say("en", CLI.badFormat, { format, command, choices: formatsOf(command).join(", ") }));
  const draw = await entry.load();
  return draw(model, await renderOptions(settings));
}

/** A command's formats, the first the CLI's default; a RangeError for a name that has none. */
export function formatsOf(command: CommandName): string[] {
  knownCommand(command, "formatsOf");
  return registeredFormats(command);
}

/**
 * A library caller's command name, or a RangeError naming the choices: `render("nope", …)` failed
 * deep in the registry, "reading 'find'". (Here, not in the registry: the CLI names only its own.)
 */
function knownCommand(command: string, what: string): void {
  if (!Object.hasOwn(RENDERERS, command)) {
    throw new RangeError(`${what}: '${String(command)}' has no renderers: one of ${Object.keys(RENDERERS).join(", ")}`);
  }
}

async function renderOptions(settings: RenderSettings): Promise<RenderOptions> {
  // a width of 0 or -5 drew tables cut to nothing; null (or none) is full width
  const { width } = settings;
  if (width !== undefined && width !== null && !(Number.isInteger(width) && width >= 1))
    throw new RangeError(`render: width ${width} is not a whole number of 1 or more (null: full width)`);
  return {
    lang: settings.lang === undefined ? "id" : knownLang(settings.lang),
    color: await paintAt(settings.color ? 1 : 0),
    excel: settings.excel ?? false,
    width: settings.width ?? null,
  };
}
