// Deadlines written without a year (「12月底前完成」) are due in the year of the table they stand in: a 2023 table's
// 12月底 is 2023年12月31日, so a completion in 2024 is late, not on time.

import { explainZh } from '../../src/i18n/explain';
import { evaluateTables } from '../../src/domain/evaluate';
import { againstDeadline } from '../../src/domain/dates';
import { national2020 } from '../../src/domain/profiles';
import type { IndicatorResult, TableResult } from '../../src/domain/result';
import type { ScoredTable } from '../../src/domain/model';
import { seedIndicatorsWith, seedProjectTable, SEED_ROW } from '../support/models';

const ROW = SEED_ROW.归集;

function rowOf(table: ScoredTable): IndicatorResult {
  return (evaluateTables([table], national2020).results[0] as TableResult).indicators[ROW];
}

function deadlineRow(target: string, actual: string, year: number | undefined): IndicatorResult {
  const table = seedProjectTable({ indicators: seedIndicatorsWith(ROW, { target, actual, score: null, note: null }) });
  if (year === undefined) delete table.year;
  else table.year = year;
  return rowOf(table);
}

describe('a deadline without a year takes the year of its table', () => {
  it('does not score a completion in the next year as met: 12月底前完成 in a 2023 table, done 2024年3月', () => {
    const r = deadlineRow('12月底前完成', '2024年3月完成', 2023);
    expect(r.target).toMatchObject({ kind: 'deadline' });
    expect(r.actual).toMatchObject({ kind: 'date' });
    expect(r.status).not.toBe('met');
    expect(r.draft).toMatchObject({ kind: 'lateDate' });
  });

  it('still meets it when done within the table year, and when the completion has no year either', () => {
    expect(deadlineRow('12月底前完成', '2023年11月完成', 2023).status).toBe('met');
    expect(deadlineRow('12月底前完成', '11月完成', 2023).status).toBe('met');
  });

  it('reads a completion in the year before the table year as on time', () => {
    expect(deadlineRow('6月底前完成', '2022年12月完成', 2023).status).toBe('met');
  });

  it('keeps the deadline as written in messages (no year is added to it)', () => {
    const r = deadlineRow('12月底前完成', '2024年3月完成', 2023);
    expect(explainZh(r.explanation)).toContain('目标12月31日前');
    expect(explainZh(r.explanation)).not.toContain('2023年12月');
  });

  it('against a deadline of a stated year, the table year changes nothing', () => {
    expect(deadlineRow('2024年6月底前完成', '2024年3月完成', 2023).status).toBe('met');
  });
});

describe('againstDeadline with the table year', () => {
  const dec = { year: null, from: [12, 31] as [number, number], to: [12, 31] as [number, number] };
  const mar2024 = { year: 2024, from: [3, 1] as [number, number], to: [3, 31] as [number, number] };
  it('takes the year for a deadline without one, and leaves a year-less comparison to month and day without it', () => {
    expect(againstDeadline(mar2024, dec, 2023)).toBe('late');
    expect(againstDeadline({ ...mar2024, year: 2023 }, dec, 2023)).toBe('onTime');
    expect(againstDeadline({ ...mar2024, year: null }, dec, 2023)).toBe('onTime');
  });
});
