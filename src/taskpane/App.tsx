// The task pane: header, actions, messages, the tables found with their summaries, and the findings.
// Settings, the write preview and the acknowledge dialog are separate chunks loaded when opened.

import { Suspense, lazy, useCallback, useEffect, useRef } from 'react';
import { Button, FluentProvider, ProgressBar, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { ArrowClockwiseRegular, SettingsRegular } from '@fluentui/react-icons';
import type { Finding } from '../domain/types';
import type { PaneStrings } from '../i18n/pane';
import { ActionBar } from './ActionBar';
import type { PaneBackend } from './engineTypes';
import { ErrorBoundary } from './ErrorBoundary';
import { StatusMessages } from './StatusMessages';
import { StringsContext, useStrings } from './strings';
import { TableList } from './TableList';
import { useAssistant, type AssistantTiming } from './useAssistant';
import { useDialog } from './useDialog';

// The findings list (accordion, severity dropdown) appears only after a check: its own chunk, prefetched
// once the engine chunk has loaded (see engine.ts), so nothing competes with the first paint.
const FindingsPanel = lazy(() => import(/* webpackChunkName: "findings" */ './FindingsPanel'));
const PreviewDialog = lazy(() => import(/* webpackChunkName: "preview" */ './PreviewDialog'));
const SettingsDialog = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsDialog'));
const AcknowledgeDialog = lazy(() => import(/* webpackChunkName: "acknowledge" */ './AcknowledgeDialog'));

/** Marked once the pane has rendered for the first time (read by bench/taskpane.ts). */
export const FIRST_RENDER_MARK = 'jixiao:first-render';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  strings: PaneStrings;
  /** Loads the engine and opens the session (the engine chunk in Excel; a fake session in tests). */
  load(): Promise<PaneBackend>;
  /** Refresh timing (tests shorten it). */
  timing?: AssistantTiming;
}

export function App({ strings, load, timing }: AppProps) {
  const c = useStyles();
  useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={webLightTheme} lang={strings.lang}>
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
  // Where focus goes when what had it is gone: the result message, else the first problem, else 「一键重算」.
  const focusTarget = useCallback((): HTMLElement | null => {
    const root = rootRef.current;
    if (!root) return null;
    return (
      root.querySelector<HTMLElement>('[data-focus-message]') ??
      root.querySelector<HTMLElement>('[data-finding] button, [data-finding][tabindex]') ??
      root.querySelector<HTMLElement>('[data-recalc]')
    );
  }, []);
  const settingsDialog = useDialog<true>(focusTarget);
  const ackDialog = useDialog<Finding>(focusTarget);
  const tables = state.result?.tables ?? [];
  const idle = state.status === 'ready' && state.busy === null;

  // After every run (its buttons were disabled, so focus fell to <body>): focus the outcome.
  useEffect(() => {
    if (state.runs === 0 || state.preview) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && !active.hasAttribute('disabled')) return;
    focusTarget()?.focus();
  }, [state.runs, state.preview, focusTarget]);

  return (
    <main className={c.root} aria-busy={state.busy !== null || state.status === 'loading'} ref={rootRef}>
      <header className={c.header}>
        <Text as="h1" size={500} weight="semibold" className={c.title}>
          {s.appTitle}
        </Text>
        <div className={c.tools}>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowClockwiseRegular />}
            disabled={!idle && state.status !== 'failed'}
            // When the engine or the session could not be loaded, refreshing reloads the pane.
            onClick={() => (state.status === 'failed' ? window.location.reload() : void a.scan())}
          >
            {s.refresh}
          </Button>
          <Button appearance="subtle" size="small" icon={<SettingsRegular />} disabled={!idle} onClick={() => settingsDialog.open(true)}>
            {s.settings}
          </Button>
        </div>
      </header>

      <ActionBar
        busy={state.busy}
        ready={state.status === 'ready'}
        canRevert={state.canRevert}
        hasTables={tables.length > 0}
        onRecalc={() => void a.recalc()}
        onCheck={() => void a.check()}
        onRevert={() => void a.revert()}
        onExport={() => void a.exportFindings()}
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

      {tables.length > 0 && (
        <section className={c.section} aria-labelledby="jx-tables">
          <Text as="h2" id="jx-tables" size={400} weight="semibold" className={c.h2}>
            {s.tablesFound(tables.length)}
          </Text>
          <TableList tables={tables} results={state.result?.evaluation.results ?? []} />
        </section>
      )}

      {state.result && tables.length > 0 && (
        <section className={c.section} aria-labelledby="jx-findings">
          <Text as="h2" id="jx-findings" size={400} weight="semibold" className={c.h2}>
            {s.findingsHeading}
          </Text>
          <Suspense fallback={<ProgressBar aria-label={s.loading} />}>
            <FindingsPanel
              findings={state.result.findings}
              tables={tables}
              acknowledged={state.acknowledged}
              onSelect={(f) => void a.select(f)}
              onAcknowledge={(finding) => ackDialog.open(finding)}
              onUnacknowledge={(f) => void a.unacknowledge(f)}
            />
          </Suspense>
        </section>
      )}

      {/* Dialogs are mounted only while open: closing unmounts them (no focus-trap sentinels left behind). */}
      <Suspense fallback={null}>
        {state.preview && (
          <PreviewDialog open conflicts={state.preview} onConfirm={(keys) => void a.confirmPreview(keys)} onCancel={a.cancelPreview} />
        )}
        {settingsDialog.value && (
          <SettingsDialog
            open
            settings={state.settings}
            profiles={state.profiles}
            onCancel={settingsDialog.close}
            onSave={(settings) => {
              settingsDialog.close();
              void a.saveSettings(settings);
            }}
          />
        )}
        {ackDialog.value && (
          <AcknowledgeDialog
            open
            finding={ackDialog.value}
            onCancel={ackDialog.close}
            onConfirm={(reason) => {
              const f = ackDialog.value!;
              ackDialog.close();
              void a.acknowledge(f, reason);
            }}
          />
        )}
      </Suspense>
    </main>
  );
}
