// Which table a finding belongs to (the problem cards, the preview and the export name it).

import type { AnnexTable } from '../domain/model';
import type { Finding } from '../domain/types';
import { fromA1 } from '../workbook/grid';

/** The table a finding belongs to: its `table` id, else the table whose range holds its cell. */
export function tableOf(
  f: Pick<Finding, 'sheet' | 'cell'> & { table?: string },
  tables: readonly AnnexTable[],
): AnnexTable | undefined {
  if (f.table) {
    const byId = tables.find((t) => t.id === f.table);
    if (byId) return byId;
  }
  const at = fromA1(f.cell);
  if (!at) return undefined;
  return tables.find(
    (t) =>
      t.sheet === f.sheet &&
      at.row >= t.range.top &&
      at.row <= t.range.bottom &&
      at.col >= t.range.left &&
      at.col <= t.range.right,
  );
}
