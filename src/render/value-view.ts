// The value tables (--value) as display rows: one row per year (carbon value, savings, costs, the
// factor to the base year), then the present values and ratios with the assumptions beneath them.
import type { Amount } from '../amount.js'
import type { Summary } from '../model.js'
import { formatAmount } from '../messages/numbers.js'
import { amountToPlainString } from '../amount.js'
import { heldPrices, valueFigures } from './value-figures.js'
import { yearRuns } from './year-runs.js'
import type { Messages } from '../messages/index.js'
import type { NumberStyle } from '../messages/numbers.js'

// The shape of view.ts's TextTable, declared here so that view.ts can import this file without a cycle.
type Align = 'left' | 'right'
interface TextTable {
  title: string
  head: string[]
  align: Align[]
  rows: string[][]
  notes: string[]
}

export function valueTables(
  summary: Summary,
  { messages, numbers, reader = false }: { messages: Messages; numbers: NumberStyle; reader?: boolean },
): TextTable[] {
  const appraisal = summary.value
  if (appraisal === null) return []
  const words = messages.value
  const figures = valueFigures(appraisal)
  const { settings } = appraisal
  const money = (amount: Amount | null): string => (amount === null ? '–' : formatAmount(amount, numbers, 2))
  const plain = (amount: Amount | null): string => (amount === null ? '–' : formatAmount(amount, numbers))
  const withCosts = settings.costs !== null
  const hasEts = figures.years.some(year => year.inForceEts.units !== 0n)
  const head = [
    words.year,
    words.inForce,
    words.price,
    ...(hasEts ? [`${words.inForce} ETS`, `${words.price} ETS`] : []),
    words.carbonValue,
    words.savings,
    ...(withCosts ? [words.cost] : []),
    words.factor,
  ]
  const rows = figures.years.map(year => [
    year.projection ? words.projection(year.year) : String(year.year),
    plain(year.inForceNonEts),
    money(year.priceNonEts),
    ...(hasEts ? [plain(year.inForceEts), money(year.priceEts)] : []),
    money(year.carbonValue),
    money(year.savings),
    ...(withCosts ? [money(year.cost)] : []),
    formatAmount(year.factorShown, numbers, 4),
  ])
  rows.push([
    words.total,
    '',
    '',
    ...(hasEts ? ['', ''] : []),
    money(figures.carbonValue),
    money(figures.savings),
    ...(withCosts ? [money(figures.cost)] : []),
    '',
  ])
  const lastYear = summary.totals.lastYear ?? figures.baseYear
  // A report's reader gets no file name or option here: those are in its appendix, "About the figures".
  const notes = [
    reader
      ? words.notesReader(figures.priceLevel, figures.baseYear)
      : words.notes(settings.path.source, figures.priceLevel, figures.baseYear),
  ]
  for (const held of heldPrices(figures))
    notes.push(
      (reader ? words.heldNoteReader : words.heldNote)(
        held.emissionClass,
        yearRuns(held.years),
        held.from,
        money(held.price),
        figures.priceLevel,
      ),
    )
  if (settings.horizon !== null) notes.push(words.projectionNote(lastYear, settings.horizon))
  const pv = figures.presentValue
  const pvRows: string[][] = [
    [words.pvCarbon, money(pv.carbonValue)],
    [words.pvSavings, money(pv.savings)],
  ]
  if (pv.cost !== null) pvRows.push([words.pvCost, money(pv.cost)])
  if (pv.projectionCarbonValue !== null) pvRows.push([words.pvProjectionCarbon, money(pv.projectionCarbonValue)])
  if (pv.projectionCost !== null) pvRows.push([words.pvProjectionCost, money(pv.projectionCost)])
  const ratios = figures.ratios
  if (ratios !== null) {
    pvRows.push([words.benefitCost, plain(ratios.benefitCost)])
    pvRows.push([words.savingsPerKrone, plain(ratios.savingsPerKrone)])
    pvRows.push([words.perTonneLower, money(ratios.nokPerTonneLower)])
    pvRows.push([words.perTonneUpper, money(ratios.nokPerTonneUpper)])
  }
  const discount = settings.discount
  const assumptions = [
    words.discount(
      discount.kind === 'r-109' ? discount : { kind: 'flat', percent: amountToPlainString(discount.percent), reader },
    ),
    ...(reader
      ? []
      : [
          `${settings.path.source} (sha256 ${settings.path.sha256.slice(0, 12)}…)`,
          ...(settings.costs === null
            ? []
            : [`${settings.costs.source} (sha256 ${settings.costs.sha256.slice(0, 12)}…)`]),
        ]),
    words.sources,
  ]
  return [
    {
      title: words.title(figures.priceLevel),
      head,
      align: head.map((_, index): Align => (index === 0 ? 'left' : 'right')),
      rows,
      notes,
    },
    {
      title: words.pvTitle(figures.baseYear),
      head: [words.measure, words.amount],
      align: ['left', 'right'],
      rows: pvRows,
      notes: assumptions,
    },
  ]
}
