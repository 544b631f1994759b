// The friendly entry for programs: `summarizeFiles(['a.csv'], { by: ['year'] })`
// gives the same Summary the CLI renders, or throws a DataError listing every problem.
import { Readable } from 'node:stream'
import { loadOptions } from './commands/shared-options.js'
import { DataError, UsageError } from './errors.js'
import { loadPriceIndex } from './load-price-index.js'
import { type Language, messagesFor } from './messages/index.js'
import type { Attribution, Basis, DecimalConvention, Dimension, Problem, Summary } from './model.js'
import { summarizeFiles as runSummary } from './pipeline.js'
import type { Encoding } from './read/decode.js'
import type { Delimiter } from './read/dialect.js'

export interface SummarizeFilesOptions {
  /** Groupings, each a list of dimensions: [['year'], ['year', 'partner']]. Default: by year, then by partner. */
  by?: Dimension[][]
  attribution?: Attribution
  from?: number
  to?: number
  partners?: string[]
  categories?: string[]
  bases?: Basis[]
  /** Express savings in this year's kroner (the shipped KPI 2015=100 series unless `cpi`). */
  real?: number
  cpi?: string
  decimal?: DecimalConvention
  delimiter?: Delimiter
  encoding?: Encoding
  skipInvalid?: boolean
  allowDuplicates?: boolean
  strict?: boolean
  /** The language of problem messages. */
  lang?: Language
  /** Where relative paths are resolved; the process's working directory by default. */
  cwd?: string
}

export interface SummarizeFilesResult {
  summary: Summary
  /** Every problem found, warnings included (and errors of skipped records under `skipInvalid`). */
  problems: Problem[]
}

export async function summarizeFiles(
  paths: readonly string[],
  options: SummarizeFilesOptions = {},
): Promise<SummarizeFilesResult> {
  const messages = messagesFor(options.lang ?? 'en')
  const io = { cwd: options.cwd ?? process.cwd(), stdin: Readable.from([]) }
  const problems: Problem[] = []
  let prices = null
  if (options.real !== undefined) {
    const index = await loadPriceIndex(options.cpi ?? null, io, messages)
    if (Array.isArray(index)) throw new DataError(index, messages.prices.failed(index.length, options.cpi ?? ''))
    if (!index.levels.has(options.real)) throw new UsageError(messages.prices.targetMissing(options.real, index))
    prices = { year: options.real, index }
  }
  const result = await runSummary(
    paths,
    {
      ...loadOptions(options, messages),
      attribution: options.attribution ?? 'split',
      groupings: options.by ?? [['year'], ['partner']],
      filters: {
        from: options.from ?? null,
        to: options.to ?? null,
        partners: options.partners ?? [],
        categories: options.categories ?? [],
        bases: options.bases ?? [],
      },
      prices,
      skipInvalid: options.skipInvalid === true,
    },
    io,
    { problem: problem => problems.push(problem) },
  )
  if (result.summary === null) throw new DataError(problems, messages.notes.unreadable(result.loaded.counts.errors))
  return { summary: result.summary, problems }
}
