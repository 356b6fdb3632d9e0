// The extra sheets a scored copy gets (the 「自评结果汇总」 sheet), and what the two writers of a copy — in place
// (patchPackage.ts) and exceljs's rewrite (apply.ts) — decide the same way: which sheet of that name the tool wrote
// before, the next free name beside a person's sheet, the column widths, and the formula of a link inside the workbook.

export interface ExtraSheet {
  name: string;
  rows: (string | number | null)[][];
  /** 0-based row/col of a cell in `rows` that links to `target`, e.g. `#'附件3'!H17`. */
  links?: { row: number; col: number; target: string }[];
  /** The first row in bold (and frozen). */
  boldHeader?: boolean;
  /** Number formats of columns (0-based) for the numbers below the header, e.g. rates as '0.00%'. */
  numberFormats?: { col: number; format: string }[];
}

/** Whether `name` is `base` or a numbered one (自评结果汇总(2), given when a person's sheet had the name). */
export function isNumberedName(name: string, base: string): boolean {
  return name === base || (name.startsWith(`${base}(`) && /^\(\d+\)$/.test(name.slice(base.length)));
}

/** `base`, or the first of base(2), base(3) … that no sheet of `names` has (Excel's sheet names ignore letter case). */
export function freeSheetName(base: string, names: string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}(${k})`;
  return name;
}

/**
 * Whether a sheet's first row (`texts`) is the extra sheet's header: how a sheet the tool wrote before (a scored
 * copy checked again) is told from a person's sheet of the same name.
 */
export function hasHeaderOf(texts: string[], extra: ExtraSheet): boolean {
  const header = (extra.rows[0] ?? []).map((v) => String(v ?? ''));
  return texts.join('\u0000') === header.join('\u0000');
}

/** Each column's width: its longest value at two units a character, between 8 and 60. */
export function columnWidths(rows: ExtraSheet['rows']): number[] {
  const cols = rows.reduce((n, row) => Math.max(n, row.length), 0);
  return Array.from({ length: cols }, (_, c) => {
    let width = 8;
    for (const row of rows) {
      const v = row[c];
      if (v !== null && v !== undefined) width = Math.max(width, Math.min(60, String(v).length * 2 + 2));
    }
    return width;
  });
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A link inside the workbook (`#'附件3'!H17`) as a HYPERLINK formula (without '='): a hyperlink relationship would
 * point Excel and LibreOffice at a file.
 */
export function hyperlinkFormula(target: string, text: string): string {
  return `HYPERLINK(${quoted(target)},${quoted(text)})`;
}
