// The vocabulary between the parser's stages: what the reader (reader.ts) hands the interpreter (interpret.ts).
// Every token is a plain, read-only value: made by the reader, never changed afterwards, safe to cache and share.

import type { Comparator, Unit } from '../types';

/** A comparator as written; 'equal' for =, 等于. */
export type Cmp = Comparator | 'equal';

/** A unit as read from text: value = written number × 10^exp. Shared and read-only. */
export interface UnitRead {
  readonly unit: Unit;
  /** Total power of ten (万元 → 4, 亿元 → 8, % → -2, ‰ → -3). */
  readonly exp: number;
  /** The multiplier part of exp (万 → 4), so '1-2万元' can lend 万 to the bare '1'. */
  readonly mult: number;
  /** Days per unit for time words (天/工作日 → 1, 小时 → 1/24), 0 otherwise. */
  readonly days: number;
  readonly workdays: boolean;
  /** A unit word was written (a bare multiplier such as '2.5万' is not a unit). */
  readonly written: boolean;
}

export function makeUnit(
  unit: Unit,
  exp: number,
  mult: number,
  days: number,
  workdays: boolean,
  written: boolean,
): UnitRead {
  return Object.freeze({ unit, exp, mult, days, workdays, written });
}

/** A unit word read at a position of the text, and where it ends. */
export interface UnitToken {
  readonly unit: UnitRead;
  readonly end: number;
}

/** A written number as an exact decimal: mant × 10^-dec (big holds the digits when mant would lose precision). */
export interface NumberToken {
  readonly mant: number;
  readonly dec: number;
  readonly big: string;
  readonly neg: boolean;
  readonly unit: UnitRead;
  /** Index after the unit. */
  readonly end: number;
}

/**
 * The tokens of a value phrase: [prefix][comparator][number][unit][以上/以下/内][range or second bound][text].
 */
export interface Reading {
  /** Where the first number (with its sign) starts: the length of the text before it. */
  readonly prefixEnd: number;
  readonly first: NumberToken;
  /** Second bound: a range '60%-80%' or '≥60%且≤80%'. */
  readonly second: NumberToken | undefined;
  /** Comparator of the first (or only) number. */
  readonly cmp: Cmp | undefined;
  /** Comparator of the second number when written with one. */
  readonly cmp2: Cmp | undefined;
  /** first–second is a range written with a separator. */
  readonly range: boolean;
}
