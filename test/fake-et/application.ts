// Application and Workbook as a WPS 加载项 page sees them (window.Application): the active
// workbook (null when none is open) and its sheets, task panes made by CreateTaskPane, and
// PluginStorage shared between the add-in's pages.

import { EtObject } from './counter';
import { EtError, type FakeEtHost } from './host';
import { FakeEtWorksheet, FakeEtWorksheets } from './worksheet';

export class FakeEtWorkbook extends EtObject {
  override readonly etType = 'Workbook';

  constructor(readonly host: FakeEtHost) {
    super();
  }

  get Name(): string {
    return this.host.workbook.title || '工作簿1';
  }

  get Worksheets(): FakeEtWorksheets {
    return new FakeEtWorksheets(this.host);
  }

  get ActiveSheet(): FakeEtWorksheet {
    return new FakeEtWorksheet(this.host, this.host.active);
  }

  get ProtectStructure(): boolean {
    return this.host.structureProtected;
  }
}

export class FakeEtTaskPane extends EtObject {
  override readonly etType = 'TaskPane';
  Visible = false;

  constructor(
    readonly ID: string,
    readonly url: string,
  ) {
    super();
  }
}

export class FakeEtPluginStorage extends EtObject {
  override readonly etType = 'PluginStorage';
  private readonly items = new Map<string, unknown>();

  getItem(key: string): unknown {
    return this.items.get(key);
  }

  setItem(key: string, value: unknown): void {
    this.items.set(key, value);
  }
}

export class FakeEtApplication extends EtObject {
  override readonly etType = 'Application';
  readonly panes = new Map<string, FakeEtTaskPane>();
  private readonly storage = new FakeEtPluginStorage();

  constructor(
    readonly host: FakeEtHost,
    private readonly open: boolean,
  ) {
    super();
  }

  get ActiveWorkbook(): FakeEtWorkbook | null {
    return this.open ? new FakeEtWorkbook(this.host) : null;
  }

  get PluginStorage(): FakeEtPluginStorage {
    return this.storage;
  }

  CreateTaskPane(url: string): FakeEtTaskPane {
    if (typeof url !== 'string' || !url)
      throw new EtError('Application.CreateTaskPane', 'a task pane needs a url');
    const pane = new FakeEtTaskPane(String(this.panes.size + 1), url);
    this.panes.set(pane.ID, pane);
    return pane;
  }

  GetTaskPane(id: string): FakeEtTaskPane | null {
    return this.panes.get(String(id)) ?? null;
  }
}
