// checkConsistency: the 勾稽 checks over the located tables of one workbook — within 附件1, within each
// budget block of 附件2/3, and across the annexes. Pure: tables and a rule profile in, findings out.

import type { AnnexTable } from '../model';
import type { RuleProfile } from '../profile';
import type { Finding } from '../types';
import { checkBasicData } from './basic';
import { checkBudgetBlock } from './budget';
import { checkAcrossAnnexes } from './crossAnnex';
import { mergeSkipped } from './report';

export function checkConsistency(tables: AnnexTable[], profile: RuleProfile): Finding[] {
  return mergeSkipped([
    ...tables.flatMap((t) => (t.kind === 'basic' ? checkBasicData(t, profile) : checkBudgetBlock(t, profile))),
    ...checkAcrossAnnexes(tables, profile),
  ]);
}
