// Reading .xlsx files into grids: stored values, display text, merges, formulas, fills, protection,
// and a clear zh-CN error for files that are not workbooks.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, fromA1, type SheetGrid } from '../../src/workbook/grid';
import { XlsxReadError, readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import { buildCorruptFile, buildSeedWorkbook } from '../../scripts/fixtures';

async function workbookWith(
  fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件3');
  await fill(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function at(grid: SheetGrid, a1: string) {
  const p = fromA1(a1)!;
  return cellAt(grid, p.row, p.col);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-read-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('stored values and display text', () => {
  it('keeps a 59.22% actual stored as 0.5922 with a 0.00% format as the number, showing 59.22%', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('F18').value = 0.5922;
      ws.getCell('F18').numFmt = '0.00%';
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'F18')).toMatchObject({ value: 0.5922, text: '59.22%', numberFormat: '0.00%' });
  });

  it('shows an overdue ratio of 0.000278 under 0.0000% as 0.0278%, not a rounded 0.03%', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('F17').value = 0.000278;
      ws.getCell('F17').numFmt = '0.0000%';
      ws.getCell('F16').value = 0.000278;
      ws.getCell('F16').numFmt = '0.00%';
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'F17')).toMatchObject({ value: 0.000278, text: '0.0278%' });
    expect(at(g, 'F16')).toMatchObject({ value: 0.000278, text: '0.03%' });
  });

  it('formats General numbers the way Excel shows them', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('A1').value = 4425.38;
      ws.getCell('A2').value = 98;
      ws.getCell('A3').value = 1 / 3;
      ws.getCell('A4').value = 5506.5;
      ws.getCell('A5').value = 5506.5;
      ws.getCell('A5').numFmt = '0.00';
      ws.getCell('A6').value = 4245.51;
      ws.getCell('A6').numFmt = '#,##0.00';
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((a) => at(g, a).text)).toEqual([
      '4425.38',
      '98',
      '0.333333333',
      '5506.5',
      '5506.50',
      '4,245.51',
    ]);
    expect(at(g, 'A5').value).toBe(5506.5);
  });

  it('keeps text as typed, with its U+3000 spaces and line breaks', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('E29').value = '≥95%\u3000';
      ws.getCell('B13').value = '产出指标\n(50分)';
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'E29')).toMatchObject({ value: '≥95%\u3000', text: '≥95%\u3000' });
    expect(at(g, 'B13').value).toBe('产出指标\n(50分)');
  });

  it('joins rich text runs into plain text', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('I18').value = {
        richText: [
          { text: '经济下行和房地产市场低迷,', font: { color: { argb: 'FFC00000' } } },
          { text: '导致市民购房意愿低' },
        ],
      };
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'I18')).toMatchObject({
      value: '经济下行和房地产市场低迷,导致市民购房意愿低',
      text: '经济下行和房地产市场低迷,导致市民购房意愿低',
    });
  });

  it('reads a hyperlink as its text, a date as its serial day with its display text and an error as its code', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('A1').value = { text: '绩效管理办法', hyperlink: 'https://example.invalid/doc' };
      ws.getCell('A2').value = new Date(Date.UTC(2024, 2, 15));
      ws.getCell('A3').value = new Date(Date.UTC(2024, 2, 15));
      ws.getCell('A3').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A4').value = { error: '#DIV/0!' };
      ws.getCell('A5').value = true;
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'A1')).toMatchObject({ value: '绩效管理办法', text: '绩效管理办法' });
    expect(at(g, 'A2')).toMatchObject({ value: 45366, text: '2024/3/15', numberFormat: 'm/d/yyyy' });
    expect(at(g, 'A3')).toMatchObject({ value: 45366, text: '2024年3月15日', numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(at(g, 'A4')).toMatchObject({ value: '#DIV/0!', text: '#DIV/0!' });
    expect(at(g, 'A5')).toMatchObject({ value: true, text: 'TRUE' });
  });
});

describe('formulas', () => {
  it('gives a formula cell its cached result as value and its formula with a leading =', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('E6').value = 4425.38;
      ws.getCell('F6').value = 4425.38;
      ws.getCell('H6').value = { formula: 'F6/E6', result: 1 };
      ws.getCell('H6').numFmt = '0.00%';
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'H6')).toMatchObject({ value: 1, text: '100.00%', formula: '=F6/E6' });
    expect(at(g, 'E6').formula).toBeUndefined();
  });

  it('resolves a shared formula to the formula of its own cell', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*5', result: 5 };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 10 } as ExcelJS.CellSharedFormulaValue;
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'B1')).toMatchObject({ value: 5, formula: '=A1*5' });
    expect(at(g, 'B2')).toMatchObject({ value: 10, text: '10', formula: '=A2*5' });
  });

  it('reads a formula with no cached result as an empty value that still carries its formula', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('H30').value = { formula: 'SUM(H13:H29)' } as ExcelJS.CellFormulaValue;
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'H30')).toMatchObject({ value: null, text: '', formula: '=SUM(H13:H29)' });
  });

  it('reads an error result of a formula as its error text', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('H6').value = { formula: 'F6/E6', result: { error: '#DIV/0!' } };
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'H6')).toMatchObject({ value: '#DIV/0!', text: '#DIV/0!', formula: '=F6/E6' });
  });
});

describe('merged areas', () => {
  it('keeps a merged title only in its top-left cell and reports the merge as a 0-based rectangle', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('A2').value = '2023年度项目支出绩效自评表';
      ws.mergeCells('A2:I2');
      ws.getCell('B13').value = '产出指标\n(50分)';
      ws.mergeCells('B13:B23');
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'A2').value).toBe('2023年度项目支出绩效自评表');
    for (const a of ['B2', 'E2', 'I2', 'B14', 'B23']) expect(at(g, a)).toMatchObject({ value: null, text: '' });
    expect(at(g, 'B13').value).toBe('产出指标\n(50分)');
    expect(g.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 8 },
      { top: 12, left: 1, bottom: 22, right: 1 },
    ]);
  });

  it('counts rows and columns up to the last used cell or merge', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('C5').value = '附件1';
      ws.getCell('A9').value = 'x';
      ws.mergeCells('A9:K9');
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(g.rowCount).toBe(9);
    expect(g.colCount).toBe(11);
  });
});

describe('fills, protection and sheets', () => {
  it('reports a solid fill as #RRGGBB', async () => {
    const buf = await workbookWith((ws) => {
      ws.getCell('H18').value = 0;
      ws.getCell('H18').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      ws.getCell('H17').value = 5;
      ws.getCell('H17').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FFFFEB9C' } };
    });
    const [g] = await readWorkbookBuffer(buf);
    expect(at(g, 'H18').fill).toBe('#FFC7CE');
    expect(at(g, 'H17').fill).toBeUndefined();
  });

  it('marks a protected sheet as protected and leaves others unmarked', async () => {
    const buf = await workbookWith(async (ws, wb) => {
      ws.getCell('A1').value = '附件3';
      await ws.protect('', {});
      wb.addWorksheet('说明').getCell('A1').value = '可编辑';
    });
    const grids = await readWorkbookBuffer(buf);
    expect(grids.map((g) => [g.name, g.protected ?? false])).toEqual([
      ['附件3', true],
      ['说明', false],
    ]);
  });

  it('skips a chart sheet and keeps the worksheets in order', async () => {
    const zip = await JSZip.loadAsync(await buildSeedWorkbook());
    const wbXml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</sheets>',
      '<sheet name="图表1" sheetId="9" r:id="rId99"/></sheets>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    zip.file('xl/workbook.xml', wbXml);
    zip.file('xl/_rels/workbook.xml.rels', rels);
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    );
    const grids = await readWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3']);
  });
});

describe('files', () => {
  it('reads a file from disk and leaves it byte-identical', async () => {
    const file = path.join(tmp, '岳阳市住房公积金管理中心.xlsx');
    fs.writeFileSync(file, await buildSeedWorkbook());
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const mtime = fs.statSync(file).mtimeMs;
    const grids = await readWorkbookFile(file);
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3']);
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it('rejects a damaged file with an XlsxReadError that names the file in Chinese', async () => {
    const file = path.join(tmp, 'broken.xlsx');
    fs.writeFileSync(file, buildCorruptFile());
    const err = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).message).toBe('无法读取文件 broken.xlsx：不是有效的 Excel 工作簿（.xlsx）');
    expect((err as XlsxReadError).file).toBe('broken.xlsx');
  });

  it('rejects a zip that is not a workbook, and an old .xls renamed to .xlsx, the same way', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是工作簿');
    await expect(readWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer' }), '报表.xlsx')).rejects.toThrow(
      '无法读取文件 报表.xlsx：不是有效的 Excel 工作簿（.xlsx）',
    );
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expect(readWorkbookBuffer(xls, '旧格式.xlsx')).rejects.toBeInstanceOf(XlsxReadError);
  });

  it('rejects a missing file with an XlsxReadError that names it', async () => {
    const err = await readWorkbookFile(path.join(tmp, 'nope.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).message).toContain('nope.xlsx');
    expect((err as XlsxReadError).reason).toBe('missing');
  });
});
