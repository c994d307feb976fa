/**
 * What to undo when a build is interrupted (SIGINT, SIGTERM): close the browser, remove its
 * profile, remove files half-written to dist/. Parts of the build register a cleanup while they
 * hold something and unregister it when done; on the first signal every cleanup runs, then the
 * process exits with the signal's conventional status (130 for SIGINT, 143 for SIGTERM).
 */
import os from 'node:os';

type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
let installed = false;
let interruptedWith: number | undefined;

/** The exit status an interrupted build must end with (130, 143), once a signal came. */
export function interruptStatus(): number | undefined {
  return interruptedWith;
}

function onSignal(signal: NodeJS.Signals): void {
  interruptedWith = 128 + (os.constants.signals[signal] ?? 1);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  const done = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
  // A cleanup that hangs (a browser that no longer answers) must not keep the build alive.
  const limit = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
  void Promise.race([done, limit]).finally(() => process.exit(interruptedWith));
}

/** Registers `cleanup` until the returned function is called. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0 && installed) {
      installed = false;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}
