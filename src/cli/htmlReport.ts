// A self-contained HTML report for a bureau's batch check: a bar chart (inline SVG) of 总分 grouped by
// department (each workbook's 部门整体 total and its projects), the summary table and every finding. No external
// scripts, styles or fonts.

import { KIND_NAMES, sortForReview, type SummaryRow } from '../workbook/summary';
import type { FindingJson } from './report';
import { sheetRef } from '../domain/address';
import { withoutPlace } from '../i18n/findings';
import { shortName } from '../domain/cells';

export interface HtmlReportInput {
  title?: string;
  generatedAt?: Date;
  rows: SummaryRow[];
  findings: { file: string; findings: FindingJson[] }[];
}

const esc = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const pct = (n: number | null) => (n === null ? '—' : `${(Math.round(n * 10000) / 100).toFixed(2)}%`);
const num = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const GRADE_COLOR: Record<string, string> = { 优: '#2e7d32', 良: '#1565c0', 中: '#ef6c00', 差: '#c62828' };

/** A file's tables under its department: the 附件2 name, else the first name a table gives, else the file name. */
interface DepartmentGroup {
  label: string;
  rows: SummaryRow[];
}

function byDepartment(scored: SummaryRow[]): DepartmentGroup[] {
  const groups = new Map<string, SummaryRow[]>();
  for (const r of scored) {
    const key = r.file ?? '';
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out = [...groups].map(([file, list]) => {
    // the department's own table first, then its projects in sheet order
    const ordered = [...list.filter((r) => r.kind === 'department'), ...list.filter((r) => r.kind !== 'department')];
    const department = ordered.find((r) => r.kind === 'department' && r.name);
    const base = file.split(/[\\/]/).pop() ?? file;
    return { label: department?.name || base.replace(/\.xlsx$/i, '') || '未命名', base, rows: ordered };
  });
  // the same department in several workbooks (two versions, a resubmission): each heading says which file
  const count = new Map<string, number>();
  for (const g of out) count.set(g.label, (count.get(g.label) ?? 0) + 1);
  return out.map((g) => ({
    label: (count.get(g.label) ?? 0) > 1 && g.base && !g.label.includes(g.base) ? `${g.label}（${g.base}）` : g.label,
    rows: g.rows,
  }));
}

/** Bars of 总分 grouped by department: a heading per workbook, then its 部门整体 total and each project's. */
function chart(rows: SummaryRow[]): string {
  const scored = rows.filter((r) => !r.error && r.kind !== 'basic' && r.total !== null);
  if (scored.length === 0) return '<p>没有可绘制的总分。</p>';
  const barH = 22;
  const headH = 24;
  const labelW = 260;
  const plotW = 420;
  const groups = byDepartment(scored);
  let y = 4;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`<text x="0" y="${y + 16}" font-weight="bold">${esc(shortName(g.label, 48))}</text>`);
    y += headH;
    for (const r of g.rows) {
      const w = Math.max(0, Math.min(100, r.total ?? 0)) * (plotW / 100);
      const label = r.kind === 'department' ? '部门整体' : r.name || r.sheet;
      const full = `${g.label} · ${r.kind === 'department' ? KIND_NAMES.department : `${KIND_NAMES.project}「${r.name || r.sheet}」`}`;
      const color = GRADE_COLOR[r.grade ?? ''] ?? '#757575';
      parts.push(
        `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(shortName(label, 20))}</text>` +
          `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${barH - 8}" fill="${color}"><title>${esc(full)}：${num(r.total)} 分（${esc(r.grade ?? '')}）</title></rect>` +
          `<text x="${labelW + w + 4}" y="${y + 15}">${num(r.total)} ${esc(r.grade ?? '')}</text>`,
      );
      y += barH;
    }
  }
  const h = y + 26;
  const ticks = [0, 60, 80, 90, 100]
    .map((t) => {
      const x = labelW + (t * plotW) / 100;
      return `<line x1="${x}" x2="${x}" y1="0" y2="${h - 22}" stroke="#ddd"/><text x="${x}" y="${h - 6}" text-anchor="middle">${t}</text>`;
    })
    .join('');
  const label = `各部门总分：${groups.length} 个部门，${scored.length} 张表`;
  return `<svg role="img" aria-label="${esc(label)}" width="${labelW + plotW + 60}" height="${h}" font-size="12" font-family="sans-serif">${ticks}${parts.join('')}</svg>`;
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const rows = sortForReview(input.rows);
  const when = (input.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const title = input.title ?? '预算绩效自评检查报告';
  const summary = rows
    .map(
      (r) =>
        `<tr${r.error || r.errors ? ' class="bad"' : ''}><td>${esc(r.file ?? '')}</td><td>${r.error ? '' : esc(r.label ?? KIND_NAMES[r.kind])}</td>` +
        `<td>${esc(r.name)}</td><td>${r.error ? '' : esc(sheetRef(r.sheet, r.range))}</td><td>${pct(r.rate)}</td>` +
        `<td>${num(r.total)}</td><td>${num(r.recordedTotal)}</td><td>${esc(r.grade ?? '—')}</td>` +
        `<td>${r.error ? '' : r.failed}</td><td>${r.error ? '' : r.review}</td><td>${r.error ? '' : r.errors}</td>` +
        `<td>${r.error ? '' : r.warnings}</td><td>${esc(r.error ?? '')}</td></tr>`,
    )
    .join('\n');
  const findings = input.findings
    .flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })))
    .map(
      (f) =>
        `<tr class="${esc(f.severity)}"><td>${esc(f.file)}</td><td>${esc(sheetRef(f.sheet, f.cell))}</td>` +
        `<td>${esc(SEVERITY[f.severity] ?? f.severity)}</td><td>${esc(withoutPlace(f.message, f))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:12px 0;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
tr.bad td{background:#fff4f4}
tr.error td:nth-child(3){color:#c00000;font-weight:bold}
tr.warning td:nth-child(3){color:#9c5700}
</style></head>
<body>
<h1>${esc(title)}</h1>
<p>生成时间：${esc(when)}；共 ${new Set(rows.map((r) => r.file)).size} 个文件，${rows.filter((r) => !r.error).length} 张表。</p>
<h2>总分</h2>
${chart(rows)}
<h2>自评结果汇总</h2>
<table><thead><tr><th>文件</th><th>表</th><th>名称</th><th>位置</th><th>执行率</th><th>总分（计算）</th><th>总分（表中）</th><th>等级</th><th>未达标</th><th>待复核</th><th>错误</th><th>警告</th><th>说明</th></tr></thead>
<tbody>
${summary}
</tbody></table>
<h2>发现的问题</h2>
<table><thead><tr><th>文件</th><th>单元格</th><th>级别</th><th>说明</th></tr></thead>
<tbody>
${findings}
</tbody></table>
</body></html>
`;
}
