import { describe, expect, it } from 'vitest'
import type { Amount } from '../../src/amount.js'
import { en } from '../../src/messages/index.js'
import type { ImpactRecord, Problem } from '../../src/model.js'
import { resolveHeader } from '../../src/read/header.js'
import { runKeys } from '../../src/record/run-keys.js'
import { CrossRecordChecks, type CrossRecordOptions } from '../../src/validate/duplicates.js'
import { validateRow } from '../../src/validate/record.js'

const DEFAULTS: CrossRecordOptions = { allowDuplicates: false, strict: false }

function record(changes: Partial<ImpactRecord> & { co2e?: Amount | null } = {}): ImpactRecord {
  const { co2e = null, ...rest } = changes
  return {
    file: 'a.csv',
    line: 2,
    projectId: 'P1',
    year: 2019,
    partners: ['Aker'],
    category: null,
    projectName: null,
    basis: 'realised',
    measures: [{ units: 1n, scale: 0 }, null, co2e],
    ...rest,
  }
}

/** Runs the records through one checker: the problems each one raised, in order. */
function check(records: ImpactRecord[], options: Partial<CrossRecordOptions> = {}): Problem[][] {
  const checks = new CrossRecordChecks({ ...DEFAULTS, ...options }, en)
  return records.map(each => checks.check(each))
}

const tonnes = (units: bigint, scale = 0): Amount => ({ units, scale })

describe('CrossRecordChecks, duplicates', () => {
  it('reports a duplicate at the later record, naming the earlier line', () => {
    const [first, second] = check([record({ line: 3 }), record({ line: 9 })])
    expect(first).toEqual([])
    expect(second).toEqual([{ file: 'a.csv', line: 9, severity: 'error', message: en.problems.duplicate('a.csv:3') }])
    expect(second?.[0]?.message).toMatch(/^duplicate of a\.csv:3 /)
  })

  it('names the first occurrence for every later copy', () => {
    const results = check([record({ line: 2 }), record({ line: 5 }), record({ line: 8 })])
    expect(results.map(problems => problems.map(problem => problem.message))).toEqual([
      [],
      [en.problems.duplicate('a.csv:2')],
      [en.problems.duplicate('a.csv:2')],
    ])
  })

  it('finds duplicates across files and names the other file', () => {
    const results = check([
      record({ file: 'a.csv', line: 4 }),
      record({ file: 'b.csv', line: 2 }),
      record({ file: 'c.csv', line: 7, year: 2020 }),
      record({ file: 'b.csv', line: 3, year: 2020 }),
    ])
    expect(results).toEqual([
      [],
      [{ file: 'b.csv', line: 2, severity: 'error', message: en.problems.duplicate('a.csv:4') }],
      [],
      [{ file: 'b.csv', line: 3, severity: 'error', message: en.problems.duplicate('c.csv:7') }],
    ])
  })

  it('keeps lines beyond 65535 and many files apart', () => {
    const records = [
      record({ file: 'x.csv', line: 2 ** 20 + 3, year: 2010 }),
      record({ file: 'y.csv', line: 70_000, year: 2011 }),
      record({ file: 'z.csv', line: 1, year: 2010 }),
      record({ file: 'z.csv', line: 2, year: 2011 }),
    ]
    const messages = check(records).map(problems => problems.map(problem => problem.message))
    expect(messages).toEqual([
      [],
      [],
      [en.problems.duplicate(`x.csv:${2 ** 20 + 3}`)],
      [en.problems.duplicate('y.csv:70000')],
    ])
  })

  it.each([
    ['another project', { projectId: 'P2' }],
    ['another year', { year: 2020 }],
    ['another partner', { partners: ['Bergen'] }],
    ['more partners', { partners: ['Aker', 'Bergen'] }],
  ])('does not count a record with %s as a duplicate', (_name, changes) => {
    // Another partner set in the same project and year is an overlap (a warning of its own), not a duplicate.
    expect(check([record(), record({ line: 3, ...changes })], { allowOverlap: true })).toEqual([[], []])
  })

  // Identity (issue 11, item 12): names compare after NFC and Norwegian case folding.
  it.each([
    ['a project id differing in case', {}, { projectId: 'p1' }],
    ['a partner differing in case', {}, { partners: ['AKER'] }],
    ['a partner written decomposed (NFD)', { partners: ['Ås'] }, { partners: ['Ås'.normalize('NFD')] }],
    ['a partner in lower case and decomposed', { partners: ['Ås'] }, { partners: ['ås'.normalize('NFD')] }],
  ])('counts a record with %s as a duplicate', (_name, first, second) => {
    expect(check([record(first), record({ line: 3, ...second })])[1]?.map(problem => problem.message)).toEqual([
      en.problems.duplicate('a.csv:2'),
    ])
  })

  it('does not confuse partner lists that join to the same text', () => {
    const checked = check([record({ partners: ['A B', 'C'] }), record({ line: 3, partners: ['A', 'B C'] })], {
      allowOverlap: true,
    })
    expect(checked).toEqual([[], []])
  })

  it('ignores the order partners were written in, because validated partners are sorted', () => {
    const resolved = resolveHeader(['project_id', 'year', 'partner', 'jobs'])
    const context = { index: resolved.index, names: resolved.names, convention: 'comma' as const, messages: en }
    const validated = [' Bergen | Aker ', 'Aker|Bergen'].map((partner, position) => {
      const result = validateRow(
        { file: 'a.csv', line: position + 2, cells: ['P1', '2019', partner, '1'], raw: '' },
        context,
      )
      if (Array.isArray(result)) throw new Error('expected a valid record')
      return result
    })
    expect(check(validated)[1]).toEqual([
      { file: 'a.csv', line: 3, severity: 'error', message: en.problems.duplicate('a.csv:2') },
    ])
  })

  it('allows duplicates when asked to', () => {
    expect(check([record(), record({ line: 3 }), record({ line: 4 })], { allowDuplicates: true })).toEqual([[], [], []])
  })
})

describe('CrossRecordChecks, a CO2e rate reported more than once', () => {
  const co2eProblem = (line: number, earlier: string, severity: 'warning' | 'error' = 'warning'): Problem => ({
    file: 'a.csv',
    line,
    severity,
    column: 'co2e_tonnes',
    message: en.problems.co2eRepeated('P1', earlier),
  })

  it('warns when a project reports a CO2e cut in a second year, naming the project and its first line', () => {
    const results = check([
      record({ line: 2, year: 2018, co2e: tonnes(5n) }),
      record({ line: 6, year: 2019, co2e: tonnes(5n) }),
    ])
    expect(results).toEqual([[], [co2eProblem(6, 'a.csv:2')]])
    expect(results[1]?.[0]?.message).toContain('project "P1" already reported a CO2e cut at a.csv:2')
  })

  it('makes it an error under --strict', () => {
    const results = check(
      [record({ year: 2018, co2e: tonnes(5n) }), record({ line: 6, year: 2019, co2e: tonnes(5n) })],
      { strict: true },
    )
    expect(results).toEqual([[], [co2eProblem(6, 'a.csv:2', 'error')]])
  })

  it('names the first line for every later year', () => {
    const results = check([
      record({ line: 2, year: 2017, co2e: tonnes(5n) }),
      record({ line: 3, year: 2018, co2e: tonnes(5n) }),
      record({ line: 4, year: 2019, co2e: tonnes(-1n) }),
    ])
    expect(results).toEqual([[], [co2eProblem(3, 'a.csv:2')], [co2eProblem(4, 'a.csv:2')]])
  })

  it('names first lines past two billion (kept apart from the int32 column)', () => {
    const results = check([
      record({ line: 3_000_000_000, year: 2018, co2e: tonnes(5n) }),
      record({ line: 3_000_000_001, year: 2019, co2e: tonnes(5n) }),
    ])
    expect(results[1]).toEqual([{ ...co2eProblem(3_000_000_001, 'a.csv:3000000000') }])
    const duplicates = check([record({ line: 2 ** 40 }), record({ line: 2 ** 40 + 1 })])
    expect(duplicates[1]?.[0]?.message).toBe(en.problems.duplicate(`a.csv:${2 ** 40}`))
  })

  it('names a first line in another file', () => {
    const results = check([
      record({ file: 'a.csv', line: 2, year: 2018, co2e: tonnes(5n) }),
      record({ file: 'b.csv', line: 2, year: 2019, co2e: tonnes(5n) }),
    ])
    expect(results[1]).toEqual([{ ...co2eProblem(2, 'a.csv:2'), file: 'b.csv' }])
  })

  it('does not count zero or unreported CO2e', () => {
    const results = check([
      record({ line: 2, year: 2016, co2e: tonnes(0n, 3) }),
      record({ line: 3, year: 2017, co2e: null }),
      record({ line: 4, year: 2018, co2e: tonnes(7n) }),
      record({ line: 5, year: 2019, co2e: tonnes(0n) }),
      record({ line: 6, year: 2020, co2e: tonnes(7n) }),
    ])
    expect(results).toEqual([[], [], [], [], [co2eProblem(6, 'a.csv:4')]])
  })

  it('keeps projects apart', () => {
    expect(
      check([
        record({ year: 2018, co2e: tonnes(5n) }),
        record({ line: 3, year: 2019, projectId: 'P2', co2e: tonnes(5n) }),
      ]),
    ).toEqual([[], []])
  })

  it('does not warn when one project credits its cut to different partners in the same year', () => {
    // Contract: "A project that reports a CO2e cut in several years is most likely repeating its rate".
    const results = check(
      [
        record({ line: 2, year: 2019, partners: ['Aker'], co2e: tonnes(5n) }),
        record({ line: 3, year: 2019, partners: ['Bergen kommune'], co2e: tonnes(3n) }),
      ],
      { allowOverlap: true },
    )
    expect(results).toEqual([[], []])
  })

  it('reports a duplicate and a repeated CO2e rate of the same record separately', () => {
    const results = check([
      record({ year: 2018, co2e: tonnes(5n) }),
      record({ line: 3, year: 2019, co2e: tonnes(5n) }),
      record({ line: 4, year: 2019, co2e: tonnes(5n) }),
    ])
    expect(results[2]?.map(problem => [problem.severity, problem.message])).toEqual([
      ['error', en.problems.duplicate('a.csv:3')],
      ['warning', en.problems.co2eRepeated('P1', 'a.csv:2')],
    ])
  })
})

describe('CrossRecordChecks, one project and year under different partner sets (overlap)', () => {
  it('warns at the later record, naming the earlier line, whatever else differs', () => {
    // The case: P1,2018,A,… and P1,2018,A|B,…
    const results = check([
      record({ line: 2, year: 2018, partners: ['A'] }),
      record({ line: 3, year: 2018, partners: ['A', 'B'] }),
    ])
    expect(results).toEqual([
      [],
      [
        {
          file: 'a.csv',
          line: 3,
          severity: 'warning',
          column: 'partner',
          message: en.problems.overlap('P1', 2018, 'a.csv:2'),
        },
      ],
    ])
    expect(results[1]?.[0]?.message).toBe(
      'project "P1" also has a record for 2018 at a.csv:2, under other partners; both are counted, so the effect is counted twice if both describe it (pass --allow-overlap if they describe different effects)',
    )
  })

  it('names the first line for every further partner set, and is an error under --strict', () => {
    const results = check(
      [
        record({ line: 2, partners: ['A'] }),
        record({ line: 5, partners: ['B'] }),
        record({ file: 'b.csv', line: 7, partners: ['A', 'C'] }),
      ],
      { strict: true },
    )
    expect(results.map(problems => problems.map(problem => `${problem.severity}: ${problem.message}`))).toEqual([
      [],
      [`error: ${en.problems.overlap('P1', 2019, 'a.csv:2')}`],
      [`error: ${en.problems.overlap('P1', 2019, 'a.csv:2')}`],
    ])
  })

  it('is silenced by --allow-overlap; another year or project is no overlap; a duplicate is not one too', () => {
    expect(check([record({ partners: ['A'] }), record({ line: 3, partners: ['B'] })], { allowOverlap: true })).toEqual([
      [],
      [],
    ])
    expect(check([record({ partners: ['A'] }), record({ line: 3, year: 2020, partners: ['B'] })])).toEqual([[], []])
    expect(check([record({ partners: ['A'] }), record({ line: 3, projectId: 'P2', partners: ['B'] })])).toEqual([
      [],
      [],
    ])
    expect(check([record({ partners: ['A'] }), record({ line: 3, partners: ['A'] })])[1]?.map(p => p.message)).toEqual([
      en.problems.duplicate('a.csv:2'),
    ])
  })

  it('compares partner names by identity: another spelling of the same set is a duplicate, not an overlap', () => {
    const results = check([record({ partners: ['Ås'] }), record({ line: 3, partners: ['ÅS'.normalize('NFD')] })])
    expect(results[1]?.map(problem => problem.message)).toEqual([en.problems.duplicate('a.csv:2')])
  })

  it('names the same lines whichever way the keys are kept: ledger walk, ledger index, or --allow-duplicates', () => {
    // A project with many entries gets a hash index in the ledger (largeProject); --allow-duplicates keeps
    // project-years apart from the ledger. Each way must find the same overlaps, naming the same first line.
    const records = Array.from({ length: 300 }, (_, index) =>
      record({
        line: index + 2,
        projectId: index % 3 === 0 ? 'BIG' : `P${index % 7}`,
        year: 2000 + ((index * 7) % 23),
        partners: [`Partner ${(index * 11) % 5}`],
      }),
    )
    const overlaps = (checks: CrossRecordChecks): string[] =>
      records.flatMap(each =>
        checks
          .check(each)
          .filter(problem => problem.message.includes('also has a record'))
          .map(problem => `${problem.line}: ${problem.message}`),
      )
    const walked = overlaps(new CrossRecordChecks(DEFAULTS, en, runKeys({ duplicates: true, largeProject: 100_000 })))
    const indexed = overlaps(new CrossRecordChecks(DEFAULTS, en, runKeys({ duplicates: true, largeProject: 2 })))
    const apart = overlaps(new CrossRecordChecks({ ...DEFAULTS, allowDuplicates: true }, en))
    expect(walked.length).toBeGreaterThan(50)
    expect(indexed).toEqual(walked)
    // Without duplicate detection a duplicate is not rejected, so it is compared (and names the first line) too.
    expect(apart.filter(line => walked.includes(line))).toEqual(walked)
  })

  it('counts every overlap on 100,000 records of one project over two partner sets', () => {
    const checks = new CrossRecordChecks({ allowDuplicates: true, strict: false }, en)
    let warnings = 0
    for (let index = 0; index < 100_000; index++) {
      const problems = checks.check(
        record({
          line: index + 2,
          year: 1950 + (index % 100),
          partners: [Math.floor(index / 100) % 2 === 0 ? 'A' : 'B'],
        }),
      )
      warnings += problems.filter(problem => problem.message.startsWith('project "P1" also has')).length
    }
    // Per year the first record names the first partner set; every record of the other set (half of all) overlaps.
    expect(warnings).toBe(50_000)
  })
})

describe('CrossRecordChecks, jobs that read like jobs held', () => {
  const jobs = (value: number): ImpactRecord['measures'] => [{ units: BigInt(value * 100), scale: 2 }, null, null]

  it('finds a run of three or more consecutive years within ±25 %: 4, 7, 7, 6, 7, 4 → 2015–2018', () => {
    const checks = new CrossRecordChecks(DEFAULTS, en)
    for (const [index, value] of [4, 7, 7, 6, 7, 4].entries())
      checks.check(record({ line: index + 2, year: 2014 + index, measures: jobs(value) }))
    expect(checks.steadyJobs()).toEqual([
      { project: 0, projectId: 'P1', first: 2015, last: 2018, values: [7, 7, 6, 7] },
    ])
  })

  it('does not find growth, two years, or a gap', () => {
    const checks = new CrossRecordChecks(DEFAULTS, en)
    for (const [index, value] of [1, 2, 4, 8].entries())
      checks.check(record({ projectId: 'GROW', line: index + 2, year: 2014 + index, measures: jobs(value) }))
    for (const [index, value] of [5, 5].entries())
      checks.check(record({ projectId: 'TWO', line: index + 10, year: 2014 + index, measures: jobs(value) }))
    for (const [index, year] of [2014, 2015, 2017].entries())
      checks.check(record({ projectId: 'GAP', line: index + 20, year, measures: jobs(3) }))
    expect(checks.steadyJobs()).toEqual([])
  })

  it('adds up a project-year over partner sets, in any order', () => {
    const rows = [
      record({ line: 2, year: 2016, partners: ['A'], measures: jobs(2) }),
      record({ line: 3, year: 2016, partners: ['B'], measures: jobs(2) }),
      record({ line: 4, year: 2017, partners: ['A'], measures: jobs(4) }),
      record({ line: 5, year: 2018, partners: ['A'], measures: jobs(4.5) }),
    ]
    for (const order of [rows, [...rows].reverse()]) {
      const checks = new CrossRecordChecks({ ...DEFAULTS, allowOverlap: true }, en)
      for (const each of order) checks.check(each)
      expect(checks.steadyJobs().map(run => [run.first, run.last, run.values])).toEqual([[2016, 2018, [4, 4, 4.5]]])
    }
  })
})
