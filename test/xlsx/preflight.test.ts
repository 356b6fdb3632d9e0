// Bounded memory for any input (issue 9 §6): before exceljs loads a file, its zip is measured part by part as it
// inflates (the sizes the zip directory claims can be forged, a sheet's <dimension> can lie or be missing), and
// what would not fit is refused with a zh-CN message naming the sheet — a 1 GiB zip bomb, a 300,000-row sheet —
// while the other files of a batch are still checked. An encrypted workbook is told apart from an old .xls.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../support/cli';
import { XlsxReadError, readFileBytes, readWorkbookBuffer } from '../../src/xlsx/read';
import { preflight, zipDirectory } from '../../src/xlsx/preflight';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import {
  buildEncryptedXlsx,
  buildHugeSheet,
  buildOldXlsMentioningEncryption,
  buildRawXlsx,
  buildZipBomb,
} from '../../scripts/fixtures/hostile';

const MiB = 1024 * 1024;
const CELL_LIMIT = /超出可检查的上限 200000；请删除无关数据或另存为只含附件的工作簿/;

describe('refusing what would not fit', () => {
  it('refuses a zip bomb whose sheet inflates to 1 GiB, naming the sheet', async () => {
    const bomb = buildZipBomb(1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    expect(zipDirectory(bomb)!.find((i) => i.name === 'xl/worksheets/sheet1.xml')!.declaredSize).toBeGreaterThan(
      1024 * 1024 * 1024,
    );
    await expect(readWorkbookBuffer(bomb, '炸弹.xlsx')).rejects.toThrow(XlsxReadError);
    await expect(readWorkbookBuffer(bomb, '炸弹.xlsx')).rejects.toThrow(
      /^无法检查文件 炸弹\.xlsx：工作表 Sheet1 解压后超过 1024 MB，超出可检查的上限 64 MB；请删除无关数据/,
    );
  });

  it('does not trust a zip directory that claims the bomb is 4 KB, and stops inflating just past the limit', async () => {
    const forged = buildZipBomb(256, true);
    expect(zipDirectory(forged)!.find((i) => i.name === 'xl/worksheets/sheet1.xml')!.declaredSize).toBe(4096);
    const refusal = await preflight(forged);
    expect(refusal).toMatchObject({ kind: 'bytes', sheet: 'Sheet1', limit: 64 * MiB });
    // with a forged size, the bytes said are those inflated when it stopped: one chunk past the limit, not 256 MiB
    const bytes = (refusal as { bytes: number }).bytes;
    expect(bytes).toBeGreaterThan(64 * MiB);
    expect(bytes).toBeLessThanOrEqual(64 * MiB + 64 * 1024);
  });

  it.each([
    ['a true', 'true'],
    ['a lying', 'lying'],
    ['no', 'missing'],
  ] as const)(
    'refuses a 15,000-row × 20-number sheet (300,000 cells) with %s <dimension>, counting its cells',
    async (_label, dimension) => {
      // (the 300,000-row sheet of the issue is the benchmark's: `npm run bench hostile`)
      const big = buildHugeSheet(15_000, 20, dimension);
      let message = '';
      await readWorkbookBuffer(big, '大表.xlsx').catch((e: Error) => (message = e.message));
      expect(message).toMatch(/^无法检查文件 大表\.xlsx：工作表 Sheet1 约有 (\d+) 个单元格，/);
      expect(message).toMatch(CELL_LIMIT);
      const n = Number(/约有 (\d+) 个/.exec(message)![1]);
      expect(n).toBeGreaterThan(300_000 * 0.8);
      expect(n).toBeLessThan(300_000 * 1.2);
    },
  );

  it('counts prefixed cells (<x:c>) as well', async () => {
    const row = '<x:row>' + '<x:c t="n"><x:v>1</x:v></x:c>'.repeat(1000) + '</x:row>';
    const bytes = buildRawXlsx(row.repeat(201));
    await expect(preflight(bytes)).resolves.toMatchObject({ kind: 'cells', sheet: 'Sheet1' });
    await expect(preflight(buildRawXlsx(row.repeat(199)))).resolves.toBeNull();
  });

  it('names the sheet as Excel shows it, with the character references of its stored name decoded', async () => {
    const row = '<row>' + '<c><v>1</v></c>'.repeat(1000) + '</row>';
    await expect(preflight(buildRawXlsx(row.repeat(201), '收支&amp;结余&#x2014;2023'))).resolves.toMatchObject({
      kind: 'cells',
      sheet: '收支&结余—2023',
    });
  });

  it('does not read a file larger than any workbook that fits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-big-'));
    try {
      const file = path.join(dir, '巨大.xlsx');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, 170 * 1024 * 1024); // sparse: no disk written
      expect(() => readFileBytes(file)).toThrow(
        '无法检查文件 巨大.xlsx：文件有 170 MB，超出可检查的上限 160 MB；请删除无关数据或另存为只含附件的工作簿',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets an ordinary workbook through', async () => {
    await expect(preflight(await buildSeedWorkbook())).resolves.toBeNull();
  });

  it('checks the other files of a batch and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bomb-'));
    try {
      fs.writeFileSync(path.join(dir, '01-炸弹.xlsx'), buildZipBomb(1024));
      fs.writeFileSync(path.join(dir, '02-公积金.xlsx'), await buildSeedWorkbook());
      const { code, out, err } = await cli(['check', dir, '--json']);
      expect(code).toBe(2);
      const reports = JSON.parse(out) as { file: string; error?: string; tables?: unknown[] }[];
      expect(reports[0].error).toMatch(/解压后超过 1024 MB/);
      expect(reports[1].tables).toHaveLength(3);
      expect(err).toContain('请删除无关数据或另存为只含附件的工作簿');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('encrypted workbooks', () => {
  it('says a password-protected .xlsx is encrypted, not an old .xls', async () => {
    await expect(readWorkbookBuffer(buildEncryptedXlsx(), '加密.xlsx')).rejects.toThrow(
      /^无法读取文件 加密\.xlsx：文件已加密，请先取消密码保护/,
    );
  });

  it('still calls an old .xls an old .xls, even when its text mentions EncryptionInfo', async () => {
    await expect(readWorkbookBuffer(buildOldXlsMentioningEncryption(), '旧表.xls')).rejects.toThrow(
      /这是旧版 Excel 97-2003（\.xls）或 WPS（\.et）格式/,
    );
  });
});
