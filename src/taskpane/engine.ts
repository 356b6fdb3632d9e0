// The engine chunk, loaded right after the first render: the scoring core, the Office.js session and
// the rule profiles. Kept out of the entry bundle so the pane appears before this code is parsed.

import { PROFILES } from '../domain/profiles';
import { recalculate } from '../excel/recalculate';
import { ExcelSession } from '../excel/session';
import type { PaneBackend } from './engineTypes';

export function createBackend(): PaneBackend {
  return { session: new ExcelSession(), engine: { recalculate, profiles: PROFILES } };
}

/**
 * The chunks a check shows next: the findings list and the table scores. Named here with
 * webpackPrefetch, webpack adds a <link rel="prefetch"> for each once this chunk has loaded, after
 * the first paint (prefetched from the entry chunk they were requested while the pane first painted).
 * The pane loads them with React.lazy (App.tsx, TableList.tsx) when a check has run.
 */
export const resultChunks = [
  () => import(/* webpackPrefetch: true */ './FindingsPanel'),
  () => import(/* webpackPrefetch: true */ './TableSummary'),
];
