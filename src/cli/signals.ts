/**
 * The signals an atomic write takes (write.ts), apart from it so that `runProcess` (main.ts) can ask
 * about them without loading the writing code at every start.
 *
 * From the first atomic write on, SIGINT, SIGTERM and SIGHUP are taken by a
 * listener. A write is one synchronous stretch (rendering included: the pieces
 * are made as they are written), so a listener runs only after it, once the
 * temporary file is renamed or removed; without one, Ctrl-C would end the
 * process in the middle and leave the temporary file behind. The listener then
 * ends the process by the same signal, as if it had never been there (the
 * write's last turn of the event loop, in `writeAtomic`, lets it run). Nothing
 * can do this for SIGKILL or a crash: the file left is named `.<target>.<pid>.<nonce>.tmp`.
 */
let signalsDeferred = false;

/** Whether an atomic write has taken the signals: the process must then end by itself (`runProcess`), so that one that came during the write still ends it. */
export const deferredSignals = (): boolean => signalsDeferred;

export function deferSignals(): void {
  if (signalsDeferred) return;
  signalsDeferred = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => process.kill(process.pid, signal));
  }
}
