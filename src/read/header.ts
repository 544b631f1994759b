// Header cells → canonical columns. Matching ignores case, accents, spaces,
// "_", "-", "." and parentheses, so "År", "aar", "Prosjekt-ID", "project id"
// and "Besparelse (NOK)" all resolve; a name that matches nothing is tried again without what
// it has in parentheses (a unit), so that the tool's own column heads, in either language, read
// back: "Nye arbeidsplasser (årsverk)", "Besparelse (kr)", "CO2e cut (t/yr)".

export const CANONICAL_COLUMNS = [
  'project_id',
  'year',
  'partner',
  'jobs',
  'savings_nok',
  'co2e_tonnes',
  'category',
  'project_name',
  'basis',
  'co2e_end_year',
  'emission_class',
] as const
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number]

export const REQUIRED_COLUMNS: readonly CanonicalColumn[] = ['project_id', 'year', 'partner']
export const MEASURE_COLUMNS: readonly CanonicalColumn[] = ['jobs', 'savings_nok', 'co2e_tonnes']

// The tool's own table heads (in en and nb) are here too, without their units;
// test/read/header.test.ts holds them to the catalogues.
export const COLUMN_ALIASES: Record<CanonicalColumn, readonly string[]> = {
  project_id: ['prosjekt_id', 'prosjektid', 'prosjekt', 'project', 'id'],
  year: ['år', 'aar', 'årstall', 'arstall'],
  partner: ['partners', 'partnere', 'partner_navn', 'virksomhet', 'virksomheter', 'oppdragsgiver'],
  jobs: ['arbeidsplasser', 'nye_arbeidsplasser', 'jobs_created', 'nye_jobber', 'new_jobs'],
  savings_nok: [
    'besparelse',
    'besparelser',
    'besparelse_nok',
    'besparelser_nok',
    'savings',
    'innsparing',
    'public_savings',
    'offentlige_besparelser',
  ],
  co2e_tonnes: [
    'co2e',
    'co2e_tonn',
    'co2_tonn',
    'co2e_tonnes_per_year',
    'klimagasskutt',
    'klimagasskutt_tonn',
    'co2e_cut',
    'annual_co2e_cut',
    'co2e_kutt',
    'årlig_co2e_kutt',
  ],
  category: ['kategori', 'sektor', 'område', 'omraade', 'tema'],
  project_name: ['prosjektnavn', 'navn', 'name'],
  basis: ['grunnlag', 'status'],
  co2e_end_year: ['co2e_til', 'co2e_sluttår', 'co2e_sluttaar', 'kutt_til_og_med', 'co2e_end'],
  emission_class: ['utslippsklasse', 'utslippskategori', 'kvoteplikt', 'emissions_class'],
}

export function normalizeHeaderName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.()]+/g, '')
}

const LOOKUP = new Map<string, CanonicalColumn>()
for (const column of CANONICAL_COLUMNS) {
  for (const name of [column, ...COLUMN_ALIASES[column]]) LOOKUP.set(normalizeHeaderName(name), column)
}

export function canonicalColumnFor(name: string): CanonicalColumn | undefined {
  const found = LOOKUP.get(normalizeHeaderName(name))
  if (found !== undefined || !name.includes('(')) return found
  return LOOKUP.get(normalizeHeaderName(name.replace(/\([^()]*\)/g, ' ')))
}

/** Index of each canonical column in the row's cells; -1 where the file lacks it. */
export type ColumnIndex = Record<CanonicalColumn, number>

export type HeaderProblem =
  | { kind: 'missing'; missing: CanonicalColumn[]; found: string[] }
  | { kind: 'no-measure'; found: string[] }
  | { kind: 'same-meaning'; column: CanonicalColumn; names: [string, string] }

export interface ResolvedHeader {
  index: ColumnIndex
  names: string[]
  /** Header names that mean nothing to us, in file order (empty names left out). */
  unknown: string[]
  problems: HeaderProblem[]
}

export function resolveHeader(cells: readonly string[]): ResolvedHeader {
  const index = Object.fromEntries(CANONICAL_COLUMNS.map(column => [column, -1])) as ColumnIndex
  const names = cells.map(cell => cell.trim())
  const unknown: string[] = []
  const problems: HeaderProblem[] = []
  names.forEach((name, position) => {
    const column = canonicalColumnFor(name)
    if (column === undefined) {
      if (name !== '') unknown.push(name)
      return
    }
    const earlier = index[column]
    if (earlier >= 0) {
      problems.push({ kind: 'same-meaning', column, names: [names[earlier] ?? '', name] })
      return
    }
    index[column] = position
  })
  const missing = REQUIRED_COLUMNS.filter(column => index[column] < 0)
  if (missing.length > 0) problems.push({ kind: 'missing', missing, found: names.filter(name => name !== '') })
  else if (MEASURE_COLUMNS.every(column => index[column] < 0)) {
    problems.push({ kind: 'no-measure', found: names.filter(name => name !== '') })
  }
  return { index, names, unknown, problems }
}
