#!/usr/bin/env bash
# The onboarding pipeline, for any CI, run from the repository that holds the onboarding file and its cdktf app
# (the app of examples/onboarding-file with its imports from "cdktf-bitbucket-tfe"), after `npm ci`:
#
#   bash ci/onboarding.sh review    pull requests: validate, synthesize, gate with the doctor, plan the changed shards
#   bash ci/onboarding.sh deploy    the main branch: the same gate, deploy the changed shards, then the full doctor
#
# Only the shards whose configuration changed are gated, planned and deployed (`bitbucket-tfe shards --since`);
# every stack when anything but the onboarding file changed, when the base revision is unknown, or with
# ONBOARDING_SCOPE=all (a scheduled run that brings everything back in line). Each shard deploys in its own
# process, so one failing shard does not stop the others (`cdktf deploy a b c` stops starting stacks after the
# first failure); the summary says which failed and Terraform's error. Nothing here prints a secret: Terraform
# masks sensitive values and the doctor redacts every credential it is given.
#
# Settings (plain variables):
#   ONBOARDING_FILE            the onboarding file (default onboarding.yaml)
#   BASE_REF                   what the change is compared with: the target branch on pull requests (origin/main),
#                              the previous revision on main (default HEAD^)
#   ONBOARDING_SCOPE           changed (default) or all
#   PARALLELISM                shards planned or deployed at once (default 4)
#   STATE_STACK                the bootstrap stack that makes the state workspaces (default state)
#   CDKTF_STATE_ORGANIZATION   TFE organization that keeps the state (the app's CloudBackend); unset: local state
#   TFE_HOSTNAME               TFE host of the state and the doctor (default app.terraform.io)
# Secured variables (set them in the CI, never in the repository):
#   TFE_TOKEN                                   the state, the doctor, and the stacks' tfe_token
#   DC_SERVICE_ACCOUNT_USERNAME, DC_SERVICE_ACCOUNT_TOKEN          the doctor, as the Data Center service account
#   CLOUD_SERVICE_ACCOUNT_USERNAME, CLOUD_SERVICE_ACCOUNT_TOKEN    the doctor, as the Bitbucket Cloud service account
#   TF_VAR_bitbucket_admin_username, TF_VAR_bitbucket_admin_password      Data Center administrator, for the deploy
#   TF_VAR_bitbucket_cloud_username, TF_VAR_bitbucket_cloud_api_token     Bitbucket Cloud credentials, for the deploy
set -euo pipefail

mode="${1:-}"
if [ "$mode" != review ] && [ "$mode" != deploy ]; then
  echo "usage: $0 review|deploy" >&2
  exit 2
fi
ONBOARDING_FILE="${ONBOARDING_FILE:-onboarding.yaml}"
BASE_REF="${BASE_REF:-HEAD^}"
PARALLELISM="${PARALLELISM:-4}"
STATE_STACK="${STATE_STACK:-state}"
out=.onboarding
rm -rf "$out" && mkdir -p "$out/logs"

: "${TFE_TOKEN:?set TFE_TOKEN (a secured variable)}"
tfe_host="${TFE_HOSTNAME:-app.terraform.io}"
tfe_host_variable="${tfe_host//-/__}"
# Terraform reads the state backend's credentials from TF_TOKEN_<host, "." as "_" and "-" as "__">.
export "TF_TOKEN_${tfe_host_variable//./_}=$TFE_TOKEN"
export TF_VAR_tfe_token="${TF_VAR_tfe_token:-$TFE_TOKEN}" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 CI="${CI:-true}"

# ---- what changed ------------------------------------------------------------------------------------------
scope="${ONBOARDING_SCOPE:-changed}"
why="ONBOARDING_SCOPE=$scope"
base_known=no
if git rev-parse -q --verify "$BASE_REF^{commit}" >/dev/null; then base_known=yes; fi
if [ "$base_known" = no ] || ! git show "$BASE_REF:$ONBOARDING_FILE" > "$out/base.yaml" 2>/dev/null; then rm -f "$out/base.yaml"; fi
if [ "$scope" = changed ]; then
  if [ "$base_known" = no ]; then
    scope=all why="the base revision $BASE_REF is not known here"
  elif [ ! -s "$out/base.yaml" ]; then
    scope=all why="$ONBOARDING_FILE is new since $BASE_REF"
  elif git diff --name-only "$BASE_REF" HEAD | grep -v -x -F -e "$ONBOARDING_FILE" | grep -v -e '\.md$' | grep -q .; then
    scope=all why="files other than $ONBOARDING_FILE changed since $BASE_REF"
  else
    why="only $ONBOARDING_FILE changed since $BASE_REF"
  fi
fi
echo "== scope: $scope ($why)"

echo "== validate $ONBOARDING_FILE"
npx bitbucket-tfe validate "$ONBOARDING_FILE"

echo "== synthesize"
npx cdktf synth --no-color > "$out/logs/synth.log" 2>&1 || { tail -n 40 "$out/logs/synth.log"; exit 1; }

# The shards to gate, plan and deploy: "<shard> <connection> <flavor> <new: yes|no>" lines.
if [ -s "$out/base.yaml" ] && npx bitbucket-tfe validate "$out/base.yaml" > /dev/null 2>&1; then
  # Fails (and says what to do) when a shard disappears while it still onboards repositories.
  npx bitbucket-tfe shards "$ONBOARDING_FILE" --since "$out/base.yaml" --json > "$out/shards.json"
else
  npx bitbucket-tfe shards "$ONBOARDING_FILE" --json > "$out/shards.json"
fi
node -e '
  const fs = require("fs");
  const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const changed = new Set(process.argv[4] === "all" || r.changed === undefined ? r.shards.map((s) => s.name) : r.changed);
  const added = new Set(r.added ?? []);
  for (const s of r.shards) if (changed.has(s.name)) console.log(s.name, s.connection, s.flavor, added.has(s.name) ? "yes" : "no");
  // Every other stack of the app (the bootstrap, the connections): from the synthesized manifest.
  const manifest = JSON.parse(fs.readFileSync("cdktf.out/manifest.json", "utf8"));
  const shards = new Set(r.shards.map((s) => s.name));
  fs.writeFileSync(process.argv[2], Object.keys(manifest.stacks).filter((n) => !shards.has(n)).map((n) => n + "\n").join(""));
  fs.writeFileSync(process.argv[3], (r.added ?? []).length + (r.removed ?? []).length > 0 ? "yes\n" : "no\n");
' "$out/shards.json" "$out/other-stacks.txt" "$out/shard-set-changed.txt" "$scope" > "$out/changed.txt"
shard_set_changed="$(cat "$out/shard-set-changed.txt")"

# The bootstrap runs when shards come or go (their state workspaces) or when everything runs; the other stacks
# (the connections) always: they are small, and a change of the file's connection settings changes them too.
infra=()
while read -r stack; do
  if [ "$stack" = "$STATE_STACK" ]; then
    if [ "$scope" = all ] || [ "$shard_set_changed" = yes ]; then infra=("$stack" "${infra[@]}"); fi
  else
    infra+=("$stack")
  fi
done < "$out/other-stacks.txt"
echo "== stacks: ${infra[*]:-(no other stack)} and $(wc -l < "$out/changed.txt") shard(s):"
sed 's/^/   /' "$out/changed.txt"

# ---- the doctor ----------------------------------------------------------------------------------------------
# Over the changed shards, one run per connection, each with its own service account's credentials.
doctor() {
  local status=0 connection flavor username token shards
  for connection in $(cut -d' ' -f2 "$out/changed.txt" | sort -u); do
    flavor="$(awk -v c="$connection" '$2 == c { print $3; exit }' "$out/changed.txt")"
    shards="$(awk -v c="$connection" '$2 == c { printf " --shard %s", $1 }' "$out/changed.txt")"
    if [ "$flavor" = cloud ]; then
      username="${CLOUD_SERVICE_ACCOUNT_USERNAME:-}" token="${CLOUD_SERVICE_ACCOUNT_TOKEN:-}"
    else
      username="${DC_SERVICE_ACCOUNT_USERNAME:-}" token="${DC_SERVICE_ACCOUNT_TOKEN:-}"
    fi
    echo "-- doctor $* --connection $connection$shards"
    # shellcheck disable=SC2086 # $shards is a list of flags
    BITBUCKET_USERNAME="$username" BITBUCKET_TOKEN="$token" \
      npx bitbucket-tfe doctor "$@" --onboarding-file "$ONBOARDING_FILE" --connection "$connection" $shards || status=$?
  done
  return "$status"
}

# ---- plan or deploy, one process per stack --------------------------------------------------------------------
# run_stacks diff|deploy STACK...: at most PARALLELISM at once; each writes $out/logs/<stack>.log and
# $out/logs/<stack>.status. A failure does not stop the others.
run_stacks() {
  local action="$1"
  shift
  [ "$#" -gt 0 ] || return 0
  printf '%s\n' "$@" | xargs -P "$PARALLELISM" -I{} sh -c '
    action="$1" stack="$2" out="$3"
    if [ "$action" = deploy ]; then
      npx cdktf deploy "$stack" --skip-synth --auto-approve --ignore-missing-stack-dependencies --no-color > "$out/logs/$stack.log" 2>&1
    else
      npx cdktf diff "$stack" --skip-synth --no-color > "$out/logs/$stack.log" 2>&1
    fi
    echo $? > "$out/logs/$stack.status"
  ' run "$action" {} "$out"
}

# One line per stack, and for a failed one Terraform's error as it printed it.
summarize() {
  local failed=0 stack status
  for stack in "$@"; do
    status="$(cat "$out/logs/$stack.status" 2>/dev/null || echo "not run")"
    if [ "$status" = 0 ]; then
      echo "ok      $stack  $(grep -E -m1 -o '(Plan: [0-9]+ to add, [0-9]+ to change, [0-9]+ to destroy|No changes|Apply complete![^.]*)' "$out/logs/$stack.log" || true)"
    else
      failed=$((failed + 1))
      echo "FAILED  $stack  (exit $status; log: $out/logs/$stack.log)"
      { grep -E -A 12 '(Error|error):' "$out/logs/$stack.log" || tail -n 15 "$out/logs/$stack.log"; } | head -n 30 | sed 's/^/          /'
    fi
  done | tee -a "$out/summary.txt"
  return 0
}

count_failed() {
  local stack failed=0
  for stack in "$@"; do [ "$(cat "$out/logs/$stack.status" 2>/dev/null || echo 1)" = 0 ] || failed=$((failed + 1)); done
  echo "$failed"
}

mapfile -t shards < <(cut -d' ' -f1 "$out/changed.txt")
result=0

echo "== gate: doctor --before-deploy (repositories this change adds are pending: the deploy grants them)"
if [ "${#shards[@]}" -gt 0 ]; then doctor --before-deploy; fi

if [ "$mode" = review ]; then
  # A new shard's state workspace is made by the bootstrap when the change is deployed: with state in TFE there
  # is nothing to plan it against yet (and planning would create the workspace with the organization's defaults).
  planned=()
  for stack in "${shards[@]}"; do
    if [ -n "${CDKTF_STATE_ORGANIZATION:-}" ] && grep -q -x -e "$stack [^ ]* [^ ]* yes" "$out/changed.txt"; then
      echo "new     $stack  (planned after the bootstrap made its state workspace)" | tee -a "$out/summary.txt"
    else
      planned+=("$stack")
    fi
  done
  echo "== plan: ${infra[*]} ${planned[*]}"
  run_stacks diff "${infra[@]}" "${planned[@]}"
  echo "== summary"
  summarize "${infra[@]}" "${planned[@]}"
  [ "$(count_failed "${infra[@]}" "${planned[@]}")" = 0 ] || result=1
  exit "$result"
fi

# deploy: the bootstrap and the connections in order (the shards need them), then the shards side by side.
for stack in "${infra[@]}"; do
  echo "== deploy $stack"
  run_stacks deploy "$stack"
  if [ "$(count_failed "$stack")" != 0 ]; then
    summarize "$stack"
    echo "$stack failed: the shards depend on it, none was deployed" >&2
    exit 1
  fi
done
echo "== deploy ${#shards[@]} shard(s), $PARALLELISM at once"
run_stacks deploy "${shards[@]}"
echo "== summary"
summarize "${infra[@]}" "${shards[@]}"
failed="$(count_failed "${shards[@]}")"
[ "$failed" = 0 ] || { result=1; echo "$failed shard(s) failed; the others are deployed. Fix and run the pipeline again: it deploys the same shards." >&2; }

echo "== check: the full doctor over the deployed shards (every grant must now be there)"
mapfile -t deployed < <(for stack in "${shards[@]}"; do [ "$(cat "$out/logs/$stack.status")" = 0 ] && grep -x -e "$stack .*" "$out/changed.txt"; done)
printf '%s\n' "${deployed[@]}" | sed '/^$/d' > "$out/changed.txt"
if [ -s "$out/changed.txt" ]; then doctor || result=1; fi
exit "$result"
