#!/usr/bin/env bash
# `npm run audit`: fails on any high or critical advisory in production
# dependencies. The advisory database lives on the npm registry; when the
# registry (or a mirror) does not offer the audit endpoint, say so loudly and
# pass, unless AUDIT_REQUIRED=1 makes that a failure too.
set -uo pipefail
out="$(npm audit --omit=dev --audit-level=high 2>&1)"
status=$?
echo "$out" | grep -v 'Unknown user config'
if [ $status -ne 0 ] && echo "$out" | grep -q 'audit endpoint returned an error'; then
  echo "WARNING: npm audit could not reach the advisory database; dependencies were NOT audited." >&2
  [ "${AUDIT_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
fi
exit $status
