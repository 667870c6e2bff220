import type { ChalkInstance } from "chalk";
import type { Lang } from "../messages/text.js";

/** What every renderer is told besides its model; decided once by the CLI. */
export interface RenderOptions {
  readonly lang: Lang;
  /** a chalk with level 0 unless the output is a colour terminal (JSON, CSV and files never colour) */
  readonly color: ChalkInstance;
  /** CSV for Excel in the Indonesian locale: ';', decimal comma, BOM, CRLF */
  readonly excel: boolean;
  /** terminal columns to fit human tables into; null = full width (not a terminal: scripts, files, snapshots) */
  readonly width: number | null;
}
