// What a scored copy cannot keep: exceljs rewrites the whole file and drops parts it does not model — charts,
// pivot tables, slicers, form controls, drawn shapes and text boxes. The CLI names them so an officer is not
// surprised by a copy without its chart; the original file is never written (the add-in writes cells in place
// and keeps everything).

import JSZip from 'jszip';
import { xlsxMessages as M } from '../i18n/zh-CN/xlsx';

export interface UnkeptParts {
  charts: number;
  pivotTables: number;
  slicers: number;
  controls: number;
  shapes: number;
}

/** Counts the parts of an .xlsx file's bytes that exceljs does not carry into a copy; all zero for a plain workbook. */
export async function unkeptParts(bytes: Buffer): Promise<UnkeptParts> {
  const zip = await JSZip.loadAsync(bytes);
  const count = (re: RegExp) => zip.file(re).length;
  let shapes = 0;
  for (const d of zip.file(/^xl\/drawings\/drawing\d+\.xml$/)) {
    const xml = await d.async('string');
    shapes += (xml.match(/<xdr:sp[\s>]/g) ?? []).length;
  }
  return {
    charts: count(/^xl\/charts\/chart\d+\.xml$/),
    pivotTables: count(/^xl\/pivotTables\/pivotTable\d+\.xml$/),
    slicers: count(/^xl\/slicers\/slicer\d+\.xml$/),
    controls: count(/^xl\/ctrlProps\/ctrlProp\d+\.xml$/),
    shapes,
  };
}

/** 「图表 2 个、数据透视表 1 个」, or null when nothing would be lost. */
export function unkeptText(u: UnkeptParts): string | null {
  const parts = (Object.keys(M.unkept) as (keyof UnkeptParts)[]).filter((k) => u[k] > 0).map((k) => M.unkept[k](u[k]));
  return parts.length ? parts.join('、') : null;
}
