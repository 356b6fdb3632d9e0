// The in-memory Excel host behaves like Office.js where src/excel/ depends on it: proxies, load + sync,
// PropertyNotLoaded, queued writes applied at sync, null objects, protection, partial batches,
// payload limits, settings that persist only when saved, change events.

import { gridFromRows } from '../../src/workbook/grid';
import { FakeWorkbook, FakeRichApiError } from '../support/fakeExcel';

/* eslint-disable @typescript-eslint/no-explicit-any -- the host's proxies are driven as Office.js code drives them */

function host(protectedSheet = false): FakeWorkbook {
  const a = gridFromRows(
    '附件2',
    [
      ['指标', '得分'],
      ['个贷率', 2],
    ],
    [{ top: 0, left: 0, bottom: 0, right: 1 }],
  );
  const b = gridFromRows('附件3', [
    ['指标', '得分'],
    ['逾期率', 5],
  ]);
  b.protected = protectedSheet;
  return FakeWorkbook.fromGrids([a, b]);
}

function run<T>(wb: FakeWorkbook, batch: (ctx: any) => Promise<T>): Promise<T> {
  return (wb.Excel.run as (b: (ctx: any) => Promise<T>) => Promise<T>)(batch);
}

describe('the in-memory Excel host', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, as Office.js does', async () => {
    const wb = host();
    await run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('附件2').getRange('B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([[2]]);
      expect(() => r.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes only at sync, and counts syncs', async () => {
    const wb = host();
    await run(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('附件2').getRange('B2').values = [[0]];
      expect(wb.cell('附件2', 'B2')?.value).toBe(2);
      await ctx.sync();
      expect(wb.cell('附件2', 'B2')?.value).toBe(0);
    });
    expect(wb.syncCount).toBe(1);
  });

  it('resolves *OrNullObject results at sync', async () => {
    const wb = host();
    await run(wb, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('附件9');
      const there = ctx.workbook.worksheets.getItemOrNullObject('附件3');
      expect(() => missing.isNullObject).toThrow(FakeRichApiError);
      await ctx.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
    });
  });

  it('fails a batch that names a missing sheet with ItemNotFound', async () => {
    const wb = host();
    await expect(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem('附件9').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
  });

  it('rejects writes to a protected sheet at sync with AccessDenied, keeping what the batch did before', async () => {
    const wb = host(true);
    await expect(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem('附件2').getRange('B2').values = [[0]];
        ctx.workbook.worksheets.getItem('附件3').getRange('B2').values = [[0]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(wb.cell('附件2', 'B2')?.value).toBe(0); // a partial write: why src/excel checks protection first
    expect(wb.cell('附件3', 'B2')?.value).toBe(5);
  });

  it('reports protection, merged areas and Excel addresses', async () => {
    const wb = host(true);
    await run(wb, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      const used = sheets.getItem('附件2').getUsedRange();
      used.load('address');
      const merges = used.getMergedAreasOrNullObject();
      merges.load('areaCount,areas/items/address');
      await ctx.sync();
      expect(sheets.items.map((s: any) => [s.name, s.protection.protected])).toEqual([
        ['附件2', false],
        ['附件3', true],
      ]);
      expect(used.address).toBe('附件2!A1:B2');
      expect(merges.areas.items.map((a: any) => a.address)).toEqual(['附件2!A1:B1']);
    });
  });

  it('parses written text like typing: "=" makes a formula, an apostrophe keeps text', async () => {
    const wb = host();
    await run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('附件2').getRange('C1:C4');
      r.values = [['=B2*2'], ["'=B2*2"], ['-原因'], ['12%']];
      await ctx.sync();
    });
    expect(wb.cell('附件2', 'C1')).toMatchObject({ formula: '=B2*2' });
    expect(wb.cell('附件2', 'C2')).toMatchObject({ value: '=B2*2' });
    expect(wb.cell('附件2', 'C2')?.formula).toBeUndefined();
    expect(wb.cell('附件2', 'C3')).toMatchObject({ formula: '=-原因' });
    expect(wb.cell('附件2', 'C4')).toMatchObject({ value: 0.12, numberFormat: '0%' });
  });

  it('refuses a response above the payload limit', async () => {
    const wb = FakeWorkbook.fromGrids(
      [
        gridFromRows(
          '大表',
          Array.from({ length: 500 }, (_, r) => [`第${r}行`, r]),
        ),
      ],
      { payloadLimitBytes: 1000 },
    );
    await expect(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem('大表').getUsedRange().load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('waits a configured delay per sync (a stand-in for Excel on the web)', async () => {
    const wb = FakeWorkbook.fromGrids([gridFromRows('S', [['x']])], { syncDelayMs: 30 });
    jest.useFakeTimers();
    try {
      let done = false;
      const batch = run(wb, async (ctx) => {
        await ctx.sync();
        await ctx.sync();
      }).then(() => (done = true));
      await jest.advanceTimersByTimeAsync(59);
      expect(done).toBe(false); // two syncs: 60 ms
      await jest.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      await batch;
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a batch that ends with writes never synced', async () => {
    const wb = host();
    await expect(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem('附件2').getRange('B2').values = [[0]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('keeps document settings only when saved, across closing and reopening', async () => {
    const wb = host();
    const settings = () => (wb.Office.context.document as any).settings;
    settings().set('saved', { a: 1 });
    await new Promise<void>((r) => settings().saveAsync(() => r()));
    settings().set('unsaved', 1);
    wb.reopen();
    expect(settings().get('saved')).toEqual({ a: 1 });
    expect(settings().get('unsaved')).toBeNull();
  });

  it('tells registered handlers about changed cells', async () => {
    const wb = host();
    const events: any[] = [];
    let told = (): void => undefined;
    const first = new Promise<void>((r) => (told = r));
    await run(wb, async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e: any) => {
        events.push(e);
        told();
      });
      await ctx.sync();
    });
    wb.userEdit('附件2', 'B2', '1');
    await first;
    expect(events).toEqual([expect.objectContaining({ type: 'WorksheetChanged', address: 'B2' })]);
  });

  it('exports what it holds back to grids', () => {
    const wb = host();
    const [g] = wb.toGrids();
    expect(g.cells[1][1]).toEqual({ value: 2, text: '2' });
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('the in-memory Excel host: documented limits', () => {
  const merged = (n: number) => {
    const rows = Array.from({ length: n }, (_, r) => [`指标${r}`, null, r]);
    return FakeWorkbook.fromGrids([
      gridFromRows(
        '附件3',
        rows,
        rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 })),
      ),
    ]);
  };

  it('fails getMergedAreasOrNullObject on a range holding more than 512 merged areas', async () => {
    await expect(
      run(merged(513), async (ctx) => {
        ctx.workbook.worksheets
          .getItem('附件3')
          .getUsedRange()
          .getMergedAreasOrNullObject()
          .load('areas/items/address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({
      code: 'GeneralException',
      debugInfo: expect.objectContaining({ errorLocation: 'Range.getMergedAreasOrNullObject' }),
    });
    await run(merged(512), async (ctx) => {
      const m = ctx.workbook.worksheets.getItem('附件3').getUsedRange().getMergedAreasOrNullObject();
      m.load('areaCount');
      await ctx.sync();
      expect(m.areaCount).toBe(512);
    });
  });

  it('returns only the merged areas whose top-left cell is in the range, whole (office-js #3611)', async () => {
    const g = gridFromRows(
      'S',
      [['a'], ['b'], ['c'], ['d']],
      [
        { top: 0, left: 0, bottom: 2, right: 1 },
        { top: 3, left: 0, bottom: 3, right: 1 },
      ],
    );
    await run(FakeWorkbook.fromGrids([g]), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const lower = ws.getRange('A2:B4').getMergedAreasOrNullObject();
      lower.load('areas/items/address');
      const upper = ws.getRange('A1:B1').getMergedAreasOrNullObject();
      upper.load('areas/items/address');
      await ctx.sync();
      expect(lower.areas.items.map((a: any) => a.address)).toEqual(['S!A4:B4']);
      expect(upper.areas.items.map((a: any) => a.address)).toEqual(['S!A1:B3']);
    });
  });

  it('counts formatted cells in getUsedRange() and only values in getUsedRange(true)', async () => {
    const g = gridFromRows('S', [['a', 1]]);
    g.cells[40] = [{ value: null, text: '', fill: '#FFFF00' }];
    g.rowCount = 41;
    await run(FakeWorkbook.fromGrids([g]), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const all = ws.getUsedRange().load('address');
      const values = ws.getUsedRange(true).load('address');
      await ctx.sync();
      expect([all.address, values.address]).toEqual(['S!A1:B41', 'S!A1:B1']);
    });
  });

  it.each([
    ['throw', 'fails with RangeExceedsLimit'],
    ['null', 'returns null matrices without an error (office-js #6781, #4783)'],
  ] as const)('on a read above the cell limit (%s) %s', async (overLimitRead, _what) => {
    const wb = FakeWorkbook.fromGrids(
      [
        gridFromRows(
          'S',
          Array.from({ length: 30 }, (_, r) => [r, r]),
        ),
      ],
      { readCellLimit: 50, overLimitRead },
    );
    const read = run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B30');
      r.load('values,text');
      const props = r.getCellProperties({ format: { fill: { color: true } } });
      const small = ctx.workbook.worksheets.getItem('S').getRange('A1:B25').load('values');
      await ctx.sync();
      return { values: r.values, text: r.text, props: props.value, small: small.values.length };
    });
    if (overLimitRead === 'throw') await expect(read).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    else await expect(read).resolves.toEqual({ values: null, text: null, props: null, small: 25 });
  });

  it('counts every call into the workbook API: runs, syncs, queued actions, merged-area reads, settings round trips', async () => {
    const wb = host();
    expect(wb.apiCallCount).toBe(0);
    await run(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('附件2').getUsedRange().getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
    });
    expect(wb.apiCalls).toMatchObject({ runs: 1, syncs: 1, mergedAreas: 1, settings: 0 });
    expect(wb.apiCalls.actions).toBeGreaterThanOrEqual(4);
    const settings = (wb.Office.context.document as any).settings;
    await new Promise<void>((r) => settings.saveAsync(() => r()));
    expect(wb.apiCalls.settings).toBe(1);
    wb.userEdit('附件2', 'B2', '3'); // a person's edit is not an add-in call
    expect(wb.apiCallCount).toBe(2 + wb.apiCalls.actions + 1);
  });
});
