// The one error the file layer throws: the bytes are not a workbook it can read (not a zip, an
// encrypted or legacy .xls file, a required part missing or ill-formed). Callers show `message`.

export class WorkbookFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFormatError';
  }
}
