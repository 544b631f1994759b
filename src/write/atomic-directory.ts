// Writing a set of files into one directory so that it is never left half-written, and comparing
// such a set with what a directory holds (report --check).
//
// The guarantee, precisely:
//   1. Nothing is touched until everything to write is known (the caller renders it all first),
//      and a target that is a directory, or a --out that is a file, is refused before anything is
//      written.
//   2. Every file is written in full and flushed to disk under a temporary name in the same
//      directory (".report.md.<pid>.<random>.tmp"). If any of that fails (disk full, permissions),
//      the temporaries are removed, a directory this call created is removed again, and the
//      directory is exactly as it was.
//   3. Only then are the temporaries renamed over their targets, one by one, in the order given.
//      Each rename is atomic: a reader sees a file's old or new content, never a part of it. A
//      rename can only fail if something else changes the directory at that very moment; then the
//      remaining temporaries are removed and the error names which files were replaced and which
//      were left as they were.
// POSIX has no rename of several files at once, so (3) is as close as a directory shared with
// other files (a repository folder) can get; swapping the whole directory would lose those files.
import { randomBytes } from 'node:crypto'
import { access, constants, mkdir, open, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

export interface NamedContent {
  name: string
  content: string
}

export type DirectoryProblem =
  | 'not-a-directory'
  | 'cannot-create'
  | 'cannot-write'
  | 'target-is-directory'
  | 'partly-written'

/** Why a directory could not be written; `replaced`/`kept` tell a partial rename apart. */
export class DirectoryWriteError extends Error {
  override name = 'DirectoryWriteError'
  constructor(
    readonly problem: DirectoryProblem,
    readonly path: string,
    readonly reason: string,
    readonly replaced: readonly string[] = [],
    readonly kept: readonly string[] = [],
  ) {
    super(`${problem}: ${path} (${reason})`)
  }
}

const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))

async function statOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await stat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Fails early (before any input is read) when `directory` exists and is not a directory. */
export async function checkDirectoryTarget(directory: string): Promise<void> {
  let info: import('node:fs').Stats | null
  try {
    info = await statOrNull(directory)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  if (info !== null && !info.isDirectory()) throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
}

/**
 * Creates the directory and any missing parents, one level at a time; returns those created, deepest
 * first (to undo). Not mkdir's `recursive`, which in Node 20 never returns for a path under /proc.
 */
async function prepareDirectory(directory: string): Promise<string[]> {
  await checkDirectoryTarget(directory)
  const missing: string[] = []
  for (let path = resolve(directory); ; path = dirname(path)) {
    let info: import('node:fs').Stats | null
    try {
      info = await statOrNull(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new DirectoryWriteError(
        code === 'ENOTDIR' ? 'not-a-directory' : 'cannot-create',
        directory,
        reasonOf(error),
      )
    }
    if (info !== null) {
      if (!info.isDirectory()) throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
      break
    }
    missing.push(path)
    if (dirname(path) === path) break
  }
  const created: string[] = []
  for (const path of missing.reverse()) {
    try {
      await mkdir(path)
      created.unshift(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      for (const made of created) await rmdir(made).catch(() => undefined)
      throw new DirectoryWriteError('cannot-create', directory, reasonOf(error))
    }
  }
  try {
    await access(directory, constants.W_OK)
  } catch (error) {
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  return created
}

export async function writeFilesAtomically(directory: string, files: readonly NamedContent[]): Promise<void> {
  const created = await prepareDirectory(directory)
  const undoCreate = async (): Promise<void> => {
    for (const path of created) await rmdir(path).catch(() => undefined)
  }
  for (const file of files) {
    const info = await statOrNull(join(directory, file.name)).catch(() => null)
    if (info?.isDirectory() === true) {
      await undoCreate()
      throw new DirectoryWriteError('target-is-directory', join(directory, file.name), 'EISDIR')
    }
  }
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const temporaries: string[] = []
  try {
    for (const file of files) {
      const temporary = join(directory, `.${file.name}.${suffix}`)
      const handle = await open(temporary, 'wx', 0o644)
      temporaries.push(temporary)
      try {
        await handle.writeFile(file.content)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
  } catch (error) {
    for (const temporary of temporaries) await unlink(temporary).catch(() => undefined)
    await undoCreate()
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  for (let position = 0; position < files.length; position++) {
    try {
      await rename(temporaries[position] as string, join(directory, (files[position] as NamedContent).name))
    } catch (error) {
      for (const temporary of temporaries.slice(position)) await unlink(temporary).catch(() => undefined)
      const names = files.map(file => file.name)
      throw new DirectoryWriteError(
        'partly-written',
        directory,
        reasonOf(error),
        names.slice(0, position),
        names.slice(position),
      )
    }
  }
  // Make the renames themselves durable; not every platform lets a directory be opened for this.
  const handle = await open(directory, 'r').catch(() => null)
  await handle?.sync().catch(() => undefined)
  await handle?.close()
}

export type Comparison =
  | { name: string; status: 'same' }
  | { name: string; status: 'missing' | 'not-a-file' }
  | { name: string; status: 'differs'; line: number }

/** What `writeFilesAtomically` would change, without writing anything. Other files are ignored. */
export async function compareWithDirectory(directory: string, files: readonly NamedContent[]): Promise<Comparison[]> {
  await checkDirectoryTarget(directory)
  const comparisons: Comparison[] = []
  for (const file of files) {
    let existing: Buffer
    try {
      existing = await readFile(join(directory, file.name))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      comparisons.push({ name: file.name, status: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'not-a-file' })
      continue
    }
    const wanted = Buffer.from(file.content, 'utf8')
    if (existing.equals(wanted)) comparisons.push({ name: file.name, status: 'same' })
    else
      comparisons.push({
        name: file.name,
        status: 'differs',
        line: firstDifferentLine(existing.toString('utf8'), file.content),
      })
  }
  return comparisons
}

/** The 1-based line where two texts first differ (a line missing at the end counts as different). */
export function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n')
  const right = b.split('\n')
  const length = Math.max(left.length, right.length)
  for (let line = 0; line < length; line++) if (left[line] !== right[line]) return line + 1
  return length
}
