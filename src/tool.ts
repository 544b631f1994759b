// The tool's name and version, as --version, JSON outputs and reports state them. Read from
// package.json next to src/ (and to dist/, where the bundle sits): this file stays at the top level.
import { createRequire } from 'node:module'

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

export const TOOL = { name: packageJson.name, version: packageJson.version }
