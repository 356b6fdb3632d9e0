// The in-place writer of scored copies on the package shapes it meets: rows and cells absent, cells without `r`,
// column and row styles, text that looks like markup or a formula, formulas replaced (calcChain dropped), the
// masters of shared formulas (refused: the caller rewrites with exceljs), calcPr missing, docProps/app.xml's sheet list.

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { fromA1, toA1 } from '../../src/workbook/grid';
import type { CellWrite, WritePlan } from '../../src/workbook/plan';
import { CannotPatch } from '../../src/xlsx/patchErrors';
import { patchScoredCopy } from '../../src/xlsx/patchPackage';

function write(address: string, value: string | number, numberFormat?: string): CellWrite {
  const p = fromA1(address)!;
  return {
    sheet: 'S',
    row: p.row,
    col: p.col,
    address,
    value,
    numberFormat,
    kind: 'score',
    reason: '测试',
    previous: { value: null, text: '' },
    ownership: 'empty',
  };
}

const planOf = (writes: CellWrite[], fills: [string, string][] = []): WritePlan => ({
  writes,
  conflicts: [],
  fills: fills.map(([address, color]) => ({
    sheet: 'S',
    ...fromA1(address)!,
    address,
    color,
    reason: 'failed' as const,
  })),
});

/** A one-sheet workbook 'S' (exceljs-made) whose sheet XML is then replaced by `sheetData` (and `cols`). */
async function pkg(
  sheetData: string,
  opts: { cols?: string; workbook?: (xml: string) => string; more?: (zip: JSZip) => void } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'x';
  ws.getCell('B2').font = { name: '仿宋', size: 12 };
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  let next = xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, sheetData);
  if (opts.cols) next = next.replace(/<cols>[\s\S]*?<\/cols>/, '').replace('<sheetData', `${opts.cols}<sheetData`);
  zip.file('xl/worksheets/sheet1.xml', next);
  if (opts.workbook) zip.file('xl/workbook.xml', opts.workbook(await zip.file('xl/workbook.xml')!.async('string')));
  opts.more?.(zip);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function sheetXml(bytes: Buffer, part = 'xl/worksheets/sheet1.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

async function read(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('S')!;
}

it('inserts absent rows and cells in order, between the existing ones', async () => {
  const bytes = await pkg(
    '<sheetData><row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData>',
  );
  const out = await patchScoredCopy(
    bytes,
    planOf([write('B2', 2), write('F2', 6), write('C3', 3), write('A7', 7), write('A1', 0.5)]),
  );
  const xml = await sheetXml(out);
  expect(xml).toContain(
    '<sheetData><row r="1"><c r="A1"><v>0.5</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="D2"><v>4</v></c><c r="F2"><v>6</v></c></row>' +
      '<row r="3"><c r="C3"><v>3</v></c></row><row r="5"><c r="A5"><v>5</v></c></row><row r="7"><c r="A7"><v>7</v></c></row></sheetData>',
  );
  const ws = await read(out);
  expect([
    ws.getCell('B2').value,
    ws.getCell('F2').value,
    ws.getCell('C3').value,
    ws.getCell('A7').value,
    ws.getCell('D2').value,
  ]).toEqual([2, 6, 3, 7, 4]);
});

it('places cells and rows stored without `r` by their position, and replaces one of them in place', async () => {
  const bytes = await pkg(
    '<sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>5</v></c></row><row><c><v>9</v></c></row></sheetData>',
  );
  const out = await patchScoredCopy(bytes, planOf([write('B1', 6), write('D1', 8), write('B2', 1), write('A4', 4)]));
  expect(await sheetXml(out)).toContain(
    '<sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c r="B1"><v>6</v></c><c r="D1"><v>8</v></c></row><row><c><v>9</v></c><c r="B2"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row></sheetData>',
  );
});

it('stores text as text — markup characters, spaces, a leading = and control characters included', async () => {
  const texts = ['<b>&"乙"</b>', '  前后有空格  ', '=SUM(A1:A3)', '换行\n第二行', 'ESC\u001b字符', '字面的 _x0041_'];
  const bytes = await pkg('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>');
  const out = await patchScoredCopy(bytes, planOf(texts.map((t, i) => write(`A${i + 1}`, t))));
  const ws = await read(out);
  expect(texts.map((_, i) => ws.getCell(`A${i + 1}`).value)).toEqual(texts);
  expect(ws.getCell('A3').formula).toBeUndefined();
});

it('gives a new cell its column’s style and a written cell its own style, with the tool’s fill and number format on top', async () => {
  const bytes = await pkg('<sheetData><row r="2"><c r="B2" s="1"/></row></sheetData>', {
    cols: '<cols><col min="3" max="3" width="9" style="1" customWidth="1"/></cols>',
  });
  const out = await patchScoredCopy(bytes, planOf([write('B2', 0.5, '0.00%'), write('C2', 3)], [['C2', '#FFC7CE']]));
  const ws = await read(out);
  expect(ws.getCell('B2').font).toMatchObject({ name: '仿宋', size: 12 });
  expect(ws.getCell('B2').numFmt).toBe('0.00%');
  expect(ws.getCell('C2').font).toMatchObject({ name: '仿宋', size: 12 });
  expect(ws.getCell('C2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
});

it('drops the calculation chain when a formula cell is replaced, so Excel does not repair the copy', async () => {
  const chain = (zip: JSZip) => {
    zip.file(
      'xl/calcChain.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>',
    );
  };
  const bytes = await pkg('<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>', {
    more: (zip) => {
      chain(zip);
    },
  });
  // register the chain in the workbook's relationships and content types, as Excel does
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const withChain = await zip.generateAsync({ type: 'nodebuffer' });
  const out = await JSZip.loadAsync(await patchScoredCopy(withChain, planOf([write('A1', 3)])));
  expect(out.file('xl/calcChain.xml')).toBeNull();
  expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
  expect(await out.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
  // writing an empty cell keeps the chain
  const kept = await JSZip.loadAsync(await patchScoredCopy(withChain, planOf([write('B1', 3)])));
  expect(kept.file('xl/calcChain.xml')).not.toBeNull();
});

it('refuses to replace the master cell of a shared formula (the other cells’ formulas live there)', async () => {
  const bytes = await pkg(
    '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>0</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c></row></sheetData>',
  );
  await expect(patchScoredCopy(bytes, planOf([write('A1', 1)]))).rejects.toBeInstanceOf(CannotPatch);
  // a cell that only uses the shared formula can be written
  const ws = await read(await patchScoredCopy(bytes, planOf([write('A2', 1)])));
  expect(ws.getCell('A2').value).toBe(1);
});

it('adds calcPr with fullCalcOnLoad where a workbook has none, before the elements that follow it', async () => {
  const bytes = await pkg('<sheetData/>', {
    workbook: (xml) =>
      xml.replace(/<calcPr[^>]*\/>/, '').replace('</workbook>', '<extLst><ext uri="{x}"/></extLst></workbook>'),
  });
  const out = await JSZip.loadAsync(await patchScoredCopy(bytes, planOf([write('A1', 1)])));
  expect(await out.file('xl/workbook.xml')!.async('string')).toMatch(
    /<\/sheets>(?:(?!<extLst>).)*<calcPr fullCalcOnLoad="1"\/><extLst>/,
  );
});

it('lists the added sheet in docProps/app.xml, after the worksheets and before other titles', async () => {
  const bytes = await pkg('<sheetData/>', {
    more: (zip) => {
      zip.file(
        'docProps/app.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
          '<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
          '<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
          '<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>S</vt:lpstr><vt:lpstr>S!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>',
      );
    },
  });
  const out = await JSZip.loadAsync(
    await patchScoredCopy(bytes, planOf([]), [
      {
        name: '汇总',
        rows: [
          ['表', '执行率'],
          ['附件3', 1],
        ],
      },
    ]),
  );
  const app = await out.file('docProps/app.xml')!.async('string');
  expect(app).toContain(
    '<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>',
  );
  expect(app).toContain(
    '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>S</vt:lpstr><vt:lpstr>汇总</vt:lpstr><vt:lpstr>S!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>',
  );
});

it('writes any set of cells into any sparse sheet: exceljs reads back exactly the model with the writes applied', async () => {
  const cellArb = fc.record({ present: fc.boolean(), value: fc.integer({ min: -99, max: 999 }), dropR: fc.boolean() });
  const sheetArb = fc.array(
    fc.record({ present: fc.boolean(), cells: fc.array(cellArb, { minLength: 7, maxLength: 7 }) }),
    { minLength: 8, maxLength: 8 },
  );
  const writesArb = fc.uniqueArray(
    fc.record({
      row: fc.integer({ min: 0, max: 9 }),
      col: fc.integer({ min: 0, max: 8 }),
      value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.string({ maxLength: 6 })),
    }),
    { selector: (w) => `${w.row},${w.col}`, maxLength: 12 },
  );
  await fc.assert(
    fc.asyncProperty(sheetArb, writesArb, async (rows, writes) => {
      const model = new Map<string, string | number>();
      let xml = '<sheetData>';
      rows.forEach((row, r) => {
        if (!row.present) return;
        xml += `<row r="${r + 1}">`;
        let prev = -2;
        row.cells.forEach((c, col) => {
          if (!c.present) return;
          // a cell may leave out `r` only where it follows the previous one
          xml +=
            c.dropR && prev === col - 1 ? `<c><v>${c.value}</v></c>` : `<c r="${toA1(r, col)}"><v>${c.value}</v></c>`;
          model.set(toA1(r, col), c.value);
          prev = col;
        });
        xml += '</row>';
      });
      xml += '</sheetData>';
      const bytes = await pkg(xml);
      const out = await patchScoredCopy(bytes, planOf(writes.map((w) => write(toA1(w.row, w.col), w.value))));
      for (const w of writes) model.set(toA1(w.row, w.col), w.value);
      // rows and the cells of each row stay in order (Excel refuses a sheet where they are not)
      const rowsXml = [...(await sheetXml(out)).matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)];
      const rowNumbers = rowsXml.map((m) => Number(m[1]));
      expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
      expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
      for (const m of rowsXml) {
        const cols = [...m[2].matchAll(/<c r="([A-Z]+\d+)"/g)].map((c) => fromA1(c[1])!.col);
        expect(cols).toEqual([...new Set(cols)].sort((a, b) => a - b));
      }
      const ws = await read(out);
      const got = new Map<string, unknown>();
      ws.eachRow((row) => row.eachCell((c) => got.set(c.address, c.value)));
      expect(got).toEqual(new Map([...model].filter(([, v]) => v !== '')));
    }),
    { numRuns: 40 },
  );
});

it('names the added sheet’s part so it cannot clash with an existing part spelled in other case', async () => {
  const bytes = await pkg('<sheetData/>', {
    more: (zip) => {
      zip.file(
        'xl/worksheets/Sheet2.xml',
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      );
    },
  });
  const out = await JSZip.loadAsync(await patchScoredCopy(bytes, planOf([]), [{ name: '汇总', rows: [['表']] }]));
  expect(out.file('xl/worksheets/sheet2.xml')).toBeNull();
  expect(out.file('xl/worksheets/sheet3.xml')).not.toBeNull();
  expect(await out.file('[Content_Types].xml')!.async('string')).toContain(
    '<Override PartName="/xl/worksheets/sheet3.xml"',
  );
});

it('recognises its earlier summary sheet when Excel has since stored its header in the shared strings, and replaces it', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 'x';
  const earlier = wb.addWorksheet('汇总');
  earlier.addRow(['表', '执行率']);
  earlier.addRow(['附件3', 0.5]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer()); // exceljs, like Excel, keeps the texts in xl/sharedStrings.xml
  expect(await sheetXml(bytes, 'xl/worksheets/sheet2.xml')).toContain('t="s"');
  const out = await patchScoredCopy(bytes, planOf([write('A2', 1)]), [
    {
      name: '汇总',
      rows: [
        ['表', '执行率'],
        ['附件3', 1],
      ],
    },
  ]);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(out as unknown as ArrayBuffer);
  expect(copy.worksheets.map((w) => w.name)).toEqual(['S', '汇总']);
  expect(copy.getWorksheet('汇总')!.getCell('B2').value).toBe(1);
});
