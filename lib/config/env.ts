/** Environment variables as a plain map (the NodeJS process env type requires NODE_ENV under Next types). */
export type Env = Readonly<Record<string, string | undefined>>;
