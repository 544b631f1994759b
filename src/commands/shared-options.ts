// Options that read the same in every command (csvkit's common parser, xsv's "Common options").
import { type Command, InvalidArgumentError, Option } from 'commander'
import { type Messages, parseLanguage } from '../messages/index.js'
import { BASES, type Basis, type DecimalConvention, DIMENSIONS, type Dimension } from '../model.js'
import type { LoadOptions } from '../pipeline.js'
import type { ProgressCounter } from '../progress.js'
import { ENCODINGS, type Encoding, parseEncodingName } from '../read/decode.js'
import { JSON_NUMBERS } from '../render/formats.js'
import { type Delimiter, parseDelimiterName } from '../read/dialect.js'
import { parseBasis } from '../validate/record.js'

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/** A parser for a four-digit year option, with its complaint in the user's language. */
export function yearParser(messages: Messages): (text: string) => number {
  return text => {
    if (!/^\d{4}$/.test(text.trim())) throw new InvalidArgumentError(messages.options.fourDigitYear)
    return Number(text)
  }
}

const DIMENSION_NAMES: Record<string, Dimension> = {
  year: 'year',
  partner: 'partner',
  category: 'category',
  project: 'project',
  project_id: 'project',
  basis: 'basis',
}

export function parseDimensions(text: string, messages: Messages): Dimension[] {
  const dimensions = text.split(',').map(name => {
    const dimension = DIMENSION_NAMES[name.trim().toLowerCase()]
    if (dimension === undefined)
      throw new InvalidArgumentError(messages.options.unknownDimension(name.trim(), DIMENSIONS))
    return dimension
  })
  if (new Set(dimensions).size !== dimensions.length)
    throw new InvalidArgumentError(messages.options.dimensionTwice(text))
  return dimensions
}

/** --basis KIND, repeatable; English or Norwegian names. An empty value is not a basis here. */
export function basisCollector(messages: Messages): (text: string, previous?: Basis[]) => Basis[] {
  return (text, previous = []) => {
    const basis = text.trim() === '' ? undefined : parseBasis(text)
    if (basis === undefined) throw new InvalidArgumentError(messages.options.unknownBasis(text))
    return BASES.filter(kind => kind === basis || previous.includes(kind))
  }
}

export function addInputOptions(command: Command, messages: Messages): Command {
  const { help } = messages
  return command
    .addOption(new Option('--decimal <mark>', help.decimal).choices(['comma', 'dot']))
    .addOption(
      new Option('--delimiter <char>', help.delimiter).argParser(value => {
        const delimiter = parseDelimiterName(value)
        if (delimiter === undefined) throw new InvalidArgumentError(messages.options.delimiterValues)
        return delimiter
      }),
    )
    .addOption(
      new Option('--encoding <name>', help.encoding(ENCODINGS)).argParser(value => {
        const encoding = parseEncodingName(value)
        if (encoding === undefined) throw new InvalidArgumentError(messages.options.encodingValues(ENCODINGS))
        return encoding
      }),
    )
    .option('--sheet <name>', help.sheet)
    .option('--allow-duplicates', help.allowDuplicates)
    .option('--allow-overlap', help.allowOverlap)
    .option('--strict', help.strict)
}

export function addSkipOptions(command: Command, messages: Messages): Command {
  return command.option('--skip-invalid', messages.help.skipInvalid).option('--rejects <file>', messages.help.rejects)
}

export interface InputFlags {
  decimal?: DecimalConvention
  delimiter?: Delimiter
  encoding?: Encoding
  sheet?: string
  allowDuplicates?: boolean
  allowOverlap?: boolean
  strict?: boolean
}

export function loadOptions(flags: InputFlags, messages: Messages, progress?: ProgressCounter): LoadOptions {
  return {
    decimal: flags.decimal,
    delimiter: flags.delimiter,
    encoding: flags.encoding,
    ...(flags.sheet === undefined ? {} : { sheet: flags.sheet }),
    allowDuplicates: flags.allowDuplicates === true,
    allowOverlap: flags.allowOverlap === true,
    strict: flags.strict === true,
    messages,
    ...(progress === undefined ? {} : { progress }),
  }
}

export function addFilterOptions(command: Command, messages: Messages): Command {
  const { help } = messages
  return command
    .option('--from <year>', help.from, yearParser(messages))
    .option('--to <year>', help.to, yearParser(messages))
    .option('--partner <name>', help.partner, collect)
    .option('--category <name>', help.category, collect)
    .option('--basis <kind>', help.basis, basisCollector(messages))
}

export function addGroupingOptions(command: Command, messages: Messages): Command {
  return command
    .option('--by <dimensions>', messages.help.by, (value, previous: Dimension[][] = []) => [
      ...previous,
      parseDimensions(value, messages),
    ])
    .addOption(attributionOption(messages))
}

export function attributionOption(messages: Messages): Option {
  return new Option('--attribution <rule>', messages.help.attribution).choices(['split', 'full']).default('split')
}

export function addOutputOptions(command: Command, formats: readonly string[], messages: Messages): Command {
  const { help } = messages
  return command
    .addOption(new Option('--format <format>', help.format).choices([...formats]))
    .addOption(jsonNumbersOption(messages))
    .option('-o, --output <file>', help.output)
    .option('--no-color', help.noColor)
    .option('--no-pager', help.noPager)
}

/** --json-numbers number|string: how JSON writes measures (render/formats.ts). */
export function jsonNumbersOption(messages: Messages): Option {
  return new Option('--json-numbers <kind>', messages.help.jsonNumbers).choices([...JSON_NUMBERS]).default('number')
}

/** --lang: nb or en (no and nn give nb); read before commander runs (cli.ts), declared so that it parses and shows in the help. */
export function languageOption(description: string, messages: Messages): Option {
  return new Option('--lang <language>', description).argParser(value => {
    const language = parseLanguage(value)
    if (language === undefined) throw new InvalidArgumentError(messages.options.languageValues)
    return language
  })
}

/** On every command; --lang is read before commander runs (cli.ts), declared here so that it parses and shows in the help. */
export function addCommonOptions(command: Command, messages: Messages): Command {
  const { help } = messages
  return command
    .addOption(languageOption(help.lang, messages))
    .option('-q, --quiet', help.quiet)
    .option('--verbose', help.verbose)
    .option('--debug', help.debug)
}

const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.xlsx': 'xlsx',
}

export function formatForOutput(explicit: string | undefined, output: string | undefined, fallback: string): string {
  if (explicit !== undefined) return explicit
  const extension = output?.toLowerCase().match(/\.[a-z]+$/)?.[0]
  return (extension !== undefined ? FORMAT_BY_EXTENSION[extension] : undefined) ?? fallback
}
