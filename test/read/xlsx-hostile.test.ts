// Hostile workbooks made in the test (with our own zip writer): each ends as one located problem, never
// as a crash, a hang or memory that grows with the attack.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { zipParts } from '../../src/render/xlsx/zip.js'
import { runCli } from '../helpers/run-cli.js'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

function workbook(sheet: string, extra: { name: string; data: string }[] = []): Uint8Array {
  const part = (name: string, data: string) => ({ name, data: Buffer.from(data) })
  return zipParts([
    part(
      '_rels/.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Ark1" sheetId="1" r:id="r1"/></x:sheets></x:workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${sheet}</sheetData></worksheet>`),
    ...extra.map(each => part(each.name, each.data)),
  ])
}

const HEADER =
  '<row r="1"><c t="inlineStr"><is><t>project_id</t></is></c><c t="inlineStr"><is><t>year</t></is></c><c t="inlineStr"><is><t>partner</t></is></c><c t="inlineStr"><is><t>jobs</t></is></c></row>'

async function summarize(bytes: Uint8Array) {
  const directory = mkdtempSync(join(tmpdir(), 'lup-hostile-'))
  writeFileSync(join(directory, 'bok.xlsx'), bytes)
  return runCli(['summarize', 'bok.xlsx', '--format', 'json'], { cwd: directory })
}

it('reads prefixed elements, an absolute relationship target and cells without references', async () => {
  const result = await summarize(
    workbook(
      `${HEADER}<row><c t="inlineStr"><is><t>P-1</t></is></c><c><v>2019</v></c><c t="s"><v>0</v></c><c><v>2.5</v></c></row>`,
      [
        {
          name: 'xl/sharedStrings.xml',
          data: `<sst xmlns="${MAIN}"><si><r><t>Fjord</t></r><r><t>vik</t></r><rPh><t>ふりがな</t></rPh></si></sst>`,
        },
      ],
    ),
  )
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
})

it.each([
  ['elements nested 100 000 deep', `${HEADER}${'<row r="2">'}${'<x>'.repeat(100_000)}`, /nested more than 64 deep/],
  [
    'a cell of 2 000 000 characters',
    `${HEADER}<row r="2"><c t="inlineStr"><is><t>${'x'.repeat(2_000_000)}</t></is></c></row>`,
    /more than 1000000 characters/,
  ],
  [
    'an attribute of 20 000 000 characters',
    `${HEADER}<row r="2" spans="${'1'.repeat(20_000_000)}">`,
    /text of more than/,
  ],
  ['a shared string that is not there', `${HEADER}<row r="2"><c t="s"><v>7</v></c></row>`, /shared string 7,/],
  ['a row past Excel’s last', `${HEADER}<row r="1048577"></row>`, /row number 1048577/],
  ['a column past Excel’s last', `${HEADER}<row r="2"><c r="XFE2"><v>1</v></c></row>`, /cell reference XFE2/],
  ['malformed XML', `${HEADER}<row r="2"><c></row>`, /damaged/],
])('%s: one located problem, exit 1', async (_, sheet, message) => {
  const result = await summarize(
    workbook(sheet, [{ name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN}"><si><t>a</t></si></sst>` }]),
  )
  expect(result.exitCode).toBe(1)
  expect(result.stderr).toMatch(message)
  expect(result.stderr.startsWith('bok.xlsx: not a readable .xlsx workbook: the file is damaged')).toBe(true)
})
