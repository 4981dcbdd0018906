// Errors shaped like Office.js's RichApi.Error: a `code` callers switch on and the same messages,
// so code that handles real Excel errors handles the fake's the same way.

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'ApiNotFound'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'AccessDenied';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { errorLocation: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation = '',
  ) {
    super(message);
    this.debugInfo = { errorLocation };
  }
}

export function propertyNotLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function apiNotFound(api: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    api,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.", location);
}

export function protectedSheet(sheet: string): FakeOfficeError {
  return new FakeOfficeError(
    'AccessDenied',
    `The cell or chart you're trying to change is on a protected sheet (${sheet}).`,
    'Range',
  );
}
