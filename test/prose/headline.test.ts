// The headline sentence and its notes (src/prose/headline.ts), in both languages.
import { beforeAll, describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import type { MeasureValues, Summary } from '../../src/model.js'
import { headlineNotes, headlineSentence } from '../../src/prose/headline.js'
import { en, nb } from '../../src/messages/index.js'
import { reportSummary } from '../helpers/report-summary.js'

const NBSP = '\u00a0'
let sample: Summary

beforeAll(async () => {
  sample = await reportSummary(['data/lup-sample.csv'])
})

const amount = (text: string | null) => (text === null ? null : amountFromPlainString(text))

/** The sample with other totals: what the headline says depends on nothing else. */
function withTotals(
  measures: [string | null, string | null, string | null],
  patch: Partial<Summary['totals']> = {},
  prices: Summary['prices'] = null,
): Summary {
  return { ...sample, prices, totals: { ...sample.totals, ...patch, measures: measures.map(amount) as MeasureValues } }
}

describe('the sample data', () => {
  it('in Norwegian, as KS put it', () => {
    expect(headlineSentence(sample, nb)).toBe(
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere skapt 350 nye arbeidsplasser, gitt 334 millioner kroner i offentlige besparelser og kuttet nesten 3000 tonn i årlige CO2-ekvivalenter.',
    )
  })

  it('in English', () => {
    expect(headlineSentence(sample, en)).toBe(
      'From 2010 to 2019, 34 projects with 40 partners created 350 new jobs, saved 334 million kroner of public money and cut annual emissions by nearly 3,000 tonnes of CO2 equivalent.',
    )
  })

  it('notes the time basis, attribution, basis mix, prices, input and rounding', () => {
    const notes = headlineNotes(sample, en, { date: null, tool: { name: 'lup-impact', version: '0' } })
    expect(notes.map(note => note.key)).toEqual(['timeBasis', 'attribution', 'basis', 'prices', 'input', 'rounding'])
    expect(notes[0]?.text).toContain('more than 11,200 tonnes were avoided up to and including 2019')
    expect(notes[2]?.text).toBe(
      'realised 322 jobs, 305,978,295.42 kroner, 2,382.1 t CO2e/yr; estimated 24 jobs, 25,692,487.58 kroner, 538.3 t CO2e/yr; potential (not yet realised) 4 jobs, 2,329,217 kroner, 67 t CO2e/yr.',
    )
    const dated = headlineNotes(sample, nb, { date: '2020-07-01', tool: { name: 'lup-impact', version: '0' } })
    expect(dated.find(note => note.key === 'date')?.text).toBe('2020-07-01')
  })
})

describe('kroner in the headline', () => {
  it.each([
    ['334000000', '334 millioner kroner', '334 million kroner'],
    ['334500000', 'over 334 millioner kroner', 'more than 334 million kroner'],
    ['334500000.01', 'nesten 335 millioner kroner', 'nearly 335 million kroner'],
    ['1000000', '1 million kroner', '1 million kroner'],
    ['1500000', '1,5 millioner kroner', '1.5 million kroner'],
    ['999600000', 'nesten 1 milliard kroner', 'nearly 1 billion kroner'],
    ['2000000000', '2 milliarder kroner', '2 billion kroner'],
    ['850000', `850${NBSP}000 kroner`, '850,000 kroner'],
    ['12345678.90', 'over 12,3 millioner kroner', 'more than 12.3 million kroner'],
  ])('%s → nb "%s", en "%s"', (savings, norwegian, english) => {
    const summary = withTotals([null, savings, null])
    expect(headlineSentence(summary, nb)).toBe(
      `Fra 2010 til 2019 har 34 prosjekter med 40 partnere gitt ${norwegian} i offentlige besparelser.`,
    )
    expect(headlineSentence(summary, en)).toBe(
      `From 2010 to 2019, 34 projects with 40 partners saved ${english} of public money.`,
    )
  })

  it('says a net cost when savings are negative', () => {
    const summary = withTotals(['2', '-2300000', null])
    expect(headlineSentence(summary, nb)).toContain(
      'skapt 2 nye arbeidsplasser og hatt en netto merkostnad på 2,3 millioner kroner.',
    )
    expect(headlineSentence(summary, en)).toContain(
      'created 2 new jobs and cost a net 2.3 million kroner more than they saved.',
    )
  })

  it('names the price basis under --real', () => {
    const prices = {
      year: 2020,
      index: { source: 'data/kpi-2015-100.csv', builtIn: true, levels: new Map(), referenceYear: 2015 },
    }
    const summary = withTotals([null, '360688628.21', null], {}, prices)
    expect(headlineSentence(summary, nb)).toContain('gitt over 360 millioner 2020-kroner i offentlige besparelser')
    expect(headlineSentence(summary, en)).toContain('saved more than 360 million 2020 kroner of public money')
  })
})

describe('the selection note', () => {
  const selection = (filters: Partial<Summary['filters']>, words = en): string | undefined =>
    headlineNotes({ ...sample, filters: { ...sample.filters, ...filters } }, words, {
      date: null,
      tool: { name: 'lup-impact', version: '0' },
    }).find(note => note.key === 'selection')?.text

  it.each([
    [{ from: 2014 }, 'from 2014', 'fra 2014'],
    [{ to: 2015 }, 'up to 2015', 'til og med 2015'],
    [{ from: 2014, to: 2015 }, 'years 2014–2015', 'årene 2014–2015'],
    [{ from: 2015, to: 2015 }, 'year 2015', 'år 2015'],
  ])('names the years of %j', (years, english, norwegian) => {
    expect(selection(years)).toBe(english)
    expect(selection(years, nb)).toBe(norwegian)
  })

  it('is left out when nothing is selected', () => expect(selection({})).toBeUndefined())
})

describe('edge cases', () => {
  it('one year, one project, one partner, one job', () => {
    const summary = withTotals(['1', null, null], { firstYear: 2019, lastYear: 2019, projects: 1, partners: 1 })
    expect(headlineSentence(summary, nb)).toBe('I 2019 har 1 prosjekt med 1 partner skapt 1 ny arbeidsplass.')
    expect(headlineSentence(summary, en)).toBe('In 2019, 1 project with 1 partner created 1 new job.')
  })

  it('an emissions rise is not a cut', () => {
    const summary = withTotals([null, null, '-29.8'])
    expect(headlineSentence(summary, nb)).toContain('økt de årlige utslippene med nesten 30 tonn CO2-ekvivalenter')
    expect(headlineSentence(summary, en)).toContain('raised annual emissions by nearly 30 tonnes of CO2 equivalent')
  })

  it('nothing reported', () => {
    const summary = withTotals([null, null, null])
    expect(headlineSentence(summary, en)).toBe(
      'From 2010 to 2019, 34 projects with 40 partners reported no jobs, savings or CO2e cuts.',
    )
  })

  it('no records', () => {
    const summary = withTotals([null, null, null], { records: 0, firstYear: null, lastYear: null })
    expect(headlineSentence(summary, nb)).toBe('Utvalget har ingen poster, så rapporten har ingen tall.')
    expect(headlineSentence(summary, en)).toBe('The selection has no records, so this report has no figures.')
  })
})
