// Shell completion, exercised by a real bash the way a shell calls it.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { BIN, ROOT, runCli } from '../helpers/run-cli.js'

function complete(words: string[]): string[] {
  const script = `source <(node ${BIN} completion bash)
COMP_WORDS=(${words.map(word => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_lup_impact; printf '%s\\n' "\${COMPREPLY[@]}"`
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' })
  expect(result.stderr).toBe('')
  return result.stdout.split('\n').filter(Boolean)
}

describe('lup-impact completion bash', () => {
  it('completes commands', () => expect(complete(['lup-impact', 's'])).toEqual(['summarize']))
  it('completes options of a command', () =>
    expect(complete(['lup-impact', 'summarize', '--for'])).toEqual(['--format']))
  it('completes option values', () =>
    expect(complete(['lup-impact', 'summarize', '--format', 'm'])).toEqual(['markdown']))
  it('completes the values of options with their own parser', () =>
    expect(complete(['lup-impact', 'validate', '--encoding', 'utf-16'])).toEqual(['utf-16le', 'utf-16be']))
  it('completes file names for arguments', () =>
    expect(complete(['lup-impact', 'summarize', 'data/lup-s'])).toEqual(['data/lup-sample.csv']))
  it('completes the shell names', () => expect(complete(['lup-impact', 'completion', ''])).toEqual(['bash', 'zsh']))
  it("completes trace's metrics and the bases", () => {
    expect(complete(['lup-impact', 'trace', '--metric', 's'])).toEqual(['savings_nok'])
    expect(complete(['lup-impact', 'summarize', '--basis', 'p'])).toEqual(['potential'])
  })
})

describe('lup-impact completion zsh', () => {
  it('lists every command and their options', async () => {
    const result = await runCli(['completion', 'zsh'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/^#compdef lup-impact\n/)
    expect(result.stdout).toContain('compadd summarize validate trace report check init completion')
    expect(result.stdout).toContain("'--format:value:(table json csv markdown xlsx)'")
  })

  it('refuses other shells', async () => {
    const result = await runCli(['completion', 'fish'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      "error: command-argument value 'fish' is invalid for argument 'shell'. expected bash or zsh.\n",
    )
  })
})

describe('completion of report, check and init', () => {
  it('completes the new commands and their options', () => {
    expect(complete(['lup-impact', 'rep'])).toEqual(['report'])
    expect(complete(['lup-impact', 'report', '--ch'])).toEqual(['--check', '--chromium'])
    expect(complete(['lup-impact', 'report', '--pd'])).toEqual(['--pdf'])
    expect(complete(['lup-impact', 'check', '--format', 'j'])).toEqual(['json'])
    expect(complete(['lup-impact', 'init', '--lang', 'n'])).toEqual(['nb'])
  })
})
