// Types for the exceljs modules that src/xlsx/exceljs.ts loads on their own: the package's own classes and enums.
declare module 'exceljs/lib/doc/workbook' {
  import { Workbook } from 'exceljs';
  export = Workbook;
}

declare module 'exceljs/lib/doc/enums' {
  export { ValueType } from 'exceljs';
}
