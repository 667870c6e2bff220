/**
 * The signals an atomic write takes (write.ts).
 *
 * From the first atomic write on, SIGINT, SIGTERM and SIGHUP are taken by a listener. Without one,
 * Ctrl-C would end the process in the middle of the write and leave the temporary file behind. A
 * signal that comes while a write is under way is held (`pending`): the writer asks for it between
 * pieces and once more before the rename (`interruption`), removes its temporary file and leaves the
 * target as it was, then `endWrite` ends the process by that signal, as if no listener had ever been
 * there (exit 130 for Ctrl-C). A run interrupted changes nothing: the old file was replaced anyway
 * when the write was one synchronous stretch, because a listener runs only between turns of the event
 * loop. A signal outside a write ends the process at once, as before. Nothing can do this for SIGKILL
 * or a crash: the file left is named `.<target>.<pid>.<nonce>.tmp`.
 */
const TAKEN = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

let signalsTaken = false;
/** atomic writes under way (one at a time in practice; counted so that nesting cannot release early) */
let writing = 0;
/** the first signal that came during a write, to end the process by once the write is undone */
let pending: NodeJS.Signals | null = null;

/** Before an atomic write: signals from now on are held until `endWrite`. */
export function beginWrite(): void {
  if (!signalsTaken) {
    signalsTaken = true;
    for (const signal of TAKEN) process.on(signal, onSignal);
  }
  writing++;
}

/**
 * The signal that has come since `beginWrite`, if any, after one turn of the event loop: a listener
 * runs only between turns, so a signal sent during a synchronous stretch of writing is seen here.
 */
export async function interruption(): Promise<NodeJS.Signals | null> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return pending;
}

/** After an atomic write, done or undone: a signal held during it ends the process now. */
export function endWrite(): void {
  writing = Math.max(0, writing - 1);
  if (writing === 0 && pending !== null) endBy(pending);
}

function onSignal(signal: NodeJS.Signals): void {
  if (writing > 0) pending ??= signal;
  else endBy(signal);
}

/** Ends the process by `signal`: with no listener left, Node gives it back to the system's default. */
function endBy(signal: NodeJS.Signals): void {
  for (const s of TAKEN) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
