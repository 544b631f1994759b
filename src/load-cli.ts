// How bin/lup-impact.js gets the CLI: from dist/cli.cjs, one bundled file of the whole program
// (scripts/bundle.mjs), compiled with the V8 code cache made next to it at build time. Start-up is
// most of a run on a programme-sized file, and most of start-up was compiling and resolving ~60
// modules; from the bundle and its cache, summarizing the sample costs a few tens of milliseconds
// over a bare `node -e 0` (README, "Performance").
//
// The modules themselves (dist/cli.js) are imported instead when there is no bundle, when tsc has
// rebuilt them since the bundle was made (a checkout's `tsc --watch` must not be shadowed by an older
// bundle), when the bundle does not compile, and under --debug, whose stack traces then name the
// real files.
// V8 checks a code cache against the source's length only, so the cache is used only with the
// bundle whose SHA-256 it was made for (cli.cache.sha256); a cache V8 rejects anyway (another Node
// version) only costs the start-up time back.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import type { Io } from './io.js'

export interface Cli {
  main(argv: readonly string[], io?: Io): Promise<number>
}

/** How the CLI was loaded: from the bundle with its cache, the bundle alone, or the modules. */
export type LoadedFrom = 'cache' | 'bundle' | 'modules'

export const BUNDLE = fileURLToPath(new URL('./cli.cjs', import.meta.url))
export const CODE_CACHE = fileURLToPath(new URL('./cli.cache', import.meta.url))
export const CODE_CACHE_HASH = `${CODE_CACHE}.sha256`
const MODULES = fileURLToPath(new URL('./cli.js', import.meta.url))
const CHECKOUT_SOURCES = fileURLToPath(new URL('../src/cli.ts', import.meta.url))

// As node wraps a CommonJS module (the bundle's line numbers stay those of the file).
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** The bundle compiled with `cachedData` (when given), and its exports. */
export function compileBundle(
  cachedData?: Buffer,
  source: Buffer = readFileSync(BUNDLE),
): { script: Script; cli: Cli } {
  const script = new Script(wrap(source.toString('utf8')), {
    filename: BUNDLE,
    ...(cachedData === undefined ? {} : { cachedData }),
  })
  const module = { exports: {} as Cli }
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: object,
    filename: string,
    dirname: string,
  ) => void
  run(module.exports, createRequire(BUNDLE), module, BUNDLE, fileURLToPath(new URL('.', import.meta.url)))
  return { script, cli: module.exports }
}

export function cacheFor(source: Buffer): Buffer | undefined {
  try {
    return readFileSync(CODE_CACHE_HASH, 'utf8').trim() === sha256(source) ? readFileSync(CODE_CACHE) : undefined
  } catch {
    return undefined // no cache: compile as usual
  }
}

/**
 * In a checkout (src/ beside dist/), whether the bundle was made after tsc last wrote the modules.
 * An installed package has no src/ and its files' times are those of unpacking, in any order.
 */
function bundleIsCurrent(): boolean {
  try {
    if (!existsSync(CHECKOUT_SOURCES)) return existsSync(BUNDLE)
    return statSync(BUNDLE).mtimeMs >= statSync(MODULES).mtimeMs
  } catch {
    return false
  }
}

export async function loadCli(
  argv: readonly string[] = process.argv.slice(2),
): Promise<{ cli: Cli; from: LoadedFrom }> {
  const modules = async (): Promise<{ cli: Cli; from: LoadedFrom }> => ({
    cli: await import('./cli.js'),
    from: 'modules',
  })
  if (argv.includes('--debug') || !bundleIsCurrent()) return modules()
  try {
    const source = readFileSync(BUNDLE)
    const cachedData = cacheFor(source)
    const { script, cli } = compileBundle(cachedData, source)
    return { cli, from: cachedData !== undefined && script.cachedDataRejected !== true ? 'cache' : 'bundle' }
  } catch {
    return modules() // a bundle that does not compile or run: the modules still do
  }
}
