// The report's dateline and its appendix (src/prose/about.ts), on the sample.
import { beforeAll, describe, expect, it } from 'vitest'
import { en, nb } from '../../src/messages/index.js'
import type { Summary } from '../../src/model.js'
import { aboutTheFigures, dateInWords, reportDateline, reportOptions, shellWord } from '../../src/prose/about.js'
import { reportSummary } from '../helpers/report-summary.js'

let sample: Summary
beforeAll(async () => {
  sample = await reportSummary(['data/lup-sample.csv'])
})

describe('dates in words', () => {
  it.each([
    ['2020-03-01', '1. mars 2020', '1 March 2020'],
    ['2020-07-01', '1. juli 2020', '1 July 2020'],
    ['2024-02-29', '29. februar 2024', '29 February 2024'],
    ['1999-12-31', '31. desember 1999', '31 December 1999'],
  ])('%s → "%s" / "%s"', (date, norwegian, english) => {
    expect(dateInWords(date, nb)).toBe(norwegian)
    expect(dateInWords(date, en)).toBe(english)
  })

  it('says the period the figures cover, and the date when there is one', () => {
    expect(reportDateline(sample, en, null)).toBe('Figures through 2019')
    expect(reportDateline(sample, nb, null)).toBe('Tall til og med 2019')
    expect(reportDateline(sample, nb, '2020-07-01')).toBe('Tall til og med 2019 · 1. juli 2020')
    const empty = { ...sample, totals: { ...sample.totals, firstYear: null, lastYear: null } }
    expect(reportDateline(empty, en, null)).toBe('')
    expect(reportDateline(empty, en, '2020-07-01')).toBe('1 July 2020')
  })
})

describe('the appendix', () => {
  it('names the file with its records and SHA-256, the options and the tool', () => {
    const entries = aboutTheFigures(sample, en, { date: '2020-07-01', tool: { name: 'lup-impact', version: '9.9.9' } })
    expect(entries.map(entry => entry.label)).toEqual(['Data', 'Options', 'Date', 'Made with'])
    expect(entries[0]?.lines).toEqual([
      { text: 'data/lup-sample.csv: 121 records', code: false },
      { text: `SHA-256 ${sample.inputs[0]?.sha256}`, code: true },
    ])
    expect(entries[2]?.lines).toEqual([{ text: '1 July 2020', code: false }])
    expect(entries[3]?.lines).toEqual([{ text: 'lup-impact 9.9.9', code: false }])
  })

  it('gives the options as they would be typed, quoting what a shell would split', () => {
    const filtered: Summary = {
      ...sample,
      attribution: 'full',
      filters: {
        from: 2014,
        to: 2018,
        partners: ['Statens ferjeverk', "O'Hara & co"],
        categories: [],
        bases: ['realised'],
      },
    }
    expect(reportOptions(filtered)).toBe(
      "--attribution full --jobs new --from 2014 --to 2018 --partner 'Statens ferjeverk' --partner 'O'\\''Hara & co' --basis realised",
    )
    expect(shellWord('data/lup-sample.csv')).toBe('data/lup-sample.csv')
    expect(shellWord('$(rm -rf ~)')).toBe("'$(rm -rf ~)'")
  })
})
