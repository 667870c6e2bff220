/**
 * The signals an atomic write takes (write.ts).
 *
 * While an atomic write is under way, SIGINT, SIGTERM and SIGHUP are taken by a listener. Without one,
 * Ctrl-C would end the process in the middle of the write and leave the temporary file behind. A
 * signal that comes during the write is held (`pending`): the writer asks for it between pieces and
 * once more before the rename (`interruption`), removes its temporary file and leaves the target as
 * it was, then `endWrite` ends the process by that signal, as if no listener had ever been there
 * (exit 130 for Ctrl-C). A run interrupted changes nothing: the old file was replaced anyway when the
 * write was one synchronous stretch, because a listener runs only between turns of the event loop.
 * Outside a write the listeners are gone and a signal ends the process at once, as Node's default
 * does: a listener left in place swallowed a signal that came after the write, since the run then
 * ends by `process.exit` before the listener's turn (exit 0 for a SIGTERM). The writer asks once more
 * after the rename, so that a signal during it still ends the run (the file stands, complete); one in
 * the instant between that question and `endWrite`, or during a write that fails, is lost. Nothing can
 * do this for SIGKILL or a crash: the file left is named `.<target>.<pid>.<nonce>.tmp`.
 */
const TAKEN = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** atomic writes under way (one at a time in practice; counted so that nesting cannot release early) */
let writing = 0;
/** the first signal that came during a write, to end the process by once the write is undone */
let pending: NodeJS.Signals | null = null;

/** Before an atomic write: signals from now on are held until `endWrite`. */
export function beginWrite(): void {
  if (writing++ === 0) for (const signal of TAKEN) process.on(signal, onSignal);
}

/**
 * The signal that has come since `beginWrite`, if any. A listener runs only in the event loop's poll
 * phase, so a signal sent during a synchronous stretch of writing is seen once a poll has passed: two
 * turns of `setImmediate`, since the first runs with no poll before it when the write began in one
 * (after reading stdin, a single turn missed every signal).
 */
export async function interruption(): Promise<NodeJS.Signals | null> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  return pending;
}

/**
 * After an atomic write, done or undone: the listeners go, and a signal held during the write ends the
 * process now. Not in a process that takes the signal itself (a program that runs `main` with a SIGINT
 * listener of its own): its listener heard the signal beside ours, and sent again it came back to the next
 * write as a signal of its own. The caller then says the write was abandoned, and the next starts afresh.
 */
export function endWrite(): void {
  if (writing === 0 || --writing > 0) return;
  for (const s of TAKEN) process.removeListener(s, onSignal);
  const signal = pending;
  pending = null;
  if (signal !== null && process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function onSignal(signal: NodeJS.Signals): void {
  pending ??= signal;
}
