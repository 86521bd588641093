/** Environment variables as read by the registry (process.env, or a plain object in tests). */
export type Environment = Record<string, string | undefined>;
