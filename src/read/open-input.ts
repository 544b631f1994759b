// File names → readable byte streams. A missing, unreadable or non-regular
// input is a usage error, found before any record is read.
import { access, constants, open, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { fileError, UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'

export const STDIN_NAME = '<stdin>'

export interface InputSource {
  /** The name problems are reported under: the path as given, or "<stdin>". */
  name: string
  /** The bytes, in chunks; a chunk may be reused for the next, so it is good until the next is asked for. */
  open(): AsyncIterable<Uint8Array>
  /** A file's absolute path (a spreadsheet is read by random access); absent for standard input. */
  path?: string
}

const CHUNK_BYTES = 256 * 1024

export async function resolveInputs(
  paths: readonly string[],
  cwd: string,
  stdin: Readable,
  messages: Messages,
): Promise<InputSource[]> {
  if (paths.filter(path => path === '-').length > 1) throw new UsageError(messages.errors.stdinTwice)
  return Promise.all(
    paths.map(async (path): Promise<InputSource> => {
      if (path === '-') return { name: STDIN_NAME, open: () => stdin }
      const absolute = resolve(cwd, path)
      await checkReadableFile(path, absolute, messages)
      return { name: path, path: absolute, open: () => readChunks(absolute) }
    }),
  )
}

async function checkReadableFile(path: string, absolute: string, messages: Messages): Promise<void> {
  try {
    const info = await stat(absolute)
    if (info.isDirectory()) throw new UsageError(messages.errors.cannotRead(path, 'directory'))
    await access(absolute, constants.R_OK)
  } catch (error) {
    throw fileError(error, path, (problem, _path, code) =>
      messages.errors.cannotRead(
        path,
        problem === 'missing' || (problem === 'denied' && code !== 'EROFS')
          ? problem
          : messages.errors.systemReason(code),
      ),
    )
  }
}

/**
 * A small file read whole (a targets file): at most `limit` bytes, or 'too-large'. Read in chunks up
 * to the limit, so that /dev/zero or an endless FIFO ends there instead of filling memory.
 */
export async function readSmallFile(path: string, limit: number): Promise<Buffer | 'too-large'> {
  const handle = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) return Buffer.concat(chunks, total)
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) return 'too-large'
    }
  } finally {
    await handle.close()
  }
}

/**
 * A file's bytes through two reused buffers, the next read under way while a chunk is worked on.
 * A stream would allocate a fresh 256 KiB buffer per chunk, freed only when the garbage collector
 * gets to it: at 10 million records about a gigabyte of buffers through malloc, and tens of
 * megabytes of them alive at a time.
 */
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    let current = Buffer.allocUnsafe(CHUNK_BYTES)
    let other = Buffer.allocUnsafe(CHUNK_BYTES)
    let reading = handle.read(current, 0, CHUNK_BYTES, null)
    for (;;) {
      const { bytesRead } = await reading
      if (bytesRead === 0) return
      const chunk = current.subarray(0, bytesRead)
      ;[current, other] = [other, current]
      // Safe: the consumer is done with the other buffer (it asked for this chunk).
      reading = handle.read(current, 0, CHUNK_BYTES, null)
      yield chunk
    }
  } finally {
    await handle.close()
  }
}
