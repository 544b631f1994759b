// --real YEAR and --cpi FILE: the options, and the price index they load.
import { type Command, Option } from 'commander'
import type { Context } from './context.js'
import { DataError, UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'
import type { ConstantPrices } from '../model.js'
import { yearParser } from './shared-options.js'

export interface PriceFlags {
  real?: number
  cpi?: string
  quiet?: boolean
  /** --value reads the index too (for the price level), so --cpi needs --real or --value. */
  value?: boolean
}

export function addPriceOptions(command: Command, messages: Messages): Command {
  return command
    .addOption(new Option('--real <year>', messages.help.real).argParser(yearParser(messages)))
    .addOption(new Option('--cpi <file>', messages.help.cpi))
}

/** The prices to express savings in, or null for nominal kroner. Problems in the index file are data errors (1). */
export async function resolvePrices(flags: PriceFlags, context: Context): Promise<ConstantPrices | null> {
  const { messages } = context
  if (flags.real === undefined) {
    if (flags.cpi !== undefined && flags.value !== true) throw new UsageError(messages.prices.cpiWithoutReal)
    return null
  }
  if (flags.cpi === '-') throw new UsageError(messages.prices.cpiFromStdin)
  const { BUILT_IN_CPI, loadPriceIndex } = await import('../load-price-index.js')
  const index = await loadPriceIndex(flags.cpi ?? null, context.io, messages)
  if (Array.isArray(index)) {
    for (const problem of index) context.reportProblem(problem, flags)
    throw new DataError(index, messages.prices.failed(index.length, flags.cpi ?? BUILT_IN_CPI.name))
  }
  if (!index.levels.has(flags.real)) throw new UsageError(messages.prices.targetMissing(flags.real, index))
  return { year: flags.real, index }
}
