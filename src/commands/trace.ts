import { type Command, Option } from 'commander'
import { amountFromPlainString, amountToPlainString } from '../amount.js'
import type { Context } from '../cli.js'
import { UsageError } from '../errors.js'
import { shouldColor } from '../io.js'
import { en } from '../messages.js'
import { type Attribution, type Basis, type DecimalConvention, MEASURES, type Measure, type Problem, type TracedRecord } from '../model.js'
import { traceFiles } from '../pipeline.js'
import type { Encoding } from '../read/decode.js'
import type { Delimiter } from '../read/dialect.js'
import { TRACE_FORMATS, type TraceFormat, traceRenderers } from '../render/trace.js'
import { Spool } from '../write/spool.js'
import { addCommonOptions, addFilterOptions, addInputOptions, addOutputOptions, attributionOption, formatForOutput, parseYear } from './shared-options.js'

interface TraceFlags {
  metric: Measure
  year?: number
  from?: number
  to?: number
  partner?: string[]
  category?: string[]
  basis?: Basis[]
  attribution: Attribution
  format?: TraceFormat
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

export function registerTrace(program: Command, context: Context): void {
  const command = program
    .command('trace')
    .description(en.help.traceDescription)
    .argument('<files...>', en.help.traceFiles)
    .addOption(new Option('--metric <measure>', en.help.metric).choices([...MEASURES]).makeOptionMandatory())
    .addOption(new Option('--year <year>', en.help.year).argParser(parseYear))
    .addHelpText(
      'after',
      `
Examples:
  $ lup-impact trace data/lup-sample.csv --metric jobs --year 2016
  $ lup-impact trace data/lup-sample.csv --metric savings_nok --partner "Statens ferjeverk" --format csv
  $ lup-impact trace data/lup-sample.csv --metric co2e_tonnes --category "Zero-emission ferries" --attribution full --partner "Kvitsand kommune"`,
    )
  addInputOptions(command)
  addFilterOptions(command)
  command.addOption(attributionOption())
  addOutputOptions(command, TRACE_FORMATS)
  addCommonOptions(command)
  command.action(async (files: string[], flags: TraceFlags) => {
    if (flags.year !== undefined && (flags.from !== undefined || flags.to !== undefined)) throw new UsageError(context.messages.options.yearWithRange)
    const from = flags.year ?? flags.from ?? null
    const to = flags.year ?? flags.to ?? null
    if (from !== null && to !== null && from > to) throw new UsageError(context.messages.options.fromAfterTo(from, to))
    // Records go to a spool as they are read and are printed only once the whole input has validated.
    const spool = new Spool()
    try {
      const result = await traceFiles(
        files,
        {
          metric: flags.metric,
          attribution: flags.attribution,
          filters: { from, to, partners: flags.partner ?? [], categories: flags.category ?? [], bases: flags.basis ?? [] },
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
          traced: (record) => spool.write(encodeRecord(record)),
        },
      )
      for (const { option, value } of result.unmatchedFilters) context.note(context.messages.notes.noMatch(option, value), flags, 'warning')
      context.failOnProblems(result.loaded, result.trace === null, 'trace')
      const trace = result.trace
      if (trace === null) return
      if (trace.problems.skippedRecords > 0) context.note(context.messages.notes.skipped(trace.problems.skippedRecords), flags, 'warning')
      const inferred = formatForOutput(flags.format, flags.output, 'table')
      const format: TraceFormat = (TRACE_FORMATS as readonly string[]).includes(inferred) ? (inferred as TraceFormat) : 'table'
      const color = flags.output === undefined && shouldColor(context.io.stdout, context.io.env, flags.color)
      const records = async function* (): AsyncIterable<TracedRecord> {
        for await (const line of spool.lines()) yield decodeRecord(line)
      }
      await context.emit(traceRenderers[format](trace, records, context.renderOptions(color)), flags.output)
    } finally {
      spool.discard()
    }
  })
}

type EncodedRecord = [string, number, string, number, string[], string[], Basis, string, string]

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
  ]
  return JSON.stringify(encoded)
}

function decodeRecord(line: string): TracedRecord {
  const [file, at, projectId, year, partners, credited, basis, amount, attributed] = JSON.parse(line) as EncodedRecord
  return { file, line: at, projectId, year, partners, credited, basis, amount: amountFromPlainString(amount), attributed: amountFromPlainString(attributed) }
}
