// One finding in the list: severity, where, indicator and the explanation (expected vs actual).
// The main button selects the cell in Excel; a second button marks it 「已知悉」 or undoes that.

import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../domain/types';
import { cellRef } from './format';
import type { Acknowledgement } from './settings';
import { useStrings } from './strings';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  reason: { flexGrow: 1, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  jump: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    width: '100%',
    minWidth: 0,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  where: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  message: { overflowWrap: 'anywhere' },
  foot: { display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: tokens.spacingHorizontalXS, padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS}` },
});

export interface FindingItemProps {
  itemKey: string;
  finding: Finding;
  current: boolean;
  acknowledgement?: Acknowledgement;
  onSelect(): void;
  onAcknowledge(): void;
  onUnacknowledge(): void;
}

export function FindingItem({ itemKey, finding: f, current, acknowledgement, onSelect, onAcknowledge, onUnacknowledge }: FindingItemProps) {
  const s = useStrings();
  const c = useStyles();
  const where = cellRef(f.sheet, f.cell);
  return (
    <li data-finding={itemKey} className={mergeClasses(c.item, current && c.current)} aria-current={current ? 'true' : undefined}>
      <Button appearance="subtle" className={c.jump} onClick={onSelect}>
        <span className={c.body}>
          <span className={c.top}>
            <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small">
              {s.severity[f.severity]}
            </Badge>{' '}
            <Text size={200} className={c.where}>
              {where}
            </Text>{' '}
            {f.indicator && (
              <Text size={200} weight="semibold" className={c.message}>
                {f.indicator}
              </Text>
            )}
          </span>{' '}
          <Text size={200} className={c.message}>
            {shortMessage(f)}
          </Text>
        </span>
      </Button>
      <div className={c.foot}>
        {acknowledgement ? (
          <>
            <Text size={200} className={c.reason}>
              {s.acknowledged}：{acknowledgement.reason}
            </Text>
            <Button size="small" appearance="transparent" onClick={onUnacknowledge}>
              {s.unacknowledge}
            </Button>
          </>
        ) : (
          <Button size="small" appearance="transparent" onClick={onAcknowledge} aria-label={`${s.acknowledge}：${where}`}>
            {s.acknowledge}
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * The message without the 「附件2!H19「指标名」」 it starts with, since the item already shows where and which
 * indicator: 「未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。」
 */
export function shortMessage(f: Finding): string {
  let m = f.message;
  const where = `${f.sheet}!${f.cell}`;
  if (m.startsWith(where)) m = m.slice(where.length);
  if (f.indicator && m.startsWith(`「${f.indicator}」`)) m = m.slice(f.indicator.length + 2);
  m = m.replace(/^[：:，,\s]+/, '');
  return m || f.message;
}
