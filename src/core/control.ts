/**
 * Characters no output should carry from an input: C0 and C1 control
 * characters (ESC moves a terminal's cursor, BEL rings, NUL truncates), the
 * bidirectional marks and overrides that make text display in another order
 * than it reads, and the Unicode line and paragraph separators. Each medium keeps the whitespace it can carry: a CSV cell may hold a
 * tab or a line break, a terminal line may not.
 */
const UNSAFE = "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";

const patterns = new Map<string, RegExp>();

function pattern(keep: string): RegExp {
  let re = patterns.get(keep);
  if (!re) {
    const except = keep ? `(?![${[...keep].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}])` : "";
    re = new RegExp(`${except}[${UNSAFE}]`, "g");
    patterns.set(keep, re);
  }
  return re;
}

/** Removes unsafe characters, keeping those listed in `keep` (e.g. "\t\n"). */
export function stripControls(text: string, keep = ""): string {
  return printableAscii(text) ? text : text.replace(pattern(keep), "");
}

/**
 * Only characters from space to "~", none of them unsafe whatever `keep` says.
 * Most texts are such, and checking is a few times cheaper than the
 * replacement (a national ranking's CSV has some 300 000 cells).
 */
function printableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** True when the text holds any unsafe character, whitespace controls included. */
export function hasControls(text: string): boolean {
  return stripControls(text) !== text;
}
