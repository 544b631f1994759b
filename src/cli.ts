// Builds the program and is the one place an error becomes an exit code:
// 0 success, 1 invalid data or a failed check, 2 usage error; anything else is an internal error.
import { Command, CommanderError } from 'commander'
import { registerCheck } from './commands/check.js'
import { registerCompletion } from './commands/completion.js'
import { type Context, createContext } from './commands/context.js'
import { registerInit } from './commands/init.js'
import { registerReport } from './commands/report.js'
import { registerSummarize } from './commands/summarize.js'
import { registerTrace } from './commands/trace.js'
import { registerValidate } from './commands/validate.js'
import { CheckFailed, DataError, UsageError } from './errors.js'
import { BrokenPipe, type Io, processIo } from './io.js'
import { TOOL } from './tool.js'
import { type Language, languageFromEnv, LANGUAGES, type Messages, messagesFor } from './messages/index.js'

export function buildProgram(context: Context): Command {
  const { io, messages } = context
  const program = new Command('lup-impact')
    .description(messages.help.program)
    .version(TOOL.version, '-V, --version', messages.help.version)
    .helpOption('-h, --help', messages.help.help)
    .helpCommand('help [command]', messages.help.helpCommand)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({
      styleTitle: title => messages.help.titles[title] ?? title,
      // Commander's "(choices: ..., default: ...)" in the user's language.
      optionDescription: option => {
        const extra: string[] = []
        if (option.argChoices !== undefined) extra.push(messages.help.choices(option.argChoices))
        if (option.defaultValue !== undefined && (option.required || option.optional))
          extra.push(messages.help.defaultValue(String(option.defaultValue)))
        return extra.length === 0 ? option.description : `${option.description} (${extra.join('; ')})`
      },
    })
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
      outputError: (text, write) => write(messages.translateCommander(text)),
    })
    .addHelpText(
      'after',
      `
${messages.help.examples}
  $ lup-impact summarize data/lup-sample.csv
  $ lup-impact summarize data/lup-sample.csv --by year,partner --format json | jq .totals
  $ lup-impact summarize eksport.csv --skip-invalid -o summary.md
  $ lup-impact summarize data/lup-sample.csv --real 2020
  $ lup-impact trace data/lup-sample.csv --metric jobs --year 2016`,
    )
  registerSummarize(program, context)
  registerValidate(program, context)
  registerTrace(program, context)
  registerReport(program, context)
  registerCheck(program, context)
  registerInit(program, context)
  registerCompletion(program, context)
  return program
}

/** --lang from the command line if given (even before commander has parsed it), else the locale. */
export function chooseLanguage(argv: readonly string[], env: Io['env']): Language {
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position] as string
    const value =
      argument === '--lang' ? argv[position + 1] : argument.startsWith('--lang=') ? argument.slice(7) : undefined
    if ((LANGUAGES as readonly (string | undefined)[]).includes(value)) return value as Language
  }
  return languageFromEnv(env)
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug')
  const messages = messagesFor(chooseLanguage(argv, io.env))
  const context = createContext(io, messages)
  const program = buildProgram(context)
  // Write failures reach us through write callbacks (see writeText); without a
  // listener the stream's 'error' event (EPIPE after `| head`) would crash the process.
  if (!GUARDED.has(io.stdout)) {
    GUARDED.add(io.stdout)
    io.stdout.on('error', () => undefined)
  }
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true })
      return 2
    }
    await program.parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    return exitCodeFor(error, io, debug, messages)
  }
}

const GUARDED = new WeakSet<object>()

function exitCodeFor(error: unknown, io: Io, debug: boolean, messages: Messages): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help or version).
    return error.exitCode === 0 ? 0 : 2
  }
  if (error instanceof BrokenPipe || (error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0
  if (error instanceof UsageError) {
    io.stderr.write(`${messages.prefix.error}: ${error.message}\n`)
    return 2
  }
  if (error instanceof DataError) {
    if (!error.silent) io.stderr.write(`${messages.prefix.error}: ${error.message}\n`)
    return 1
  }
  if (error instanceof CheckFailed) {
    io.stderr.write(`error: ${error.message}\n`)
    return 1
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`${messages.internalError(message)}\n`)
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`)
  return 1
}
