// The annex tables found, one compact card each: kind and name, then 总分 (表中 when it differs), 等级,
// 执行率 and 「未达标 N」 — a link that filters the problems to that table's failed indicators; 附件1
// shows its overruns. The details (range, 执行率 score, one bar per 一级指标) open on expand (TableSummary,
// loaded on demand).

import { Suspense, lazy, useState } from 'react';
import { Badge, Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { AnnexTable } from '../domain/model';
import type { AnyTableResult } from '../domain/result';
import type { Finding } from '../domain/types';
import { formatRate, formatScore, tableName, tableRange, totalDiffers } from './format';
import { useStrings } from './strings';

const TableSummary = lazy(() => import(/* webpackChunkName: "summary" */ './TableSummary'));

const OVERRUN_CODES = new Set(['overrun', 'unbudgeted-spending']);

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  toggle: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXXS} 0`,
    minWidth: 0,
    width: '100%',
    fontWeight: tokens.fontWeightSemibold,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  kind: { flexShrink: 0, whiteSpace: 'nowrap' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  label: { color: tokens.colorNeutralForeground3 },
  differs: { color: tokens.colorPaletteRedForeground1 },
  where: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
});

interface TableListProps {
  tables: readonly AnnexTable[];
  results: readonly AnyTableResult[];
  findings: readonly Finding[];
  onFailedFilter(tableId: string): void;
}

export function TableList({ tables, results, findings, onFailedFilter }: TableListProps) {
  const c = useStyles();
  const byId = new Map(results.map((r) => [r.table.id, r]));
  return (
    <ul className={c.list}>
      {tables.map((t) => (
        <li key={t.id}>
          <TableCard
            table={t}
            result={byId.get(t.id)}
            overruns={findings.filter((f) => f.table === t.id && OVERRUN_CODES.has(f.code)).length}
            onFailedFilter={() => onFailedFilter(t.id)}
          />
        </li>
      ))}
    </ul>
  );
}

function TableCard({
  table,
  result,
  overruns,
  onFailedFilter,
}: {
  table: AnnexTable;
  result?: AnyTableResult;
  overruns: number;
  onFailedFilter(): void;
}) {
  const s = useStrings();
  const c = useStyles();
  const [open, setOpen] = useState(false);
  const name = tableName(table, s);
  const detailsId = `jx-table-${table.id}`;
  return (
    <section className={c.card} aria-label={`${s.tableKind[table.kind]} ${table.name || table.title}`}>
      <Button
        appearance="transparent"
        size="small"
        className={c.toggle}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={c.head}>
          <Badge appearance="tint" color="brand" shape="rounded" size="small" className={c.kind}>
            {s.tableKind[table.kind]}
          </Badge>
          <span className={c.name}>{name}</span>
        </span>
      </Button>
      {result && <Facts result={result} overruns={overruns} onFailedFilter={onFailedFilter} />}
      {open && (
        <div id={detailsId} className={c.details}>
          <Text size={200} className={c.label}>
            {tableRange(table)}
          </Text>
          {result && (
            <Suspense fallback={null}>
              <TableSummary result={result} />
            </Suspense>
          )}
        </div>
      )}
    </section>
  );
}

function Facts({
  result,
  overruns,
  onFailedFilter,
}: {
  result: AnyTableResult;
  overruns: number;
  onFailedFilter(): void;
}) {
  const s = useStrings();
  const c = useStyles();
  if (result.kind === 'basic') {
    return (
      <div className={c.facts}>
        <Text size={200}>
          <span className={c.label}>{s.staffingRate}</span> {formatRate(result.staffingRate, s.notFilled)}
        </Text>
        {overruns > 0 && (
          <Text size={200} weight="semibold" className={c.differs}>
            {s.overrunCount(overruns)}
          </Text>
        )}
      </div>
    );
  }
  return (
    <div className={c.facts}>
      <Text size={200}>
        <span className={c.label}>{s.total}</span>{' '}
        <Text size={300} weight="semibold">
          {formatScore(result.total, s.notFilled)}
        </Text>
        {totalDiffers(result) && (
          <span className={c.differs}>（{s.recordedAs(formatScore(result.recordedTotal, s.notFilled))}）</span>
        )}
      </Text>
      <Text size={200}>
        <span className={c.label}>{s.grade}</span> {result.grade ?? s.notFilled}
      </Text>
      {result.budget && (
        <Text size={200}>
          <span className={c.label}>{s.rate}</span> {formatRate(result.budget.rate, s.notFilled)}
        </Text>
      )}
      {result.counts.failed > 0 && (
        <Link as="button" className={c.differs} onClick={onFailedFilter}>
          {s.failedCount(result.counts.failed)}
        </Link>
      )}
    </div>
  );
}
