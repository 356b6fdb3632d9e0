// Writes a scored copy of a workbook. The copy is the original package with only the changed parts edited
// (patchPackage.ts: the written cells, their styles, the added sheets), so everything else an officer's workbook
// holds is kept byte for byte. A package that cannot be edited safely is rewritten by exceljs instead (applyPlanToWorkbook,
// addExtraSheet), and the outcome says why and what that copy loses. The input file is only ever read.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { WritePlan } from '../workbook/plan';
import { xlsxMessages } from '../i18n/zh-CN/xlsx';
import { loadWorkbook } from './read';
import { CannotPatch, XlsxWriteError } from './patchErrors';
import { patchScoredCopy } from './patchPackage';
import { unkeptParts, unkeptText } from './unkept';
import {
  columnWidths,
  freeSheetName,
  hasHeaderOf,
  hyperlinkFormula,
  isNumberedName,
  type ExtraSheet,
} from './extraSheet';

export interface ScoredCopyExtra {
  sheets?: ExtraSheet[];
}

/** How a copy was written: null when in place (everything kept), else why exceljs rewrote it and what it lost (zh-CN list or null). */
export type CopyRewrite = { reason: string; lost: string | null } | null;

function solidFill(color: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + color.replace('#', '').toUpperCase() } };
}

/** Applies the plan to a loaded workbook. Each cell gets its own style object: exceljs shares styles between cells read from a file. */
function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const sheet = (name: string, address: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new XlsxWriteError(xlsxMessages.missingSheet(name, address));
    return ws;
  };
  for (const w of plan.writes) {
    const cell = sheet(w.sheet, w.address).getCell(w.row + 1, w.col + 1);
    // A string is stored as text, also when it starts with '=', '+' or '-': exceljs writes a formula only for {formula}.
    cell.value = w.value;
    if (w.numberFormat) cell.style = { ...cell.style, numFmt: w.numberFormat };
  }
  for (const f of plan.fills) {
    const cell = sheet(f.sheet, f.address).getCell(f.row + 1, f.col + 1);
    cell.style = { ...cell.style, fill: solidFill(f.color) };
  }
}

/**
 * A link inside the workbook (`#'附件3'!H17`) is written as a HYPERLINK formula: exceljs writes every
 * hyperlink with an external relationship, which Excel and LibreOffice read as a link to a file.
 * Other targets (web addresses, files) are ordinary hyperlinks.
 */
function linkValue(target: string, text: string): ExcelJS.CellValue {
  if (target.startsWith('#')) return { formula: hyperlinkFormula(target, text), result: text };
  return { text, hyperlink: target };
}

/** The first row's texts: how the tool recognises a sheet it wrote (its header) from a person's sheet of the same name. */
function headerOf(ws: ExcelJS.Worksheet): string[] {
  const values = ws.getRow(1).values as ExcelJS.CellValue[];
  return (Array.isArray(values) ? values.slice(1) : []).map((v) => String(v ?? ''));
}

/**
 * Adds a sheet of plain rows with internal hyperlinks. A sheet the tool wrote before under that name or a numbered
 * one (same header row: a scored copy checked again) is replaced under its name; a person's sheet of that name is
 * kept, and the new one takes the next free name (自评结果汇总(2) …).
 */
function addExtraSheet(wb: ExcelJS.Workbook, extra: ExtraSheet): void {
  const earlier = wb.worksheets.find((ws) => isNumberedName(ws.name, extra.name) && hasHeaderOf(headerOf(ws), extra));
  const name = earlier
    ? earlier.name
    : freeSheetName(
        extra.name,
        wb.worksheets.map((ws) => ws.name),
      );
  if (earlier) wb.removeWorksheet(earlier.id);
  const ws = wb.addWorksheet(name);
  extra.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') ws.getCell(r + 1, c + 1).value = v;
    });
  });
  if (extra.boldHeader) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  for (const f of extra.numberFormats ?? []) {
    extra.rows.forEach((row, r) => {
      if (r > 0 && typeof row[f.col] === 'number') ws.getCell(r + 1, f.col + 1).numFmt = f.format;
    });
  }
  for (const link of extra.links ?? []) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const current = cell.value;
    const text = current === null || current === undefined ? link.target : String(current);
    cell.value = linkValue(link.target, text);
    cell.style = { ...cell.style, font: { color: { argb: 'FF0563C1' }, underline: true } };
  }
  columnWidths(extra.rows).forEach((width, c) => (ws.getColumn(c + 1).width = width));
}

/**
 * Writes the copy of the workbook whose bytes are `bytes`, editing only the parts that change. When the package
 * cannot be edited safely, the copy is rewritten by exceljs from `loaded` (the workbook the CLI read its grids from)
 * or from the bytes, and the result says why and what that copy does not keep. `bytes` is never changed.
 */
export async function writeCopyOfBytes(
  bytes: Buffer,
  plan: WritePlan,
  outPath: string,
  extra?: ScoredCopyExtra,
  loaded?: ExcelJS.Workbook,
  name: string = xlsxMessages.defaultBufferName,
): Promise<CopyRewrite> {
  let out: Buffer;
  let rewrite: CopyRewrite = null;
  try {
    out = await patchScoredCopy(bytes, plan, extra?.sheets ?? []);
  } catch (e) {
    if (!(e instanceof CannotPatch)) throw e;
    // exceljs reads from its own copy of the bytes; the caller's buffer and file stay as they were
    out = await rewrittenCopy(loaded ?? (await loadWorkbook(Buffer.from(bytes), name)), plan, extra);
    rewrite = { reason: e.message, lost: unkeptText(await unkeptParts(bytes).catch(() => null)) };
  }
  await fs.promises.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  await fs.promises.writeFile(outPath, out);
  return rewrite;
}

async function rewrittenCopy(wb: ExcelJS.Workbook, plan: WritePlan, extra?: ScoredCopyExtra): Promise<Buffer> {
  applyPlanToWorkbook(wb, plan);
  for (const s of extra?.sheets ?? []) addExtraSheet(wb, s);
  // formulas elsewhere may read the cells just written: their cached results are stale until Excel recalculates
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
