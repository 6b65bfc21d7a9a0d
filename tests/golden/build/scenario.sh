#!/usr/bin/env bash
# Build golden scenarios (docs/builds.md). Each runs `aep` on a copy of
# project/ in a temporary folder and prints what a user sees, with the
# temporary path replaced by <tmp>; CMakeLists.txt compares the output with
# <scenario>.out through the shared golden runner.
#   scenario.sh AEP SCENARIO
# Scenarios:
#   tree         build; compare the whole build (manifest, payload templates,
#                summaries, IR, diagnostics, sources) with tree/, file by file
#   reproducible build twice in two folders at two times: same id, same bytes
#   corrupt      edit, remove and add files; aep builds --verify, aep diff refuse
#   diff         build project/, apply v2/, build again; aep diff text and JSON
#   labels       label moves, a refused bad name, the production gate and a
#                forced move, history, a tampered log
set -uo pipefail
aep=$1
scenario=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export AEP_USER=golden SOURCE_DATE_EPOCH=1767225600 NO_COLOR=1
mask() { sed "s#$tmp#<tmp>#g"; }

copy_project() {  # copy_project DEST
  mkdir -p "$1"
  cp -r "$here/project/." "$1/"
}

build() {  # build DIR -> prints the id
  "$aep" build -q --progress never "$1" 2>"$tmp/build.err"
  local rc=$?
  if [ $rc -ne 0 ]; then echo "aep build exited $rc:"; mask <"$tmp/build.err"; fi
}

case "$scenario" in
  tree)
    copy_project "$tmp/p"
    id=$(build "$tmp/p")
    echo "build $id"
    dir="$tmp/p/.aep/builds/$id"
    rm -f "$dir/record.json"  # not hashed: creation time and user
    if [ "${AEP_REFRESH_GOLDEN:-}" = 1 ]; then
      rm -rf "$here/tree"
      cp -r "$dir" "$here/tree"
    fi
    if diff -r "$here/tree" "$dir" >"$tmp/diff"; then
      echo "the build equals tests/golden/build/tree ($(find "$dir" -type f | wc -l) files, $(find "$dir/prompts" -name '*.json' ! -name '*.diagnostics.json' ! -name prompt.json ! -name inputs.json | wc -l) payload templates)"
    else
      echo "the build differs from tests/golden/build/tree:"
      mask <"$tmp/diff" | head -200
      exit 1
    fi
    ;;
  reproducible)
    copy_project "$tmp/a"
    copy_project "$tmp/elsewhere/b"
    a=$(build "$tmp/a")
    again=$("$aep" build --progress never "$tmp/a" 2>&1 >/dev/null | grep -c "unchanged")
    b=$(SOURCE_DATE_EPOCH=1893456000 build "$tmp/elsewhere/b")
    [ "$a" = "$b" ] && echo "same id in another folder at another time: yes" || echo "DIFFERENT ids: $a $b"
    echo "rebuild reported unchanged: $again"
    if diff -r -x record.json "$tmp/a/.aep/builds/$a" "$tmp/elsewhere/b/.aep/builds/$b" >/dev/null; then
      echo "identical bytes: yes"
    else
      echo "identical bytes: NO"
    fi
    grep -l "$tmp" -r "$tmp/a/.aep/builds/$a" --exclude=record.json && echo "an absolute path leaked into the build" || echo "no absolute path inside the build"
    echo "temporary folders left: $(find "$tmp/a/.aep/builds" -maxdepth 1 -name '.tmp-*' | wc -l)"
    ;;
  corrupt)
    copy_project "$tmp/p"
    id=$(build "$tmp/p")
    dir="$tmp/p/.aep/builds/$id"
    sed -i 's/gpt-4o-mini/gpt-4o/' "$dir/prompts/shop.greet.Greet/openai-chat.json"
    rm "$dir/prompts/shop.classify.Classify/gemini.diagnostics.json"
    echo "{}" >"$dir/prompts/shop.greet.Greet/notes.json"
    echo "$ aep builds --verify"
    "$aep" builds --verify --project "$tmp/p" 2>&1 | mask | sed "s/$id/<id>/g; s/${id:0:12}/<id>/g; s/${id:0:8}/<id>/g"
    echo "exit ${PIPESTATUS[0]}"
    echo "$ aep diff <id> <id>"
    "$aep" diff "${id:0:8}" "${id:0:8}" --project "$tmp/p" 2>&1 | mask | sed "s/$id/<id>/g; s/${id:0:12}/<id>/g; s/${id:0:8}/<id>/g"
    echo "exit ${PIPESTATUS[0]}"
    echo "$ aep label <id> production"
    "$aep" label "${id:0:8}" production --project "$tmp/p" 2>&1 | mask | sed "s/$id/<id>/g; s/${id:0:12}/<id>/g; s/${id:0:8}/<id>/g" | head -3
    echo "exit ${PIPESTATUS[0]}"
    echo "$ aep build (same sources again)"
    "$aep" build -q --progress never "$tmp/p" 2>&1 | mask | sed "s/$id/<id>/g; s/${id:0:12}/<id>/g; s/${id:0:8}/<id>/g" | head -3
    echo "exit ${PIPESTATUS[0]}"
    ;;
  diff)
    copy_project "$tmp/p"
    a=$(build "$tmp/p")
    cp -r "$here/v2/." "$tmp/p/"
    b=$(build "$tmp/p")
    echo "$ aep diff A B"
    "$aep" diff "${a:0:10}" "${b:0:10}" --project "$tmp/p" | sed "s/${a:0:12}/<A>/g; s/${b:0:12}/<B>/g"
    echo "exit ${PIPESTATUS[0]}"
    echo "$ aep diff A B --format json"
    "$aep" diff "${a:0:10}" "${b:0:10}" --project "$tmp/p" --format json | sed "s/$a/<A>/g; s/$b/<B>/g"
    echo "$ aep diff A A --exit-code"
    "$aep" diff "${a:0:10}" "${a:0:10}" --project "$tmp/p" --exit-code | sed "s/${a:0:12}/<A>/g"
    echo "exit ${PIPESTATUS[0]}"
    echo "$ aep diff A B --exit-code"
    "$aep" diff "${a:0:10}" "${b:0:10}" --project "$tmp/p" --exit-code >/dev/null
    echo "exit $?"
    ;;
  labels)
    copy_project "$tmp/p"
    a=$(build "$tmp/p")
    cp -r "$here/v2/." "$tmp/p/"
    b=$(build "$tmp/p")
    ids() { sed "s/$a/<A>/g; s/${a:0:12}/<A>/g; s/${a:0:8}/<A>/g; s/$b/<B>/g; s/${b:0:12}/<B>/g; s/${b:0:8}/<B>/g"; }
    run() { echo "\$ aep $*" | ids; "$aep" "$@" --project "$tmp/p" 2>&1 | mask | ids; echo "exit ${PIPESTATUS[0]}"; }
    run label "${a:0:8}" stable --reason "first release"
    run label "${b:0:8}" staging
    run label staging stable --reason "promote after review"
    run label staging stable
    run label "${a:0:8}" "2nd-try"
    run label "${a:0:8}" stable --force
    # production is guarded by the eval gate (eval/baseline.hpp): a build
    # without eval results is refused, and a forced move records the refusal.
    run label "${b:0:8}" production
    run label "${b:0:8}" production --force --reason "no evals yet: first release of the shop"
    run builds
    run builds --history stable
    run builds --history production --format json
    echo '$ (rewrite the reason of the first move in labels.log)'
    sed -i '1s/first release/first relaese/' "$tmp/p/.aep/builds/labels.log"
    run builds --history stable
    run builds --verify
    ;;
  *) echo "unknown scenario $scenario" >&2; exit 2 ;;
esac
