import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { Context } from '../cli.js'
import { UsageError } from '../errors.js'
import { shouldColor, terminalWidth } from '../io.js'
import type { Attribution, Basis, Dimension } from '../model.js'
import { FORMATS, type Format } from '../render/formats.js'
import { loadRenderer } from '../render/lazy.js'
import { addPriceOptions, type PriceFlags, resolvePrices } from './price-options.js'
import {
  addCommonOptions,
  addFilterOptions,
  addGroupingOptions,
  addInputOptions,
  addOutputOptions,
  addSkipOptions,
  formatForOutput,
  type InputFlags,
  loadOptions,
} from './shared-options.js'

interface SummarizeFlags extends InputFlags, PriceFlags {
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
  skipInvalid?: boolean
  rejects?: string
  quiet?: boolean
  verbose?: boolean
}

export const DEFAULT_GROUPINGS: Dimension[][] = [['year'], ['partner']]

export function registerSummarize(program: Command, context: Context): void {
  const command = program
    .command('summarize')
    .description(context.messages.help.summarize)
    .argument('<files...>', context.messages.help.files)
    .addHelpText(
      'after',
      `
${context.messages.help.examples}
  $ lup-impact summarize data/lup-sample.csv
  $ lup-impact summarize 2018.csv 2019.csv --by year,partner --format json
  $ lup-impact summarize eksport.csv --from 2015 --partner "Fjordvik kommune"
  $ lup-impact summarize data/lup-sample.csv --real 2020 --basis realised
  $ lup-impact summarize data/lup-sample.csv --by category --format markdown -o summary.md
  $ lup-impact summarize eksport.csv --rejects rejected.csv
  $ cat data/lup-sample.csv | lup-impact summarize - --format csv`,
    )
  addInputOptions(command, context.messages)
  addSkipOptions(command, context.messages)
  addFilterOptions(command, context.messages)
  addGroupingOptions(command, context.messages)
  addPriceOptions(command, context.messages)
  addOutputOptions(command, FORMATS, context.messages)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: SummarizeFlags) => {
    const { io, messages } = context
    if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) {
      throw new UsageError(messages.options.fromAfterTo(flags.from, flags.to))
    }
    if (flags.output !== undefined || flags.rejects !== undefined) {
      const { checkWritable } = await import('../write/atomic-write.js')
      if (flags.output !== undefined) await checkWritable(resolve(io.cwd, flags.output), flags.output, messages)
      if (flags.rejects !== undefined) await checkWritable(resolve(io.cwd, flags.rejects), flags.rejects, messages)
    }
    const prices = await resolvePrices(flags, context)
    const format = formatForOutput(flags.format, flags.output, 'table') as Format
    // Loaded while nothing else is: what this run needs, and only that.
    const [{ summarizeFiles }, render, rejectsModule] = await Promise.all([
      import('../pipeline.js'),
      loadRenderer[format](),
      flags.rejects === undefined ? undefined : import('../write/rejects.js'),
    ])
    const rejects = flags.rejects === undefined || rejectsModule === undefined ? undefined : new rejectsModule.RejectsFile(resolve(io.cwd, flags.rejects), messages.prefix)
    try {
      const result = await context.withProgress(flags, (progress) =>
        summarizeFiles(
          files,
          {
            ...loadOptions(flags, messages, progress),
            attribution: flags.attribution,
            groupings: flags.by ?? DEFAULT_GROUPINGS,
            filters: { from: flags.from ?? null, to: flags.to ?? null, partners: flags.partner ?? [], categories: flags.category ?? [], bases: flags.basis ?? [] },
            prices,
            skipInvalid: flags.skipInvalid === true || rejects !== undefined,
          },
          io,
          {
            problem: (problem) => context.reportProblem(problem, flags),
            rejected: (rejection) => rejects?.add(rejection),
            unknownColumns: (file, names) => context.note(messages.notes.unknownColumns(file, names), flags, 'verbose'),
          },
        ),
      )
      await rejects?.commit()
      for (const { option, value } of result.unmatchedFilters) context.note(messages.notes.noMatch(option, value), flags, 'warning')
      context.failOnProblems(result.loaded, result.summary === null)
      const summary = result.summary
      if (summary === null) return
      if (summary.problems.skippedRecords > 0) {
        context.note(messages.notes.skipped(summary.problems.skippedRecords, flags.rejects), flags, 'warning')
      }
      const color = flags.output === undefined && shouldColor(io.stdout, io.env, flags.color)
      await context.emit(render(summary, context.renderOptions(color, terminalWidth(io, flags.output))), flags.output)
    } catch (error) {
      await rejects?.discard()
      throw error
    }
  })
}
