#!/usr/bin/env bash
# Reviews every plan a change touches, for a pull-request comment:
# `itplan diff` against the base revision, then `itplan check`.
# Runs in any git repository of plans, with `itplan` on the PATH.
#
#   usage: review-plans.sh BASE [MAX_INCREASE] > comment.md
#
#   BASE           the revision to compare with, e.g. origin/main (it must
#                  exist locally: fetch the full history first)
#   MAX_INCREASE   fail when a plan's cash flow grows by more than this
#                  (`itplan diff --max-increase`; default: 5%; "" for none)
#
# Environment:
#   ITPLAN_PLANS             pathspec of the plans to review (default: plans/*.toml)
#   ITPLAN_WARN_INCREASE     warn, without failing, above this growth
#                            (`--warn-increase`, e.g. 2%; default: none)
#   ITPLAN_MAX_TAX_INCREASE  fail when a year's tax impact grows by more than
#                            this many points of levy (`--levy
#                            --max-tax-increase`, e.g. 0.15; the plans need
#                            [levy]; default: none)
#   ITPLAN                   the itplan command (default: itplan)
#
# A figure a published report got wrong is accepted in the plan itself, with
# its reason (`accepted = "..."` on its [[stated]] entry), so `check` still
# fails on any new disagreement.
#
# Writes Markdown to standard output, led by the marker <!-- itplan review -->
# that sticky-comment.sh finds the comment by, and itplan's messages to
# standard error. Exits 0 when every plan passes (warnings included), 1 when a
# guardrail trips or stated figures disagree, 2 when a plan is invalid.

set -uo pipefail

base=${1:?usage: review-plans.sh BASE [MAX_INCREASE]}
limit=${2-5%}
pattern=${ITPLAN_PLANS:-plans/*.toml}
itplan=${ITPLAN:-itplan}
status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

guardrails=()
if [ -n "$limit" ]; then guardrails+=(--max-increase "$limit"); fi
if [ -n "${ITPLAN_WARN_INCREASE:-}" ]; then
    guardrails+=(--warn-increase "$ITPLAN_WARN_INCREASE")
fi
if [ -n "${ITPLAN_MAX_TAX_INCREASE:-}" ]; then
    guardrails+=(--levy --max-tax-increase "$ITPLAN_MAX_TAX_INCREASE")
fi

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

if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    echo "review-plans.sh: no revision $base here; fetch it first (full history)" >&2
    exit 2
fi

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
        "$itplan" diff "$base:$plan" "$plan" --format markdown "${guardrails[@]}" \
            2>"$scratch/diff.err"
        code=$?
        cat "$scratch/diff.err" >&2
        [ "$code" -eq 2 ] && quote_errors "$scratch/diff.err"
        echo
        worst "$code"
    else
        echo "A new plan: \`$base\` has no \`$plan\` to compare with."
        echo
    fi

    "$itplan" check "$plan" --format markdown >"$scratch/check.md" 2>"$scratch/check.err"
    code=$?
    cat "$scratch/check.err" >&2
    case $code in
        0) summary="itplan check: every stated figure agrees, or is an accepted known difference" ;;
        1) summary=":x: itplan check: stated figures disagree with the arithmetic" ;;
        *) summary=":x: itplan check: the plan is invalid" ;;
    esac
    echo "<details><summary>$summary</summary>"
    echo
    if [ "$code" -eq 2 ]; then quote_errors "$scratch/check.err"; else cat "$scratch/check.md"; fi
    echo
    echo "</details>"
    echo
    worst "$code"
done

exit "$status"
