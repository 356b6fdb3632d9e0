// The problems: a sticky header with a chip per severity (a filter), 「上一个 / 下一个问题」 and the
// position (3/17), then one card per problem, errors first. Clicking a card or walking with the
// header's buttons selects its cell in Excel; arrow keys move between cards (one tab stop for the
// list). A table's 「未达标 N」 link filters the list to that table's failed indicators.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Switch, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { AnnexTable } from '../domain/model';
import type { Finding } from '../domain/types';
import type { WritePlan } from '../workbook/plan';
import { FindingItem } from './FindingItem';
import { fixesFor, type FixKind, type Fixes } from './fixes';
import { tableName } from './format';
import {
  SEVERITY_ORDER,
  cardCounts,
  filterCards,
  problemCards,
  type ProblemCard,
  type ProblemFilter,
} from './problems';
import { findingKey, type AcknowledgedMap } from './settings';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  position: { flexGrow: 1, textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  tableFilter: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

export interface FindingsPanelProps {
  findings: readonly Finding[];
  tables: readonly AnnexTable[];
  acknowledged: AcknowledgedMap;
  plan?: WritePlan;
  filter: ProblemFilter;
  onFilter(filter: ProblemFilter): void;
  busy: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding, kind: FixKind): void;
  onAcknowledge(findings: Finding[]): void;
  onUnacknowledge(findings: Finding[]): void;
  /** Called once the list is on screen. */
  onListed?(): void;
}

function cardFixes(
  card: ProblemCard,
  plan: WritePlan | undefined,
): Fixes & { from: Partial<Record<FixKind, Finding>> } {
  const out: Fixes & { from: Partial<Record<FixKind, Finding>> } = { from: {} };
  for (const f of card.findings) {
    const x = fixesFor(f, plan);
    if (x.score && !out.score) {
      out.score = x.score;
      out.from.score = f;
    }
    if (x.note && !out.note) {
      out.note = x.note;
      out.from.note = f;
    }
  }
  return out;
}

export default function FindingsPanel(p: FindingsPanelProps) {
  const s = useStrings();
  const c = useStyles();
  const [showAck, setShowAck] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const cards = useMemo(
    () => problemCards(p.findings, p.tables, p.acknowledged),
    [p.findings, p.tables, p.acknowledged],
  );
  const counts = useMemo(() => cardCounts(cards), [cards]);
  const shown = useMemo(() => filterCards(cards, p.filter, showAck), [cards, p.filter, showAck]);
  const ackCount = cards.filter((x) => x.acknowledged).length;
  const total = counts.error + counts.warning + counts.info;
  const at = shown.findIndex((x) => x.key === current);
  // The list's one tab stop: the current card, else the focused one, else the first.
  const stop = at >= 0 ? current : shown.some((x) => x.key === focusKey) ? focusKey : (shown[0]?.key ?? null);
  const { onListed } = p;
  useEffect(() => onListed?.(), [onListed]);
  const filteredTable = p.filter.table ? p.tables.find((t) => t.id === p.filter.table) : undefined;

  const mainButton = (key: string) =>
    [...(listRef.current?.querySelectorAll<HTMLElement>('[data-finding]') ?? [])]
      .find((x) => x.dataset.finding === key)
      ?.querySelector<HTMLElement>('[data-card-main]');

  const go = (card: ProblemCard) => {
    setCurrent(card.key);
    p.onSelect(card.findings[0]);
    const el = mainButton(card.key);
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  };

  const step = (by: 1 | -1) => {
    if (shown.length === 0) return;
    const i = at < 0 ? (by > 0 ? 0 : shown.length - 1) : (at + by + shown.length) % shown.length;
    go(shown[i]);
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, (i: number) => number> = {
      ArrowDown: (i) => Math.min(shown.length - 1, i + 1),
      ArrowUp: (i) => Math.max(0, i - 1),
      Home: () => 0,
      End: () => shown.length - 1,
    };
    const move = keys[e.key];
    if (!move || shown.length === 0) return;
    const li = (e.target as HTMLElement).closest<HTMLElement>('[data-finding]');
    const from = Math.max(
      0,
      shown.findIndex((x) => x.key === li?.dataset.finding),
    );
    const next = shown[move(from)];
    e.preventDefault();
    setFocusKey(next.key);
    if (current !== null) setCurrent(next.key);
    mainButton(next.key)?.focus();
  };

  const toggleSeverity = (sev: (typeof SEVERITY_ORDER)[number]) =>
    p.onFilter(p.filter.severity === sev ? { ...p.filter, severity: undefined } : { ...p.filter, severity: sev });

  return (
    <div className={c.root}>
      <div className={c.sticky}>
        <div className={c.chips} role="group" aria-label={s.severityFilterLabel}>
          {SEVERITY_ORDER.map((sev) => (
            <ToggleButton
              key={sev}
              size="small"
              shape="circular"
              checked={p.filter.severity === sev}
              disabled={counts[sev] === 0 && p.filter.severity !== sev}
              onClick={() => toggleSeverity(sev)}
            >
              {s.severityChip(s.severity[sev], counts[sev])}
            </ToggleButton>
          ))}
        </div>
        <div className={c.nav}>
          <Button
            icon={<ArrowUpRegular />}
            aria-label={s.prevIssue}
            title={s.prevIssue}
            disabled={shown.length === 0}
            onClick={() => step(-1)}
          />
          <Text className={c.position} aria-live="polite" aria-label={s.positionLabel(at + 1, shown.length)}>
            {s.position(at + 1, shown.length)}
          </Text>
          <Button
            appearance="primary"
            icon={<ArrowDownRegular />}
            iconPosition="after"
            disabled={shown.length === 0}
            onClick={() => step(1)}
          >
            {s.nextIssue}
          </Button>
        </div>
      </div>
      {filteredTable && (
        <div className={c.tableFilter}>
          <Text size={200}>{s.tableFilter(tableName(filteredTable, s))}</Text>
          <Button size="small" appearance="transparent" onClick={() => p.onFilter({})}>
            {s.showAllProblems}
          </Button>
        </div>
      )}
      {shown.length === 0 ? (
        <Text>{total === 0 ? s.noFindings : s.noFindingsFiltered}</Text>
      ) : (
        <ul className={c.list} ref={listRef} aria-label={s.problemList} onKeyDown={onListKey}>
          {shown.map((card) => {
            const fx = cardFixes(card, p.plan);
            const ack = card.acknowledged ? p.acknowledged[findingKey(card.findings[0])] : undefined;
            return (
              <FindingItem
                key={card.key}
                card={card}
                fixes={fx}
                current={card.key === current}
                tabbable={card.key === stop}
                busy={p.busy}
                acknowledgement={ack}
                showTable={p.tables.length > 1 && !filteredTable}
                onSelect={() => go(card)}
                onFix={(kind) => {
                  setCurrent(card.key);
                  p.onFix(fx.from[kind] ?? card.findings[0], kind);
                }}
                onAcknowledge={() => p.onAcknowledge(card.findings)}
                onUnacknowledge={() => p.onUnacknowledge(card.findings)}
              />
            );
          })}
        </ul>
      )}
      {ackCount > 0 && (
        <Switch
          checked={showAck}
          onChange={(_e, data) => setShowAck(data.checked)}
          label={`${s.showAcknowledged} (${ackCount})`}
        />
      )}
    </div>
  );
}
