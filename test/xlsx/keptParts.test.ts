// The scored copy keeps the officer's workbook (issue 9 §4): it is written by editing only the parts that change
// in the original package — the written cells, their styles, the added summary sheet and the workbook's lists of
// sheets — so cross-sheet dropdowns (x14 data validations), sparklines, custom document properties (密级, WPS build),
// external links and their `[1]批复!$B$2` formulas, threaded comments, workbook protection, printer settings and an
// inline string with a phonetic run all reach the copy unchanged.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes'; // exceljs's own XML parser: a strict, namespace-aware well-formedness check
import { cli } from '../support/cli';
import type { FileReport } from '../../src/cli/report';
import { checkWorkbook } from '../../src/workbook/check';
import type { WritePlan } from '../../src/workbook/plan';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import * as fixtures from '../../scripts/fixtures';
import {
  FIXTURE_SPECS,
  buildBlankScores,
  fixtureTables,
  renderWorkbook,
  type WorkbookSpec,
} from '../../scripts/fixtures';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'yueyang-2023.xlsx');

// the last row of 附件3 (1-based), below the table: exceljs misreads the cells after a phonetic run, so it is kept
// away from the table the check reads
const project = fixtureTables('blankScores').find((t) => t.sheet === '附件3')!;
const phoneticRow = project.range.bottom + 10;

/** Bytes of an opaque printer-settings part (DEVMODE), as Excel keeps it. */
const PRINTER_SETTINGS = Buffer.from(Array.from({ length: 220 }, (_, i) => (i * 37 + 11) % 256));

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`fixture: no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * The blank-scores workbook as an officer's Excel (and WPS) would leave it: every part exceljs cannot carry,
 * written by hand as Excel writes it.
 */
async function officerWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildBlankScores());
  const text = (name: string) => zip.file(name)!.async('string');
  // 附件1!K1: a formula reading the 批复 workbook through an external link
  let s1 = await text('xl/worksheets/sheet1.xml');
  s1 = insertBefore(s1, '</row>', '<c r="K1"><f>[1]批复!$B$2</f><v>4425.38</v></c>');
  zip.file('xl/worksheets/sheet1.xml', s1);
  let s3 = await text('xl/worksheets/sheet3.xml');
  // a row below the table with a phonetic run (a pinyin guide), followed by another cell of that row
  s3 = insertBefore(
    s3,
    '</sheetData>',
    `<row r="${phoneticRow}"><c r="K${phoneticRow}" t="inlineStr"><is><t>个贷率</t><rPh sb="0" eb="3"><t>gè dài lǜ</t></rPh><phoneticPr fontId="1" type="noConversion"/></is></c>` +
      `<c r="L${phoneticRow}" t="inlineStr"><is><t>行尾的说明</t></is></c></row>`,
  );
  // printer settings, a cross-sheet dropdown (x14) and a sparkline group
  s3 = s3.replace('<pageSetup ', '<pageSetup r:id="rId1" ');
  s3 = insertBefore(
    s3,
    '</worksheet>',
    '<extLst>' +
      '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
      '<x14:formula1><xm:f>附件1!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>I13:I29</xm:sqref></x14:dataValidation></x14:dataValidations></ext>' +
      '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
      '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>附件3!E13:G13</xm:f><xm:sqref>J13</xm:sqref></x14:sparkline></x14:sparklines>' +
      '</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>',
  );
  zip.file('xl/worksheets/sheet3.xml', s3);
  zip.file(
    'xl/worksheets/_rels/sheet3.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/>' +
      '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
      '</Relationships>',
  );
  zip.file('xl/printerSettings/printerSettings1.bin', PRINTER_SETTINGS);
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">` +
      '<threadedComment ref="I13" dT="2024-03-01T09:30:00.00" personId="{6B7C1D2E-0000-4000-8000-000000000001}" id="{6B7C1D2E-0000-4000-8000-0000000000A1}"><text>请科长核对批复数</text></threadedComment></ThreadedComments>',
  );
  zip.file(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">` +
      '<person displayName="张会计" id="{6B7C1D2E-0000-4000-8000-000000000001}" userId="张会计" providerId="None"/></personList>',
  );
  zip.file(
    'xl/externalLinks/externalLink1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${REL}" r:id="rId1"><sheetNames><sheetName val="批复"/></sheetNames>` +
      '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>4425.38</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
  );
  zip.file(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="2023年预算批复.xlsx" TargetMode="External"/></Relationships>`,
  );
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>内部</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>',
  );
  let wb = await text('xl/workbook.xml');
  wb = wb.replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>');
  wb = insertBefore(wb, '<calcPr', '<externalReferences><externalReference r:id="rId90"/></externalReferences>');
  zip.file('xl/workbook.xml', wb);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    insertBefore(
      await text('xl/_rels/workbook.xml.rels'),
      '</Relationships>',
      `<Relationship Id="rId90" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>` +
        '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>',
    ),
  );
  zip.file(
    '_rels/.rels',
    insertBefore(
      await text('_rels/.rels'),
      '</Relationships>',
      `<Relationship Id="rId9" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`,
    ),
  );
  zip.file(
    '[Content_Types].xml',
    insertBefore(
      await text('[Content_Types].xml'),
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The part each sheet name is stored in ('附件3' → 'xl/worksheets/sheet3.xml'). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g))
    out.set(m[1], 'xl/' + target.get(m[2])!);
  return out;
}

/** Every part of the package as bytes, by name (folders left out). */
async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

function wellFormed(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  if (error) throw new Error(`${name}: ${error.message}`);
}

const WORKBOOK_PARTS = [
  'xl/styles.xml',
  'xl/workbook.xml',
  '[Content_Types].xml',
  'xl/_rels/workbook.xml.rels',
  'docProps/app.xml',
];

/** Each cell's value and style by 'Sheet!A1', as exceljs reads them. */
async function cellsOf(file: string): Promise<Map<string, { value: unknown; style: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, { value: unknown; style: unknown }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        out.set(`${ws.name}!${c.address}`, {
          value: JSON.parse(JSON.stringify(c.value ?? null)),
          style: JSON.parse(JSON.stringify(c.style ?? {})),
        }),
      ),
    );
  }
  return out;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-kept-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `jixiao check FILE --out DIR` and gives the copy's path, the plan the check made and stderr. */
async function scoredCopyOf(
  name: string,
  bytes: Buffer,
  extra: string[] = [],
): Promise<{ input: string; copy: string; plan: WritePlan; err: string }> {
  const sub = fs.mkdtempSync(path.join(dir, 'run-'));
  const input = path.join(sub, `${name}.xlsx`);
  fs.writeFileSync(input, bytes);
  const r = await cli(['check', input, '--out', path.join(sub, 'out'), ...extra]);
  expect(r.code).toBeLessThan(2);
  const plan = checkWorkbook(await readWorkbookBuffer(bytes), { wording: zhFormWording }).plan;
  return { input, copy: path.join(sub, 'out', `${name}.scored.xlsx`), plan, err: r.err };
}

/** Asserts the copy differs from the original only in the parts a scored copy may change, and names those parts. */
async function expectOnlyPlannedPartsChanged(input: string, copy: string, plan: WritePlan): Promise<string[]> {
  const before = await partsOf(fs.readFileSync(input));
  const after = await partsOf(fs.readFileSync(copy));
  const sheetPart = await sheetParts(await JSZip.loadAsync(fs.readFileSync(input)));
  const written = new Set([...plan.writes, ...plan.fills].map((w) => sheetPart.get(w.sheet)!));
  const mayChange = new Set([...WORKBOOK_PARTS, ...written]);
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    expect({ name, kept: after.has(name) }).toEqual({ name, kept: true });
    if (after.get(name)!.equals(bytes)) continue;
    changed.push(name);
    expect({ name, mayChange: mayChange.has(name) }).toEqual({ name, mayChange: true });
  }
  const added = [...after.keys()].filter((n) => !before.has(n));
  for (const name of [...changed, ...added])
    if (name.endsWith('.xml') || name.endsWith('.rels')) wellFormed(name, after.get(name)!.toString('utf8'));
  return [...changed, ...added];
}

describe('a scored copy of an officer’s workbook with parts exceljs cannot keep', () => {
  let input: string;
  let copy: string;
  let plan: WritePlan;
  let err: string;
  let changed: string[];

  beforeAll(async () => {
    ({ input, copy, plan, err } = await scoredCopyOf('单位自评表', await officerWorkbook()));
    changed = await expectOnlyPlannedPartsChanged(input, copy, plan);
  });

  it('keeps every part byte-identical except the written sheets, styles and the workbook’s sheet lists, and adds one sheet', () => {
    expect(plan.writes.length).toBeGreaterThan(0);
    // 附件1 (sheet1) gets its overruns highlighted, 附件2 and 附件3 their scores and highlights; sheet4 is the summary
    expect(changed.filter((n) => n.startsWith('xl/worksheets/')).sort()).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
    expect(err).not.toContain('注意');
  });

  it('keeps the external link, threaded comments, persons, custom properties and printer settings', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(copy));
    for (const name of [
      'xl/externalLinks/externalLink1.xml',
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
      'docProps/custom.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
    ]) {
      expect(zip.file(name)).not.toBeNull();
    }
    expect(await zip.file('xl/printerSettings/printerSettings1.bin')!.async('nodebuffer')).toEqual(PRINTER_SETTINGS);
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    expect(wb).toContain('<workbookProtection lockStructure="1"/>');
    expect(wb).toContain('<externalReferences><externalReference r:id="rId90"/></externalReferences>');
    expect(wb).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/docProps/custom.xml"');
    expect(types).toContain('<Default Extension="bin"');
  });

  it('keeps the dropdown, sparklines, printer-settings link and phonetic cell of the written sheet, with no page-number attributes added', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(copy));
    const original = await (
      await JSZip.loadAsync(fs.readFileSync(input))
    )
      .file('xl/worksheets/sheet3.xml')!
      .async('string');
    const sheet = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const ext = original.slice(original.indexOf('<mergeCells'));
    expect(sheet.endsWith(ext)).toBe(true); // merges, pageSetup r:id, x14 dropdown, sparklines: the same bytes
    expect(sheet).toContain(
      `<c r="K${phoneticRow}" t="inlineStr"><is><t>个贷率</t><rPh sb="0" eb="3"><t>gè dài lǜ</t></rPh>`,
    );
    expect(sheet).toContain(`<c r="L${phoneticRow}" t="inlineStr"><is><t>行尾的说明</t></is></c>`);
    expect(sheet).not.toContain('<headerFooter');
    const s1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(s1).toContain('<c r="K1"><f>[1]批复!$B$2</f><v>4425.38</v></c>');
  });

  it('changes no cell other than the planned ones, and the planned ones hold the planned values', async () => {
    const before = await cellsOf(input);
    const after = await cellsOf(copy);
    const planned = new Set([...plan.writes, ...plan.fills].map((w) => `${w.sheet}!${w.address}`));
    for (const [key, cell] of before) {
      if (planned.has(key)) continue;
      expect({ key, cell: after.get(key) }).toEqual({ key, cell });
    }
    for (const w of plan.writes)
      expect({ key: `${w.sheet}!${w.address}`, value: after.get(`${w.sheet}!${w.address}`)?.value }).toEqual({
        key: `${w.sheet}!${w.address}`,
        value: w.value,
      });
    // a written cell keeps its font, border and alignment: only the number format and fill are the tool's
    for (const w of plan.writes) {
      const { font, border, alignment } = (before.get(`${w.sheet}!${w.address}`)?.style ?? {}) as ExcelJS.Style;
      expect(after.get(`${w.sheet}!${w.address}`)?.style).toMatchObject(
        JSON.parse(JSON.stringify({ font, border, alignment })),
      );
    }
  });

  it('gives the summary sheet a bold header and rates as percentages', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet('自评结果汇总')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('E1').font?.bold).toBe(true);
    expect(ws.getCell('E1').value).toBe('执行率');
    const rated = [2, 3, 4].map((r) => ws.getCell(r, 5)).filter((c) => typeof c.value === 'number');
    expect(rated.length).toBeGreaterThan(0);
    for (const c of rated) expect(c.numFmt).toBe('0.00%');
  });

  it('checks as the original does, with the recorded values now the computed ones', async () => {
    const [original] = JSON.parse((await cli(['check', input, '--json'])).out) as FileReport[];
    const [scored] = JSON.parse((await cli(['check', copy, '--json'])).out) as FileReport[];
    expect(scored.tables.map((t) => t.total)).toEqual(original.tables.map((t) => t.total));
    for (const t of scored.tables.filter((x) => x.kind !== 'basic')) expect(t.recordedTotal).toBe(t.total);
  });
});

describe('a scored copy scored again', () => {
  it.each([
    ['单位自评表', officerWorkbook],
    ['yueyang-2023', async () => fs.readFileSync(SAMPLE)],
  ] as [string, () => Promise<Buffer>][])(
    '%s: the second copy is the first one, part for part, apart from the summary sheet rewritten in place (styles not grown)',
    async (name, build) => {
      const { copy } = await scoredCopyOf(name, await build());
      const again = path.join(path.dirname(copy), 'again');
      const r = await cli(['check', copy, '--out', again]);
      expect(r.code).toBeLessThan(2);
      expect(r.err).not.toContain('注意');
      const first = await partsOf(fs.readFileSync(copy));
      const second = await partsOf(fs.readFileSync(path.join(again, `${name}.scored.scored.xlsx`)));
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      // the summary's figures change (the recorded totals are now the computed ones); it stays the same part
      const summaryPart = (await sheetParts(await JSZip.loadAsync(fs.readFileSync(copy)))).get('自评结果汇总');
      expect(summaryPart).toBe('xl/worksheets/sheet4.xml');
      for (const [part, bytes] of first)
        if (part !== summaryPart) expect({ part, same: second.get(part)!.equals(bytes) }).toEqual({ part, same: true });
    },
  );
});

describe('scored copies of every fixture workbook and the sample', () => {
  const cases: [string, () => Promise<Buffer>][] = [
    ...Object.entries(FIXTURE_SPECS).map(([name, spec]): [string, () => Promise<Buffer>] => [
      name,
      () => renderWorkbook(spec()),
    ]),
    // the layouts the locator was not built from (scripts/fixtures/unseen.ts) and the workbooks typed cell by cell
    ...Object.entries(fixtures)
      .filter(
        ([name, f]) =>
          /Spec$/.test(name) &&
          !/^(seedWorkbook|manyProjects)Spec$/.test(name) &&
          typeof f === 'function' &&
          f.length === 0,
      )
      .map(([name, spec]): [string, () => Promise<Buffer>] => [
        name,
        () => renderWorkbook((spec as () => WorkbookSpec)()),
      ]),
    ['educationProject', () => fixtures.buildEducationProject()],
    ['resourcesDepartment', () => fixtures.buildResourcesDepartment()],
    ['healthProjects', () => fixtures.buildHealthProjects()],
    ['archiveBasicGrid', () => fixtures.buildArchiveBasicGrid()],
    ['yueyang-2023', async () => fs.readFileSync(SAMPLE)],
  ];
  it.each(cases)(
    '%s: only planned parts change, exceljs reads the copy, and the check of the copy gives the planned values',
    async (name, build) => {
      const bytes = await build();
      const { input, copy, plan, err } = await scoredCopyOf(name, bytes);
      expect(err).not.toContain('注意');
      await expectOnlyPlannedPartsChanged(input, copy, plan);
      const [scored] = JSON.parse((await cli(['check', copy, '--json'])).out) as FileReport[];
      const [original] = JSON.parse((await cli(['check', input, '--json'])).out) as FileReport[];
      expect(scored.tables.map((t) => [t.name, t.total])).toEqual(original.tables.map((t) => [t.name, t.total]));
      const after = await cellsOf(copy);
      for (const w of plan.writes)
        expect({ key: `${w.sheet}!${w.address}`, value: after.get(`${w.sheet}!${w.address}`)?.value }).toEqual({
          key: `${w.sheet}!${w.address}`,
          value: w.value,
        });
    },
  );
});
