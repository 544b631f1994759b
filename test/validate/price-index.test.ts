import { describe, expect, it } from 'vitest'
import { amountToPlainString } from '../../src/amount.js'
import { en } from '../../src/messages/index.js'
import type { PriceIndex, Problem } from '../../src/model.js'
import { conventionForDelimiter, type Delimiter } from '../../src/read/dialect.js'
import { PriceIndexBuilder } from '../../src/validate/price-index.js'
import { formatProblem } from '../../src/validate/problem.js'

/** Feeds rows as the reader would: the header at line 1, then one row per line. */
function build(lines: string[][], delimiter: Delimiter = ','): PriceIndex | string[] {
  const builder = new PriceIndexBuilder({ name: 'cpi.csv', builtIn: false }, en)
  const [header, ...rows] = lines
  if (
    builder.header({ file: 'cpi.csv', line: 1, cells: header ?? [], convention: conventionForDelimiter(delimiter) })
  ) {
    for (const [position, cells] of rows.entries())
      builder.row({ file: 'cpi.csv', line: position + 2, cells, raw: cells.join(delimiter) })
  }
  const result = builder.result([])
  return Array.isArray(result) ? result.map((problem: Problem) => formatProblem(problem)) : result
}

const levels = (index: PriceIndex | string[]): [number, string][] => {
  if (Array.isArray(index)) throw new Error(index.join('\n'))
  return [...index.levels].map(([year, level]) => [year, amountToPlainString(level)])
}

describe('PriceIndexBuilder', () => {
  it('reads the shipped shape (year,kpi,note), ignoring the note, and finds the reference year', () => {
    const index = build([
      ['year', 'kpi', 'note'],
      ['2016', '103.6', ''],
      ['2015', '100.0', ''],
      ['2023', '129.6', 'derived from 2022 level and published annual change 5.5 %'],
    ])
    expect(levels(index)).toEqual([
      [2015, '100'],
      [2016, '103.6'],
      [2023, '129.6'],
    ])
    expect(index).toMatchObject({ source: 'cpi.csv', builtIn: false, referenceYear: 2015 })
  })

  it('reads Norwegian headers, ";" and decimal commas', () => {
    expect(
      levels(
        build(
          [
            ['År', 'Indeks'],
            ['2019', '110,8'],
            ['2020', '112,2'],
          ],
          ';',
        ),
      ),
    ).toEqual([
      [2019, '110.8'],
      [2020, '112.2'],
    ])
  })

  it('has no reference year when no level is exactly 100', () => {
    expect(
      build([
        ['year', 'cpi'],
        ['2019', '110.8'],
      ]),
    ).toMatchObject({ referenceYear: null })
  })

  it('reports every problem at its line', () => {
    expect(
      build([
        ['year', 'kpi', 'note'],
        ['2015', '100.0', ''],
        ['2016', 'abc', ''],
        ['2017', '-3', ''],
        ['2018', '0', ''],
        ['2016', '104', ''],
        ['16', '104', ''],
        ['', '101', ''],
        ['2019', '', ''],
        ['2020'],
      ]),
    ).toEqual([
      'cpi.csv:3: column "kpi": not a number with dot decimals (value "abc")',
      'cpi.csv:4: column "kpi": an index level must be positive (value "-3")',
      'cpi.csv:5: column "kpi": an index level must be positive (value "0")',
      'cpi.csv:6: column "year": year 2016 is listed twice (first at cpi.csv:3) (value "2016")',
      'cpi.csv:7: column "year": not a year (expected four digits, such as 2016) (value "16")',
      'cpi.csv:8: column "year": missing year',
      'cpi.csv:9: column "kpi": missing index level',
      'cpi.csv:10: expected 3 fields as in the header, found 1',
    ])
  })

  it('needs a year column and an index column', () => {
    expect(
      build([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toEqual([
      'cpi.csv:1: a price index needs a year column (year, år) and an index column (kpi, cpi, index or indeks); found "a", "b"',
    ])
  })

  it('needs at least one level', () => {
    expect(build([['year', 'kpi']])).toEqual(['cpi.csv:1: no index levels (the file has no rows below its header)'])
  })
})
