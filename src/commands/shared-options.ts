// Options that read the same in every command (csvkit's common parser, xsv's "Common options").
import { type Command, InvalidArgumentError, Option } from 'commander'
import { en, type Messages } from '../messages.js'
import { BASES, type Basis, type DecimalConvention, DIMENSIONS, type Dimension } from '../model.js'
import type { LoadOptions } from '../pipeline.js'
import { ENCODINGS, type Encoding, parseEncodingName } from '../read/decode.js'
import { type Delimiter, parseDelimiterName } from '../read/dialect.js'
import { parseBasis } from '../validate/record.js'

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new InvalidArgumentError('expected a four-digit year, such as 2016.')
  return Number(text)
}

const DIMENSION_NAMES: Record<string, Dimension> = {
  year: 'year',
  partner: 'partner',
  category: 'category',
  project: 'project',
  project_id: 'project',
  basis: 'basis',
}

export function parseDimensions(text: string): Dimension[] {
  const dimensions = text.split(',').map((name) => {
    const dimension = DIMENSION_NAMES[name.trim().toLowerCase()]
    if (dimension === undefined) {
      throw new InvalidArgumentError(`unknown dimension "${name.trim()}"; expected ${DIMENSIONS.join(', ')} or a pair such as year,partner.`)
    }
    return dimension
  })
  if (new Set(dimensions).size !== dimensions.length) throw new InvalidArgumentError(`"${text}" names a dimension twice.`)
  return dimensions
}

/** --basis KIND, repeatable; English or Norwegian names. An empty value is not a basis here. */
export function collectBasis(text: string, previous: Basis[] = []): Basis[] {
  const basis = text.trim() === '' ? undefined : parseBasis(text)
  if (basis === undefined) throw new InvalidArgumentError(en.options.unknownBasis(text))
  return BASES.filter((kind) => kind === basis || previous.includes(kind))
}

export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--decimal <mark>', 'decimal mark of the input (default: comma for ";" files, dot for "," files)').choices(['comma', 'dot']))
    .addOption(
      new Option('--delimiter <char>', 'field delimiter: "," ";" or tab (default: detected from the header)').argParser((value) => {
        const delimiter = parseDelimiterName(value)
        if (delimiter === undefined) throw new InvalidArgumentError('expected ",", ";" or "tab".')
        return delimiter
      }),
    )
    .addOption(
      new Option('--encoding <name>', `input encoding: ${ENCODINGS.join(', ')} (default: detected)`).argParser((value) => {
        const encoding = parseEncodingName(value)
        if (encoding === undefined) throw new InvalidArgumentError(`expected one of ${ENCODINGS.join(', ')} (or cp1252).`)
        return encoding
      }),
    )
    .option('--allow-duplicates', 'accept several records with the same project_id, year and partners')
    .option('--strict', 'treat a CO2e cut reported by one project in several years as an error')
}

export function addSkipOptions(command: Command): Command {
  return command
    .option('--skip-invalid', 'summarise the valid records and count what was left out, instead of failing')
    .option('--rejects <file>', 'write each rejected row, untouched, with its file, line and reason to this CSV file (implies --skip-invalid)')
}

export interface InputFlags {
  decimal?: DecimalConvention
  delimiter?: Delimiter
  encoding?: Encoding
  allowDuplicates?: boolean
  strict?: boolean
}

export function loadOptions(flags: InputFlags, messages: Messages): LoadOptions {
  return {
    decimal: flags.decimal,
    delimiter: flags.delimiter,
    encoding: flags.encoding,
    allowDuplicates: flags.allowDuplicates === true,
    strict: flags.strict === true,
    messages,
  }
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--from <year>', 'only records from this year on', parseYear)
    .option('--to <year>', 'only records up to this year', parseYear)
    .option('--partner <name>', 'only this partner (repeatable); shared records count with its share', collect)
    .option('--category <name>', 'only this category (repeatable)', collect)
    .option('--basis <kind>', en.help.basis, collectBasis)
}

export function addGroupingOptions(command: Command): Command {
  return command
    .option('--by <dimensions>', 'group by year, partner, category, project, basis, or a pair such as year,partner (repeatable; default: year, then partner)', (value, previous: Dimension[][] = []) => [...previous, parseDimensions(value)])
    .addOption(attributionOption())
}

export function attributionOption(): Option {
  return new Option('--attribution <rule>', 'credit shared records split equally or in full to each partner').choices(['split', 'full']).default('split')
}

export function addOutputOptions(command: Command, formats: readonly string[]): Command {
  return command
    .addOption(new Option('--format <format>', 'output format (default: from the -o file extension, else table)').choices([...formats]))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--no-color', 'never colour the output')
}

export function addCommonOptions(command: Command): Command {
  return command
    .option('-q, --quiet', 'print no warnings or notes, only errors')
    .option('--verbose', 'also print notes, such as ignored columns and each file\'s dialect')
    .option('--debug', 'show the stack of an internal error')
}

const FORMAT_BY_EXTENSION: Record<string, string> = { '.json': 'json', '.csv': 'csv', '.md': 'markdown', '.markdown': 'markdown' }

export function formatForOutput(explicit: string | undefined, output: string | undefined, fallback: string): string {
  if (explicit !== undefined) return explicit
  const extension = output?.toLowerCase().match(/\.[a-z]+$/)?.[0]
  return (extension !== undefined ? FORMAT_BY_EXTENSION[extension] : undefined) ?? fallback
}
