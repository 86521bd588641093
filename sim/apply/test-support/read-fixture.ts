import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));

export function readFixture(name: string): unknown {
  return parse(readFileSync(path.join(here, '..', 'fixtures', name), 'utf8'));
}
