import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { Context } from './context.js'
import { CheckFailed, UsageError } from '../errors.js'
import type { Attribution } from '../model.js'
import { type Messages, messagesFor } from '../messages/index.js'
import { NUMBER_STYLES } from '../messages/numbers.js'
import type { NamedContent } from '../write/atomic-directory.js'
import { resolveReportDate } from './report-date.js'
import { readReportSettings } from './report-settings.js'
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
  addInputOptions,
  addSkipOptions,
  attributionOption,
  loadOptions,
} from './shared-options.js'

interface ReportFlags extends ReadingFlags, PriceFlags, ClaimFlags, ValueFlags {
  out: string
  check?: boolean
  date?: string
  pdf?: boolean
  chromium?: string
  attribution: Attribution
  excel?: boolean
}

export function registerReport(program: Command, context: Context): void {
  const command = program
    .command('report')
    .description(context.messages.help.reportDescription)
    .argument('<files...>', context.messages.help.files)
    .requiredOption('--out <dir>', context.messages.help.out)
    .option('--check', context.messages.help.checkOut)
    .option('--date <yyyy-mm-dd>', context.messages.help.date)
    .option('--excel', context.messages.help.reportExcel)
    .option('--no-excel', context.messages.help.reportNoExcel)
    .option('--pdf', context.messages.help.pdf)
    .option('--chromium <path>', context.messages.help.chromium)
    .addHelpText(
      'after',
      `
${context.messages.help.reportAfter}

${context.messages.help.examples}
  $ lup-impact report data/lup-sample.csv --out report
  $ lup-impact report data/lup-sample.csv --out rapport --lang nb --date 2020-07-01
  $ lup-impact report data/lup-sample.csv --out report --check     # ${context.messages.help.comments.reportCheck}
  $ lup-impact report data/lup-sample.csv --out report --pdf       # ${context.messages.help.comments.reportPdf}
  $ lup-impact report data/lup-sample.csv --out report-2020 --real 2020 --basis realised`,
    )
  addInputOptions(command, context.messages)
  addSkipOptions(command, context.messages)
  addFilterOptions(command, context.messages)
  command.addOption(attributionOption(context.messages))
  addPriceOptions(command, context.messages)
  addValueOptions(command, context.messages)
  addClaimOptions(command, context.messages)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: ReportFlags) => {
    const { io, messages } = context
    const words = messages.reportCommand
    checkYearRange(flags.from, flags.to, messages)
    const date = resolveReportDate(flags.date, io.env)
    if (!date.ok) throw new UsageError(date.problem === 'date' ? words.badDate(date.value) : words.badEpoch(date.value))
    // An empty name would resolve to the current directory: `--out "$DIR"` with DIR unset must not write there.
    if (flags.out === '') throw new UsageError(words.emptyOut)
    const directory = resolve(io.cwd, flags.out)
    const pdf = flags.pdf === true || flags.chromium !== undefined
    // The browser is looked for before any input is read: a missing one is known at once.
    const chromium = pdf ? await resolveChromium(flags.chromium, context) : null
    // What only a report needs is loaded here, not when the program starts (start-up time).
    const [
      { summarizeFiles },
      { PDF_FILE_NAME, REPORT_FILE_NAMES, REPORT_GROUPINGS, renderReportFiles },
      { checkDirectoryTarget, compareWithDirectory, writeFilesAtomically },
    ] = await Promise.all([
      import('../pipeline.js'),
      import('../render/report-files.js'),
      import('../write/atomic-directory.js'),
    ])
    await withDirectoryErrors(flags.out, messages, () => checkDirectoryTarget(directory))
    await checkWritableFiles(context, flags.rejects)
    await checkDistinctFiles(
      context,
      files,
      [
        ...[...REPORT_FILE_NAMES, ...(pdf ? [PDF_FILE_NAME] : [])].map(name => ({
          option: '--out',
          path: join(flags.out, name),
        })),
        { option: '--rejects', path: flags.rejects },
      ],
      [
        { option: '--cpi', path: flags.cpi },
        { option: '--members', path: flags.members },
        { option: '--carbon-price', path: flags.carbonPrice },
        { option: '--costs', path: flags.costs },
      ],
    )
    const prices = await resolvePrices(flags, context)
    const members = await resolveMembers(flags, context)
    const value = await resolveValue(flags, context)
    const summary = await withValueErrors(value, messages, () =>
      readInput(context, flags, ({ skipInvalid, handlers }) =>
        summarizeFiles(
          files,
          {
            ...loadOptions(flags, messages),
            ...claimLoadOptions(flags, members),
            attribution: flags.attribution,
            groupings: REPORT_GROUPINGS,
            filters: filtersOf(flags),
            prices,
            value,
            skipInvalid,
          },
          io,
          handlers,
        ),
      ),
    )
    // summary.csv as Norwegian Excel opens it under nb, machine-neutral under en (--excel, --no-excel: either).
    const excel = flags.excel ?? messages.language === 'nb'
    const reportFiles: NamedContent[] = renderReportFiles(summary, {
      ...context.renderOptions(false),
      date: date.date,
      excel,
    })
    if (chromium !== null) {
      const html = reportFiles.find(file => file.name === 'report.html')?.content as string
      reportFiles.push({ name: PDF_FILE_NAME, content: await printReport(html, chromium, date.date, messages) })
    }
    const say = (text: string): void => {
      if (flags.quiet !== true) context.say(text)
    }
    if (flags.check === true) {
      const comparisons = await withDirectoryErrors(flags.out, messages, () =>
        compareWithDirectory(directory, reportFiles),
      )
      const stale = comparisons.filter(comparison => comparison.status !== 'same')
      // A report written in another language or with another date differs on every page: say so, and
      // whether that is all that differs (the report rendered with its own settings is up to date).
      const written = stale.length === 0 ? null : await readReportSettings(directory)
      if (written !== null && (written.language !== messages.language || written.date !== date.date)) {
        const language = written.language !== messages.language
        const dated = written.date !== date.date
        const found = words.settings(language ? written.language : null, dated ? written.date : undefined)
        const wanted = words.settings(language ? messages.language : null, dated ? date.date : undefined)
        const asWritten = renderReportFiles(summary, {
          ...context.renderOptions(false),
          messages: messagesFor(written.language),
          numbers: NUMBER_STYLES[written.language],
          date: written.date,
        })
        const again = await withDirectoryErrors(flags.out, messages, () => compareWithDirectory(directory, asWritten))
        if (again.every(comparison => comparison.status === 'same'))
          throw new CheckFailed(words.upToDateWith(flags.out, found, wanted))
        context.say(words.settingsDiffer(flags.out, found, wanted))
      }
      for (const comparison of stale) {
        const path = join(flags.out, comparison.name)
        context.say(
          comparison.status === 'differs'
            ? words.differs(path, comparison.line)
            : comparison.status === 'missing'
              ? words.missing(path)
              : words.notAFile(path),
        )
      }
      if (stale.length > 0) throw new CheckFailed(words.outOfDate(stale.length, comparisons.length, flags.out))
      say(words.upToDate(comparisons.length, flags.out))
      return
    }
    await withDirectoryErrors(flags.out, messages, () => writeFilesAtomically(directory, reportFiles))
    say(
      words.wrote(
        reportFiles.map(file => file.name),
        flags.out,
      ),
    )
  })
}

/** The browser to print with: --chromium PATH, else the first Chromium or Chrome on PATH; a usage error if none. */
async function resolveChromium(option: string | undefined, { io, messages }: Context): Promise<string> {
  const { findChromium, CHROMIUM_NAMES } = await import('../write/print-pdf.js')
  if (option === undefined) {
    const found = await findChromium(io.env.PATH)
    if (found === null) throw new UsageError(messages.reportCommand.noChromium(CHROMIUM_NAMES))
    return found
  }
  const path = resolve(io.cwd, option)
  const runnable = await access(path, constants.X_OK).then(
    async () => (await stat(path)).isFile(),
    () => false,
  )
  if (!runnable) throw new UsageError(messages.reportCommand.notExecutable(option))
  return path
}

/** report.html printed; a browser that fails is an error of the environment (2), and nothing is written. */
async function printReport(
  html: string,
  chromium: string,
  date: string | null,
  messages: Messages,
): Promise<Uint8Array> {
  const { printPdf, PrintError } = await import('../write/print-pdf.js')
  try {
    return await printPdf(html, chromium, date)
  } catch (error) {
    if (error instanceof PrintError) throw new UsageError(messages.reportCommand.printFailed(chromium, error.detail))
    throw error
  }
}

/** Directory problems are usage errors (2), in the report's language. */
async function withDirectoryErrors<T>(shownAs: string, messages: Messages, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    const { DirectoryWriteError } = await import('../write/atomic-directory.js')
    if (!(error instanceof DirectoryWriteError)) throw error
    const words = messages.reportCommand
    switch (error.problem) {
      case 'not-a-directory':
        throw new UsageError(words.outIsFile(shownAs))
      case 'cannot-create':
        throw new UsageError(words.cannotCreate(shownAs, messages.errors.systemReason(error.reason)))
      case 'cannot-write':
        throw new UsageError(words.cannotWrite(shownAs, messages.errors.systemReason(error.reason)))
      case 'target-is-directory':
        throw new UsageError(words.targetIsDirectory(join(shownAs, basename(error.path))))
      case 'partly-written':
        throw new UsageError(
          words.partlyWritten(error.replaced, error.kept, messages.errors.systemReason(error.reason)),
        )
      case 'locked':
        throw new UsageError(words.locked(shownAs, error.reason))
    }
  }
}
