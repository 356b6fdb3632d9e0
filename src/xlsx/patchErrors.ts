// Errors of writing a scored copy in place (src/xlsx/patchPackage.ts).

/** A package the in-place writer cannot edit safely (the copy is then rewritten by exceljs, saying what it loses). */
export class CannotPatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotPatch';
  }
}

/** A scored copy that cannot be written; `message` is a zh-CN sentence naming the file or cell. */
export class XlsxWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxWriteError';
  }
}
