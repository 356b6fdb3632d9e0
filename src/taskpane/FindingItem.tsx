// One problem card: severity, what (「未达标 · 个贷率」), where, one line of expected vs actual, a
// 「怎么改」 line, and the one-click fixes (「填入计算得分」, 「起草偏差原因」, 「定位」); 「已知悉」 sits
// in a small menu. The card's main button selects its cell; only the current card's buttons are in the
// tab order (the list moves between cards with the arrow keys).

import {
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { Finding } from '../domain/types';
import type { PaneStrings } from '../i18n/pane';
import { cellRef, describeNew, tableLabel } from './format';
import { SCORE_CODES, type Fixes } from './fixes';
import type { ProblemCard } from './problems';
import type { Acknowledgement } from './settings';
import { useStrings } from './strings';
import { renderFinding, withoutPlace, type FindingLanguage } from '../i18n/findings';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  jump: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    width: '100%',
    minWidth: 0,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, width: '100%' },
  top: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', flexShrink: 0 },
  message: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  table: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  how: { overflowWrap: 'anywhere', padding: `0 ${tokens.spacingHorizontalS}` },
  foot: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS}`,
  },
  reason: { flexGrow: 1, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  spacer: { flexGrow: 1 },
});

interface FindingItemProps {
  card: ProblemCard;
  fixes: Fixes;
  current: boolean;
  /** In the tab order (the list's roving stop). */
  tabbable: boolean;
  busy: boolean;
  acknowledgement?: Acknowledgement;
  showTable: boolean;
  onSelect(): void;
  onFix(kind: 'score' | 'note'): void;
  onAcknowledge(): void;
  onUnacknowledge(): void;
}

/** 「未达标 · 2.住房公积金个贷率」, 「总分与计算不符」 … */
function cardTitle(card: ProblemCard, s: PaneStrings): string {
  const top = card.findings[0];
  const what = card.failed ? s.failedTitle : (s.codeTitle[top.code] ?? s.severity[top.severity]);
  return card.indicator ? `${what} · ${card.indicator}` : what;
}

/** The 「怎么改」 line: the fix the tool knows (a value, a note cell), else the usual step for the finding. */
function howToFix(card: ProblemCard, fixes: Fixes, s: PaneStrings): string | null {
  const out: string[] = [];
  const mismatch = card.findings.some((f) => SCORE_CODES.has(f.code) && f.code !== 'indicator-failed');
  if (fixes.score && mismatch) out.push(s.setTo(fixes.score.address, describeNew(fixes.score)));
  const note = card.findings.find((f) => f.code === 'note-missing' || f.code === 'over-achievement-note');
  if (note) out.push(s.noteAt(fixes.note?.address ?? note.cell));
  if (out.length === 0) {
    for (const f of card.findings) {
      const how = s.howToByCode[f.code];
      if (how) {
        out.push(how);
        break;
      }
    }
  }
  return out.length ? out.join('；') : null;
}

export function FindingItem(p: FindingItemProps) {
  const s = useStrings();
  const c = useStyles();
  const { card, fixes } = p;
  const top = card.findings[0];
  const where = cellRef(top.sheet, top.cell);
  const how = howToFix(card, fixes, s);
  const tab = p.tabbable ? 0 : -1;
  // A failed indicator's card leads with expected vs actual, whatever else its row lacks.
  const lead = (card.failed && card.findings.find((f) => f.code === 'indicator-failed')) || top;
  const rest = card.findings.filter((f) => f !== lead && f.code !== 'cell-conflict');
  return (
    <li
      data-finding={card.key}
      className={mergeClasses(c.item, c[card.severity], p.current && c.current)}
      aria-current={p.current ? 'true' : undefined}
    >
      <Button appearance="subtle" className={c.jump} onClick={p.onSelect} tabIndex={tab} data-card-main="">
        <span className={c.body}>
          <span className={c.top}>
            <Badge appearance="filled" color={SEVERITY_COLOR[card.severity]} size="small" className={c.badge}>
              {s.severity[card.severity]}
            </Badge>{' '}
            <Text size={300} weight="semibold" className={c.title}>
              {cardTitle(card, s)}
            </Text>{' '}
            <Text size={200} className={c.where}>
              {where}
            </Text>
          </span>{' '}
          <Text size={200} className={c.message}>
            {shortMessage(lead, s.lang)}
          </Text>
          {p.current &&
            rest.map((f) => (
              <Text key={`${f.code}@${f.cell}`} size={200} className={c.message}>
                {' '}
                {shortMessage(f, s.lang)}
              </Text>
            ))}
          {p.showTable && card.table && (
            <Text size={100} className={c.table}>
              {' '}
              {tableLabel(card.table, s)}
            </Text>
          )}
        </span>
      </Button>
      {how && (
        <Text size={200} className={c.how}>
          <strong>{s.howToLabel}：</strong>
          {how}
        </Text>
      )}
      <div className={c.foot}>
        {p.acknowledgement && (
          <Text size={200} className={c.reason}>
            {s.acknowledged}：{p.acknowledgement.reason}
          </Text>
        )}
        {fixes.score && (
          <Button size="small" tabIndex={tab} disabled={p.busy} onClick={() => p.onFix('score')}>
            {s.fillScore}
          </Button>
        )}
        {fixes.note && (
          <Button size="small" tabIndex={tab} disabled={p.busy} onClick={() => p.onFix('note')}>
            {s.draftNote}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          tabIndex={tab}
          onClick={p.onSelect}
          aria-label={`${s.locate} ${where}`}
        >
          {s.locate}
        </Button>
        <span className={c.spacer} />
        {/* inline: the menu stays inside the pane's landmark */}
        <Menu inline>
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="small"
              appearance="subtle"
              tabIndex={tab}
              icon={<MoreHorizontalRegular />}
              aria-label={s.moreActions(where)}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {p.acknowledgement ? (
                <MenuItem onClick={p.onUnacknowledge}>{s.unacknowledge}</MenuItem>
              ) : (
                <MenuItem onClick={p.onAcknowledge}>{s.acknowledge}</MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </li>
  );
}

/**
 * The message without the 「附件2!H19「指标名」」 it starts with, since the card already shows where and which
 * indicator: 「未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。」
 */
export function shortMessage(f: Finding, lang: FindingLanguage = 'zh-CN'): string {
  const message = renderFinding(f, lang);
  let m = withoutPlace(message, f);
  if (f.indicator && m.startsWith(`「${f.indicator}」`)) m = m.slice(f.indicator.length + 2);
  m = m.replace(/^[：:，,\s]+/, '');
  return m || message;
}
