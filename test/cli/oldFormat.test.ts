// A bureau's folder often holds a department's old .xls (or WPS .et) file: it is listed in the batch as a row
// saying to save it as .xlsx, never skipped silently and never a crash.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { loadWorkbook, XlsxReadError } from '../../src/xlsx/read';
import { buildSeedWorkbook } from '../../scripts/fixtures';

/** The first bytes of an OLE compound file (what Excel 97-2003 and WPS save), padded like a real header. */
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

it('says an .xls file must be saved as .xlsx', async () => {
  await expect(loadWorkbook(OLE, '旧表.xls')).rejects.toThrow(XlsxReadError);
  await expect(loadWorkbook(OLE, '旧表.xls')).rejects.toThrow(
    '无法读取文件 旧表.xls：这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再检查',
  );
});

it("lists a folder's .xls and .et files in the batch with that reason, and checks the rest", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-xls-'));
  try {
    fs.writeFileSync(path.join(dir, '01-公积金.xlsx'), await buildSeedWorkbook());
    fs.writeFileSync(path.join(dir, '02-旧版.xls'), OLE);
    fs.writeFileSync(path.join(dir, '03-金山.et'), OLE);
    fs.writeFileSync(path.join(dir, '说明.docx'), 'not a workbook');
    let err = '';
    let out = '';
    const code = await run(['check', dir, '--json'], { out: (s) => (out += s), err: (s) => (err += s) });
    expect(code).toBe(2);
    const reports = JSON.parse(out) as { file: string; error?: string; tables?: unknown[] }[];
    expect(reports.map((r) => path.basename(r.file))).toEqual(['01-公积金.xlsx', '02-旧版.xls', '03-金山.et']);
    expect(reports[0].tables).toHaveLength(3);
    expect(reports[1].error).toContain('另存为');
    expect(reports[2].error).toContain('另存为');
    expect(err).toMatch(/\[3\/3\]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
