// The task pane, answer first: the actions, messages, the tables found (one line each) and the
// problems with their sticky header — side by side from 450 px, one column below. No in-pane title
// (Office shows the add-in's name in the pane's title bar). Settings, the write preview and the
// acknowledge dialog are separate chunks, mounted only while open.

import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import {
  FluentProvider,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Finding } from '../domain/types';
import type { PaneStrings } from '../i18n/pane';
import type { CellWrite } from '../workbook/plan';
import { ActionBar } from './ActionBar';
import type { PaneBackend } from './engineTypes';
import { ErrorBoundary } from './ErrorBoundary';
import type { ProblemFilter } from './problems';
import { StatusMessages } from './StatusMessages';
import { StringsContext, useStrings } from './strings';
import { TableList } from './TableList';
import { useAssistant, type AssistantTiming } from './useAssistant';
import { useDialog, useFollowingDialog } from './useDialog';

// The problem list: its own chunk, fetched alongside the engine (index.tsx), so nothing competes with the first paint.
const FindingsPanel = lazy(() => import(/* webpackChunkName: "findings" */ './FindingsPanel'));
const PreviewDialog = lazy(() => import(/* webpackChunkName: "preview" */ './PreviewDialog'));
const SettingsDialog = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsDialog'));
const AcknowledgeDialog = lazy(() => import(/* webpackChunkName: "acknowledge" */ './AcknowledgeDialog'));

/** Marked once the pane has rendered for the first time (read by bench/taskpane.ts). */
const FIRST_RENDER_MARK = 'jixiao:first-render';
/** Marked when the problems of the scan on open are listed (read by bench/taskpane.ts). */
const PROBLEMS_LISTED_MARK = 'jixiao:problems-listed';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: '960px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  columns: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    '@media (min-width: 450px)': {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
      alignItems: 'start',
      columnGap: tokens.spacingHorizontalM,
    },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  h2: { margin: 0 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

interface AppProps {
  strings: PaneStrings;
  /** Loads the engine and opens the session (the engine chunk in Excel; a fake session in tests). */
  load(): Promise<PaneBackend>;
  /** Timing of the stale mark (tests shorten it or inject a clock). */
  timing?: AssistantTiming;
  /** Office's theme is dark (Office.context.officeTheme): Fluent's dark theme. */
  dark?: boolean;
}

export function App({ strings, load, timing, dark = false }: AppProps) {
  const c = useStyles();
  useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
      performance.mark(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={strings.lang}>
      {/* Styles go on an inner div: Fluent copies the provider's classes onto portal mount nodes (dialogs). */}
      <div className={c.page}>
        <StringsContext.Provider value={strings}>
          <ErrorBoundary strings={strings}>
            <Pane load={load} timing={timing} />
          </ErrorBoundary>
        </StringsContext.Provider>
      </div>
    </FluentProvider>
  );
}

function Pane({ load, timing }: Pick<AppProps, 'load' | 'timing'>) {
  const s = useStrings();
  const c = useStyles();
  const a = useAssistant(load, s, timing);
  const { state } = a;
  const rootRef = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<ProblemFilter>({});
  // Where focus goes when what had it is gone: the result message, else the first problem, else 「一键重算」.
  const focusTarget = useCallback((): HTMLElement | null => {
    const root = rootRef.current;
    if (!root) return null;
    return (
      root.querySelector<HTMLElement>('[data-focus-message]') ??
      root.querySelector<HTMLElement>('[data-card-main][tabindex="0"]') ??
      root.querySelector<HTMLElement>('[data-recalc]')
    );
  }, []);
  const settingsDialog = useDialog<true>(focusTarget);
  const ackDialog = useDialog<Finding[]>(focusTarget);
  // The preview follows the controller: open while the last read's conflicts wait for consent.
  const previewDialog = useFollowingDialog<CellWrite[]>(
    state.previewOpen && state.result ? state.result.plan.conflicts : null,
    focusTarget,
  );
  const tables = state.result?.tables ?? [];
  const idle = state.status === 'ready' && state.busy === null;

  // After every run (its buttons were disabled, so focus fell to <body>): focus the outcome.
  useEffect(() => {
    if (state.runs === 0 || state.previewOpen) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && !active.hasAttribute('disabled')) return;
    focusTarget()?.focus();
  }, [state.runs, state.previewOpen, focusTarget]);

  return (
    <main className={c.root} aria-busy={state.busy !== null || state.status === 'loading'} ref={rootRef}>
      {/* Office shows the add-in's name in the pane's title bar: the page's h1 is for screen readers only. */}
      <h1 className={c.visuallyHidden}>{s.appTitle}</h1>
      <ActionBar
        busy={state.busy}
        ready={state.status === 'ready'}
        failed={state.status === 'failed'}
        canRevert={state.canRevert}
        hasTables={tables.length > 0}
        onRecalc={() => void a.recalc()}
        onCheck={() => void a.check()}
        onRevert={() => void a.revert()}
        onExport={() => void a.exportFindings()}
        onClearMarks={() => void a.clearMarks()}
        onSettings={() => settingsDialog.open(true)}
        onReload={() => window.location.reload()}
      />

      <StatusMessages
        error={state.error}
        notice={state.notice}
        nothingFound={state.result !== null && tables.length === 0}
        stale={state.stale}
        idle={idle}
        onRecheck={() => void a.check()}
        onDismissError={a.dismissError}
        onDismissNotice={a.dismissNotice}
        onSelect={(sheet, cell) => void a.select({ sheet, cell })}
      />

      {tables.length > 0 && state.result && (
        <div className={c.columns}>
          <section className={c.section} aria-labelledby="jx-tables">
            <Text as="h2" id="jx-tables" size={300} weight="semibold" className={c.h2}>
              {s.tablesFound(tables.length)}
            </Text>
            <TableList
              tables={tables}
              results={state.result.evaluation.results}
              findings={state.result.findings}
              onFailedFilter={(table) => setFilter({ table, failedOnly: true })}
            />
          </section>
          <section className={c.section} aria-labelledby="jx-findings">
            <Text as="h2" id="jx-findings" size={300} weight="semibold" className={c.h2}>
              {s.findingsHeading}
            </Text>
            <Suspense fallback={<ProgressBar aria-label={s.loading} />}>
              <FindingsPanel
                findings={state.result.findings}
                tables={tables}
                acknowledged={state.acknowledged}
                plan={state.result.plan}
                filter={filter}
                onFilter={setFilter}
                busy={!idle}
                onSelect={(f) => void a.select(f)}
                onFix={(f, kind) => void a.fix(f, kind)}
                onAcknowledge={(findings) => ackDialog.open(findings)}
                onUnacknowledge={(findings) => void a.unacknowledge(findings)}
                onListed={markListed}
              />
            </Suspense>
          </section>
        </div>
      )}

      {/* Dialogs are mounted only while open or closing: once Fluent's exit has run, they unmount (no focus-trap sentinels left behind). */}
      <Suspense fallback={null}>
        {previewDialog.value && (
          <PreviewDialog
            key={previewDialog.key}
            open={previewDialog.isOpen}
            conflicts={previewDialog.value}
            tables={tables}
            onConfirm={(keys) => void a.confirmPreview(keys)}
            onCancel={a.cancelPreview}
            onJump={(sheet, cell) => void a.select({ sheet, cell })}
            onClosed={previewDialog.onClosed}
          />
        )}
        {settingsDialog.value && (
          <SettingsDialog
            key={settingsDialog.key}
            open={settingsDialog.isOpen}
            settings={state.settings}
            profiles={state.profiles}
            onCancel={settingsDialog.close}
            onSave={(settings) => {
              settingsDialog.close();
              void a.saveSettings(settings);
            }}
            onClosed={settingsDialog.onClosed}
          />
        )}
        {ackDialog.value && (
          <AcknowledgeDialog
            key={ackDialog.key}
            open={ackDialog.isOpen}
            finding={ackDialog.value[0]}
            onCancel={ackDialog.close}
            onConfirm={(reason) => {
              const fs = ackDialog.value!;
              ackDialog.close();
              void a.acknowledge(fs, reason);
            }}
            onClosed={ackDialog.onClosed}
          />
        )}
      </Suspense>
    </main>
  );
}

let listed = false;
/** The first time the problems are on screen (bench: time from navigation to the problems listed). */
function markListed(): void {
  if (listed) return;
  listed = true;
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(PROBLEMS_LISTED_MARK);
}
