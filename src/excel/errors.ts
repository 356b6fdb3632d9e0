// Turns what Office.js throws (RichApi errors, identified by their `code`, never by their localized
// message) into WorkbookError with a zh-CN sentence for the officer.

import { WorkbookError } from '../workbook/host';
import { excelMessages as m } from '../i18n/zh-CN/excel';

/** Error codes of Excel's RichApi that this layer reacts to (Excel.ErrorCodes values). */
export const RichApiCode = {
  accessDenied: 'AccessDenied',
  cellEditMode: 'InvalidOperationInCellEditMode',
  itemNotFound: 'ItemNotFound',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  apiNotFound: 'ApiNotFound',
  notImplemented: 'NotImplemented',
  unsupportedOperation: 'UnsupportedOperation',
  conflict: 'Conflict',
  insertDeleteConflict: 'InsertDeleteConflict',
  mergedRangeConflict: 'MergedRangeConflict',
  requestAborted: 'RequestAborted',
} as const;

/** The RichApi code of an error, when it has one. */
export function richApiCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}

/** Excel on the web refuses a sync whose request or response passes its payload limit. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = richApiCode(e);
  return code === RichApiCode.responseTooLarge || code === RichApiCode.requestTooLarge;
}

/** Where an error happened, to name it in the message. */
interface ErrorPlace {
  sheet?: string;
  cell?: string;
}

function placeText(p?: ErrorPlace): string {
  if (p?.sheet && p.cell) return `「${p.sheet}」!${p.cell}`;
  if (p?.sheet) return `工作表「${p.sheet}」`;
  return '工作簿';
}

/** Maps anything thrown inside Excel.run to a WorkbookError (WorkbookErrors pass through). */
export function toWorkbookError(e: unknown, place?: ErrorPlace): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const err = mapError(e, place);
  // Keep what Excel threw (its debugInfo) for the console and bug reports.
  Object.defineProperty(err, 'cause', { value: e, enumerable: false });
  return err;
}

function mapError(e: unknown, place?: ErrorPlace): WorkbookError {
  const code = richApiCode(e);
  const where = placeText(place);
  switch (code) {
    case RichApiCode.accessDenied:
      return new WorkbookError(m.accessDenied(where), 'sheet-protected', place?.sheet, place?.cell);
    case RichApiCode.cellEditMode:
      return new WorkbookError(m.cellEditMode, 'cell-edit-mode');
    case RichApiCode.itemNotFound:
      return new WorkbookError(
        m.itemNotFound(place?.sheet ? `工作表「${place.sheet}」` : '要操作的工作表或单元格'),
        'not-found',
        place?.sheet,
      );
    case RichApiCode.responseTooLarge:
    case RichApiCode.requestTooLarge:
    case RichApiCode.rangeExceedsLimit:
      return new WorkbookError(m.payloadTooLarge, 'payload-too-large');
    case RichApiCode.apiNotFound:
    case RichApiCode.notImplemented:
    case RichApiCode.unsupportedOperation:
      return new WorkbookError(m.notSupported, 'not-supported');
    case RichApiCode.conflict:
    case RichApiCode.insertDeleteConflict:
      return new WorkbookError(m.conflict, 'conflict');
    case RichApiCode.mergedRangeConflict:
      return new WorkbookError(m.mergedConflict(where), 'merged-conflict', place?.sheet, place?.cell);
    case RichApiCode.requestAborted:
      return new WorkbookError(m.aborted, 'aborted');
    default:
      return new WorkbookError(m.unknown(code ?? (e instanceof Error ? e.name : 'unknown')), code ?? 'unknown');
  }
}
