// The version `selfeval --version` prints: package.json's, found above this module wherever it
// runs from (dist/src/cli when built, src/cli under the tests).

import { existsSync, readFileSync } from 'fs';
import path from 'path';

/** The package's version, from the nearest package.json above this module. */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return '';
  }
}
