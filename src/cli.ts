// Builds the program and is the one place an error becomes an exit code:
// 0 success, 1 invalid data or a failed check, 2 usage or I/O error; anything else is an internal error.
import { Command, CommanderError, Help } from 'commander'
import { registerCheck } from './commands/check.js'
import { registerCompletion } from './commands/completion.js'
import { type Context, createContext } from './commands/context.js'
import { registerInit } from './commands/init.js'
import { registerReport } from './commands/report.js'
import { registerSummarize } from './commands/summarize.js'
import { registerTrace } from './commands/trace.js'
import { registerValidate } from './commands/validate.js'
import { CheckFailed, DataError, IoError, UsageError } from './errors.js'
import { escapeTerminal, escapeTerminalLines } from './escape.js'
import { type Io, isBrokenPipe, processIo } from './io.js'
import { type Language, languageFromEnv, type Messages, messagesFor, parseLanguage } from './messages/index.js'
import { TOOL } from './tool.js'

function buildProgram(context: Context): Command {
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
      // "[options] <files...>", "--from <year>" with their placeholders in the user's language.
      commandUsage(command) {
        return messages.help.term(Help.prototype.commandUsage.call(this, command))
      },
      subcommandTerm(command) {
        return messages.help.term(Help.prototype.subcommandTerm.call(this, command))
      },
      optionTerm(option) {
        return messages.help.term(Help.prototype.optionTerm.call(this, option))
      },
      argumentTerm: argument => messages.help.term(`<${argument.name()}>`).slice(1, -1),
      argumentDescription: argument =>
        argument.defaultValue === undefined
          ? argument.description
          : `${argument.description} (${messages.help.defaultValue(JSON.stringify(argument.defaultValue))})`,
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
      writeErr: text => io.stderr.write(escapeTerminalLines(text)),
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
    const language = value === undefined ? undefined : parseLanguage(value)
    if (language !== undefined) return language
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
  for (const stream of [io.stdout, io.stderr]) {
    if (GUARDED.has(stream)) continue
    GUARDED.add(stream)
    stream.on('error', () => undefined)
  }
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true })
      return 2
    }
    await program.parseAsync([...argv], { from: 'user' })
    await context.finish(true)
    return 0
  } catch (error) {
    try {
      // A failed check is a completed run: what it wrote is put in place; anything else is discarded.
      await context.finish(error instanceof CheckFailed)
    } catch (failure) {
      return exitCodeFor(failure, io, debug, messages)
    }
    return exitCodeFor(error, io, debug, messages)
  }
}

const GUARDED = new WeakSet<object>()

function exitCodeFor(error: unknown, io: Io, debug: boolean, messages: Messages): number {
  // One line each, a line break from the data shown as \n; only the internal error's hint is a second line.
  const say = (text: string): void => {
    io.stderr.write(`${escapeTerminal(text)}\n`)
  }
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help or version).
    return error.exitCode === 0 ? 0 : 2
  }
  if (isBrokenPipe(error)) return 0
  if (error instanceof UsageError || error instanceof IoError) {
    say(`${messages.prefix.error}: ${error.message}`)
    return 2
  }
  if (error instanceof DataError) {
    if (!error.silent) say(`${messages.prefix.error}: ${error.message}`)
    return error.exitCode
  }
  if (error instanceof CheckFailed) {
    say(`${messages.prefix.error}: ${error.message}`)
    return 1
  }
  const system = error as NodeJS.ErrnoException | null
  if (typeof system?.code === 'string' && typeof system.syscall === 'string' && /^E[A-Z]+$/.test(system.code)) {
    // The system refused a read or a write no command foresaw (a full disk, a bad TMPDIR): an I/O error, not a bug.
    say(
      `${messages.prefix.error}: ${messages.errors.systemFailed(system.syscall, system.path ?? null, messages.errors.systemReason(system.code))}`,
    )
    if (debug && system.stack !== undefined) io.stderr.write(`${system.stack}\n`)
    return 2
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`${escapeTerminalLines(messages.internalError(escapeTerminal(message)))}\n`)
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`)
  return 1
}
