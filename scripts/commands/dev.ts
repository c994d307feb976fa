/**
 * `hexapla dev`: the dev session (dev/session.ts) on the command line. Runs until interrupted
 * (Ctrl+C), then closes the watcher, the server and the browser.
 */
import { fail } from '../diagnostics.ts';
import { startDevSession, type DevOptions } from '../dev/session.ts';
import { onInterrupt } from '../interrupt.ts';

export async function runDevCommand(options: Omit<DevOptions, 'log'> & { stdout: NodeJS.WritableStream }): Promise<never> {
  const time = () => new Date().toTimeString().slice(0, 8);
  let session;
  try {
    session = await startDevSession({ ...options, log: (line) => options.stdout.write(`${time()} ${line}\n`) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' || (error as NodeJS.ErrnoException).code === 'EACCES') {
      throw fail('dev/port', `cannot listen on port ${options.port} or the ten after it: ${(error as Error).message}`, undefined, 'choose another with --port, e.g. --port 8123');
    }
    throw error;
  }
  const opened = session;
  onInterrupt(() => opened.close());
  return new Promise<never>(() => undefined);
}
