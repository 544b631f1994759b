import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import { compareWithTargets, withinTolerance } from '../../src/targets/compare.js'
import type { CheckOperator, Totals } from '../../src/model.js'

const a = amountFromPlainString

describe('withinTolerance: |actual − expected| × 100 ≤ tolerance × |expected|, exactly', () => {
  it.each([
    ['353.5', '350', '1', true],
    ['353.51', '350', '1', false],
    ['346.5', '350', '1', true],
    ['346.49', '350', '1', false],
    ['0.30000000000000001', '0.3', '0.0000000000001', true],
    ['334000001', '334000000', '0', false],
    ['-101', '-100', '1', true],
    ['1', '0', '50', false],
  ])('%s within %s ± %s %% → %s', (actual, expected, tolerance, result) => {
    expect(withinTolerance(a(actual), a(expected), a(tolerance))).toBe(result)
  })
})

describe('compareWithTargets', () => {
  const totals = {
    records: 121,
    projects: 34,
    partners: 40,
    firstYear: 2010,
    lastYear: 2019,
    measures: [a('350'), a('334000000'), null],
    multiPartnerRecords: 31,
  } as unknown as Totals
  const target = (metric: string, op: CheckOperator, value: string) =>
    ({ metric, op, value: a(value), text: null }) as Parameters<typeof compareWithTargets>[1][number]

  it.each([
    ['jobs', '=', '350', 'met'],
    ['jobs', '=', '350.00', 'met'],
    ['jobs', '=', '351', 'missed'],
    ['jobs', '>=', '350', 'met'],
    ['jobs', '>', '350', 'missed'],
    ['jobs', '<=', '349.99', 'missed'],
    ['savings_nok', '<', '334000000.01', 'met'],
    ['partners', '>', '35', 'met'],
    ['projects', '=', '34', 'met'],
    ['records', '=', '121', 'met'],
    ['first_year', '=', '2010', 'met'],
    ['last_year', '<', '2019', 'missed'],
    ['shared_records', '=', '31', 'met'],
    ['co2e_tonnes', '>=', '0', 'not-reported'],
  ] as const)('%s %s %s → %s', (metric, op, value, status) => {
    expect(compareWithTargets(totals, [target(metric, op, value)], null)[0]?.status).toBe(status)
  })

  it('applies a tolerance to = only', () => {
    const [equal, atLeast] = compareWithTargets(
      totals,
      [target('jobs', '=', '353'), target('jobs', '>=', '353')],
      a('1'),
    )
    expect(equal?.status).toBe('met')
    expect(equal?.tolerance).toEqual(a('1'))
    expect(atLeast?.status).toBe('missed')
    expect(atLeast?.tolerance).toBeNull()
  })
})
