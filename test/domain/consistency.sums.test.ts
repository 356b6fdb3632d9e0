// Properties of the 附件1 三公经费 sum check over many amounts: silence when it adds up, one error when it does not.

import fc from 'fast-check';
import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import { buildBasic } from '../support/consistencyModels';

// amounts in 万元 with two decimals, as officers print them
const amount = fc.integer({ min: 0, max: 10_000_00 }).map((cents) => cents / 100);

function sanGongTable(car: number, abroad: number, reception: number, total: number) {
  return buildBasic({
    year: 2023,
    years: [{ label: '2023年决算数', year: 2023, kind: 'final' }],
    lines: [
      ['sanGong', '三公经费', [total]],
      ['car', '公务用车购置和维护经费', [car]],
      ['abroad', '出国经费', [abroad]],
      ['reception', '公务接待', [reception]],
    ],
  });
}

describe('三公经费 = 公务用车 + 出国 + 公务接待, for any amounts', () => {
  it('finds nothing when the total is the sum of its parts, rounded to the cent', () => {
    fc.assert(
      fc.property(amount, amount, amount, (car, abroad, reception) => {
        const total = Math.round((car + abroad + reception) * 100) / 100;
        const findings = checkConsistency([sanGongTable(car, abroad, reception, total)], national2020);
        expect(findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
      }),
    );
  });

  it('reports one sum-mismatch error at the total when it is off by more than 0.01万元', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.integer({ min: 2, max: 100_000 }),
        fc.boolean(),
        (car, abroad, reception, cents, up) => {
          const sum = Math.round((car + abroad + reception) * 100) / 100;
          const total = Math.round((up ? sum + cents / 100 : Math.max(0, sum - cents / 100)) * 100) / 100;
          fc.pre(Math.abs(total - sum) > 0.015);
          const findings = checkConsistency([sanGongTable(car, abroad, reception, total)], national2020);
          // (the one-column table also says its 决算/预算 comparison has no 预算数 column: not this property)
          const sums = findings.filter((f) => f.code !== 'check-skipped');
          expect(sums.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(['error sum-mismatch B5']);
        },
      ),
    );
  });
});
