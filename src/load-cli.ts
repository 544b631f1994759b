// How bin/lup-impact.js gets the CLI: from dist/cli.cjs, one bundled file of the whole program
// (scripts/bundle.mjs), compiled with the V8 code cache made next to it at build time. Start-up is
// most of a run on a programme-sized file, and most of start-up was compiling and resolving ~60
// modules; from the bundle and its cache, summarizing the sample costs a few tens of milliseconds
// over a bare `node -e 0` (README, "Performance"). A cache V8 rejects (another Node version) only
// costs that time back; without a bundle (a plain `tsc` build) the modules are imported as they are.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import type { Io } from './io.js'

export interface Cli {
  main(argv: readonly string[], io?: Io): Promise<number>
}

export const BUNDLE = fileURLToPath(new URL('./cli.cjs', import.meta.url))
export const CODE_CACHE = fileURLToPath(new URL('./cli.cache', import.meta.url))

// As node wraps a CommonJS module (the bundle's line numbers stay those of the file).
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`

/** The bundle compiled with `cachedData` (when given), and its exports. */
export function compileBundle(cachedData?: Buffer): { script: Script; cli: Cli } {
  const script = new Script(wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, ...(cachedData === undefined ? {} : { cachedData }) })
  const module = { exports: {} as Cli }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void
  run(module.exports, createRequire(BUNDLE), module, BUNDLE, fileURLToPath(new URL('.', import.meta.url)))
  return { script, cli: module.exports }
}

export async function loadCli(): Promise<Cli> {
  if (!existsSync(BUNDLE)) return import('./cli.js')
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(CODE_CACHE)
  } catch {
    cachedData = undefined // no cache: compile as usual
  }
  return compileBundle(cachedData).cli
}
