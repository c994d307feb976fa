/**
 * What to undo when a build is interrupted (SIGINT, SIGTERM): close the browser, remove its
 * profile, remove files half-written to dist/. Parts of the build register a cleanup while they
 * hold something and unregister it when done. On the first signal the cleanups run — first the
 * ones that take time (closing the browser), then, at the very end and synchronously, the removal
 * of files, so that no write still in flight can put one back — and the process exits with the
 * signal's conventional status (130 for SIGINT, 143 for SIGTERM).
 */
import os from 'node:os';

type Cleanup = () => Promise<void> | void;

/** Cleanups that run first and may take time, and synchronous ones that run just before exit. */
const cleanups = new Set<Cleanup>();
const finalCleanups = new Set<() => void>();
let installed = false;
let interruptedWith: number | undefined;

/** The exit status an interrupted build must end with (130, 143), once a signal came. */
export function interruptStatus(): number | undefined {
  return interruptedWith;
}

function onSignal(signal: NodeJS.Signals): void {
  interruptedWith = 128 + (os.constants.signals[signal] ?? 1);
  uninstall();
  const done = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
  // A cleanup that hangs (a browser that no longer answers) must not keep the build alive.
  const limit = new Promise((resolve) => setTimeout(resolve, 8_000).unref());
  void Promise.race([done, limit]).finally(() => {
    for (const cleanup of finalCleanups) {
      try {
        cleanup();
      } catch {
        // leave what cannot be removed; exiting matters more
      }
    }
    process.exit(interruptedWith);
  });
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstall(): void {
  installed = false;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

function registered(): void {
  if (cleanups.size === 0 && finalCleanups.size === 0) uninstall();
}

/** Registers `cleanup` until the returned function is called. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  install();
  return () => {
    cleanups.delete(cleanup);
    registered();
  };
}

/** Registers a synchronous removal of files, run last, just before the process exits. */
export function onInterruptRemove(remove: () => void): () => void {
  finalCleanups.add(remove);
  install();
  return () => {
    finalCleanups.delete(remove);
    registered();
  };
}
