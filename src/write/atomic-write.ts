// Never leave a half-written file: write a temporary file beside the target, then rename it into
// place. The temporary file gets the target's mode (and owner, where we may set it) before any
// data is written, so a file kept private stays private; it is removed if the write fails or a
// signal ends the run (temporary-files.ts). Devices, FIFOs and /dev/stdout are written directly
// (output-target.ts).
import { randomBytes } from 'node:crypto'
import { access, constants, type FileHandle, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { UsageError, writeError } from '../errors.js'
import type { Messages } from '../messages/index.js'
import { inspectTarget, type OutputTarget, systemError } from './output-target.js'
import { forgetTemporary, registerTemporary } from './temporary-files.js'

export type FileData = string | Uint8Array | AsyncIterable<string>

/** A write prepared in full; commit() puts it in place, abort() leaves the target as it was. */
export interface StagedWrite {
  commit(): Promise<void>
  abort(): Promise<void>
  /** A target written in place at commit() (a device, a FIFO): nothing is staged, so commit without delay. */
  readonly inPlace?: boolean
}

/** The name of a temporary file beside `path`: hidden, unique to this process and call. */
export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

export async function writeFileAtomic(path: string, data: FileData): Promise<void> {
  const staged = await stageFileAtomic(path, data)
  await staged.commit()
}

/**
 * Writes `data` in full to a temporary file beside `path` (flushed to disk), so that commit() is a
 * rename. A target that is not a regular file is written directly, at commit().
 */
export async function stageFileAtomic(path: string, data: FileData): Promise<StagedWrite> {
  const target = await inspectTarget(path)
  if (target.kind === 'directory') throw systemError('EISDIR', path)
  if (target.kind === 'special')
    return { commit: () => writeDirect(target.path, data), abort: async () => undefined, inPlace: true }
  const temporary = temporaryNameFor(target.path)
  const handle = await openTemporary(temporary, target)
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else for await (const chunk of data) await handle.write(chunk)
    await handle.sync()
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await removeTemporary(temporary)
    throw error
  }
  let done = false
  return {
    commit: async () => {
      if (done) return
      done = true
      try {
        await rename(temporary, target.path)
      } finally {
        await removeTemporary(temporary)
      }
    },
    abort: async () => {
      if (done) return
      done = true
      await removeTemporary(temporary)
    },
  }
}

/**
 * Creates the temporary file, registered for removal on a signal, with the mode (and owner) the
 * target has, or the mode a new file gets (0666 less the umask). Set before any data is written.
 */
export async function openTemporary(temporary: string, target: OutputTarget): Promise<FileHandle> {
  registerTemporary(temporary)
  let handle: FileHandle
  try {
    handle = await open(temporary, 'wx', target.kind === 'regular' ? 0o600 : 0o666)
  } catch (error) {
    forgetTemporary(temporary)
    throw error
  }
  try {
    if (target.kind === 'regular') {
      await handle.chmod(target.mode)
      const own = await handle.stat()
      if (own.uid !== target.uid || own.gid !== target.gid)
        await handle.chown(target.uid, target.gid).catch(() => undefined) // only root may give a file away
    }
  } catch (error) {
    await handle.close().catch(() => undefined)
    await removeTemporary(temporary)
    throw error
  }
  return handle
}

export async function removeTemporary(temporary: string): Promise<void> {
  await unlink(temporary).catch(() => undefined)
  forgetTemporary(temporary)
}

/** Writes to a device, FIFO or stream in place; appending, so that a stream redirected to a file keeps what it has. */
async function writeDirect(path: string, data: FileData): Promise<void> {
  const handle = await open(path, 'a')
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else for await (const chunk of data) await handle.write(chunk)
  } finally {
    await handle.close()
  }
}

/** Fails early, before any input is read, when `path` could not be written. */
export async function checkWritable(path: string, shownAs: string, messages: Messages): Promise<void> {
  const target = await inspectTarget(path).catch(() => null)
  if (target?.kind === 'special') return
  if (target?.kind === 'directory') throw new UsageError(messages.errors.cannotWrite(shownAs, 'directory'))
  const directory = dirname(target?.path ?? path)
  try {
    const info = await stat(directory)
    if (!info.isDirectory()) throw new UsageError(messages.errors.cannotWrite(shownAs, { notDirectory: directory }))
    await access(directory, constants.W_OK)
  } catch (error) {
    throw writeError(error, shownAs, messages)
  }
}
