/** @jest-environment jsdom */
// The pane speaks its own language for what the domain gives as facts: the rules of a profile and its name in the
// settings, and a rule profile the document names that this version does not know.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { en, zhCN } from '../../src/i18n/pane';
import { SETTINGS_KEY } from '../../src/taskpane/settings';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { FakeSession } from './fakeSession';
import { installBrowserShims, openPane, renderPane } from './renderPane';

installBrowserShims();

let seed: SheetGrid[];

beforeAll(async () => {
  seed = await loadFixtureGrids(buildSeedWorkbook);
});

async function openSettings(s: typeof en) {
  await userEvent.click(await screen.findByRole('button', { name: s.settings }));
  return screen.findByRole('dialog', { name: s.settingsTitle });
}

describe('the settings in the pane’s language', () => {
  it('shows the profile and its rules in English in an English pane', async () => {
    await openPane(seed, { strings: en });
    const dialog = await openSettings(en);
    const rules = within(dialog).getByRole('region', { name: en.profileRules }).textContent ?? '';
    expect(rules).toContain('Quantitative indicators: full points when the annual target is reached');
    expect(rules).toContain('Grades: 优 ≥90; 良 80–90; 中 60–80; 差 <60 (财预〔2020〕10号).');
    expect(rules).not.toContain('定量指标');
    expect(within(dialog).getByRole('combobox').textContent).toContain('Ministry of Finance rules (财预〔2020〕10号)');
  });

  it('shows them in zh-CN in a Chinese pane', async () => {
    await openPane(seed, { strings: zhCN });
    const dialog = await openSettings(zhCN);
    const rules = within(dialog).getByRole('region', { name: zhCN.profileRules }).textContent ?? '';
    expect(rules).toContain('定量指标：达到年度指标值得满分');
    expect(within(dialog).getByRole('combobox').textContent).toContain('财政部通用规则（财预〔2020〕10号）');
  });
});

describe('a rule profile this version does not know', () => {
  it('is named, with the valid ones, in the pane’s language instead of an unexpected error', async () => {
    const session = new FakeSession(seed);
    session.settings.set(SETTINGS_KEY, JSON.stringify({ profileId: 'guangdong' }));
    renderPane(session, { strings: en });
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert.textContent).toContain('Unknown rule profile “guangdong”. Valid profiles: national-2020'),
    );
  });
});
