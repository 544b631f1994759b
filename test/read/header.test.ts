import { describe, expect, it } from 'vitest'
import {
  CANONICAL_COLUMNS,
  COLUMN_ALIASES,
  type CanonicalColumn,
  canonicalColumnFor,
  normalizeHeaderName,
  resolveHeader,
} from '../../src/read/header.js'
import { en, type Messages } from '../../src/messages/index.js'
import { nb } from '../../src/messages/nb.js'
import { MEASURES } from '../../src/model.js'

describe('normalizeHeaderName', () => {
  it.each([
    ['project_id', 'projectid'],
    ['Project ID', 'projectid'],
    ['PROSJEKT-ID', 'prosjektid'],
    ['  prosjekt _ id  ', 'prosjektid'],
    ['År', 'ar'],
    ['Årstall', 'arstall'],
    ['Område', 'omrade'],
    ['Kategorí', 'kategori'],
    ['Nye\u00a0arbeidsplasser', 'nyearbeidsplasser'],
    ['co2e\ttonnes', 'co2etonnes'],
    ['Besparelse NOK', 'besparelsenok'],
    ['Besparelse (NOK)', 'besparelsenok'],
    ['CO2e (tonn)', 'co2etonn'],
    ['prosjekt.id', 'prosjektid'],
    ['(år)', 'ar'],
    ['Jobs (F.T.E.)', 'jobsfte'],
  ])('%j → %s', (name, expected) => expect(normalizeHeaderName(name)).toBe(expected))

  it.each([
    ['Besparelse (NOK)', 'savings_nok'],
    ['Prosjekt.ID', 'project_id'],
    ['(Kategori)', 'category'],
  ])('ignores parentheses and dots when it resolves %j', (name, column) =>
    expect(canonicalColumnFor(name)).toBe(column),
  )

  it('treats a decomposed accent like a precomposed one', () => {
    expect(normalizeHeaderName('A\u030ar')).toBe(normalizeHeaderName('\u00c5r'))
  })
})

describe('canonicalColumnFor', () => {
  const everyName = CANONICAL_COLUMNS.flatMap(column =>
    [column, ...COLUMN_ALIASES[column]].map((name): [string, CanonicalColumn] => [name, column]),
  )

  it.each(everyName)('%j resolves to %s', (name, column) => expect(canonicalColumnFor(name)).toBe(column))

  it.each(everyName)('%j in upper case with spaces resolves to %s', (name, column) => {
    expect(canonicalColumnFor(` ${name.toUpperCase().replace(/_/g, ' ')} `)).toBe(column)
  })

  it('has no alias that means two columns', () => {
    const seen = new Map<string, CanonicalColumn>()
    for (const [name, column] of everyName) {
      const key = normalizeHeaderName(name)
      expect(seen.get(key) ?? column, name).toBe(column)
      seen.set(key, column)
    }
  })

  it.each([
    ['År', 'year'],
    ['Aar', 'year'],
    ['Årstall', 'year'],
    ['Prosjekt-ID', 'project_id'],
    ['Prosjekt ID', 'project_id'],
    ['ID', 'project_id'],
    ['Partnere', 'partner'],
    ['Oppdragsgiver', 'partner'],
    ['Nye arbeidsplasser', 'jobs'],
    ['Jobs-created', 'jobs'],
    ['Besparelse NOK', 'savings_nok'],
    ['Besparelser', 'savings_nok'],
    ['Savings NOK', 'savings_nok'],
    ['CO2e', 'co2e_tonnes'],
    ['CO2e tonn', 'co2e_tonnes'],
    ['Klimagasskutt tonn', 'co2e_tonnes'],
    ['Klimagasskutt-tonn', 'co2e_tonnes'],
    ['Område', 'category'],
    ['Sektor', 'category'],
    ['Prosjektnavn', 'project_name'],
    ['Project name', 'project_name'],
    ['Grunnlag', 'basis'],
    ['Status', 'basis'],
  ])('the header %j means %s', (name, column) => expect(canonicalColumnFor(name)).toBe(column))

  // The tool's own heads, as a spreadsheet made from its output carries them. Not the report's key
  // figures: they are realised figures ("New jobs, realised"), not a column of records.
  const ownHeads = (messages: Messages): [string, CanonicalColumn][] => [
    ...MEASURES.map((measure, position): [string, CanonicalColumn] => [
      messages.labels.measures[position] as string,
      measure,
    ]),
    [messages.labels.dimension.year as string, 'year'],
    [messages.labels.dimension.partner as string, 'partner'],
    [messages.labels.dimension.category as string, 'category'],
    [messages.labels.dimension.project as string, 'project_id'],
    [messages.labels.dimension.basis as string, 'basis'],
  ]
  it.each([...ownHeads(en), ...ownHeads(nb)])("the tool's own head %j means %s", (name, column) =>
    expect(canonicalColumnFor(name)).toBe(column),
  )

  it.each([
    ['Nye arbeidsplasser (årsverk)', 'jobs'],
    ['Besparelse (kr)', 'savings_nok'],
    ['CO2e-kutt (tonn/år)', 'co2e_tonnes'],
    ['  co2e CUT  (t / yr) ', 'co2e_tonnes'],
    ['Arbeidsplasser (årsverk, realisert)', 'jobs'],
  ])('%j, its unit in parentheses aside, means %s', (name, column) => expect(canonicalColumnFor(name)).toBe(column))

  it.each(['', 'notes', 'kommentar', 'jobs2', 'savings_usd', 'year of effect', '(t/yr)', 'Records', 'Poster'])(
    '%j means nothing',
    name => {
      expect(canonicalColumnFor(name)).toBeUndefined()
    },
  )
})

describe('resolveHeader', () => {
  it('indexes an English header in file order', () => {
    const resolved = resolveHeader(['year', 'project_id', 'partner', 'co2e_tonnes', 'jobs'])
    expect(resolved.index).toEqual({
      project_id: 1,
      year: 0,
      partner: 2,
      jobs: 4,
      savings_nok: -1,
      co2e_tonnes: 3,
      category: -1,
      project_name: -1,
      basis: -1,
      co2e_end_year: -1,
      emission_class: -1,
    })
    expect(resolved.problems).toEqual([])
    expect(resolved.unknown).toEqual([])
  })

  it('resolves Norwegian headers and lists unknown columns in file order, trimmed, without empty names', () => {
    const resolved = resolveHeader(['Prosjekt-ID', ' År ', 'Notat', 'Partnere', 'Besparelse NOK', '', 'Kommentar', ' '])
    expect(resolved.index.project_id).toBe(0)
    expect(resolved.index.year).toBe(1)
    expect(resolved.index.partner).toBe(3)
    expect(resolved.index.savings_nok).toBe(4)
    expect(resolved.unknown).toEqual(['Notat', 'Kommentar'])
    expect(resolved.names).toEqual(['Prosjekt-ID', 'År', 'Notat', 'Partnere', 'Besparelse NOK', '', 'Kommentar', ''])
    expect(resolved.problems).toEqual([])
  })

  it('reports missing required columns with the names it found', () => {
    const resolved = resolveHeader(['Prosjekt', 'jobs', 'Notat', ''])
    expect(resolved.problems).toEqual([
      { kind: 'missing', missing: ['year', 'partner'], found: ['Prosjekt', 'jobs', 'Notat'] },
    ])
  })

  it('reports a header without any measure column', () => {
    const resolved = resolveHeader(['project_id', 'year', 'partner', 'category'])
    expect(resolved.problems).toEqual([{ kind: 'no-measure', found: ['project_id', 'year', 'partner', 'category'] }])
  })

  it('reports only the missing columns when a header has nothing we know (that message names the measures too)', () => {
    const resolved = resolveHeader(['a', 'b'])
    expect(resolved.problems.map(problem => problem.kind)).toEqual(['missing'])
    expect(resolved.problems[0]).toMatchObject({ missing: ['project_id', 'year', 'partner'] })
    expect(resolved.unknown).toEqual(['a', 'b'])
  })

  it('reports two columns with the same meaning and keeps the first', () => {
    const resolved = resolveHeader(['project_id', 'År', 'partner', 'jobs', 'Årstall'])
    expect(resolved.problems).toEqual([{ kind: 'same-meaning', column: 'year', names: ['År', 'Årstall'] }])
    expect(resolved.index.year).toBe(1)
  })

  it('reports the same name twice as the same meaning', () => {
    const resolved = resolveHeader(['project_id', 'year', 'partner', 'jobs', 'Jobs'])
    expect(resolved.problems).toEqual([{ kind: 'same-meaning', column: 'jobs', names: ['jobs', 'Jobs'] }])
  })

  it('reports an empty header row as missing everything, with nothing found', () => {
    expect(resolveHeader(['']).problems).toEqual([
      { kind: 'missing', missing: ['project_id', 'year', 'partner'], found: [] },
    ])
  })

  it('accepts any one measure column', () => {
    for (const measure of ['jobs', 'savings_nok', 'co2e_tonnes']) {
      expect(resolveHeader(['project_id', 'year', 'partner', measure]).problems).toEqual([])
    }
  })
})
