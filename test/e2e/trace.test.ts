// trace's sum is the figure summarize prints for the same selection: checked for every year,
// partner, year and partner, and metric of the sample data, under both attributions.
// Runs the CLI in-process (main() with an injected Io), since it is over a thousand runs.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMain } from '../helpers/in-process.js'
import { type CliResult, ROOT, SAMPLE_JOBS_NOTE } from '../helpers/run-cli.js'

const SAMPLE = 'data/lup-sample.csv'
const METRICS = ['jobs', 'savings_nok', 'co2e_tonnes'] as const

const run = (args: string[]): Promise<CliResult> => runMain(args, { cwd: ROOT })

async function json(args: string[]): Promise<Record<string, unknown>> {
  const result = await run([...args, '--format', 'json'])
  // summarize hints that some sample projects' jobs look held; trace does not summarise, so says nothing.
  expect(result.stderr).toBe(args[0] === 'summarize' ? SAMPLE_JOBS_NOTE : '')
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout) as Record<string, unknown>
}

type Row = Record<string, unknown>

/** The figure as JSON.parse gives it; the JSON is written exactly, so equal text means equal numbers. */
const figure = (value: unknown): string => (value === null ? 'null' : String(value))

describe.each(['split', 'full'] as const)('trace equals summarize on the sample data (%s attribution)', attribution => {
  const selections = async (): Promise<{ args: string[]; row: Row }[]> => {
    const summary = await json([
      'summarize',
      SAMPLE,
      '--by',
      'year',
      '--by',
      'partner',
      '--by',
      'year,partner',
      '--attribution',
      attribution,
    ])
    const byYear = summary.by_year as Row[]
    const byPartner = summary.by_partner as Row[]
    const byYearPartner = summary.by_year_partner as Row[]
    expect(byYear).toHaveLength(10)
    expect(byPartner).toHaveLength(40)
    return [
      { args: [], row: summary.totals as Row },
      ...byYear.map(row => ({ args: ['--year', String(row.year)], row })),
      ...byPartner.map(row => ({ args: ['--partner', String(row.partner)], row })),
      ...byYearPartner.map(row => ({ args: ['--year', String(row.year), '--partner', String(row.partner)], row })),
    ]
  }

  it('for every year, partner, year and partner, and metric', async () => {
    let checked = 0
    for (const { args, row } of await selections()) {
      for (const metric of METRICS) {
        const traced = await json(['trace', SAMPLE, '--metric', metric, '--attribution', attribution, ...args])
        const totals = traced.totals as Row
        expect(figure(totals.sum), `${metric} ${args.join(' ')}`).toBe(figure(row[metric]))
        // The listed records add up to the sum, and are the ones that reported the metric.
        const records = traced.records as Row[]
        expect(records).toHaveLength(totals.reported as number)
        if (row.coverage !== undefined)
          expect(totals.reported).toBe((row.coverage as Record<string, Row>)[metric]?.records)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })
})

describe('trace, end to end', () => {
  it('lists the records behind the 2016 jobs figure: 49.2, as summarize prints it', async () => {
    const summary = await json(['summarize', SAMPLE, '--by', 'year'])
    const row = (summary.by_year as Row[]).find(each => each.year === 2016)
    expect(row?.jobs).toBe(49.2)
    const traced = await run(['trace', SAMPLE, '--metric', 'jobs', '--year', '2016'])
    expect(traced.exitCode).toBe(0)
    expect(traced.stdout).toContain('Sum of 15 records: 49.2\n')
    expect(traced.stdout.match(/^│ data\/lup-sample\.csv:\d+ /gm)).toHaveLength(15)
  })

  it('prints nothing on stdout when the input is invalid, even though records were listed before the bad one', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-trace-'))
    writeFileSync(
      join(directory, 'late-error.csv'),
      'project_id,year,partner,jobs\nP1,2016,A,1\nP2,2016,B,2\nP3,2016,C,x\n',
    )
    const result = await run(['trace', join(directory, 'late-error.csv'), '--metric', 'jobs', '--format', 'csv'])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('late-error.csv:4: column "jobs": not a number')
    expect(result.stderr).toContain('nothing traced')
  })
})
