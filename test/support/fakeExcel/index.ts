// The in-memory Excel host for tests: FakeWorkbook (Excel.run, context.sync, Office.* globals) over a
// document built from SheetGrid[]. See host.ts for the scenario hooks and proxies.ts for the semantics.

export { FakeWorkbook, FakeSettings, type FakeHostOptions, type SyncRecord, type DialogRecord } from './host';
export { WorkbookDocument, FakeSheet, displayText, parseInput, type FakeCell, type CellValue } from './model';
export { FakeRichApiError } from './errors';
export { FakeContext, parseRect, rectA1 } from './proxies';
