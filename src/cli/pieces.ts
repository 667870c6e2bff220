/**
 * A long output written in pieces: turning a whole rendered report into bytes
 * at once held it twice (the string and its UTF-8), 4 MB more at the peak of
 * a national `spbe rank`; a piece at a time holds at most one piece's bytes.
 */
export const PIECE = 1 << 18;

/**
 * The text in pieces of at most `size` UTF-16 units (size ≥ 2), in order, none
 * cut between the two halves of a surrogate pair: each half alone would be
 * written as U+FFFD. An empty text has no pieces.
 */
export function* textPieces(text: string, size: number = PIECE): Generator<string> {
  // below 2, a pair at a cut would leave an empty piece, and the loop would never move on
  if (!Number.isInteger(size) || size < 2) throw new RangeError(`piece size must be an integer of at least 2, not ${size}`);
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(at, end);
    at = end;
  }
}
