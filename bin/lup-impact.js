#!/usr/bin/env node
// The command. It runs the program from one bundled file, dist/lup-impact.cjs (scripts/bundle.mjs).
//
// - Node >= 22.1 keeps the compiled code of that file between runs in its own compile cache
//   (module.enableCompileCache: per Node version, checked by Node, in a private directory of this
//   user's in the system's temporary directory, bin/compile-cache.js, unless NODE_COMPILE_CACHE says
//   otherwise). Node 20 compiles it at every start: a bytecode cache of our own saved 15 ms there and
//   was only usable by the Node build that made it.
// - In a checkout (src/ beside bin/), the bundle is rebuilt before it runs when it is missing or any
//   file it was made from differs from dist/bundle-inputs.json: a fresh clone runs after
//   `npm install` alone, and an edit under src/ (or tsc --watch) never leaves an older program
//   running. An installed package has no src/ and runs its bundle as shipped.
// - A bundle that does not load, or does not export main(), is a damaged installation: a message,
//   exit 2, no stack trace. Under --debug, stack traces name src/ files (dist/lup-impact.cjs.map).
// @ts-check
import { existsSync, readFileSync, statSync } from 'node:fs'
import module, { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { compileCacheDirectory } from './compile-cache.js'

// Node >= 22.1 (typed here: @types/node follows Node 20, which lacks it).
const enableCompileCache = /** @type {{ enableCompileCache?: (directory?: string) => unknown }} */ (
  /** @type {unknown} */ (module)
).enableCompileCache
// NODE_COMPILE_CACHE names the directory when set; else one of this user's own (compile-cache.js), never
// made where TMPDIR points nowhere (as root, Node would make it anywhere, and the run should meet that
// as the I/O error it is).
if (enableCompileCache !== undefined) {
  if (process.env.NODE_COMPILE_CACHE) enableCompileCache()
  else {
    const directory = compileCacheDirectory()
    if (directory !== null) enableCompileCache(directory)
  }
}

const root = fileURLToPath(new URL('../', import.meta.url))
const BUNDLE = 'dist/lup-impact.cjs'
const argv = process.argv.slice(2)

// The language as src/messages.ts decides it (the catalogues are inside the bundle, out of reach here).
const locale = [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].find(
  value => value !== undefined && value !== '',
)
const langOption =
  argv.find((_, index) => argv[index - 1] === '--lang') ?? argv.find(arg => arg.startsWith('--lang='))?.slice(7)
// --lang as src/messages/index.ts parses it (no and nn give nb); an invalid one leaves the choice to the locale.
const chosen = /^(nb|nn|no|en)([-_][a-z]{2})?$/i.exec(langOption?.trim() ?? '')?.[1]?.toLowerCase()
const language =
  chosen !== undefined ? (chosen === 'en' ? 'en' : 'nb') : /^(nb|nn|no)([_.@-]|$)/i.test(locale ?? '') ? 'nb' : 'en'
const MESSAGES = {
  en: {
    damaged: (/** @type {string} */ reason) =>
      `this installation of lup-impact is damaged (${BUNDLE}: ${reason}); reinstall lup-impact`,
    noBuilder: 'this checkout is not built, and esbuild is not installed to build it: run npm install',
    buildFailed: 'src/ does not build (see above): fix it, then run the command again',
  },
  nb: {
    damaged: (/** @type {string} */ reason) =>
      `denne installasjonen av lup-impact er skadet (${BUNDLE}: ${reason}); installer lup-impact på nytt`,
    noBuilder:
      'denne kopien av kildekoden er ikke bygget, og esbuild er ikke installert for å bygge den: kjør npm install',
    buildFailed: 'src/ lar seg ikke bygge (se over): rett feilen, og kjør kommandoen på nytt',
  },
}[language]

/** @param {string} message */
function fail(message) {
  process.stderr.write(`lup-impact: ${message}\n`)
  process.exitCode = 2
}

/** Whether the bundle is there and was made from the files as they are now (a checkout only). */
function bundleIsCurrent() {
  try {
    const { files } = JSON.parse(readFileSync(`${root}dist/bundle-inputs.json`, 'utf8'))
    for (const [path, size, mtimeMs] of files) {
      const now = statSync(`${root}${path}`)
      if (now.size !== size || now.mtimeMs !== mtimeMs) return false
    }
    return true
  } catch {
    return false // no bundle or no record of its inputs, or an input gone
  }
}

async function run() {
  if (existsSync(`${root}src/index.ts`) && !bundleIsCurrent()) {
    let bundle
    try {
      ;({ bundle } = await import('../scripts/bundle.mjs'))
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ERR_MODULE_NOT_FOUND') return fail(MESSAGES.noBuilder)
      throw error
    }
    try {
      await bundle()
    } catch {
      return fail(MESSAGES.buildFailed) // esbuild has printed where
    }
  }
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true)
  /** @type {{ main?: unknown }} */
  let cli
  try {
    cli = createRequire(import.meta.url)(`../${BUNDLE}`)
  } catch (error) {
    return fail(MESSAGES.damaged(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)))
  }
  if (typeof cli.main !== 'function') return fail(MESSAGES.damaged('no main()'))
  process.exitCode = await cli.main(argv)
}

await run()
