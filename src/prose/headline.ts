// The report's opening: one headline sentence, rounded by prose/round-honestly.ts, and the notes
// that say what it rests on (time basis, attribution, basis mix, prices, selection, input, date).
// Pure: a Summary and a language in, text out.
import { type Amount, powerOfTen } from '../amount.js'
import type { Messages } from '../messages/index.js'
import { formatAmount, formatProseCount, formatProseNumber, NUMBER_STYLES } from '../messages/numbers.js'
import { type Basis, BASES, CO2E, isByYear, JOBS, type MeasureValues, SAVINGS, type Summary } from '../model.js'
import { type RoundedFigure, roundHonestly } from './round-honestly.js'

/** The magnitude of a rounded figure as words: qualifier ("nearly ") and number ("3000"). */
interface Phrase {
  qualifier: string
  figure: string
}

/** `shift`: show the figure divided by 10^shift (millions: 6), which is exact: only the scale moves. */
function phrase(rounded: RoundedFigure, messages: Messages, shift = 0): Phrase {
  const { units, scale } = rounded.figure
  const magnitude = units < 0n ? -units : units
  const shifted: Amount = { units: magnitude, scale: scale + shift }
  return {
    qualifier: messages.report.headline.qualifier[rounded.qualifier],
    figure: formatProseNumber(shifted, messages.language),
  }
}

/** Kroner read in millions or billions once the round figure reaches them: "334 millioner kroner". */
function moneyPhrase(
  value: Amount,
  unit: string,
  messages: Messages,
): { qualifier: string; money: string; negative: boolean } {
  const rounded = roundHonestly(value)
  const magnitude = rounded.figure.units < 0n ? -rounded.figure.units : rounded.figure.units
  const atLeast = (exponent: number): boolean => magnitude >= powerOfTen(exponent + rounded.figure.scale)
  const scale = atLeast(9) ? 'billion' : atLeast(6) ? 'million' : 'one'
  const { qualifier, figure } = phrase(rounded, messages, scale === 'billion' ? 9 : scale === 'million' ? 6 : 0)
  return { qualifier, money: messages.report.headline.money(figure, scale, unit), negative: rounded.figure.units < 0n }
}

/** The headline sentence, such as "From 2010 to 2019, 34 projects with 40 partners created 350 new jobs, …". */
export function headlineSentence(summary: Summary, messages: Messages): string {
  const { totals } = summary
  const words = messages.report.headline
  if (totals.records === 0 || totals.firstYear === null || totals.lastYear === null) return words.noRecords
  const language = messages.language
  const period = words.period(totals.firstYear, totals.lastYear)
  const actors = words.actors(formatProseCount(totals.projects, language), formatProseCount(totals.partners, language))
  const effects: string[] = []
  const [jobs, savings, co2e] = totals.measures
  if (jobs !== null) {
    const { qualifier, figure } = phrase(roundHonestly(jobs), messages)
    effects.push(words.jobs(qualifier, figure))
  }
  if (savings !== null) {
    const { qualifier, money, negative } = moneyPhrase(
      savings,
      words.kronerUnit(summary.prices?.year ?? null),
      messages,
    )
    effects.push(negative ? words.netCost(qualifier, money) : words.savings(qualifier, money))
  }
  if (co2e !== null) {
    const rounded = roundHonestly(co2e)
    const { qualifier, figure } = phrase(rounded, messages)
    effects.push(rounded.figure.units < 0n ? words.co2eRise(qualifier, figure) : words.co2eCut(qualifier, figure))
  }
  if (effects.length === 0) return words.nothingReported(period, actors)
  return words.sentence(period, actors, messages.list(effects))
}

export type NoteKey =
  | 'timeBasis'
  | 'attribution'
  | 'basis'
  | 'prices'
  | 'selection'
  | 'skipped'
  | 'input'
  | 'date'
  | 'rounding'

export interface ReportNote {
  key: NoteKey
  label: string
  /** Continues the label ("Time basis: each figure counts …"), so it starts in lower case unless it is a name. */
  text: string
}

export interface NoteOptions {
  /** YYYY-MM-DD, or null for no date. */
  date: string | null
  tool: { name: string; version: string }
}

/** What the headline rests on, one labelled line each, in the order the report shows them. */
export function headlineNotes(summary: Summary, messages: Messages, options: NoteOptions): ReportNote[] {
  const { totals, filters } = summary
  const words = messages.report.notes
  const language = messages.language
  const exact = (amount: Amount): string => formatAmount(amount, NUMBER_STYLES[language])
  const notes: ReportNote[] = []

  const years =
    totals.firstYear === null
      ? words.noYears
      : totals.firstYear === totals.lastYear
        ? `${totals.firstYear}`
        : `${totals.firstYear}–${totals.lastYear}`
  const byYear = summary.groupings.find(grouping => isByYear(grouping.dimensions))
  const lastRow = byYear?.rows[byYear.rows.length - 1]
  const avoided = lastRow?.toDate?.co2eAvoided ?? null
  const avoidedText = avoided === null ? null : proseFigure(roundHonestly(avoided), messages)
  notes.push({
    key: 'timeBasis',
    label: words.timeBasis,
    text: words.timeBasisText(years, avoidedText, totals.lastYear),
  })

  const shared = formatProseCount(totals.multiPartnerRecords, language)
  const attribution =
    totals.multiPartnerRecords === 0
      ? words.noShared
      : summary.attribution === 'split'
        ? words.split(shared)
        : words.full(shared)
  notes.push({ key: 'attribution', label: words.attribution, text: attribution })

  if (totals.bases.length === 1)
    notes.push({ key: 'basis', label: words.basis, text: words.oneBasis(totals.bases[0] as Basis) })
  else if (totals.bases.length > 1) {
    const parts = totals.bases.map(basis => {
      const values = totals.byBasis[BASES.indexOf(basis)] as MeasureValues
      const shown = (measure: number): string | null => {
        const value = values[measure] ?? null
        return value === null ? null : exact(value)
      }
      return words.basisPart(basis, words.basisFigures(shown(JOBS), shown(SAVINGS), shown(CO2E)))
    })
    notes.push({ key: 'basis', label: words.basis, text: words.basisMix(parts) })
  }

  if (summary.prices === null) notes.push({ key: 'prices', label: words.prices, text: words.nominal })
  else {
    const { index, year } = summary.prices
    const indexName = index.builtIn
      ? `KPI ${index.referenceYear ?? 2015}=100`
      : `${index.source}${index.referenceYear === null ? '' : ` ${index.referenceYear}=100`}`
    notes.push({ key: 'prices', label: words.prices, text: words.real(words.priceBasis(year, indexName), year) })
  }

  const selection: string[] = []
  if (filters.from !== null || filters.to !== null) selection.push(words.filterYears(filters.from, filters.to))
  if (filters.partners.length > 0) selection.push(words.filterPartners(filters.partners))
  if (filters.categories.length > 0) selection.push(words.filterCategories(filters.categories))
  if (filters.bases.length > 0) selection.push(words.filterBases(filters.bases))
  if (selection.length > 0) notes.push({ key: 'selection', label: words.selection, text: selection.join('; ') })

  if (summary.problems.skippedRecords > 0) {
    notes.push({
      key: 'skipped',
      label: words.skipped,
      text: words.skippedText(formatProseCount(summary.problems.skippedRecords, language)),
    })
  }
  notes.push({
    key: 'input',
    label: words.input,
    text: summary.inputs
      .map(input => words.inputFile(input.path, formatProseCount(input.records, language)))
      .join(', '),
  })
  if (options.date !== null) notes.push({ key: 'date', label: words.date, text: options.date })
  notes.push({ key: 'rounding', label: words.rounding, text: words.roundingText })
  return notes
}

/** "more than 11,200" / "over 11 200": a rounded figure with its qualifier, for prose. */
export function proseFigure(rounded: RoundedFigure, messages: Messages): string {
  const { qualifier, figure } = phrase(rounded, messages)
  return `${qualifier}${rounded.figure.units < 0n ? '-' : ''}${figure}`
}
