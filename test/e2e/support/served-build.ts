// For a browser test file: the e2e build of the pages (webpack --env e2e) in a temporary folder of
// its own (other test files build at the same time), served on 127.0.0.1 with Debian's Chromium
// started, all before the file's tests and gone after them. Outside CI a machine without Chromium
// skips them; refreshing the committed screenshots without it fails.

import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { runWebpack } from '../../../bench/web-build';
import { chromiumAvailable, launchChromium } from './browser';
import { updatingScreenshots } from './screenshots';
import { serveStatic, type StaticServer } from './server';

export const mustRunInBrowser = chromiumAvailable || !!process.env.CI || updatingScreenshots;
export const describeInBrowser = mustRunInBrowser ? describe : describe.skip;

export interface ServedBuild {
  readonly origin: string;
  readonly browser: Browser;
}

/** Builds, serves (the build at /, plus `mounts` such as { '/fixtures/': 'test/fixtures' }) and
 * launches Chromium in beforeAll; closes and removes everything in afterAll. */
export function servedBuild(name: string, mounts: Record<string, string> = {}): ServedBuild {
  const out = path.join(os.tmpdir(), `selfeval-${name}-${process.pid}`);
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!mustRunInBrowser) return;
    runWebpack(['--mode', 'development', '--env', 'e2e', '--output-path', out]);
    server = await serveStatic({ ...mounts, '/': out });
    browser = await launchChromium();
  }, 300_000); // a webpack build and a browser start
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });
  return {
    get origin() {
      if (!server) throw new Error('not served yet');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('no browser yet');
      return browser;
    },
  };
}
