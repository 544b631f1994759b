// Output longer than the terminal goes through a pager, the way git does it: $LUP_IMPACT_PAGER, else
// $PAGER, else `less`, run by the shell (so "less -S" works), with LESS=FRX and LV=-c unless the user
// set them (F: quit at once if it fits one screen; R: pass colours; X: leave the text on screen
// after quitting). Only when stdout is a terminal, never under --no-pager, and not at all when the
// pager is "" or "cat". Our text is UTF-8 whatever the locale says, so less is told so
// (LESSCHARSET=utf-8, unless the user chose a charset): under LANG=C, or a locale the system lacks,
// it would otherwise show every box-drawing character and "å" as <E2><94><80>.
//
// The text is complete before the pager starts, so nothing the pager does can lose data: quitting
// early (EPIPE on its input) ends the run as it would have ended anyway; Ctrl-C is the pager's to
// handle (less ignores it; the run waits for the pager instead of dying under it and leaving it
// holding the terminal); a pager that cannot start (a missing `less`, "sh: 1: lesss: not found",
// exit status 126 or 127 without reading anything) is passed over and the text written directly.
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { Writable } from 'node:stream'
import type { Io } from '../io.js'

let paging = 0

/** Whether a pager has the terminal now (temporary-files.ts leaves Ctrl-C to it). */
export function pagerRunning(): boolean {
  return paging > 0
}

/** The pager command to run for this environment, or null for none. */
export function pagerCommand(env: Io['env']): string | null {
  const chosen = env.LUP_IMPACT_PAGER ?? env.PAGER
  if (chosen !== undefined) {
    const command = chosen.trim()
    return command === '' || command === 'cat' ? null : command
  }
  return onPath('less', env.PATH) ? 'less' : null
}

function onPath(program: string, path: string | undefined): boolean {
  for (const directory of (path ?? '').split(delimiter)) {
    if (directory === '') continue
    try {
      accessSync(join(directory, program), constants.X_OK)
      return true
    } catch {
      // not in this directory
    }
  }
  return false
}

/** Whether `text` is taller than the terminal (or than 24 lines when the terminal does not say). */
export function tallerThanScreen(text: string, rows: number | undefined): boolean {
  const screen = rows !== undefined && rows > 0 ? rows : 24
  let lines = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines >= screen) return true
  return false
}

/**
 * Shows `text` through `command`; resolves true once the pager has exited, false if it could not
 * start (the caller then writes the text itself).
 */
export function pageText(text: string, command: string, io: Io): Promise<boolean> {
  return new Promise(resolve => {
    const env: Record<string, string | undefined> = { ...io.env, LESS: io.env.LESS ?? 'FRX', LV: io.env.LV ?? '-c' }
    if (io.env.LESSCHARSET === undefined && io.env.LESSCHARDEF === undefined) env.LESSCHARSET = 'utf-8'
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', io.stdout, io.stderr], env })
    } catch {
      resolve(false)
      return
    }
    const ignoreInterrupt = (): void => undefined
    process.on('SIGINT', ignoreInterrupt)
    paging++
    const done = (started: boolean): void => {
      paging--
      process.off('SIGINT', ignoreInterrupt)
      resolve(started)
    }
    child.once('error', () => done(false)) // the shell itself could not be started
    // 126, 127: the shell found no such program, or could not run it (it printed why).
    child.once('close', (code: number | null) => done(code !== 126 && code !== 127))
    const input = child.stdin as Writable
    input.on('error', () => undefined) // the pager quit before reading everything: EPIPE, nothing lost
    input.end(text)
  })
}
