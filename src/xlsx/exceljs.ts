// The parts of exceljs the tool uses, each loaded on its own. `import 'exceljs'` loads the whole package: the
// workbook (reads and writes .xlsx: what a check and a scored copy use) and also its streaming reader (unzipper
// and its dependencies, never used here) and streaming writer (archiver, used only for the bureau summary) —
// about 80 of the 135 ms exceljs takes to load, paid by every run. Types still come from the package;
// test/xlsx/exceljs.test.ts checks that these are the package's own classes, so an upgrade that moves them fails.

import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook';
import { ValueType } from 'exceljs/lib/doc/enums';

export { Workbook, ValueType };

/** exceljs's streaming writer, loaded on first use (only the bureau summary writes with it). */
export function streamWorkbookWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs/lib/stream/xlsx/workbook-writer') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
}
