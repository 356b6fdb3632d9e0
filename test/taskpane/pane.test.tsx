/** @jest-environment jsdom */
// The task pane as a finance officer uses it, over an in-memory workbook: tables found on open,
// nothing found, a run in flight, results, the write preview, errors, 「已知悉」, settings, export.

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import {
  buildNonAnnexWorkbook,
  buildSeedWorkbook,
  buildWrongScores,
  fixtureTables,
  SEED_DEPARTMENT,
} from '../../scripts/fixtures';
import { WorkbookError } from '../../src/workbook/host';
import { en, zhCN } from '../../src/i18n/pane';
import { App } from '../../src/taskpane/App';
import { ACKNOWLEDGED_KEY, SETTINGS_KEY } from '../../src/taskpane/settings';
import { toA1, type SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { FakeSession } from './fakeSession';
import { installBrowserShims, openPane, renderPane, workbookState } from './renderPane';

installBrowserShims();
expect.extend(toHaveNoViolations);

const s = zhCN;
let seed: SheetGrid[];
let wrong: SheetGrid[];
let nonAnnex: SheetGrid[];

beforeAll(async () => {
  [seed, wrong, nonAnnex] = await Promise.all([
    loadFixtureGrids(buildSeedWorkbook),
    loadFixtureGrids(buildWrongScores),
    loadFixtureGrids(buildNonAnnexWorkbook),
  ]);
});

/** Row and score column of an indicator, found by its name on a sheet. */
function indicatorCell(
  grids: SheetGrid[],
  sheet: string,
  nameStart: string,
  scoreCol: number,
): { row: number; col: number } {
  const g = grids.find((x) => x.name === sheet)!;
  const row = g.cells.findIndex((r) => r?.some((c) => typeof c?.value === 'string' && c.value.startsWith(nameStart)));
  expect(row).toBeGreaterThanOrEqual(0);
  return { row, col: scoreCol };
}

function totalCell(fixture: 'seed' | 'wrongScores', sheet: string) {
  const t = fixtureTables(fixture).find((x) => x.sheet === sheet && x.kind !== 'other')!;
  return t.marks.total;
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** The problem cards, in list order. */
const cards = () => screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-finding'));

async function runCheck() {
  await userEvent.click(button(s.checkOnly));
  await screen.findByRole('heading', { name: s.findingsHeading });
  await screen.findByRole('button', { name: s.nextIssue });
}

describe('opening the pane', () => {
  it('lists the annex tables, one line each, with their sheet and range on expand', async () => {
    await openPane(seed);
    expect(screen.getByRole('heading', { name: s.tablesFound(3) })).toBeTruthy();
    const dept = screen.getByRole('region', { name: `附件2 ${SEED_DEPARTMENT}` });
    expect(within(dept).getByText('附件2')).toBeTruthy();
    expect(within(dept).queryByText(/^附件2!A\d+:[A-Z]+\d+$/)).toBeNull();
    const toggle = within(dept).getByRole('button', { expanded: false });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(dept).getByText(/^附件2!A\d+:[A-Z]+\d+$/)).toBeTruthy();
    expect(await within(dept).findByRole('progressbar', { name: /^产出指标 48\/50$/ })).toBeTruthy();
  });

  it('says no annex tables were found in a workbook without them, and offers nothing to run', async () => {
    await openPane(nonAnnex);
    expect(await screen.findByText(s.nothingFoundTitle)).toBeTruthy();
    expect(button(s.recalc)).toHaveProperty('disabled', true);
    expect(button(s.checkOnly)).toHaveProperty('disabled', true);
  });

  it('speaks English when Office is in English', async () => {
    await openPane(seed, { strings: en });
    expect(button(en.recalc)).toBeTruthy();
    expect(screen.getByRole('heading', { name: en.tablesFound(3) })).toBeTruthy();
    // the findings too: 个贷率's card in English, no zh-CN sentence on any card
    expect(
      (await screen.findAllByRole('button', { name: /did not meet its annual target: actual “59\.22%”/ })).length,
    ).toBeGreaterThan(0);
    expect(screen.queryAllByRole('button', { name: /未达到年度指标值/ })).toEqual([]);
  });

  it('shows each table’s scores and the problems from the scan on open, without a click', async () => {
    const { session } = await openPane(seed);
    const dept = screen.getByRole('region', { name: `附件2 ${SEED_DEPARTMENT}` });
    expect(await within(dept).findByText('98')).toBeTruthy(); // computed total
    expect(within(dept).getByText(s.failedCount(1))).toBeTruthy();
    expect((await screen.findAllByRole('button', { name: /个贷率.*59\.22%.*60%.*80%/ })).length).toBeGreaterThan(0);
    expect(session.reads).toBe(1);
  });

  it('an edit marks the results stale and makes no call to the workbook until the officer asks', async () => {
    const { session } = await openPane(nonAnnex, { timing: { ownWriteQuietMs: 0 } });
    const calls = session.calls;
    // The officer pastes the seed's 附件2 into the workbook and types a few cells.
    await act(async () => {
      session.grids.push(
        ...seed.filter((g) => g.name === '附件2').map((g) => ({ ...g, cells: g.cells.map((r) => r && [...r]) })),
      );
      session.edit('附件2', 200, 0, '备注');
      session.edit('附件2', 201, 0, '备注2');
    });
    expect(await screen.findByText(s.staleNotice)).toBeTruthy();
    expect(session.calls).toBe(calls); // Excel would clear the officer's Ctrl+Z history on any call
    await userEvent.click(button(s.recheck));
    expect(await screen.findByRole('heading', { name: s.tablesFound(1) })).toBeTruthy();
    expect(screen.queryByText(s.staleNotice)).toBeNull();
    expect(session.reads).toBe(2);
  });

  it('does not mark its own write as an edit', async () => {
    const blank = seed.map((g) => ({ ...g, cells: g.cells.map((r) => r && r.map((c) => c && { ...c })) }));
    const { session } = await openPane(blank, { timing: { ownWriteQuietMs: 60_000 } });
    const total = totalCell('seed', '附件2');
    session.grid('附件2').cells[total.row][total.col] = undefined;
    await userEvent.click(button(s.recalc));
    await screen.findByText(/已写入 \d+ 个单元格/);
    expect(screen.queryByText(s.staleNotice)).toBeNull();
  });
});

describe('running', () => {
  it('shows progress and disables every button while a check is in flight', async () => {
    const { session } = await openPane(seed);
    const release = session.hold();
    await userEvent.click(button(s.checkOnly));
    expect(screen.getByRole('progressbar', { name: s.running.check })).toBeTruthy();
    for (const name of [s.recalc, s.checkOnly, s.revert, s.exportFindings])
      expect(button(name)).toHaveProperty('disabled', true);
    await act(async () => release());
    await screen.findByRole('heading', { name: s.findingsHeading });
    expect(button(s.recalc)).toHaveProperty('disabled', false);
  });

  it('仅检查 shows each table’s score at a glance and the problems without changing the workbook', async () => {
    const { session } = await openPane(seed);
    const before = workbookState(session.grids);
    await runCheck();
    const dept = screen.getByRole('region', { name: `附件2 ${SEED_DEPARTMENT}` });
    expect(within(dept).getByText(s.rate)).toBeTruthy();
    expect(within(dept).getByText('98')).toBeTruthy(); // computed total
    expect(within(dept).getByText('优')).toBeTruthy();
    expect(within(dept).getByRole('button', { name: s.failedCount(1) })).toBeTruthy();
    // The 个贷率 card says 未达标 and the indicator in its first line, then expected vs actual.
    const loan = screen.getAllByRole('button', { name: /个贷率.*59\.22%.*60%.*80%/ })[0];
    expect(loan.textContent).toMatch(/^警告 未达标 · 2\.住房公积金个贷率.* 附件2!H\d+ 未达到年度指标值/);
    expect(await screen.findByText(/^检查完成/)).toBeTruthy();
    expect(workbookState(session.grids)).toEqual(before);
  });

  it('lists errors first, then warnings, then hints, with a count per severity', async () => {
    await openPane(wrong);
    const badges = cards().map((li) => within(li).getAllByText(/^(错误|警告|提示)$/)[0].textContent);
    const rank = badges.map((b) => ['错误', '警告', '提示'].indexOf(b!));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(rank[0]).toBe(0);
    const chips = screen.getByRole('group', { name: s.severityFilterLabel });
    const errors = badges.filter((b) => b === '错误').length;
    expect(within(chips).getByRole('button', { name: s.severityChip(s.severity.error, errors) })).toBeTruthy();
  });

  it('下一个问题 walks the problems in severity order, selecting each cell and saying where it is (3/N)', async () => {
    const { session } = await openPane(wrong);
    const list = cards();
    for (let i = 1; i <= 3; i++) {
      await userEvent.click(button(s.nextIssue));
      expect(list[i - 1].getAttribute('aria-current')).toBe('true');
      expect(list[i - 1].textContent).toContain(session.selected.at(-1));
      expect(screen.getByText(s.position(i, list.length))).toBeTruthy();
    }
    expect(session.selected).toHaveLength(3);
    await userEvent.click(button(s.prevIssue));
    expect(list[1].getAttribute('aria-current')).toBe('true');
    expect(cards().filter((li) => li.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('clicking a card selects its cell; the arrow keys move between cards, which are one tab stop', async () => {
    const { session } = await openPane(seed);
    const main = cards().map((li) => li.querySelector<HTMLElement>('[data-card-main]')!);
    expect(main.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await userEvent.click(main[1]);
    expect(session.selected.at(-1)).toBe(/(附件\d!\w+\d+)/.exec(cards()[1].textContent ?? '')![1]);
    expect(document.activeElement).toBe(main[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(main[2]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(main[0]);
  });

  it('filters the problems by a severity chip, and a table’s 未达标 N link to its failed indicators', async () => {
    await openPane(wrong);
    const all = cards().length;
    await userEvent.click(
      within(screen.getByRole('group', { name: s.severityFilterLabel })).getByRole('button', { name: /^错误/ }),
    );
    const errors = cards();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThan(all);
    for (const li of errors) expect(within(li).getAllByText(s.severity.error).length).toBeGreaterThan(0);

    const project = screen.getByRole('region', { name: /^附件3 / });
    await userEvent.click(within(project).getByRole('button', { name: /^未达标 \d+$/ }));
    const failed = cards();
    expect(failed.length).toBeGreaterThan(0);
    for (const li of failed) expect(li.textContent).toMatch(/未达标 · .*附件3!/);
    await userEvent.click(button(s.showAllProblems));
    expect(cards()).toHaveLength(all);
  });
});

describe('writing', () => {
  it('一键重算 fills the blank scores, highlights 个贷率, and 撤销上次写入 restores the workbook exactly', async () => {
    const blank = seed.map((g) => ({ ...g, cells: g.cells.map((r) => r && r.map((c) => c && { ...c })) }));
    const { session } = await openPane(blank);
    const total = totalCell('seed', '附件2');
    const loan = indicatorCell(session.grids, '附件2', '2.住房公积金个贷率', total.col);
    session.grid('附件2').cells[total.row][total.col] = undefined; // the officer left 总分 empty
    const before = workbookState(session.grids);

    await userEvent.click(button(s.recalc));
    await screen.findByText(/已写入 \d+ 个单元格/);
    expect(session.cell('附件2', total.row, total.col)?.value).toBe(98);
    expect(session.cell('附件2', loan.row, loan.col)?.fill).toMatch(/^#[0-9A-F]{6}$/i);
    expect(button(s.revert)).toHaveProperty('disabled', false);

    await userEvent.click(button(s.revert));
    await screen.findByText(/已恢复 \d+ 个单元格/);
    expect(workbookState(session.grids)).toEqual(before);
  });

  it('撤销上次写入 keeps a cell the officer changed after the write, and says which', async () => {
    const blank = seed.map((g) => ({ ...g, cells: g.cells.map((r) => r && r.map((c) => c && { ...c })) }));
    const { session } = await openPane(blank, { timing: { ownWriteQuietMs: 0 } });
    const total = totalCell('seed', '附件2');
    session.grid('附件2').cells[total.row][total.col] = undefined;
    await userEvent.click(button(s.recalc));
    await screen.findByText(/已写入/);
    act(() => session.edit('附件2', total.row, total.col, 97)); // the officer types over the written 98
    await userEvent.click(button(s.revert));
    const notice = await screen.findByText(/已保留修改后的内容/);
    expect(notice.textContent).toContain(`附件2!${total.address}`);
    expect(session.cell('附件2', total.row, total.col)?.value).toBe(97);
  });

  it('lists a recorded score that differs from the rule before writing, keeps it by default, and replaces it only when ticked', async () => {
    const { session } = await openPane(wrong);
    const total = totalCell('wrongScores', '附件3');
    const loan = indicatorCell(session.grids, '附件3', '2.住房公积金个贷率', total.col);

    await userEvent.click(button(s.recalc));
    const dialog = await screen.findByRole('dialog', { name: s.previewTitle });
    const tick = within(dialog).getByRole('checkbox', { name: new RegExp(`附件3!${toA1(loan.row, loan.col)}$`) });
    expect(tick).toHaveProperty('checked', false);
    expect(within(dialog).getAllByText('2').length).toBeGreaterThan(0);

    // Kept by default: writing leaves the officer's 2 in place.
    await userEvent.click(within(dialog).getByRole('button', { name: s.previewApply(0) }));
    await screen.findByText(/已写入/);
    expect(session.cell('附件3', loan.row, loan.col)?.value).toBe(2);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Ticked: replaced by the rule's 0.
    await userEvent.click(await screen.findByRole('button', { name: s.recalc }));
    const again = await screen.findByRole('dialog', { name: s.previewTitle });
    await userEvent.click(
      within(again).getByRole('checkbox', { name: new RegExp(`附件3!${toA1(loan.row, loan.col)}$`) }),
    );
    await userEvent.click(within(again).getByRole('button', { name: s.previewApply(1) }));
    await waitFor(() => expect(session.cell('附件3', loan.row, loan.col)?.value).toBe(0));
  });

  it('填入计算得分 writes the rule’s score into one cell, and 撤销上次写入 restores the officer’s value', async () => {
    const { session } = await openPane(wrong);
    const total = totalCell('wrongScores', '附件3');
    const loan = indicatorCell(session.grids, '附件3', '2.住房公积金个贷率', total.col);
    const before = workbookState(session.grids);
    const card = cards().find((li) => li.textContent?.includes(`附件3!${toA1(loan.row, loan.col)}`))!;
    expect(card.textContent).toContain('个贷率');
    expect(card.textContent).toContain(`${s.howToLabel}：${s.setTo(toA1(loan.row, loan.col), '0')}`);
    await userEvent.click(within(card).getByRole('button', { name: s.fillScore, hidden: true }));
    await screen.findByText(s.fixed(`附件3!${toA1(loan.row, loan.col)}`, 1));
    expect(session.cell('附件3', loan.row, loan.col)?.value).toBe(0);
    const changed = Object.keys(workbookState(session.grids)).filter(
      (k) => JSON.stringify(workbookState(session.grids)[k]) !== JSON.stringify(before[k]),
    );
    expect(changed).toEqual([`附件3!${loan.row},${loan.col}`]); // that one cell, no fills
    expect(document.activeElement).not.toBe(document.body);
    await userEvent.click(button(s.revert));
    await screen.findByText(/已恢复 1 个单元格/);
    expect(workbookState(session.grids)).toEqual(before);
  });

  it('起草偏差原因 drafts the note into the empty note cell and selects it', async () => {
    const noNote = seed.map((g) => ({ ...g, cells: g.cells.map((r) => r && r.map((c) => c && { ...c })) }));
    const grid = noNote.find((g) => g.name === '附件2')!;
    const row = grid.cells.findIndex((r) =>
      r?.some((c) => typeof c?.value === 'string' && c.value.startsWith('2.住房公积金个贷率')),
    );
    const noteCol = grid.cells[row].length - 1;
    grid.cells[row][noteCol] = undefined;
    const { session } = await openPane(noNote);
    const card = cards().find((li) => li.textContent?.includes('个贷率') && li.textContent.includes('附件2!'))!;
    expect(card.textContent).toContain(s.failedTitle);
    expect(within(card).getAllByText(s.severity.error).length).toBeGreaterThan(0); // the missing note makes it an error
    await userEvent.click(within(card).getByRole('button', { name: s.draftNote, hidden: true }));
    const note = toA1(row, noteCol);
    await waitFor(() => expect(session.selected.at(-1)).toBe(`附件2!${note}`));
    expect(String(session.cell('附件2', row, noteCol)?.value)).toMatch(/^实际完成59\.22%，低于目标区间下限60%/);
  });

  it('shows a protected sheet as an error naming the sheet and cell, with a button that selects it', async () => {
    const { session } = await openPane(seed);
    session.failNext(
      'applyPlan',
      new WorkbookError('工作表「附件2」受保护，无法写入 H30。', 'protected', '附件2', 'H30'),
    );
    const blankTotal = totalCell('seed', '附件2');
    session.grid('附件2').cells[blankTotal.row][blankTotal.col] = undefined;
    await userEvent.click(button(s.recalc));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('工作表「附件2」受保护');
    await userEvent.click(within(alert).getByRole('button', { name: s.jumpTo('附件2!H30') }));
    expect(session.selected).toContain('附件2!H30');
    expect(button(s.recalc)).toHaveProperty('disabled', false);
  });

  it('says what went wrong when reading fails, instead of leaving the pane blank', async () => {
    const session = new FakeSession(seed);
    session.failNext('readGrids', new Error('RichApi.Error: 网络中断'));
    renderPane(session);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('网络中断');
  });

  it('shows a message instead of a blank pane when the pane itself fails to render', async () => {
    const session = new FakeSession(seed);
    // An engine whose result lacks its evaluation: rendering the table list throws.
    const broken = {
      profiles: [],
      recalculate: async () => ({ result: { tables: [{ id: 'x', kind: 'department' }] } as never }),
    };
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App strings={s} load={async () => ({ session, engine: broken })} />);
    const alert = await screen.findByRole('alert');
    quiet.mockRestore();
    expect(alert.textContent).toContain(s.errorTitle);
    expect(within(alert).getByRole('button', { name: s.retry })).toBeTruthy();
  });
});

describe('what the officer keeps in the document', () => {
  it('marks a problem 已知悉 from its menu with a reason, hides it, and remembers it the next time the pane opens', async () => {
    const { session, view } = await openPane(seed);
    const count = cards().length;
    const first = cards()[0];
    const where = /(附件\d!)[A-Z]+\d+/.exec(first.textContent ?? '')![0];
    await userEvent.click(within(first).getByRole('button', { name: s.moreActions(where) }));
    await userEvent.click(await screen.findByRole('menuitem', { name: s.acknowledge }));
    const dialog = await screen.findByRole('dialog', { name: s.acknowledgeTitle });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: new RegExp(s.acknowledgeReason) }),
      '已与主管部门核实',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: s.acknowledgeConfirm }));
    await waitFor(() => expect(cards()).toHaveLength(count - 1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    const stored = JSON.parse(session.settings.get(ACKNOWLEDGED_KEY)!);
    expect(Object.values(stored).length).toBeGreaterThan(0);
    expect(Object.values(stored)).toEqual(
      Object.values(stored).map(() => expect.objectContaining({ reason: '已与主管部门核实' })),
    );

    view.unmount();
    renderPane(session);
    await screen.findByRole('button', { name: s.nextIssue });
    expect(cards()).toHaveLength(count - 1);
    await userEvent.click(screen.getByRole('switch', { name: new RegExp(s.showAcknowledged) }));
    expect(cards()).toHaveLength(count);
    expect(screen.getByText(`${s.acknowledged}：已与主管部门核实`)).toBeTruthy();
  });

  it('stores the settings in the document and writes with the chosen highlight colour', async () => {
    const { session } = await openPane(seed);
    await userEvent.click(button(s.settings));
    const dialog = await screen.findByRole('dialog', { name: s.settingsTitle });
    expect(within(dialog).getByRole('region', { name: s.profileRules }).textContent).toMatch(/财预〔2020〕10号/);
    expect(within(dialog).getByRole('region', { name: s.profileRules }).textContent).not.toMatch(/RULES/);
    await userEvent.click(within(dialog).getByRole('switch', { name: s.draftNotesLabel }));
    const failed = within(dialog).getByRole('radiogroup', { name: s.colorFailed });
    await userEvent.click(within(failed).getByRole('radio', { name: s.colorName('#FF9999') }));
    await userEvent.click(within(dialog).getByRole('button', { name: s.save }));
    await screen.findByText(s.saved);
    await screen.findByRole('button', { name: s.recalc }); // the dialog has handed the pane back
    expect(JSON.parse(session.settings.get(SETTINGS_KEY)!)).toMatchObject({
      draftNotes: false,
      colors: { failed: '#FF9999' },
    });

    const total = totalCell('seed', '附件2');
    const loan = indicatorCell(session.grids, '附件2', '2.住房公积金个贷率', total.col);
    await userEvent.click(button(s.recalc));
    await screen.findByText(/已写入/);
    expect(session.cell('附件2', loan.row, loan.col)?.fill).toBe('#FF9999');
  });

  it('keeps a stored colour that is not among the swatches as a swatch of its own, selected', async () => {
    const session = new FakeSession(seed);
    session.settings.set(SETTINGS_KEY, JSON.stringify({ colors: { failed: '#123456', review: '#FFEB9C' } }));
    renderPane(session);
    await userEvent.click(await screen.findByRole('button', { name: s.settings }));
    const dialog = await screen.findByRole('dialog', { name: s.settingsTitle });
    const failed = within(dialog).getByRole('radiogroup', { name: s.colorFailed });
    expect(
      within(failed)
        .getByRole('radio', { name: s.colorName('#123456') })
        .getAttribute('aria-checked'),
    ).toBe('true');
  });

  it('exports the findings and a per-table summary to 「检查结果」', async () => {
    const { session } = await openPane(wrong);
    const shown = cards().length;
    await userEvent.click(button(s.exportFindings));
    // The run's notice comes after the sheet is written (a waitFor on `session.exported` would return at once, null or not).
    await screen.findByText(/^已将 \d+ 个问题写入工作表「检查结果」。$/);
    const { rows, summary } = session.exported!;
    expect(screen.getByText(s.exported(rows.length))).toBeTruthy();
    expect(rows.length).toBeGreaterThanOrEqual(shown); // a card holds one or more findings
    expect(rows.some((r) => r.sheet === '附件3' && r.indicator.includes('个贷率'))).toBe(true);
    expect(summary![0]).toEqual(expect.arrayContaining(['执行率', '总分（计算）', '总分（表中）', '等级']));
    expect(summary!.slice(1).map((r) => r[0])).toEqual([
      '附件1 基础数据表',
      '附件2 部门整体支出绩效自评表',
      '附件3 项目支出绩效自评表',
    ]);
  });
});

describe('accessibility', () => {
  it('has no axe violations with results shown', async () => {
    const { view } = await openPane(wrong);
    await runCheck();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('has no axe violations when nothing is found', async () => {
    const { view } = await openPane(nonAnnex);
    await screen.findByText(s.nothingFoundTitle);
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('has no axe violations with a filter on, a card current, the table details open and the menu open', async () => {
    const { view } = await openPane(wrong);
    await userEvent.click(button(s.nextIssue));
    await userEvent.click(
      within(screen.getByRole('group', { name: s.severityFilterLabel })).getByRole('button', { name: /^警告/ }),
    );
    await userEvent.click(
      within(screen.getByRole('region', { name: /^附件3 / })).getByRole('button', { expanded: false }),
    );
    expect(await axe(view.container)).toHaveNoViolations();
    const first = cards()[0];
    await userEvent.click(within(first).getByRole('button', { name: /^更多操作/, hidden: true }));
    await screen.findByRole('menuitem', { name: s.acknowledge });
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it('has no axe violations with the settings open; Escape closes and unmounts it, and focus goes back into the pane', async () => {
    await openPane(seed);
    await userEvent.click(button(s.settings));
    const dialog = await screen.findByRole('dialog', { name: s.settingsTitle });
    expect(await axe(document.body)).toHaveNoViolations();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[role=dialog]')).toBeNull());
    await waitFor(() => expect(screen.getByRole('main').contains(document.activeElement)).toBe(true));
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it('has no axe violations with the stale mark shown', async () => {
    const { session, view } = await openPane(seed, { timing: { ownWriteQuietMs: 0 } });
    act(() => session.edit('附件2', 200, 0, '备注'));
    await screen.findByText(s.staleNotice);
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('has no axe violations with the write preview open, and Escape keeps every cell', async () => {
    const { session } = await openPane(wrong);
    const before = workbookState(session.grids);
    await userEvent.click(button(s.recalc));
    const dialog = await screen.findByRole('dialog', { name: s.previewTitle });
    expect(await axe(document.body)).toHaveNoViolations();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[role=dialog]')).toBeNull());
    expect(workbookState(session.grids)).toEqual(before);
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
  });
});
