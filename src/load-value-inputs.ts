// read → validate for the files behind --value, as load-price-index.ts does for the KPI: the carbon
// price path (the shipped data/carbon-price-nok.csv or --carbon-price FILE) and --costs FILE.
import { fileURLToPath } from 'node:url'
import type { Messages } from './messages/index.js'
import type { CarbonPricePath, Problem, ProgrammeCosts } from './model.js'
import type { PipelineIo } from './pipeline.js'
import { csvReader } from './read/csv-reader.js'
import { resolveInputs } from './read/open-input.js'
import { problemFromRead } from './validate/file-problems.js'
import { ValueFileBuilder, type ValueFileKind } from './validate/value-inputs.js'

/** A path or cost file has a few hundred rows at most: one with this many problems is not one. */
const MAX_PROBLEMS = 1000

export const BUILT_IN_CARBON_PRICE = {
  name: 'data/carbon-price-nok.csv',
  path: fileURLToPath(new URL('../data/carbon-price-nok.csv', import.meta.url)),
}

async function readValueFile(
  kind: ValueFileKind,
  path: string | null,
  io: PipelineIo,
  messages: Messages,
  partners: readonly string[],
): Promise<{ builder: ValueFileBuilder; problems: Problem[]; sha256: string }> {
  const builtIn = path === null
  const [opened] = await resolveInputs([builtIn ? BUILT_IN_CARBON_PRICE.path : path], io.cwd, io.stdin, messages)
  if (opened === undefined) throw new Error('no value file source')
  const source = builtIn ? { ...opened, name: BUILT_IN_CARBON_PRICE.name } : opened
  const builder = new ValueFileBuilder(kind, { name: source.name, builtIn }, messages, partners)
  const problems: Problem[] = []
  const read = await csvReader.read(
    source,
    {},
    {
      header: header => builder.header(header),
      row: fields => {
        builder.row({ file: source.name, line: fields.line, cells: fields.cells(), raw: fields.raw() })
        return builder.problemCount + problems.length < MAX_PROBLEMS
      },
      problem: problem => problems.push(problemFromRead(problem, messages)),
    },
  )
  return { builder, problems, sha256: read.sha256 }
}

/** The path, or its problems; a missing or unreadable file is a UsageError. */
export async function loadCarbonPricePath(
  path: string | null,
  io: PipelineIo,
  messages: Messages,
): Promise<CarbonPricePath | Problem[]> {
  const { builder, problems, sha256 } = await readValueFile('carbon-price', path, io, messages, [])
  return builder.pricePath(problems, sha256)
}

/** The costs by year (rows of other partners left out under --partner), or their problems. */
export async function loadProgrammeCosts(
  path: string,
  io: PipelineIo,
  messages: Messages,
  partners: readonly string[],
): Promise<ProgrammeCosts | Problem[]> {
  const { builder, problems, sha256 } = await readValueFile('costs', path, io, messages, partners)
  return builder.costsResult(problems, sha256)
}
