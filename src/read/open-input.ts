// File names → readable byte streams. A missing, unreadable or non-regular
// input is a usage error, found before any record is read.
import { createReadStream } from 'node:fs'
import { access, constants, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { UsageError } from '../errors.js'
import type { Messages } from '../messages.js'

export const STDIN_NAME = '<stdin>'

export interface InputSource {
  /** The name problems are reported under: the path as given, or "<stdin>". */
  name: string
  open(): Readable
}

export async function resolveInputs(paths: readonly string[], cwd: string, stdin: Readable, messages: Messages): Promise<InputSource[]> {
  if (paths.filter((path) => path === '-').length > 1) throw new UsageError(messages.errors.stdinTwice)
  return Promise.all(
    paths.map(async (path): Promise<InputSource> => {
      if (path === '-') return { name: STDIN_NAME, open: () => stdin }
      const absolute = resolve(cwd, path)
      await checkReadableFile(path, absolute, messages)
      return { name: path, open: () => createReadStream(absolute, { highWaterMark: 256 * 1024 }) }
    }),
  )
}

async function checkReadableFile(path: string, absolute: string, messages: Messages): Promise<void> {
  try {
    const info = await stat(absolute)
    if (info.isDirectory()) throw new UsageError(messages.errors.cannotRead(path, 'directory'))
    await access(absolute, constants.R_OK)
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'denied' : String(code ?? error)
    throw new UsageError(messages.errors.cannotRead(path, reason))
  }
}
