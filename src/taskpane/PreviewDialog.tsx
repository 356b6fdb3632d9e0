// Before writing: the cells holding what a person typed (a recorded score, a note, a formula) that the
// rule would change — sheet!cell, old → new, why — each kept by default; ticked ones may be replaced.
// Loaded on demand (React.lazy): the first screen does not need it.

import { useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CellWrite } from '../workbook/plan';
import { cellRef, formatRate } from './format';
import { conflictKey } from './useAssistant';
import { useStrings } from './strings';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
    display: 'flex',
    flexDirection: 'column',
  },
  change: { paddingLeft: tokens.spacingHorizontalXXL, overflowWrap: 'anywhere' },
  old: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  why: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap' },
});

export interface PreviewDialogProps {
  /** Closing sets this false (the dialog animates out and hands focus and the page back). */
  open: boolean;
  conflicts: readonly CellWrite[];
  onConfirm(consentKeys: string[]): void;
  onCancel(): void;
}

export function describeOld(w: CellWrite, empty: string, formulaWord: string): string {
  if (w.previous.formula) return `${w.previous.formula}（${formulaWord}）`;
  const text = w.previous.text || (w.previous.value === null || w.previous.value === undefined ? '' : String(w.previous.value));
  return text || empty;
}

export function describeNew(w: CellWrite): string {
  if (typeof w.value === 'number' && w.numberFormat?.includes('%')) return formatRate(w.value);
  return String(w.value);
}

export default function PreviewDialog({ open, conflicts, onConfirm, onCancel }: PreviewDialogProps) {
  const s = useStrings();
  const c = useStyles();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const keys = conflicts.map(conflictKey);
  const all = keys.length > 0 && keys.every((k) => replace.has(k));
  const some = keys.some((k) => replace.has(k));
  const toggle = (k: string, on: boolean) =>
    setReplace((prev) => {
      const next = new Set(prev);
      if (on) next.add(k);
      else next.delete(k);
      return next;
    });

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface className={c.surface}>
        <DialogBody>
          <DialogTitle>{s.previewTitle}</DialogTitle>
          <DialogContent>
            <Text block>{s.previewIntro(conflicts.length)}</Text>
            <Checkbox
              label={s.previewSelectAll}
              checked={all ? true : some ? 'mixed' : false}
              onChange={(_e, data) => setReplace(data.checked === true ? new Set(keys) : new Set())}
            />
            <ul className={c.list}>
              {conflicts.map((w, i) => {
                const k = keys[i];
                return (
                  <li key={k} className={c.item}>
                    <Checkbox
                      label={`${s.previewReplace} ${cellRef(w.sheet, w.address)}`}
                      checked={replace.has(k)}
                      onChange={(_e, data) => toggle(k, data.checked === true)}
                    />
                    <Text size={200} className={c.change}>
                      <span className={c.old}>{describeOld(w, s.previewEmpty, s.previewFormula)}</span>
                      {' → '}
                      <strong>{describeNew(w)}</strong>
                    </Text>
                    <Text size={200} className={c.why}>
                      {w.reason}
                    </Text>
                  </li>
                );
              })}
            </ul>
          </DialogContent>
          <DialogActions className={c.actions}>
            <Button appearance="primary" onClick={() => onConfirm(keys.filter((k) => replace.has(k)))}>
              {s.previewApply(keys.filter((k) => replace.has(k)).length)}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
