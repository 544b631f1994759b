// The nouns of lup-impact. Types only, plus the constant lists they are built from.
import type { Amount } from './amount.js'

export const MEASURES = ['jobs', 'savings_nok', 'co2e_tonnes'] as const
export type Measure = (typeof MEASURES)[number]

/** One value per measure, in MEASURES order; null means "not reported". */
export type MeasureValues = [Amount | null, Amount | null, Amount | null]

export const DIMENSIONS = ['year', 'partner', 'category', 'project'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export const BASES = ['realised', 'estimated', 'potential'] as const
export type Basis = (typeof BASES)[number]

export type Attribution = 'split' | 'full'
export type DecimalConvention = 'comma' | 'dot'
export type Severity = 'error' | 'warning'

export interface Location {
  file: string
  line: number
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

export interface Totals {
  records: number
  projects: number
  partners: number
  firstYear: number | null
  lastYear: number | null
  measures: MeasureValues
  coverage: [Coverage, Coverage, Coverage]
  /** Records credited to more than one partner (they explain the overlap under full attribution). */
  multiPartnerRecords: number
}

export type GroupKey = string | number | null

export interface GroupRow {
  keys: GroupKey[]
  records: number
  projects: number
  measures: MeasureValues
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
}

export interface Summary {
  inputs: InputSummary[]
  attribution: Attribution
  filters: Filters
  totals: Totals
  groupings: Grouping[]
  problems: ProblemCounts
}
