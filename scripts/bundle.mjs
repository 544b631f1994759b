// Part of `npm run build`, after tsc: bundles dist/cli.js into dist/cli.cjs and makes its V8 code
// cache, dist/cli.cache (see src/load-cli.ts for why). The cache holds the bytecode of every
// function the training runs below compiled, so they are run in this process: the commands and
// formats people use in a terminal, on the sample data, their output thrown away. Not `report`:
// V8 reads the whole cache at every start, and the report's HTML and charts would make it a sixth
// larger for a command that CI runs; its functions are compiled when it runs, as without a cache.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
const { BUNDLE, CODE_CACHE, CODE_CACHE_HASH, compileBundle, sha256 } = await import(`${root}dist/load-cli.js`)

await build({
  entryPoints: [`${root}dist/cli.js`],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Modules find package.json and data/ from their own URL; the bundle sits in dist/ as they do.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
})

rmSync(CODE_CACHE, { force: true })
rmSync(CODE_CACHE_HASH, { force: true })
const { script, cli } = compileBundle()
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() })
const sample = `${root}data/lup-sample.csv`
const runs = [
  ['summarize', sample],
  ['summarize', sample, '--format', 'json'],
  ['summarize', sample, '--format', 'csv'],
  ['summarize', sample, '--format', 'markdown', '--by', 'year,partner'],
  ['summarize', sample, '--lang', 'nb'],
  ['validate', sample],
  ['trace', sample, '--metric', 'jobs'],
  ['check', sample, '--against', `${root}seeds/lup-2020.json`],
  ['--help'],
]
for (const argv of runs) {
  const code = await cli.main(argv, {
    stdin: Readable.from([]),
    stdout: sink(),
    stderr: sink(),
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
  })
  if (code !== 0) throw new Error(`training run ${argv.join(' ')} exited with ${code}`)
}
writeFileSync(CODE_CACHE, script.createCachedData())
writeFileSync(CODE_CACHE_HASH, `${sha256(readFileSync(BUNDLE))}\n`)
