// The workbook fixtures every other test uses: each builder gives a readable workbook laid out as
// its name says, holding the seed's landmark texts and numbers where the description put them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { cellAt, fromA1, toA1, type GridCell, type SheetGrid } from '../../src/workbook/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import {
  FIXTURE_SPECS,
  WRONG_SCORES,
  buildBlankScores,
  buildBrokenHeaders,
  buildCorruptFile,
  buildFormattedPercentages,
  buildManyProjects,
  buildMovedTables,
  buildNonAnnexWorkbook,
  buildSeedWorkbook,
  buildSplitTargetColumns,
  buildStackedOneSheet,
  buildWrongScores,
  fixtureTables,
  manyProjectsSpec,
  placedTables,
  seedProject,
  splitTargetProject,
  sumOfScores,
  type FixtureName,
  type PlacedTable,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'yueyang-2023.xlsx');

function sheet(grids: SheetGrid[], name: string): SheetGrid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name} in ${grids.map((x) => x.name).join(', ')}`);
  return g;
}

function at(grids: SheetGrid[], name: string, address: string): GridCell {
  const p = fromA1(address)!;
  return cellAt(sheet(grids, name), p.row, p.col);
}

function markCell(grids: SheetGrid[], t: PlacedTable, mark: string, dCol = 0): GridCell {
  const m = t.marks[mark];
  return cellAt(sheet(grids, t.sheet), m.row, m.col + dCol);
}

/** Every non-empty cell as 'Sheet!A1' → cell. */
function allCells(grids: SheetGrid[]): [string, GridCell][] {
  const out: [string, GridCell][] = [];
  for (const g of grids)
    g.cells.forEach((row, r) => row?.forEach((c, col) => c && out.push([`${g.name}!${toA1(r, col)}`, c])));
  return out;
}

const where = (grids: SheetGrid[], text: string) =>
  allCells(grids)
    .filter(([, c]) => c.text === text)
    .map(([k]) => k);

/** The row of a placed table whose 三级指标 name starts with `name`. */
function indicatorRow(grids: SheetGrid[], t: PlacedTable, name: string): number {
  const g = sheet(grids, t.sheet);
  for (let r = t.body.top; r <= t.body.bottom; r++) {
    for (let c = t.body.left; c <= t.body.right; c++)
      if (String(cellAt(g, r, c).value ?? '').startsWith(name)) return r;
  }
  throw new Error(`no indicator ${name}`);
}

describe('buildSeedWorkbook', () => {
  let grids: SheetGrid[];
  const [basic, department, project] = fixtureTables('seed');
  beforeAll(async () => {
    grids = await loadFixtureGrids(buildSeedWorkbook);
  });

  it('has the three annexes on sheets 附件1, 附件2, 附件3 with their labels and titles at the top', () => {
    expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3']);
    expect(at(grids, '附件3', 'A1').value).toBe('附件3');
    expect(at(grids, '附件3', 'A2').value).toBe('2023年度项目支出绩效自评表');
    expect(at(grids, '附件2', 'A2').value).toBe('2023年度部门整体支出绩效自评表');
    expect(at(grids, '附件1', 'A2').value).toBe('2023年度部门整体支出绩效评价基础数据表');
  });

  it('merges the title across the table, the 绩效指标 label down the indicator block and 产出指标 down its rows', () => {
    const g = sheet(grids, '附件3');
    expect(g.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 8 });
    const header = project.marks.indicatorHeader.row;
    const totalRow = project.marks.total.row;
    expect(g.merges).toContainEqual({ top: header, left: 0, bottom: totalRow - 1, right: 0 });
    expect(cellAt(g, header + 1, 1).value).toBe('产出指标\n(50分)');
    expect(g.merges).toContainEqual({ top: header + 1, left: 1, bottom: header + 11, right: 1 });
    expect(cellAt(g, header + 2, 1)).toMatchObject({ value: null, text: '' });
    expect(cellAt(g, totalRow, 0).value).toBe('总分');
    expect(g.merges).toContainEqual({ top: totalRow, left: 0, bottom: totalRow, right: 5 });
  });

  it('holds the 个贷率 row as filed: range target, 59.22% actual, 2 points, 0 scored, with its deviation note', () => {
    const g = sheet(grids, '附件3');
    const r = indicatorRow(grids, project, '2.住房公积金个贷率');
    expect([4, 5, 6, 7, 8].map((c) => cellAt(g, r, c).value)).toEqual([
      '控制在60%到80%的区间',
      '59.22%',
      2,
      0,
      '经济下行和房地产市场低迷,导致市民购房意愿低',
    ]);
  });

  it('keeps weights, scores and budget amounts as numbers and the 总分 at 100 / 98', () => {
    expect(markCell(grids, project, 'totalWeight').value).toBe(100);
    expect(markCell(grids, project, 'total').value).toBe(98);
    expect(markCell(grids, project, 'budgetTotal').value).toBe(5506.5);
    expect(markCell(grids, project, 'budgetTotal', 1).value).toBe(4425.38);
    expect(markCell(grids, project, 'budgetRate').value).toBe('100%');
    expect(sumOfScores(seedProject())).toBe(98);
  });

  it('keeps the stray U+3000 spaces of the seed in targets and actuals', () => {
    expect(where(grids, '≥95%\u3000')).toEqual([
      `附件3!${toA1(indicatorRow(grids, project, '住房公积金窗口服务满意度'), 4)}`,
    ]);
    expect(where(grids, '\u300099%')).toHaveLength(1);
  });

  it('shows 附件2 amounts with two decimals, its 执行率 as a number shown 100%, and its in-cell parts', () => {
    expect(markCell(grids, department, 'budgetTotal')).toMatchObject({
      value: 5506.5,
      text: '5506.50',
      numberFormat: '0.00',
    });
    expect(markCell(grids, department, 'budgetRate')).toMatchObject({ value: 1, text: '100%' });
    expect(where(grids, '其中：基本支出：    4245.51')).toHaveLength(1);
    expect(where(grids, '市级预算部门名称')).toEqual(['附件2!A3']);
  });

  it('computes 附件1 控制率 with a formula shown as 96.85% and keeps the 三公经费 lines', () => {
    expect(markCell(grids, basic, 'staffingRate')).toMatchObject({ text: '96.85%', formula: '=D4/B4' });
    expect(markCell(grids, basic, 'staffingRate').value).toBeCloseTo(123 / 127, 10);
    expect(where(grids, '2023年实际在职人数')).toEqual(['附件1!D3']);
    expect(at(grids, '附件1', 'F6').value).toBe(31.03);
  });

  it('is what samples/yueyang-2023.xlsx holds', async () => {
    const sample = await readWorkbookBuffer(fs.readFileSync(SAMPLE), 'yueyang-2023.xlsx');
    expect(sample).toEqual(grids);
  });
});

describe('layout variants', () => {
  it('buildMovedTables puts the tables at C5, F12 and D8 on sheets named for their content', async () => {
    const grids = await loadFixtureGrids(buildMovedTables);
    expect(grids.map((g) => g.name)).toEqual(['基础数据', '整体自评', '项目-运转经费']);
    expect(at(grids, '基础数据', 'C5').value).toBe('附件1');
    expect(at(grids, '整体自评', 'F12').value).toBe('附件2');
    expect(at(grids, '项目-运转经费', 'D8').value).toBe('2023年度项目支出绩效自评表');
    expect(where(grids, '控制在60%到80%的区间').length).toBe(2);
  });

  it('buildStackedOneSheet stacks 附件1, 附件2 and two 附件3 on one sheet with blank rows between', async () => {
    const grids = await loadFixtureGrids(buildStackedOneSheet);
    expect(grids.map((g) => g.name)).toEqual(['绩效自评']);
    const tables = fixtureTables('stackedOneSheet');
    expect(tables.map((t) => t.kind)).toEqual(['basic', 'department', 'project', 'project']);
    for (let i = 1; i < tables.length; i++) {
      const gap = tables[i].range.top - tables[i - 1].range.bottom - 1;
      expect(gap).toBe(3);
      for (let r = tables[i - 1].range.bottom + 1; r < tables[i].range.top; r++)
        expect((grids[0].cells[r] ?? []).filter(Boolean)).toEqual([]);
    }
    expect(where(grids, '住房公积金信息化建设经费')).toHaveLength(1);
    expect(markCell(grids, tables[3], 'total').value).toBe(96.7);
  });

  it('buildBrokenHeaders retypes header words: 自评得分, 分值(A)/得分(B), spaced and full-width forms', async () => {
    const grids = await loadFixtureGrids(buildBrokenHeaders);
    for (const text of [
      '自评得分',
      '分值(A)',
      '得分(B)',
      '一 级 指 标',
      '年 度\n指标值',
      '产出指标（50分）',
      '分\u3000值',
      '２０２３年决算数',
    ]) {
      expect(where(grids, text).length).toBeGreaterThan(0);
    }
    expect(where(grids, '得分')).toEqual([]);
  });

  it('buildFormattedPercentages stores 59.22% as 0.5922 (0.00%) and 0.0278% as 0.000278 (0.0000%)', async () => {
    const grids = await loadFixtureGrids(buildFormattedPercentages);
    const project = fixtureTables('formattedPercentages')[2];
    const g = sheet(grids, '附件3');
    const loan = cellAt(g, indicatorRow(grids, project, '2.住房公积金个贷率'), 5);
    const overdue = cellAt(g, indicatorRow(grids, project, '1.年度个人住房贷款逾期率'), 5);
    expect(loan).toMatchObject({ value: 0.5922, text: '59.22%', numberFormat: '0.00%' });
    expect(overdue).toMatchObject({ value: 0.000278, text: '0.0278%', numberFormat: '0.0000%' });
    expect(markCell(grids, project, 'budgetRate')).toMatchObject({ value: 1, text: '100.00%', formula: '=F6/E6' });
  });

  it('buildBlankScores leaves 得分, 执行率 and 总分 empty but keeps the weights', async () => {
    const grids = await loadFixtureGrids(buildBlankScores);
    for (const t of fixtureTables('blankScores').filter((x) => x.kind !== 'basic')) {
      expect(markCell(grids, t, 'total').value).toBeNull();
      expect(markCell(grids, t, 'budgetRate').value).toBeNull();
      expect(markCell(grids, t, 'budgetScore').value).toBeNull();
      expect(markCell(grids, t, 'totalWeight').value).toBe(100);
      const scores = Object.keys(t.marks).filter((k) => k.startsWith('indicator') && k !== 'indicatorHeader');
      expect(scores).toHaveLength(17);
      for (const k of scores) expect(markCell(grids, t, k).value).toBeNull();
      expect(markCell(grids, t, 'indicator0', -1).value).toBe(5);
    }
  });

  it('buildWrongScores records the scores listed in WRONG_SCORES', async () => {
    const grids = await loadFixtureGrids(buildWrongScores);
    const [, department, project] = fixtureTables('wrongScores');
    const g = sheet(grids, '附件3');
    const recorded = (what: string) => {
      if (what === '总分') return markCell(grids, project, 'total').value;
      if (what === '预算执行得分') return markCell(grids, department, 'budgetScore').value;
      return cellAt(g, indicatorRow(grids, project, what), 7).value;
    };
    for (const w of WRONG_SCORES) expect([w.what, recorded(w.what)]).toEqual([w.what, w.recorded]);
    expect(markCell(grids, department, 'budgetRate').text).toBe('100%');
  });

  it('buildSplitTargetColumns has 指标性质 | 指标值 | 度量单位 columns with ≥ 95 %, 定性 有效, ≤ 0.05 %', async () => {
    const grids = await loadFixtureGrids(buildSplitTargetColumns);
    const [t] = fixtureTables('splitTargetColumns');
    const g = sheet(grids, '项目支出绩效自评表');
    const header = t.marks.indicatorHeader.row;
    expect([4, 5, 6, 7].map((c) => cellAt(g, header, c).value)).toEqual([
      '指标性质',
      '指标值',
      '度量单位',
      '实际\n完成值',
    ]);
    const triple = (name: string) => [4, 5, 6].map((c) => cellAt(g, indicatorRow(grids, t, name), c).value);
    expect(triple('缴存职工满意度')).toEqual(['≥', 95, '%']);
    expect(triple('实现公积金保值增值')).toEqual(['定性', '有效', null]);
    expect(triple('个人住房贷款逾期率')).toEqual(['≤', 0.05, '%']);
    expect(markCell(grids, t, 'total').value).toBe(sumOfScores(splitTargetProject()));
  });

  it('buildManyProjects spreads n 附件3 tables over sheets of 25, each total the sum of its scores', async () => {
    const grids = await readWorkbookBuffer(await buildManyProjects(30));
    expect(grids.map((g) => g.name)).toEqual(['项目1-25', '项目26-30']);
    expect(where(grids, '2023年度项目支出绩效自评表')).toHaveLength(30);
    const tables = placedTables(manyProjectsSpec(30));
    const names = new Set(tables.map((t) => t.label));
    expect(names.size).toBe(30);
    for (const t of tables) {
      const g = sheet(grids, t.sheet);
      let sum = Number(markCell(grids, t, 'budgetScore').value);
      for (const k of Object.keys(t.marks).filter((x) => /^indicator\d+$/.test(x)))
        sum += Number(cellAt(g, t.marks[k].row, t.marks[k].col).value);
      expect(markCell(grids, t, 'total').value).toBeCloseTo(sum, 6);
    }
  });

  it('buildNonAnnexWorkbook is an ordinary budget workbook with no self-evaluation table', async () => {
    const grids = await loadFixtureGrids(buildNonAnnexWorkbook);
    expect(grids.map((g) => g.name)).toEqual(['收支预算总表', '预算执行情况', '人员名单']);
    const texts = allCells(grids).map(([, c]) => c.text);
    expect(texts.some((t) => /绩效|自评|总分|一级指标/.test(t))).toBe(false);
    expect(at(grids, '收支预算总表', 'B8')).toMatchObject({ value: 4425.38, text: '4,425.38', formula: '=SUM(B4:B7)' });
  });

  it('buildCorruptFile gives bytes no workbook reader accepts', async () => {
    await expect(readWorkbookBuffer(buildCorruptFile(), 'broken.xlsx')).rejects.toThrow('broken.xlsx');
  });
});

describe('placements', () => {
  it.each(Object.keys(FIXTURE_SPECS) as FixtureName[])(
    '%s: each placed table has its title and 总分 where its description says',
    async (name) => {
      const tables = fixtureTables(name);
      if (tables.length === 0) return expect(name).toBe('nonAnnex');
      const builders: Record<FixtureName, () => Promise<Buffer>> = {
        seed: buildSeedWorkbook,
        movedTables: buildMovedTables,
        stackedOneSheet: buildStackedOneSheet,
        brokenHeaders: buildBrokenHeaders,
        formattedPercentages: buildFormattedPercentages,
        blankScores: buildBlankScores,
        wrongScores: buildWrongScores,
        splitTargetColumns: buildSplitTargetColumns,
        nonAnnex: buildNonAnnexWorkbook,
      };
      const grids = await loadFixtureGrids(builders[name]);
      for (const t of tables) {
        expect(String(markCell(grids, t, 'title').value)).toMatch(/^2023 ?年度.*表$/);
        if (t.kind === 'basic') continue;
        const g = sheet(grids, t.sheet);
        expect(String(cellAt(g, t.marks.total.row, t.body.left).value)).toMatch(/总\u3000?分|合计得分/);
        expect(markCell(grids, t, 'totalWeight').value).toBe(100);
      }
    },
  );
});

describe('loadFixtureGrids', () => {
  it('builds each fixture once and hands every test its own copy of the grids', async () => {
    let builds = 0;
    const builder = () => {
      builds++;
      return buildSeedWorkbook();
    };
    const a = await loadFixtureGrids(builder);
    const b = await loadFixtureGrids(builder);
    expect(builds).toBe(1);
    expect(b).toEqual(a);
    a[0].cells[0] = [];
    expect((await loadFixtureGrids(builder))[0].cells[0]?.[0]?.value).toBe('附件1');
  });
});
