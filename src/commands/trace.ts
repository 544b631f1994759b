import { type Command, Option } from 'commander'
import { amountFromPlainString, amountToPlainString } from '../amount.js'
import type { Context } from './context.js'
import { UsageError } from '../errors.js'
import { shouldColor, terminalWidth } from '../io.js'
import {
  type Attribution,
  type BeforePath,
  type Basis,
  type EmissionClass,
  TRACE_METRICS,
  type TraceMetric,
  type TracedRecord,
} from '../model.js'
import { type JsonNumbers, TRACE_FORMATS, type TraceFormat } from '../render/formats.js'
import {
  addCommonOptions,
  addFilterOptions,
  addInputOptions,
  addOutputOptions,
  addSkipOptions,
  attributionOption,
  formatForOutput,
  loadOptions,
  yearParser,
} from './shared-options.js'
import { beforePathOption, resolveValue, withValueErrors } from './value-options.js'
import {
  checkDistinctFiles,
  checkWritableFiles,
  checkYearRange,
  filtersOf,
  type ReadingFlags,
  readInput,
} from './read-input.js'

interface TraceFlags extends ReadingFlags {
  metric: TraceMetric
  carbonPrice?: string
  priceLevel?: number
  beforePath?: BeforePath
  cpi?: string
  year?: number
  attribution: Attribution
  format?: TraceFormat
  jsonNumbers: JsonNumbers
  output?: string
  color: boolean
  pager: boolean
}

export function registerTrace(program: Command, context: Context): void {
  const command = program
    .command('trace')
    .description(context.messages.help.traceDescription)
    .argument('<files...>', context.messages.help.traceFiles)
    .addOption(
      new Option('--metric <measure>', context.messages.help.metric).choices([...TRACE_METRICS]).makeOptionMandatory(),
    )
    .addOption(new Option('--year <year>', context.messages.help.year).argParser(yearParser(context.messages)))
    .addOption(new Option('--carbon-price <file>', context.messages.help.carbonPrice))
    .addOption(
      new Option('--price-level <year>', context.messages.help.priceLevel).argParser(yearParser(context.messages)),
    )
    .addOption(beforePathOption(context.messages))
    .addOption(new Option('--cpi <file>', context.messages.help.cpi))
    .addHelpText(
      'after',
      `
${context.messages.help.examples}
  $ lup-impact trace data/lup-sample.csv --metric jobs --year 2016
  $ lup-impact trace data/lup-sample.csv --metric savings_nok --partner "Statens ferjeverk" --format csv
  $ lup-impact trace data/lup-sample.csv --metric co2e_tonnes --category "Zero-emission ferries" --attribution full --partner "Kvitsand kommune"
  $ lup-impact trace records.csv --metric carbon_value --year 2023`,
    )
  addInputOptions(command, context.messages)
  addSkipOptions(command, context.messages)
  addFilterOptions(command, context.messages)
  command.addOption(attributionOption(context.messages))
  addOutputOptions(command, TRACE_FORMATS, context.messages)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: TraceFlags) => {
    const { io, messages } = context
    if (flags.year !== undefined && (flags.from !== undefined || flags.to !== undefined))
      throw new UsageError(messages.options.yearWithRange)
    const carbon = flags.metric === 'carbon_value'
    if (carbon && flags.year === undefined)
      throw new UsageError(
        flags.from !== undefined || flags.to !== undefined
          ? messages.labels.trace.rangeWithValue
          : messages.labels.trace.yearNeeded,
      )
    if (!carbon) {
      const stray =
        flags.carbonPrice !== undefined
          ? '--carbon-price'
          : flags.priceLevel !== undefined
            ? '--price-level'
            : flags.cpi !== undefined
              ? '--cpi'
              : flags.beforePath !== undefined
                ? '--before-path'
                : null
      if (stray !== null) throw new UsageError(messages.value.needsCarbonMetric(stray))
    }
    // carbon_value: --year is the year whose cuts in force are listed, not a filter on the records' years.
    const from = carbon ? null : (flags.year ?? flags.from ?? null)
    const to = carbon ? null : (flags.year ?? flags.to ?? null)
    checkYearRange(from, to, messages)
    await checkWritableFiles(context, flags.output, flags.rejects)
    await checkDistinctFiles(
      context,
      files,
      [
        { option: '-o', path: flags.output },
        { option: '--rejects', path: flags.rejects },
      ],
      [
        { option: '--carbon-price', path: flags.carbonPrice },
        { option: '--cpi', path: flags.cpi },
      ],
      flags.output === undefined,
    )
    const value = carbon ? await resolveValue({ ...flags, value: true }, context) : null
    const { tracedCarbonValue, YearOutsideValue } = carbon
      ? await import('../render/value-figures.js')
      : { tracedCarbonValue: undefined, YearOutsideValue: undefined }
    const inForceIn = carbon ? (flags.year as number) : undefined
    const [{ traceFiles }, { traceRenderers }, { Spool }] = await Promise.all([
      import('../pipeline.js'),
      import('../render/trace.js'),
      import('../write/spool.js'),
    ])
    // Records go to a spool as they are read and are printed only once the whole input has validated.
    const spool = new Spool()
    try {
      const trace = await withValueErrors(value, messages, () =>
        readInput(context, flags, ({ skipInvalid, handlers }) =>
          context.withProgress(flags, progress =>
            traceFiles(
              files,
              {
                ...loadOptions(flags, messages, progress),
                metric: flags.metric,
                attribution: flags.attribution,
                filters: filtersOf(flags, from, to),
                skipInvalid,
                value,
                ...(inForceIn === undefined || tracedCarbonValue === undefined
                  ? {}
                  : { inForceIn, describeValue: appraisal => tracedCarbonValue(appraisal, inForceIn) }),
              },
              io,
              { ...handlers, traced: record => spool.write(encodeRecord(record)) },
            ),
          ),
        ),
      ).catch(error => {
        if (YearOutsideValue !== undefined && error instanceof YearOutsideValue)
          throw new UsageError(messages.labels.trace.yearOutside(error.year, error.first, error.last))
        throw error
      })
      const inferred = formatForOutput(flags.format, flags.output, 'table')
      const format: TraceFormat = (TRACE_FORMATS as readonly string[]).includes(inferred)
        ? (inferred as TraceFormat)
        : 'table'
      const color = flags.output === undefined && shouldColor(io.stdout, io.env, flags.color)
      const records = async function* (): AsyncIterable<TracedRecord> {
        for await (const line of spool.lines()) yield decodeRecord(line)
      }
      await context.emit(
        traceRenderers[format](trace, records, {
          ...context.renderOptions(color, terminalWidth(io, flags.output)),
          jsonNumbers: flags.jsonNumbers,
        }),
        flags.output,
        { page: flags.pager },
      )
    } finally {
      spool.discard()
    }
  })
}

/** The last element, a spreadsheet's sheet, only when there is one. */
type EncodedRecord = [
  string,
  number,
  string,
  number,
  string[],
  string[],
  Basis,
  string,
  string,
  TracedRecord['bounds'],
  EmissionClass | null,
  string?,
]

function encodeRecord(record: TracedRecord): string {
  const encoded: EncodedRecord = [
    record.file,
    record.line,
    record.projectId,
    record.year,
    record.partners,
    record.credited,
    record.basis,
    amountToPlainString(record.amount),
    amountToPlainString(record.attributed),
    record.bounds,
    record.emissionClass ?? null,
  ]
  if (record.sheet !== undefined) encoded.push(record.sheet)
  return JSON.stringify(encoded)
}

function decodeRecord(line: string): TracedRecord {
  const [file, at, projectId, year, partners, credited, basis, amount, attributed, bounds, emissionClass, sheet] =
    JSON.parse(line) as EncodedRecord
  return {
    file,
    ...(sheet === undefined ? {} : { sheet }),
    line: at,
    projectId,
    year,
    partners,
    credited,
    basis,
    amount: amountFromPlainString(amount),
    attributed: amountFromPlainString(attributed),
    bounds,
    ...(emissionClass === null ? {} : { emissionClass }),
  }
}
