import { describe, expect, it } from 'vitest'
import { drawnWidth, fitTable, textWidth, wrapText } from '../../src/render/fit.js'
import type { TextTable } from '../../src/render/view.js'

const table = (
  head: string[],
  rows: string[][],
  align = head.map((_, column) => (column === 0 ? 'left' : 'right')),
): TextTable => ({
  title: 'By partner',
  head,
  align: align as TextTable['align'],
  rows,
  notes: ['a note'],
})
const continued = (title: string): string => `${title} (continued)`
const widthOf = (fitted: ReturnType<typeof fitTable>[number]): number =>
  drawnWidth(
    fitted.widths ??
      fitted.table.head.map((head, column) =>
        Math.max(textWidth(head), ...fitted.table.rows.map(row => textWidth(row[column] ?? ''))),
      ),
  )

describe('fitTable', () => {
  const partners = table(
    ['Partner', 'Records', 'Jobs (FTE)', 'Savings (NOK)'],
    [
      ['Direktoratet for tjenestedigitalisering', '4', '4.00', '8,060,516.47'],
      ['Åsmark kommune', '5', '5.00', '5,628,354.50'],
    ],
  )

  it('leaves a table alone that fits, or when there is no terminal', () => {
    expect(fitTable(partners, 200, 1, continued)).toEqual([{ table: partners, wraps: false }])
    expect(fitTable(partners, undefined, 1, continued)).toEqual([{ table: partners, wraps: false }])
  })

  it('wraps long names before anything else, never below their longest word', () => {
    const [fitted, ...rest] = fitTable(partners, 60, 1, continued)
    expect(rest).toEqual([])
    if (fitted === undefined) throw new Error('no table')
    expect(widthOf(fitted)).toBeLessThanOrEqual(60)
    expect(fitted.widths?.[0]).toBeGreaterThanOrEqual('tjenestedigitalisering'.length)
    expect(fitted.wraps).toBe(true)
    expect(fitted.table).toBe(partners)
  })

  it('wraps the heads of figure columns but never the figures', () => {
    // The narrowest single table: names at their longest word, "Jobs (FTE)" over two lines, figures whole.
    const [fitted, ...rest] = fitTable(partners, 59, 1, continued)
    expect(rest).toEqual([])
    expect(fitted?.widths).toEqual([
      'tjenestedigitalisering'.length,
      'Records'.length,
      '(FTE)'.length,
      '8,060,516.47'.length,
    ])
    expect(fitTable(partners, 58, 1, continued).length).toBe(2)
  })

  it('cuts a table whose figures alone are too wide into parts that repeat the key column', () => {
    const wide = table(
      ['Measure', 'Total', 'Realised', 'Estimated', 'Potential'],
      [['Savings', 'NOK 334,000,000.00', 'NOK 305,978,295.42', 'NOK 25,692,487.58', 'NOK 2,329,217.00']],
    )
    const parts = fitTable(wide, 60, 1, continued)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map(part => part.table.head[0])).toEqual(parts.map(() => 'Measure'))
    expect(parts.flatMap(part => part.table.head.slice(1))).toEqual(['Total', 'Realised', 'Estimated', 'Potential'])
    expect(parts.map(part => part.table.title)).toEqual([
      'By partner',
      ...parts.slice(1).map(() => 'By partner (continued)'),
    ])
    expect(parts.map(part => part.table.notes)).toEqual([...parts.slice(1).map(() => []), ['a note']])
    for (const part of parts) expect(widthOf(part)).toBeLessThanOrEqual(60)
  })
})

describe('wrapText', () => {
  it('breaks at spaces within the limit and keeps long words whole', () => {
    expect(wrapText('one two three four', 9)).toBe('one two\nthree\nfour')
    expect(wrapText('supercalifragilistic word', 5)).toBe('supercalifragilistic\nword')
    expect(wrapText('short', undefined)).toBe('short')
  })
})
