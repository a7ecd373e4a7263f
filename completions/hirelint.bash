# bash completion for hirelint. `make install` puts it in
# $PREFIX/share/bash-completion/completions/hirelint, where bash-completion loads it on demand;
# without bash-completion, `source` it from ~/.bashrc.
# Keep in step with the options in cli/*_command.cc (tests/cli/completion_test.cc checks).

_hirelint() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

  local commands="lint tag rules score rewrite init"
  local input_options="--lexicons --input-format --color --jobs -j --max-file-size --max-item-size --help -h"
  local lint_options="--format -f --fail-on --max-warnings --config --no-config --baseline --write-baseline --cache --cache-location"

  # The subcommand: the first word that names one; `hirelint FILE` means `hirelint lint FILE`.
  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      lint | tag | rules | score | rewrite | init)
        command=${COMP_WORDS[i]}
        break
        ;;
    esac
  done

  case $prev in
    --format | -f)
      if [[ $command == tag ]]; then
        COMPREPLY=($(compgen -W "text json jsonl" -- "$cur"))
      elif [[ $command == score ]]; then
        COMPREPLY=($(compgen -W "text json jsonl csv" -- "$cur"))
      elif [[ $command == rewrite ]]; then
        COMPREPLY=($(compgen -W "text json jsonl markdown" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "text json sarif github rdjson checkstyle junit" -- "$cur"))
      fi
      return
      ;;
    --fail-on)
      COMPREPLY=($(compgen -W "info warning error none" -- "$cur"))
      return
      ;;
    --color)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return
      ;;
    --input-format)
      COMPREPLY=($(compgen -W "markdown text latex jsonl story-yaml json-resume json yaml pdf docx" -- "$cur"))
      return
      ;;
    --config | --baseline | --write-baseline)
      COMPREPLY=($(compgen -f -- "$cur"))
      return
      ;;
    --lexicons | --cache-location)
      COMPREPLY=($(compgen -d -- "$cur"))
      return
      ;;
    --jobs | -j | --max-warnings | --max-file-size | --max-item-size)
      return  # a number
      ;;
  esac

  if [[ $cur == -* ]]; then
    case $command in
      tag | rewrite) COMPREPLY=($(compgen -W "$input_options --format -f" -- "$cur")) ;;
      score)
        COMPREPLY=($(compgen -W "$input_options --format -f --fail-on --quiet -q --config --no-config" -- "$cur"))
        ;;
      rules | init) COMPREPLY=($(compgen -W "--lexicons --help -h" -- "$cur")) ;;
      *) COMPREPLY=($(compgen -W "$input_options $lint_options --version -V" -- "$cur")) ;;
    esac
    return
  fi

  case $command in
    rules)
      # Rule ids come from the installed binary, so rules added in lexicons/ complete too.
      local ids
      ids=$("${COMP_WORDS[0]}" rules 2>/dev/null | awk 'NF > 1 && $1 ~ /^[a-z0-9-]+$/ { print $1 }')
      COMPREPLY=($(compgen -W "$ids" -- "$cur"))
      ;;
    init)
      COMPREPLY=($(compgen -d -- "$cur"))
      ;;
    "")
      COMPREPLY=($(compgen -W "$commands" -- "$cur") $(compgen -f -- "$cur"))
      ;;
    *)
      COMPREPLY=($(compgen -f -- "$cur"))
      ;;
  esac
}

complete -o filenames -o bashdefault -F _hirelint hirelint
