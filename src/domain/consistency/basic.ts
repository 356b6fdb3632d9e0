// 附件1 (基础数据表) checks: 三公经费, 公务用车购置和维护经费 and 公用经费 equal the sum of their parts in every
// year column; each line's 决算数 against its 预算数 of the same year (overrun, spending on a line budgeted at 0,
// far underspent); the title year has columns. 控制率 is the scoring evaluator's ('staffing-rate-mismatch').

import type { BasicData, BasicLine, BasicLineKey, BasicYearColumn } from '../model';
import type { RuleProfile } from '../profile';
import { tidyText } from '../text';
import type { CheckName, Finding } from '../findings';
import { above, readAmount, same, toWan, type Amount } from './amounts';
import { toA1 as a1 } from '../address';
import { finding, skipped, skippedBecause, tableCell, type Gap } from './report';
import { compareSum, sumParams, type Term } from './sums';
import { lineLabel, yearColumn } from './terms';

/** 决算数 below this share of 预算数 is reported as underspent (info) unless the profile sets underspendRatio. */
const DEFAULT_UNDERSPEND_RATIO = 0.5;

interface SumRelation {
  check: CheckName;
  total: BasicLineKey;
  parts: BasicLineKey[];
}

const SUM_RELATIONS: SumRelation[] = [
  { check: 'sanGongSum', total: 'sanGong', parts: ['car', 'abroad', 'reception'] },
  { check: 'carSum', total: 'car', parts: ['carPurchase', 'carRunning'] },
  { check: 'publicFundsSum', total: 'publicFunds', parts: ['office', 'utilitiesTravel', 'meetingTraining'] },
];

/** 三公经费 and its parts. */
const SAN_GONG: ReadonlySet<BasicLineKey> = new Set([
  'sanGong',
  'car',
  'carPurchase',
  'carRunning',
  'abroad',
  'reception',
]);

/** Lines whose 决算数 is compared with their 预算数 (部门基本支出预算调整 and unknown lines are not budgets). */
const EXECUTION_LINES: ReadonlySet<BasicLineKey> = new Set([
  ...SAN_GONG,
  'project',
  'projectBusiness',
  'projectOperation',
  'projectSpecial',
  'publicFunds',
  'office',
  'utilitiesTravel',
  'meetingTraining',
  'procurement',
]);

export function checkBasicData(table: BasicData, profile: RuleProfile): Finding[] {
  return [...checkSums(table, profile), ...checkExecution(table, profile), ...checkYearColumns(table)];
}

export function lineName(line: BasicLine): string {
  return lineLabel(line.key) ?? tidyText(line.label);
}

function columnName(col: BasicYearColumn): string {
  return col.year !== undefined && col.kind !== 'other' ? yearColumn(col.year, col.kind) : tidyText(col.label);
}

/** The first line with this key (a table lists each known line once). */
export function findLine(table: BasicData, key: BasicLineKey): BasicLine | undefined {
  return table.lines.find((l) => l.key === key);
}

/** A line's cell in year column i, with its address even when the locator gave no slot. */
export function lineCell(table: BasicData, line: BasicLine, i: number): { address: string; amount: Amount } {
  const slot = line.values[i];
  return { address: slot?.address ?? a1(line.row, table.years[i].col), amount: readAmount(slot, toWan(table)) };
}

function checkSums(table: BasicData, profile: RuleProfile): Finding[] {
  const out: Finding[] = [];
  for (const rel of SUM_RELATIONS) {
    const totalLine = findLine(table, rel.total);
    const partLines = rel.parts.map((k) => findLine(table, k));
    if (!totalLine || partLines.every((l) => !l)) continue; // this 附件1 does not carry the relation
    const gaps: Gap[] = [];
    table.years.forEach((col, i) => {
      const column = columnName(col);
      const total: Term = { label: lineName(totalLine), ...lineCell(table, totalLine, i) };
      const parts: Term[] = rel.parts.map((k, j) => {
        const line = partLines[j];
        return line
          ? { label: lineName(line), ...lineCell(table, line, i) }
          : { label: lineLabel(k) ?? k, address: '', amount: { kind: 'blank' } };
      });
      const outcome = compareSum(total, parts, profile.amountTolerance);
      if (outcome.kind === 'mismatch') {
        out.push(
          finding(table, 'error', 'sum-mismatch', total.address, sumParams(total.label, column, parts, outcome)),
        );
      } else if (outcome.kind === 'undecided') {
        gaps.push(...outcome.gaps.map((t) => ({ what: `${t.label}${column}`, cell: t.address, amount: t.amount })));
      }
    });
    out.push(...skipped(table, rel.check, gaps));
  }
  return out;
}

function checkExecution(table: BasicData, profile: RuleProfile): Finding[] {
  const lines = [...EXECUTION_LINES].flatMap((k) => findLine(table, k) ?? []).sort((x, y) => x.row - y.row);
  if (!lines.length) return [];
  const pairs = table.years.flatMap((c, b) => {
    const f = table.years.findIndex((d) => d.kind === 'final' && d.year !== undefined && d.year === c.year);
    return c.kind === 'budget' && c.year !== undefined && f >= 0 ? [{ year: c.year, b, f }] : [];
  });
  if (!pairs.length) return [skippedBecause(table, 'execution', tableCell(table), { kind: 'noYearPair' })];

  const tol = profile.amountTolerance;
  const ratio = profile.underspendRatio ?? DEFAULT_UNDERSPEND_RATIO;
  const out: Finding[] = [];
  const gaps: Gap[] = [];
  for (const line of lines) {
    const name = lineName(line);
    for (const { year, b, f } of pairs) {
      const budget = lineCell(table, line, b);
      const final = lineCell(table, line, f);
      if (budget.amount.kind === 'blank' && final.amount.kind === 'blank') continue;
      if (budget.amount.kind !== 'value' || final.amount.kind !== 'value') {
        for (const [c, kind] of [
          [budget, 'budget'],
          [final, 'final'],
        ] as const) {
          if (c.amount.kind !== 'value')
            gaps.push({ what: `${name}${yearColumn(year, kind)}`, cell: c.address, amount: c.amount });
        }
        continue;
      }
      const bv = budget.amount.value;
      const fv = final.amount.value;
      // Spending over budget is a fact the officer explains (警告), 三公经费 included (README: severities).
      const severity = 'warning';
      if (same(bv, 0, tol) && above(fv, 0, tol)) {
        out.push(finding(table, severity, 'unbudgeted-spending', final.address, { line: name, year, final: fv }));
      } else if (above(fv, bv, tol)) {
        out.push(
          finding(table, severity, 'overrun', final.address, { kind: 'line', line: name, year, budget: bv, final: fv }),
        );
      } else if (above(bv, 0, tol) && fv < bv * ratio - 1e-9) {
        out.push(
          finding(table, 'info', 'underspent', final.address, {
            line: name,
            year,
            budget: bv,
            final: fv,
            threshold: ratio,
          }),
        );
      }
    }
  }
  return [...out, ...skipped(table, 'execution', gaps)];
}

/** A 附件1 titled 2023年度 whose money columns are all of other years was copied from another year. */
function checkYearColumns(table: BasicData): Finding[] {
  const years = table.years.filter((c) => c.year !== undefined);
  if (table.year === undefined || !years.length || years.some((c) => c.year === table.year)) return [];
  const columns = years.map((c) => tidyText(c.label));
  return [
    finding(table, 'warning', 'year-mismatch', tableCell(table), { kind: 'basicColumns', year: table.year, columns }),
  ];
}
