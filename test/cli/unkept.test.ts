// A scored copy is rewritten by exceljs, which drops charts, pivot tables and drawn shapes: the CLI says so
// for the file that has them, and stays quiet for a plain workbook. The original is never written.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { unkeptParts, unkeptText } from '../../src/xlsx/unkept';
import { buildSeedWorkbook } from '../../scripts/fixtures';

let dir: string;
let withChart: string;
let plain: string;

/** The seed workbook with a chart part, a pivot table part and a drawing holding two text boxes, as Excel saves them. */
async function seedWithChart(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildSeedWorkbook());
  zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  zip.file(
    'xl/drawings/drawing1.xml',
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp macro=""/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unkept-'));
  withChart = path.join(dir, '带图表.xlsx');
  plain = path.join(dir, '普通.xlsx');
  fs.writeFileSync(withChart, await seedWithChart());
  fs.writeFileSync(plain, await buildSeedWorkbook());
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('counts the parts exceljs does not keep', async () => {
  expect(await unkeptParts(fs.readFileSync(withChart))).toEqual({ charts: 1, pivotTables: 1, slicers: 0, controls: 0, shapes: 2 });
  expect(unkeptText(await unkeptParts(fs.readFileSync(withChart)))).toBe('图表 1 个、数据透视表 1 个、图形或文本框 2 个');
  expect(unkeptText(await unkeptParts(fs.readFileSync(plain)))).toBeNull();
});

it('tells the officer which file\'s copy lost its chart, and leaves the original untouched', async () => {
  const before = fs.readFileSync(withChart);
  let err = '';
  const code = await run(['check', withChart, plain, '--out', path.join(dir, 'out')], { out: () => undefined, err: (s) => (err += s) });
  expect(code).toBe(0); // the seed has warnings, no error
  expect(err).toContain(`注意：${withChart} 含图表 1 个、数据透视表 1 个、图形或文本框 2 个，评分副本`);
  expect(err).not.toContain(`注意：${plain}`);
  expect(fs.readFileSync(withChart).equals(before)).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out', '带图表.scored.xlsx'))).toBe(true);
});
