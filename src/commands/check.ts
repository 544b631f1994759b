import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import type { Amount } from '../amount.js'
import type { Context } from '../cli.js'
import { CheckFailed, UsageError } from '../errors.js'
import { shouldColor, terminalWidth } from '../io.js'
import type { Target } from '../model.js'
import { CHECK_FORMATS, type CheckFormat } from '../render/formats.js'
import { NUMBER_STYLES } from '../render/format-number.js'
import { en, REPORT_MESSAGES, type ReportMessages } from '../report/messages.js'
import { parseExpectation, parseTargetsFile, parseTolerance, type TargetsSource } from '../report/targets.js'
import { addPriceOptions, type PriceFlags, resolvePrices } from './price-options.js'
import {
  checkDistinctFiles,
  checkWritableFiles,
  checkYearRange,
  filtersOf,
  type ReadingFlags,
  readInput,
} from './read-input.js'
import { addCommonOptions, addFilterOptions, addInputOptions, addSkipOptions, loadOptions } from './shared-options.js'

interface CheckFlags extends ReadingFlags, PriceFlags {
  expect?: string[]
  against?: string
  tolerance?: string
  format: CheckFormat
  color: boolean
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/** A targets file is a few targets; a larger one is not one (or is /dev/zero). */
const MAX_TARGETS_BYTES = 16 * 2 ** 20

export function registerCheck(program: Command, context: Context): void {
  const command = program
    .command('check')
    .description(en.help.checkDescription)
    .argument('<files...>', en.help.files)
    .option('--expect <target>', en.help.expect, collect)
    .option('--against <targets.json>', en.help.against)
    .option('--tolerance <percent>', en.help.tolerance)
    .addOption(new Option('--format <format>', en.help.checkFormat).choices([...CHECK_FORMATS]).default('table'))
    .option('--no-color', 'never colour the output')
    .addHelpText(
      'after',
      `
Metrics: jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year,
shared_records. Operators: =, >=, <=, > and <. Quote the target in a shell ("jobs>=350").

${context.messages.help.examples}
  $ lup-impact check data/lup-sample.csv --against seeds/lup-2020.json
  $ lup-impact check data/lup-sample.csv --expect jobs=350 --expect "co2e_tonnes>=2900"
  $ lup-impact check data/lup-sample.csv --expect savings_nok=330000000 --tolerance 2
  $ lup-impact check data/lup-sample.csv --against seeds/lup-2020.json --format json | jq .passed`,
    )
  addInputOptions(command, context.messages)
  addSkipOptions(command, context.messages)
  addFilterOptions(command, context.messages)
  addPriceOptions(command, context.messages)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: CheckFlags) => {
    const { io, messages } = context
    const language = messages.language
    const report = REPORT_MESSAGES[language]
    checkYearRange(flags.from, flags.to, messages)
    await checkDistinctFiles(
      context,
      files,
      [{ option: '--rejects', path: flags.rejects }],
      [
        { option: '--against', path: flags.against },
        { option: '--cpi', path: flags.cpi },
      ],
      true,
    )
    // Everything about the targets is settled before any record is read.
    const targets: Target[] = []
    for (const text of flags.expect ?? []) {
      const parsed = parseExpectation(text, report)
      if (!parsed.ok) throw new UsageError(parsed.message)
      targets.push(parsed.value)
    }
    let against: { path: string; source: TargetsSource | null } | null = null
    if (flags.against !== undefined) {
      const file = await loadTargetsFile(flags.against, io.cwd, report, line => context.say(line))
      for (const target of file.targets) targets.push(target)
      against = { path: flags.against, source: file.source }
    }
    if (targets.length === 0) throw new UsageError(report.check.noTargets)
    let tolerance: Amount | null = null
    if (flags.tolerance !== undefined) {
      const parsed = parseTolerance(flags.tolerance, report)
      if (!parsed.ok) throw new UsageError(parsed.message)
      if (!targets.some(target => target.op === '=')) throw new UsageError(report.check.toleranceWithoutEquals)
      tolerance = parsed.value
    }
    await checkWritableFiles(context, flags.rejects)
    const prices = await resolvePrices(flags, context)
    // What only a check needs is loaded here, not when the program starts (start-up time).
    const [{ summarizeFiles }, { compareWithTargets }, { checkTable, renderCheckJson }, { renderTextTables }] =
      await Promise.all([
        import('../pipeline.js'),
        import('../aggregate/targets.js'),
        import('../render/check.js'),
        flags.format === 'json' ? { renderTextTables: undefined } : import('../render/table.js'),
      ])
    await readInput(
      context,
      flags,
      'summary',
      async ({ skipInvalid, handlers }) => {
        const result = await summarizeFiles(
          files,
          {
            ...loadOptions(flags, messages),
            attribution: 'split',
            groupings: [],
            filters: filtersOf(flags),
            prices,
            skipInvalid,
          },
          io,
          handlers,
        )
        return { ...result, value: result.summary }
      },
      async summary => {
        const results = compareWithTargets(summary.totals, targets, tolerance)
        const check = {
          inputs: summary.inputs,
          results,
          against,
          tolerance,
          filters: summary.filters,
          real: summary.prices?.year ?? null,
        }
        const output =
          flags.format === 'json'
            ? renderCheckJson(check, context.renderOptions(false).tool)
            : (renderTextTables as NonNullable<typeof renderTextTables>)(
                [checkTable(check, report, NUMBER_STYLES[language])],
                {
                  color: shouldColor(io.stdout, io.env, flags.color),
                  width: terminalWidth(io, undefined),
                  messages,
                },
              )
        await context.emit(output, undefined)
        const missed = results.filter(entry => entry.status !== 'met').length
        if (missed > 0) throw new CheckFailed(report.check.missed(missed, results.length))
      },
    )
  })
}

/** Reads and validates --against FILE; every problem is printed, then the run stops (exit 2). */
async function loadTargetsFile(
  path: string,
  cwd: string,
  report: ReportMessages,
  printProblem: (line: string) => void,
): Promise<{ targets: Target[]; source: TargetsSource | null }> {
  const words = report.check.targets
  let bytes: Buffer | 'too-large'
  try {
    const { readSmallFile } = await import('../read/open-input.js')
    bytes = await readSmallFile(resolve(cwd, path), MAX_TARGETS_BYTES)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? words.notFound(path) : words.unreadable(path))
  }
  if (bytes === 'too-large') throw new UsageError(words.tooLarge(path, MAX_TARGETS_BYTES / 2 ** 20))
  const text = bytes.toString('utf8')
  const parsed = parseTargetsFile(text, path, report)
  if (parsed.ok) return parsed.value
  for (const problem of parsed.problems) printProblem(problem)
  throw new UsageError(words.invalid(path, parsed.problems.length))
}
