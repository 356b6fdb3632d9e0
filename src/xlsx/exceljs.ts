// The parts of exceljs the tool uses, loaded on their own. `import 'exceljs'` loads the whole package: the
// workbook (reads and writes .xlsx: what a check, a scored copy and the bureau summary use) and also its streaming
// reader (unzipper and its dependencies) and streaming writer (archiver), which the tool never uses — about 80 of
// the 135 ms exceljs takes to load, paid by every run. Types still come from the package;
// test/xlsx/exceljs.test.ts checks that these are the package's own, so an upgrade that moves them fails there.

import Workbook from 'exceljs/lib/doc/workbook';
import { ValueType } from 'exceljs/lib/doc/enums';

export { Workbook, ValueType };
