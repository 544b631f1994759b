// The report's opening: one headline sentence, rounded by prose/round-honestly.ts, and the notes
// that say what it rests on (time basis, attribution, basis mix, prices, selection, input, date).
// Pure: a Summary and a language in, text out.
import { type Amount, powerOfTen } from '../amount.js'
import type { Messages } from '../messages/index.js'
import { formatAmount, formatProseCount, formatProseNumber, NUMBER_STYLES } from '../messages/numbers.js'
import { type Basis, BASES, CO2E, JOBS, type JobsMeaning, type MeasureValues, SAVINGS, type Summary } from '../model.js'
import { type RoundedFigure, roundHonestly, roundRange } from './round-honestly.js'

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

/** Three figures, one per measure (jobs: new jobs, or jobs held as last reported); null: not reported. */
export interface Figures {
  jobs: Amount | null
  savings: Amount | null
  co2e: Amount | null
}

/**
 * What the headline claims, before any words: the realised figures (the only ones it states as
 * achieved) and, when some figures rest on estimated or potential records, every figure with the
 * bases it adds. Issue-free restyling (a board's wording) changes the words, never this.
 */
export interface HeadlineClaim {
  first: number
  last: number
  projects: number
  /** Members (owners and partners) at the end of the period under --members; else partners named in the records. */
  partners: { count: number; members: boolean }
  jobs: JobsMeaning
  achieved: Figures
  /** Every basis counted, when the selection holds estimated or potential figures; null when all are realised. */
  all: Figures | null
  /** The bases `all` adds to the realised figures, in BASES order. */
  others: Basis[]
}

const figuresOf = (values: MeasureValues, jobs: Amount | null): Figures => ({
  jobs,
  savings: values[SAVINGS] ?? null,
  co2e: values[CO2E] ?? null,
})

/** The claim of a summary with records; null when it has none. */
export function headlineClaim(summary: Summary): HeadlineClaim | null {
  const { totals } = summary
  if (totals.records === 0 || totals.firstYear === null || totals.lastYear === null) return null
  const realised = totals.byBasis[0]
  const held = totals.jobsHeld
  const achieved = figuresOf(realised, held === null ? (realised[JOBS] ?? null) : held.lastRealised)
  // A measure counts as resting on other bases when a record of another basis reported it.
  const others = BASES.filter(
    (basis, position) =>
      basis !== 'realised' && (totals.byBasis[position] as MeasureValues).some(value => value !== null),
  )
  return {
    first: totals.firstYear,
    last: totals.lastYear,
    projects: totals.projects,
    partners:
      summary.membership === null
        ? { count: totals.partners, members: false }
        : { count: summary.membership.members, members: true },
    jobs: summary.jobs,
    achieved,
    all:
      others.length === 0
        ? null
        : figuresOf(totals.measures, held === null ? (totals.measures[JOBS] ?? null) : held.last),
    others,
  }
}

/**
 * The headline sentence: "From 2010 to 2019, 34 projects with 40 partners named in the records created
 * 322 new jobs, …, counting realised effects only; with estimated effects and potential ones not yet
 * realised, the figures would be 350 jobs, …". Only realised figures take a verb of achievement.
 */
export function headlineSentence(summary: Summary, messages: Messages): string {
  const words = messages.report.headline
  const claim = headlineClaim(summary)
  if (claim === null) return words.noRecords
  const language = messages.language
  const period = words.period(claim.first, claim.last)
  const partners = formatProseCount(claim.partners.count, language)
  const projects = formatProseCount(claim.projects, language)
  const actors = claim.partners.members
    ? words.actorsWithMembers(projects, partners, claim.last)
    : words.actors(projects, partners)
  const kroner = words.kronerUnit(summary.prices?.year ?? null)
  const effects = achievedEffects(claim.achieved, claim.jobs, kroner, messages)
  if (claim.all === null) {
    if (effects.length === 0) return words.nothingReported(period, actors)
    return words.sentence(period, actors, messages.list(effects))
  }
  const all = messages.list(figurePhrases(claim.all, claim.jobs, kroner, messages))
  if (effects.length === 0) return words.noneRealised(period, actors, claim.others, all, projects)
  return words.realisedThen(period, actors, messages.list(effects), claim.others, all)
}

/** "created 322 new jobs", "saved 306 million kroner of public money", "cut annual emissions by …". */
function achievedEffects(figures: Figures, jobs: JobsMeaning, kroner: string, messages: Messages): string[] {
  const words = messages.report.headline
  const effects: string[] = []
  if (figures.jobs !== null) {
    const { qualifier, figure } = phrase(roundHonestly(figures.jobs), messages)
    effects.push(jobs === 'held' ? words.jobsHeld(qualifier, figure) : words.jobs(qualifier, figure))
  }
  if (figures.savings !== null) {
    const { qualifier, money, negative } = moneyPhrase(figures.savings, kroner, messages)
    effects.push(negative ? words.netCost(qualifier, money) : words.savings(qualifier, money))
  }
  if (figures.co2e !== null) {
    const rounded = roundHonestly(figures.co2e)
    const { qualifier, figure } = phrase(rounded, messages)
    effects.push(rounded.figure.units < 0n ? words.co2eRise(qualifier, figure) : words.co2eCut(qualifier, figure))
  }
  return effects
}

/** The figures without a verb: "350 jobs", "334 million kroner", "nearly 3,000 tonnes a year". */
function figurePhrases(figures: Figures, jobs: JobsMeaning, kroner: string, messages: Messages): string[] {
  const words = messages.report.headline.figures
  const phrases: string[] = []
  if (figures.jobs !== null) {
    const { qualifier, figure } = phrase(roundHonestly(figures.jobs), messages)
    phrases.push(jobs === 'held' ? words.jobsHeld(qualifier, figure) : words.jobs(qualifier, figure))
  }
  if (figures.savings !== null) {
    const { qualifier, money, negative } = moneyPhrase(figures.savings, kroner, messages)
    phrases.push(negative ? words.netCost(qualifier, money) : words.savings(qualifier, money))
  }
  if (figures.co2e !== null) {
    const rounded = roundHonestly(figures.co2e)
    const { qualifier, figure } = phrase(rounded, messages)
    phrases.push(rounded.figure.units < 0n ? words.co2eRise(qualifier, figure) : words.co2eCut(qualifier, figure))
  }
  return phrases
}

export type NoteKey =
  | 'timeBasis'
  | 'avoided'
  | 'jobs'
  | 'partners'
  | 'attribution'
  | 'basis'
  | 'prices'
  | 'selection'
  | 'skipped'
  | 'rounding'

export interface ReportNote {
  key: NoteKey
  label: string
  /** Continues the label ("Time basis: each figure counts …"), so it starts in lower case unless it is a name. */
  text: string
}

/**
 * What the headline rests on, one labelled line each, in the order the report shows them: in the
 * reader's words, without option names or file paths (those are in the appendix, prose/about.ts).
 */
export function headlineNotes(summary: Summary, messages: Messages): ReportNote[] {
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
  notes.push({ key: 'timeBasis', label: words.timeBasis, text: words.timeBasisText(years) })
  const avoided = avoidedNote(summary, messages)
  if (avoided !== null) notes.push({ key: 'avoided', label: words.avoided, text: avoided })
  const jobs = jobsNote(summary, messages)
  if (jobs !== null) notes.push({ key: 'jobs', label: words.jobs, text: jobs })
  if (totals.records > 0) notes.push({ key: 'partners', label: words.partners, text: partnersNote(summary, messages) })

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
    // A price index of one's own is a file: the appendix names it.
    const indexName = index.builtIn
      ? `KPI ${index.referenceYear ?? 2015}=100`
      : words.suppliedIndex(index.referenceYear)
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
  notes.push({ key: 'rounding', label: words.rounding, text: words.roundingText })
  return notes
}

/**
 * The tonnes avoided as a range whose bounds name their assumptions, and the cut in force at the
 * end; null when no CO2e was reported. "between 8,900 and 10,700 tonnes were avoided …".
 */
function avoidedNote(summary: Summary, messages: Messages): string | null {
  const { co2e, lastYear } = summary.totals
  const first = co2e.years[0]
  if (co2e.lower.tonnes === null || co2e.upper.tonnes === null || co2e.inForce === null || first === undefined)
    return null
  const words = messages.report.notes
  const language = messages.language
  const exact = (amount: Amount): string => formatAmount(amount, NUMBER_STYLES[language])
  const rounded = roundRange(co2e.lower.tonnes, co2e.upper.tonnes)
  return words.avoidedText({
    lower: formatProseSigned(rounded.lower, language),
    upper: formatProseSigned(rounded.upper, language),
    from: first.year,
    through: lastYear as number,
    lowerExact: exact(co2e.lower.tonnes),
    upperExact: exact(co2e.upper.tonnes),
    lowerAssumptions: co2e.lower.assumptions.map(assumption => words.assumption(assumption, lastYear as number)),
    upperAssumptions: co2e.upper.assumptions.map(assumption => words.assumption(assumption, lastYear as number)),
    inForce: exact(co2e.inForce),
  })
}

/** What the jobs figure is: new jobs added up, or jobs held (as last reported, the peak, person-years). */
function jobsNote(summary: Summary, messages: Messages): string | null {
  const { totals } = summary
  if (totals.measures[JOBS] === null) return null
  const words = messages.report.notes
  const exact = (amount: Amount): string => formatAmount(amount, NUMBER_STYLES[messages.language])
  const held = totals.jobsHeld
  if (held === null || held.last === null || held.peak === null || held.personYears === null) return words.jobsNew
  return words.jobsHeld(exact(held.last), exact(held.peak.jobs), held.peak.year, exact(held.personYears))
}

/** Who the partners are: members at the end of the period (--members), or names found on records. */
function partnersNote(summary: Summary, messages: Messages): string {
  const words = messages.report.notes
  const language = messages.language
  const membership = summary.membership
  if (membership === null) return words.partnersNamed(formatProseCount(summary.totals.partners, language))
  const { counts } = membership
  return words.partnersMembers({
    members: formatProseCount(membership.members, language),
    year: membership.year as number,
    owners: formatProseCount(counts.owners, language),
    partners: formatProseCount(counts.partners, language),
    collaborators: formatProseCount(counts.collaborators, language),
    named: formatProseCount(summary.totals.partners, language),
    withoutRecords: membership.withoutRecords,
    notMembers: membership.notMembers,
  })
}

/** A rounded figure in prose with its sign: "8,900", "-21". */
function formatProseSigned(amount: Amount, language: Messages['language']): string {
  const negative = amount.units < 0n
  const text = formatProseNumber({ units: negative ? -amount.units : amount.units, scale: amount.scale }, language)
  return negative ? `-${text}` : text
}

/** "more than 11,200" / "over 11 200": a rounded figure with its qualifier, for prose. */
export function proseFigure(rounded: RoundedFigure, messages: Messages): string {
  const { qualifier, figure } = phrase(rounded, messages)
  return `${qualifier}${rounded.figure.units < 0n ? '-' : ''}${figure}`
}
