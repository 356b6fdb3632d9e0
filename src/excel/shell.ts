// The Office shell calls the pane's entry and the ribbon's function file make — Office.onReady, the display
// language and theme, dialogs (displayDialogAsync, messageParent), Office.actions.associate — behind the one
// OfficeHost (runner.ts): src/taskpane and src/commands call these, never `Office` itself. Kept free of the
// Excel layer's other modules, so the pane's entry bundle stays small.

/// <reference types="office-js" />

/** A dialog Office opened (Office.Dialog, the part used). */
interface DialogLike {
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
  close(): void;
}

/** A ribbon function's event (Office.AddinCommands.Event, the part used). */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** The part of the `Office` global this add-in uses (injectable for tests: the in-memory host provides one). */
export interface OfficeShell {
  context?: {
    document?: { settings?: Office.Settings };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    ui?: {
      displayDialogAsync?: (url: string, options: unknown, cb: (r: { status: string; value: unknown }) => void) => void;
      messageParent?: (message: string) => void;
    };
  };
  actions?: { associate(name: string, fn: (event: CommandEvent) => unknown): void };
  onReady?: (cb?: () => void) => Promise<unknown>;
}

/** The page's `Office` global, when Office.js is loaded. */
export function officeGlobal(): OfficeShell | undefined {
  const g = globalThis as unknown as { Office?: OfficeShell };
  return g.Office;
}

/** Resolves once Office is ready (at once where Office.js is not loaded). */
export function whenOfficeReady(office: OfficeShell | undefined = officeGlobal()): Promise<void> {
  return office && typeof office.onReady === 'function' ? office.onReady().then(() => undefined) : Promise.resolve();
}

/** Office's display language ('zh-CN', 'en-US'), undefined before Office is ready or outside Office. */
export function officeDisplayLanguage(office: OfficeShell | undefined = officeGlobal()): string | undefined {
  try {
    return office?.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** The body background colour of Office's theme ('#1F1F1F' in the dark theme), undefined when unknown. */
export function officeThemeBackground(office: OfficeShell | undefined = officeGlobal()): string | undefined {
  try {
    return office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

/** Opens a dialog on `url`: the dialog, or null when Office cannot open one here (or refused). */
export function openDialog(
  office: OfficeShell | undefined,
  url: string,
  options: unknown,
): Promise<DialogLike | null> | null {
  const open = office?.context?.ui?.displayDialogAsync;
  if (!open) return null;
  return new Promise<DialogLike | null>((resolve) => {
    open(url, options, (r) => resolve(r.status === 'succeeded' ? (r.value as DialogLike) : null));
  });
}

/** From inside a dialog: a message to the page that opened it. */
export function messageParent(office: OfficeShell | undefined, message: string): void {
  office?.context?.ui?.messageParent?.(message);
}

/** Associates a ribbon function (the manifest's ExecuteFunction name) with its handler. */
export function associateAction(
  office: OfficeShell | undefined,
  name: string,
  fn: (event: CommandEvent) => unknown,
): void {
  office?.actions?.associate(name, fn);
}
