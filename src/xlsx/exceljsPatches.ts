// Two corrections to what exceljs reads from styles.xml, so a cell's number format is the code Excel itself
// reports (Office.js `numberFormat`), installed once when the reader loads:
//  - Excel's zh-CN built-in formats (ids 27–36 and 50–58, written by WPS and by a Chinese Excel for
//    yyyy"年"m"月"d"日" and the like) have no code in exceljs's table unless a locale is picked, so exceljs read
//    such a cell as General and a 2023年12月31日 date as the number 45291;
//  - exceljs drops every backslash of a custom code (`0.00\%` became `0.00%`, a different format that multiplies
//    by 100; `#,##0.00\ "元"` lost its escaped space), so the text the reader computed was not what Excel shows,
//    and a scored copy wrote the changed code back.

import NumFmtXform from 'exceljs/lib/xlsx/xform/style/numfmt-xform';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';

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
}
