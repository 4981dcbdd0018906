// The fake `Office` global: requirement sets of the host's Office build, the display language,
// document settings, Office.actions.associate for ribbon commands, dialogs (dialog.ts) and
// Office.addin.showAsTaskpane, which fails unless the manifest declares a shared runtime.

import { displayDialogAsync, DIALOG_EVENTS, type FakeDialog } from './dialog';
import { FakeOfficeError } from './errors';
import type { FakeExcelHost } from './host';

export type CommandHandler = (event: { completed(): void }) => unknown;

export interface FakeOffice {
  HostType: { Excel: 'Excel' };
  EventType: typeof DIALOG_EVENTS;
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  context: {
    ui: { displayDialogAsync: ReturnType<typeof displayDialogAsync> };
    displayLanguage: string;
    contentLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(callback?: (result: { status: 'succeeded' }) => void): void;
      };
    };
  };
  onReady(
    callback?: (info: { host: 'Excel'; platform: 'OfficeOnline' }) => void,
  ): Promise<{ host: 'Excel'; platform: 'OfficeOnline' }>;
  actions: { associate(name: string, handler: CommandHandler): void };
  addin: { showAsTaskpane(): Promise<void> };
}

/** What the fake Office shows besides the workbook: dialogs opened, times the pane was shown. */
export interface OfficeSurfaces {
  dialogs: FakeDialog[];
  panesShown: number;
}

export function createFakeOffice(
  host: FakeExcelHost,
  commands: Map<string, CommandHandler>,
  surfaces: OfficeSurfaces,
): FakeOffice {
  const settings = new Map<string, unknown>();
  return {
    HostType: { Excel: 'Excel' },
    EventType: DIALOG_EVENTS,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      ui: { displayDialogAsync: displayDialogAsync(host, surfaces.dialogs) },
      displayLanguage: host.displayLanguage,
      contentLanguage: host.displayLanguage,
      requirements: {
        isSetSupported: (name, minVersion) => host.setSupported(name, String(minVersion ?? '1.1')),
      },
      document: {
        settings: {
          get: (name) => (settings.has(name) ? settings.get(name) : null),
          set: (name, value) => void settings.set(name, value),
          remove: (name) => void settings.delete(name),
          saveAsync: (callback) => callback?.({ status: 'succeeded' }),
        },
      },
    },
    onReady: (callback) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' } as const;
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name, handler) => void commands.set(name, handler) },
    addin: {
      // SharedRuntime 1.1 being supported is not enough: the add-in's manifest must declare the
      // shared runtime, or Office has no pane runtime to show.
      showAsTaskpane: () => {
        if (!host.sharedRuntime) {
          return Promise.reject(
            new FakeOfficeError(
              'InvalidOperation',
              'showAsTaskpane needs a shared runtime declared in the manifest.',
              'Office.addin.showAsTaskpane',
            ),
          );
        }
        surfaces.panesShown++;
        return Promise.resolve();
      },
    },
  };
}
