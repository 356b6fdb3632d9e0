// The findings: filter by severity, 「下一个问题」, grouped by table in an accordion. Clicking a
// finding selects its cell in Excel; a finding can be marked 「已知悉」 with a reason and then stays
// hidden unless the officer asks to see acknowledged ones.

import { useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Dropdown,
  Field,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import type { AnnexTable } from '../domain/model';
import type { Finding } from '../domain/types';
import { tableLabel } from './format';
import { FindingItem } from './FindingItem';
import { groupFindings, severityCounts, type SeverityFilter } from './groupFindings';
import { findingKey, type AcknowledgedMap } from './settings';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  filter: { flexGrow: 1, minWidth: '140px' },
  dropdown: { minWidth: '0', width: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  headerText: { overflowWrap: 'anywhere' },
});

export interface FindingsPanelProps {
  findings: readonly Finding[];
  tables: readonly AnnexTable[];
  acknowledged: AcknowledgedMap;
  onSelect(f: Finding): void;
  onAcknowledge(f: Finding): void;
  onUnacknowledge(f: Finding): void;
}

const FILTERS: SeverityFilter[] = ['all', 'error', 'warning', 'info'];

export default function FindingsPanel(p: FindingsPanelProps) {
  const s = useStrings();
  const c = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [showAck, setShowAck] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(
    () => groupFindings(p.findings, p.tables, { filter, acknowledged: p.acknowledged, showAcknowledged: showAck }),
    [p.findings, p.tables, filter, p.acknowledged, showAck],
  );
  const counts = useMemo(() => severityCounts(p.findings, p.acknowledged), [p.findings, p.acknowledged]);
  const ackCount = useMemo(() => p.findings.filter((f) => p.acknowledged[findingKey(f)]).length, [p.findings, p.acknowledged]);
  const flat = useMemo(() => groups.flatMap((g) => g.findings.map((f, i) => ({ f, group: g.id, key: itemKey(f, i) }))), [groups]);
  const total = counts.error + counts.warning + counts.info;

  const filterLabel = (f: SeverityFilter) =>
    f === 'all' ? `${s.filterAll} (${total})` : `${s.severity[f]} (${counts[f]})`;

  const go = (key: string, f: Finding, group: string) => {
    setCurrent(key);
    if (closed.has(group)) setClosed((prev) => new Set([...prev].filter((g) => g !== group)));
    p.onSelect(f);
    // Let the accordion open before scrolling the item into view.
    setTimeout(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-finding]') ?? [];
      const el = [...items].find((x) => x.dataset.finding === key);
      if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
    }, 0);
  };

  const next = () => {
    if (flat.length === 0) return;
    const at = flat.findIndex((e) => e.key === current);
    const e = flat[(at + 1) % flat.length];
    go(e.key, e.f, e.group);
  };

  const onToggle: AccordionToggleEventHandler<string> = (_e, data) => {
    const open = new Set(data.openItems);
    setClosed(new Set(groups.map((g) => g.id).filter((id) => !open.has(id))));
  };

  const openItems = groups.map((g) => g.id).filter((id) => !closed.has(id));

  return (
    <div className={c.root} ref={listRef}>
      <div className={c.toolbar}>
        <Field label={s.filterLabel} className={c.filter}>
          <Dropdown
            className={c.dropdown}
            value={filterLabel(filter)}
            selectedOptions={[filter]}
            onOptionSelect={(_e, data) => setFilter((data.optionValue as SeverityFilter) ?? 'all')}
          >
            {FILTERS.map((f) => (
              <Option key={f} value={f}>
                {filterLabel(f)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={flat.length === 0} onClick={next}>
          {s.nextIssue}
        </Button>
      </div>
      {ackCount > 0 && (
        <Switch
          checked={showAck}
          onChange={(_e, data) => setShowAck(data.checked)}
          label={`${s.showAcknowledged} (${ackCount})`}
        />
      )}
      {groups.length === 0 ? (
        <Text>{total === 0 ? s.noFindings : s.noFindingsFiltered}</Text>
      ) : (
        <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
          {groups.map((g) => (
            <AccordionItem key={g.id || 'workbook'} value={g.id}>
              <AccordionHeader>
                <span className={c.header}>
                  <span className={c.headerText}>{g.table ? tableLabel(g.table, s) : s.workbookGroup}</span>
                  <CounterBadge count={g.findings.length} size="small" color="informative" />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={c.list}>
                  {g.findings.map((f, i) => {
                    const key = itemKey(f, i);
                    return (
                      <FindingItem
                        key={key}
                        itemKey={key}
                        finding={f}
                        current={key === current}
                        acknowledgement={p.acknowledged[findingKey(f)]}
                        onSelect={() => go(key, f, g.id)}
                        onAcknowledge={() => p.onAcknowledge(f)}
                        onUnacknowledge={() => p.onUnacknowledge(f)}
                      />
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}

function itemKey(f: Finding, i: number): string {
  return `${findingKey(f)}#${i}`;
}
