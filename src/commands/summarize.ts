import type { Command } from 'commander'
import { shouldColor } from '../io.js'
import type { Attribution, Basis, DecimalConvention, Dimension, Problem } from '../model.js'
import type { Encoding } from '../read/decode.js'
import type { Delimiter } from '../read/dialect.js'
import { summarizeFiles } from '../pipeline.js'
import { FORMATS, renderers, type Format } from '../render/index.js'
import type { Context } from '../cli.js'
import { UsageError } from '../errors.js'
import { addPriceOptions, type PriceFlags, resolvePrices } from './price-options.js'
import { addCommonOptions, addFilterOptions, addGroupingOptions, addInputOptions, addOutputOptions, formatForOutput } from './shared-options.js'

interface SummarizeFlags extends PriceFlags {
  by?: Dimension[][]
  attribution: Attribution
  from?: number
  to?: number
  partner?: string[]
  category?: string[]
  basis?: Basis[]
  format?: Format
  output?: string
  color: boolean
  decimal?: DecimalConvention
  delimiter?: Delimiter
  encoding?: Encoding
  skipInvalid?: boolean
  allowDuplicates?: boolean
  strict?: boolean
  quiet?: boolean
  verbose?: boolean
}

export const DEFAULT_GROUPINGS: Dimension[][] = [['year'], ['partner']]

export function registerSummarize(program: Command, context: Context): void {
  const command = program
    .command('summarize')
    .description('exact totals and groupings of impact records (by year and by partner unless --by says otherwise)')
    .argument('<files...>', 'CSV files, read as one data set ("-" reads standard input)')
    .addHelpText(
      'after',
      `
Examples:
  $ lup-impact summarize data/lup-sample.csv
  $ lup-impact summarize 2018.csv 2019.csv --by year,partner --format json
  $ lup-impact summarize eksport.csv --from 2015 --partner "Fjordvik kommune"
  $ lup-impact summarize data/lup-sample.csv --real 2020 --basis realised
  $ lup-impact summarize data/lup-sample.csv --by category --format markdown -o summary.md
  $ cat data/lup-sample.csv | lup-impact summarize - --format csv`,
    )
  addInputOptions(command)
  addFilterOptions(command)
  addGroupingOptions(command)
  addPriceOptions(command)
  addOutputOptions(command, FORMATS)
  addCommonOptions(command)
  command.action(async (files: string[], flags: SummarizeFlags) => {
    if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) {
      throw new UsageError(context.messages.options.fromAfterTo(flags.from, flags.to))
    }
    const prices = await resolvePrices(flags, context)
    const result = await summarizeFiles(
      files,
      {
        attribution: flags.attribution,
        groupings: flags.by ?? DEFAULT_GROUPINGS,
        filters: { from: flags.from ?? null, to: flags.to ?? null, partners: flags.partner ?? [], categories: flags.category ?? [], bases: flags.basis ?? [] },
        prices,
        decimal: flags.decimal,
        delimiter: flags.delimiter,
        encoding: flags.encoding,
        skipInvalid: flags.skipInvalid === true,
        allowDuplicates: flags.allowDuplicates === true,
        strict: flags.strict === true,
        messages: context.messages,
      },
      context.io,
      {
        problem: (problem: Problem) => context.reportProblem(problem, flags),
        unknownColumns: (file, names) => context.note(context.messages.notes.unknownColumns(file, names), flags, 'verbose'),
      },
    )
    for (const { option, value } of result.unmatchedFilters) context.note(context.messages.notes.noMatch(option, value), flags, 'warning')
    context.failOnProblems(result.loaded, result.summary === null)
    const summary = result.summary
    if (summary === null) return
    if (summary.problems.skippedRecords > 0) context.note(context.messages.notes.skipped(summary.problems.skippedRecords), flags, 'warning')
    const format = formatForOutput(flags.format, flags.output, 'table') as Format
    const text = renderers[format](summary, context.renderOptions(flags.output === undefined && shouldColor(context.io.stdout, context.io.env, flags.color)))
    await context.emit(text, flags.output)
  })
}
