// What the pane reads back from the document and which language it speaks.

import { en, hostInfoLanguage, paneStrings, zhCN } from '../../src/i18n/pane';
import { DEFAULT_SETTINGS, findingKey, normalizeSettings } from '../../src/taskpane/settings';

describe('the pane’s language', () => {
  it('speaks English when Office’s display language is English, and Chinese otherwise', () => {
    expect(paneStrings('en-US')).toBe(en);
    expect(paneStrings('EN-gb')).toBe(en);
    expect(paneStrings('zh-CN')).toBe(zhCN);
    expect(paneStrings('fr-FR')).toBe(zhCN);
    expect(paneStrings(undefined)).toBe(zhCN);
  });

  it('reads the language Office puts in the page address, before Office.js is ready', () => {
    expect(hostInfoLanguage('?_host_Info=Excel$Win32$16.01$en-US$$$$0')).toBe('en-US');
    expect(hostInfoLanguage('?et=&_host_Info=Excel|Win32|16.01|zh-CN|telemetry|isDialog')).toBe('zh-CN');
    expect(hostInfoLanguage('?_host_Info=Excel$Web$16.00')).toBeUndefined();
    expect(hostInfoLanguage('')).toBeUndefined();
  });

  it('has every English string the Chinese pane has', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
});

describe('settings kept in the document', () => {
  it('falls back field by field to the defaults when the stored settings are missing or damaged', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({ draftNotes: false, colors: { failed: 'red', review: '#abcdef' }, profileId: 7 }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      draftNotes: false,
      colors: { failed: DEFAULT_SETTINGS.colors.failed, review: '#ABCDEF' },
    });
  });

  it('keys an acknowledged finding by its code and cell, not by its wording', () => {
    const a = { code: 'indicator-failed' as const, sheet: '附件2', cell: 'H19' };
    expect(findingKey(a)).toBe('indicator-failed@附件2!H19');
    expect(findingKey({ ...a, cell: 'H20' })).not.toBe(findingKey(a));
  });
});
