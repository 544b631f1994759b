import { describe, expect, it } from 'vitest'
import { amountToPlainString } from '../../src/amount.js'
import { en, nb } from '../../src/messages/index.js'
import type { Messages } from '../../src/messages/index.js'
import { conventionForDelimiter, type Delimiter } from '../../src/read/dialect.js'
import { formatProblem } from '../../src/validate/problem.js'
import { ValueFileBuilder, type ValueFileKind } from '../../src/validate/value-inputs.js'

/** Feeds rows as the reader would: the header at line 1, then one row per line. */
function build(
  kind: ValueFileKind,
  lines: string[][],
  options: { delimiter?: Delimiter; partners?: string[]; messages?: Messages } = {},
) {
  const delimiter = options.delimiter ?? ','
  const builder = new ValueFileBuilder(
    kind,
    { name: 'f.csv', builtIn: false },
    options.messages ?? en,
    options.partners ?? [],
  )
  const [header, ...rows] = lines
  if (builder.header({ file: 'f.csv', line: 1, cells: header ?? [], convention: conventionForDelimiter(delimiter) }))
    for (const [position, cells] of rows.entries())
      builder.row({ file: 'f.csv', line: position + 2, cells, raw: cells.join(delimiter) })
  return builder
}

const PATH_HEADER = ['year', 'category', 'nok_per_tonne', 'price_level', 'source']

describe('ValueFileBuilder: carbon price path', () => {
  it('reads prices by class and year; the path level is its last year’s', () => {
    const path = build('carbon-price', [
      PATH_HEADER,
      ['2021', 'non_ets', '591', '2021', 'budget'],
      ['2030', 'non_ets', '2000', '2020', 'table 1'],
      ['2030', 'ets', '1500.5', '2024', 'forwards'],
    ]).pricePath([], 'abc')
    if (Array.isArray(path)) throw new Error(path.map(problem => formatProblem(problem)).join('\n'))
    expect(path.priceLevel).toBe(2020)
    expect(path.sha256).toBe('abc')
    expect(
      [...path.prices.values()].map(price => [
        price.emissionClass,
        price.year,
        amountToPlainString(price.nokPerTonne),
        price.priceLevel,
        price.line,
      ]),
    ).toEqual([
      ['non_ets', 2021, '591', 2021, 2],
      ['non_ets', 2030, '2000', 2020, 3],
      ['ets', 2030, '1500.5', 2024, 4],
    ])
  })

  it('Norwegian headers and comma decimals in a semicolon file', () => {
    const path = build(
      'carbon-price',
      [
        ['år', 'kategori', 'kr_per_tonn', 'prisnivå'],
        ['2024', 'kvotepliktig', '1 176,50', '2024'],
      ],
      { delimiter: ';' },
    ).pricePath([], 'x')
    if (Array.isArray(path)) throw new Error(path.map(problem => formatProblem(problem)).join('\n'))
    expect(amountToPlainString(path.prices.get('ets:2024')?.nokPerTonne ?? { units: 0n, scale: 0 })).toBe('1176.5')
  })

  it('every problem, located, in the row order', () => {
    const problems = build('carbon-price', [
      PATH_HEADER,
      ['2020', 'non_ets', '500', '2020', ''],
      ['2020', 'non_ets', '510', '2020', ''],
      ['2021', 'road', '600', '2020', ''],
      ['2022', 'non_ets', '', '2020', ''],
      ['2023', 'ets', '-1', '2020', ''],
      ['2023', 'ets', '1'],
    ]).pricePath([], 'x')
    expect(Array.isArray(problems) ? problems.map(problem => formatProblem(problem)) : problems).toEqual([
      'f.csv:3: column "year": 2020 non_ets is listed twice (first at f.csv:2) (value "2020")',
      'f.csv:4: column "category": unknown category (expected non_ets or ets) (value "road")',
      'f.csv:5: column "nok_per_tonne": missing price',
      'f.csv:6: column "nok_per_tonne": a carbon price cannot be negative (value "-1")',
      'f.csv:7: expected 5 fields as in the header, found 3',
    ])
  })

  it('missing columns name what was found, in the language asked for', () => {
    const problems = build('carbon-price', [['year', 'price']], { messages: nb }).pricePath([], 'x')
    expect(Array.isArray(problems) ? problems.map(problem => formatProblem(problem)) : problems).toEqual([
      'f.csv:1: en karbonprisbane trenger kolonnene year, category, nok_per_tonne og price_level; fant «year», «price»',
    ])
  })

  it('a header without rows is an error', () => {
    const problems = build('carbon-price', [PATH_HEADER]).pricePath([], 'x')
    expect(Array.isArray(problems) ? problems.map(problem => formatProblem(problem)) : problems).toEqual([
      'f.csv:1: no prices (the file has no rows below its header)',
    ])
  })
})

describe('ValueFileBuilder: costs', () => {
  const rows = [
    ['year', 'cost_nok', 'partner'],
    ['2020', '1000', 'Fjordvik kommune'],
    ['2020', '250.50', 'Elvestrand kommune'],
    ['2021', '300', 'FJORDVIK  kommune'],
  ]
  const costs = (partners: string[] = []) => {
    const result = build('costs', rows, { partners }).costsResult([], 'y')
    if (Array.isArray(result)) throw new Error(result.map(problem => formatProblem(problem)).join('\n'))
    return [...result.byYear].map(([year, amount]) => [year, amountToPlainString(amount)])
  }

  it('adds the rows of a year up', () =>
    expect(costs()).toEqual([
      [2020, '1250.5'],
      [2021, '300'],
    ]))
  it('under --partner, only that partner’s rows (names compared by identity)', () =>
    expect(costs(['Fjordvik kommune'])).toEqual([
      [2020, '1000'],
      [2021, '300'],
    ]))
  it('a negative cost is an error at its line', () => {
    const problems = build('costs', [
      ['year', 'cost_nok'],
      ['2020', '-5'],
    ]).costsResult([], 'y')
    expect(Array.isArray(problems) ? problems.map(problem => formatProblem(problem)) : problems).toEqual([
      'f.csv:2: column "cost_nok": a cost cannot be negative (value "-5")',
    ])
  })
})
