import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RecordFilter } from '../../src/aggregate/filters.js'
import type { Filters, ImpactRecord } from '../../src/model.js'
import { NO_CATEGORY, RecordKeys, RecordView } from '../../src/record/view.js'
import { compareByCodePoint } from '../../src/record/code-point-order.js'
import { select } from '../oracles/select.js'

function record(changes: Partial<ImpactRecord> = {}): ImpactRecord {
  return {
    file: 'a.csv',
    line: 2,
    projectId: 'P1',
    year: 2019,
    partners: ['Aker Solutions', 'Bergen kommune', 'Ørland kommune'],
    category: 'Ferjer',
    projectName: null,
    basis: 'realised',
    measures: [null, null, null],
    ...changes,
  }
}

/**
 * A RecordFilter that selects records as the pipeline does (each through a RecordView), and holds
 * every answer equal to the oracle's (test/oracles/select.ts).
 */
function filter(changes: Partial<Filters>) {
  const filters: Filters = { from: null, to: null, partners: [], categories: [], bases: [], ...changes }
  const real = new RecordFilter(filters)
  const view = new RecordView(new RecordKeys())
  return {
    narrowsPartners: real.narrowsPartners,
    unmatched: () => real.unmatched(),
    select(record: ImpactRecord): readonly number[] | null {
      const selected = real.selectView(view.assign(record))?.positions ?? null
      expect(selected).toEqual(select(filters, record))
      return selected
    },
  }
}

describe('RecordFilter', () => {
  it('keeps every record and every partner without filters', () => {
    const none = filter({})
    expect(none.narrowsPartners).toBe(false)
    expect(none.select(record())).toEqual([0, 1, 2])
    expect(none.select(record({ category: null, partners: ['X'] }))).toEqual([0])
    expect(none.unmatched()).toEqual([])
  })

  it.each([
    [{ from: 2019 }, 2018, false],
    [{ from: 2019 }, 2019, true],
    [{ to: 2019 }, 2019, true],
    [{ to: 2019 }, 2020, false],
    [{ from: 2015, to: 2016 }, 2014, false],
    [{ from: 2015, to: 2016 }, 2015, true],
    [{ from: 2015, to: 2016 }, 2016, true],
    [{ from: 2015, to: 2016 }, 2017, false],
    [{ from: 2016, to: 2016 }, 2016, true],
  ])('%j keeps %i: %s', (years, year, kept) => {
    expect(filter(years).select(record({ year })) !== null).toBe(kept)
  })

  // selectView, the per-record path's twin of select, on the same year bounds (inclusive at both ends).
  it.each([
    [{ from: 2019 }, 2018, false],
    [{ from: 2019 }, 2019, true],
    [{ to: 2019 }, 2019, true],
    [{ to: 2019 }, 2020, false],
    [{ from: 2015, to: 2016 }, 2014, false],
    [{ from: 2015, to: 2016 }, 2015, true],
    [{ from: 2015, to: 2016 }, 2016, true],
    [{ from: 2015, to: 2016 }, 2017, false],
    [{ from: 2016, to: 2016 }, 2016, true],
    [{ from: 2016, to: 2016 }, 2015, false],
    [{}, 1, true],
  ])('selectView with %j keeps %i: %s', (years, year, kept) => {
    const keys = new RecordKeys()
    const view = new RecordView(keys)
    view.partners = keys.partnerSets.intern(['Aker Solutions', 'Bergen kommune'])
    view.category = NO_CATEGORY
    view.year = year
    const selection = new RecordFilter({
      from: null,
      to: null,
      partners: [],
      categories: [],
      bases: [],
      ...years,
    }).selectView(view)
    expect(selection !== null).toBe(kept)
    if (selection !== null) expect(selection.positions).toEqual([0, 1])
  })

  it('narrows a shared record to the partners asked for, ignoring case and spacing', () => {
    const byPartner = filter({ partners: ['  bergen   KOMMUNE '] })
    expect(byPartner.narrowsPartners).toBe(true)
    expect(byPartner.select(record())).toEqual([1])
  })

  it('keeps several partners in record order', () => {
    expect(filter({ partners: ['ørland kommune', 'aker solutions'] }).select(record())).toEqual([0, 2])
  })

  it('leaves out a record none of whose partners was asked for', () => {
    expect(filter({ partners: ['Aker'] }).select(record())).toBeNull()
  })

  it('matches a category ignoring case and spacing, and leaves out records without one', () => {
    const byCategory = filter({ categories: ['FERJER'] })
    expect(byCategory.narrowsPartners).toBe(false)
    expect(byCategory.select(record())).toEqual([0, 1, 2])
    expect(byCategory.select(record({ category: 'Helse' }))).toBeNull()
    expect(byCategory.select(record({ category: null }))).toBeNull()
    expect(filter({ categories: ['helse  teknologi'] }).select(record({ category: 'Helse teknologi' }))).toEqual([
      0, 1, 2,
    ])
  })

  it('combines years, categories and partners', () => {
    const combined = filter({ from: 2018, categories: ['ferjer', 'helse'], partners: ['Ørland kommune'] })
    expect(combined.select(record())).toEqual([2])
    expect(combined.select(record({ year: 2017 }))).toBeNull()
    expect(combined.select(record({ category: 'Bygg' }))).toBeNull()
    expect(combined.select(record({ partners: ['Aker Solutions'] }))).toBeNull()
  })

  it('lists the filter values that matched nothing, as given, partners first', () => {
    const typo = filter({ partners: ['bergen kommune', 'Bergn kommune'], categories: ['Helse', 'ferjer'] })
    typo.select(record())
    typo.select(record({ category: 'Bygg' }))
    expect(typo.unmatched()).toEqual([
      { option: '--partner', value: 'Bergn kommune' },
      { option: '--category', value: 'Helse' },
    ])
  })

  it('lists everything as unmatched before any record', () => {
    expect(filter({ partners: ['A'], categories: ['B'] }).unmatched()).toEqual([
      { option: '--partner', value: 'A' },
      { option: '--category', value: 'B' },
    ])
  })

  it('does not count a partner as matched by a record outside the years', () => {
    const late = filter({ from: 2020, partners: ['Aker Solutions'] })
    expect(late.select(record({ year: 2019 }))).toBeNull()
    expect(late.unmatched()).toEqual([{ option: '--partner', value: 'Aker Solutions' }])
  })
})

describe('RecordFilter against the oracle', () => {
  const names = ['Aker Solutions', 'aker  solutions', 'Bergen kommune', 'Ørland kommune', 'X']
  const categories = ['Ferjer', 'FERJER ', 'Helse', null]
  it('selects the same partners of random records under random filters, record after record', () => {
    fc.assert(
      fc.property(
        fc.record({
          from: fc.option(fc.integer({ min: 2014, max: 2020 }), { nil: null }),
          to: fc.option(fc.integer({ min: 2014, max: 2020 }), { nil: null }),
          partners: fc.subarray(names),
          categories: fc.subarray(['ferjer', 'helse', 'bygg']),
          bases: fc.subarray(['realised', 'estimated', 'potential'] as const),
        }),
        fc.array(
          fc.record({
            year: fc.integer({ min: 2013, max: 2021 }),
            partners: fc.uniqueArray(fc.constantFrom('Aker Solutions', 'Bergen kommune', 'Ørland kommune', 'X'), {
              minLength: 1,
            }),
            category: fc.constantFrom(...categories),
            basis: fc.constantFrom('realised', 'estimated', 'potential' as const),
          }),
          { maxLength: 20 },
        ),
        (filters, records) => {
          const selecting = filter(filters)
          for (const each of records)
            selecting.select(record({ ...each, partners: [...each.partners].sort(compareByCodePoint) }))
        },
      ),
      { numRuns: 300 },
    )
  })
})
