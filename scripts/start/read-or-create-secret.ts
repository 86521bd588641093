import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Demo mode only: a random AUTH_SECRET kept under the state dir so sessions survive restarts. */
export function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString('base64');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
