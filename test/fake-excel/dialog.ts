// Office.context.ui.displayDialogAsync as Office applies it: the URL must be https and on the
// origin of the page that opens it (12005, 12004), one dialog at a time (12007), the callback
// called later, never inline. What a dialog receives and sends is recorded, and a test plays the
// page (messageParent) or the user closing the window (12006).

import type { FakeExcelHost } from './host';

export const DIALOG_EVENTS = {
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
} as const;

type DialogEventType = (typeof DIALOG_EVENTS)[keyof typeof DIALOG_EVENTS];
type Handler = (arg: { message: string; origin: string } | { error: number }) => void;

export interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; message: string };
}

export interface DialogOptions {
  height?: number;
  width?: number;
  displayInIframe?: boolean;
  promptBeforeOpen?: boolean;
}

/** A dialog as the add-in holds it (Office.Dialog). */
export interface OfficeDialog {
  addEventHandler(eventType: string, handler: Handler): void;
  close(): void;
  messageChild(message: string): void;
}

/** A dialog as a test sees it. */
export class FakeDialog implements OfficeDialog {
  open = true;
  /** What the opener sent with messageChild (DialogApi 1.2). */
  readonly fromParent: string[] = [];
  private readonly handlers = new Map<DialogEventType, Handler[]>();

  constructor(
    readonly url: string,
    readonly options: DialogOptions,
    private readonly host: FakeExcelHost,
  ) {}

  addEventHandler(eventType: string, handler: Handler): void {
    if (
      eventType !== DIALOG_EVENTS.DialogMessageReceived &&
      eventType !== DIALOG_EVENTS.DialogEventReceived
    ) {
      throw new Error(`Office.Dialog has no event ${eventType}`);
    }
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
  }

  /** Closing from the opener fires no event, as in Office. */
  close(): void {
    this.open = false;
  }

  messageChild(message: string): void {
    if (!this.host.setSupported('DialogApi', '1.2')) throw new Error('messageChild needs DialogApi 1.2');
    if (this.open) this.fromParent.push(message);
  }

  /** The dialog's page calls Office.context.ui.messageParent(message). */
  messageParent(message: string): void {
    if (!this.open) throw new Error('the dialog is closed');
    this.fire(DIALOG_EVENTS.DialogMessageReceived, { message, origin: new URL(this.url).origin });
  }

  /** The user closes the window with its X: Office reports 12006. */
  closeByUser(): void {
    if (!this.open) throw new Error('the dialog is closed');
    this.open = false;
    this.fire(DIALOG_EVENTS.DialogEventReceived, { error: 12006 });
  }

  /** The query/hash the page reads. */
  get hash(): string {
    return new URL(this.url).hash;
  }

  private fire(type: DialogEventType, arg: Parameters<Handler>[0]): void {
    for (const handler of this.handlers.get(type) ?? []) handler(arg);
  }
}

function failure(code: number, message: string): AsyncResult<never> {
  return { status: 'failed', value: undefined as never, error: { code, message } };
}

/** Office.context.ui.displayDialogAsync over `dialogs`, the record a test reads. */
export function displayDialogAsync(host: FakeExcelHost, dialogs: FakeDialog[]) {
  return (
    url: string,
    optionsOrCallback?: DialogOptions | ((result: AsyncResult<OfficeDialog>) => void),
    maybeCallback?: (result: AsyncResult<OfficeDialog>) => void,
  ): void => {
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    const options = typeof optionsOrCallback === 'object' ? optionsOrCallback : {};
    let result: AsyncResult<OfficeDialog>;
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      target = null;
    }
    if (!target || target.protocol !== 'https:') {
      result = failure(
        12005,
        'The URL passed to displayDialogAsync uses the HTTP protocol. HTTPS is required.',
      );
    } else if (target.origin !== new URL(host.pageUrl).origin) {
      result = failure(12004, 'The domain of the URL is not the domain of the host page.');
    } else if (dialogs.some((d) => d.open)) {
      result = failure(12007, 'A dialog box is already opened from this host window.');
    } else {
      const dialog = new FakeDialog(url, options, host);
      dialogs.push(dialog);
      result = { status: 'succeeded', value: dialog };
    }
    setTimeout(() => callback?.(result), 0);
  };
}
