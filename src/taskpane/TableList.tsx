// The annex tables found in the workbook: kind, sheet, range and name; once checked, each card
// shows its TableSummary (loaded on demand).

import { Suspense, lazy } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AnnexTable } from '../domain/model';
import type { AnyTableResult } from '../domain/result';
import { tableRange } from './format';
import { useStrings } from './strings';

// Scores appear only after a check: their own chunk, prefetched once the engine chunk has loaded (engine.ts).
const TableSummary = lazy(() => import(/* webpackChunkName: "summary" */ './TableSummary'));

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  kind: { flexShrink: 0, whiteSpace: 'nowrap' },
  name: { overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
});

export interface TableListProps {
  tables: readonly AnnexTable[];
  results: readonly AnyTableResult[];
}

export function TableList({ tables, results }: TableListProps) {
  const c = useStyles();
  const byId = new Map(results.map((r) => [r.table.id, r]));
  return (
    <ul className={c.list}>
      {tables.map((t) => (
        <li key={t.id}>
          <TableCard table={t} result={byId.get(t.id)} />
        </li>
      ))}
    </ul>
  );
}

function TableCard({ table, result }: { table: AnnexTable; result?: AnyTableResult }) {
  const s = useStrings();
  const c = useStyles();
  return (
    <section className={c.card} aria-label={`${s.tableKind[table.kind]} ${table.name || table.title}`}>
      <div className={c.head}>
        <Badge appearance="tint" color="brand" shape="rounded" className={c.kind}>
          {s.tableKind[table.kind]}
        </Badge>
        <Text weight="semibold" className={c.name}>
          {table.name || table.title || s.noName}
        </Text>
      </div>
      <Text size={200} className={c.where}>
        {tableRange(table)}
      </Text>
      {result && (
        <Suspense fallback={null}>
          <TableSummary result={result} />
        </Suspense>
      )}
    </section>
  );
}
