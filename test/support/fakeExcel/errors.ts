// Errors the fake host throws, shaped like Office.js's OfficeExtension.Error (name 'RichApi.Error',
// a `code` from Excel.ErrorCodes, `debugInfo`), so the code under test maps them exactly as in Excel.

export class FakeRichApiError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): FakeRichApiError {
  return new FakeRichApiError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}
