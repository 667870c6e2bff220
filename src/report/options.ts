import type { Lang } from "../messages/text.js";
import type { Paint } from "./paint.js";

/** What every renderer is told besides its model; decided once by the CLI. */
export interface RenderOptions {
  readonly lang: Lang;
  /** `plain` unless the output is a colour terminal (JSON, CSV and files never colour) */
  readonly color: Paint;
  /** CSV for Excel in the Indonesian locale: ';', decimal comma, BOM, CRLF */
  readonly excel: boolean;
  /** terminal columns to fit human tables into; null = full width (not a terminal: scripts, files, snapshots) */
  readonly width: number | null;
}
