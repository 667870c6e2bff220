/** What the library reads: the text itself, or its bytes however a caller holds them. */
export type TextOrBytes = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * The bytes of a library caller's input: a string as UTF-8, a Uint8Array (a Node Buffer) as it is,
 * and what a web app holds (`await response.arrayBuffer()`, a DataView) as its bytes: an ArrayBuffer
 * was read as no bytes at all, "the file is empty". Anything else is a caller's mistake, a TypeError
 * that says what was given (undefined failed deep in the reader, "reading 'length'").
 */
export function bytesOf(input: unknown, what: string): Uint8Array {
  if (typeof input === "string") return new TextEncoder().encode(input);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const given = input === null ? "null" : typeof input === "object" ? (input.constructor?.name ?? "an object") : typeof input;
  // a Blob or File is read asynchronously: the caller has the bytes with one await
  const blob = typeof input === "object" && input !== null && typeof (input as { arrayBuffer?: unknown }).arrayBuffer === "function";
  const hint = blob ? ": pass new Uint8Array(await blob.arrayBuffer())" : "";
  throw new TypeError(`${what}: the input must be text or bytes (a string, Uint8Array or ArrayBuffer), not ${given}${hint}`);
}

/** Bytes however held: a Uint8Array (a Node Buffer), an ArrayBuffer, or another view of one. */
export const isBytes = (input: unknown): input is Uint8Array | ArrayBuffer | ArrayBufferView => input instanceof ArrayBuffer || ArrayBuffer.isView(input);

/**
 * A library caller's `delimiter`: one of the four a file is read with (the CLI's `--delimiter tab` is
 * "\t" here), or a RangeError naming them: "tab" was taken as the text "tab", and the file read as one
 * column, said as "no indicator column".
 */
export function delimiterOption(delimiter: unknown, what: string): void {
  if (delimiter === undefined || delimiter === "," || delimiter === ";" || delimiter === "\t" || delimiter === "|") return;
  throw new RangeError(`${what}: delimiter ${JSON.stringify(delimiter)} is none of ",", ";", "\\t" (a tab), "|"`);
}
