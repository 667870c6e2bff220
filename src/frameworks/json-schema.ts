import { z } from "zod";
import { FRAMEWORK_SCHEMA } from "../messages/frameworks.js";
import type { Text } from "../messages/text.js";
import { frameworkFileSchema } from "./schema.js";

/** Bahasa Indonesia, then English: a schema's title and description are single strings. */
const bilingual = (text: Text, between: string): string => `${text.id}${between}${text.en}`;

/**
 * The framework file format as a JSON Schema (draft 2020-12), generated from
 * the zod schema the loader validates with, for editors (`"$schema"` in a
 * framework file) and other tools. It describes the input as written (`io:
 * "input"`). What JSON Schema cannot say is left to `spbe framework check`: the
 * refinements (no control characters in names) and the rules (weights that sum
 * to 100 at every tier, contiguous bands, unique ids). The one refinement it
 * can say, exactly one of `domains` or `aspects`, is added as a `oneOf`.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(frameworkFileSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: bilingual(FRAMEWORK_SCHEMA.title, " / "),
    description: bilingual(FRAMEWORK_SCHEMA.description, "\n\n"),
    ...rest,
    oneOf: [{ required: ["domains"] }, { required: ["aspects"] }],
  };
}
