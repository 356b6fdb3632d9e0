// The pane's actions: 「一键重算」 (primary), 「仅检查」, 「撤销上次写入」, 「导出检查结果」, with a
// progress bar naming what is running. Every button is disabled while a run is in flight.
// (No Fluent Tooltip on the first screen: its positioning code would add ~12 KB gzip; hints are
// a caption under 「一键重算」 and native titles on the others.)

import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Busy } from './useAssistant';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  grow: { flexGrow: 1, minWidth: '120px' },
  hint: { color: tokens.colorNeutralForeground3, marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

export interface ActionBarProps {
  busy: Busy | null;
  ready: boolean;
  canRevert: boolean;
  hasTables: boolean;
  onRecalc(): void;
  onCheck(): void;
  onRevert(): void;
  onExport(): void;
}

export function ActionBar(p: ActionBarProps) {
  const s = useStrings();
  const c = useStyles();
  const idle = p.ready && p.busy === null;
  return (
    <div className={c.root}>
      <Button
        appearance="primary"
        size="large"
        disabled={!idle || !p.hasTables}
        onClick={p.onRecalc}
        aria-describedby="jx-recalc-hint"
        data-recalc=""
      >
        {s.recalc}
      </Button>
      <Text id="jx-recalc-hint" size={200} className={c.hint}>
        {s.recalcHint}
      </Text>
      <div className={c.row}>
        <Button className={c.grow} disabled={!idle || !p.hasTables} onClick={p.onCheck} title={s.checkOnlyHint}>
          {s.checkOnly}
        </Button>
        <Button className={c.grow} disabled={!idle || !p.canRevert} onClick={p.onRevert} title={s.revertHint}>
          {s.revert}
        </Button>
      </div>
      <Button disabled={!idle || !p.hasTables} onClick={p.onExport} title={s.exportHint}>
        {s.exportFindings}
      </Button>
      {(p.busy !== null || !p.ready) && (
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
