// The pane's state and its transitions, as pure functions (no React, no Excel, no clock): the
// controller (useAssistant.ts) runs the effects and dispatches what happened; tests call `reduce`
// directly. An edit the officer makes only marks the results stale («表格已修改，点击重新检查»):
// reading the workbook again is the officer's choice (or 「一键重算」), never a reaction to a change
// event, since Excel clears its undo stack when an add-in calls workbook APIs.

import type { RuleProfile } from '../domain/profile';
import type { CheckResult } from '../workbook/check';
import { DEFAULT_SETTINGS, type AcknowledgedMap, type PaneSettings } from './settings';

export type Busy = 'scan' | 'check' | 'write' | 'revert' | 'export' | 'fix' | 'clear';

export interface PaneError {
  message: string;
  sheet?: string;
  cell?: string;
}

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export interface AssistantState {
  /** loading: the engine/session are not there yet; failed: they could not be loaded. */
  status: 'loading' | 'ready' | 'failed';
  busy: Busy | null;
  /** The last scan's result: tables, scores and findings, shown from the scan on open. */
  result: CheckResult | null;
  /** The officer edited the workbook since `result` was read: shown as stale until the next run. */
  stale: boolean;
  error: PaneError | null;
  notice: Notice | null;
  canRevert: boolean;
  settings: PaneSettings;
  acknowledged: AcknowledgedMap;
  /** The conflicts of `result.plan` wait for the officer's consent: the preview dialog is open. */
  previewOpen: boolean;
  profiles: readonly RuleProfile[];
  /** Change events before this time (ms, the controller's clock) are the echo of the tool's own write. */
  quietUntil: number;
  /** Counts finished runs (success or failure): the pane moves focus when it changes. */
  runs: number;
}

export const INITIAL_STATE: AssistantState = {
  status: 'loading',
  busy: null,
  result: null,
  stale: false,
  error: null,
  notice: null,
  canRevert: false,
  settings: DEFAULT_SETTINGS,
  acknowledged: {},
  previewOpen: false,
  profiles: [],
  quietUntil: 0,
  runs: 0,
};

/** What a finished run changes (result, notice, previewOpen, canRevert …). */
export type RunOutcomePatch = Partial<
  Pick<AssistantState, 'result' | 'notice' | 'previewOpen' | 'canRevert' | 'settings'>
>;

export type AssistantAction =
  | { type: 'loaded'; settings: PaneSettings; acknowledged: AcknowledgedMap; profiles: readonly RuleProfile[] }
  | { type: 'loadFailed'; error: PaneError; backend: boolean }
  | { type: 'runStarted'; busy: Busy }
  | { type: 'runFinished'; patch: RunOutcomePatch; at: number; quietMs: number; reads: boolean }
  | { type: 'runFailed'; error: PaneError; at: number; quietMs: number }
  /** A change event from the workbook at time `at`. */
  | { type: 'changed'; at: number }
  | { type: 'previewClosed' }
  /** Whether the document holds a write to undo, learnt after a scan. */
  | { type: 'canRevert'; value: boolean }
  | { type: 'settingsChanged'; settings: PaneSettings }
  | { type: 'acknowledgedChanged'; acknowledged: AcknowledgedMap }
  | { type: 'error'; error: PaneError }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' };

export function reduce(state: AssistantState, action: AssistantAction): AssistantState {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        status: 'ready',
        settings: action.settings,
        acknowledged: action.acknowledged,
        profiles: action.profiles,
      };
    case 'loadFailed':
      return { ...state, status: action.backend ? 'ready' : 'failed', busy: null, error: action.error };
    case 'runStarted':
      return { ...state, busy: action.busy, error: null, notice: null };
    case 'runFinished':
      return {
        ...state,
        ...action.patch,
        busy: null,
        // A run that read the workbook shows it as it is now.
        stale: action.reads ? false : state.stale,
        quietUntil: action.at + action.quietMs,
        runs: state.runs + 1,
      };
    case 'runFailed':
      return {
        ...state,
        busy: null,
        error: action.error,
        quietUntil: action.at + action.quietMs,
        runs: state.runs + 1,
      };
    case 'changed':
      // Events while the tool runs, or just after, are its own writes arriving; before the first scan there is nothing to mark.
      if (state.busy !== null || action.at < state.quietUntil || state.result === null || state.stale) return state;
      return { ...state, stale: true };
    case 'previewClosed':
      return { ...state, previewOpen: false };
    case 'canRevert':
      return state.canRevert === action.value ? state : { ...state, canRevert: action.value };
    case 'settingsChanged':
      return { ...state, settings: action.settings };
    case 'acknowledgedChanged':
      return { ...state, acknowledged: action.acknowledged };
    case 'error':
      return { ...state, error: action.error };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
