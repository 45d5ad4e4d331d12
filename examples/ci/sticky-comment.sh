#!/usr/bin/env bash
# Posts FILE as ONE comment on a pull request (GitHub) or merge request
# (GitLab), and on later runs updates that same comment instead of adding
# another: it lists the comments, finds the one holding the marker, and
# updates it (PATCH on GitHub, PUT on GitLab); only when none holds the
# marker does it create one (POST).
#
#   usage: sticky-comment.sh FILE
#
# Environment:
#   ITPLAN_FORGE    github or gitlab (default: gitlab when CI_API_V4_URL is
#                   set, else github)
#   ITPLAN_MARKER   the hidden line the comment is found by
#                   (default: <!-- itplan review -->); added when FILE lacks it
#   GitHub:  GITHUB_TOKEN (pull-requests: write), GITHUB_REPOSITORY
#            (owner/name), ITPLAN_PR (the pull request's number),
#            GITHUB_API_URL (default: https://api.github.com)
#   GitLab:  ITPLAN_NOTE_TOKEN (a project access token with the api scope:
#            the job token cannot write notes), CI_API_V4_URL, CI_PROJECT_ID,
#            CI_MERGE_REQUEST_IID
#
# Needs curl and jq. Prints what it did to standard error.

set -euo pipefail

file=${1:?usage: sticky-comment.sh FILE}
marker=${ITPLAN_MARKER:-<!-- itplan review -->}
if [ -n "${CI_API_V4_URL:-}" ]; then default_forge=gitlab; else default_forge=github; fi
forge=${ITPLAN_FORGE:-$default_forge}
per_page=100

case $forge in
    github)
        api=${GITHUB_API_URL:-https://api.github.com}
        list_url="$api/repos/${GITHUB_REPOSITORY:?}/issues/${ITPLAN_PR:?}/comments"
        item_url="$api/repos/$GITHUB_REPOSITORY/issues/comments"
        update=PATCH
        auth="Authorization: Bearer ${GITHUB_TOKEN:?}"
        ;;
    gitlab)
        api=${CI_API_V4_URL:?}
        list_url="$api/projects/${CI_PROJECT_ID:?}/merge_requests/${CI_MERGE_REQUEST_IID:?}/notes"
        item_url=$list_url
        update=PUT
        auth="PRIVATE-TOKEN: ${ITPLAN_NOTE_TOKEN:?}"
        ;;
    *)
        echo "sticky-comment.sh: ITPLAN_FORGE must be github or gitlab, not $forge" >&2
        exit 2
        ;;
esac

request() {
    curl --silent --show-error --fail --header "$auth" \
        --header "Content-Type: application/json" --header "Expect:" "$@"
}

# The body as JSON, with the marker as its first line.
payload=$(mktemp)
trap 'rm -f "$payload"' EXIT
if grep -qF -- "$marker" "$file"; then
    jq --null-input --rawfile body "$file" '{body: $body}' >"$payload"
else
    jq --null-input --rawfile body "$file" --arg marker "$marker" \
        '{body: ($marker + "\n" + $body)}' >"$payload"
fi

# The first comment holding the marker, page by page.
found=""
page=1
while :; do
    comments=$(request "$list_url?per_page=$per_page&page=$page")
    found=$(jq --raw-output --arg marker "$marker" \
        'map(select((.body // "") | contains($marker))) | first | .id // empty' <<<"$comments")
    count=$(jq 'length' <<<"$comments")
    if [ -n "$found" ] || [ "$count" -lt "$per_page" ]; then break; fi
    page=$((page + 1))
done

if [ -n "$found" ]; then
    request --request "$update" --data "@$payload" "$item_url/$found" >/dev/null
    echo "sticky-comment.sh: updated comment $found" >&2
else
    request --request POST --data "@$payload" "$list_url" >/dev/null
    echo "sticky-comment.sh: created the comment" >&2
fi
