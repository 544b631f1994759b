// Never leave a half-written file: write a temporary file beside the target, then rename it into place.
import { randomBytes } from 'node:crypto'
import { access, constants, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileError, UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'

export async function writeFileAtomic(path: string, data: string | Uint8Array | AsyncIterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(temporary, 'wx', 0o644)
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else for await (const chunk of data) await handle.write(chunk)
    await handle.sync()
    await handle.close()
    await rename(temporary, path)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/** Fails early, before any input is read, when `path` could not be written. */
export async function checkWritable(path: string, shownAs: string, messages: Messages): Promise<void> {
  const directory = dirname(path)
  try {
    const info = await stat(directory)
    if (!info.isDirectory()) throw new UsageError(messages.errors.cannotWrite(shownAs, { notDirectory: directory }))
    await access(directory, constants.W_OK)
  } catch (error) {
    throw fileError(error, shownAs, problem =>
      messages.errors.cannotWrite(shownAs, problem === 'missing' ? 'missing-directory' : 'denied'),
    )
  }
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(messages.errors.cannotWrite(shownAs, 'directory'))
  } catch (error) {
    if (error instanceof UsageError) throw error
  }
}
