// The library edge: an ImpactRecord enters the pipeline through view.assign, and its names are keyed by
// identity there as they are when read from a file (record/names.ts), with other spellings noted
// where the record says it was read.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import type { ImpactRecord } from '../../src/model.js'
import { Aggregator } from '../../src/aggregate/index.js'
import { RecordKeys, RecordView } from '../../src/record/view.js'

function record(line: number, projectId: string, partners: string[], category: string | null): ImpactRecord {
  return {
    file: 'lib.csv',
    line,
    projectId,
    year: 2020,
    partners,
    category,
    projectName: null,
    basis: 'realised',
    measures: [amountFromPlainString('1'), null, null],
  }
}

describe('RecordView.assign', () => {
  it('keys partners, project ids and categories by identity, shown as first spelled', () => {
    const keys = new RecordKeys()
    const view = new RecordView(keys)
    view.assign(record(2, 'lup-1', ['Fjordvik kommune', '\u00c5ls'], 'Helse'))
    const first = { project: view.project, partners: view.partners.id, category: view.category }
    // Å typed as A + combining ring (NFD), and in capitals.
    view.assign(record(5, 'LUP-1', ['A\u030aLS', 'FJORDVIK KOMMUNE'], 'HELSE'))
    expect({ project: view.project, partners: view.partners.id, category: view.category }).toEqual(first)
    expect(view.toImpactRecord()).toMatchObject({
      projectId: 'lup-1',
      partners: ['Fjordvik kommune', '\u00c5ls'],
      category: 'Helse',
    })
  })

  it('notes each other spelling once, at the line of the record that brought it and of the first', () => {
    const keys = new RecordKeys()
    const view = new RecordView(keys)
    view.assign(record(2, 'P1', ['Fjordvik kommune'], null))
    view.assign(record(7, 'P1', ['FJORDVIK KOMMUNE'], null))
    view.assign(record(9, 'P1', ['FJORDVIK KOMMUNE'], null))
    expect(keys.spellings).toHaveLength(1)
    const [note] = keys.spellings
    expect(note).toMatchObject({ kind: 'partner', spelling: 'FJORDVIK KOMMUNE', first: 'Fjordvik kommune' })
    expect(keys.locations.unpack(note?.firstAt as number)).toEqual({ file: 'lib.csv', line: 2 })
  })

  it('trims and collapses white space in project ids, partners and categories, as a row is read', () => {
    const keys = new RecordKeys()
    const view = new RecordView(keys)
    view.assign(record(2, 'P1', ['Fjordvik kommune'], 'Helse'))
    const first = { project: view.project, partners: view.partners.id, category: view.category }
    view.assign(record(3, ' P1 ', ['Fjordvik  kommune '], ' Helse'))
    expect({ project: view.project, partners: view.partners.id, category: view.category }).toEqual(first)
    expect(keys.spellings).toEqual([])
    view.assign(record(4, '\tP2', [' Ås'], '  '))
    expect(view.toImpactRecord()).toMatchObject({ projectId: 'P2', partners: ['Ås'], category: null })
  })

  it('refuses a partner named twice however spelled, which would be credited twice', () => {
    const view = new RecordView(new RecordKeys())
    expect(() => view.assign(record(2, 'P1', ['Ås', 'ÅS'], null))).toThrow(/partner "ÅS" is listed twice/)
    expect(() => view.assign(record(2, 'P1', ['A', ' A'], null))).toThrow(RangeError)
    expect(() => view.assign(record(2, 'P1', [], null))).toThrow(RangeError)
    expect(() => view.assign(record(2, 'P1', [' '], null))).toThrow(RangeError)
    expect(() => view.assign(record(2, ' ', ['A'], null))).toThrow(RangeError)
  })

  it('an Aggregator fed ImpactRecords groups them as the same rows read from a file', () => {
    const aggregator = new Aggregator({
      attribution: 'split',
      groupings: [['partner'], ['project'], ['category']],
      filters: { from: null, to: null, partners: [], categories: [], bases: [] },
      prices: null,
    })
    aggregator.add(record(2, 'P1', ['Fjordvik kommune '], 'Ferjer'))
    aggregator.add(record(3, ' P1', ['Fjordvik  kommune'], ' Ferjer'))
    const summary = aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 })
    const keys = summary.groupings.map(grouping => grouping.rows.map(row => [row.keys, row.records]))
    expect(keys).toEqual([[[['Fjordvik kommune'], 2]], [[['P1'], 2]], [[['Ferjer'], 2]]])
  })
})
