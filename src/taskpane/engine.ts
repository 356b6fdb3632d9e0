// The engine chunk, loaded right after the first render: the scoring core, the Office.js session and
// the rule profiles. Kept out of the entry bundle so the pane appears before this code is parsed.

import { PROFILES } from '../domain/profiles';
import { recalculate } from '../workbook/recalculate';
import { ExcelSession } from '../excel/session';
import type { PaneBackend } from './engineTypes';

export function createBackend(): PaneBackend {
  return { session: new ExcelSession(), engine: { recalculate, profiles: PROFILES } };
}
