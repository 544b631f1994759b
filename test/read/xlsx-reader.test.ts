// The streaming .xlsx reader held to exceljs's own (whole-workbook) reader, cell by cell, on the
// fixtures made by exceljs and by LibreOffice: the same text for strings, rich text and hyperlinks,
// the shown decimal for numbers, ISO dates for dates, and a formula's saved result. Two differences
// are meant: a merged cell's value is in its first cell only (exceljs repeats it in every cell of the
// merge; the others are empty in the file, and a header merged over two columns names the first),
// and a formula without a saved result has no text (validation reports it: CELL_NO_RESULT).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ReadProblem, RowFields } from '../../src/read/index.js'
import { decimalOfDouble } from '../../src/read/xlsx/cell-value.js'
import { readXlsx } from '../../src/read/xlsx-reader.js'
import { ROOT } from '../helpers/run-cli.js'

const FIXTURES = join(ROOT, 'test/fixtures/xlsx')

/** Every row our reader hands on (header included), by row number. */
async function readOurs(
  name: string,
  sheet?: string,
): Promise<{ rows: Map<number, string[]>; problems: ReadProblem[] }> {
  const path = join(FIXTURES, name)
  const rows = new Map<number, string[]>()
  const problems: ReadProblem[] = []
  await readXlsx(
    {
      name,
      path,
      open: async function* () {
        yield readFileSync(path)
      },
    },
    sheet === undefined ? {} : { sheet },
    {
      header: header => {
        rows.set(header.line, header.cells)
        return true
      },
      row: (fields: RowFields) => {
        rows.set(fields.line, fields.cells())
        return true
      },
      problem: problem => {
        problems.push(problem)
      },
    },
  )
  return { rows, problems }
}

/** A cell as exceljs reads it, in our reader's terms. */
function expectedText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return decimalOfDouble(value) as string
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map(run => run.text).join('')
  if ('hyperlink' in value) return String(value.text)
  if ('error' in value) return value.error
  if ('formula' in value) return value.result === undefined ? '' : expectedText(value.result as ExcelJS.CellValue)
  return JSON.stringify(value)
}

describe.each([
  ['excel-nb-headers-merged-hidden.xlsx', 'Ark1'],
  ['libreoffice-two-sheets.xlsx', 'Ark1'],
  ['libreoffice-two-sheets.xlsx', 'Ark2'],
  ['lup-sample.libreoffice.xlsx', 'lup-sample'],
  ['excel-cell-problems.xlsx', 'Effekter'],
])('%s, sheet %s: the same cells as exceljs reads', (name, sheetName) => {
  it('cell by cell, up to the header’s width', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(FIXTURES, name))
    const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet
    const ours = await readOurs(name, sheetName)
    expect(ours.problems).toEqual([])
    const width = ours.rows.get(1)?.length ?? 0
    expect(width).toBeGreaterThan(2)
    let compared = 0
    sheet.eachRow((row, number) => {
      const theirs = Array.from({ length: width }, (_, column) => {
        const cell = row.getCell(column + 1)
        return cell.isMerged && cell.master !== cell ? '' : expectedText(cell.value)
      })
      if (theirs.every(cell => cell.trim() === '')) return
      expect(ours.rows.get(number), `row ${number}`).toEqual(theirs)
      compared++
    })
    expect(compared).toBe(ours.rows.size)
  })
})

it('reads the first visible sheet by default, and says which sheets there are when --sheet names none', async () => {
  const first = await readOurs('libreoffice-two-sheets.xlsx')
  expect(first.rows.get(1)?.[0]).toBe('Prosjekt')
  const missing = await readOurs('libreoffice-two-sheets.xlsx', 'Ark9')
  expect(missing.problems).toEqual([
    expect.objectContaining({
      kind: 'spreadsheet',
      problem: 'no-such-sheet',
      detail: 'Ark9',
      sheets: ['Ark1', 'Ark2'],
    }),
  ])
})
