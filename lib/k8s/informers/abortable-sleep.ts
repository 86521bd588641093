/** Resolves after `ms`, or early (without throwing) when the signal aborts. */
export function abortableSleep(options: { ms: number; signal: AbortSignal }): Promise<void> {
  return new Promise((resolve) => {
    if (options.signal.aborted) return resolve();
    const timer = setTimeout(done, options.ms);
    function done() {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', done);
      resolve();
    }
    options.signal.addEventListener('abort', done, { once: true });
  });
}
