import { describe, expect, it } from 'vitest'
import { dateFromEpoch, parseCalendarDate, resolveReportDate } from '../../src/commands/report-date.js'

describe('the report date', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2020-13-01', null],
    ['2020-7-1', null],
    ['yesterday', null],
  ])('--date %s → %s', (text, date) => expect(parseCalendarDate(text)).toBe(date))

  it.each([
    ['0', '1970-01-01'],
    ['1593561600', '2020-07-01'],
    ['1593561599', '2020-06-30'],
    ['-1', null],
    ['1.5', null],
    ['99999999999999', null],
  ])('SOURCE_DATE_EPOCH=%s → %s', (text, date) => expect(dateFromEpoch(text)).toBe(date))

  it('takes --date over SOURCE_DATE_EPOCH, and no date without either', () => {
    expect(resolveReportDate('2021-01-02', { SOURCE_DATE_EPOCH: '0' })).toEqual({ ok: true, date: '2021-01-02' })
    expect(resolveReportDate(undefined, { SOURCE_DATE_EPOCH: '0' })).toEqual({ ok: true, date: '1970-01-01' })
    expect(resolveReportDate(undefined, {})).toEqual({ ok: true, date: null })
    expect(resolveReportDate(undefined, { SOURCE_DATE_EPOCH: '' })).toEqual({ ok: true, date: null })
    expect(resolveReportDate(undefined, { SOURCE_DATE_EPOCH: 'x' })).toEqual({
      ok: false,
      problem: 'epoch',
      value: 'x',
    })
  })
})
