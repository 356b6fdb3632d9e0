// Two corrections to what exceljs reads from styles.xml, so a cell's number format is the code Excel itself
// reports (Office.js `numberFormat`), installed once when the reader loads:
//  - Excel's zh-CN built-in formats (ids 27–36 and 50–58, written by WPS and by a Chinese Excel for
//    yyyy"年"m"月"d"日" and the like) have no code in exceljs's table unless a locale is picked, so exceljs read
//    such a cell as General and a 2023年12月31日 date as the number 45291;
//  - exceljs drops every backslash of a custom code (`0.00\%` became `0.00%`, a different format that multiplies
//    by 100; `#,##0.00\ "元"` lost its escaped space), so the text the reader computed was not what Excel shows,
//    and a scored copy wrote the changed code back;
//  - a sheet whose comments exceljs did not read (openpyxl stores them as xl/comments/comment1.xml behind an absolute
//    target, exceljs reads only xl/commentsN.xml) made exceljs throw "Cannot read properties of undefined (reading
//    'comments')" (exceljs/exceljs#2797) and the whole workbook was called not a workbook: such a relationship is
//    now passed over (the check never reads comments).

import NumFmtXform from 'exceljs/lib/xlsx/xform/style/numfmt-xform';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import WorkSheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';

interface Relationship {
  Type: string;
  Target: string;
}
interface WorkSheetXformClass {
  prototype: {
    reconcile(
      model: { relationships?: Relationship[] },
      options: { comments?: Record<string, unknown>; vmlDrawings?: Record<string, unknown> },
    ): unknown;
  };
}
const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';

interface NumFmtXformStatic {
  getDefaultFmtCode(id: number): string | undefined;
  prototype: { parseOpen(node: { name: string; attributes: Record<string, string> }): boolean; model?: unknown };
}

const X = NumFmtXform as unknown as NumFmtXformStatic;
const table = defaultNumFormats as Record<number, { f?: string; 'zh-cn'?: string }>;

let installed = false;

export function installExceljsPatches(): void {
  if (installed) return;
  installed = true;
  X.getDefaultFmtCode = (id: number) => table[id]?.f ?? table[id]?.['zh-cn'];
  X.prototype.parseOpen = function parseOpen(this: { model?: unknown }, node) {
    if (node.name !== 'numFmt') return false;
    this.model = { id: parseInt(node.attributes.numFmtId, 10), formatCode: node.attributes.formatCode };
    return true;
  };
  const sheetXform = (WorkSheetXform as unknown as WorkSheetXformClass).prototype;
  const reconcile = sheetXform.reconcile;
  sheetXform.reconcile = function (model, options) {
    const comments = options.comments ?? {};
    const unread = (model.relationships ?? []).some((r) => r.Type === COMMENTS && !comments[r.Target]);
    if (unread && model.relationships) {
      // without its comments part, the vml drawing of the notes is passed over too
      model.relationships = model.relationships.filter(
        (r) => r.Type !== COMMENTS && !(r.Type === VML && !(options.vmlDrawings ?? {})[r.Target]),
      );
    }
    return reconcile.call(this, model, options);
  };
}
