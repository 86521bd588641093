// Runs once when the Next.js server starts: refuses to serve with a bad configuration or without
// AUTH_SECRET outside demo mode, even when started with `next start` instead of `npm start`.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseBadStartup } = await import('@/lib/startup/refuse-bad-startup');
    refuseBadStartup();
    // Change requests: outbox worker, follower, time-to-live and webhook deliveries.
    const { ensureChangeRequestLoops } = await import('@/lib/change-requests/ensure-change-request-loops');
    ensureChangeRequestLoops();
  }
}
