// What a report says about itself, apart from its figures: the line under its title (the period it
// covers, and its date in words when it has one) and the appendix "About the figures", which holds
// what a reader of the body does not need but whoever checks the figures does: the files read, with
// their records and SHA-256, the price index and membership list, the options, the date, the tool.
// Pure: a Summary and a language in, text out. The body never names a file or an option.
import type { Messages } from '../messages/index.js'
import { formatProseCount } from '../messages/numbers.js'
import type { Summary } from '../model.js'
import { amountToPlainString } from '../amount.js'

export interface ReportMeta {
  /** YYYY-MM-DD, or null: the report carries no date. */
  date: string | null
  tool: { name: string; version: string }
}

export interface AboutEntry {
  label: string
  /** One or more lines; `code` lines are shown as they would be typed or compared (paths, hashes, options). */
  lines: { text: string; code: boolean }[]
}

/** "1 July 2020" / "1. juli 2020", from YYYY-MM-DD (already checked to be a calendar day). */
export function dateInWords(date: string, messages: Messages): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return messages.report.dateInWords(year, month, day)
}

/** "Figures through 2019 · 1 July 2020": the period always, the date when the report has one. */
export function reportDateline(summary: Summary, messages: Messages, date: string | null): string {
  return messages.report.dateline(summary.totals.lastYear, date === null ? null : dateInWords(date, messages))
}

/** The page's title: "LUP impact report 2010–2019". */
export function documentTitle(summary: Summary, messages: Messages): string {
  return messages.report.documentTitle(summary.totals.firstYear, summary.totals.lastYear)
}

/** A word as a POSIX shell reads it unchanged: bare when it is safe, else in single quotes. */
export function shellWord(text: string): string {
  return /^[\w./:=,+-]+$/u.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`
}

/** The options that shaped the figures, as they would be typed: the defaults said too, so nothing is implied. */
export function reportOptions(summary: Summary): string {
  const { filters, prices, membership } = summary
  const words = [`--attribution ${summary.attribution}`, `--jobs ${summary.jobs}`]
  if (summary.totals.co2e.persist) words.push('--persist')
  if (filters.from !== null) words.push(`--from ${filters.from}`)
  if (filters.to !== null) words.push(`--to ${filters.to}`)
  for (const partner of filters.partners) words.push(`--partner ${shellWord(partner)}`)
  for (const category of filters.categories) words.push(`--category ${shellWord(category)}`)
  for (const basis of filters.bases) words.push(`--basis ${basis}`)
  if (prices !== null) {
    words.push(`--real ${prices.year}`)
    if (!prices.index.builtIn) words.push(`--cpi ${shellWord(prices.index.source)}`)
  }
  const value = summary.value
  if (value !== null) {
    // The value figures rest on each of these; without them the options would not make the report again.
    const { settings } = value
    words.push('--value')
    if (!settings.path.builtIn) words.push(`--carbon-price ${shellWord(settings.path.source)}`)
    words.push(`--price-level ${settings.priceLevel}`, `--base-year ${value.baseYear}`)
    if (settings.discount.kind === 'flat') words.push(`--discount ${amountToPlainString(settings.discount.percent)}`)
    if (settings.horizon !== null) words.push(`--horizon ${settings.horizon}`)
    if (settings.costs !== null) words.push(`--costs ${shellWord(settings.costs.source)}`)
    words.push(`--before-path ${settings.beforePath}`)
    if (prices === null && settings.index !== null && !settings.index.builtIn)
      words.push(`--cpi ${shellWord(settings.index.source)}`)
  }
  if (membership !== null) words.push(`--members ${shellWord(membership.source)}`)
  return words.join(' ')
}

/** The appendix, entry by entry, in the order shown. */
export function aboutTheFigures(summary: Summary, messages: Messages, meta: ReportMeta): AboutEntry[] {
  const words = messages.report.about
  const language = messages.language
  const entries: AboutEntry[] = [
    {
      label: words.data,
      lines: summary.inputs.flatMap(input => [
        { text: words.inputFile(input.path, formatProseCount(input.records, language)), code: false },
        { text: `${words.fingerprint} ${input.sha256}`, code: true },
      ]),
    },
  ]
  if (summary.problems.skippedRecords > 0)
    entries.push({
      label: words.leftOut,
      lines: [{ text: words.skipped(formatProseCount(summary.problems.skippedRecords, language)), code: false }],
    })
  const prices = summary.prices
  if (prices !== null)
    entries.push({
      label: words.priceIndex,
      lines: [
        prices.index.builtIn
          ? { text: words.shippedIndex(prices.index.referenceYear), code: false }
          : { text: prices.index.source, code: true },
      ],
    })
  if (summary.membership !== null)
    entries.push({ label: words.members, lines: [{ text: summary.membership.source, code: true }] })
  const value = summary.value
  if (value !== null) {
    const { path, costs } = value.settings
    entries.push({
      label: words.carbonPrice,
      lines: [
        path.builtIn ? { text: words.shippedCarbonPrice, code: false } : { text: path.source, code: true },
        { text: `${words.fingerprint} ${path.sha256}`, code: true },
      ],
    })
    if (costs !== null)
      entries.push({
        label: words.costs,
        lines: [
          { text: costs.source, code: true },
          { text: `${words.fingerprint} ${costs.sha256}`, code: true },
        ],
      })
  }
  entries.push({ label: words.options, lines: [{ text: reportOptions(summary), code: true }] })
  if (meta.date !== null)
    entries.push({ label: words.date, lines: [{ text: dateInWords(meta.date, messages), code: false }] })
  entries.push({ label: words.tool, lines: [{ text: `${meta.tool.name} ${meta.tool.version}`, code: false }] })
  return entries
}
