// --value on the sample with the shipped, cited price path: the path begins in 2017 and the sample's
// cuts are in force from 2012, so the years before it are an error unless --before-path hold says
// how to value them; held years are named in every output.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const SAMPLE = ['data/lup-sample.csv', '--jobs', 'new']
const HELD = { en: '2012–2016: the path has no non_ets price this early', nb: '2012–2016: prisbanen har ingen pris' }
// The report's body names no option and no file: those are in its appendix.
const HELD_READER = {
  en: '2012–2016: the carbon price path has no price for emissions outside the EU emissions trading system this early',
  nb: '2012–2016: karbonprisbanen har ingen pris for ikke-kvotepliktige utslipp så tidlig',
}
const APPENDIX = { en: '## About the figures', nb: '## Om tallene' }

interface ValueJson {
  by_year: { year: number; price_non_ets: number | null; price_year_non_ets: number | null; carbon_value_nok: number }[]
  totals: { carbon_value_nok: number }
  assumptions: {
    before_path: { rule: string; held: { emission_class: string; years: number[]; price_year: number }[] }
  }
}

describe('--value on the sample with the shipped price path', () => {
  it('stops (1) naming the years before the path, and offers --before-path hold', async () => {
    const result = await runCli(['summarize', ...SAMPLE, '--value'])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('no non_ets carbon price for 2012, 2013, 2014, 2015 and 2016')
    expect(result.stderr).toContain('(it has 2017–2030)')
    expect(result.stderr).toContain('or --before-path hold to value them at the 2017 price held in real terms')
  })

  it('holds the 2017 price for 2012–2016 and says so in the JSON', async () => {
    const result = await runCli(['summarize', ...SAMPLE, '--value', '--before-path', 'hold', '--format', 'json'])
    expect(result.exitCode).toBe(0)
    const value = (JSON.parse(result.stdout) as { value: ValueJson }).value
    expect(value.assumptions.before_path).toEqual({
      rule: 'hold',
      held: [{ emission_class: 'non_ets', years: [2012, 2013, 2014, 2015, 2016], price_year: 2017 }],
    })
    const byYear = new Map(value.by_year.map(year => [year.year, year]))
    // 450 NOK (2017 kroner) × KPI 2020 / KPI 2017 = 450 × 112.2 / 105.5 = 478.58 in 2020 kroner.
    for (const year of [2012, 2016, 2017]) {
      expect(byYear.get(year)?.price_non_ets).toBe(478.58)
      expect(byYear.get(year)?.price_year_non_ets).toBe(2017)
    }
    expect(byYear.get(2018)?.price_year_non_ets).toBe(2018)
    expect(byYear.get(2011)?.price_year_non_ets).toBeNull()
    const cents = value.by_year.reduce((sum, year) => sum + Math.round(year.carbon_value_nok * 100), 0)
    expect(cents).toBe(Math.round(value.totals.carbon_value_nok * 100))
  })

  it.each(['en', 'nb'] as const)('summarize and report run in %s and name the held years', async language => {
    const summarize = await runCli(['summarize', ...SAMPLE, '--value', '--before-path', 'hold', '--lang', language])
    expect(summarize.exitCode).toBe(0)
    expect(summarize.stdout).toContain(HELD[language])
    const directory = mkdtempSync(join(tmpdir(), 'lup-value-'))
    const report = await runCli([
      'report',
      ...SAMPLE,
      '--value',
      '--before-path',
      'hold',
      '--lang',
      language,
      '--out',
      directory,
    ])
    expect(report.exitCode).toBe(0)
    expect(readFileSync(join(directory, 'report.html'), 'utf8')).toContain(HELD_READER[language])
    const markdown = readFileSync(join(directory, 'report.md'), 'utf8')
    const [body, appendix] = markdown.split(APPENDIX[language]) as [string, string]
    expect(body).toContain(HELD_READER[language])
    expect(body).not.toMatch(/ --[a-z]|carbon-price-nok|sha256/i)
    expect(appendix).toMatch(/SHA-256 [0-9a-f]{64}`\n- \*\*(Options|Valg):\*\*/)
    expect(appendix).toContain('--before-path hold')
    const json = await runCli([
      'summarize',
      ...SAMPLE,
      '--value',
      '--before-path',
      'hold',
      '--by',
      'year',
      '--by',
      'partner',
      '--by',
      'category',
      '--format',
      'json',
    ])
    expect(readFileSync(join(directory, 'summary.json'), 'utf8')).toBe(json.stdout)
  })

  it("the report's options make the same report again: --value, its files and --before-path hold included", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-value-options-'))
    const written = await runCli([
      'report',
      ...SAMPLE,
      '--value',
      '--before-path',
      'hold',
      '--discount',
      '3.5',
      '--out',
      directory,
    ])
    expect(written.exitCode, written.stderr).toBe(0)
    const line = /\*\*Options:\*\* `([^`]*)`/u.exec(readFileSync(join(directory, 'report.md'), 'utf8'))?.[1]
    expect(line).toBe(
      '--attribution split --jobs new --value --price-level 2020 --base-year 2019 --discount 3.5 --before-path hold',
    )
    const again = await runCli([
      'report',
      'data/lup-sample.csv',
      ...(line ?? '').split(' '),
      '--out',
      directory,
      '--check',
    ])
    expect(again.exitCode, again.stderr).toBe(0)
  })

  it('trace --metric carbon_value names the held price for a year before the path', async () => {
    const trace2014 = ['trace', 'data/lup-sample.csv', '--metric', 'carbon_value', '--year', '2014']
    const result = await runCli([...trace2014, '--before-path', 'hold'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('× 478.58 NOK/t (the 2017 price held in real terms, --before-path hold')
    const json = await runCli([...trace2014, '--before-path', 'hold', '--format', 'json'])
    const carbon = (JSON.parse(json.stdout) as { totals: { carbon_value: Record<string, unknown> } }).totals
      .carbon_value
    expect([carbon.before_path, carbon.price_year_non_ets, carbon.price_non_ets]).toEqual(['hold', 2017, 478.58])
    const bare = await runCli(trace2014)
    expect(bare.exitCode).toBe(1)
    expect(bare.stderr).toContain('--before-path hold')
  })

  it('--format csv says the value figures are not in it, and prints the rows it would without --value', async () => {
    const plain = await runCli(['summarize', ...SAMPLE, '--format', 'csv'])
    const valued = await runCli(['summarize', ...SAMPLE, '--value', '--before-path', 'hold', '--format', 'csv'])
    expect(valued.exitCode).toBe(0)
    expect(valued.stdout).toBe(plain.stdout)
    expect(valued.stderr).toBe(
      "note: the value figures (--value) are not in CSV, which holds the groupings' rows: --format json or xlsx has them\n",
    )
    const quiet = await runCli(['summarize', ...SAMPLE, '--value', '--before-path', 'hold', '--format', 'csv', '-q'])
    expect(quiet.stderr).toBe('')
  })

  it('--before-path needs --value (2), and takes only error or hold', async () => {
    const stray = await runCli(['summarize', ...SAMPLE, '--before-path', 'hold'])
    expect(stray.exitCode).toBe(2)
    expect(stray.stderr).toContain('--before-path needs --value')
    const bad = await runCli(['summarize', ...SAMPLE, '--value', '--before-path', 'interpolate'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('error, hold')
  })
})
