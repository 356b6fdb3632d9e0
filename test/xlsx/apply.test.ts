// Writing a scored copy: the plan's values, formats and fills land in the copy, extra sheets link
// back to cells, everything else is kept, and the officer's own file is never changed.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, fromA1, toA1, type SheetGrid } from '../../src/workbook/grid';
import type { CellWrite, FillWrite, WritePlan, WriteKind } from '../../src/workbook/plan';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import { writeCopyOfBytes, type ScoredCopyExtra } from '../../src/xlsx/apply';
import { applyPlanToGrids } from '../support/applyToGrids';
import { buildBlankScores, fixtureTables } from '../../scripts/fixtures';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The CLI's write path: the copy of a workbook (a file's bytes, or bytes) with the plan and extra sheets. */
function writeScoredCopy(input: string | Buffer, plan: WritePlan, outPath: string, extra?: ScoredCopyExtra) {
  return writeCopyOfBytes(typeof input === 'string' ? fs.readFileSync(input) : input, plan, outPath, extra);
}

function write(
  sheet: string,
  address: string,
  value: string | number,
  kind: WriteKind,
  numberFormat?: string,
): CellWrite {
  const p = fromA1(address)!;
  return {
    sheet,
    row: p.row,
    col: p.col,
    address,
    value,
    numberFormat,
    kind,
    reason: '测试',
    previous: { value: null, text: '' },
    ownership: 'empty',
  };
}

function fill(sheet: string, address: string, color: string): FillWrite {
  const p = fromA1(address)!;
  return { sheet, row: p.row, col: p.col, address, color, reason: 'failed' };
}

function at(grids: SheetGrid[], sheet: string, address: string) {
  const g = grids.find((x) => x.name === sheet)!;
  const p = fromA1(address)!;
  return cellAt(g, p.row, p.col);
}

// Where the blank-scores fixture keeps 附件3's cells to fill.
const project = fixtureTables('blankScores').find((t) => t.sheet === '附件3')!;
const loanScore = project.marks.indicator5.address; // 2.住房公积金个贷率… 得分
const rate = project.marks.budgetRate.address;
const total = project.marks.total.address;

let tmp: string;
let input: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-apply-'));
  input = path.join(tmp, '岳阳市住房公积金管理中心.xlsx');
  fs.writeFileSync(input, await buildBlankScores());
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Saves `bytes` under `name` in tmp with 附件3's total made the master of a shared formula (which the
 * in-place writer refuses, so exceljs rewrites the copy), and returns the file's path.
 */
async function withSharedTotal(bytes: Buffer | ArrayBuffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
  const cell = new RegExp(`<c r="${total}"[^>]*?(/>|>.*?</c>)`);
  expect(xml).toMatch(cell);
  zip.file(
    'xl/worksheets/sheet3.xml',
    xml.replace(cell, `<c r="${total}"><f t="shared" ref="${total}:${total}" si="0">SUM(H13:H29)</f><v>0</v></c>`),
  );
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const plan: WritePlan = {
  writes: [
    write('附件3', loanScore, 0, 'score'),
    write('附件3', rate, 1, 'rate', '0.00%'),
    write('附件3', total, 98, 'total'),
  ],
  conflicts: [],
  fills: [fill('附件3', loanScore, '#FFC7CE')],
};

describe('writeCopyOfBytes (the scored copy)', () => {
  it('writes the 个贷率 score, the 执行率 with its % format, the total and the highlight into the copy', async () => {
    const out = path.join(tmp, 'out', 'nested', 'scored.xlsx');
    await writeScoredCopy(input, plan, out);
    const grids = await readWorkbookFile(out);
    expect(at(grids, '附件3', loanScore)).toMatchObject({ value: 0, text: '0', fill: '#FFC7CE' });
    expect(at(grids, '附件3', rate)).toMatchObject({ value: 1, text: '100.00%', numberFormat: '0.00%' });
    expect(at(grids, '附件3', total)).toMatchObject({ value: 98 });
  });

  it('leaves the input file byte-identical', async () => {
    const before = sha(input);
    await writeScoredCopy(input, plan, path.join(tmp, 'copy1.xlsx'));
    expect(sha(input)).toBe(before);
  });

  it('keeps every cell and merge the plan does not touch', async () => {
    const out = path.join(tmp, 'copy2.xlsx');
    await writeScoredCopy(input, plan, out);
    const original = await readWorkbookFile(input);
    const copy = await readWorkbookFile(out);
    // The plan applied to the original grids gives exactly the copy's grids.
    expect(copy).toEqual(applyPlanToGrids(original, plan));
  });

  it('highlights only the planned cell, not the cells that shared its style', async () => {
    const weightOf = (mark: { row: number; col: number }) => toA1(mark.row, mark.col - 1);
    const out = path.join(tmp, 'copy3.xlsx');
    await writeScoredCopy(
      input,
      { writes: [], conflicts: [], fills: [fill('附件3', weightOf(project.marks.indicator5), '#FFEB9C')] },
      out,
    );
    const grids = await readWorkbookFile(out);
    expect(at(grids, '附件3', weightOf(project.marks.indicator5))).toMatchObject({ value: 2, fill: '#FFEB9C' });
    expect(at(grids, '附件3', weightOf(project.marks.indicator4)).fill).toBeUndefined();
    expect(at(grids, '附件3', weightOf(project.marks.indicator6)).fill).toBeUndefined();
    const filled = grids.flatMap((g) => g.cells.flatMap((row) => (row ?? []).filter((c) => c?.fill)));
    expect(filled).toHaveLength(1);
  });

  it("stores a note that starts with '=', '+' or '-' as text, never as a formula", async () => {
    const notes = [
      write('附件3', 'I13', '=未达标，见说明', 'note'),
      write('附件3', 'I14', '+1分', 'note'),
      write('附件3', 'I15', '-2分：逾期率超标', 'note'),
    ];
    const out = path.join(tmp, 'copy4.xlsx');
    await writeScoredCopy(input, { writes: notes, conflicts: [], fills: [] }, out);
    const grids = await readWorkbookFile(out);
    for (const n of notes) {
      const c = at(grids, '附件3', n.address);
      expect(c.value).toBe(n.value);
      expect(c.formula).toBeUndefined();
    }
  });

  it('adds a summary sheet whose cells link back to the scored cells', async () => {
    const out = path.join(tmp, 'copy5.xlsx');
    const target = `#'附件3'!${loanScore}`;
    await writeScoredCopy(input, plan, out, {
      sheets: [
        {
          name: '检查结果',
          rows: [
            ['工作表', '单元格', '说明'],
            ['附件3', loanScore, '个贷率59.22%低于60%–80%区间，得0分'],
          ],
          links: [{ row: 1, col: 1, target }],
        },
      ],
    });
    const grids = await readWorkbookFile(out);
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3', '检查结果']);
    expect(at(grids, '检查结果', 'B2').text).toBe(loanScore);
    expect(at(grids, '检查结果', 'C2').text).toContain('59.22%');
    // An in-workbook link is a HYPERLINK formula (an exceljs hyperlink would point Excel at a file).
    expect(at(grids, '检查结果', 'B2').formula).toBe(`=HYPERLINK("${target}","${loanScore}")`);
  });

  it('keeps a web address in the summary as an ordinary hyperlink', async () => {
    const out = path.join(tmp, 'copy6.xlsx');
    const url = 'https://www.mof.gov.cn/gp/xxgkml/yss/202002/t20200227_3474986.htm';
    await writeScoredCopy(input, plan, out, {
      sheets: [{ name: '检查结果', rows: [['评分依据']], links: [{ row: 0, col: 0, target: url }] }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('检查结果')!.getCell('A1').value).toEqual({ text: '评分依据', hyperlink: url });
  });

  it('replaces the summary sheet when a scored copy is scored again', async () => {
    const first = path.join(tmp, 'first.xlsx');
    const second = path.join(tmp, 'second.xlsx');
    const summary = (text: string) => ({
      sheets: [
        {
          name: '检查结果',
          rows: [
            ['工作表', '说明'],
            ['附件3', text],
          ],
        },
      ],
    });
    await writeScoredCopy(input, plan, first, summary('第一次'));
    await writeScoredCopy(first, plan, second, summary('第二次'));
    const grids = await readWorkbookFile(second);
    expect(grids.filter((g) => g.name.startsWith('检查结果'))).toHaveLength(1);
    expect(at(grids, '检查结果', 'B2').value).toBe('第二次');
  });

  it('keeps a person’s own sheet of the summary’s name and writes the summary beside it', async () => {
    const own = new ExcelJS.Workbook();
    await own.xlsx.readFile(input);
    own.addWorksheet('检查结果').getCell('A1').value = '本单位自己的汇总（领导已签字）';
    const mine = path.join(tmp, 'own-sheet.xlsx');
    await own.xlsx.writeFile(mine);
    const out = path.join(tmp, 'own-sheet.scored.xlsx');
    await writeScoredCopy(mine, plan, out, {
      sheets: [
        {
          name: '检查结果',
          rows: [
            ['工作表', '说明'],
            ['附件3', '个贷率'],
          ],
        },
      ],
    });
    const grids = await readWorkbookFile(out);
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3', '检查结果', '检查结果(2)']);
    expect(at(grids, '检查结果', 'A1').value).toBe('本单位自己的汇总（领导已签字）');
    expect(at(grids, '检查结果(2)', 'B2').value).toBe('个贷率');
  });

  it('asks Excel to recalculate the copy on opening, so formulas reading the written cells are not stale', async () => {
    const out = path.join(tmp, 'recalc.xlsx');
    await writeScoredCopy(input, plan, out);
    // exceljs writes the flag but does not read it back: look at the workbook part itself
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('takes the workbook as bytes and leaves the buffer unchanged', async () => {
    const buf = fs.readFileSync(input);
    const copy = Buffer.from(buf);
    const out = path.join(tmp, 'from-buffer.xlsx');
    await writeScoredCopy(buf, plan, out);
    expect(buf.equals(copy)).toBe(true);
    expect(at(await readWorkbookBuffer(fs.readFileSync(out)), '附件3', total).value).toBe(98);
  });

  it('writes the copy in place, keeping the original parts, and says nothing was lost', async () => {
    const out = path.join(tmp, 'in-place.xlsx');
    expect(await writeScoredCopy(input, plan, out)).toBeNull();
    const before = await JSZip.loadAsync(fs.readFileSync(input));
    const after = await JSZip.loadAsync(fs.readFileSync(out));
    expect(await after.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(
      await before.file('xl/worksheets/sheet1.xml')!.async('string'),
    );
  });

  it('rewrites the copy with exceljs when a planned cell is the master of a shared formula, and says why', async () => {
    const shared = await withSharedTotal(fs.readFileSync(input), 'shared-formula.xlsx');
    const out = path.join(tmp, 'shared-formula.scored.xlsx');
    const rewrite = await writeScoredCopy(shared, plan, out);
    expect(rewrite).toEqual({ reason: `附件3!${total} 是共享公式或数组公式的首个单元格`, lost: null });
    expect(at(await readWorkbookFile(out), '附件3', total).value).toBe(98);
  });

  it('on the exceljs rewrite too, keeps a person’s sheet of the summary’s name and replaces its own earlier one under its numbered name', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    wb.addWorksheet('检查结果').getCell('A1').value = '本单位自己的汇总（领导已签字）';
    const earlier = wb.addWorksheet('检查结果(2)');
    earlier.addRow(['工作表', '说明']);
    earlier.addRow(['附件3', '上一次的说明']);
    const mine = await withSharedTotal(await wb.xlsx.writeBuffer(), 'own-and-earlier-sheets.xlsx');
    const out = path.join(tmp, 'own-and-earlier-sheets.scored.xlsx');
    const rewrite = await writeScoredCopy(mine, plan, out, {
      sheets: [
        {
          name: '检查结果',
          rows: [
            ['工作表', '说明'],
            ['附件3', '个贷率'],
          ],
        },
      ],
    });
    expect(rewrite?.reason).toContain('共享公式');
    const grids = await readWorkbookFile(out);
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3', '检查结果', '检查结果(2)']);
    expect(at(grids, '检查结果', 'A1').value).toBe('本单位自己的汇总（领导已签字）');
    expect(at(grids, '检查结果(2)', 'B2').value).toBe('个贷率');
  });

  it('on the exceljs rewrite, gives the summary a free name when a person’s sheet has its name in other letter case', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    wb.addWorksheet('summary').getCell('A1').value = '本单位自己的表';
    const mine = await withSharedTotal(await wb.xlsx.writeBuffer(), 'lower-case-sheet.xlsx');
    const out = path.join(tmp, 'lower-case-sheet.scored.xlsx');
    // Excel's sheet names ignore case: 'Summary' beside 'summary' is the same name (exceljs refuses to add it)
    const rewrite = await writeScoredCopy(mine, plan, out, {
      sheets: [
        {
          name: 'Summary',
          rows: [
            ['工作表', '说明'],
            ['附件3', '个贷率'],
          ],
        },
      ],
    });
    expect(rewrite?.reason).toContain('共享公式');
    const grids = await readWorkbookFile(out);
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3', 'summary', 'Summary(2)']);
    expect(at(grids, 'summary', 'A1').value).toBe('本单位自己的表');
  });

  it('names the sheet when the plan targets a sheet the workbook does not have', async () => {
    const bad: WritePlan = { writes: [write('附件9', 'H17', 1, 'score')], conflicts: [], fills: [] };
    await expect(writeScoredCopy(input, bad, path.join(tmp, 'bad.xlsx'))).rejects.toThrow('附件9!H17');
    expect(fs.existsSync(path.join(tmp, 'bad.xlsx'))).toBe(false);
  });
});
