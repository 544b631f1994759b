import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import type { Amount } from '../amount.js'
import type { Context } from './context.js'
import { CheckFailed, fileError, UsageError } from '../errors.js'
import { shouldColor, terminalWidth } from '../io.js'
import type { Target } from '../model.js'
import { CHECK_FORMATS, type CheckFormat, type JsonNumbers } from '../render/formats.js'
import { NUMBER_STYLES } from '../messages/numbers.js'
import type { Messages } from '../messages/index.js'
import { parseExpectation, parseTargetsFile, parseTolerance, type TargetsSource } from '../targets/parse.js'
import { addClaimOptions, type ClaimFlags, claimLoadOptions, resolveMembers } from './claim-options.js'
import { addPriceOptions, type PriceFlags, resolvePrices } from './price-options.js'
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
  jsonNumbersOption,
  loadOptions,
} from './shared-options.js'

interface CheckFlags extends ReadingFlags, PriceFlags, ClaimFlags {
  expect?: string[]
  against?: string
  tolerance?: string
  format: CheckFormat
  jsonNumbers: JsonNumbers
  color: boolean
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/** A targets file is a few targets; a larger one is not one (or is /dev/zero). */
const MAX_TARGETS_BYTES = 16 * 2 ** 20

export function registerCheck(program: Command, context: Context): void {
  const help = context.messages.help
  const command = program
    .command('check')
    .description(help.checkDescription)
    .argument('<files...>', help.files)
    .option('--expect <target>', help.expect, collect)
    .option('--against <targets.json>', help.against)
    .option('--tolerance <percent>', help.tolerance)
    .addOption(new Option('--format <format>', help.checkFormat).choices([...CHECK_FORMATS]).default('table'))
    .addOption(jsonNumbersOption(context.messages))
    .option('--no-color', help.noColor)
    .addHelpText(
      'after',
      `
${help.checkAfter}

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
  addClaimOptions(command, context.messages)
  addCommonOptions(command, context.messages)
  command.action(async (files: string[], flags: CheckFlags) => {
    const { io, messages } = context
    checkYearRange(flags.from, flags.to, messages)
    await checkDistinctFiles(
      context,
      files,
      [{ option: '--rejects', path: flags.rejects }],
      [
        { option: '--against', path: flags.against },
        { option: '--cpi', path: flags.cpi },
        { option: '--members', path: flags.members },
      ],
      true,
    )
    // Everything about the targets is settled before any record is read.
    const targets: Target[] = []
    for (const text of flags.expect ?? []) {
      const parsed = parseExpectation(text, messages)
      if (!parsed.ok) throw new UsageError(parsed.message)
      targets.push(parsed.value)
    }
    let against: { path: string; source: TargetsSource | null } | null = null
    if (flags.against !== undefined) {
      const file = await loadTargetsFile(flags.against, io.cwd, messages, line => context.say(line))
      for (const target of file.targets) targets.push(target)
      against = { path: flags.against, source: file.source }
    }
    if (targets.length === 0) throw new UsageError(messages.check.noTargets)
    let tolerance: Amount | null = null
    if (flags.tolerance !== undefined) {
      const parsed = parseTolerance(flags.tolerance, messages)
      if (!parsed.ok) throw new UsageError(parsed.message)
      if (!targets.some(target => target.op === '=')) throw new UsageError(messages.check.toleranceWithoutEquals)
      tolerance = parsed.value
    }
    await checkWritableFiles(context, flags.rejects)
    const prices = await resolvePrices(flags, context)
    const members = await resolveMembers(flags, context)
    // What only a check needs is loaded here, not when the program starts (start-up time).
    const [{ summarizeFiles }, { compareWithTargets }, { checkTable, renderCheckJson }, { renderTextTables }] =
      await Promise.all([
        import('../pipeline.js'),
        import('../targets/compare.js'),
        import('../render/check.js'),
        flags.format === 'json' ? { renderTextTables: undefined } : import('../render/table.js'),
      ])
    const summary = await readInput(context, flags, ({ skipInvalid, handlers }) =>
      summarizeFiles(
        files,
        {
          ...loadOptions(flags, messages),
          ...claimLoadOptions(flags, members),
          attribution: 'split',
          groupings: [],
          filters: filtersOf(flags),
          prices,
          skipInvalid,
        },
        io,
        handlers,
      ),
    )
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
        ? renderCheckJson(check, context.renderOptions(false).tool, flags.jsonNumbers)
        : (renderTextTables as NonNullable<typeof renderTextTables>)(
            [checkTable(check, messages, NUMBER_STYLES[messages.language])],
            {
              color: shouldColor(io.stdout, io.env, flags.color),
              width: terminalWidth(io, undefined),
              messages,
            },
          )
    await context.emit(output, undefined)
    const missed = results.filter(entry => entry.status !== 'met').length
    if (missed > 0) throw new CheckFailed(messages.check.missed(missed, results.length))
  })
}

/** Reads and validates --against FILE; every problem is printed, then the run stops (exit 2). */
async function loadTargetsFile(
  path: string,
  cwd: string,
  messages: Messages,
  printProblem: (line: string) => void,
): Promise<{ targets: Target[]; source: TargetsSource | null }> {
  const words = messages.check.targets
  let bytes: Buffer | 'too-large'
  try {
    const { readSmallFile } = await import('../read/open-input.js')
    bytes = await readSmallFile(resolve(cwd, path), MAX_TARGETS_BYTES)
  } catch (error) {
    throw fileError(error, path, problem => (problem === 'missing' ? words.notFound(path) : words.unreadable(path)))
  }
  if (bytes === 'too-large') throw new UsageError(words.tooLarge(path, MAX_TARGETS_BYTES / 2 ** 20))
  const text = bytes.toString('utf8')
  const parsed = parseTargetsFile(text, path, messages)
  if (parsed.ok) return parsed.value
  for (const problem of parsed.problems) printProblem(problem)
  throw new UsageError(words.invalid(path, parsed.problems.length))
}
