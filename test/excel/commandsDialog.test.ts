/** @jest-environment jsdom */
// The summary dialog (commands.html#summary=…): shows the ribbon run's lines as text and closes
// through Office's messageParent.

import { renderSummaryDialog, summaryUrl } from '../../src/commands/commands';

describe('the summary dialog of 「一键重算」', () => {
  it('shows the title and each line as text, and its button asks Office to close it', () => {
    document.body.innerHTML = '<main id="summary" hidden></main>';
    const url = summaryUrl('https://localhost:3000/', {
      when: '',
      ok: true,
      title: '一键重算完成',
      lines: ['写入 40 个单元格', '<b>不是标记</b>'],
    });
    const close = jest.fn();
    expect(renderSummaryDialog(document, new URL(url).hash, close)).toBe(true);
    const main = document.getElementById('summary')!;
    expect(main.hidden).toBe(false);
    expect(main.querySelector('h1')?.textContent).toBe('一键重算完成');
    expect([...main.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '写入 40 个单元格',
      '<b>不是标记</b>',
    ]);
    expect(main.querySelector('b')).toBeNull();
    main.querySelector('button')!.click();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('is not shown when the page is loaded as the ribbon’s function file', () => {
    document.body.innerHTML = '<main id="summary" hidden></main>';
    expect(renderSummaryDialog(document, '', jest.fn())).toBe(false);
    expect(document.getElementById('summary')!.hidden).toBe(true);
  });
});
