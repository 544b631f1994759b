// A sheet row touches only the cells its XML holds: a cell far to the right of a wide header is one
// cell, not thousands of empty ones (a 3.8 MB workbook with a 16 384-column header once took minutes
// to read), and nothing of one row shows through in the next: its cells, nor their kinds.
import { describe, expect, it } from 'vitest'
import { CELL_ERROR, CELL_NUMBER, CELL_TEXT, RowFields } from '../../src/read/row.js'
import { MAX_COLUMN, type SheetRow, sheetParser } from '../../src/read/xlsx/sheet-rows.js'

/** Each row as the parser hands it on: number, width, cells held, and the given columns' text and kinds. */
function parse(xml: string, columns: number[], width = MAX_COLUMN) {
  const seen: { number: number; width: number; size: number; cells: [string, number][] }[] = []
  const parser = sheetParser(
    { sharedStrings: [], dateStyles: [], date1904: false, columns: () => width },
    (row: SheetRow) => {
      seen.push({
        number: row.number,
        width: row.width,
        size: row.size,
        cells: columns.map(column => [row.cell(column), row.kind(column)]),
      })
    },
  )
  parser.write(`<worksheet><sheetData>${xml}</sheetData></worksheet>`)
  parser.close()
  return seen
}

describe('sheetParser rows', () => {
  it('a lone cell at the far right is one cell held, the columns before it empty', () => {
    const [row] = parse('<row r="2"><c r="XFC2"><v>7</v></c></row>', [0, 16_382, 16_381])
    expect(row).toEqual({
      number: 2,
      width: 16_383,
      size: 1,
      cells: [
        ['', CELL_TEXT],
        ['7', CELL_NUMBER],
        ['', CELL_TEXT],
      ],
    })
  })

  it('forgets the last row: its cells and their kinds', () => {
    const rows = parse(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>P-2</t></is></c></row>',
      [0, 3],
    )
    expect(rows.map(row => row.cells)).toEqual([
      [
        ['P-1', CELL_TEXT],
        ['#DIV/0!', CELL_ERROR],
      ],
      [
        ['P-2', CELL_TEXT],
        ['', CELL_TEXT],
      ],
    ])
    expect(rows.map(row => [row.width, row.size])).toEqual([
      [4, 2],
      [1, 1],
    ])
  })

  it('a second cell at the same column replaces the first and is held once', () => {
    const [row] = parse('<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c></row>', [1])
    expect(row?.size).toBe(1)
    expect(row?.cells).toEqual([['2', CELL_NUMBER]])
  })

  it('keeps no cell past the header’s width', () => {
    const [row] = parse('<row r="2"><c r="A2"><v>1</v></c><c r="E2"><v>5</v></c></row>', [0, 4], 3)
    expect(row?.size).toBe(1)
    expect(row?.cells).toEqual([
      ['1', CELL_NUMBER],
      ['', CELL_TEXT],
    ])
  })
})

describe('RowFields.resetCells / setCell', () => {
  it('gives every field of the width, empty text where no cell was set, and clears the last record’s kinds', () => {
    const fields = new RowFields()
    fields.resetCells(6)
    fields.setCell(1, '2019', CELL_NUMBER)
    fields.setCell(5, '#REF!', CELL_ERROR)
    expect(fields.count).toBe(6)
    expect(fields.cells()).toEqual(['', '2019', '', '', '', '#REF!'])
    expect([...(fields.kinds ?? []).slice(0, 6)]).toEqual([0, CELL_NUMBER, 0, 0, 0, CELL_ERROR])
    fields.resetCells(6)
    fields.setCell(0, 'P-2', CELL_TEXT)
    expect(fields.cells()).toEqual(['P-2', '', '', '', '', ''])
    expect([...(fields.kinds ?? []).slice(0, 6)]).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('grows to a width past its first capacity', () => {
    const fields = new RowFields()
    fields.resetCells(MAX_COLUMN)
    fields.setCell(MAX_COLUMN - 1, 'last', CELL_TEXT)
    expect(fields.count).toBe(MAX_COLUMN)
    expect(fields.cell(MAX_COLUMN - 1)).toBe('last')
    expect(fields.cell(0)).toBe('')
  })
})
