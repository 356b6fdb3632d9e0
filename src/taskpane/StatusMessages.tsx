// Fluent MessageBars for what the officer must know: an error naming the sheet and cell (with a
// button that selects it), the outcome of the last run, and 「没有找到附件表格」.

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { cellRef } from './format';
import type { Notice, PaneError } from './useAssistant';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: { overflowWrap: 'anywhere' },
});

interface StatusMessagesProps {
  error: PaneError | null;
  notice: Notice | null;
  nothingFound: boolean;
  /** The officer edited the workbook since the results were read. */
  stale: boolean;
  idle: boolean;
  onRecheck(): void;
  onDismissError(): void;
  onDismissNotice(): void;
  onSelect(sheet: string, cell: string): void;
}

export function StatusMessages(p: StatusMessagesProps) {
  const s = useStrings();
  const c = useStyles();
  const where = p.error?.sheet ? (p.error.cell ? cellRef(p.error.sheet, p.error.cell) : p.error.sheet) : null;
  const dismiss = (onClick: () => void) => (
    <Button aria-label={s.dismiss} appearance="transparent" icon={<DismissRegular />} onClick={onClick} />
  );
  return (
    <div className={c.root}>
      {p.error && (
        <MessageBar
          intent="error"
          layout="multiline"
          role="alert"
          aria-label={s.errorTitle}
          tabIndex={-1}
          data-focus-message=""
        >
          <MessageBarBody className={c.body}>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {p.error.message}
            {where && !p.error.message.includes(where) && <div>{s.errorAt(where)}</div>}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(p.onDismissError)}>
            {p.error.sheet && p.error.cell && (
              <Button size="small" onClick={() => p.onSelect(p.error!.sheet!, p.error!.cell!)}>
                {s.jumpTo(cellRef(p.error.sheet, p.error.cell))}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {p.nothingFound && (
        <MessageBar intent="warning" layout="multiline" aria-label={s.nothingFoundTitle}>
          <MessageBarBody className={c.body}>
            <MessageBarTitle>{s.nothingFoundTitle}</MessageBarTitle>
            {s.nothingFoundBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {p.stale && (
        <MessageBar intent="info" layout="multiline" aria-labelledby="jx-stale">
          <MessageBarBody className={c.body} id="jx-stale">
            {s.staleNotice}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={!p.idle} onClick={p.onRecheck}>
              {s.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {p.notice && (
        <MessageBar
          intent={p.notice.intent}
          layout="multiline"
          aria-live="polite"
          aria-labelledby="jx-notice"
          tabIndex={-1}
          data-focus-message=""
        >
          <MessageBarBody className={c.body} id="jx-notice">
            {p.notice.text}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(p.onDismissNotice)} />
        </MessageBar>
      )}
    </div>
  );
}
