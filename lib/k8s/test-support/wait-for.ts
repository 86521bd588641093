/** Polls a condition until it holds or the deadline passes (tests wait on conditions, never sleep). */
export async function waitFor(options: { condition: () => boolean | Promise<boolean>; timeoutMs: number; what: string; intervalMs?: number }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await options.condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
  }
}
