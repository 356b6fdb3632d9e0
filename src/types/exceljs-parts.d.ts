// Types for the exceljs modules that src/xlsx/exceljs.ts loads on their own: the package's own classes and enums.
declare module 'exceljs/lib/doc/workbook' {
  import { Workbook } from 'exceljs';
  export = Workbook;
}

declare module 'exceljs/lib/doc/enums' {
  export { ValueType } from 'exceljs';
}

declare module 'exceljs/lib/xlsx/xform/style/numfmt-xform' {
  const NumFmtXform: unknown;
  export = NumFmtXform;
}

declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: unknown;
  export = formats;
}

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  const WorkSheetXform: unknown;
  export = WorkSheetXform;
}
