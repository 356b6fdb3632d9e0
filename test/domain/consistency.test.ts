// checkConsistency over a whole workbook: silence when every relation agrees and every input is given.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import { agreeingWorkbook } from '../support/consistencyModels';

describe('checkConsistency on a workbook where everything agrees', () => {
  it('reports nothing at all, not even a skipped check, when 附件1/2/3 agree and every input is filled in', () => {
    expect(checkConsistency(agreeingWorkbook(), national2020)).toEqual([]);
  });

  it('reports nothing for an empty workbook', () => {
    expect(checkConsistency([], national2020)).toEqual([]);
  });
});
