// The library edge: an ImpactRecord enters the pipeline through view.assign, and its names are keyed by
// identity there as they are when read from a file (record/names.ts), with other spellings noted
// where the record says it was read.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import type { ImpactRecord } from '../../src/model.js'
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
})
