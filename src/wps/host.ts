// The WPS page's way to the ET Application and the window's language, shared by the ribbon
// (main.js) and the task pane. WPS gives add-in pages `window.Application` (older builds only
// `wps.EtApplication()`).

import type { EtApplication } from '../hosts/wps/et';
import type { WpsHost } from '../hosts/wps/operations';

interface WpsWindow {
  Application?: EtApplication;
  wps?: { EtApplication?: () => EtApplication };
}

export const pageHost: WpsHost = {
  app() {
    const w = globalThis as unknown as WpsWindow;
    const app = w.Application ?? w.wps?.EtApplication?.();
    if (!app) throw new Error('not running inside WPS');
    return app;
  },
  displayLanguage: () => globalThis.navigator?.language,
};

/** The folder of the add-in's pages: where WPS opened main.js's index.html from. */
export function addinFolder(): string {
  const href = String(globalThis.location?.href ?? '');
  return href.slice(0, href.lastIndexOf('/') + 1);
}
