// Reads the current fill of chosen cells with getCellProperties (one request per row run), queued
// into a batch that also does other work: the read batch loads the fills of the tool's earlier
// highlights (to tell its colour from a person's recolouring), the write batch loads the fills about
// to change before changing them (for the snapshot). No sync here.
//
// "No fill" versus a white fill: No Fill reads as color '#FFFFFF' (office-js #6218), and on some hosts
// the pattern is null for every cell, filled or not (#4900). Microsoft's answer there: load
// tintAndShade, null for No Fill and a number for a fill. So every fill read loads color, pattern and
// tintAndShade (FILL_PROPS) and fillOfProps decides from them together.

/// <reference types="office-js" />

import type { Rect } from '../domain/model';
import { cellKey } from '../workbook/plan';
import { bySheet, type CellChange } from '../workbook/prepareWrite';
import { toA1 } from '../domain/address';
import { rectAddress, rowRects } from './address';

export interface FillProbe {
  sheet: string;
  rect: Rect;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** What every read of a cell's fill asks getCellProperties for. */
export const FILL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, tintAndShade: true } },
};

/** Queues reads of the current fill of the given cells (one getCellProperties per row run); in a write batch, before the writes. */
export function queueFillProbes(context: Excel.RequestContext, cells: CellChange[]): FillProbe[] {
  const probes: FillProbe[] = [];
  for (const [sheet, list] of bySheet(cells)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const rect of rowRects(list)) {
      const result = ws.getRange(rectAddress(rect)).getCellProperties(FILL_PROPS);
      probes.push({ sheet, rect, result });
    }
  }
  return probes;
}

/**
 * Fill of one getCellProperties cell: '#RRGGBB', or null for none. A pattern other than 'None' is a
 * fill and 'None' is none; without a pattern, tintAndShade decides (null: No Fill, a number: a fill);
 * with neither, a colour other than white is a fill and white is taken for none.
 */
export function fillOfProps(p: Excel.CellProperties | undefined): string | null {
  const fill = p?.format?.fill;
  if (!fill || !fill.color) return null;
  const color = fill.color.toUpperCase();
  if (fill.pattern) return fill.pattern === 'None' ? null : color;
  if (typeof fill.tintAndShade === 'number') return color;
  if (fill.tintAndShade === null) return null;
  return color === '#FFFFFF' ? null : color;
}

/** 'Sheet!H17' → fill read by the probes (after their sync). */
export function probedFills(probes: FillProbe[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of probes) {
    const rows = p.result.value;
    for (let r = p.rect.top; r <= p.rect.bottom; r++) {
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        out.set(cellKey(p.sheet, toA1(r, c)), fillOfProps(rows[r - p.rect.top]?.[c - p.rect.left]));
      }
    }
  }
  return out;
}
