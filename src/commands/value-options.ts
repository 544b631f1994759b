// --value and its options: the price path, price level, base year, discounting, horizon and costs,
// loaded and checked before any record is read; and the words for a year the appraisal cannot value.
import { type Command, InvalidArgumentError, Option } from 'commander'
import { CostsAfterEnd, HorizonTooEarly, MissingValueInput } from '../aggregate/value.js'
import { DataError, UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'
import type { BeforePath, DiscountSchedule, ValueSettings } from '../model.js'
import { parseAmount } from '../validate/number.js'
import { yearRuns } from '../render/year-runs.js'
import type { Context } from './context.js'
import { yearParser } from './shared-options.js'

export interface ValueFlags {
  value?: boolean
  carbonPrice?: string
  priceLevel?: number
  baseYear?: number
  discount?: DiscountSchedule
  horizon?: number
  costs?: string
  beforePath?: BeforePath
  cpi?: string
  partner?: string[]
  quiet?: boolean
}

function discountParser(messages: Messages): (text: string) => DiscountSchedule {
  return text => {
    const parsed = parseAmount(text.trim().replace(/%$/, ''), 'dot', { currency: false })
    if (!parsed.ok || parsed.value.units < 0n || parsed.value.units > 100n * 10n ** BigInt(parsed.value.scale))
      throw new InvalidArgumentError(messages.value.badRate(text))
    return { kind: 'flat', percent: parsed.value }
  }
}

export function addValueOptions(command: Command, messages: Messages): Command {
  const help = messages.help
  return command
    .addOption(new Option('--value', help.value))
    .addOption(new Option('--carbon-price <file>', help.carbonPrice))
    .addOption(new Option('--price-level <year>', help.priceLevel).argParser(yearParser(messages)))
    .addOption(new Option('--base-year <year>', help.baseYear).argParser(yearParser(messages)))
    .addOption(new Option('--discount <percent>', help.discount).argParser(discountParser(messages)))
    .addOption(new Option('--horizon <year>', help.horizon).argParser(yearParser(messages)))
    .addOption(new Option('--costs <file>', help.costs))
    .addOption(beforePathOption(messages))
}

export function beforePathOption(messages: Messages): Option {
  return new Option('--before-path <rule>', messages.help.beforePath).choices(['error', 'hold'])
}

/** The settings of --value, or null without it. Problems in the path or cost file are data errors (1). */
export async function resolveValue(flags: ValueFlags, context: Context): Promise<ValueSettings | null> {
  const { messages, io } = context
  if (flags.value !== true) {
    const stray = (
      [
        ['--carbon-price', flags.carbonPrice],
        ['--price-level', flags.priceLevel],
        ['--base-year', flags.baseYear],
        ['--discount', flags.discount],
        ['--horizon', flags.horizon],
        ['--costs', flags.costs],
        ['--before-path', flags.beforePath],
      ] as const
    ).find(([, given]) => given !== undefined)
    if (stray !== undefined) throw new UsageError(messages.value.needsValue(stray[0]))
    return null
  }
  for (const [option, path] of [
    ['--carbon-price', flags.carbonPrice],
    ['--costs', flags.costs],
  ] as const)
    if (path === '-') throw new UsageError(messages.value.fromStdin(option))
  const [{ loadCarbonPricePath, loadProgrammeCosts, BUILT_IN_CARBON_PRICE }, { loadPriceIndex, BUILT_IN_CPI }] =
    await Promise.all([import('../load-value-inputs.js'), import('../load-price-index.js')])
  const fail = (problems: Parameters<typeof context.reportProblem>[0][], source: string): never => {
    for (const problem of problems) context.reportProblem(problem, flags)
    throw new DataError(problems, messages.value.failed(problems.length, source))
  }
  const path = await loadCarbonPricePath(flags.carbonPrice ?? null, io, messages)
  if (Array.isArray(path)) return fail(path, flags.carbonPrice ?? BUILT_IN_CARBON_PRICE.name)
  const costs =
    flags.costs === undefined ? null : await loadProgrammeCosts(flags.costs, io, messages, flags.partner ?? [])
  if (Array.isArray(costs)) return fail(costs, flags.costs as string)
  const index = await loadPriceIndex(flags.cpi ?? null, io, messages)
  if (Array.isArray(index)) return fail(index, flags.cpi ?? BUILT_IN_CPI.name)
  // As under --real: a price level the index lacks is a bad option value (2), known before any record is read.
  if (flags.priceLevel !== undefined && flags.priceLevel !== path.priceLevel && !index.levels.has(flags.priceLevel))
    throw new UsageError(messages.value.priceLevelMissing(flags.priceLevel, index.source))
  return {
    path,
    priceLevel: flags.priceLevel ?? path.priceLevel,
    index,
    baseYear: flags.baseYear ?? null,
    discount: flags.discount ?? { kind: 'r-109' },
    horizon: flags.horizon ?? null,
    costs,
    beforePath: flags.beforePath ?? 'error',
  }
}

/** Runs `summarize` and turns a year the appraisal lacks a price or an index for into a data error (1). */
export async function withValueErrors<T>(
  settings: ValueSettings | null,
  messages: Messages,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const words = messages.value
    if (error instanceof HorizonTooEarly) throw new UsageError(words.horizonBeforeEnd(error.horizon, error.lastYear))
    if (error instanceof CostsAfterEnd)
      throw new UsageError(
        words.costsAfterEnd(
          settings?.costs?.source ?? '--costs',
          yearRuns(error.years),
          error.lastYear,
          error.horizon,
          error.years[error.years.length - 1] as number,
        ),
      )
    if (settings === null || !(error instanceof MissingValueInput)) throw error
    if (error.input === 'price') {
      const covered = (emissionClass: string): number[] =>
        [...settings.path.prices.values()]
          .filter(price => price.emissionClass === emissionClass)
          .map(price => price.year)
          .sort((a, b) => a - b)
      if (error.others.length > 0)
        throw new DataError(
          [],
          words.missingPrices(
            [{ emissionClass: error.emissionClass ?? 'non_ets', years: error.years }, ...error.others].map(each => ({
              ...each,
              covered: yearRuns(covered(each.emissionClass)),
            })),
            settings.path.source,
          ),
        )
      const years = covered(error.emissionClass ?? 'non_ets')
      // Offer the hold rule only where it would answer: every missing year before the path begins.
      const first = years[0]
      const holdFrom =
        settings.beforePath === 'error' && first !== undefined && error.years.every(year => year < first) ? first : null
      throw new DataError(
        [],
        words.missingPrice(
          error.years,
          error.emissionClass ?? 'non_ets',
          settings.path.source,
          yearRuns(years),
          holdFrom,
        ),
      )
    }
    throw new DataError(
      [],
      words.missingIndex(error.years, error.purpose ?? 'savings', settings.priceLevel, settings.index?.source ?? '–'),
    )
  }
}
