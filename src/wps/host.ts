// The WPS page's way to the ET Application and the window's language, shared by the ribbon
// (main.js) and the task pane. WPS gives add-in pages `window.Application` (older builds only
// `wps.EtApplication()`).

import type { EtApplication } from '../hosts/wps/et';
import type { WpsHost } from '../hosts/wps/operations';

interface WpsWindow {
  Application?: EtApplication;
  wps?: { EtApplication?: () => EtApplication };
  navigator?: { language?: string };
  location?: { href?: string };
  alert?: (text: string) => void;
}

/**
 * The page's global object. `globalThis` only where the engine has it (Chromium 71+): older WPS
 * builds on Linux embed an older Chromium, whose pages have `window`.
 */
export function pageGlobal(): WpsWindow {
  return (typeof globalThis !== 'undefined' ? globalThis : window) as unknown as WpsWindow;
}

export const pageHost: WpsHost = {
  app() {
    const w = pageGlobal();
    const app = w.Application ?? w.wps?.EtApplication?.();
    if (!app) throw new Error('not running inside WPS');
    return app;
  },
  displayLanguage: () => pageGlobal().navigator?.language,
};

/** The folder of the add-in's pages: where WPS opened main.js's index.html from. */
export function addinFolder(): string {
  const href = String(pageGlobal().location?.href ?? '');
  return href.slice(0, href.lastIndexOf('/') + 1);
}
