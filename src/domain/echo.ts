// Cell text echoed into what the tool says (findings, reports) is bounded and printable: a 10 MB text cell is quoted
// in at most ECHO_MAX characters, and control characters (exceljs decodes the _x001B_ escapes of a sheet into real
// ESC bytes, which rewrite a terminal) never reach a report. Applied in one place for findings (checkWorkbook) and
// for the text and JSON reports.

/** Longest run of cell text quoted in a message. */
export const ECHO_MAX = 60;
/** Longest message. */
const MESSAGE_MAX = 1000;

/** A run of text between the punctuation the tool's sentences are built with, longer than ECHO_MAX. */
const LONG_RUN = new RegExp(`[^“”「」（）《》()，。；：！？、,;:!?\\n]{${ECHO_MAX + 1},}`, 'gu');

function clipRun(run: string, max: number): string {
  const chars = Array.from(run.length > max * 2 + 2 ? run.slice(0, max * 2 + 2) : run);
  return chars.length > max ? chars.slice(0, max).join('') + '…' : run;
}

/** A cell's text as quoted: at most `max` characters (then '…'), without control characters. */
export function clipEcho(text: string, max = ECHO_MAX): string {
  return stripControl(clipRun(text, max));
}

/** A message with every unbroken run longer than ECHO_MAX cut to ECHO_MAX characters and '…', at most 1000 characters. */
export function clipMessage(message: string): string {
  let m = message.length > MESSAGE_MAX * 4 ? message.slice(0, MESSAGE_MAX * 4) : message;
  m = m.replace(LONG_RUN, (run) => clipRun(run, ECHO_MAX));
  if (m.length > MESSAGE_MAX) m = clipRun(m, MESSAGE_MAX);
  return stripControl(m);
}

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that reorder what is shown
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text without control characters (tab and line feed kept). */
export function stripControl(s: string): string {
  return s.replace(CONTROL, '');
}
