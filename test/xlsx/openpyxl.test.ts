// A workbook written by Python's openpyxl with cell comments (a 财政局 template filled by a script): openpyxl stores
// comments as xl/comments/comment1.xml with absolute relationship targets (/xl/comments/comment1.xml) and a legacy
// drawing xl/drawings/commentsDrawing1.vml, where exceljs only looks for xl/commentsN.xml — it then failed with
// "Cannot read properties of undefined (reading 'comments')" (exceljs/exceljs#2797) and the file was called
// 「不是有效的 Excel 工作簿」. The package is built by hand as openpyxl 3.1 writes it (python openpyxl is not installed).

import JSZip from 'jszip';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/workbook/check';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const COMMENTS = `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>财务科</author></authors><commentList><comment ref="A1" authorId="0"><text><t>请按财预〔2020〕10号填写</t></text></comment></commentList></comments>`;
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;

/** The seed workbook re-packaged the way openpyxl writes a workbook whose first sheet has a comment. */
async function openpyxlWithComments(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildSeedWorkbook());
  // openpyxl's workbook relationships use absolute targets
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
  zip.file('xl/comments/comment1.xml', COMMENTS);
  zip.file('xl/drawings/commentsDrawing1.vml', VML);
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="comments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/>' +
      '<Relationship Id="anysvml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>' +
      '</Relationships>',
  );
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const withRel = sheet.includes('xmlns:r=')
    ? sheet
    : sheet.replace(
        '<worksheet ',
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      );
  zip.file('xl/worksheets/sheet1.xml', withRel.replace('</worksheet>', '<legacyDrawing r:id="anysvml"/></worksheet>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

it('reads an openpyxl workbook with comments and finds its three annexes', async () => {
  const grids = await readWorkbookBuffer(await openpyxlWithComments(), 'openpyxl.xlsx');
  expect(grids.map((g) => g.name)).toEqual(['附件1', '附件2', '附件3']);
  expect(checkWorkbook(grids, { wording: zhFormWording }).tables).toHaveLength(3);
});
