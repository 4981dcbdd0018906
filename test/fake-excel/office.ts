// The fake `Office` global: requirement sets capped at the host's ExcelApi version, the display
// language, document settings, and Office.actions.associate for ribbon commands.

import type { FakeExcelHost } from './host';

export type CommandHandler = (event: { completed(): void }) => unknown;

export interface FakeOffice {
  HostType: { Excel: 'Excel' };
  context: {
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
}

export function createFakeOffice(host: FakeExcelHost, commands: Map<string, CommandHandler>): FakeOffice {
  const settings = new Map<string, unknown>();
  return {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: host.displayLanguage,
      contentLanguage: host.displayLanguage,
      requirements: {
        isSetSupported: (name, minVersion) =>
          name.toLowerCase() === 'excelapi' && host.supports(String(minVersion ?? '1.1')),
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
  };
}
