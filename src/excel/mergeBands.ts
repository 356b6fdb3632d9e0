// Merged areas read in row bands. getMergedAreasOrNullObject fails when the range holds more than 512
// merged areas (Range reference), and returns each merged area whose top-left cell lies in the range,
// whole, not clipped to it (office-js #3611, "by design"): so a sheet's merges are read in row bands
// that each hold at most 512 top-left cells whatever the merges are, and every merge is returned by
// exactly one band — the one holding its top-left cell (kept that way below even from a host that
// returned every area meeting the band).
//
// A band of R rows and C columns holds at most C·(R+1)/2 merged areas (each covers two cells or more;
// only the band's last row can hold the top of a merge that leaves it), so R = 1024/C − 1 rows are
// always safe. A band that fails anyway (a host with a lower limit, a row wider than 1023 columns) is
// halved and read again.

/// <reference types="office-js" />

import type { Rect } from '../domain/model';
import { parseRangeAddress, rectAddress } from './address';

/** Most merged areas one getMergedAreasOrNullObject call may return. */
const MERGED_AREAS_LIMIT = 512;
/** More bands than this on one sheet (a used range formatted far down) are read larger, optimistically. */
export const MAX_BANDS_PER_SHEET = 64;

export interface MergeBand {
  sheet: string;
  rect: Rect;
}

interface MergeRequest {
  band: MergeBand;
  areas: Excel.RangeAreas;
}

/** Rows per band that can never hold more than MERGED_AREAS_LIMIT merged areas, for `cols` columns. */
export function safeBandRows(cols: number): number {
  return Math.max(1, Math.floor((2 * MERGED_AREAS_LIMIT) / Math.max(1, cols)) - 1);
}

/** Row bands covering `region` (a sheet's used range), at most MAX_BANDS_PER_SHEET of them. */
export function mergeBands(sheet: string, region: Rect): MergeBand[] {
  const rows = region.bottom - region.top + 1;
  const cols = region.right - region.left + 1;
  let per = safeBandRows(cols);
  if (Math.ceil(rows / per) > MAX_BANDS_PER_SHEET) per = Math.ceil(rows / MAX_BANDS_PER_SHEET);
  const out: MergeBand[] = [];
  for (let top = region.top; top <= region.bottom; top += per) {
    out.push({ sheet, rect: { ...region, top, bottom: Math.min(region.bottom, top + per - 1) } });
  }
  return out;
}

/** Splits a band into its two halves by rows (a one-row band cannot be split: null). */
export function halveBand(band: MergeBand): [MergeBand, MergeBand] | null {
  const { top, bottom } = band.rect;
  if (top === bottom) return null;
  const mid = top + Math.floor((bottom - top + 1) / 2) - 1;
  return [
    { sheet: band.sheet, rect: { ...band.rect, bottom: mid } },
    { sheet: band.sheet, rect: { ...band.rect, top: mid + 1 } },
  ];
}

/** Queues the merged-area read of each band (no sync). */
export function requestMerges(worksheet: (name: string) => Excel.Worksheet, bands: MergeBand[]): MergeRequest[] {
  return bands.map((band) => {
    const areas = worksheet(band.sheet).getRange(rectAddress(band.rect)).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    return { band, areas };
  });
}

/** The merges each band returned (after the sync), each merge once: from the band holding its top-left cell. */
export function collectMerges(requests: MergeRequest[]): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  const seen = new Set<string>();
  for (const { band, areas } of requests) {
    if (areas.isNullObject) continue;
    for (const area of areas.areas.items) {
      const p = parseRangeAddress(area.address);
      if (!p) continue;
      const m = p.rect;
      const inBand =
        m.top >= band.rect.top && m.top <= band.rect.bottom && m.left >= band.rect.left && m.left <= band.rect.right;
      const key = `${band.sheet}!${rectAddress(m)}`;
      if (!inBand || seen.has(key)) continue;
      seen.add(key);
      const list = out.get(band.sheet) ?? [];
      list.push(m);
      out.set(band.sheet, list);
    }
  }
  return out;
}

/**
 * Whether a failed sync failed on a merged-area read: Excel names the method in debugInfo.errorLocation.
 * The error code of the 512 limit is not documented; without a location, a GeneralException in a sync
 * that read merged areas (`mergesInSync`) is taken for it.
 */
export function isMergedAreasFailure(e: unknown, mergesInSync: boolean): boolean {
  const err = e as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const location = err?.debugInfo?.errorLocation;
  if (typeof location === 'string' && location) return /getMergedAreas/i.test(location);
  return mergesInSync && err?.code === 'GeneralException';
}
