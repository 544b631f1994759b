import { type Command, Option } from 'commander'
import type { Context } from './context.js'
import { DataError } from '../errors.js'
import type { Problem } from '../model.js'
import { stringifyJson } from '../render/json-text.js'
import { escapeTerminal } from '../escape.js'
import { formatProblem } from '../validate/problem.js'
import { checkDistinctFiles } from './read-input.js'
import { addCommonOptions, addInputOptions, type InputFlags, loadOptions } from './shared-options.js'

interface ValidateFlags extends InputFlags {
  format?: 'text' | 'json'
  quiet?: boolean
  verbose?: boolean
}

/** The JSON shape editors and CI read: one object per problem, in the order found. */
export function problemToJson(problem: Problem): string {
  return stringifyJson(
    {
      file: problem.file,
      ...(problem.sheet === undefined ? {} : { sheet: problem.sheet }),
      line: problem.line,
      column: problem.column ?? null,
      value: problem.value ?? null,
      message: problem.message,
      severity: problem.severity,
    },
    '  ',
  )
}

export function registerValidate(program: Command, context: Context): void {
  const command = program
    .command('validate')
    .description(context.messages.help.validate)
    .argument('<files...>', context.messages.help.files)
    .addHelpText(
      'after',
      `
${context.messages.help.validateAfter}

${context.messages.help.examples}
  $ lup-impact validate eksport.csv
  $ lup-impact validate 2018.csv 2019.csv --strict
  $ lup-impact validate eksport.csv --format json | jq '.[] | select(.severity == "error")'`,
    )
  addInputOptions(command, context.messages)
  command.addOption(
    new Option('--format <format>', context.messages.help.validateFormat).choices(['text', 'json']).default('text'),
  )
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: ValidateFlags) => {
    const { io, messages } = context
    const json = flags.format === 'json'
    await checkDistinctFiles(context, files, [], [], true)
    // Problems are written as they are found, every one (the report is validate's data); the reader
    // waits between chunks of input while stdout is full, so memory stays flat behind a slow reader.
    let first = true
    const write = (text: string): void => context.stdout.write(text)
    if (json) write('[')
    // Valid records are only counted: they stay RecordViews, never made into ImpactRecords.
    const { streamRecords } = await import('../pipeline.js')
    const loaded = await context.withProgress(flags, progress =>
      streamRecords(files, loadOptions(flags, messages, progress), io, {
        record: () => undefined,
        problem: problem => {
          if (problem.severity === 'warning' && flags.quiet === true) return
          if (json) write(`${first ? '\n' : ',\n'}  ${problemToJson(problem)}`)
          else write(`${escapeTerminal(formatProblem(problem, messages.prefix))}\n`)
          first = false
        },
        unknownColumns: (file, names) => context.note(messages.notes.unknownColumns(file, names), flags, 'verbose'),
        drain: () => context.drain(),
      }),
    )
    const records = loaded.inputs.reduce((sum, input) => sum + input.records, 0)
    const { errors, warnings } = loaded.counts
    if (json) write(first ? ']\n' : '\n]\n')
    else write(`${messages.notes.validated(errors, warnings, records, loaded.inputs.length)}\n`)
    await context.stdout.flush()
    if (errors > 0) throw new DataError([], '', { silent: true, usage: loaded.usage })
  })
}
