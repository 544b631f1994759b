import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import { en } from '../../src/messages/index.js'
import type { GroupRow, MeasureValues, Summary } from '../../src/model.js'
import { neutralizeFormula, renderCsv } from '../../src/render/csv.js'
import { NUMBER_STYLES } from '../../src/messages/numbers.js'

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-Fjordvik', "'-Fjordvik"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    // An apostrophe too, so the rule can be undone: a cell starting with ' is the original less that '.
    ["'=already", "''=already"],
    ["'s-Hertogenbosch", "''s-Hertogenbosch"],
  ])('%j → %j', (text, expected) => expect(neutralizeFormula(text)).toBe(expected))

  it.each(['Aker Solutions', 'Ørland kommune', '', 'a=b', '1-2', 'P-1', ' x', 'x=1+1'])('leaves %j alone', text => {
    expect(neutralizeFormula(text)).toBe(text)
  })
})

const REPORTED = {
  coverage: [
    { records: 1, projects: 1 },
    { records: 1, projects: 1 },
    { records: 0, projects: 0 },
  ] as GroupRow['coverage'],
  bases: [['realised'], ['realised'], []] as GroupRow['bases'],
}

describe('renderCsv', () => {
  const measures = (...values: (string | null)[]): MeasureValues =>
    values.map(value => (value === null ? null : amountFromPlainString(value))) as MeasureValues
  const summary: Summary = {
    inputs: [{ path: 'a.csv', records: 2, sha256: 'x' }],
    attribution: 'split',
    jobs: 'new',
    membership: null,
    filters: { from: null, to: null, partners: [], categories: [], bases: [] },
    totals: {
      records: 2,
      projects: 2,
      partners: 2,
      firstYear: 2019,
      lastYear: 2020,
      measures: measures('1.5', '-100.25', null),
      coverage: [
        { records: 2, projects: 2 },
        { records: 1, projects: 1 },
        { records: 0, projects: 0 },
      ],
      multiPartnerRecords: 0,
      byBasis: [measures('1.5', '-100.25', null), measures(null, null, null), measures(null, null, null)],
      bases: ['realised'],
      sumOverPartners: measures('1.5', '-100.25', null),
      precision: [1, 2, 0],
      co2e: {
        years: [],
        inForce: null,
        lower: { tonnes: null, assumptions: [] },
        upper: { tonnes: null, assumptions: [] },
        persist: false,
      },
      jobsHeld: null,
      members: null,
    },
    groupings: [
      {
        dimensions: ['year'],
        rows: [
          {
            keys: [2019],
            records: 1,
            projects: 1,
            measures: measures('1', '-100.25', null),
            ...REPORTED,
            toDate: {
              jobs: measures('1')[0],
              savingsNok: measures('-100.25')[0],
              co2eInForce: null,
              co2eAvoidedLower: null,
              co2eAvoidedUpper: null,
              co2eAvoidedLowerToDate: null,
              co2eAvoidedUpperToDate: null,
            },
          },
          {
            keys: [2020],
            records: 1,
            projects: 1,
            measures: measures('0.5', null, null),
            ...REPORTED,
            toDate: {
              jobs: measures('1.5')[0],
              savingsNok: measures('-100.25')[0],
              co2eInForce: null,
              co2eAvoidedLower: null,
              co2eAvoidedUpper: null,
              co2eAvoidedLowerToDate: null,
              co2eAvoidedUpperToDate: null,
            },
          },
        ],
      },
      {
        dimensions: ['partner'],
        rows: [
          { keys: ['=HYPERLINK("x")'], records: 1, projects: 1, measures: measures('1', '-100.25', null), ...REPORTED },
          { keys: ['Aker, Oslo'], records: 1, projects: 1, measures: measures('0.5', null, null), ...REPORTED },
        ],
      },
    ],
    problems: { errors: 0, warnings: 0, skippedRecords: 0 },
    prices: null,
    value: null,
  }

  it('writes one long table with neutralised text keys and plain negative numbers', () => {
    const options = {
      color: false,
      messages: en,
      numbers: NUMBER_STYLES.nb,
      tool: { name: 'lup-impact', version: '0.0.0' },
    }
    expect(renderCsv(summary, options)).toBe(
      [
        'group,year,partner,records,projects,jobs,savings_nok,co2e_tonnes,jobs_to_date,savings_nok_to_date,co2e_tonnes_in_force,co2e_tonnes_avoided_lower,co2e_tonnes_avoided_upper,co2e_tonnes_avoided_to_date_lower,co2e_tonnes_avoided_to_date_upper',
        'total,,,2,2,1.5,-100.25,,,,,,,,',
        'year,2019,,1,1,1,-100.25,,1,-100.25,,,,,',
        'year,2020,,1,1,0.5,,,1.5,-100.25,,,,,',
        `partner,,"'=HYPERLINK(""x"")",1,1,1,-100.25,,,,,,,,`,
        'partner,,"Aker, Oslo",1,1,0.5,,,,,,,,,',
        '',
      ].join('\n'),
    )
  })
})
