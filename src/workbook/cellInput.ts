// What to put in Range.values / Range.formulas so a cell ends up holding exactly the given value.
//
// Office.js parses strings written to `values` the way Excel parses typing: text that starts with
// '=', '+', '-' or '@' becomes a formula (the Range.values documentation says so), and text that looks
// like a number, percentage, currency amount, date, time, fraction, TRUE/FALSE or an error literal
// (#N/A …) is converted — East Asian Excel also reads full-width forms (１２３, ９５％) as numbers.
// Excel's own answer, as when typing, is a leading apostrophe: "'#N/A" stores the text "#N/A" (the
// apostrophe is Excel's prefix character, not part of the value, and the cell's number format is left
// alone). We use that rather than switching the cell to the text format '@', which would change the
// cell's format. Plain words are written as they are.

const FORMULA_START = /^[=+\-@]/;
// Numbers as Excel accepts them typed: 98, -1.5, 1,234.5, 12%, 1e5, (12), ¥5, $5, with spaces around.
const NUMBER_LIKE = /^\s*[(]?\s*[$¥￥€£]?\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?\s*%?\s*[)]?\s*$/i;
// Dates and times Excel converts on input: 2023-1-5, 2023/01/05, 1/5, 1-5, 5-Jan, 12:30, 2023年1月5日.
const DATE_LIKE =
  /^\s*(\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}[-/ ][A-Za-z]{3,}\.?([-/ ]\d{2,4})?|\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?|(\d{4}年)?\d{1,2}月(\d{1,2}日)?)\s*$/;
// Fractions typed with a whole part: 1 1/4 (a bare 1/4 is DATE_LIKE).
const FRACTION_LIKE = /^\s*\d+\s+\d+\/\d+\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const ERROR_LIKE =
  /^\s*#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)\s*$/i;

/** True when Excel would not store this string as the same text if it were written as is. */
export function needsTextPrefix(s: string): boolean {
  if (s === '') return false;
  if (s.startsWith("'")) return true;
  // Full-width digits, signs and punctuation count as their ASCII forms.
  const t = s.normalize('NFKC');
  return (
    FORMULA_START.test(s) ||
    FORMULA_START.test(t.trimStart()) ||
    NUMBER_LIKE.test(t) ||
    DATE_LIKE.test(t) ||
    FRACTION_LIKE.test(t) ||
    BOOLEAN_LIKE.test(t) ||
    ERROR_LIKE.test(t)
  );
}

/** Value to assign in `values` (or as a constant in `formulas`) so the cell holds exactly `v`. */
export function toCellInput(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}
