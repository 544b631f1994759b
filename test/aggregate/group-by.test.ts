import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { compareKeys } from '../../src/aggregate/group-by.js'
import { Aggregator } from '../../src/aggregate/index.js'
import type { Dimension, GroupKey, GroupRow, ImpactRecord } from '../../src/model.js'

const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))

function record(changes: Partial<ImpactRecord> = {}): ImpactRecord {
  return {
    file: 'a.csv',
    line: 2,
    projectId: 'P1',
    year: 2019,
    partners: ['Aker'],
    category: null,
    projectName: null,
    basis: 'realised',
    measures: [null, null, null],
    ...changes,
  }
}

/** One grouping, fed through the Aggregator one record per share (single-partner records, full attribution). */
class Grouping {
  private readonly aggregator: Aggregator
  constructor(dimensions: Dimension[]) {
    this.aggregator = new Aggregator({
      attribution: 'full',
      groupings: [dimensions],
      filters: { from: null, to: null, partners: [], categories: [], bases: [] },
    })
  }
  add(each: ImpactRecord, partner: string | null, measures: (Amount | null)[]): void {
    this.aggregator.add({
      ...each,
      partners: partner === null ? each.partners : [partner],
      measures: measures as ImpactRecord['measures'],
    })
  }
  rows(): GroupRow[] {
    return this.aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 }).groupings[0]?.rows ?? []
  }
}

/** Rows as [keys, records, projects, measures as text]. */
const shown = (rows: GroupRow[]): [GroupKey[], number, number, (string | null)[]][] =>
  rows.map(row => [
    row.keys,
    row.records,
    row.projects,
    row.measures.map(value => (value === null ? null : amountToPlainString(value))),
  ])

describe('groupings', () => {
  it('groups by year, counting records and distinct projects, years in numeric order', () => {
    const grouping = new Grouping(['year'])
    grouping.add(record({ year: 2019, projectId: 'P1' }), null, [amount('1'), null, null])
    grouping.add(record({ year: 2010, projectId: 'P1' }), null, [amount('0.5'), amount('100'), null])
    grouping.add(record({ year: 2019, projectId: 'P2' }), null, [amount('2'), null, null])
    grouping.add(record({ year: 2019, projectId: 'P1' }), null, [null, null, amount('3')])
    expect(shown(grouping.rows())).toEqual([
      [[2010], 1, 1, ['0.5', '100', null]],
      [[2019], 3, 2, ['3', null, '3']],
    ])
  })

  it('groups by partner under the partner it is given, names in Norwegian order', () => {
    const grouping = new Grouping(['partner'])
    for (const partner of ['Ørland', 'aker', 'Bergen', 'Zeta', 'Åsen', 'Bergen'])
      grouping.add(record({ partners: [partner] }), partner, [amount('1'), null, null])
    expect(grouping.rows().map(row => [row.keys[0], row.records])).toEqual([
      ['aker', 1],
      ['Bergen', 2],
      ['Zeta', 1],
      ['Ørland', 1],
      ['Åsen', 1],
    ])
  })

  it('puts records without a category last', () => {
    const grouping = new Grouping(['category'])
    for (const category of [null, 'Helse', 'Bygg', null, 'Ferjer'])
      grouping.add(record({ category }), null, [amount('1'), null, null])
    expect(shown(grouping.rows())).toEqual([
      [['Bygg'], 1, 1, ['1', null, null]],
      [['Ferjer'], 1, 1, ['1', null, null]],
      [['Helse'], 1, 1, ['1', null, null]],
      [[null], 2, 1, ['2', null, null]],
    ])
  })

  it('groups by project id', () => {
    const grouping = new Grouping(['project'])
    grouping.add(record({ projectId: 'P10' }), null, [null, amount('5'), null])
    grouping.add(record({ projectId: 'P2' }), null, [null, amount('7'), null])
    grouping.add(record({ projectId: 'P10', year: 2020 }), null, [null, amount('-1'), null])
    expect(shown(grouping.rows())).toEqual([
      [['P10'], 2, 1, [null, '4', null]],
      [['P2'], 1, 1, [null, '7', null]],
    ])
  })

  it('groups by pairs, sorting by the first key, then the second', () => {
    const grouping = new Grouping(['year', 'partner'])
    grouping.add(record({ year: 2020 }), 'Bergen', [amount('1'), null, null])
    grouping.add(record({ year: 2019 }), 'Bergen', [amount('2'), null, null])
    grouping.add(record({ year: 2020 }), 'Aker', [amount('3'), null, null])
    grouping.add(record({ year: 2019 }), 'Aker', [amount('4'), null, null])
    grouping.add(record({ year: 2019, projectId: 'P2' }), 'Aker', [amount('0.5'), null, null])
    expect(shown(grouping.rows())).toEqual([
      [[2019, 'Aker'], 2, 2, ['4.5', null, null]],
      [[2019, 'Bergen'], 1, 1, ['2', null, null]],
      [[2020, 'Aker'], 1, 1, ['3', null, null]],
      [[2020, 'Bergen'], 1, 1, ['1', null, null]],
    ])
  })

  it('keeps a category key and a missing category apart from a category named "null"', () => {
    const grouping = new Grouping(['category'])
    grouping.add(record({ category: 'null' }), null, [amount('1'), null, null])
    grouping.add(record({ category: null }), null, [amount('2'), null, null])
    expect(grouping.rows().map(row => row.keys[0])).toEqual(['null', null])
  })

  it('has no rows before any record', () => expect(new Grouping(['year']).rows()).toEqual([]))
})

describe('compareKeys', () => {
  it.each([
    [[2019], [2019], 0],
    [[999], [2010], -1], // numerically, not as text
    [[2010], [999], 1],
    [['a'], ['B'], -1], // Norwegian order: case comes after the letter
    [['Zeta'], ['Æsir'], -1], // Æ Ø Å after Z
    [['Åsmark'], ['Østre Fjordvik'], 1],
    [['Måkeøy'], ['Mølleby'], 1],
    [['ab'], ['Ab'], -1], // equal but for case: lower case first, as ICU orders it
    [['Zeta'], [null], -1],
    [[null], ['Aker'], 1],
    [[null], [null], 0],
    [[2019, 'B'], [2019, 'A'], 1],
    [[2019, null], [2019, 'A'], 1],
    [[2018, 'Z'], [2019, 'A'], -1],
  ])('%j vs %j → %i', (left, right, sign) => expect(Math.sign(compareKeys(left, right))).toBe(sign))
})
