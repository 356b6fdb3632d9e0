// The engine chunk, loaded right after the first render: the scoring core, the Office.js session and
// the rule profiles. Kept out of the entry bundle so the pane appears before this code is parsed.

import { PROFILES } from '../domain/profiles';
import { recalculate } from '../workbook/recalculate';
import { ExcelSession } from '../excel/session';
import { zhFormWording } from '../i18n/zh-CN/formWording';
import type { PaneBackend } from './engineTypes';

/** The scoring core as the pane uses it: recalculate with the form's zh-CN wording bound, and the rule profiles. */
export const paneEngine: PaneBackend['engine'] = {
  recalculate: (session, options) => recalculate(session, { ...options, wording: zhFormWording }),
  profiles: PROFILES,
};

export function createBackend(): PaneBackend {
  return { session: new ExcelSession(), engine: paneEngine };
}
