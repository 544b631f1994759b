// The record as the per-record path carries it: one mutable object, refilled for every row, with
// interned keys (a project index, a partner set, a category index) and the measures as plain numbers.
// Nothing keeps a RecordView past the row it describes; toImpactRecord() makes the lasting, public
// form (ImpactRecord) for the few consumers that keep records or need them whole (trace, the library).
import type { Amount } from './amount.js'
import type { PartnerSet } from './keys/partner-sets.js'
import { BASES, type ImpactRecord, type Location, type MeasureValues } from './model.js'
import { MAX_DISTINCT_NAMES } from './keys/limits.js'
import { Locations } from './keys/locations.js'
import { NameTable, normalizeName, type SpellingNote, type SpellingSink, TextCache } from './keys/names.js'
import type { RowFields } from './read/csv-tokenizer.js'
import { PartnerSets } from './keys/partner-sets.js'
import { ProjectIds } from './keys/project-ids.js'

/**
 * Up to three amounts, one per measure (MEASURES order): `present` has bit m set when measure m is
 * reported; its units are `units[m]` (a double holding an integer exactly) unless `big[m]` is set.
 */
export class MeasureAmounts {
  present = 0
  readonly units = [0, 0, 0]
  readonly big: (bigint | null)[] = [null, null, null]
  readonly scales = [0, 0, 0]

  set(measure: number, units: number, big: bigint | null, scale: number): void {
    this.present |= 1 << measure
    this.units[measure] = units
    this.big[measure] = big
    this.scales[measure] = scale
  }

  setAmount(measure: number, amount: Amount): void {
    const safe = amount.units <= 9_007_199_254_740_991n && amount.units >= -9_007_199_254_740_991n
    this.set(measure, safe ? Number(amount.units) : 0, safe ? null : amount.units, amount.scale)
  }

  amount(measure: number): Amount | null {
    if ((this.present & (1 << measure)) === 0) return null
    return { units: this.big[measure] ?? BigInt(this.units[measure] as number), scale: this.scales[measure] as number }
  }

  values(): MeasureValues {
    return [this.amount(0), this.amount(1), this.amount(2)]
  }
}

/** The interned keys of a run, shared by validation, the duplicate checks and aggregation. */
export class RecordKeys implements SpellingSink {
  /** Other spellings of known names, noted while a row is read; the pipeline reports and clears them. */
  readonly spellings: SpellingNote[] = []
  /** Where rows were read, packed (shared with the duplicate checks). */
  readonly locations = new Locations()
  /** The row being read now. */
  file = ''
  line = 0
  readonly projects = new ProjectIds(this)
  readonly partnerSets = new PartnerSets(this)
  readonly categories = new NameTable('category', MAX_DISTINCT_NAMES, this)
  /** What partner and category cells were read as, by their text. */
  readonly partnerTexts = new TextCache<PartnerSet>()
  readonly categoryTexts = new TextCache<number>()

  here(): number {
    return this.locations.pack(this.file, this.line)
  }
}

export const NO_CATEGORY = -1

export class RecordView implements Location {
  file = ''
  line = 0
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

  toImpactRecord(): ImpactRecord {
    const projectName = normalizeName(
      this.fields === null
        ? this.projectNameText
        : this.projectNameColumn < 0
          ? ''
          : this.fields.cell(this.projectNameColumn),
    )
    return {
      file: this.file,
      line: this.line,
      projectId: this.projectId,
      year: this.year,
      partners: [...this.partners.names],
      category: this.category === NO_CATEGORY ? null : this.keys.categories.name(this.category),
      projectName: projectName === '' ? null : projectName,
      basis: BASES[this.basis] as ImpactRecord['basis'],
      measures: this.amounts.values(),
    }
  }
}
