// A real Summary of a CSV file, in-process, with the report's groupings: for the report's pure modules.
import { Readable } from 'node:stream'
import { en } from '../../src/messages/index.js'
import type { Attribution, Summary } from '../../src/model.js'
import { summarizeFiles } from '../../src/pipeline.js'
import { REPORT_GROUPINGS } from '../../src/render/report-files.js'
import { ROOT } from './run-cli.js'

export async function reportSummary(
  paths: string[],
  options: { cwd?: string; attribution?: Attribution; stdin?: string } = {},
): Promise<Summary> {
  const result = await summarizeFiles(
    paths,
    {
      allowDuplicates: false,
      strict: false,
      messages: en,
      attribution: options.attribution ?? 'split',
      groupings: REPORT_GROUPINGS,
      filters: { from: null, to: null, partners: [], categories: [], bases: [] },
      prices: null,
      skipInvalid: false,
    },
    { cwd: options.cwd ?? ROOT, stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]) },
    { problem: () => undefined },
  )
  if (result.summary === null) throw new Error('invalid input')
  return result.summary
}
