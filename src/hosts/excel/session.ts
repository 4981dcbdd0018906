// One Excel.run with its round trips counted, so every operation can say how many it took.

export class Session {
  syncs = 0;

  constructor(readonly context: Excel.RequestContext) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }
}

export function inSession<R>(body: (session: Session) => Promise<R>): Promise<R> {
  return Excel.run((context) => body(new Session(context)));
}
