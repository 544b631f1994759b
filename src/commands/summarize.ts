import type { Command } from 'commander'
import type { Context } from './context.js'
import { UsageError } from '../errors.js'
import { shouldColor, terminalWidth } from '../io.js'
import type { Attribution, Dimension } from '../model.js'
import { FORMATS, type Format, type JsonNumbers } from '../render/formats.js'
import { addClaimOptions, type ClaimFlags, claimLoadOptions, resolveMembers } from './claim-options.js'
import { addPriceOptions, type PriceFlags, resolvePrices } from './price-options.js'
import { addValueOptions, resolveValue, type ValueFlags, withValueErrors } from './value-options.js'
import {
  checkDistinctFiles,
  checkWritableFiles,
  checkYearRange,
  filtersOf,
  type ReadingFlags,
  readInput,
} from './read-input.js'
import {
  addCommonOptions,
  addFilterOptions,
  addGroupingOptions,
  addInputOptions,
  addOutputOptions,
  addSkipOptions,
  formatForOutput,
  loadOptions,
} from './shared-options.js'

interface SummarizeFlags extends ReadingFlags, PriceFlags, ClaimFlags, ValueFlags {
  by?: Dimension[][]
  attribution: Attribution
  format?: Format
  jsonNumbers: JsonNumbers
  output?: string
  color: boolean
  excel?: boolean
  pager: boolean
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
  $ cat data/lup-sample.csv | lup-impact summarize - --format csv
  $ lup-impact summarize effekter.xlsx --sheet Ark2 --format xlsx -o oppsummering.xlsx
  $ lup-impact summarize data/lup-sample.csv --excel -o til-excel.csv`,
    )
  addInputOptions(command, context.messages)
  addSkipOptions(command, context.messages)
  addFilterOptions(command, context.messages)
  addGroupingOptions(command, context.messages)
  addPriceOptions(command, context.messages)
  addValueOptions(command, context.messages)
  addClaimOptions(command, context.messages)
  addOutputOptions(command, FORMATS, context.messages)
  command.option('--excel', context.messages.help.excel)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: SummarizeFlags) => {
    const { io, messages } = context
    checkYearRange(flags.from, flags.to, messages)
    await checkWritableFiles(context, flags.output, flags.rejects)
    await checkDistinctFiles(
      context,
      files,
      [
        { option: '-o', path: flags.output },
        { option: '--rejects', path: flags.rejects },
      ],
      [
        { option: '--cpi', path: flags.cpi },
        { option: '--members', path: flags.members },
        { option: '--carbon-price', path: flags.carbonPrice },
        { option: '--costs', path: flags.costs },
      ],
      flags.output === undefined,
    )
    const prices = await resolvePrices(flags, context)
    const members = await resolveMembers(flags, context)
    const value = await resolveValue(flags, context)
    const format = formatForOutput(flags.format, flags.output, flags.excel === true ? 'csv' : 'table') as Format
    if (flags.excel === true && format !== 'csv') throw new UsageError(messages.xlsx.excelNeedsCsv(format))
    // A workbook under a text file's name, or text under a workbook's, opens in no program: refused.
    const named = flags.output === undefined ? undefined : formatForOutput(undefined, flags.output, '')
    if (named !== undefined && named !== '' && (named === 'xlsx') !== (format === 'xlsx'))
      throw new UsageError(messages.xlsx.formatAgainstName(format, flags.output as string))
    // A workbook is bytes: to a file or a pipe, never a terminal (-o /dev/tty or /dev/stdout included).
    if (format === 'xlsx') {
      const { writesToTerminal } = await import('../write/output-target.js')
      if (await writesToTerminal(flags.output, io)) throw new UsageError(messages.xlsx.toTerminal)
    }
    // Loaded while nothing else is: what this run needs, and only that.
    const [{ summarizeFiles }, { renderers }] = await Promise.all([
      import('../pipeline.js'),
      import('../render/index.js'),
    ])
    const summary = await withValueErrors(value, messages, () =>
      readInput(context, flags, ({ skipInvalid, handlers }) =>
        context.withProgress(flags, progress =>
          summarizeFiles(
            files,
            {
              ...loadOptions(flags, messages, progress),
              ...claimLoadOptions(flags, members),
              attribution: flags.attribution,
              groupings: flags.by ?? DEFAULT_GROUPINGS,
              filters: filtersOf(flags),
              prices,
              value,
              skipInvalid,
            },
            io,
            handlers,
          ),
        ),
      ),
    )
    // CSV is the groupings' rows; the value figures do not fit them, and must not go missing unsaid.
    if (value !== null && format === 'csv') context.note(messages.value.notInCsv, flags, 'hint')
    const color = flags.output === undefined && shouldColor(io.stdout, io.env, flags.color)
    const render = renderers[format]
    const options = {
      ...context.renderOptions(color, terminalWidth(io, flags.output)),
      jsonNumbers: flags.jsonNumbers,
      ...(flags.excel === true ? { excel: true } : {}),
    }
    await context.emit(render(summary, options), flags.output, { page: flags.pager })
  })
}
