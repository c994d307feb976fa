/**
 * Starting the PDF engine ahead of need, in a module of its own: a build imports it before the rest
 * of the pipeline, so that the browser boots while the pipeline's modules load and the documents
 * are planned.
 */
import type { OutputContext, PdfEngineStart } from './format.ts';

/**
 * Starts the browser now, for PDFs that will probably be rendered: it boots while the build
 * plans (a few hundred milliseconds of a one-edition build). A failure to start is kept for
 * whoever asks for the engine; if no one does, it was never an error.
 */
export function startPdfEngine(context: Pick<OutputContext, 'concurrency' | 'browser' | 'browserWSEndpoint'>): PdfEngineStart {
  // Loaded only when PDFs are wanted, so other builds never load the browser's modules.
  const starting = import('../paginate/printer.ts').then(({ openPdfEngine }) =>
    openPdfEngine({ concurrency: context.concurrency, executablePath: context.browser, browserWSEndpoint: context.browserWSEndpoint }),
  );
  starting.catch(() => undefined);
  let closing: Promise<void> | undefined;
  return {
    get: () => starting,
    close: () => (closing ??= starting.then((engine) => engine.close(), () => undefined)),
  };
}

