// Entry of the task pane bundle: renders the pane at once, without waiting for Office.js to finish
// initialising; after the first paint it loads the engine chunk (scoring core + Office.js layer),
// which starts working once Office is ready. Language: zh-CN, or en when Office's display language is
// English — guessed from the `_host_Info` query Office adds to the page's address, then confirmed
// by Office.context.displayLanguage when Office is ready.

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { hostInfoLanguage, paneStrings } from '../i18n/pane';
import { App } from './App';
import { isDarkColor } from './format';
import type { PaneBackend } from './engineTypes';
import { officeDisplayLanguage, officeGlobal, officeThemeBackground, whenOfficeReady } from '../excel/shell';

/** Performance marks read by bench/taskpane.ts: bundle evaluated, Office ready (App marks its first render). */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
mark('jixiao:bundle-evaluated');

const office = officeGlobal();
const officeReady: Promise<void> = office?.onReady
  ? whenOfficeReady(office).then(() => mark('jixiao:office-ready'))
  : Promise.resolve();

/** Resolves after the browser has painted the first frame (so loading the engine never delays it). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const load = async (): Promise<PaneBackend> => {
  await afterFirstPaint();
  // The scan on open shows scores and problems: fetch their chunks alongside the engine, not after it.
  void import(/* webpackChunkName: "findings" */ './FindingsPanel');
  void import(/* webpackChunkName: "summary" */ './TableSummary');
  const [mod] = await Promise.all([import(/* webpackChunkName: "engine" */ './engine'), officeReady]);
  return mod.createBackend();
};

/** Office's theme (dark, colorful, high contrast): dark when its body background is dark. */
function officeDark(): boolean {
  return isDarkColor(officeThemeBackground(office));
}

function Root() {
  const [language, setLanguage] = useState(() => hostInfoLanguage(window.location.search));
  const [dark, setDark] = useState(false);
  useEffect(() => {
    void officeReady.then(() => {
      const shown = officeDisplayLanguage(office);
      if (shown) setLanguage(shown);
      setDark(officeDark());
    });
  }, []);
  return <App strings={paneStrings(language)} load={load} dark={dark} />;
}

// Rendered synchronously while the bundle runs, so the first paint does not queue behind Office.js's
// own start-up tasks.
const el = document.getElementById('root');
if (el) {
  const root = createRoot(el);
  flushSync(() => root.render(<Root />));
}
