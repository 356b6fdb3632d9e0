// A scored copy is written by editing the original package, so charts, pivot tables and drawn shapes stay in it and
// the CLI has nothing to warn about. Only a package that cannot be edited safely is rewritten by exceljs, which drops
// such parts: then the CLI says why and what the copy lost. The original is never written.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { cli } from '../support/cli';
import { unkeptParts, unkeptText } from '../../src/xlsx/unkept';
import { buildSeedWorkbook } from '../../scripts/fixtures';

let dir: string;
let withChart: string;
let plain: string;
let unpatchable: string;

/** The seed workbook with a chart part, a pivot table part and a drawing holding two text boxes, as Excel saves them. */
async function seedWithChart(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildSeedWorkbook());
  zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp macro=""/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The chart workbook with 附件3's last row stored first: exceljs reads rows by their numbers, but the in-place writer
 * refuses rows out of order (it could not tell where a new row goes), so this copy is rewritten by exceljs.
 */
async function chartRowsOutOfOrder(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await seedWithChart());
  const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
  const last = xml.lastIndexOf('<row ');
  const end = xml.indexOf('</sheetData>');
  const open = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  zip.file(
    'xl/worksheets/sheet3.xml',
    xml.slice(0, open) + xml.slice(last, end) + xml.slice(open, last) + xml.slice(end),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unkept-'));
  withChart = path.join(dir, '带图表.xlsx');
  plain = path.join(dir, '普通.xlsx');
  unpatchable = path.join(dir, '行序混乱.xlsx');
  fs.writeFileSync(withChart, await seedWithChart());
  fs.writeFileSync(plain, await buildSeedWorkbook());
  fs.writeFileSync(unpatchable, await chartRowsOutOfOrder());
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NONE = {
  charts: 0,
  pivotTables: 0,
  slicers: 0,
  controls: 0,
  shapes: 0,
  dropdowns: 0,
  sparklines: 0,
  customProperties: 0,
  externalLinks: 0,
  threadedComments: 0,
  workbookProtection: 0,
  printerSettings: 0,
};

it('counts the parts exceljs does not keep', async () => {
  expect(await unkeptParts(fs.readFileSync(withChart))).toEqual({ ...NONE, charts: 1, pivotTables: 1, shapes: 2 });
  expect(unkeptText(await unkeptParts(fs.readFileSync(withChart)))).toBe(
    '图表 1 个、数据透视表 1 个、图形或文本框 2 个',
  );
  expect(unkeptText(await unkeptParts(fs.readFileSync(plain)))).toBeNull();
});

it('keeps the chart, pivot table and shapes in the scored copy, with nothing to warn about, and leaves the original untouched', async () => {
  const before = fs.readFileSync(withChart);
  const { code, err } = await cli(['check', withChart, plain, '--out', path.join(dir, 'out')]);
  expect(code).toBe(0); // the seed has warnings, no error (the severity model in README)
  expect(err).not.toContain('注意');
  expect(fs.readFileSync(withChart).equals(before)).toBe(true);
  const original = await JSZip.loadAsync(before);
  const copy = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'out', '带图表.scored.xlsx')));
  for (const name of ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/drawings/drawing1.xml']) {
    expect(await copy.file(name)!.async('string')).toBe(await original.file(name)!.async('string'));
  }
});

it('tells the officer why a copy had to be rewritten and what it lost, and leaves the original untouched', async () => {
  const before = fs.readFileSync(unpatchable);
  const { code, err } = await cli(['check', unpatchable, plain, '--out', path.join(dir, 'out2')]);
  expect(code).toBe(0); // warnings, no error
  expect(err).toContain(`注意：${unpatchable} 的文件结构无法原样修改（工作表「附件3」的行未按顺序存放），评分副本`);
  expect(err).toContain('由 exceljs 重写，不含其中的图表 1 个、数据透视表 1 个、图形或文本框 2 个');
  expect(err).not.toContain(`注意：${plain}`);
  expect(fs.readFileSync(unpatchable).equals(before)).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out2', '行序混乱.scored.xlsx'))).toBe(true);
});

it('puts the same notice in the JSON of the file whose copy was rewritten, and none in a kept copy’s', async () => {
  const { out } = await cli(['check', unpatchable, withChart, '--json', '--out', path.join(dir, 'out3')]);
  const [rewritten, kept] = JSON.parse(out) as { file: string; copyNotice?: string }[];
  expect(rewritten.file).toBe(unpatchable);
  expect(rewritten.copyNotice).toContain('的文件结构无法原样修改（工作表「附件3」的行未按顺序存放）');
  expect(rewritten.copyNotice).toContain('不含其中的图表 1 个');
  expect(kept.file).toBe(withChart);
  expect(kept).not.toHaveProperty('copyNotice');
});
