// Before writing: the cells holding what a person typed (a recorded score, a note, a formula) that the
// rule would change — which indicator of which table, where, 表中 → new, why — each kept by default;
// ticked ones may be replaced; each row can jump to its cell. Loaded on demand (React.lazy).

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
import type { AnnexTable } from '../domain/model';
import { cellKey, type CellWrite } from '../workbook/plan';
import { cellRef, describeNew, tableLabel } from './format';
import { tableOf } from './groupFindings';
import { useStrings } from './strings';
import { exitMotion, useFocusFirstControl } from './useDialog';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
    display: 'flex',
    flexDirection: 'column',
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  what: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  change: { paddingLeft: tokens.spacingHorizontalXXL, overflowWrap: 'anywhere' },
  old: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  why: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap' },
});

export interface PreviewDialogProps {
  open: boolean;
  conflicts: readonly CellWrite[];
  /** The tables found, to name each row's table and indicator. */
  tables?: readonly AnnexTable[];
  onConfirm(consentKeys: string[]): void;
  onCancel(): void;
  /** Fluent has finished closing the dialog: the pane unmounts it. */
  onClosed?(): void;
  /** Selects the cell in Excel (the dialog stays open). */
  onJump?(sheet: string, cell: string): void;
}

function describeOld(w: CellWrite, empty: string, formulaWord: string): string {
  if (w.previous.formula) return `${w.previous.formula}（${formulaWord}）`;
  const text =
    w.previous.text || (w.previous.value === null || w.previous.value === undefined ? '' : String(w.previous.value));
  return text || empty;
}

/** The indicator on the write's row, when the write is in a scored table's indicator rows. */
function indicatorAt(table: AnnexTable | undefined, row: number): string | undefined {
  if (!table || table.kind === 'basic') return undefined;
  return table.indicators.find((i) => i.row === row)?.name;
}

export default function PreviewDialog({
  open,
  conflicts,
  tables = [],
  onConfirm,
  onCancel,
  onJump,
  onClosed,
}: PreviewDialogProps) {
  const s = useStrings();
  const c = useStyles();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const surface = useFocusFirstControl(open);
  const keys = conflicts.map((w) => cellKey(w.sheet, w.address)); // the form `consent` takes
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
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_e, data) => !data.open && onCancel()}
      surfaceMotion={onClosed ? exitMotion(onClosed) : undefined}
    >
      <DialogSurface className={c.surface} ref={surface}>
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
                const where = cellRef(w.sheet, w.address);
                const table = tableOf({ sheet: w.sheet, cell: w.address }, tables);
                const indicator = indicatorAt(table, w.row);
                return (
                  <li key={k} className={c.item}>
                    <div className={c.head}>
                      <Checkbox
                        label={`${s.previewReplace} ${where}`}
                        checked={replace.has(k)}
                        onChange={(_e, data) => toggle(k, data.checked === true)}
                      />
                      {onJump && (
                        <Button size="small" appearance="subtle" onClick={() => onJump(w.sheet, w.address)}>
                          {s.previewJump(where)}
                        </Button>
                      )}
                    </div>
                    {(table || indicator) && (
                      <Text size={200} className={c.what}>
                        {[table && tableLabel(table, s), indicator].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                    <Text size={200} className={c.change}>
                      {s.recordedAs('')}
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
