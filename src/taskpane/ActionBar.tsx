// The pane's actions: 「一键重算」 (primary) and 「撤销上次写入」, then 「仅检查」, 「导出检查结果」,
// 「清除标记」 (before printing: the tool's highlights go, the values stay) and the settings, with a
// progress bar naming what is running. Every button is disabled while a run is in flight. (No Fluent Tooltip on the first screen: its positioning code would add ~12 KB gzip; hints
// are native titles and the 一键重算 description.)

import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, SettingsRegular } from '@fluentui/react-icons';
import type { Busy } from './useAssistant';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  grow: { flexGrow: 1, minWidth: '96px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

interface ActionBarProps {
  busy: Busy | null;
  ready: boolean;
  /** The engine or the session could not be loaded: offer to reload the pane. */
  failed?: boolean;
  canRevert: boolean;
  hasTables: boolean;
  onRecalc(): void;
  onCheck(): void;
  onRevert(): void;
  onExport(): void;
  onClearMarks(): void;
  onSettings(): void;
  onReload?(): void;
}

export function ActionBar(p: ActionBarProps) {
  const s = useStrings();
  const c = useStyles();
  const idle = p.ready && p.busy === null;
  return (
    <div className={c.root}>
      <div className={c.row}>
        <Button
          appearance="primary"
          className={c.grow}
          disabled={!idle || !p.hasTables}
          onClick={p.onRecalc}
          aria-describedby="jx-recalc-hint"
          title={s.recalcHint}
          data-recalc=""
        >
          {s.recalc}
        </Button>
        <Button className={c.grow} disabled={!idle || !p.canRevert} onClick={p.onRevert} title={s.revertHint}>
          {s.revert}
        </Button>
        <span id="jx-recalc-hint" className={c.hidden}>
          {s.recalcHint}
        </span>
      </div>
      <div className={c.row}>
        <Button
          size="small"
          appearance="subtle"
          disabled={!idle || !p.hasTables}
          onClick={p.onCheck}
          title={s.checkOnlyHint}
        >
          {s.checkOnly}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={!idle || !p.hasTables}
          onClick={p.onExport}
          title={s.exportHint}
        >
          {s.exportFindings}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={!idle || !p.hasTables}
          onClick={p.onClearMarks}
          title={s.clearMarksHint}
        >
          {s.clearMarks}
        </Button>
        {p.failed ? (
          <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={p.onReload}>
            {s.refresh}
          </Button>
        ) : (
          <Button size="small" appearance="subtle" icon={<SettingsRegular />} disabled={!idle} onClick={p.onSettings}>
            {s.settings}
          </Button>
        )}
      </div>
      {(p.busy !== null || !p.ready) && !p.failed && (
        <div className={c.progress}>
          <ProgressBar aria-labelledby="jx-running" />
          <Text id="jx-running" size={200} aria-live="polite">
            {p.busy ? s.running[p.busy] : s.loading}
          </Text>
        </div>
      )}
    </div>
  );
}
