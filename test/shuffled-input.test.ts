// Counts that need memory of earlier records — duplicates, a repeated CO2e rate, distinct projects and
// coverage per group — are kept compactly (record/ledger.ts, aggregate/novelty.ts). Here they are held
// to a naive model that keeps sets of strings, on shuffled input where one project's records lie far
// apart, and with the ledger's hash index for large projects forced on and off.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Aggregator } from '../src/aggregate/index.js'
import { runKeys } from '../src/record/run-keys.js'
import { en } from '../src/messages/index.js'
import {
  BASES,
  type Basis,
  type Dimension,
  type Filters,
  type ImpactRecord,
  type MeasureValues,
  type Summary,
} from '../src/model.js'
import { compareByCodePoint } from '../src/record/code-point-order.js'
import { runMain } from './helpers/in-process.js'

const PARTNERS = ['Aker', 'Bergen', 'Ørland', 'Åsen']
const GROUPINGS: Dimension[][] = [
  ['year'],
  ['partner'],
  ['year', 'partner'],
  ['category'],
  ['basis'],
  ['project', 'partner'],
  ['category', 'basis', 'year'],
]

const present = fc.option(fc.constant({ units: 1n, scale: 0 }), { nil: null })
const record = fc
  .record({
    projectId: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
    year: fc.integer({ min: 2010, max: 2013 }),
    partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { minLength: 1, maxLength: 3 }),
    category: fc.constantFrom(null, 'Ferjer', 'Helse'),
    basis: fc.constantFrom<Basis>(...BASES),
    measures: fc.tuple(present, present, present),
  })
  .map(
    (fields): ImpactRecord => ({
      file: 'a.csv',
      line: 2,
      projectName: null,
      ...fields,
      partners: [...fields.partners].sort(compareByCodePoint),
      measures: fields.measures as MeasureValues,
    }),
  )

const filters: fc.Arbitrary<Filters> = fc.record({
  from: fc.constantFrom<number | null>(null, 2011),
  to: fc.constantFrom<number | null>(null, 2012),
  partners: fc.constantFrom<string[]>([], ['aker'], ['Bergen', 'Åsen']),
  categories: fc.constantFrom<string[]>([], ['ferjer']),
  bases: fc.constantFrom<Basis[]>([], ['realised', 'potential']),
})

/** The rows' and totals' counts, computed with sets of strings. */
function model(records: readonly ImpactRecord[], filter: Filters): unknown {
  const groups = GROUPINGS.map(
    () => new Map<string, { records: number; projects: Set<string>; reporting: Set<string>[] }>(),
  )
  const totals = {
    records: 0,
    projects: new Set<string>(),
    partners: new Set<string>(),
    reporting: [new Set<string>(), new Set<string>(), new Set<string>()],
  }
  for (const each of records) {
    if ((filter.from !== null && each.year < filter.from) || (filter.to !== null && each.year > filter.to)) continue
    if (filter.bases.length > 0 && !filter.bases.includes(each.basis)) continue
    if (
      filter.categories.length > 0 &&
      (each.category === null || !filter.categories.includes(each.category.toLowerCase()))
    )
      continue
    const credited =
      filter.partners.length === 0
        ? each.partners
        : each.partners.filter(partner =>
            filter.partners.some(wanted => wanted.toLowerCase() === partner.toLowerCase()),
          )
    if (credited.length === 0) continue
    const reported = each.measures.map(value => value !== null)
    totals.records++
    totals.projects.add(each.projectId)
    for (const partner of credited) totals.partners.add(partner)
    for (const [measure, yes] of reported.entries()) if (yes) totals.reporting[measure]?.add(each.projectId)
    GROUPINGS.forEach((dimensions, index) => {
      for (const partner of dimensions.includes('partner') ? credited : [null]) {
        const key = JSON.stringify(
          dimensions.map(
            dimension =>
              ({ year: each.year, partner, category: each.category, project: each.projectId, basis: each.basis })[
                dimension
              ],
          ),
        )
        const map = groups[index] as Map<string, { records: number; projects: Set<string>; reporting: Set<string>[] }>
        let group = map.get(key)
        if (group === undefined) {
          group = { records: 0, projects: new Set(), reporting: [new Set(), new Set(), new Set()] }
          map.set(key, group)
        }
        group.records++
        group.projects.add(each.projectId)
        for (const [measure, yes] of reported.entries()) if (yes) group.reporting[measure]?.add(each.projectId)
      }
    })
  }
  return {
    totals: {
      records: totals.records,
      projects: totals.projects.size,
      partners: totals.partners.size,
      reporting: totals.reporting.map(set => set.size),
    },
    groups: groups.map(map =>
      Object.fromEntries(
        [...map].map(([key, group]) => [
          key,
          { records: group.records, projects: group.projects.size, reporting: group.reporting.map(set => set.size) },
        ]),
      ),
    ),
  }
}

/** The same counts, read off a Summary. */
function counted(summary: Summary): unknown {
  const { totals } = summary
  return {
    totals: {
      records: totals.records,
      projects: totals.projects,
      partners: totals.partners,
      reporting: totals.coverage.map(each => each.projects),
    },
    groups: summary.groupings.map(grouping =>
      Object.fromEntries(
        grouping.rows.map(row => [
          JSON.stringify(row.keys),
          { records: row.records, projects: row.projects, reporting: row.coverage.map(each => each.projects) },
        ]),
      ),
    ),
  }
}

function aggregate(records: readonly ImpactRecord[], filter: Filters, largeProject: number): Summary {
  const run = runKeys({ duplicates: false, groupings: GROUPINGS, largeProject })
  const aggregator = new Aggregator({ attribution: 'split', groupings: GROUPINGS, filters: filter }, run)
  for (const each of records) aggregator.add(each)
  return aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 })
}

describe('per-group projects and coverage, against sets of strings', () => {
  it('agree on random records in any order, whether large projects are indexed or walked', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 80 }),
        filters,
        fc.constantFrom(0, 2, 64),
        (records, filter, largeProject) => {
          const summary = aggregate(records, filter, largeProject)
          expect(counted(summary)).toEqual(model(records, filter))
          expect(aggregate([...records].reverse(), filter, 64)).toEqual(summary)
        },
      ),
      { numRuns: 300 },
    )
  })
})

// End to end: a file whose projects' records are scattered, with duplicates and repeated CO2e rates.
describe('duplicates and repeated CO2e rates in a shuffled file', () => {
  function shuffledFile(seed: number): { text: string; expected: string[] } {
    let state = seed
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
    const rows: string[] = []
    // 150 projects × 4 years; one project with 120 records (a large project), plus copies of earlier rows.
    for (let project = 0; project < 150; project++) {
      for (let year = 2010; year < 2014; year++)
        rows.push(`P${project},${year},Aker|Bergen,1,${random() < 0.3 ? '' : '100'},${random() < 0.2 ? '5,5' : ''}`)
    }
    for (let year = 1900; year < 2020; year++) rows.push(`BIG,${year},Aker,1,,${year % 7 === 0 ? '2' : ''}`)
    const copies = rows.filter(() => random() < 0.05)
    rows.push(...copies)
    for (let position = rows.length - 1; position > 0; position--) {
      const other = Math.floor(random() * (position + 1))
      ;[rows[position], rows[other]] = [rows[other] as string, rows[position] as string]
    }
    // The model: the first occurrence of a (project, year, partners) key, and each project's first non-zero CO2e.
    const firstKey = new Map<string, number>()
    const firstCo2e = new Map<string, { year: string; line: number }>()
    const expected: string[] = []
    rows.forEach((row, position) => {
      const line = position + 2
      const [project = '', year = '', partners = ''] = row.split(',')
      const co2e = row.split(',')[5] ?? ''
      const key = `${project}/${year}/${partners}`
      const earlier = firstKey.get(key)
      if (earlier === undefined) firstKey.set(key, line)
      else expected.push(`input.csv:${line}: ${en.problems.duplicate(`input.csv:${earlier}`)}`)
      if (co2e !== '') {
        const first = firstCo2e.get(project)
        if (first === undefined) firstCo2e.set(project, { year, line })
        else if (first.year !== year)
          expected.push(
            `input.csv:${line}: warning: column "co2e_tonnes": ${en.problems.co2eRepeated(project, `input.csv:${first.line}`)}`,
          )
      }
    })
    return {
      text: `project_id,year,partner,jobs,savings_nok,co2e_tonnes\n${rows.map(row => row.replace(/,5,5$/, ',"5,5"').replace(/,5,5,/, ',"5,5",')).join('\n')}\n`,
      expected,
    }
  }

  it.each([1, 2, 3])('names the first line of every duplicate and of every repeated rate (seed %i)', async seed => {
    const { text, expected } = shuffledFile(seed)
    const directory = mkdtempSync(join(tmpdir(), 'lup-shuffled-'))
    writeFileSync(join(directory, 'input.csv'), text)
    const result = await runMain(['validate', 'input.csv', '--decimal', 'comma'], { cwd: directory })
    const lines = result.stdout.trimEnd().split('\n')
    expect(expected.length).toBeGreaterThan(20)
    expect(lines.slice(0, -1)).toEqual(expected)
  })
})
