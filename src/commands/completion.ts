// `lup-impact completion bash|zsh`: a completion script built from the program
// itself, so every command and option the help lists completes.
import { type Command, InvalidArgumentError } from 'commander'
import type { Context } from './context.js'
import { writeText } from '../io.js'
import { LANGUAGES } from '../messages/index.js'
import { ENCODINGS } from '../read/decode.js'

/** Values of options that parse their own argument (no commander choices to read them from). */
const VALUES: Record<string, string[]> = {
  '--lang': [...LANGUAGES], // no and nn are accepted, not offered
  '--delimiter': [',', ';', 'tab'],
  '--encoding': [...ENCODINGS, 'cp1252'],
  '--by': [
    'year',
    'partner',
    'category',
    'project',
    'basis',
    'year,partner',
    'year,category',
    'partner,category',
    'year,basis',
  ],
  '--basis': ['realised', 'estimated', 'potential'],
}
const SHELLS = ['bash', 'zsh']

interface CommandSpec {
  name: string
  options: string[]
  /** Option → the values it takes, where they are a fixed list. */
  choices: Record<string, string[]>
  /** Long options that take a value. */
  valued: Set<string>
}

function describe(program: Command): CommandSpec[] {
  return program.commands
    .filter(command => command.name() !== 'help')
    .map(command => {
      const choices: Record<string, string[]> = {}
      const valued = new Set<string>()
      const options = command.options.flatMap(option => {
        if (option.long !== undefined && (option.required || option.optional)) valued.add(option.long)
        const names = [option.long, option.short].filter((name): name is string => name !== undefined)
        if (option.long !== undefined) {
          const values = option.argChoices ?? VALUES[option.long]
          if (values !== undefined) choices[option.long] = [...values]
        }
        return names
      })
      return { name: command.name(), options: [...options, '--help'], choices, valued }
    })
}

const quote = (words: readonly string[]): string => words.join(' ')

export function bashCompletion(specs: readonly CommandSpec[]): string {
  const cases = specs
    .map(spec => {
      const choiceCases = Object.entries(spec.choices).map(
        ([option, values]) => `        ${option}) COMPREPLY=($(compgen -W "${quote(values)}" -- "$cur")); return ;;\n`,
      )
      const words = spec.name === 'completion' ? `compgen -W "${quote(SHELLS)}" -- "$cur"` : 'compgen -f -- "$cur"'
      const prevCase = choiceCases.length === 0 ? '' : `      case "$prev" in\n${choiceCases.join('')}      esac\n`
      return `    ${spec.name})
${prevCase}      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${quote(spec.options)}" -- "$cur")); else COMPREPLY=($(${words})); fi
      ;;`
    })
    .join('\n')
  return `# bash completion for lup-impact. Load it with:
#   source <(lup-impact completion bash)
_lup_impact() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${quote(specs.map(spec => spec.name))} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
}
complete -o default -F _lup_impact lup-impact
`
}

export function zshCompletion(specs: readonly CommandSpec[]): string {
  const cases = specs
    .map(spec => {
      const options = spec.options
        .filter(option => option.startsWith('--'))
        .map(option => {
          const values = spec.choices[option]
          if (values !== undefined)
            return `'${option}:value:(${quote(values.map(value => value.replace(/[;,]/g, '\\$&')))})'`
          if (['--output', '--rejects', '--out', '--against', '--cpi'].includes(option))
            return `'${option}:file:_files'`
          return spec.valued.has(option) ? `'${option}:value:'` : `'${option}'`
        })
        .join(' ')
      const rest = spec.name === 'completion' ? `'1:shell:(${quote(SHELLS)})'` : "'*:file:_files'"
      return `    ${spec.name}) _arguments ${options} ${rest} ;;`
    })
    .join('\n')
  return `#compdef lup-impact
# zsh completion for lup-impact. Load it with:
#   source <(lup-impact completion zsh)
_lup_impact() {
  if (( CURRENT == 2 )); then
    compadd ${quote(specs.map(spec => spec.name))}
    return
  fi
  case $words[2] in
${cases}
  esac
}
compdef _lup_impact lup-impact
`
}

export function registerCompletion(program: Command, context: Context): void {
  program
    .command('completion')
    .description(context.messages.help.completion)
    .argument('<shell>', context.messages.help.shell, (value: string) => {
      if (value !== 'bash' && value !== 'zsh') throw new InvalidArgumentError(context.messages.options.shellValues)
      return value
    })
    .addHelpText(
      'after',
      `
${context.messages.help.examples}
  $ source <(lup-impact completion bash)      # ${context.messages.help.comments.bashrc}
  $ source <(lup-impact completion zsh)       # ${context.messages.help.comments.zshrc}`,
    )
    .action(async (shell: 'bash' | 'zsh') => {
      const specs = describe(program)
      await writeText(context.io.stdout, shell === 'bash' ? bashCompletion(specs) : zshCompletion(specs))
    })
}
