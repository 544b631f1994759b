// read → validate for the consumer price index behind --real, as pipeline.ts does for records:
// the shipped series (data/kpi-2015-100.csv) or the user's --cpi FILE.
import { fileURLToPath } from 'node:url'
import type { Messages } from './messages/index.js'
import type { PriceIndex, Problem } from './model.js'
import { resolveInputs } from './read/open-input.js'
import { csvReader } from './read/csv-reader.js'
import type { PipelineIo } from './pipeline.js'
import { problemFromRead } from './validate/file-problems.js'
import { PriceIndexBuilder } from './validate/price-index.js'

const MAX_PRICE_INDEX_PROBLEMS = 1000

/** Where the shipped series lives in the package, and the name it goes by in messages and JSON. */
export const BUILT_IN_CPI = {
  name: 'data/kpi-2015-100.csv',
  path: fileURLToPath(new URL('../data/kpi-2015-100.csv', import.meta.url)),
}

/** The index, or its problems (to report); a missing or unreadable --cpi FILE is a UsageError. */
export async function loadPriceIndex(
  cpiPath: string | null,
  io: PipelineIo,
  messages: Messages,
): Promise<PriceIndex | Problem[]> {
  const builtIn = cpiPath === null
  const [opened] = await resolveInputs([builtIn ? BUILT_IN_CPI.path : cpiPath], io.cwd, io.stdin, messages)
  if (opened === undefined) throw new Error('no price index source')
  const source = builtIn ? { ...opened, name: BUILT_IN_CPI.name } : opened
  const builder = new PriceIndexBuilder({ name: source.name, builtIn }, messages)
  const readProblems: Problem[] = []
  // A price index is a CSV file whatever its name.
  await csvReader.read(
    source,
    {},
    {
      header: header => builder.header(header),
      row: fields => {
        builder.row({ file: source.name, line: fields.line, cells: fields.cells(), raw: fields.raw() })
        // A series of years has a few dozen rows: a file with this many problems is not one (or never ends).
        return builder.problemCount + readProblems.length < MAX_PRICE_INDEX_PROBLEMS
      },
      problem: problem => readProblems.push(problemFromRead(problem, messages)),
    },
  )
  return builder.result(readProblems)
}
