// The ribbon's 「一键重算」: registered with Office.actions.associate, it recalculates with the pane's
// stored settings, keeps a summary in the document, tells the officer in a dialog, and always
// completes the event.

import { buildBlankScores } from '../../scripts/fixtures';
import {
  COMMAND_BUDGET_MS,
  LAST_RUN_SETTING,
  PANE_SETTINGS_KEY,
  RECALCULATE_ACTION,
  optionsFromPaneSettings,
  recalculateCommand,
  start,
  summaryUrl,
  type OfficeLike,
  type RibbonRun,
} from '../../src/commands/commands';
import { RunQueue } from '../../src/excel/runner';
import { ExcelSession } from '../../src/excel/session';
import { FakeWorkbook } from '../support/fakeExcel';
import { loadFixtureGrids } from '../support/grids';

async function workbook(options = {}): Promise<FakeWorkbook> {
  return FakeWorkbook.fromGrids(structuredClone(await loadFixtureGrids(buildBlankScores)), options);
}

/** Every cell's fill, 'Sheet!row:col=#RRGGBB' ('' for none). */
function fillsOf(wb: FakeWorkbook): string[] {
  return wb
    .toGrids()
    .flatMap((g) => g.cells.flatMap((row, r) => (row ?? []).map((c, k) => `${g.name}!${r}:${k}=${c?.fill ?? ''}`)));
}

function event() {
  return { completed: jest.fn() };
}

describe('「一键重算」 on the ribbon', () => {
  it('is registered under the manifest’s function name when commands.html loads', async () => {
    const wb = await workbook();
    const win = { location: { hash: '' }, document: {} as Document };
    await start(win, wb.Office as unknown as OfficeLike);
    expect([...wb.actions.keys()]).toEqual([RECALCULATE_ACTION]);
  });

  it('is associated as soon as commands.html evaluates the script, before Office is ready (#2744: no second click needed)', () => {
    const office = { onReady: () => new Promise<never>(() => undefined), actions: { associate: jest.fn() } };
    const g = globalThis as unknown as Record<string, unknown>;
    const before = { window: g.window, Office: g.Office };
    g.window = { location: { hash: '' }, document: {} };
    g.Office = office;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module’s top level is what is tested
        require('../../src/commands/commands');
      });
      expect(office.actions.associate).toHaveBeenCalledWith(RECALCULATE_ACTION, expect.any(Function));
    } finally {
      g.window = before.window;
      g.Office = before.Office;
    }
  });

  it('writes the scores, stores a summary for the pane, tells the officer in a dialog even where a shared runtime exists, and completes', async () => {
    const wb = await workbook({ sharedRuntime: true });
    const e = event();
    const done = recalculateCommand(e, {
      session: new ExcelSession({ host: wb.host }),
      office: wb.Office as unknown as OfficeLike,
    });
    (await wb.dialogOpened()).closeByUser();
    const run = await done;
    expect(run.ok).toBe(true);
    expect(run.written).toBeGreaterThan(30);
    expect(wb.cell('附件2', 'H31')?.value).toBe(98);
    expect(wb.taskpaneShown).toBe(0); // the manifest declares no shared runtime: showAsTaskpane is not used
    expect(e.completed).toHaveBeenCalledTimes(1);
    const stored = wb.doc.settings[LAST_RUN_SETTING] as RibbonRun;
    expect(stored.lines.join('\n')).toMatch(/总分 98，等级 优/);
  });

  it('shows a dialog with the summary otherwise, and completes once the officer closes it', async () => {
    const wb = await workbook();
    const e = event();
    const done = recalculateCommand(e, {
      session: new ExcelSession({ host: wb.host }),
      office: wb.Office as unknown as OfficeLike,
      baseUrl: 'https://intranet.example/jixiao/taskpane.html',
    });
    expect((await wb.dialogOpened()).url).toMatch(/^https:\/\/intranet\.example\/jixiao\/commands\.html#summary=/);
    expect(e.completed).not.toHaveBeenCalled();
    wb.dialogs[0].closeByUser();
    await done;
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('ends within Office’s five minutes when Excel answers slowly: the recalculation and the dialog share one budget', async () => {
    const wb = await workbook({ syncDelayMs: 100000 }); // a first recalculation's four syncs: 400 s
    jest.useFakeTimers();
    try {
      const e = event();
      let settled = false;
      const done = recalculateCommand(e, {
        // its own run queue: the batch it abandons never ends (fake timers), and must not hold up the next test's runs
        session: new ExcelSession({ host: wb.host, firstSyncTimeoutMs: 600000, queue: new RunQueue() }),
        office: wb.Office as unknown as OfficeLike,
      }).then((r) => ((settled = true), r));
      await jest.advanceTimersByTimeAsync(COMMAND_BUDGET_MS);
      expect(settled).toBe(true);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(COMMAND_BUDGET_MS).toBeLessThan(300000);
      const run = await done;
      expect(run.ok).toBe(false);
      expect(run.lines[0]).toMatch(/一键重算超过 \d+ 分钟仍未完成/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('shortens the dialog’s wait by the time the recalculation took', async () => {
    const wb = await workbook({ syncDelayMs: 40000 }); // a first recalculation's four syncs: 160 s, then at most 110 s of dialog
    jest.useFakeTimers();
    try {
      const e = event();
      const done = recalculateCommand(e, {
        session: new ExcelSession({ host: wb.host, firstSyncTimeoutMs: 600000 }),
        office: wb.Office as unknown as OfficeLike,
      });
      await jest.advanceTimersByTimeAsync(181000);
      expect(wb.dialogs.length).toBe(1); // the officer does not close it
      expect(e.completed).not.toHaveBeenCalled();
      // the dialog closes when the budget runs out: 110 s of dialog, neither sooner nor 240 s
      await jest.advanceTimersByTimeAsync(COMMAND_BUDGET_MS - 181000 - 1000);
      expect(e.completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(2000);
      expect(e.completed).toHaveBeenCalledTimes(1);
      const run = await done;
      expect(run.ok).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('uses the rule profile and colours the officer chose in the pane', async () => {
    const wb = await workbook({ sharedRuntime: true });
    wb.doc.settings[PANE_SETTINGS_KEY] = {
      colors: { failed: '#FF0000', review: '#FFFF00' },
      draftNotes: false,
      highlight: true,
    };
    wb.reopen();
    await recalculateCommand(event(), {
      session: new ExcelSession({ host: wb.host }),
      office: wb.Office as unknown as OfficeLike,
      dialogMs: 0,
    });
    expect(wb.cell('附件2', 'H19')?.fill).toBe('#FF0000');
    expect(wb.cell('附件2', 'I16')?.value ?? null).toBeNull(); // no drafted note
    expect(wb.cell('附件2', 'I16')?.fill).toBe('#FFFF00'); // but the note still owed is marked, in the chosen colour
  });

  it('without a shared runtime, neither the ribbon nor the pane drops what the other saved in the settings', async () => {
    const wb = await workbook(); // the pane's runtime
    const ribbon = wb.otherRuntime(); // the function file, loaded when the document opened
    const pane = new ExcelSession({ host: wb.host });
    // the officer picks red highlights in the pane after the ribbon's runtime loaded its copy of the settings
    await pane.setSetting(PANE_SETTINGS_KEY, {
      colors: { failed: '#FF0000', review: '#FFFF00' },
      draftNotes: true,
      highlight: true,
    });
    await pane.setSetting('jixiao.pane.acknowledged', { '附件2!H19': { reason: '已说明' } });
    const done = recalculateCommand(event(), {
      session: new ExcelSession({ host: ribbon.host }),
      office: wb.Office as unknown as OfficeLike,
    });
    (await wb.dialogOpened()).closeByUser(); // no shared runtime: a summary dialog
    const run = await done;
    expect(run.ok).toBe(true);
    expect(wb.cell('附件2', 'H19')?.fill).toBe('#FF0000'); // the ribbon used the pane's latest choice
    // the ribbon's save of its last run kept the pane's keys, and the pane then sees the ribbon's run
    expect(wb.doc.settings[PANE_SETTINGS_KEY]).toMatchObject({ colors: { failed: '#FF0000' } });
    expect(wb.doc.settings['jixiao.pane.acknowledged']).toEqual({ '附件2!H19': { reason: '已说明' } });
    expect(await pane.getSetting<RibbonRun>(LAST_RUN_SETTING)).toMatchObject({ ok: true });
    await pane.setSetting(PANE_SETTINGS_KEY, {
      colors: { failed: '#00FF00', review: '#FFFF00' },
      draftNotes: true,
      highlight: true,
    });
    expect(wb.doc.settings[LAST_RUN_SETTING]).toMatchObject({ ok: true }); // and the pane's next save keeps the run
  });

  it('without a shared runtime, the pane’s 「撤销上次写入」 restores the fills of a write the ribbon made', async () => {
    const wb = await workbook();
    const ribbon = wb.otherRuntime();
    const pane = new ExcelSession({ host: wb.host }); // its copy of the settings predates the ribbon's write
    const fillsBefore = fillsOf(wb);
    const done = recalculateCommand(event(), {
      session: new ExcelSession({ host: ribbon.host }),
      office: wb.Office as unknown as OfficeLike,
    });
    (await wb.dialogOpened()).closeByUser();
    await done;
    expect(wb.cell('附件2', 'H19')?.fill).toBe('#FFC7CE');
    await pane.revertLast();
    expect(fillsOf(wb)).toEqual(fillsBefore);
    expect(wb.cell('附件2', 'H19')?.fill).toBeUndefined();
  });

  it('lists in the summary the cells a protected sheet kept locked, writes the rest, and completes', async () => {
    const wb = await workbook({ sharedRuntime: true });
    wb.protect('附件2');
    const e = event();
    const run = await recalculateCommand(e, {
      session: new ExcelSession({ host: wb.host }),
      office: wb.Office as unknown as OfficeLike,
      dialogMs: 0,
    });
    expect(run.ok).toBe(true);
    expect(run.lines.join('\n')).toMatch(/工作表受保护，以下 \d+ 个单元格已锁定，未填写：附件2!/);
    expect(wb.cell('附件2', 'H31')).toBeUndefined();
    expect(wb.cell('附件3', 'H30')?.value).toBe(98);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('works on the page’s own Excel and Office globals', async () => {
    const wb = await workbook({ sharedRuntime: true });
    const uninstall = wb.install();
    try {
      const run = await recalculateCommand(event(), { dialogMs: 0 });
      expect(run.ok).toBe(true);
      expect(wb.cell('附件3', 'H30')?.value).toBe(98);
      expect(wb.dialogs.length).toBe(1);
    } finally {
      uninstall();
    }
  });

  it('reads the pane settings defensively', () => {
    expect(optionsFromPaneSettings(null)).toEqual({ profile: undefined, planOptions: {} });
    expect(optionsFromPaneSettings({ profileId: 'hunan', colors: { failed: 'red', review: '#FFFF00' } })).toEqual({
      profile: 'hunan',
      planOptions: {},
    });
  });

  it('carries the summary in the dialog URL', () => {
    const url = summaryUrl('https://localhost:3000/commands.html', {
      when: '',
      ok: true,
      title: '一键重算完成',
      lines: ['写入 3 个单元格'],
    });
    expect(JSON.parse(decodeURIComponent(new URL(url).hash.slice('#summary='.length)))).toEqual({
      title: '一键重算完成',
      lines: ['写入 3 个单元格'],
      ok: true,
    });
  });
});
