// One module of src/ compiled on its own (esbuild) into a temporary ES module, for a test whose child
// process must run it: the package ships one bundle (scripts/bundle.mjs), not a file per module.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { ROOT } from './run-cli.js'

const compiled = new Map<string, string>()

/** The path of `source` (relative to the root, e.g. 'src/write/atomic-directory.ts') built as an ES module. */
export function compiledModule(source: string): string {
  let path = compiled.get(source)
  if (path === undefined) {
    path = join(mkdtempSync(join(tmpdir(), 'lup-module-')), 'module.mjs')
    buildSync({
      absWorkingDir: ROOT,
      entryPoints: [source],
      outfile: path,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    })
    compiled.set(source, path)
  }
  return path
}
