#!/usr/bin/env bash
# Reviews every plan a change touches, for a pull-request comment:
# `itplan diff` against the base revision, then `itplan check`.
#
#   usage: review-plans.sh BASE [MAX_INCREASE] > comment.md
#
#   BASE           the revision to compare with, e.g. origin/main (it must
#                  exist locally: fetch the full history first)
#   MAX_INCREASE   passed to `itplan diff --max-increase` (default: 5%)
#
# Environment:
#   ITPLAN_PLANS        pathspec of the plans to review (default: plans/*.toml)
#   ITPLAN_CHECK_BLOCKS "no" reports figures that disagree without failing
#                       (default: "yes")
#
# Writes Markdown to standard output and itplan's messages to standard error.
# Exits 0 when every plan passes, 1 when a plan's cash flow grows past the
# limit or its stated figures disagree, 2 when a plan is invalid.

set -uo pipefail

base=${1:?usage: review-plans.sh BASE [MAX_INCREASE]}
limit=${2:-5%}
pattern=${ITPLAN_PLANS:-plans/*.toml}
check_blocks=${ITPLAN_CHECK_BLOCKS:-yes}
status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Keeps the worst exit status seen: 2 (invalid) over 1 (problem) over 0.
worst() {
    if [ "$1" -gt "$status" ]; then status=$1; fi
}

# Shows itplan's error output in the comment, as text.
quote_errors() {
    echo '```text'
    cat "$1"
    echo '```'
}

mapfile -t plans < <(git diff --name-only --diff-filter=AMR "$base"...HEAD -- "$pattern")

echo "<!-- itplan review -->"
if [ "${#plans[@]}" -eq 0 ]; then
    echo "No plan changed (compared with \`$base\`)."
    exit 0
fi

for plan in "${plans[@]}"; do
    echo "## \`$plan\`"
    echo
    if git cat-file -e "$base:$plan" 2>/dev/null; then
        itplan diff "$base:$plan" "$plan" --format markdown --max-increase "$limit" \
            2>"$scratch/diff.err"
        code=$?
        cat "$scratch/diff.err" >&2
        [ "$code" -eq 2 ] && quote_errors "$scratch/diff.err"
        worst "$code"
    else
        echo "A new plan: \`$base\` has no \`$plan\` to compare with."
        echo
    fi

    itplan check "$plan" --format markdown >"$scratch/check.md" 2>"$scratch/check.err"
    code=$?
    cat "$scratch/check.err" >&2
    case $code in
        0) summary="itplan check: every stated figure agrees" ;;
        1) summary=":x: itplan check: stated figures disagree with the arithmetic" ;;
        *) summary=":x: itplan check: the plan is invalid" ;;
    esac
    echo "<details><summary>$summary</summary>"
    echo
    if [ "$code" -eq 2 ]; then quote_errors "$scratch/check.err"; else cat "$scratch/check.md"; fi
    echo
    echo "</details>"
    echo
    if [ "$code" -eq 1 ] && [ "$check_blocks" = "no" ]; then code=0; fi
    worst "$code"
done

exit "$status"
