// Issue 9 §1 in Excel (the real src/excel/ code on the in-memory host): 「一键重算」 drafts the 提取 note; the
// next run (pane or ribbon, both go through recalculate) still reports the missing explanation, keeps the note
// cell highlighted and leaves the draft alone, until the officer fills it in.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { DEFAULT_PLAN_OPTIONS } from '../../src/workbook/plan';
import { indicator, openGrids } from './helpers';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';

const YELLOW = DEFAULT_PLAN_OPTIONS.colors.review;

it('keeps the over-achievement warning and the note highlight after the draft is written, until the note is filled', async () => {
  const grids = await loadFixtureGrids(buildSeedWorkbook);
  const { row } = indicator(grids, '附件2', '提取');
  const note = row.note!.address;
  const { wb, session } = openGrids(grids);

  const first = await recalculate(session, { wording: zhFormWording, write: true });
  const draft = wb.cell('附件2', note)?.value;
  expect(draft).toMatch(/超出目标77\.5%。原因：；改进措施：$/);
  expect(wb.cell('附件2', note)?.fill).toBe(YELLOW);
  const warnedFirst = first.result.findings.filter((f) => f.sheet === '附件2' && f.cell === note).map((f) => f.code);
  expect(warnedFirst).toEqual(['over-achievement-note']);

  const second = await recalculate(session, { wording: zhFormWording, write: true });
  const warned = second.result.findings.filter((f) => f.sheet === '附件2' && f.cell === note);
  expect(warned.map((f) => f.code)).toEqual(['over-achievement-note']);
  expect(facts(warned[0])).toEqual({
    code: 'over-achievement-note',
    params: {
      name: '办理住房公积金提取',
      actual: { kind: 'quantity', value: { value: 4083000000, unit: '元' } },
      target: { kind: 'equal', value: { value: 2300000000, unit: '元' } },
      actualText: '40.83亿元',
      targetText: '23亿元',
      ratio: 1.7752173913043479,
      threshold: 1.3,
      note: { kind: 'draft', blanks: ['reason', 'measures'] },
    },
  });
  expect(second.result.findings.length).toBe(first.result.findings.length);
  expect(wb.cell('附件2', note)?.value).toBe(draft);
  expect(wb.cell('附件2', note)?.fill).toBe(YELLOW);

  // the officer completes the draft: no more warning, the highlight goes back
  wb.userEdit(
    '附件2',
    note,
    `${String(draft).replace(/原因：；改进措施：$/, '')}原因：新政出台，提取需求集中释放；改进措施：合理测算目标`,
  );
  const third = await recalculate(session, { wording: zhFormWording, write: true });
  expect(third.result.findings.some((f) => f.sheet === '附件2' && f.cell === note)).toBe(false);
  expect(wb.cell('附件2', note)?.fill ?? null).toBeNull();
});
