// What the human formats (table, markdown) show, as rows of display text.
// Renderers differ only in how they draw these.
import { type Amount, addAmounts } from '../amount.js'
import {
  BASES,
  type Basis,
  type Dimension,
  type Filters,
  type GroupKey,
  type GroupRow,
  type Grouping,
  CO2E,
  isByYear,
  JOBS,
  MEASURE_FIELDS,
  MEASURE_LIST,
  type Measure,
  type MeasureValues,
  type PerMeasure,
  SAVINGS,
  type Summary,
} from '../model.js'
import type { Messages } from '../messages/index.js'
import { formatAmount, formatCount, significantScale, type NumberStyle } from '../messages/numbers.js'
import { valueTables } from './value-view.js'

export type Align = 'left' | 'right'

export interface TextTable {
  title: string
  head: string[]
  align: Align[]
  rows: string[][]
  notes: string[]
  /** Columns of names (partners, categories), which a terminal too narrow for them shows cut with "…" (fit.ts). */
  names?: readonly boolean[]
}

export interface ViewOptions {
  messages: Messages
  numbers: NumberStyle
  /** For a report's reader (report.md, report.html): notes name no option, column or file. */
  reader?: boolean
}

/** Every table of a summary, in the order they are shown. */
export function summaryTables(summary: Summary, options: ViewOptions): TextTable[] {
  const scales = measureScales(summary)
  const tables = [totalsTable(summary, options, scales)]
  for (const grouping of summary.groupings) {
    tables.push(groupingTable(grouping, summary, options, scales))
    if (isByYear(grouping.dimensions) && grouping.rows.length > 0)
      tables.push(runningTotalsTable(grouping, summary, options, scales))
    if (grouping.dimensions.includes('partner') && summary.attribution === 'full')
      tables.push(reconciliationTable(summary, options, scales))
  }
  tables.push(...valueTables(summary, options))
  return tables
}

/**
 * The decimals every figure of a measure is shown with, in every table of a run: the data's own
 * precision (the most decimals a record wrote), or more where some figure needs more (a share split
 * to 0.01 job or 1 kg), and øre for constant kroner. Never fewer than a figure has: nothing is rounded.
 */
export function measureScales(summary: Summary): PerMeasure<number> {
  const { totals } = summary
  const scales = [...totals.precision] as PerMeasure<number>
  const widen = (measure: Measure, value: Amount | null | undefined): void => {
    if (value !== null && value !== undefined) scales[measure] = Math.max(scales[measure], significantScale(value))
  }
  const widenAll = (values: MeasureValues): void => {
    for (const measure of MEASURE_LIST) widen(measure, values[measure])
  }
  widenAll(totals.measures)
  for (const values of totals.byBasis) widenAll(values)
  if (summary.attribution === 'full') widenAll(totals.sumOverPartners)
  for (const grouping of summary.groupings)
    for (const row of grouping.rows) {
      widenAll(row.measures)
      if (row.toDate !== undefined)
        // Tonnes avoided are another quantity than tonnes a year (their half years need øre-like
        // decimals): runningTotalsTable gives them their own.
        for (const measure of MEASURE_LIST)
          for (const { field } of MEASURE_FIELDS[measure].toDate)
            if (!field.startsWith('co2eAvoided')) widen(measure, row.toDate[field])
    }
  if (summary.prices !== null) scales[SAVINGS] = Math.max(scales[SAVINGS], 2)
  return scales
}

export function overviewLines(summary: Summary, { messages, numbers }: ViewOptions): string[] {
  const { totals, filters } = summary
  const labels = messages.labels
  const years =
    totals.firstYear === null
      ? labels.noRecords
      : totals.firstYear === totals.lastYear
        ? `${totals.firstYear}`
        : `${totals.firstYear}–${totals.lastYear}`
  const lines = [
    `${labels.title}: ${labels.inputs(summary.inputs.map(input => input.path))}`,
    labels.overview(totals, years, n => formatCount(n, numbers)),
  ]
  const filterLine = filtersLine(filters, messages)
  if (filterLine !== null) lines.push(filterLine)
  if (summary.prices !== null) lines.push(labels.prices(summary.prices))
  const membership = summary.membership
  if (membership !== null && membership.year !== null) {
    const { counts } = membership
    lines.push(
      labels.membersLine(
        [membership.members, counts.owners, counts.partners, counts.collaborators].map(n => formatCount(n, numbers)),
        membership.year,
        membership.source,
      ),
    )
  }
  if (summary.problems.skippedRecords > 0) lines.push(labels.skippedNote(summary.problems.skippedRecords))
  return lines
}

/** "Filters: years 2015–2017; partner …", or null when nothing is filtered. */
export function filtersLine(filters: Filters, messages: Messages): string | null {
  const labels = messages.labels
  const parts: string[] = []
  if (filters.from !== null || filters.to !== null) parts.push(labels.filterYears(filters.from, filters.to))
  if (filters.partners.length > 0) parts.push(labels.filterPartners(filters.partners))
  if (filters.categories.length > 0) parts.push(labels.filterCategories(filters.categories))
  if (filters.bases.length > 0) parts.push(labels.filterBases(filters.bases))
  return parts.length > 0 ? labels.filters(parts) : null
}

/** Measure column heads; savings say which year's kroner under --real, jobs whether they are new or held. */
function measureHeads(summary: Summary, messages: Messages): string[] {
  const labels = messages.labels
  return MEASURE_LIST.map(measure =>
    measure === SAVINGS && summary.prices !== null
      ? labels.savingsIn(summary.prices.year)
      : measure === JOBS && summary.jobs === 'held'
        ? labels.jobsHeld
        : labels.measures[measure],
  )
}

/**
 * The totals with the measures as columns, like every other table: the total, then (when the
 * selection mixes bases) the part of it that rests on each basis, then how many projects and records
 * reported each measure. Narrow enough for an 80-column terminal in either language.
 */
export function totalsTable(
  summary: Summary,
  { messages, numbers, reader = false }: ViewOptions,
  scales: PerMeasure<number> = measureScales(summary),
): TextTable {
  const { totals } = summary
  const labels = messages.labels
  // A row per basis present, when there is more than one; one basis is said in a note instead.
  const bases = totals.bases.length > 1 ? totals.bases : []
  const figures = (values: MeasureValues): string[] =>
    MEASURE_LIST.map(measure => {
      const value = values[measure] ?? null
      return value === null ? labels.notReported : formatAmount(value, numbers, scales[measure])
    })
  const count = (n: number): string => formatCount(n, numbers)
  const rows = [
    [labels.total, ...figures(totals.measures)],
    ...bases.map(basis => [
      labels.basisNames[basis],
      ...figures(totals.byBasis[BASES.indexOf(basis)] as MeasureValues),
    ]),
    [
      labels.reporting.projects,
      ...MEASURE_LIST.map(measure =>
        labels.reporting.share(count(totals.coverage[measure].projects), count(totals.projects)),
      ),
    ],
    [
      labels.reporting.records,
      ...MEASURE_LIST.map(measure =>
        labels.reporting.share(count(totals.coverage[measure].records), count(totals.records)),
      ),
    ],
  ]
  const notes = [labels.co2eNote]
  const { co2e, jobsHeld } = totals
  if (co2e.lower.tonnes !== null && co2e.upper.tonnes !== null && totals.lastYear !== null)
    notes.push(
      labels.avoidedNote(
        formatAmount(co2e.lower.tonnes, numbers),
        formatAmount(co2e.upper.tonnes, numbers),
        totals.lastYear,
      ),
    )
  if (jobsHeld !== null && jobsHeld.last !== null && jobsHeld.peak !== null && jobsHeld.personYears !== null)
    notes.push(
      labels.jobsHeldNote(
        formatAmount(jobsHeld.last, numbers),
        formatAmount(jobsHeld.peak.jobs, numbers),
        jobsHeld.peak.year,
        formatAmount(jobsHeld.personYears, numbers),
        reader,
      ),
    )
  if (bases.length > 0) notes.push(reader ? labels.basisNoteReader : labels.basisNote)
  else if (totals.bases.length === 1) notes.push(labels.oneBasis(totals.bases[0] as Basis))
  if (summary.prices !== null) notes.push(labels.realNote(summary.prices, reader))
  return {
    title: labels.totals,
    // Under --jobs held the total of the jobs column is a sum of stocks: person-years, and headed so.
    head: [
      '',
      ...measureHeads(summary, messages).map((head, measure) =>
        measure === JOBS && summary.jobs === 'held' ? labels.personYears : head,
      ),
    ],
    align: ['left', 'right', 'right', 'right'],
    rows,
    notes,
  }
}

export function groupingTable(
  grouping: Grouping,
  summary: Summary,
  { messages, numbers }: ViewOptions,
  scales: PerMeasure<number> = measureScales(summary),
): TextTable {
  const labels = messages.labels
  const flags = grouping.rows.map(row => MEASURE_LIST.map(measure => figureFlags(row, measure, messages)))
  const columns = MEASURE_LIST.map(measure =>
    flaggedColumn(
      grouping.rows.map(row => row.measures[measure] ?? null),
      flags.map(row => row[measure] ?? ''),
      numbers,
      labels.notReported,
      scales[measure],
    ),
  )
  const rows = grouping.rows.map((row, position) => [
    ...row.keys.map((key, index) => displayKey(key, grouping.dimensions[index] as Dimension, messages)),
    formatCount(row.records, numbers),
    formatCount(row.projects, numbers),
    ...columns.map(column => column[position] as string),
  ])
  const notes = flagsNotes(flags.flat(), messages)
  if (grouping.dimensions.includes('partner')) {
    notes.push(summary.attribution === 'split' ? labels.splitNote : labels.fullNote(summary.totals.multiPartnerRecords))
  }
  return {
    title: labels.by(grouping.dimensions.map(dimension => (labels.dimension[dimension] as string).toLowerCase())),
    names: grouping.dimensions.map(dimension => dimension === 'partner' || dimension === 'category'),
    head: [
      ...grouping.dimensions.map(dimension => labels.dimension[dimension] as string),
      labels.records,
      labels.projects,
      ...measureHeads(summary, messages),
    ],
    align: [
      ...grouping.dimensions.map((dimension): Align => (dimension === 'year' ? 'right' : 'left')),
      'right',
      'right',
      'right',
      'right',
      'right',
    ],
    rows,
    notes,
  }
}

/**
 * Jobs and savings to date, the CO2e cut in force and the range avoided to date (and members under
 * --members), flagged with what they rest on so far: in force and the upper bound may rest on
 * estimated cuts, the lower bound never does; neither ever on potential ones.
 */
export function runningTotalsTable(
  grouping: Grouping,
  summary: Summary,
  { messages, numbers, reader = false }: ViewOptions,
  scales: PerMeasure<number> = measureScales(summary),
): TextTable {
  const labels = messages.labels
  const overTime = labels.overTime
  const rows = grouping.rows.filter(row => row.toDate !== undefined)
  // Basis flags accumulate: a total to date rests on every year before it.
  // Coverage is not flagged here: a running total is partial as soon as one earlier year was, which says little.
  const cumulative = ['', '', '']
  const flags = rows.map(row =>
    MEASURE_LIST.map(measure => {
      cumulative[measure] = mergeFlags(cumulative[measure] as string, basisFlags(row, measure, messages), messages)
      return cumulative[measure] as string
    }),
  )
  const estimatedOnly = (flag: string): string => (flag.includes(labels.flags.estimated) ? labels.flags.estimated : '')
  const values = (pick: (row: GroupRow) => Amount | null): (Amount | null)[] => rows.map(pick)
  const column = (
    pick: (row: GroupRow) => Amount | null,
    flag: (position: number) => string,
    scale: number,
  ): string[] =>
    flaggedColumn(
      values(pick),
      rows.map((_, position) => flag(position)),
      numbers,
      labels.notReported,
      scale,
    )
  // Tonnes avoided: their own precision (the data's, or the half years'), not the split's of the cuts a year.
  let avoidedScale = summary.totals.precision[CO2E]
  for (const row of rows)
    for (const value of [row.toDate?.co2eAvoidedLowerToDate, row.toDate?.co2eAvoidedUpperToDate])
      if (value !== null && value !== undefined) avoidedScale = Math.max(avoidedScale, significantScale(value))
  const columns = [
    column(
      row => row.toDate?.jobs ?? null,
      position => flags[position]?.[0] ?? '',
      scales[JOBS],
    ),
    column(
      row => row.toDate?.savingsNok ?? null,
      position => flags[position]?.[1] ?? '',
      scales[SAVINGS],
    ),
    column(
      row => row.toDate?.co2eInForce ?? null,
      position => estimatedOnly(flags[position]?.[CO2E] ?? ''),
      scales[CO2E],
    ),
    column(
      row => row.toDate?.co2eAvoidedLowerToDate ?? null,
      () => '',
      avoidedScale,
    ),
    column(
      row => row.toDate?.co2eAvoidedUpperToDate ?? null,
      position => estimatedOnly(flags[position]?.[CO2E] ?? ''),
      avoidedScale,
    ),
  ]
  const membership = summary.membership
  if (membership !== null)
    columns.push(rows.map(row => (row.members === undefined ? labels.notReported : formatCount(row.members, numbers))))
  const shownFlags = flags.map(row => [row[0] ?? '', row[1] ?? '', estimatedOnly(row[CO2E] ?? '')])
  const notes = [overTime.note(summary.totals.co2e.persist, reader), ...flagsNotes(shownFlags.flat(), messages)]
  if (membership !== null) notes.push(overTime.membersNote(membership.source, reader))
  return {
    title: overTime.title,
    head: [
      labels.dimension.year as string,
      summary.jobs === 'held' ? overTime.personYears : overTime.jobs,
      summary.prices === null ? overTime.savings : labels.savingsToDateIn(summary.prices.year),
      overTime.co2eInForce,
      overTime.co2eAvoidedLower,
      overTime.co2eAvoidedUpper,
      ...(membership === null ? [] : [overTime.members]),
    ],
    align: ['right', 'right', 'right', 'right', 'right', 'right', ...(membership === null ? [] : ['right' as Align])],
    rows: rows.map((row, position) => [String(row.keys[0]), ...columns.map(column => column[position] as string)]),
    notes,
  }
}

/** Under full attribution: what partner rows add up to, the total, and the shared records behind the difference. */
export function reconciliationTable(
  summary: Summary,
  { messages, numbers }: ViewOptions,
  scales: PerMeasure<number> = measureScales(summary),
): TextTable {
  const labels = messages.labels.reconciliation
  const { totals } = summary
  const difference = MEASURE_LIST.map(measure => {
    const credited = totals.sumOverPartners[measure] ?? null
    const total = totals.measures[measure] ?? null
    return credited === null || total === null
      ? null
      : addAmounts(credited, { units: -total.units, scale: total.scale })
  }) as MeasureValues
  const lines: [string, MeasureValues][] = [
    [labels.sumOverPartners, totals.sumOverPartners],
    [labels.total, totals.measures],
    [labels.difference, difference],
  ]
  const columns = MEASURE_LIST.map(measure =>
    flaggedColumn(
      lines.map(([, values]) => values[measure] ?? null),
      lines.map(() => ''),
      numbers,
      messages.labels.notReported,
      scales[measure],
    ),
  )
  return {
    title: labels.title,
    head: [labels.head, ...measureHeads(summary, messages)],
    align: ['left', 'right', 'right', 'right'],
    rows: lines.map(([label], position) => [label, ...columns.map(column => column[position] as string)]),
    notes: [labels.note(totals.multiPartnerRecords)],
  }
}

/** e/p when the figure includes estimated/potential records. */
function basisFlags(row: GroupRow, measure: Measure, messages: Messages): string {
  const letters = messages.labels.flags
  const bases = row.bases[measure]
  return `${bases.includes('estimated') ? letters.estimated : ''}${bases.includes('potential') ? letters.potential : ''}`
}

/**
 * The flags of one figure: its basis flags, and i when some of the row's records left it empty. CO2e is
 * left out of i: it is entered once per project, so most rows have records without it by design.
 */
function figureFlags(row: GroupRow, measure: Measure, messages: Messages): string {
  const reported = row.coverage[measure].records
  const incomplete = measure !== CO2E && reported > 0 && reported < row.records
  return `${basisFlags(row, measure, messages)}${incomplete ? messages.labels.flags.incomplete : ''}`
}

/** The note explaining the flags shown, if any. */
function flagsNotes(shown: readonly string[], messages: Messages): string[] {
  const letters = messages.labels.flags
  const all = shown.join('')
  if (all === '') return []
  return [
    messages.labels.flagsNote({
      estimated: all.includes(letters.estimated),
      potential: all.includes(letters.potential),
      incomplete: all.includes(letters.incomplete),
    }),
  ]
}

/** The union of two flag strings, in the flags' own order. */
function mergeFlags(a: string, b: string, messages: Messages): string {
  const letters = messages.labels.flags
  return [letters.estimated, letters.potential, letters.incomplete]
    .filter(letter => a.includes(letter) || b.includes(letter))
    .join('')
}

/**
 * A column of figures with their flags: padded to the measure's decimals (measureScales), and flags set
 * after the number in a slot as wide as the widest, so that right-aligned digits stay in line.
 */
function flaggedColumn(
  values: readonly (Amount | null)[],
  flags: readonly string[],
  numbers: NumberStyle,
  missing: string,
  scale: number,
): string[] {
  const slot = flags.reduce((width, flag) => Math.max(width, flag.length), 0)
  return values.map((value, position) => {
    const text = value === null ? missing : formatAmount(value, numbers, scale)
    if (slot === 0) return text
    const flag = value === null ? '' : (flags[position] ?? '')
    return `${text} ${flag.padEnd(slot)}`
  })
}

function displayKey(key: GroupKey, dimension: Dimension, messages: Messages): string {
  if (key === null) return dimension === 'category' ? messages.labels.noCategory : ''
  if (dimension === 'basis') return messages.labels.basisNames[key as Basis] ?? String(key)
  return String(key)
}
