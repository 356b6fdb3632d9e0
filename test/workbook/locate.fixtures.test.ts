// locateTables on real .xlsx fixture workbooks read through the exceljs adapter: every table the
// fixture placed must be found with its kind and sheet, and every landmark the fixture marked
// (name, budget cells, goals, header, each 得分 cell, 总分) must land on the same cell.

import type { AnnexTable, BasicData, ScoredTable } from '../../src/domain/model';
import { locateTables } from '../../src/workbook/locate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import {
  buildBlankScores,
  buildBrokenHeaders,
  buildFormattedPercentages,
  buildManyProjects,
  buildMovedTables,
  buildNonAnnexWorkbook,
  buildSeedWorkbook,
  buildSplitTargetColumns,
  buildStackedOneSheet,
  buildWrongScores,
  FIXTURE_SPECS,
  manyProjectsSpec,
  placedTables,
  WRONG_SCORES,
  type PlacedTable,
  type WorkbookSpec,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const MANY = 200;
const buildMany = () => buildManyProjects(MANY);

const CASES: [string, () => Promise<Buffer>, () => WorkbookSpec][] = [
  ['seed', buildSeedWorkbook, FIXTURE_SPECS.seed],
  ['moved tables', buildMovedTables, FIXTURE_SPECS.movedTables],
  ['stacked on one sheet', buildStackedOneSheet, FIXTURE_SPECS.stackedOneSheet],
  ['broken headers', buildBrokenHeaders, FIXTURE_SPECS.brokenHeaders],
  ['formatted percentages', buildFormattedPercentages, FIXTURE_SPECS.formattedPercentages],
  ['blank scores', buildBlankScores, FIXTURE_SPECS.blankScores],
  ['wrong scores', buildWrongScores, FIXTURE_SPECS.wrongScores],
  ['split target columns', buildSplitTargetColumns, FIXTURE_SPECS.splitTargetColumns],
  [`${MANY} projects`, buildMany, () => manyProjectsSpec(MANY)],
];

const mark = (t: PlacedTable, name: string) => t.marks[name]?.address;

/** The located table whose range holds the placed table's title. */
function match(tables: AnnexTable[], placed: PlacedTable): AnnexTable | undefined {
  const title = placed.marks.title;
  return tables.find(
    (t) =>
      t.sheet === placed.sheet && t.range.top === title.row && t.range.left <= title.col && title.col <= t.range.right,
  );
}

for (const [name, build, spec] of CASES) {
  const placed = placedTables(spec()).filter((t) => t.kind !== 'other');

  describe(`the ${name} workbook`, () => {
    let located: ReturnType<typeof locateTables>;
    beforeAll(async () => {
      located = locateTables(await loadFixtureGrids(build));
    });

    it('finds every annex table it holds, with its kind and sheet, and nothing else', () => {
      expect(located.tables).toHaveLength(placed.length);
      for (const p of placed) {
        const t = match(located.tables, p);
        expect(t && `${t.sheet}/${t.kind}`).toBe(`${p.sheet}/${p.kind}`);
      }
    });

    it('reports nothing missing', () => {
      expect(located.findings).toEqual([]);
    });

    const scored = placed.filter((x) => x.kind !== 'basic');
    const basics = placed.filter((x) => x.kind === 'basic');
    // one test per table, the first few of a big workbook
    for (const p of scored.slice(0, 3).concat(scored.length > 3 ? scored.slice(-1) : [])) {
      it(`lands every landmark of ${p.sheet}「${p.label}」 on the cell the fixture marked`, () => {
        const t = match(located.tables, p) as ScoredTable;
        expect(t.name).toBe(p.label);
        expect(t.nameSlot?.address).toBe(mark(p, 'name'));
        expect(t.budget?.total.initial?.address).toBe(mark(p, 'budgetTotal'));
        expect(t.budget?.weight?.address).toBe(mark(p, 'budgetWeight'));
        expect(t.budget?.rate?.address).toBe(mark(p, 'budgetRate'));
        expect(t.budget?.score?.address).toBe(mark(p, 'budgetScore'));
        expect(t.goals?.expected?.row).toBe(p.marks.goal.row + 1);
        expect(t.indicators[0].row).toBe(p.marks.indicatorHeader.row + 1);
        const scoreMarks = Object.keys(p.marks).filter((k) => /^indicator\d+$/.test(k));
        expect(t.indicators.map((i) => i.score.address)).toEqual(scoreMarks.map((k) => mark(p, k)));
        expect(t.total?.weight?.address).toBe(mark(p, 'totalWeight'));
        expect(t.total?.score?.address).toBe(mark(p, 'total'));
      });
    }
    if (scored.length > 4) {
      it(`finds all ${scored.length} scored tables with their 总分 cells`, () => {
        const totals = new Set(
          located.tables.map((t) => (t.kind === 'basic' ? '' : `${t.sheet}!${t.total?.score?.address}`)),
        );
        expect(scored.filter((p) => !totals.has(`${p.sheet}!${mark(p, 'total')}`)).map((p) => p.label)).toEqual([]);
      });
    }
    for (const p of basics) {
      it(`lands every 附件1 landmark of ${p.sheet} on the cell the fixture marked`, () => {
        const t = match(located.tables, p) as BasicData;
        expect(t.staffing.authorized?.address).toBe(mark(p, 'staffing'));
        expect(t.staffing.rate?.address).toBe(mark(p, 'staffingRate'));
        expect(t.years.map((y) => [y.year, y.kind])).toEqual([
          [2022, 'final'],
          [2023, 'budget'],
          [2023, 'final'],
        ]);
        const lineMarks = Object.keys(p.marks).filter((k) => /^line\d+$/.test(k));
        const marked = new Map(lineMarks.map((k) => [p.marks[k].row, p.marks[k].address]));
        expect(t.lines.map((l) => l.values[0]?.address)).toEqual(t.lines.map((l) => marked.get(l.row)));
        expect(t.lines).toHaveLength(lineMarks.length - 2); // the two …… rows are skipped
        expect(t.lines.find((l) => l.key === 'sanGong')?.values[2]?.cell.value).toBe(31.03);
      });
    }
  });
}

describe('what particular fixtures vary', () => {
  it('reads the broken header words as the seed columns', async () => {
    const seed = locateTables(await loadFixtureGrids(buildSeedWorkbook)).tables;
    const broken = locateTables(await loadFixtureGrids(buildBrokenHeaders)).tables;
    expect(broken.map((t) => (t.kind === 'basic' ? t.years.length : t.columns))).toEqual(
      seed.map((t) => (t.kind === 'basic' ? t.years.length : t.columns)),
    );
    const project = broken.find((t): t is ScoredTable => t.kind === 'project')!;
    expect(project.indicators.map((i) => [i.level1, i.level1Points]).filter((_, k) => k === 0 || k === 16)).toEqual([
      ['产出指标', 50],
      ['满意度指标', 10],
    ]);
  });

  it('keeps the stored number and % format of formatted percentages in the slot', async () => {
    const { tables } = locateTables(await loadFixtureGrids(buildFormattedPercentages));
    const project = tables.find((t): t is ScoredTable => t.kind === 'project')!;
    const loan = project.indicators.find((i) => i.name.includes('个贷率'))!;
    expect(loan.actual.cell.value).toBeCloseTo(0.5922, 6);
    expect(loan.actual.cell.numberFormat).toContain('%');
    expect(project.budget?.rate?.cell.formula).toMatch(/^=/);
  });

  it('points at the empty 得分 cells of the blank-scores workbook', async () => {
    const { tables } = locateTables(await loadFixtureGrids(buildBlankScores));
    for (const t of tables.filter((x): x is ScoredTable => x.kind !== 'basic')) {
      expect(t.indicators.every((i) => i.score.cell.value === null)).toBe(true);
      expect(t.total?.score?.cell.value ?? null).toBeNull();
      expect(t.budget?.score?.cell.value ?? null).toBeNull();
    }
  });

  it('reads the recorded wrong scores where they were written', async () => {
    const { tables } = locateTables(await loadFixtureGrids(buildWrongScores));
    const project = tables.find((t): t is ScoredTable => t.kind === 'project')!;
    const department = tables.find((t): t is ScoredTable => t.kind === 'department')!;
    const recorded = (what: string) => {
      if (what === '总分') return project.total?.score?.cell.value;
      if (what === '预算执行得分') return department.budget?.score?.cell.value;
      return project.indicators.find((i) => i.name === what)?.score.cell.value;
    };
    for (const w of WRONG_SCORES) expect([w.what, recorded(w.what)]).toEqual([w.what, w.recorded]);
  });

  it('maps the split 指标性质 | 指标值 | 度量单位 columns', async () => {
    const { tables } = locateTables(await loadFixtureGrids(buildSplitTargetColumns));
    const t = tables[0] as ScoredTable;
    expect(t.columns.targetNature).toBe(t.columns.target - 1);
    expect(t.columns.unit).toBe(t.columns.target + 1);
    expect(t.indicators.every((i) => i.targetNature && i.unit)).toBe(true);
  });

  it('finds no annex in an ordinary budget workbook and says so once', async () => {
    const grids = await loadFixtureGrids(buildNonAnnexWorkbook);
    const { tables, findings } = locateTables(grids);
    expect(tables).toEqual([]);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['no-tables', grids[0].name, 'A1']]);
  });
});

describe('a large workbook', () => {
  // Speed is measured by `npm run bench` (bench/core.ts), not asserted here.
  it(`finds all ${MANY} project tables of a many-project workbook`, async () => {
    const grids = await readWorkbookBuffer(await buildMany(), 'many.xlsx');
    const { tables } = locateTables(grids);
    expect(tables).toHaveLength(MANY);
    expect(new Set(tables.map((t) => t.id)).size).toBe(MANY);
  });
});
