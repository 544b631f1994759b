// The headline sentence and its notes (src/prose/headline.ts), in both languages.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Amount, addAmounts, amountFromPlainString } from '../../src/amount.js'
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

const NONE: MeasureValues = [null, null, null]
const NONES: [null, null, null] = [null, null, null]

/** withBases, made when the test runs (the sample is read in beforeAll). */
const withBasesLater =
  (...parts: Parameters<typeof withBases>) =>
  (): Summary =>
    withBases(...parts)

/** The sample with other totals, all realised unless `byBasis` says otherwise: the headline depends on nothing else. */
function withTotals(
  measures: [string | null, string | null, string | null],
  patch: Partial<Summary['totals']> = {},
  prices: Summary['prices'] = null,
): Summary {
  const values = measures.map(amount) as MeasureValues
  return {
    ...sample,
    prices,
    totals: { ...sample.totals, byBasis: [values, NONE, NONE], bases: ['realised'], ...patch, measures: values },
  }
}

/** Totals resting on realised, estimated and potential records as given; the totals are their sums. */
function withBases(
  realised: [string | null, string | null, string | null],
  estimated: [string | null, string | null, string | null],
  potential: [string | null, string | null, string | null],
): Summary {
  const parts = [realised, estimated, potential].map(part => part.map(amount) as MeasureValues)
  const sums = [0, 1, 2].map(measure => {
    const present = parts.map(part => part[measure]).filter(value => value !== null && value !== undefined)
    return present.length === 0 ? null : present.reduce((a, b) => addAmounts(a as Amount, b as Amount))
  }) as MeasureValues
  return {
    ...sample,
    totals: { ...sample.totals, byBasis: parts as Summary['totals']['byBasis'], measures: sums },
  }
}

describe('the sample data', () => {
  it('in Norwegian: the realised figures take the verbs, the rest is named and conditional', () => {
    expect(headlineSentence(sample, nb)).toBe(
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene skapt over 320 nye arbeidsplasser, gitt nesten 306 millioner kroner i offentlige besparelser og kuttet nesten 2400 tonn i årlige CO2-ekvivalenter, regnet bare med realiserte effekter; med estimerte effekter og potensielle som ennå ikke er realisert, ville tallene vært 350 arbeidsplasser, 334 millioner kroner og nesten 3000 tonn i året.',
    )
  })

  it('in English', () => {
    expect(headlineSentence(sample, en)).toBe(
      'From 2010 to 2019, 34 projects with 40 partners named in the records created more than 320 new jobs, saved nearly 306 million kroner of public money and cut annual emissions by nearly 2,400 tonnes of CO2 equivalent, counting realised effects only; with estimated effects and potential ones not yet realised, the figures would be 350 jobs, 334 million kroner and nearly 3,000 tonnes a year.',
    )
  })

  it('notes the time basis, CO2e avoided, jobs, partners, attribution, basis mix, prices and rounding', () => {
    const notes = headlineNotes(sample, en)
    expect(notes.map(note => note.key)).toEqual([
      'timeBasis',
      'avoided',
      'jobs',
      'partners',
      'attribution',
      'basis',
      'prices',
      'rounding',
    ])
    expect(notes[0]?.text).not.toContain('the year its effect was realised (')
    expect(notes[1]?.text).toBe(
      "between 7,700 and 11,200 tonnes from 2012 up to and including 2019. Lower bound, 7,768.35 t: realised cuts only; half a year in the year a cut takes effect; each cut in force only through its project's last reported year; or through the last year its record states, where it states one; an increase (a negative cut) counted as in the upper bound; potential cuts never count. Upper bound, 11,145.5 t: realised and estimated cuts; a full year in the year a cut takes effect; each cut in force through 2019; or through the last year its record states, where it states one; potential cuts never count. In force in 2019: 2,920.4 t CO2e/yr (realised and estimated cuts).",
    )
    expect(notes[3]?.text).toBe(
      "40 partners are named in the records; that is not the programme's membership at a date, which a membership list would give.",
    )
    expect(notes[5]?.text).toBe(
      'realised 322 jobs, 305,978,295.42 kroner, 2,382.1 t CO2e/yr; estimated 24 jobs, 25,692,487.58 kroner, 538.3 t CO2e/yr; potential (not yet realised) 4 jobs, 2,329,217 kroner, 67 t CO2e/yr.',
    )
  })

  it.each([
    ['en', en],
    ['nb', nb],
  ])('speaks to a reader in %s: no option, column or file name in any note', (_language, words) => {
    for (const note of headlineNotes(sample, words)) {
      expect(note.text).not.toMatch(/--|_|\.csv/)
      expect(note.label).not.toMatch(/--|_|\.csv/)
    }
  })
})

describe('every form of the headline, by what the figures rest on', () => {
  it.each([
    [
      'all realised: the plain sentence',
      withBasesLater(['350', '334000000', '2987.4'], [null, null, null], [null, null, null]),
      'From 2010 to 2019, 34 projects with 40 partners named in the records created 350 new jobs, saved 334 million kroner of public money and cut annual emissions by nearly 3,000 tonnes of CO2 equivalent.',
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene skapt 350 nye arbeidsplasser, gitt 334 millioner kroner i offentlige besparelser og kuttet nesten 3000 tonn i årlige CO2-ekvivalenter.',
    ],
    [
      'realised and estimated',
      withBasesLater(['300', null, '100'], ['50', null, null], [null, null, null]),
      'From 2010 to 2019, 34 projects with 40 partners named in the records created 300 new jobs and cut annual emissions by 100 tonnes of CO2 equivalent, counting realised effects only; with estimated effects, the figures would be 350 jobs and 100 tonnes a year.',
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene skapt 300 nye arbeidsplasser og kuttet 100 tonn i årlige CO2-ekvivalenter, regnet bare med realiserte effekter; med estimerte effekter ville tallene vært 350 arbeidsplasser og 100 tonn i året.',
    ],
    [
      'realised and potential',
      withBasesLater([null, '1000000', null], [null, null, null], [null, '500000', '12']),
      'From 2010 to 2019, 34 projects with 40 partners named in the records saved 1 million kroner of public money, counting realised effects only; with potential effects not yet realised, the figures would be 1.5 million kroner and 12 tonnes a year.',
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene gitt 1 million kroner i offentlige besparelser, regnet bare med realiserte effekter; med potensielle effekter som ennå ikke er realisert, ville tallene vært 1,5 millioner kroner og 12 tonn i året.',
    ],
    [
      'nothing realised: no verb of achievement at all',
      withBasesLater([null, null, null], ['24', null, '538.3'], ['4', null, null]),
      'From 2010 to 2019, 34 projects with 40 partners named in the records report no realised effects; estimated effects and potential ones not yet realised come to 28 jobs and nearly 540 tonnes a year.',
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene ikke rapportert realiserte effekter; estimerte effekter og potensielle som ennå ikke er realisert, utgjør 28 arbeidsplasser og nesten 540 tonn i året.',
    ],
    [
      'a net cost and a rise, with estimates',
      withBasesLater([null, '-2300000', '-29.8'], [null, '100000', null], [null, null, null]),
      'From 2010 to 2019, 34 projects with 40 partners named in the records cost a net 2.3 million kroner more than they saved and raised annual emissions by nearly 30 tonnes of CO2 equivalent, counting realised effects only; with estimated effects, the figures would be a net cost of 2.2 million kroner and an increase of nearly 30 tonnes a year.',
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene hatt en netto merkostnad på 2,3 millioner kroner og økt de årlige utslippene med nesten 30 tonn CO2-ekvivalenter, regnet bare med realiserte effekter; med estimerte effekter ville tallene vært en netto merkostnad på 2,2 millioner kroner og en økning på nesten 30 tonn i året.',
    ],
  ])('%s', (_, make, english, norwegian) => {
    const summary = make()
    expect(headlineSentence(summary, en)).toBe(english)
    expect(headlineSentence(summary, nb)).toBe(norwegian)
  })

  it('one project with nothing realised: the verb agrees; equal bounds are one figure, not "between 0 and 0"', () => {
    const summary = withBases([null, null, null], [null, null, null], [null, null, '5'])
    summary.totals = { ...summary.totals, projects: 1, partners: 1, firstYear: 2019, lastYear: 2019 }
    expect(headlineSentence(summary, en)).toBe(
      'In 2019, 1 project with 1 partner named in the records reports no realised effects; potential effects not yet realised come to 5 tonnes a year.',
    )
    expect(headlineSentence(summary, nb)).toBe(
      'I 2019 har 1 prosjekt med 1 partner nevnt i postene ikke rapportert realiserte effekter; potensielle effekter som ennå ikke er realisert, utgjør 5 tonn i året.',
    )
    const range = {
      lower: '0',
      upper: '0',
      from: 2019,
      through: 2019,
      lowerExact: '0',
      upperExact: '0',
      lowerAssumptions: [],
      upperAssumptions: [],
      inForce: '0',
    }
    expect(en.report.notes.avoidedText(range)).toMatch(/^0 tonnes in 2019\. /)
    expect(nb.report.notes.avoidedText(range)).toMatch(/^0 tonn i 2019\. /)
  })

  it('under --members the partners are the members at the end of the period', () => {
    const summary: Summary = {
      ...withTotals(['350', null, null]),
      membership: {
        source: 'members.csv',
        year: 2019,
        members: 37,
        counts: { owners: 3, partners: 34, collaborators: 3 },
        byYear: [],
        withoutRecords: [],
        notMembers: [],
      },
    }
    expect(headlineSentence(summary, en)).toBe(
      'From 2010 to 2019, 34 projects in a programme with 37 partners at the end of 2019 created 350 new jobs.',
    )
    expect(headlineSentence(summary, nb)).toBe(
      'Fra 2010 til 2019 har 34 prosjekter i et program med 37 partnere ved utgangen av 2019 skapt 350 nye arbeidsplasser.',
    )
  })

  it('under --jobs held the headline says jobs in place as last reported, never the person-years', () => {
    const held = {
      last: amount('23') as Amount,
      lastRealised: amount('20') as Amount,
      peak: { year: 2018, jobs: amount('64') as Amount },
      personYears: amount('350') as Amount,
      personYearsRealised: amount('322') as Amount,
    }
    const summary: Summary = { ...withBasesLater(['322', null, null], ['28', null, null], NONES)(), jobs: 'held' }
    summary.totals = { ...summary.totals, jobsHeld: held }
    expect(headlineSentence(summary, en)).toBe(
      'From 2010 to 2019, 34 projects with 40 partners named in the records had 20 jobs in place as last reported, counting realised effects only; with estimated effects, the figures would be 23 jobs in place.',
    )
    expect(headlineSentence(summary, nb)).toBe(
      'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene hatt 20 arbeidsplasser i drift ved siste rapport, regnet bare med realiserte effekter; med estimerte effekter ville tallene vært 23 arbeidsplasser i drift.',
    )
    expect(headlineSentence(summary, en)).not.toContain('350')
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
      `Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene gitt ${norwegian} i offentlige besparelser.`,
    )
    expect(headlineSentence(summary, en)).toBe(
      `From 2010 to 2019, 34 projects with 40 partners named in the records saved ${english} of public money.`,
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
    headlineNotes({ ...sample, filters: { ...sample.filters, ...filters } }, words).find(
      note => note.key === 'selection',
    )?.text

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
    expect(headlineSentence(summary, nb)).toBe(
      'I 2019 har 1 prosjekt med 1 partner nevnt i postene skapt 1 ny arbeidsplass.',
    )
    expect(headlineSentence(summary, en)).toBe(
      'In 2019, 1 project with 1 partner named in the records created 1 new job.',
    )
  })

  it('an emissions rise is not a cut', () => {
    const summary = withTotals([null, null, '-29.8'])
    expect(headlineSentence(summary, nb)).toContain('økt de årlige utslippene med nesten 30 tonn CO2-ekvivalenter')
    expect(headlineSentence(summary, en)).toContain('raised annual emissions by nearly 30 tonnes of CO2 equivalent')
  })

  it('nothing reported', () => {
    const summary = withTotals([null, null, null])
    expect(headlineSentence(summary, en)).toBe(
      'From 2010 to 2019, 34 projects with 40 partners named in the records reported no jobs, savings or CO2e cuts.',
    )
  })

  it('no records', () => {
    const summary = withTotals([null, null, null], { records: 0, firstYear: null, lastYear: null })
    expect(headlineSentence(summary, nb)).toBe('Utvalget har ingen poster, så rapporten har ingen tall.')
    expect(headlineSentence(summary, en)).toBe('The selection has no records, so this report has no figures.')
  })
})
