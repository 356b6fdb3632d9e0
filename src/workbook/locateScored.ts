// Builds one 附件2/附件3 table around an indicator header: the indicator rows down to the 总分 row, and
// above the header (up to the previous table) the title, name rows, budget block and 年度总体目标. A budget
// block not above the header may stand beside the table, to the right of its columns.

import type { IndicatorColumns, IndicatorRow, Rect, ScoredTable, TableForm, TotalRow } from '../domain/model';
import type { Finding, FindingParams, Slot } from '../domain/types';
import { displayText, normalizeText } from '../domain/text';
import { readBudgetBlock } from './budgetBlock';
import { dropSubtotalRows, markParentRows } from './rowParts';
import { markSharedScores } from './sharedScores';
import { toA1 } from './grid';
import {
  attachmentNumber,
  headerKey,
  isAchievedGoalHeader,
  isExpectedGoalHeader,
  isFooter,
  isHintToken,
  isGoalsLabel,
  isGradeLabel,
  isHeadTotalLabel,
  isPlaceholderName,
  isSubtotalLabel,
  isTotalLabel,
  nameLabel,
  splitPoints,
  type IndicatorRole,
  type NameLabel,
} from './headers';
import type { IndicatorHeader, RoleSpan } from './indicatorHeaders';
import { cellText, isBlankText, makeSlot, type MergedView } from './mergedView';
import { labelPart, moneyUnitIn, type AnchorMap, type Band, type IndexedCell, type SheetIndex } from './sheetIndex';

/** Blank rows inside a body after which the table is taken to have ended. */
const MAX_BLANK_ROWS = 10;
/** Rows above a header searched for its parts when the table has no title. */
const UNTITLED_LOOKBACK = 40;
/** Blank rows above an untitled table's header after which what lies above is not part of it (a report, notes). */
const UNTITLED_MAX_GAP = 2;
/** Blank rows before a copied header row (a page break) for it still to continue the table above. */
const REPEAT_MAX_GAP = 2;
/** Blank rows inside a budget block beside the table after which the block is taken to have ended. */
const BESIDE_MAX_GAP = 1;
/** An unlabelled last row whose 分值 is at least this is the 总分 row. */
const UNLABELLED_TOTAL_MIN = 60;

/** The roles read on every indicator row, in this order; the first five are every table's (name … score). */
const BODY_ROLES: IndicatorRole[] = [
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'targetNature',
  'unit',
  'note',
  'criteria',
];
const [NAME, TARGET, ACTUAL, WEIGHT, SCORE, NATURE, UNIT, NOTE, CRITERIA] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const SCORED_ROLES = 5;
/** Columns holding values: an indicator's name and levels are in the columns left of the first of them. */
const VALUE_COLUMN_ROLES: IndicatorRole[] = ['target', 'actual', 'weight', 'score', 'targetNature', 'criteria'];
/** Rows above a table's top searched for a note giving the budget block's points. */
const NOTE_LOOKBACK = 3;

/** What a header's columns make of its table: a TableForm, or 'weightless' (a scored table without 分值, see ScoredTable). */
export type BuildForm = TableForm | 'weightless';

/** The points a label or note gives the budget block: 预算执行情况（10分）, 注：预算执行率权重20分. */
const BUDGET_POINTS_RE = /(?:预算|资金)?执行(?:率|情况)\D{0,8}?(\d+(?:\.\d+)?)分/;

function numberIn(slot: Slot | undefined): number | null {
  if (!slot) return null;
  const v = slot.cell.value;
  if (typeof v === 'number') return v;
  const s = normalizeText(cellText(slot.cell));
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

const isBlankSlot = (slot: Slot | undefined) => !slot || isBlankText(cellText(slot.cell));
const isAmountHeader = (c: IndexedCell) => c.budget === 'initial' || c.budget === 'fullYear' || c.budget === 'executed';

/** A 分值/得分 cell's content: a number, or text such as '10', '１０　', '5分'. */
function isScoreLike(value: unknown, norm: string): boolean {
  return typeof value === 'number' || /^[-+]?\d+(\.\d+)?分?$/.test(norm);
}

/** True when the row has a number in the header's 分值 or 得分 columns (cells starting there, merges not followed). */
export function hasScoreCells(index: SheetIndex, header: IndicatorHeader, row: number): boolean {
  const spans = [header.roles.weight, header.roles.score].filter((s): s is RoleSpan => s !== undefined);
  return index
    .cells(row)
    .some(
      (c) =>
        spans.some((s) => c.col >= s.col && c.col <= s.right) &&
        isScoreLike(index.view.grid.cells[c.row]?.[c.col]?.value, c.norm),
    );
}

/** Same indicator columns: a header row copied further down the same table. */
function sameColumns(a: IndicatorHeader, b: IndicatorHeader): boolean {
  return (['name', 'target', 'actual', 'weight', 'score'] as const).every((r) => a.roles[r]?.col === b.roles[r]?.col);
}

/** The header's band widened left over a side label such as 绩效指标 (merged down the first column). */
export function headerBand(index: SheetIndex, header: IndicatorHeader): Band {
  let left = header.left;
  for (let c = header.left - 1; c >= Math.max(0, header.left - 2); c--) {
    const a = index.view.anchor(header.row, c);
    const cell = index.cells(a.row).find((x) => x.col === a.col);
    // a side label merged down the indicator rows is part of the table even when it names a column (…完成情况)
    if (!cell || (cell.indicator && cell.bottom <= header.lastRow)) break;
    left = c;
  }
  return { left, right: header.right };
}

interface ScoredBuild {
  table: ScoredTable;
  findings: Finding[];
  title?: IndexedCell;
  /** Header rows copied inside the body (page breaks), read as part of this table. */
  repeats: IndicatorHeader[];
}

/**
 * Builds the table of `header`; regionTop is the first row not used by a table above it. `headerAt` gives
 * another indicator header starting on a row over the same columns, if any.
 */
export function buildScoredTable(
  index: SheetIndex,
  header: IndicatorHeader,
  band: Band,
  regionTop: number,
  anchors: AnchorMap,
  headerAt?: (row: number) => IndicatorHeader | undefined,
  form: BuildForm = 'scored',
): ScoredBuild {
  const sheet = index.name;
  const body = readBody(index, header, band, anchors, headerAt, form);
  const title = findTitle(index, band, regionTop, header.row);
  const top = title
    ? title.row
    : untitledTop(index, band, Math.max(regionTop, header.row - UNTITLED_LOOKBACK), header.row);
  const upper = readUpper(index, band, top, header.row);
  if (!upper.budgetArea) readBesideBudget(index, band, top, body.bottom, anchors, upper);
  if (upper.budget) {
    // 预算执行情况（10分） beside the block, or a note above the table (注：预算执行率分值15分)
    const declared = declaredBudgetPoints(index, band, Math.max(regionTop, top - NOTE_LOOKBACK), header.row - 1);
    if (declared) upper.budget.declaredWeight = declared;
  }

  const kind = kindOf(title, upper);
  const columns = columnsOf(header.roles, form);
  const rect: Rect = { top: header.row, left: band.left, bottom: body.bottom, right: band.right };
  const widen = (row: number, left: number, right: number) => {
    rect.top = Math.min(rect.top, row);
    rect.left = Math.min(rect.left, left);
    rect.right = Math.max(rect.right, right);
  };
  if (title) widen(title.row, title.col, title.right);
  for (const n of upper.names) widen(n.label.row, n.label.col, n.label.right);
  if (upper.budgetArea) widen(upper.budgetArea.top, upper.budgetArea.left, upper.budgetArea.right);
  if (upper.goalsRow !== undefined) widen(upper.goalsRow, band.left, band.right);

  const own = upper.names.find((n) => n.kind === (kind === 'project' ? 'project' : 'department'));
  const name = own?.value ?? '';
  const implementerRow = upper.names.find((n) => n.kind === 'implementer');
  const implementer = implementerRow?.value;
  const titleText = title ? displayText(title.text) : '';
  const year = yearOf(title?.norm) ?? (title ? subtitleYear(index, band, title.bottom + 1, header.row) : undefined);

  const table: ScoredTable = {
    kind,
    id: `${sheet}!${toA1(rect.top, rect.left)}`,
    sheet,
    range: rect,
    title: titleText,
    name,
    columns,
    indicators: body.rows,
  };
  if (form === 'weightless') table.weightsUnknown = true;
  else if (form !== 'scored') table.form = form;
  if (own?.slot) table.nameSlot = own.slot;
  if (year !== undefined) table.year = year;
  // a project's unit is its 实施单位: its 主管部门 is often the body above the department (岳阳市人民政府), so
  // standing in for a blank 实施单位 it would make the project look like another department's
  const department = kind === 'department' ? name || undefined : implementer || undefined;
  if (department) table.department = department;
  if (kind === 'project' && implementer && implementerRow?.slot) table.departmentCell = implementerRow.slot.address;
  if (upper.budget) {
    table.budget = upper.budget;
    // 金额单位：元 above the table, where the block's own header names no unit
    upper.budget.unit ??= moneyUnitIn(index, top, header.row, { left: band.left, right: band.right + 2 });
  }
  if (upper.goals) table.goals = upper.goals;
  // a 项目总得分 written in the table's head: the recorded total where no 总分 row is under the indicators, else checked too
  const head = headTotal(index, band, top, header.row);
  if (head && !body.total) body.total = { row: head.row, score: head };
  else if (head) table.headTotal = head;
  if (body.total) table.total = body.total;
  // 等级 not beside the 总分 row: written in the table's head (评价等级 | 优 above the indicators)
  const headGrade = table.total?.grade ? undefined : gradeIn(index, band, top, header.row - 1);
  if (headGrade) table.total = { ...(table.total ?? { row: headGrade.row }), grade: headGrade };

  const findings: Finding[] = [];
  const headerCell = toA1(header.row, header.left);
  const incomplete = (cell: string, params: FindingParams['table-incomplete']): Finding => ({
    severity: 'warning',
    code: 'table-incomplete',
    sheet,
    cell,
    params,
    table: table.id,
  });
  if (!body.rows.length) findings.push(incomplete(headerCell, { reason: 'noIndicatorRows', kind, name }));
  else if (!body.total && form !== 'unscored') {
    const below = toA1(body.bottom + 1, header.left);
    findings.push(incomplete(below, { reason: 'noTotalRow', kind, name }));
  }
  return { table, findings, title, repeats: body.repeats };
}

/** The first row of an untitled table: rows above its header that follow on without a gap of blank rows. */
function untitledTop(index: SheetIndex, band: Band, from: number, headerRow: number): number {
  let top = headerRow;
  const rows = index.rowsBetween(from, headerRow - 1);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!index.cellsIn(rows[i], band).length) continue;
    if (top - rows[i] - 1 > UNTITLED_MAX_GAP) break;
    top = rows[i];
  }
  return top;
}

/** The columns of the grid; a role the form lacks takes the column its blank stand-in sits in (see TableForm). */
function columnsOf(roles: Partial<Record<IndicatorRole, RoleSpan>>, form: BuildForm): IndicatorColumns {
  const actual = roles.actual?.col ?? roles.score!.col;
  const weight = roles.weight?.col ?? (form === 'weightless' ? roles.score!.col : actual);
  const columns: IndicatorColumns = {
    name: roles.name!.col,
    target: roles.target?.col ?? roles.criteria?.col ?? weight,
    actual,
    weight,
    score: roles.score?.col ?? (form === 'unscored' ? actual : weight),
  };
  for (const r of ['level1', 'level2', 'targetNature', 'unit', 'note', 'criteria'] as const) {
    if (roles[r]) columns[r] = roles[r].col;
  }
  return columns;
}

// ---- below the header: indicator rows and the 总分 row ----

interface Body {
  rows: IndicatorRow[];
  total?: TotalRow;
  bottom: number;
  repeats: IndicatorHeader[];
}

function readBody(
  index: SheetIndex,
  header: IndicatorHeader,
  band: Band,
  anchors: AnchorMap,
  headerAt?: (row: number) => IndicatorHeader | undefined,
  form: BuildForm = 'scored',
): Body {
  const reader = new BodyReader(index, header, band, form);
  const rows = reader.rows;
  const repeats: IndicatorHeader[] = [];
  let blank = 0;
  const rowCount = index.rowCount;
  for (let row = header.lastRow + 1; row < rowCount; row++) {
    if (anchors.hits(row, band)) {
      const again = rows.length && blank <= REPEAT_MAX_GAP ? headerAt?.(row) : undefined;
      if (!again || !sameColumns(again, header)) break;
      repeats.push(again); // the header copied at a page break: the table goes on below it
      row = again.lastRow;
      blank = 0;
      continue;
    }
    const cells = index.cellsIn(row, band);
    if (!cells.length) {
      if (++blank > MAX_BLANK_ROWS) break;
      continue;
    }
    blank = 0;
    if (!reader.readRow(row, cells)) break;
  }
  dropSubtotalRows(rows);
  markSharedScores(rows);
  markParentRows(rows);
  return { rows, total: reader.total, bottom: reader.bottom, repeats };
}

/**
 * Reads indicator rows one at a time (the per-row work of readBody, kept in methods rather than closures
 * so each piece is compiled once, small, and not re-created for every table).
 */
class BodyReader {
  readonly rows: IndicatorRow[] = [];
  total: TotalRow | undefined = undefined;
  bottom: number;
  private readonly view: MergedView;
  private readonly roles: IndicatorHeader['roles'];
  private readonly firstValueCol: number;
  /** Left of this column a 总分 label ends the table: the first value column, or — where the form writes its
   *  总分 label in the 实际完成值 column beside the points (永德: 其他需要说明事项 | 无 | 总分 | 100 | 96 | 良) —
   *  the 分值/得分 column. */
  private readonly totalLabelBefore: number;
  private level1: { name: string; points?: number; slot?: Slot } = { name: '' };
  private level2 = '';
  private level2Address = '';

  constructor(
    private readonly index: SheetIndex,
    header: IndicatorHeader,
    private readonly band: Band,
    private readonly form: BuildForm = 'scored',
  ) {
    this.view = index.view;
    this.roles = header.roles;
    this.bottom = header.lastRow;
    let first = Infinity;
    for (const r of VALUE_COLUMN_ROLES) {
      const col = this.roles[r]?.col;
      if (col !== undefined && col < first) first = col;
    }
    this.firstValueCol = first;
    this.totalLabelBefore = this.roles.weight?.col ?? this.roles.score?.col ?? first;
  }

  /** The slot of a role in a row: the first non-blank cell under the header's span, else its first column. */
  readonly slotOf = (row: number, role: IndicatorRole): Slot | undefined => {
    const span = this.roles[role];
    if (!span) return undefined;
    return this.view.slot(row, this.firstFilled(row, span));
  };

  /** The column under a header span holding the row's value: the first non-blank one, else the first. */
  private firstFilled(row: number, span: RoleSpan): number {
    if (span.right > span.col) for (let c = span.col; c <= span.right; c++) if (!this.view.isBlank(row, c)) return c;
    return span.col;
  }

  /** Where a 一级/二级 value shown in a row sits, undefined when the row's cell is blank. */
  private levelAt(row: number, role: 'level1' | 'level2'): { address: string; col: number } | undefined {
    const span = this.roles[role];
    if (!span) return undefined;
    const col = this.firstFilled(row, span);
    const text = cellText(this.view.cell(row, col));
    return isBlankText(text) ? undefined : { address: this.view.address(row, col), col };
  }

  /** Reads one non-blank body row; false when the table ends at it. */
  readRow(row: number, cells: IndexedCell[]): boolean {
    const { view, firstValueCol, totalLabelBefore } = this;
    if (isFooter(cells[0].norm) || attachmentNumber(cells[0].norm) !== undefined) return false;
    if (cells.some((c) => c.col < totalLabelBefore && isTotalLabel(c.key))) {
      const total = (this.total = readTotal(this.index, this.band, row, this.slotOf));
      this.bottom = total.grade && total.grade.row > row ? total.grade.row : row;
      return false;
    }

    // 一级/二级: a merged cell is read once; a blank cell carries the last value down
    const l1 = this.levelAt(row, 'level1');
    if (l1 && l1.address !== this.level1.slot?.address) {
      const slot = view.slot(row, l1.col);
      const split = splitPoints(normalizeText(cellText(slot.cell)));
      if (split.name !== this.level1.name) {
        this.level2 = '';
        this.level2Address = '';
      }
      this.level1 = { name: split.name, points: split.points, slot };
    }
    const l2 = this.levelAt(row, 'level2');
    if (l2 && l2.address !== this.level2Address) {
      this.level2 = normalizeText(cellText(view.cell(row, l2.col)));
      this.level2Address = l2.address;
    }

    if (cells.some((c) => c.col < firstValueCol && isSubtotalLabel(c.key))) return true; // 小计 of a 一级指标
    // the row's slots and which of them are blank, each read at one call site
    const slots: (Slot | undefined)[] = [];
    for (let i = 0; i < BODY_ROLES.length; i++) slots.push(this.slotOf(row, BODY_ROLES[i]));
    if (this.form !== 'scored') standIns(slots, this.form);
    const empty: boolean[] = [];
    for (let i = 0; i < SCORED_ROLES; i++) empty.push(isBlankSlot(slots[i]));
    const nameSlot = slots[NAME]!;
    if (
      empty[TARGET] &&
      empty[ACTUAL] &&
      empty[WEIGHT] &&
      empty[SCORE] &&
      isPlaceholderName(normalizeText(cellText(nameSlot.cell)))
    ) {
      return true; // '……', '指标1：'
    }
    // a row of column numbers under the header ('① ② ③ ④', 'A B C D=C/B') with no indicator name
    if (
      empty[NAME] &&
      slots.every((s, i) => i >= SCORED_ROLES || empty[i] || (s !== undefined && isHintToken(cellText(s.cell))))
    )
      return true;
    if (empty[NAME] && empty[TARGET] && empty[ACTUAL]) {
      if (empty[WEIGHT]) return true; // a row naming only its 一级/二级 group, or a spacer
      const w = numberIn(slots[WEIGHT]);
      if (w !== null && w >= UNLABELLED_TOTAL_MIN && this.rows.length) {
        this.total = readTotal(this.index, this.band, row, this.slotOf);
        this.bottom = row;
        return false;
      }
    }
    const level1 = this.level1;
    const indicator: IndicatorRow = {
      row,
      level1: level1.name,
      level2: this.level2,
      name: displayText(cellText(nameSlot.cell)),
      nameSlot,
      target: slots[TARGET]!,
      actual: slots[ACTUAL]!,
      weight: slots[WEIGHT]!,
      score: slots[SCORE]!,
    };
    if (level1.points !== undefined) indicator.level1Points = level1.points;
    if (level1.slot) indicator.level1Slot = level1.slot;
    const nature = slots[NATURE];
    if (nature) indicator.targetNature = nature;
    const unit = slots[UNIT];
    if (unit) indicator.unit = unit;
    const note = slots[NOTE];
    if (note) indicator.note = note;
    const criteria = slots[CRITERIA];
    if (criteria) indicator.criteria = criteria;
    this.rows.push(indicator);
    this.bottom = row;
    return true;
  }
}

/** A blank cell standing in for a column the form lacks, at the cell of the column it sits in. */
function blankAt(slot: Slot): Slot {
  return makeSlot(slot.row, slot.col, { value: null, text: '' });
}

/** Fills the slots of the roles an unscored table or a scorecard lacks with blank stand-ins (see TableForm). */
function standIns(slots: (Slot | undefined)[], form: BuildForm): void {
  if (form === 'weightless') {
    slots[WEIGHT] = pointsIn(slots[NAME]!) ?? blankAt(slots[SCORE]!);
    return;
  }
  if (form === 'unscored') {
    const at = blankAt(slots[ACTUAL]!);
    slots[WEIGHT] = at;
    slots[SCORE] = at;
    return;
  }
  slots[WEIGHT] ??= pointsIn(slots[NAME]!) ?? blankAt(slots[SCORE]!);
  slots[ACTUAL] ??= blankAt(slots[SCORE]!);
  slots[TARGET] ??= slots[CRITERIA] ?? blankAt(slots[WEIGHT]);
}

/** The points a name gives (相关性（5分）) as a weight cell at the name's address, for a 得分表 without a 分值 column. */
function pointsIn(name: Slot): Slot | undefined {
  const points = splitPoints(normalizeText(cellText(name.cell))).points;
  return points === undefined ? undefined : makeSlot(name.row, name.col, { value: points, text: String(points) });
}

function readTotal(
  index: SheetIndex,
  band: Band,
  row: number,
  slotOf: (row: number, role: IndicatorRole) => Slot | undefined,
): TotalRow {
  const total: TotalRow = { row };
  const weight = slotOf(row, 'weight');
  const score = slotOf(row, 'score');
  if (weight) total.weight = weight;
  if (score) total.score = score;
  const note = slotOf(row, 'note');
  if (note) total.note = note;
  // 等级 in the 总分 row or the row below it: the cell after its label, or '等级：优' in one cell
  for (const r of [row, row + 1]) {
    const cells = index.cellsIn(r, band);
    if (r > row && cells.some((c) => isTotalLabel(c.key) || c.indicator)) break;
    const grade = gradeOnRow(index, band, r, cells);
    if (grade) {
      total.grade = grade;
      break;
    }
  }
  // no 等级 label: a bare grade word right of the 得分 in the 总分 row (… | 100 | 96 | 良) is the grade, not a note
  const after = score?.col ?? weight?.col;
  if (!total.grade && after !== undefined) {
    const bare = index.cellsIn(row, band).find((c) => c.col > after && isGradeWord(c.key));
    if (bare) {
      total.grade = index.view.slot(row, bare.col);
      if (total.note && total.note.col === bare.col) delete total.note;
    }
  }
  return total;
}

/** A cell holding only a grade: 优, 良, 中, 差 and their long forms. */
function isGradeWord(key: string): boolean {
  return /^(优|良|中|差|优秀|良好|中等|较差|合格|不合格)$/.test(key);
}

/**
 * The grade a row gives: '等级：优' in one cell, or the first filled cell right of a 等级 label (cells between may be
 * blank: the label and the grade need not be neighbours), else the cell right after the label.
 */
function gradeOnRow(index: SheetIndex, band: Band, r: number, cells: IndexedCell[]): Slot | undefined {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const label = labelPart(c.key);
    if (!isGradeLabel(label)) continue;
    if (label !== c.key) return index.view.slot(r, c.col);
    const next = cells[i + 1];
    if (next) return index.view.slot(r, next.col);
    return c.right + 1 <= band.right ? index.view.slot(r, c.right + 1) : undefined;
  }
  return undefined;
}

/** A grade written with its label in rows top..bottom (the table's head), only where a value stands beside the label. */
function gradeIn(index: SheetIndex, band: Band, top: number, bottom: number): Slot | undefined {
  for (const r of index.rowsBetween(top, bottom)) {
    const cells = index.cellsIn(r, band);
    const slot = gradeOnRow(index, band, r, cells);
    if (slot && !isBlankSlot(slot)) return slot;
  }
  return undefined;
}

// ---- above the header: title, name rows, budget block, 年度总体目标 ----

/** The nearest 附件2/附件3 title above a header, between `from` and the header, over the header's columns. */
export function findTitle(index: SheetIndex, band: Band, from: number, headerRow: number): IndexedCell | undefined {
  const titles = index.titles; // in row order
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[mid].row < headerRow) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && titles[i].row >= from; i--) {
    const t = titles[i];
    if (t.title !== 'basic' && t.col <= band.right && t.right >= band.left) return t;
  }
  return undefined;
}

interface NameRow {
  kind: NameLabel;
  label: IndexedCell;
  value?: string;
  slot?: Slot;
}

interface Upper {
  names: NameRow[];
  budget?: ScoredTable['budget'];
  /** The block's header row and columns (the table's band for a block above the header). */
  budgetArea?: { top: number; left: number; right: number };
  goals?: ScoredTable['goals'];
  goalsRow?: number;
  attachment?: number;
}

function readUpper(index: SheetIndex, band: Band, top: number, headerRow: number): Upper {
  const upper: Upper = { names: [] };
  let budgetHeader: number | undefined;
  for (const row of index.rowsBetween(top, headerRow - 1)) {
    const cells = index.cellsIn(row, band);
    let amountHeaders = 0;
    cells.forEach((c, i) => {
      if (!c.key) return;
      const kind = nameLabel(labelPart(c.key));
      if (kind)
        for (const n of nameRows(index, band, cells, i, kind))
          if (!upper.names.some((x) => x.kind === n.kind)) upper.names.push(n);
      if (isAmountHeader(c)) amountHeaders++;
      if (upper.goalsRow === undefined && isGoalsLabel(c.key)) upper.goalsRow = row;
      const n = attachmentNumber(c.norm);
      if (n !== undefined) upper.attachment = n;
    });
    if (budgetHeader === undefined && amountHeaders >= 2) budgetHeader = row;
  }
  if (budgetHeader !== undefined) {
    const end = upper.goalsRow !== undefined && upper.goalsRow > budgetHeader ? upper.goalsRow - 1 : headerRow - 1;
    const read = readBudgetBlock(index, band, budgetHeader, end);
    if (read.block) upper.budget = read.block;
    upper.budgetArea = { top: budgetHeader, left: band.left, right: band.right };
  }
  if (upper.goalsRow !== undefined) upper.goals = readGoals(index, band, upper.goalsRow, headerRow - 1);
  return upper;
}

/** The number beside a 项目总得分 / 自评得分 label above the indicator header (the table's head), if any. */
function headTotal(index: SheetIndex, band: Band, top: number, headerRow: number): Slot | undefined {
  for (const row of index.rowsBetween(top, headerRow - 1)) {
    const cells = index.cellsIn(row, band);
    for (let i = 0; i + 1 < cells.length; i++) {
      if (!isHeadTotalLabel(cells[i].key)) continue;
      const slot = index.view.slot(row, cells[i + 1].col);
      if (numberIn(slot) !== null) return slot;
    }
  }
  return undefined;
}

/** The budget block's points written in a label or note above the indicator header (预算执行情况（10分）). */
function declaredBudgetPoints(
  index: SheetIndex,
  band: Band,
  top: number,
  bottom: number,
): { points: number; slot: Slot } | undefined {
  for (const row of index.rowsBetween(top, bottom)) {
    for (const c of index.cellsIn(row, band)) {
      if (c.norm.length > 60) continue;
      const m = BUDGET_POINTS_RE.exec(c.norm);
      if (m) return { points: Number(m[1]), slot: index.view.slot(c.row, c.col) };
    }
  }
  return undefined;
}

/**
 * A budget block standing beside the table instead of above its header: a 年初预算数/全年预算数/全年执行数
 * header right of the table's columns, on a row of its upper part or alongside its indicator rows (top to
 * bottom). A block with an anchor under it in its columns before the table ends (an indicator header,
 * 年度总体目标, a name row, a title) heads another table standing beside this one and is not read.
 */
function readBesideBudget(
  index: SheetIndex,
  band: Band,
  top: number,
  bottom: number,
  anchors: AnchorMap,
  upper: Upper,
): void {
  for (const row of index.rowsBetween(top, bottom)) {
    const area = besideHeader(index, band, row);
    if (!area) continue;
    const below = index.rowsBetween(row + 1, bottom);
    if (below.some((r) => anchors.hits(r, area))) continue;
    // the block ends at a gap of blank rows in its columns
    let end = row;
    for (const r of below) {
      if (!index.cellsIn(r, area).length) continue;
      if (r - end - 1 > BESIDE_MAX_GAP) break;
      end = r;
    }
    const read = readBudgetBlock(index, area, row, end);
    if (!read.block) continue;
    upper.budget = read.block;
    upper.budgetArea = { top: row, left: area.left, right: area.right };
    return;
  }
}

/**
 * The columns of a budget header in `row` right of the band: from the column after the band (the block's
 * line labels stand left of its amounts) to the last of the adjacent budget header cells starting at the
 * first one; undefined when they name fewer than two of 年初预算数/全年预算数/全年执行数.
 */
function besideHeader(index: SheetIndex, band: Band, row: number): Band | undefined {
  const cells = index.cells(row);
  let i = cells.findIndex((c) => c.col > band.right && c.budget !== undefined);
  if (i < 0) return undefined;
  let amounts = 0;
  let right = -1;
  for (; i < cells.length && cells[i].budget !== undefined && (right < 0 || cells[i].col === right + 1); i++) {
    if (isAmountHeader(cells[i])) amounts++;
    right = cells[i].right;
  }
  return amounts >= 2 ? { left: band.right + 1, right } : undefined;
}

/**
 * The name rows a label cell gives: one, or several when a cell converted from Word holds several
 * 'label：value' pairs ('主管部门：平江县水利局　　实施单位：平江县农村供水工程管理站').
 */
function nameRows(index: SheetIndex, band: Band, cells: IndexedCell[], i: number, kind: NameLabel): NameRow[] {
  const label = cells[i];
  const pairs = label.norm.indexOf(':') > 0 ? labelledPairs(label.text) : [];
  if (pairs.length < 2) return [nameRow(index, band, cells, i, kind)];
  const slot = index.view.slot(label.row, label.col);
  return pairs.map((p) => ({ kind: p.kind, label, value: p.value, slot }));
}

/** 'label：value' pairs separated by white space in one text, each label a name label; [] when the text is not only such pairs. */
function labelledPairs(text: string): { kind: NameLabel; value: string }[] {
  const out: { kind: NameLabel; value: string; parts: string[] }[] = [];
  for (const part of text.split(/[\s\u3000\u00a0]+/)) {
    if (!part) continue;
    const colon = part.search(/[:：]/);
    const kind = colon > 0 ? nameLabel(headerKey(normalizeText(part.slice(0, colon)))) : undefined;
    if (kind) out.push({ kind, value: '', parts: [part.slice(colon + 1)] });
    else if (out.length) out[out.length - 1].parts.push(part);
    else return [];
  }
  return out.map((p) => ({ kind: p.kind, value: displayText(p.parts.join(' ')) }));
}

function nameRow(index: SheetIndex, band: Band, cells: IndexedCell[], i: number, kind: NameLabel): NameRow {
  const label = cells[i];
  const colon = label.norm.indexOf(':');
  if (colon > 0 && colon < label.norm.length - 1) {
    const value = displayText(label.text.slice(label.text.search(/[:：]/) + 1));
    return { kind, label, value, slot: index.view.slot(label.row, label.col) };
  }
  const next = cells[i + 1];
  if (next && !nameLabel(labelPart(next.key))) {
    return { kind, label, value: displayText(next.text), slot: index.view.slot(next.row, next.col) };
  }
  const col = label.right + 1;
  if (col <= band.right) return { kind, label, value: '', slot: index.view.slot(label.row, col) };
  // a label in the band's last column: its value written in the cell just right of the table's columns
  const beside = index.cells(label.row).find((c) => c.col === col);
  if (beside && !beside.title && !beside.anchor && !beside.indicator && !beside.budget) {
    return { kind, label, value: displayText(beside.text), slot: index.view.slot(beside.row, beside.col) };
  }
  return { kind, label };
}

function readGoals(index: SheetIndex, band: Band, row: number, lastRow: number): ScoredTable['goals'] {
  const cells = index.cellsIn(row, band);
  const labelAt = cells.findIndex((c) => isGoalsLabel(c.key));
  const after = cells.slice(labelAt + 1);
  const expected = after.find((c) => isExpectedGoalHeader(c.key));
  const achieved = after.find((c) => isAchievedGoalHeader(c.key));
  const goals: NonNullable<ScoredTable['goals']> = {};
  if (expected || achieved) {
    const valueRow = Math.max(expected?.bottom ?? row, achieved?.bottom ?? row) + 1;
    if (valueRow > lastRow) return goals;
    if (expected) goals.expected = index.view.slot(valueRow, expected.col);
    if (achieved) goals.achieved = index.view.slot(valueRow, achieved.col);
    return goals;
  }
  // texts written beside the label: 年度总体目标 | 目标… | 完成情况…
  if (after[0]) goals.expected = index.view.slot(row, after[0].col);
  if (after[1]) goals.achieved = index.view.slot(row, after[1].col);
  return goals;
}

function kindOf(title: IndexedCell | undefined, upper: Upper): 'department' | 'project' {
  if (title?.title === 'department' || title?.title === 'project') return title.title;
  if (upper.names.some((n) => n.kind === 'project')) return 'project';
  if (upper.names.some((n) => n.kind === 'department')) return 'department';
  if (upper.names.some((n) => n.kind === 'implementer' || n.kind === 'supervisor')) return 'project';
  if (upper.attachment === 2) return 'department';
  if (upper.attachment === 3) return 'project';
  if (upper.budget?.inline.length) return 'department';
  return 'project';
}

function yearOf(norm: string | undefined): number | undefined {
  const m = norm ? /((?:19|20)\d{2})年/.exec(norm) : null;
  return m ? Number(m[1]) : undefined;
}

/** The year of a subtitle row under the title: '（2023年度）', '2023年'. */
function subtitleYear(index: SheetIndex, band: Band, row: number, headerRow: number): number | undefined {
  if (row >= headerRow) return undefined;
  for (const c of index.cellsIn(row, band)) {
    const m = /^\(?((?:19|20)\d{2})年度?\)?$/.exec(c.norm);
    if (m) return Number(m[1]);
  }
  return undefined;
}
