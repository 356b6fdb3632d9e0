// Ribbon functions (commands.html, the manifest's FunctionFile). 「一键重算」 runs the shared one-click
// recalculation with the pane's stored settings and safe defaults, stores a short summary in the
// document (the pane shows it on its next open) and tells the officer in a small dialog (this same
// page, opened with '#summary=…').
//
// The function file runs in its own JavaScript runtime (the manifest declares no shared runtime, see
// README): `Office.addin.showAsTaskpane()` is not available there, and Office ends the runtime about
// five minutes after the button was pressed, so the whole command (recalculation + the dialog's wait)
// is bounded by COMMAND_BUDGET_MS and always completes its event. The function is associated when this
// script is evaluated (loaded blocking by commands.html), not after Office.onReady: an association made
// later makes the first click on the button do nothing (OfficeDev/office-js#2744).

import { WorkbookError } from '../workbook/host';
import { LAST_RIBBON_RUN_SETTING, recalculate, type RibbonRun } from '../workbook/recalculate';
import { summarize } from '../i18n/zh-CN/ribbonSummary';
import { zhFormWording } from '../i18n/zh-CN/formWording';
import { ExcelSession } from '../excel/session';
import {
  associateAction,
  messageParent,
  officeGlobal,
  openDialog,
  whenOfficeReady,
  type CommandEvent,
  type OfficeShell,
} from '../excel/shell';
import type { PlanOptions } from '../workbook/plan';
import { PANE_SETTINGS_KEY } from '../workbook/settingKeys';
import { excelMessages as m } from '../i18n/zh-CN/excel';

/** Document setting holding the last ribbon run (read by the pane on open). */
export const LAST_RUN_SETTING = LAST_RIBBON_RUN_SETTING;
export { PANE_SETTINGS_KEY } from '../workbook/settingKeys';
/** The function name the manifest's ExecuteFunction button calls. */
export const RECALCULATE_ACTION = 'recalculate';
/** Office ends a function command's runtime about 5 minutes after the click: the command (recalculation + dialog) stays below. */
export const COMMAND_BUDGET_MS = 270000;
/** The summary dialog stays at most this long (less when the recalculation took long). */
export const DIALOG_MS = 240000;

export type { RibbonRun };

/** The part of the Office global the ribbon uses: the Excel layer's OfficeShell (injectable for tests). */
export type OfficeLike = OfficeShell;

export interface RibbonDeps {
  session?: ExcelSession;
  office?: OfficeLike;
  /** Base URL of the add-in's pages (default: this page's URL). */
  baseUrl?: string;
  /** How long to keep the function running while the dialog is open (default DIALOG_MS). */
  dialogMs?: number;
  /** The whole command's time limit (default COMMAND_BUDGET_MS): recalculation, then the dialog with what is left. */
  budgetMs?: number;
  now?: () => Date;
}

/** Rule profile and plan options from the pane's stored settings (anything missing → safe defaults). */
export function optionsFromPaneSettings(stored: unknown): { profile?: string; planOptions: Partial<PlanOptions> } {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const planOptions: Partial<PlanOptions> = {};
  if (typeof s.draftNotes === 'boolean') planOptions.draftNotes = s.draftNotes;
  if (typeof s.highlight === 'boolean') planOptions.highlight = s.highlight;
  const c = s.colors as Record<string, unknown> | undefined;
  const hex = (v: unknown) => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);
  if (c && hex(c.failed) && hex(c.review)) planOptions.colors = { failed: String(c.failed), review: String(c.review) };
  return { profile: typeof s.profileId === 'string' && s.profileId ? s.profileId : undefined, planOptions };
}

/** Read → score → plan → apply, never throwing: the outcome as lines for the officer, stored in the document. */
export async function runRibbonRecalculation(deps: RibbonDeps = {}): Promise<RibbonRun> {
  const session = deps.session ?? new ExcelSession();
  const when = (deps.now ?? (() => new Date()))().toISOString();
  let run: RibbonRun;
  try {
    const stored = await session.getSetting<unknown>(PANE_SETTINGS_KEY).catch(() => undefined);
    const { profile, planOptions } = optionsFromPaneSettings(stored);
    const outcome = await recalculate(session, { write: true, profile, planOptions, wording: zhFormWording });
    run = {
      when,
      ok: true,
      title: m.summaryTitle,
      lines: summarize(outcome),
      written: outcome.applied?.written ?? 0,
      filled: outcome.applied?.filled ?? 0,
    };
  } catch (e) {
    const message = e instanceof WorkbookError ? e.message : m.unknown(e instanceof Error ? e.name : 'unknown');
    run = { when, ok: false, title: m.summaryFailedTitle, lines: [message] };
  }
  await session.setSetting(LAST_RUN_SETTING, run).catch(() => undefined);
  return run;
}

/** The dialog page's URL carrying the summary in its hash. */
export function summaryUrl(base: string, run: RibbonRun): string {
  const url = new URL('commands.html', base);
  url.hash = `summary=${encodeURIComponent(JSON.stringify({ title: run.title, lines: run.lines, ok: run.ok }))}`;
  return url.toString();
}

/** Shows the result in a dialog that stays until the officer closes it (or `dialogMs`). */
export async function tellOfficer(run: RibbonRun, deps: RibbonDeps = {}): Promise<'dialog' | 'none'> {
  const office = deps.office ?? officeGlobal();
  const base = deps.baseUrl ?? (typeof location !== 'undefined' ? location.href : 'https://localhost/');
  const dialog = await openDialog(office, summaryUrl(base, run), { height: 40, width: 30, displayInIframe: true });
  if (!dialog) return 'none';
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, deps.dialogMs ?? DIALOG_MS));
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    dialog.addEventHandler('dialogMessageReceived', done); // the dialog's 关闭 button
    dialog.addEventHandler('dialogEventReceived', done); // closed with its X
  });
  try {
    dialog.close();
  } catch {
    // already closed
  }
  return 'dialog';
}

/** The ExecuteFunction handler of 「一键重算」: done within `budgetMs` whatever Excel does. */
export async function recalculateCommand(event: CommandEvent, deps: RibbonDeps = {}): Promise<RibbonRun> {
  const budget = deps.budgetMs ?? COMMAND_BUDGET_MS;
  const started = Date.now();
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<RibbonRun>((resolve) => {
      timer = setTimeout(() => {
        const when = (deps.now ?? (() => new Date()))().toISOString();
        resolve({ when, ok: false, title: m.summaryFailedTitle, lines: [m.ribbonTooLong(Math.round(budget / 60000))] });
      }, budget);
    });
    const run = await Promise.race([runRibbonRecalculation(deps), late]).finally(() => clearTimeout(timer));
    const left = budget - (Date.now() - started);
    if (left > 0) await tellOfficer(run, { ...deps, dialogMs: Math.min(deps.dialogMs ?? DIALOG_MS, left) });
    return run;
  } finally {
    event.completed();
  }
}

/** Renders the summary dialog (commands.html#summary=…) with text nodes only. */
export function renderSummaryDialog(doc: Document, hash: string, close: () => void): boolean {
  const m2 = /^#?summary=(.*)$/.exec(hash);
  if (!m2) return false;
  let data: { title?: string; lines?: string[]; ok?: boolean };
  try {
    data = JSON.parse(decodeURIComponent(m2[1])) as typeof data;
  } catch {
    return false;
  }
  const root = doc.getElementById('summary') ?? doc.body;
  const h = doc.createElement('h1');
  h.textContent = String(data.title ?? m.summaryTitle);
  root.appendChild(h);
  const list = doc.createElement('ul');
  for (const line of data.lines ?? []) {
    const li = doc.createElement('li');
    li.textContent = String(line);
    list.appendChild(li);
  }
  root.appendChild(list);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = m.summaryClose;
  button.addEventListener('click', close);
  root.appendChild(button);
  root.removeAttribute('hidden');
  return true;
}

/** Associates the ribbon's functions: at once, when the script is evaluated (not after Office.onReady). */
export function register(office: OfficeLike): void {
  associateAction(office, RECALCULATE_ACTION, (event) => recalculateCommand(event, { office }));
}

/** Page start: the functions are associated now; once Office is ready, the dialog when the hash carries a summary. */
export function start(win: { location: { hash: string }; document: Document }, office: OfficeLike): Promise<void> {
  const dialog = /^#?summary=/.test(win.location.hash);
  if (!dialog) register(office);
  return whenOfficeReady(office).then(() => {
    if (dialog) renderSummaryDialog(win.document, win.location.hash, () => messageParent(office, 'close'));
  });
}

const g = globalThis as unknown as { window?: Window };
const office = officeGlobal();
if (g.window && office) void start(g.window, office);
