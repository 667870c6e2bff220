/**
 * A copy of a cell kept beyond its row. A cell is a slice of the text it was read from, and V8
 * keeps a slice of 13 characters or more as a view of its parent: an instansi name kept for an
 * assessment (or in a cache of names' keys) would keep the whole piece of the file it came from
 * (read in pieces, every piece). JSON.parse makes a string of its own, flat: concatenating and
 * slicing (` ${text}`.slice(1)) made a view again, of a copy one character longer, 72 bytes for a
 * 22-character name where 40 do (a national file keeps twenty thousand). Shorter ones already are
 * their own.
 */
export function detach<T extends string | null>(text: T): T {
  return text === null || text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as T);
}
