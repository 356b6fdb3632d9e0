// What a copy rewritten by exceljs cannot keep. A scored copy is normally written by editing the original package
// (patchPackage.ts) and keeps everything; only a package that cannot be edited safely is rewritten by exceljs, which
// drops the parts it does not model — charts, pivot tables, slicers, form controls, drawn shapes, cross-sheet
// dropdowns (x14 data validations), sparklines, custom document properties, external links, threaded comments,
// workbook protection and printer settings. The CLI names them so an officer is not surprised; the original file
// is never written.

import JSZip from 'jszip';
import { xlsxMessages as M } from '../i18n/zh-CN/xlsx';

interface UnkeptParts {
  charts: number;
  pivotTables: number;
  slicers: number;
  controls: number;
  shapes: number;
  dropdowns: number;
  sparklines: number;
  customProperties: number;
  externalLinks: number;
  threadedComments: number;
  workbookProtection: number;
  printerSettings: number;
}

/** Counts the parts of an .xlsx file's bytes that exceljs does not carry into a copy; all zero for a plain workbook. */
export async function unkeptParts(bytes: Buffer): Promise<UnkeptParts> {
  const zip = await JSZip.loadAsync(bytes);
  const count = (re: RegExp) => zip.file(re).length;
  const occurrences = async (files: RegExp, what: RegExp) => {
    let n = 0;
    for (const f of zip.file(files)) n += ((await f.async('string')).match(what) ?? []).length;
    return n;
  };
  const customXml = zip.file('docProps/custom.xml');
  return {
    charts: count(/^xl\/charts\/chart\d+\.xml$/),
    pivotTables: count(/^xl\/pivotTables\/pivotTable\d+\.xml$/),
    slicers: count(/^xl\/slicers\/slicer\d+\.xml$/),
    controls: count(/^xl\/ctrlProps\/ctrlProp\d+\.xml$/),
    shapes: await occurrences(/^xl\/drawings\/drawing\d+\.xml$/, /<xdr:sp[\s>]/g),
    dropdowns: await occurrences(/^xl\/worksheets\/sheet\d+\.xml$/, /<x14:dataValidation[\s>]/g),
    sparklines: await occurrences(/^xl\/worksheets\/sheet\d+\.xml$/, /<x14:sparkline[\s>]/g),
    customProperties: customXml ? ((await customXml.async('string')).match(/<property[\s>]/g) ?? []).length : 0,
    externalLinks: count(/^xl\/externalLinks\/externalLink\d+\.xml$/),
    threadedComments: await occurrences(/^xl\/threadedComments\/[^/]+\.xml$/, /<threadedComment[\s>]/g),
    workbookProtection: await occurrences(/^xl\/workbook\.xml$/, /<workbookProtection[\s>]/g),
    printerSettings: count(/^xl\/printerSettings\/[^/]+\.bin$/),
  };
}

/** 「图表 2 个、数据透视表 1 个」, or null when nothing would be lost. */
export function unkeptText(u: UnkeptParts | null): string | null {
  if (!u) return null;
  const parts = (Object.keys(M.unkept) as (keyof UnkeptParts)[]).filter((k) => u[k] > 0).map((k) => M.unkept[k](u[k]));
  return parts.length ? parts.join('、') : null;
}
