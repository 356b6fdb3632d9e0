// Asks why a finding may be left as it is, then marks it 「已知悉」 (the reason is kept in the document).
// Loaded on demand (React.lazy).

import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../domain/types';
import { cellRef } from './format';
import { useStrings } from './strings';
import { renderFinding } from '../i18n/findings';
import { exitMotion, useFocusFirstControl } from './useDialog';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(480px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: { overflowWrap: 'anywhere' },
});

export interface AcknowledgeDialogProps {
  /** Closing sets this false (the dialog animates out and hands focus and the page back). */
  open: boolean;
  finding: Finding;
  onConfirm(reason: string): void;
  onCancel(): void;
  /** Fluent has finished closing the dialog: the pane unmounts it. */
  onClosed?(): void;
}

export default function AcknowledgeDialog({ open, finding, onConfirm, onCancel, onClosed }: AcknowledgeDialogProps) {
  const s = useStrings();
  const c = useStyles();
  const surface = useFocusFirstControl(open);
  const [reason, setReason] = useState('');
  const ok = reason.trim().length > 0;
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_e, data) => !data.open && onCancel()}
      surfaceMotion={onClosed ? exitMotion(onClosed) : undefined}
    >
      <DialogSurface className={c.surface} ref={surface}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) onConfirm(reason.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>{s.acknowledgeTitle}</DialogTitle>
            <DialogContent className={c.content}>
              <Text size={200} className={c.message}>
                {cellRef(finding.sheet, finding.cell)}：{renderFinding(finding, s.lang)}
              </Text>
              <Field label={s.acknowledgeReason} hint={s.acknowledgeReasonHint} required>
                <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {s.acknowledgeConfirm}
              </Button>
              <Button onClick={onCancel}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
