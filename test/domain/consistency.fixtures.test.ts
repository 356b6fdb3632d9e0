// The consistency checks on real workbooks: the seed fixture read through exceljs, located, then checked,
// with the findings at the cells where the officer's numbers actually sit — whatever the layout.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { Finding } from '../../src/domain/types';
import { fromA1 } from '../../src/workbook/grid';
import { locateTables } from '../../src/workbook/locate';
import {
  buildMovedTables,
  buildSeedWorkbook,
  layoutAnnex,
  renderWorkbook,
  seedBasic,
  seedDepartment,
  seedProject,
  type AnnexSpec,
  type ScoredTableSpec,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';

async function consistencyOf(builder: () => Promise<Buffer>): Promise<Finding[]> {
  const grids = await loadFixtureGrids(builder);
  return checkConsistency(locateTables(grids).tables, national2020);
}

const find = (findings: Finding[], sheet: string, cell: string, code: string) =>
  findings.find((f) => f.sheet === sheet && f.cell === cell && f.code === code);

describe('the seed workbook, located and checked', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await consistencyOf(buildSeedWorkbook);
  });

  it('flags 三公经费 2023 决算 31.03 above 预算 18 at 附件1!F6: +13.03万元, +72.4%', () => {
    const f = find(findings, '附件1', 'F6', 'overrun');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '三公经费', year: 2023, budget: 18, final: 31.03 },
    });
  });

  it('flags 公务用车购置和维护经费 30.07 above 11 at 附件1!F7', () => {
    const f = find(findings, '附件1', 'F7', 'overrun');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '公务用车购置和维护经费', year: 2023, budget: 11, final: 30.07 },
    });
  });

  it('flags 公车购置 26.44 with a budget of 0 at 附件1!F8', () => {
    const f = find(findings, '附件1', 'F8', 'unbudgeted-spending');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({ code: 'unbudgeted-spending', params: { line: '公车购置', year: 2023, final: 26.44 } });
  });

  it('finds 附件1’s sums and 附件2’s 基本支出 4245.51 + 项目支出 179.87 = 4425.38 in agreement', () => {
    expect(findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    expect(findings.filter((f) => f.sheet === '附件2' && f.code === 'check-skipped' && f.cell !== 'F8')).toEqual([]);
  });

  it('warns at 附件2!E5 that the 全年预算数 was cut from 5506.5 to exactly the 4425.38 spent', () => {
    expect(find(findings, '附件2', 'E5', 'budget-adjusted')?.severity).toBe('info');
    const cut = find(findings, '附件2', 'E5', 'budget-cut-to-spent');
    expect(cut?.severity).toBe('warning');
    expect(facts(cut)).toEqual({
      code: 'budget-cut-to-spent',
      params: { initial: 5506.5, fullYear: 4425.38, executed: 4425.38 },
    });
  });

  it('warns at 附件2!F8 that 附件3’s 4425.38 does not match the 项目支出 of 179.87', () => {
    const f = find(findings, '附件2', 'F8', 'cross-annex-mismatch');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectsVsDepartment',
        column: 'fullYear',
        projects: [{ name: '运转经费', cell: '附件3!E6', amount: 4425.38 }],
        sum: 4425.38,
        department: 179.87,
        departmentTotal: 4425.38,
      },
    });
  });

  it('finds no name or year disagreement between the annexes', () => {
    expect(findings.filter((f) => f.code === 'name-mismatch' || f.code === 'year-mismatch')).toEqual([]);
  });
});

describe('a 附件3 whose 实施单位 is left blank, its 主管部门 being the body above the department', () => {
  const withoutImplementer = (): ScoredTableSpec => ({
    ...seedProject(),
    identity: [
      [{ label: '项目支\n出名称', value: '运转经费' }],
      [
        { label: '主管部门', value: '岳阳市人民政府' },
        { label: '实施单位', value: null },
      ],
    ],
  });
  let findings: Finding[];
  beforeAll(async () => {
    const place = (spec: AnnexSpec) => ({ at: 'A1', block: layoutAnnex(spec), kind: spec.kind, label: '' });
    findings = await consistencyOf(() =>
      renderWorkbook({
        sheets: [
          { name: '附件1', blocks: [place(seedBasic())] },
          { name: '附件2', blocks: [place(seedDepartment())] },
          { name: '附件3', blocks: [place(withoutImplementer())] },
        ],
      }),
    );
  });

  it('does not take the 主管部门 for the project’s unit and raise a name mismatch', () => {
    expect(findings.filter((f) => f.code === 'name-mismatch')).toEqual([]);
  });

  it('still counts the project in the 附件3 sum against 附件2’s 项目支出', () => {
    expect(facts(find(findings, '附件2', 'F8', 'cross-annex-mismatch'))).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectsVsDepartment',
        column: 'fullYear',
        projects: [{ name: '运转经费', cell: '附件3!E6', amount: 4425.38 }],
        sum: 4425.38,
        department: 179.87,
        departmentTotal: 4425.38,
      },
    });
  });
});

describe('a 附件3 whose 实施单位 names another unit', () => {
  it('flags the name at the 实施单位 cell, not at the table’s corner', async () => {
    const other = (): ScoredTableSpec => ({
      ...seedProject(),
      identity: [
        [{ label: '项目支\n出名称', value: '运转经费' }],
        [
          { label: '主管部门', value: '岳阳市人民政府' },
          { label: '实施单位', value: '岳阳市住房保障服务中心' },
        ],
      ],
    });
    const place = (spec: AnnexSpec) => ({ at: 'A1', block: layoutAnnex(spec), kind: spec.kind, label: '' });
    const grids = await loadFixtureGrids(() =>
      renderWorkbook({
        sheets: [
          { name: '附件2', blocks: [place(seedDepartment())] },
          { name: '附件3', blocks: [place(other())] },
        ],
      }),
    );
    const names = checkConsistency(locateTables(grids).tables, national2020).filter((f) => f.code === 'name-mismatch');
    expect(names).toHaveLength(1);
    const at = fromA1(names[0].cell)!;
    const sheet = grids.find((g) => g.name === names[0].sheet)!;
    expect(sheet.cells[at.row]?.[at.col]?.value).toBe('岳阳市住房保障服务中心');
  });
});

describe('the same department with its tables moved to other sheets and cells', () => {
  it('reports the same overruns at the moved cells', async () => {
    const findings = await consistencyOf(buildMovedTables);
    const spent = findings
      .filter((f) => f.code === 'overrun' || f.code === 'unbudgeted-spending')
      .map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
    expect(spent).toEqual([
      'warning overrun 基础数据!H10',
      'warning overrun 基础数据!H11',
      'warning unbudgeted-spending 基础数据!H12',
    ]);
    expect(facts(find(findings, '基础数据', 'H10', 'overrun'))).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '三公经费', year: 2023, budget: 18, final: 31.03 },
    });
  });
});
