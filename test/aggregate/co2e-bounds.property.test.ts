// The CO2e series of the Aggregator (aggregate/co2e-over-time.ts) against the oracle
// (test/oracles/co2e-bounds.ts): on the sample, and on random records with every basis, negative
// cuts, end years and gap years, in any order.
import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Aggregator } from '../../src/aggregate/index.js'
import { en } from '../../src/messages/index.js'
import { BASES, type ImpactRecord } from '../../src/model.js'
import { loadRecords } from '../../src/pipeline.js'
import { ROOT } from '../helpers/run-cli.js'
import { atOracleScale, co2eBoundsOracle } from '../oracles/co2e-bounds.js'

const NO_FILTERS = { from: null, to: null, partners: [], categories: [], bases: [] }

function aggregated(records: readonly ImpactRecord[], persist: boolean) {
  const aggregator = new Aggregator({ attribution: 'split', groupings: [], filters: NO_FILTERS, persist })
  for (const record of records) aggregator.add(record)
  const { co2e } = aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 }).totals
  return co2e.years.map(year => ({
    year: year.year,
    inForce: atOracleScale(year.inForce),
    lowerToDate: atOracleScale(year.avoidedLowerToDate),
    upperToDate: atOracleScale(year.avoidedUpperToDate),
  }))
}

async function sampleRecords(): Promise<ImpactRecord[]> {
  const records: ImpactRecord[] = []
  await loadRecords(
    ['data/lup-sample.csv'],
    { allowDuplicates: false, strict: false, messages: en },
    { cwd: ROOT, stdin: Readable.from([]) },
    { record: record => records.push(record), problem: () => undefined },
  )
  return records
}

describe('CO2e in force and avoided, against the oracle', () => {
  it.each([false, true])('on the sample (persist %s)', async persist => {
    const records = await sampleRecords()
    expect(records).toHaveLength(121)
    const oracle = co2eBoundsOracle(records, persist)
    expect(aggregated(records, persist)).toEqual(oracle)
    // The figures the report states, by the oracle: 7,768.35 t to 11,145.5 t, 2,920.4 t/yr in force.
    const end = oracle[oracle.length - 1]
    if (!persist)
      expect([end?.lowerToDate, end?.upperToDate, end?.inForce]).toEqual([7768350000n, 11145500000n, 2920400000n])
  })

  it('on random records, in any order', () => {
    const record = fc.record({
      project: fc.constantFrom('P1', 'P2', 'P3', 'p1'),
      year: fc.integer({ min: 2010, max: 2020 }),
      basis: fc.constantFrom(...BASES),
      co2e: fc.option(fc.integer({ min: -500, max: 5000 }), { nil: null }),
      end: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), fc.boolean(), fc.integer(), (rows, persist, seed) => {
        const records: ImpactRecord[] = rows.map((row, index) => ({
          file: 'r.csv',
          line: index + 2,
          projectId: row.project,
          year: row.year,
          // One partner per line: no two records are duplicates of each other.
          partners: [`Partner ${index}`],
          category: null,
          projectName: null,
          basis: row.basis,
          measures: [null, null, row.co2e === null ? null : { units: BigInt(row.co2e), scale: 1 }],
          ...(row.co2e === null || row.end === null ? {} : { co2eEndYear: row.year + row.end }),
        }))
        const shuffled = [...records].sort((a, b) => ((a.line * 7919 + seed) % 97) - ((b.line * 7919 + seed) % 97))
        const expected = co2eBoundsOracle(records, persist)
        expect(aggregated(shuffled, persist)).toEqual(expected)
        // The lower bound never rises above the upper one.
        for (const year of expected) expect(year.lowerToDate <= year.upperToDate).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
