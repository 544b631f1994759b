// Where Node keeps the compiled bundle between runs (module.enableCompileCache, Node >= 22.1).
//
// Not Node's default, node-compile-cache in the system's temporary directory: that name is shared by
// every user of the machine, whoever made it first owns it, and Node runs what it finds there. An entry
// is checked only by a CRC that anyone can recompute, so an entry written by someone else aborts every
// run with a V8 fatal error (or runs their code). Instead a directory of this user's own beside it,
// made private and checked to be so (a directory, not a link, owned by this user, mode 700). When it
// cannot be (the temporary directory does not exist, another user took the name), there is no cache:
// only start-up time is lost.
// @ts-check
import { lstatSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The directory for Node's compile cache in `base`, or null when none can be used safely. */
export function compileCacheDirectory(base = tmpdir()) {
  const uid = process.getuid?.()
  const directory = join(base, uid === undefined ? 'lup-impact-compile-cache' : `lup-impact-compile-cache-${uid}`)
  try {
    mkdirSync(directory, { mode: 0o700 }) // not recursive: a temporary directory that is not there stays so
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') return null
  }
  if (uid === undefined) return directory // Windows: the temporary directory is the user's own
  try {
    const info = lstatSync(directory)
    return info.isDirectory() && info.uid === uid && (info.mode & 0o077) === 0 ? directory : null
  } catch {
    return null
  }
}
