// Budget block checks of 附件2 and 附件3 (ScoredTable.budget): 年度资金总额 = sum of its 其中 rows in each column
// (a total printed as 0 over non-zero parts included); 附件2's inline 按收入性质/按支出性质 parts each add up to the
// 全年预算数; 全年执行数 above 全年预算数; an adjusted 全年预算数, and one lowered to exactly the executed amount.

import type { BudgetBlock, BudgetLine, InlineAmount, ScoredTable } from '../model';
import type { RuleProfile } from '../profile';
import { tidyText } from '../text';
import type { BudgetColumn, Finding, TotalConsequence } from '../findings';
import { above, readAmount, same, toWan, type Amount } from './amounts';
import { finding, skipped, skippedBecause, tableCell, type Gap } from './report';
import { compareSum, sumParams, sumTerms, type Term } from './sums';
import { COLUMN, GROUP, OWN_PARTS, PARTS_OF, TOTAL_LABEL, groupLead } from './terms';

const COLUMNS: BudgetColumn[] = ['initial', 'fullYear', 'executed'];

export function checkBudgetBlock(table: ScoredTable, profile: RuleProfile): Finding[] {
  const block = table.budget;
  if (!block) return [skippedBecause(table, 'budgetBlock', tableCell(table), { kind: 'noBudgetBlock' })];
  const tol = profile.amountTolerance;
  const found = [
    ...checkPartRows(table, block, tol, profile),
    ...checkInline(table, block, 'income', tol),
    ...checkInline(table, block, 'expense', tol),
    ...checkExecution(table, block, tol),
  ];
  // a blank total already reported as an error (its parts hold the money) needs no note that a check skipped it
  const wrong = new Set(found.filter((f) => f.code === 'sum-mismatch').map((f) => f.cell));
  return wrong.size ? found.filter((f) => f.code !== 'check-skipped' || !wrong.has(f.cell)) : found;
}

/** '其中：当年财政拨款' → '当年财政拨款'. */
export function partLabel(label: string): string {
  return tidyText(label)
    .replace(/^其中\s*[:：]?\s*/, '')
    .replace(/[:：]\s*$/, '');
}

function term(label: string, line: BudgetLine, col: BudgetColumn, scale: number): Term {
  const slot = line[col];
  return { label, address: slot?.address ?? '', amount: readAmount(slot, scale) };
}

/**
 * The 其中 rows, in each column. Rows under a 按收入性质分 / 按支出性质分 header row are two breakdowns of the same
 * total: each group (and the rows before any header) adds up to the total on its own.
 */
function checkPartRows(table: ScoredTable, block: BudgetBlock, tol: number, profile: RuleProfile): Finding[] {
  if (!block.parts.length) return [];
  const scale = toWan(table);
  const sets: { group?: 'income' | 'expense'; lines: BudgetLine[] }[] = [];
  for (const group of [undefined, 'income', 'expense'] as const) {
    const lines = block.parts.filter((p) => p.group === group);
    if (lines.length) sets.push({ group, lines });
  }
  const out: Finding[] = [];
  const gaps: Gap[] = [];
  let at: string | undefined; // the note's cell: the first missing input's
  for (const { group, lines } of sets) {
    for (const col of COLUMNS) {
      if (!block.total[col] && lines.every((p) => !p[col])) continue; // the table has no such column
      const total = term(TOTAL_LABEL, block.total, col, scale);
      const parts = lines.map((p, i) =>
        term(group && i === 0 ? groupLead(GROUP[group], partLabel(p.label)) : partLabel(p.label), p, col, scale),
      );
      const outcome = compareSum(total, parts, tol);
      const givenSum = outcome.kind === 'undecided' && total.amount.kind === 'blank' ? sumGiven(parts) : 0;
      if (outcome.kind === 'mismatch') {
        const consequence = outcome.total === 0 ? totalConsequence(block, col, 'zero', profile) : undefined;
        out.push(
          finding(
            table,
            'error',
            'sum-mismatch',
            total.address || tableCell(table),
            sumParams(TOTAL_LABEL, COLUMN[col], parts, outcome, consequence),
          ),
        );
      } else if (above(givenSum, 0, tol)) {
        // a 年度资金总额 left blank over parts that hold the money: the rate cannot rest on it (issue 11)
        const complete = parts.every((p) => p.amount.kind === 'value');
        const consequence = totalConsequence(block, col, 'blank', profile);
        const p = {
          kind: 'blankTotal',
          what: TOTAL_LABEL,
          column: COLUMN[col],
          terms: sumTerms(parts),
          sum: givenSum,
          complete,
        } as const;
        out.push(
          finding(
            table,
            'error',
            'sum-mismatch',
            total.address || tableCell(table),
            consequence === undefined ? p : { ...p, consequence },
          ),
        );
      } else if (outcome.kind === 'undecided') {
        const blankParts =
          parts.every((p) => p.amount.kind === 'blank') &&
          parts.length > 1 &&
          parts[0].address &&
          parts[parts.length - 1].address;
        if (blankParts) {
          // a breakdown not filled in this column: one item for its rows, not one per cell
          const what = `${group ? GROUP[group] + PARTS_OF : OWN_PARTS}${COLUMN[col]}`;
          gaps.push({ what, cell: `${parts[0].address}:${parts[parts.length - 1].address}`, amount: parts[0].amount });
          at ??= parts[0].address;
        } else {
          gaps.push(
            ...outcome.gaps.map((t) => ({ what: `${t.label}${COLUMN[col]}`, cell: t.address, amount: t.amount })),
          );
          at ??= outcome.gaps.find((t) => t.address)?.address;
        }
      }
    }
  }
  return [...out, ...skipped(table, 'budgetParts', gaps, at)];
}

/** The sum of the parts that are filled in. */
function sumGiven(parts: Term[]): number {
  let sum = 0;
  for (const p of parts) if (p.amount.kind === 'value') sum += p.amount.value;
  return sum;
}

/**
 * What a 年度资金总额 of 0 or blank in one column does to the execution rate (scoreBudget): 0 executed → rate and
 * score 0; blank executed → none; the profile's budget column 0 → none; blank → the other budget column, if given.
 */
function totalConsequence(
  block: BudgetBlock,
  col: BudgetColumn,
  how: 'zero' | 'blank',
  profile: RuleProfile,
): TotalConsequence | undefined {
  if (col === 'executed') return how === 'zero' ? 'zeroRate' : 'noRate';
  if (col !== profile.budget.denominator) return undefined;
  const other: BudgetColumn = col === 'fullYear' ? 'initial' : 'fullYear';
  if (how === 'blank' && readAmount(block.total[other]).kind === 'value') return { otherBudget: other };
  return 'noRateBudget';
}

/** An inline part's amount in 万元 (`scale`: its table's toWan). */
export function inlineAmount(item: InlineAmount, scale = 1): Amount {
  return item.amount === null ? readAmount(undefined) : { kind: 'value', value: item.amount * scale };
}

function checkInline(table: ScoredTable, block: BudgetBlock, group: 'income' | 'expense', tol: number): Finding[] {
  const items = block.inline.filter((i) => i.group === group);
  if (!items.length) return [];
  const scale = toWan(table);
  const total = term(TOTAL_LABEL, block.total, 'fullYear', scale);
  const parts: Term[] = items.map((i) => ({
    label: partLabel(i.label),
    address: i.slot.address,
    amount: inlineAmount(i, scale),
  }));
  const outcome = compareSum(total, parts, tol);
  const check = group === 'income' ? 'inlineIncome' : 'inlineExpense';
  if (outcome.kind === 'undecided') {
    const what = (t: Term) => (t === total ? `${TOTAL_LABEL}${COLUMN.fullYear}` : `${GROUP[group]}的${t.label}`);
    return skipped(
      table,
      check,
      outcome.gaps.map((t) => ({ what: what(t), cell: t.address, amount: t.amount })),
    );
  }
  if (outcome.kind !== 'mismatch') return [];
  const p = {
    kind: 'inline',
    group,
    terms: sumTerms(parts),
    total: outcome.total,
    sum: outcome.sum,
    complete: outcome.complete,
  } as const;
  return [finding(table, 'error', 'sum-mismatch', items[0].slot.address, p)];
}

function checkExecution(table: ScoredTable, block: BudgetBlock, tol: number): Finding[] {
  const { initial, fullYear, executed } = block.total;
  const scale = toWan(table);
  const [i, f, e] = [initial, fullYear, executed].map((slot) => readAmount(slot, scale));
  const gaps: Gap[] = COLUMNS.flatMap((col, k) => {
    const slot = block.total[col];
    const amount = [i, f, e][k];
    return slot && amount.kind !== 'value'
      ? [{ what: `${TOTAL_LABEL}${COLUMN[col]}`, cell: slot.address, amount }]
      : [];
  });
  const out: Finding[] = [];
  if (f.kind === 'value' && e.kind === 'value' && above(e.value, f.value, tol)) {
    out.push(
      finding(table, 'warning', 'overrun', executed!.address, { kind: 'budget', executed: e.value, fullYear: f.value }),
    );
  }
  if (f.kind === 'value' && i.kind === 'value' && !same(f.value, i.value, tol)) {
    out.push(finding(table, 'info', 'budget-adjusted', fullYear!.address, { initial: i.value, fullYear: f.value }));
    if (f.value < i.value && e.kind === 'value' && same(f.value, e.value, tol)) {
      out.push(
        finding(table, 'warning', 'budget-cut-to-spent', fullYear!.address, {
          initial: i.value,
          fullYear: f.value,
          executed: e.value,
        }),
      );
    }
  }
  return [...out, ...skipped(table, 'budgetExecution', gaps)];
}
