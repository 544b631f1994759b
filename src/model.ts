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
 * by-year rows (the CO2e cut is a rate: what is in force, and the range of what it avoided that
 * year and so far, aggregate/co2e-over-time.ts).
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
      { field: 'co2eAvoidedLower', name: 'co2e_tonnes_avoided_lower' },
      { field: 'co2eAvoidedUpper', name: 'co2e_tonnes_avoided_upper' },
      { field: 'co2eAvoidedLowerToDate', name: 'co2e_tonnes_avoided_to_date_lower' },
      { field: 'co2eAvoidedUpperToDate', name: 'co2e_tonnes_avoided_to_date_upper' },
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

/**
 * Which carbon price path values a CO2e cut (R-109/21): non_ets, emissions outside the EU emissions
 * trading system (the CO2 tax path; the default), or ets, emissions under it (allowance prices).
 */
export const EMISSION_CLASSES = ['non_ets', 'ets'] as const
export type EmissionClass = (typeof EMISSION_CLASSES)[number]

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

/** Why a spreadsheet (or a file that looks like one) cannot be read at all. */
export type SpreadsheetProblem =
  /** An OLE2 file: Excel 97–2003 (.xls), or an encrypted (password-protected) workbook. */
  | 'xls'
  | 'encrypted'
  | 'ods'
  | 'xlsb'
  /** A zip archive that holds no workbook (a .docx, a plain .zip). */
  | 'not-a-workbook'
  | 'damaged'
  /** A zip without its directory at the end: a download or copy cut short. */
  | 'truncated'
  /** A part that inflates to more than its directory entry says (a zip bomb that lies). */
  | 'size-mismatch'
  | 'unsupported-compression'
  /** A part that would inflate past its bound (a zip bomb, or a sheet beyond any real one). */
  | 'too-large'
  | 'too-many-parts'
  | 'missing-part'
  | 'no-sheets'
  | 'no-such-sheet'
  /** A workbook from standard input or a pipe, larger than what is held in memory to read it. */
  | 'too-large-to-buffer'

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
  /** co2e_end_year: the last year the record's CO2e cut is in force; absent or null: not stated. */
  co2eEndYear?: number | null
  /** emission_class: the carbon price path of its CO2e cut; absent: non_ets. */
  emissionClass?: EmissionClass
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
  /** CO2e cuts in force and the range of tonnes avoided, year by year. */
  co2e: Co2eOverTime
  /** Under --jobs held; null under --jobs new. */
  jobsHeld: JobsHeld | null
  /** Under --members: owners and partners at the end of the last year (Membership.members); else null. */
  members: number | null
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
  /** Owners and partners at the end of the row's year, on by-year rows under --members. */
  members?: number
}

/**
 * Running totals of a by-year row, over calendar years from the first selected year.
 * Jobs and savings add up the years so far; the CO2e fields are the row's year of Co2eOverTime.
 */
export interface RunningTotals {
  jobs: Amount | null
  savingsNok: Amount | null
  co2eInForce: Amount | null
  co2eAvoidedLower: Amount | null
  co2eAvoidedUpper: Amount | null
  co2eAvoidedLowerToDate: Amount | null
  co2eAvoidedUpperToDate: Amount | null
}

/** What a bound of the tonnes avoided assumes (JSON `assumptions`, worded in the catalogues). */
export const AVOIDED_ASSUMPTIONS = [
  'realised-only',
  'realised-and-estimated',
  'half-first-year',
  'full-first-year',
  'in-force-through-last-reported-year',
  'in-force-through-period-end',
  'co2e-end-year-where-given',
  'increases-as-upper-bound',
  'potential-never',
] as const
export type AvoidedAssumption = (typeof AVOIDED_ASSUMPTIONS)[number]

export interface AvoidedBound {
  /** Tonnes avoided from the first year of the period through its last; null when no CO2e was reported. */
  tonnes: Amount | null
  assumptions: AvoidedAssumption[]
}

/** One calendar year of the period: the cut in force, and the tonnes avoided that year and to date. */
export interface Co2eYear {
  year: number
  /** Realised and estimated cuts in force that year (t/yr); potential cuts never are. */
  inForce: Amount
  /** The part of inForce that is ETS cuts (emission_class ets); the rest is non-ETS. */
  inForceEts: Amount
  avoidedLower: Amount
  avoidedUpper: Amount
  avoidedLowerToDate: Amount
  avoidedUpperToDate: Amount
}

/**
 * CO2e over the period (aggregate/co2e-over-time.ts): every calendar year from the first year a
 * cut was reported through the period's last, years without records included, exact; what a figure computed from
 * the cuts in force (a carbon value) or from the tonnes avoided (a cost per tonne) builds on.
 */
export interface Co2eOverTime {
  /** From the first year a selected record reported CO2e through the period's last; empty when none did. */
  years: Co2eYear[]
  /** In force in the last year of the period; null when no CO2e was reported. */
  inForce: Amount | null
  lower: AvoidedBound
  upper: AvoidedBound
  /** --persist: the lower bound keeps cuts in force through the period's end. */
  persist: boolean
}

/** What the jobs column means: new jobs created in the record's year, or jobs held that year. */
export const JOBS_MEANINGS = ['new', 'held'] as const
export type JobsMeaning = (typeof JOBS_MEANINGS)[number]

/** The figures of --jobs held (aggregate/jobs-held.ts). */
export interface JobsHeld {
  /** Each project's latest reported jobs, added up: the jobs in place as last reported. */
  last: Amount | null
  /** The same over realised records only. */
  lastRealised: Amount | null
  /** The year whose jobs, added up over projects, are highest (the first such year). */
  peak: { year: number; jobs: Amount } | null
  /** The sum over records (each year's jobs held, added up). */
  personYears: Amount | null
  personYearsRealised: Amount | null
}

export const MEMBER_ROLES = ['owner', 'partner', 'collaborator'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** One row of a --members file. */
export interface Member extends Location {
  /** As written (trimmed, inner white space collapsed); compared with record partners by identity. */
  name: string
  role: MemberRole
  /** The dates as given (YYYY-MM-DD, YYYY-MM or YYYY) and their years. */
  joined: string
  joinedYear: number
  left: string | null
  leftYear: number | null
}

/** A member in `year`: joined in or before it and not left before it. */
export const isMemberIn = (member: Member, year: number): boolean =>
  member.joinedYear <= year && (member.leftYear === null || member.leftYear >= year)

/** A member at the end of `year`: joined in or before it and not left by then (left in a later year, or not). */
export const isMemberAtEndOf = (member: Member, year: number): boolean =>
  member.joinedYear <= year && (member.leftYear === null || member.leftYear > year)

export interface MemberList {
  /** The file as the user named it. */
  source: string
  members: Member[]
}

export interface MemberCounts {
  owners: number
  partners: number
  collaborators: number
}

/** Programme membership over the period (--members). */
export interface Membership {
  source: string
  /** The year the counts are at the end of: the period's last year; null without records. */
  year: number | null
  /** Owners and partners (those with a partner agreement) at the end of `year`: the programme's partner count. */
  members: number
  counts: MemberCounts
  /** Owners and partners, at the end of each year of the period. */
  byYear: { year: number; members: number }[]
  /** Members during the period who are credited on no selected record, in display order. */
  withoutRecords: string[]
  /** Partners credited on selected records who were not members in that record's year. */
  notMembers: string[]
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

/** One price of a carbon price path: NOK per tonne CO2e in `priceLevel`'s kroner. */
export interface CarbonPrice {
  year: number
  emissionClass: EmissionClass
  nokPerTonne: Amount
  priceLevel: number
  /** The line of the path file it was read from. */
  line: number
}

/** A carbon price path (the shipped data/carbon-price-nok.csv or --carbon-price FILE). */
export interface CarbonPricePath {
  source: string
  builtIn: boolean
  sha256: string
  /** By `${emissionClass}:${year}`. */
  prices: Map<string, CarbonPrice>
  /** The path's own price level: that of its last year. */
  priceLevel: number
}

/** --costs FILE: programme cost per year, nominal kroner of that year. */
export interface ProgrammeCosts {
  source: string
  sha256: string
  byYear: Map<number, Amount>
  /** The first line of each year, for trace and messages. */
  lines: Map<number, number>
}

/** R-109/21's declining real rate (4 %, then 3 % after 40 years, 2 % after 75), or a flat --discount rate. */
export type DiscountSchedule = { kind: 'r-109' } | { kind: 'flat'; percent: Amount }

/** What --value computes with. */
export interface ValueSettings {
  path: CarbonPricePath
  /** --price-level: the kroner year every value is in. */
  priceLevel: number
  /** The consumer price index for converting kroner between years; null when none is needed. */
  index: PriceIndex | null
  /** --base-year; null: the last year of the data. */
  baseYear: number | null
  discount: DiscountSchedule
  /** --horizon: cuts in force at the last year stay in force through this year (a projection); null: none. */
  horizon: number | null
  costs: ProgrammeCosts | null
  /**
   * --before-path: a year before the path's first year of a class is an error ('error'), or takes that
   * first year's price held in real terms ('hold': an assumption, named in every output).
   */
  beforePath: BeforePath
}

export type BeforePath = 'error' | 'hold'

/** numerator / denominator, denominator > 0: exact, rounded only when shown. */
export interface Ratio {
  readonly numerator: bigint
  readonly denominator: bigint
}

/** One year of the appraisal, in constant kroner of the price level. */
export interface ValueYear {
  year: number
  /** After the last year of the data (under --horizon): assumed, not reported. */
  projection: boolean
  inForceNonEts: Amount
  inForceEts: Amount
  /** The year's prices at the price level; null where no cut of that class is in force (not needed). */
  priceNonEts: Ratio | null
  priceEts: Ratio | null
  /** The path year whose price was used: the year itself, or under --before-path hold the path's first year. */
  priceYearNonEts: number | null
  priceYearEts: number | null
  carbonValue: Ratio
  /** Realised and estimated savings in constant kroner; null in projection years (no new savings assumed). */
  savings: Ratio | null
  /** Programme cost in constant kroner; null without --costs or when the file has no row for the year. */
  cost: Ratio | null
  /** What one krone of the year is worth at the base year: compounded before it, discounted after. */
  factor: Ratio
}

export interface ValueAppraisal {
  settings: ValueSettings
  baseYear: number
  years: ValueYear[]
  /** Sums over the years of the data (not the projection), undiscounted, constant kroner. */
  carbonValue: Ratio
  savings: Ratio
  cost: Ratio | null
  /** Present values at the base year: over the years of the data, and over the projection years. */
  presentValue: {
    carbonValue: Ratio
    savings: Ratio
    cost: Ratio | null
    projectionCarbonValue: Ratio | null
    projectionCost: Ratio | null
  }
  /** With --costs: benefit (carbon value + savings, PV incl. projection) per krone of cost (PV incl. projection). */
  ratios: {
    benefitCost: Ratio | null
    savingsPerKrone: Ratio | null
    /** Cost (undiscounted, constant kroner, years of the data) per tonne avoided, under each bound. */
    nokPerTonneLower: Ratio | null
    nokPerTonneUpper: Ratio | null
  } | null
}

export interface Summary {
  inputs: InputSummary[]
  attribution: Attribution
  jobs: JobsMeaning
  /** Under --members; null otherwise (prose then speaks of "partners named in the records"). */
  membership: Membership | null
  filters: Filters
  totals: Totals
  groupings: Grouping[]
  problems: ProblemCounts
  /** Set under --real: savings are in that year's kroner, rounded to øre. */
  prices: ConstantPrices | null
  /** Under --value: carbon value, savings and costs in constant kroner and at present value. */
  value: ValueAppraisal | null
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
  /** For co2e_tonnes: the bounds of the tonnes avoided it feeds (potential: neither); null for other metrics. */
  bounds: 'both' | 'upper' | 'neither' | null
  /** For carbon_value: the price path its cut is valued on. */
  emissionClass?: EmissionClass
}

/** What `trace` can trace: a measure, or the carbon value of one year (--value). */
export type TraceMetric = MeasureName | 'carbon_value'
export const TRACE_METRICS: readonly TraceMetric[] = [...MEASURES, 'carbon_value']

/** trace --metric carbon_value --year Y: the year's row of the appraisal, as summarize --value shows it. */
export interface TracedCarbonValue {
  year: number
  priceLevel: number
  path: string
  inForceNonEts: Amount
  inForceEts: Amount
  /** Prices at the price level, rounded to øre for display; null where no cut of that class is in force. */
  priceNonEts: Amount | null
  priceEts: Amount | null
  /** The path year each price is from: the year itself, or the path's first year under --before-path hold. */
  priceYearNonEts: number | null
  priceYearEts: number | null
  /** --before-path: whether a year before the path may take the path's first price. */
  beforePath: BeforePath
  /** The year's carbon value as summarize --value prints it (rounded to øre with the other years). */
  value: Amount
}

export interface TraceSummary {
  inputs: InputSummary[]
  metric: TraceMetric
  attribution: Attribution
  filters: Filters
  /** Records in the selection, whether or not they reported the metric. */
  records: number
  /** Records that reported the metric: the ones listed. */
  traced: number
  sum: Amount | null
  problems: ProblemCounts
  /** Under --metric carbon_value: the year's value and the prices behind it. */
  carbonValue?: TracedCarbonValue
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
  'jobs_realised',
  'savings_nok_realised',
  'co2e_tonnes_realised',
  'co2e_tonnes_in_force',
  'co2e_tonnes_avoided_lower',
  'co2e_tonnes_avoided_upper',
  'members',
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
