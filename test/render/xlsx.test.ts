// The .xlsx writer, held to exceljs (an Excel-like reader and the oracle here) and to our own reader:
// number cells with a number format per measure, text that stays text, a frozen header row, column
// widths, a sheet per grouping, and the same bytes on every run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { xlsxText } from '../../src/escape.js'
import { decodeEscapes } from '../../src/read/xlsx/cell-value.js'
import { columnName } from '../../src/render/xlsx/workbook.js'
import { ROOT, runCli } from '../helpers/run-cli.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-xlsx-'))

async function workbookOf(args: string[]): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook; out: string }> {
  const out = join(scratch(), 'out.xlsx')
  const result = await runCli([...args, '--jobs', 'new', '-o', out])
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  const bytes = readFileSync(out)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return { bytes, workbook, out }
}

describe('summarize --format xlsx (read back by exceljs)', () => {
  it('has a Totals sheet and one per grouping, with number cells, formats, a frozen header and widths', async () => {
    const { workbook } = await workbookOf(['summarize', join(ROOT, 'data/lup-sample.csv'), '--lang', 'en'])
    expect(workbook.worksheets.map(sheet => sheet.name)).toEqual(['Totals', 'By year', 'By partner'])
    const totals = workbook.getWorksheet('Totals') as ExcelJS.Worksheet
    expect(totals.getRow(1).values).toEqual([undefined, 'Measure', 'Total', 'Realised', 'Estimated', 'Potential'])
    const savings = totals.getRow(6)
    expect(savings.getCell(1).value).toBe('Savings (NOK)')
    expect(savings.getCell(2).value).toBe(334000000)
    const byYear = workbook.getWorksheet('By year') as ExcelJS.Worksheet
    expect(byYear.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(byYear.getRow(1).getCell(1).font?.bold).toBe(true)
    const year2010 = byYear.getRow(2)
    expect(year2010.getCell(1).value).toBe(2010)
    expect(year2010.getCell(1).numFmt).toBe('0')
    expect(year2010.getCell(4).value).toBe(5)
    // One number format per measure, as many decimals as its most precise value needs.
    // (jobs and savings split among partners in 0.01 job and øre, CO2e in kilograms).
    expect([4, 5].map(column => year2010.getCell(column).numFmt)).toEqual(['#,##0.00', '#,##0.00'])
    expect(byYear.getRow(4).getCell(6).numFmt).toBe('#,##0.000')
    for (let row = 2; row <= byYear.rowCount; row++)
      for (const column of [1, 2, 3, 4, 5]) expect(typeof byYear.getRow(row).getCell(column).value).toBe('number')
    const byPartner = workbook.getWorksheet('By partner') as ExcelJS.Worksheet
    expect(byPartner.getRow(1).values).toEqual([
      undefined,
      'Partner',
      'Records',
      'Projects',
      'Jobs (FTE)',
      'Savings (NOK)',
      'CO2e cut (t/yr)',
    ])
    expect(byPartner.getColumn(1).width).toBeGreaterThan(20)
    expect(byPartner.getRow(2).getCell(5).numFmt).toBe('#,##0.00') // split in øre
  })

  it('under --value has a Value sheet: the JSON value figures as number cells, then its notes', async () => {
    const args = ['summarize', join(ROOT, 'data/lup-sample.csv'), '--value', '--before-path', 'hold', '--lang', 'nb']
    const { workbook } = await workbookOf(args)
    expect(workbook.worksheets.map(sheet => sheet.name)).toEqual(['Totalt', 'Per år', 'Per partner', 'Verdi'])
    const json = await runCli([...args, '--jobs', 'new', '--format', 'json'])
    type Figures = Record<string, number | null>
    const value = (
      JSON.parse(json.stdout) as {
        value: { by_year: Figures[]; totals: Figures; present_value: Figures }
      }
    ).value
    const sheet = workbook.getWorksheet('Verdi') as ExcelJS.Worksheet
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'År',
      'CO2e i kraft (t/år)',
      'Pris (kr/t)',
      'Karbonverdi',
      'Besparelser',
      'Faktor til basisår',
    ])
    value.by_year.forEach((year, index) => {
      const row = sheet.getRow(index + 2)
      expect(row.getCell(1).value).toBe(year.year)
      expect(row.getCell(2).value).toBe(year.co2e_tonnes_in_force_non_ets)
      expect(row.getCell(3).value ?? null).toBe(year.price_non_ets)
      expect(row.getCell(4).value).toBe(year.carbon_value_nok)
      expect(row.getCell(5).value ?? null).toBe(year.savings_nok)
      expect(row.getCell(6).value).toBe(year.factor)
    })
    const total = sheet.getRow(value.by_year.length + 2)
    expect([total.getCell(1).value, total.getCell(4).value, total.getCell(5).value]).toEqual([
      'Sum',
      value.totals.carbon_value_nok,
      value.totals.savings_nok,
    ])
    expect(total.getCell(4).numFmt).toBe('#,##0.00')
    const pv = sheet.getRow(value.by_year.length + 5)
    expect([pv.getCell(1).value, pv.getCell(2).value]).toEqual(['Karbonverdi', value.present_value.carbon_value_nok])
    const notes = sheet.getColumn(1).values.filter(cell => typeof cell === 'string') as string[]
    expect(notes.some(note => note.startsWith('2012–2016: prisbanen har ingen pris (non_ets) så tidlig'))).toBe(true)
    expect(notes.some(note => note.startsWith('Kilder: Finansdepartementet, rundskriv R-109/21'))).toBe(true)
  })

  it('is byte-identical on a rerun and stores its parts dated 1980-01-01', async () => {
    const args = ['summarize', join(ROOT, 'data/lup-sample.csv'), '--by', 'category']
    const [first, second] = [await workbookOf(args), await workbookOf(args)]
    expect(first.bytes.equals(second.bytes)).toBe(true)
    // Local file headers: method 0 (stored), time 0, date 0x0021.
    expect(first.bytes.readUInt16LE(8)).toBe(0)
    expect(first.bytes.readUInt16LE(10)).toBe(0)
    expect(first.bytes.readUInt16LE(12)).toBe(0x21)
  })

  it('keeps text text (no formula, no apostrophe) and numbers past 15 digits exact, as text with a note', async () => {
    const directory = scratch()
    const input = join(directory, 'hostile.csv')
    writeFileSync(
      input,
      'project_id,year,partner,savings_nok\n' +
        'P1,2019,=HYPERLINK("http://x"),1\n' +
        'P2,2019,"@SUM(A1) | Tab\there",2\n' +
        'P3,2019,Kontroll\u0007tegn _x0041_ <b>&amp;</b>,1234567890123456.78\n',
    )
    const { workbook, bytes, out } = await workbookOf(['summarize', input, '--by', 'partner', '--lang', 'en'])
    const sheet = workbook.getWorksheet('By partner') as ExcelJS.Worksheet
    const names = [2, 3, 4, 5].map(row => sheet.getRow(row).getCell(1).value)
    expect(names).toContain('=HYPERLINK("http://x")')
    expect(names).toContain('@SUM(A1)')
    for (let row = 2; row <= sheet.rowCount; row++)
      expect(sheet.getRow(row).getCell(1).type).toBe(ExcelJS.ValueType.String)
    const text = bytes.toString('latin1')
    expect(text).not.toContain('<f>')
    // The big total: text with its exact digits, and the Totals sheet says why.
    const totals = workbook.getWorksheet('Totals') as ExcelJS.Worksheet
    expect(totals.getRow(6).getCell(2).value).toBe('1234567890123459.78')
    const notes = totals
      .getColumn(1)
      .values.filter(value => typeof value === 'string' && value.includes('15 significant'))
    expect(notes).toHaveLength(1)
    // Our reader opens it (and finds a summary, not records).
    const read = await runCli(['summarize', out, '--format', 'json'])
    expect(read.stderr).toContain('out.xlsx:Totals:1: missing required columns')
    expect(read.exitCode).toBe(1) // a summary is not a records file: its header lacks the columns
  })
})

describe('xlsxText: the one door out for text in a workbook', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b <c>', 'a &amp; b &lt;c&gt;'],
    ['bell\u0007', 'bell_x0007_'],
    ['cr\r\nlf', 'cr_x000D_\nlf'],
    ['_x0041_ literal', '_x005F_x0041_ literal'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['tab\tstays', 'tab\tstays'],
    ['=1+1', '=1+1'],
  ])('%j → %j', (text, expected) => expect(xlsxText(text)).toBe(expected))

  it('round-trips through the reader’s decoding (XML entities aside)', () => {
    for (const text of ['bell\u0007', 'cr\r', '_x0041_', 'a_x005F_b', '\u001b[2J']) {
      const escaped = xlsxText(text)
      expect(decodeEscapes(escaped)).toBe(text)
    }
  })

  it('cuts text at Excel’s 32 767 characters', () => {
    const cut = xlsxText('x'.repeat(40_000))
    expect(cut).toHaveLength(32_767)
    expect(cut.endsWith('…')).toBe(true)
  })
})

it('names columns as a spreadsheet does', () => {
  expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD'])
})
