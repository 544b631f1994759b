// A new file, written whole or not at all, that never replaces one that appeared meanwhile:
// written to a temporary file beside it, then hard-linked into place (link fails if the name is
// taken, where rename would overwrite), then the temporary name removed.
import { randomBytes } from 'node:crypto'
import { link, open, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { forgetTemporary, registerTemporary } from './temporary-files.js'

export async function createFileAtomic(path: string, data: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  registerTemporary(temporary)
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(temporary, 'wx', 0o666)
  } catch (error) {
    forgetTemporary(temporary)
    throw error
  }
  try {
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    try {
      await link(temporary, path)
    } catch (error) {
      // Where hard links are not supported, exclusive creation still never overwrites.
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
      await writeFile(path, data, { flag: 'wx', mode: 0o666 })
    }
  } catch (error) {
    await handle.close().catch(() => undefined)
    throw error
  } finally {
    await unlink(temporary).catch(() => undefined)
    forgetTemporary(temporary)
  }
}
