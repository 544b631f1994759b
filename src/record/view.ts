// The record, as the whole pipeline carries it: one mutable object, refilled for every row, with
// interned keys (a project index, a partner set, a category index) and the measures as plain numbers.
// Validation fills it (validate/record.ts), the cross-record checks, the aggregator and the tracer
// read it. Nothing keeps a RecordView past the row it describes. At the library edge, and only
// there, a record crosses over in its lasting, public form (ImpactRecord): toImpactRecord() out,
// assign() in.
import type { Amount } from '../amount.js'
import {
  BASES,
  type ImpactRecord,
  type Location,
  MEASURE_LIST,
  type Measure,
  type MeasureValues,
  type PerMeasure,
  perMeasure,
} from '../model.js'
import type { RowFields } from '../read/row.js'
import { MAX_DISTINCT_NAMES } from './limits.js'
import { Locations } from './locations.js'
import { identityKey, NameTable, normalizeName, type SpellingNote, type SpellingSink, TextCache } from './names.js'
import type { PartnerSet } from './partner-sets.js'
import { PartnerSets } from './partner-sets.js'
import { ProjectIds } from './project-ids.js'

/**
 * Up to three amounts, one per measure (MEASURES order): `present` has bit m set when measure m is
 * reported; its units are `units[m]` (a double holding an integer exactly) unless `big[m]` is set.
 */
export class MeasureAmounts {
  present = 0
  readonly units: PerMeasure<number> = [0, 0, 0]
  readonly big: PerMeasure<bigint | null> = [null, null, null]
  readonly scales: PerMeasure<number> = [0, 0, 0]

  set(measure: Measure, units: number, big: bigint | null, scale: number): void {
    this.present |= 1 << measure
    this.units[measure] = units
    this.big[measure] = big
    this.scales[measure] = scale
  }

  setAmount(measure: Measure, amount: Amount): void {
    const safe = amount.units <= 9_007_199_254_740_991n && amount.units >= -9_007_199_254_740_991n
    this.set(measure, safe ? Number(amount.units) : 0, safe ? null : amount.units, amount.scale)
  }

  amount(measure: Measure): Amount | null {
    if ((this.present & (1 << measure)) === 0) return null
    return { units: this.big[measure] ?? BigInt(this.units[measure]), scale: this.scales[measure] }
  }

  /** Whether `measure` is reported and not zero. */
  nonZero(measure: Measure): boolean {
    if ((this.present & (1 << measure)) === 0) return false
    const big = this.big[measure]
    return big === null ? this.units[measure] !== 0 : big !== 0n
  }

  values(): MeasureValues {
    return perMeasure(measure => this.amount(measure))
  }

  /** Takes `values` (one per measure, null: not reported). */
  assign(values: MeasureValues): void {
    this.present = 0
    for (const measure of MEASURE_LIST) {
      const amount = values[measure]
      if (amount !== null) this.setAmount(measure, amount)
    }
  }
}

/**
 * The interned keys of a run, shared by validation, the duplicate checks and aggregation. Names are
 * interned by identity (names.ts); a name met in another spelling than its first is noted in
 * `spellings`, located by the row being read (readingAt).
 */
export class RecordKeys implements SpellingSink {
  /** Other spellings of known names, noted while a row is read; the pipeline reports and clears them. */
  readonly spellings: SpellingNote[] = []
  /** Where rows were read, packed (shared with the duplicate checks). */
  readonly locations = new Locations()
  private file = ''
  private line = 0
  private sheet: string | undefined = undefined
  readonly projects = new ProjectIds(this)
  readonly partnerSets = new PartnerSets(this)
  readonly categories = new NameTable('category', MAX_DISTINCT_NAMES, this)
  /** What partner and category cells were read as, by their text. */
  readonly partnerTexts = new TextCache<PartnerSet>()
  readonly categoryTexts = new TextCache<number>()

  /** The row being read now: where a name read next is first seen, or seen in another spelling. */
  readingAt(file: string, line: number, sheet: string | undefined): void {
    this.file = file
    this.line = line
    this.sheet = sheet
  }

  here(): number {
    return this.locations.pack(this.file, this.line, this.sheet)
  }
}

export const NO_CATEGORY = -1

export class RecordView implements Location {
  file = ''
  line = 0
  /** The sheet of a spreadsheet source; undefined for a text file. */
  sheet: string | undefined = undefined
  /** Index of the project id (trimmed, inner white space collapsed) in RecordKeys.projects. */
  project = -1
  /** The record's ledger entry, once the duplicate check or the aggregator has found or made it. */
  entry = -1
  year = 0
  partners!: PartnerSet
  private categoryIndex = NO_CATEGORY
  /** Where the category cell is in `fields` while it has not been read (-1 once it has). */
  private categoryColumn = -1
  /** The row the view was read from (valid during that row) and where its project_name cell is, if any. */
  fields: RowFields | null = null
  projectNameColumn = -1
  /** The project name when the view was not read from a row. */
  projectNameText = ''
  /** Index in BASES. */
  basis = 0
  /** co2e_end_year: the last year the record's CO2e cut is in force; 0 when not stated. */
  co2eEndYear = 0
  readonly amounts = new MeasureAmounts()

  constructor(readonly keys: RecordKeys) {}

  get projectId(): string {
    return this.keys.projects.name(this.project)
  }

  /** Index in RecordKeys.categories, or NO_CATEGORY; read from the row only when first asked for. */
  get category(): number {
    if (this.categoryColumn >= 0) {
      this.categoryIndex = this.readCategory(this.fields as RowFields, this.categoryColumn)
      this.categoryColumn = -1
    }
    return this.categoryIndex
  }

  set category(category: number) {
    this.categoryIndex = category
    this.categoryColumn = -1
  }

  /** The category is in `column` of `fields` (the row the view is read from); it is read when needed. */
  deferCategory(column: number): void {
    this.categoryColumn = column
  }

  private readCategory(fields: RowFields, column: number): number {
    const value = fields.values[column] ?? null
    const text = value ?? fields.text
    const start = value === null ? (fields.starts[column] as number) : 0
    const end = value === null ? (fields.ends[column] as number) : value.length
    const cache = this.keys.categoryTexts
    let category = cache.get(text, start, end)
    if (category === undefined) {
      const name = normalizeName(fields.cell(column))
      category = name === '' ? NO_CATEGORY : this.keys.categories.intern(name)
      cache.set(text, start, end, category)
    }
    return category
  }

  /** Refills the view with `record`: the one way an ImpactRecord enters the per-record path. */
  assign(record: ImpactRecord): this {
    if (!Number.isInteger(record.year) || record.year < 0 || record.year > 0xffff)
      throw new RangeError(`year ${record.year} is out of range`)
    const keys = this.keys
    keys.readingAt(record.file, record.line, record.sheet)
    this.file = record.file
    this.line = record.line
    this.sheet = record.sheet
    // Normalised as a row's cells are (names.ts), so that a record built by a program is keyed as the
    // same record read from a file would be.
    const projectId = normalizeName(record.projectId)
    if (projectId === '') throw new RangeError('a record needs a project id')
    this.project = keys.projects.intern(projectId)
    this.entry = -1
    this.year = record.year
    this.partners = keys.partnerSets.intern(distinctPartners(record.partners))
    const category = record.category === null ? '' : normalizeName(record.category)
    this.category = category === '' ? NO_CATEGORY : keys.categories.intern(category)
    this.fields = null
    this.projectNameText = record.projectName ?? ''
    this.basis = BASES.indexOf(record.basis)
    this.co2eEndYear = record.co2eEndYear ?? 0
    this.amounts.assign(record.measures)
    return this
  }

  toImpactRecord(): ImpactRecord {
    const projectName = normalizeName(
      this.fields === null
        ? this.projectNameText
        : this.projectNameColumn < 0
          ? ''
          : this.fields.cell(this.projectNameColumn),
    )
    return {
      ...(this.sheet === undefined
        ? { file: this.file, line: this.line }
        : { file: this.file, sheet: this.sheet, line: this.line }),
      projectId: this.projectId,
      year: this.year,
      partners: [...this.partners.names],
      category: this.category === NO_CATEGORY ? null : this.keys.categories.name(this.category),
      projectName: projectName === '' ? null : projectName,
      basis: BASES[this.basis] as ImpactRecord['basis'],
      measures: this.amounts.values(),
      ...(this.co2eEndYear === 0 ? {} : { co2eEndYear: this.co2eEndYear }),
    }
  }
}

/**
 * A record's partners normalised, each once: the same partner twice ("Ås" and "ÅS") would be credited
 * twice, so it is refused, as a row naming it twice is.
 */
function distinctPartners(partners: readonly string[]): string[] {
  if (partners.length === 0) throw new RangeError('a record needs at least one partner')
  const seen = new Set<string>()
  return partners.map(partner => {
    const name = normalizeName(partner)
    if (name === '') throw new RangeError('a partner name is empty')
    const key = identityKey(name)
    if (seen.has(key)) throw new RangeError(`partner "${name}" is listed twice`)
    seen.add(key)
    return name
  })
}
