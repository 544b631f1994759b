// The nouns of lup-impact. Types only, plus the constant lists they are built from.
import type { Amount } from './amount.js'

/**
 * The measures, in the order every per-measure array, table column and JSON object follows. Their
 * names are the input columns, the JSON keys and --metric's values. Adding a measure is a row here
 * (and in MEASURE_FIELDS below), its words in the catalogues (messages/), and its column aliases
 * (read/header.ts); PerMeasure<T> then makes the compiler point at every table that needs a value.
 */
export const MEASURES = ['jobs', 'savings_nok', 'co2e_tonnes'] as const
export type MeasureName = (typeof MEASURES)[number]

/** The positions of a tuple type, as numbers: 0 | 1 | 2 for a tuple of three. */
type Positions<Tuple extends readonly unknown[]> = {
  [K in keyof Tuple]: K extends `${infer Position extends number}` ? Position : never
}[number]
/** A tuple as long as `Tuple`, of T. */
type Each<Tuple extends readonly unknown[], T> = { -readonly [K in keyof Tuple]: T }

/** A measure, by its position in MEASURES (0 | 1 | 2): what per-measure arrays and bit sets are indexed by. */
export type Measure = Positions<typeof MEASURES>
export const JOBS: Measure = 0
export const SAVINGS: Measure = 1
export const CO2E: Measure = 2
/** Every measure, in MEASURES order: `for (const measure of MEASURE_LIST)`. */
export const MEASURE_LIST: readonly Measure[] = MEASURES.map((_, position) => position as Measure)
export const MEASURE_COUNT = MEASURES.length

/** One T per measure, in MEASURES order: a tuple as long as MEASURES, so a missing value is a type error. */
export type PerMeasure<T> = Each<typeof MEASURES, T>

export const measureNamed = (name: MeasureName): Measure => MEASURES.indexOf(name) as Measure

/** A measure's bit in a set of measures (the reported measures of a record, a group's coverage). */
export const measureBit = (measure: Measure): number => 1 << measure

/** PerMeasure<T> from a function of the measure. */
export const perMeasure = <T>(make: (measure: Measure) => T): PerMeasure<T> => [make(JOBS), make(SAVINGS), make(CO2E)]

/**
 * What each measure is, beyond its name: the unit attribution splits it in (0.01 job, 1 øre,
 * 1 kg CO2e: the decimals of that unit), and the JSON and CSV fields of its running totals on
 * by-year rows (the CO2e cut is a rate: what is in force, and what it has avoided so far).
 */
export const MEASURE_FIELDS: PerMeasure<{
  splitScale: number
  toDate: readonly { field: keyof RunningTotals; name: string }[]
}> = [
  { splitScale: 2, toDate: [{ field: 'jobs', name: 'jobs_to_date' }] },
  { splitScale: 2, toDate: [{ field: 'savingsNok', name: 'savings_nok_to_date' }] },
  {
    splitScale: 3,
    toDate: [
      { field: 'co2eInForce', name: 'co2e_tonnes_in_force' },
      { field: 'co2eAvoided', name: 'co2e_tonnes_avoided_to_date' },
    ],
  },
]

/** The running-total fields of by-year rows, in output order. */
export const TO_DATE_FIELDS = MEASURE_FIELDS.flatMap(fields => fields.toDate)

/** One value per measure, in MEASURES order; null means "not reported". */
export type MeasureValues = PerMeasure<Amount | null>

/** The languages of the catalogues (messages/): every sentence exists in each. */
export const LANGUAGES = ['nb', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export const DIMENSIONS = ['year', 'partner', 'category', 'project', 'basis'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** The by-year grouping is the one that carries running totals. */
export const isByYear = (dimensions: readonly Dimension[]): boolean =>
  dimensions.length === 1 && dimensions[0] === 'year'

export const BASES = ['realised', 'estimated', 'potential'] as const
export type Basis = (typeof BASES)[number]

export type Attribution = 'split' | 'full'
export type DecimalConvention = 'comma' | 'dot'
/** A decimal convention, or 'auto': decided by the first value that tells (tab files). */
export type ConventionSetting = DecimalConvention | 'auto'
export type Severity = 'error' | 'warning'

/** Why a cell is not an amount (validate/number.ts finds it, the catalogues word it). */
export type AmountProblem =
  | 'malformed'
  | 'ambiguous-grouping'
  | 'wrong-decimal-separator'
  | 'scientific'
  | 'currency-not-allowed'
  | 'too-long'
  | 'undecided'

/** The kinds of distinct keys a run holds in memory: what a bound on them, or a spelling warning, is about. */
export type KeyKind = 'partner' | 'project' | 'category' | 'partner-set' | 'group'

/**
 * Where something was read. `line` is the physical line of a text file (the header is line 1), or
 * the row of a spreadsheet, whose sheet is then named. read/location.ts shows it.
 */
export interface Location {
  file: string
  line: number
  sheet?: string
}

/** A problem in the input, always located at a physical line (the header is line 1). */
export interface Problem extends Location {
  severity: Severity
  column?: string
  message: string
  value?: string
}

/** A data row as read: cells in file order, where it started, and its text as decoded. */
export interface RawRow extends Location {
  cells: string[]
  raw: string
}

/** A valid record: what one project achieved in one year, credited to one or more partners. */
export interface ImpactRecord extends Location {
  projectId: string
  year: number
  /** Distinct, trimmed, sorted by code point: the order ties are broken in. */
  partners: string[]
  category: string | null
  projectName: string | null
  basis: Basis
  measures: MeasureValues
}

export interface InputSummary {
  path: string
  records: number
  sha256: string
}

export interface Coverage {
  records: number
  projects: number
}

/** Per measure, in MEASURES order. */
export type MeasureCoverage = PerMeasure<Coverage>

/** Per measure, the bases (in BASES order) of the records that reported it; empty when nobody did. */
export type MeasureBases = PerMeasure<Basis[]>

/** One MeasureValues per basis, in BASES order. */
export type ValuesByBasis = [MeasureValues, MeasureValues, MeasureValues]

export interface Totals {
  records: number
  projects: number
  partners: number
  firstYear: number | null
  lastYear: number | null
  measures: MeasureValues
  coverage: MeasureCoverage
  /** Records credited to more than one partner (they explain the overlap under full attribution). */
  multiPartnerRecords: number
  /** How much of each measure rests on each basis; the three add up exactly to `measures`. */
  byBasis: ValuesByBasis
  /** The bases of the records counted, in BASES order. */
  bases: Basis[]
  /** What partner rows add up to: `measures` under split, more under full (shared records count once per partner). */
  sumOverPartners: MeasureValues
  /**
   * Per measure, the most decimals a counted record wrote ("1250000.50": 2, "5.0": 1): the data's own
   * precision, which tables show every figure of the measure with (or more, where a figure needs more).
   */
  precision: PerMeasure<number>
}

export type GroupKey = string | number | null

export interface GroupRow {
  keys: GroupKey[]
  records: number
  projects: number
  measures: MeasureValues
  coverage: MeasureCoverage
  bases: MeasureBases
  /** Running totals, on the rows of the by-year grouping only. */
  toDate?: RunningTotals
}

/**
 * Running totals of a by-year row, over calendar years from the first selected year.
 * Jobs and savings add up the years so far; CO2e cuts are annual rates that stay in force once
 * taken, so the cut in force is the running sum of the rates, and the tonnes avoided to date count
 * each cut in every year from the year it took effect (as a full year) through the row's year.
 */
export interface RunningTotals {
  jobs: Amount | null
  savingsNok: Amount | null
  co2eInForce: Amount | null
  co2eAvoided: Amount | null
}

export interface Grouping {
  dimensions: Dimension[]
  rows: GroupRow[]
}

export interface ProblemCounts {
  errors: number
  warnings: number
  skippedRecords: number
}

export interface Filters {
  from: number | null
  to: number | null
  partners: string[]
  categories: string[]
  /** Only records of these bases; empty means every basis. */
  bases: Basis[]
}

/** A consumer price index: annual averages by year, exact. */
export interface PriceIndex {
  /** The file as the user named it, or the shipped series' path in the package. */
  source: string
  builtIn: boolean
  levels: Map<number, Amount>
  /** The year whose level is exactly 100, if there is one ("2015=100"). */
  referenceYear: number | null
}

/** --real YEAR: savings expressed in YEAR's kroner with `index`. */
export interface ConstantPrices {
  year: number
  index: PriceIndex
}

export interface Summary {
  inputs: InputSummary[]
  attribution: Attribution
  filters: Filters
  totals: Totals
  groupings: Grouping[]
  problems: ProblemCounts
  /** Set under --real: savings are in that year's kroner, rounded to øre. */
  prices: ConstantPrices | null
}

export interface TracedRecord extends Location {
  projectId: string
  year: number
  partners: string[]
  /** The partners whose share is counted (all of them unless --partner narrows). */
  credited: string[]
  basis: Basis
  /** The record's own value of the metric. */
  amount: Amount
  /** What it adds to the figure: the credited partners' shares under split, else the whole amount. */
  attributed: Amount
}

export interface TraceSummary {
  inputs: InputSummary[]
  metric: MeasureName
  attribution: Attribution
  filters: Filters
  /** Records in the selection, whether or not they reported the metric. */
  records: number
  /** Records that reported the metric: the ones listed. */
  traced: number
  sum: Amount | null
  problems: ProblemCounts
}

/** What `check` can compare: the totals' names (JSON `totals`). */
export const CHECK_METRICS = [
  'jobs',
  'savings_nok',
  'co2e_tonnes',
  'records',
  'projects',
  'partners',
  'first_year',
  'last_year',
  'shared_records',
] as const
export type CheckMetric = (typeof CHECK_METRICS)[number]

export const CHECK_OPERATORS = ['=', '>=', '<=', '>', '<'] as const
export type CheckOperator = (typeof CHECK_OPERATORS)[number]

/** One expectation: from --expect, or one entry of a targets file. */
export interface Target {
  metric: CheckMetric
  op: CheckOperator
  value: Amount
  /** The published wording, from a targets file ("over 35 partnere"); null for --expect. */
  text: string | null
}

export type CheckStatus = 'met' | 'missed' | 'not-reported'

export interface CheckResult {
  target: Target
  /** The figure in the selection; null when nobody reported it (or there are no records). */
  actual: Amount | null
  /** Relative tolerance in per cent, applied to = targets only; null elsewhere. */
  tolerance: Amount | null
  status: CheckStatus
}
