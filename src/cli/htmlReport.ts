// A self-contained HTML report for a bureau's batch check: a bar chart (inline SVG) of 总分 by
// department/project, the summary table and every finding. No external scripts, styles or fonts.

import { KIND_NAMES, sortForReview, type SummaryRow } from '../workbook/summary';
import type { FindingJson } from './report';

export interface HtmlReportInput {
  title?: string;
  generatedAt?: Date;
  rows: SummaryRow[];
  findings: { file: string; findings: FindingJson[] }[];
}

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (n: number | null) => (n === null ? '—' : `${(Math.round(n * 10000) / 100).toFixed(2)}%`);
const num = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const GRADE_COLOR: Record<string, string> = { 优: '#2e7d32', 良: '#1565c0', 中: '#ef6c00', 差: '#c62828' };

function chart(rows: SummaryRow[]): string {
  const scored = rows.filter((r) => !r.error && r.kind !== 'basic' && r.total !== null);
  if (scored.length === 0) return '<p>没有可绘制的总分。</p>';
  const barH = 22;
  const labelW = 260;
  const plotW = 420;
  const h = scored.length * barH + 30;
  const bars = scored
    .map((r, i) => {
      const y = i * barH + 4;
      const w = Math.max(0, Math.min(100, r.total ?? 0)) * (plotW / 100);
      const label = `${r.name || r.file || r.sheet}`;
      const color = GRADE_COLOR[r.grade ?? ''] ?? '#757575';
      return (
        `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(label.length > 22 ? label.slice(0, 21) + '…' : label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${barH - 8}" fill="${color}"><title>${esc(label)}：${num(r.total)} 分（${esc(r.grade ?? '')}）</title></rect>` +
        `<text x="${labelW + w + 4}" y="${y + 15}">${num(r.total)} ${esc(r.grade ?? '')}</text>`
      );
    })
    .join('');
  const ticks = [0, 60, 80, 90, 100]
    .map((t) => {
      const x = labelW + (t * plotW) / 100;
      return `<line x1="${x}" x2="${x}" y1="0" y2="${h - 22}" stroke="#ddd"/><text x="${x}" y="${h - 6}" text-anchor="middle">${t}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="各部门/项目总分" width="${labelW + plotW + 60}" height="${h}" font-size="12" font-family="sans-serif">${ticks}${bars}</svg>`;
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const rows = sortForReview(input.rows);
  const when = (input.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const title = input.title ?? '预算绩效自评检查报告';
  const summary = rows
    .map(
      (r) =>
        `<tr${r.error || r.errors ? ' class="bad"' : ''}><td>${esc(r.file ?? '')}</td><td>${r.error ? '' : esc(KIND_NAMES[r.kind])}</td>` +
        `<td>${esc(r.name)}</td><td>${r.error ? '' : esc(`${r.sheet}!${r.range}`)}</td><td>${pct(r.rate)}</td>` +
        `<td>${num(r.total)}</td><td>${num(r.recordedTotal)}</td><td>${esc(r.grade ?? '—')}</td>` +
        `<td>${r.error ? '' : r.failed}</td><td>${r.error ? '' : r.review}</td><td>${r.error ? '' : r.errors}</td>` +
        `<td>${r.error ? '' : r.warnings}</td><td>${esc(r.error ?? '')}</td></tr>`,
    )
    .join('\n');
  const findings = input.findings
    .flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })))
    .map(
      (f) =>
        `<tr class="${esc(f.severity)}"><td>${esc(f.file)}</td><td>${esc(`${f.sheet}!${f.cell}`)}</td>` +
        `<td>${esc(SEVERITY[f.severity] ?? f.severity)}</td><td>${esc(f.message)}</td></tr>`,
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
