#!/usr/bin/env bash
# The onboarding pipeline, for any CI: install, gate every connection of the onboarding file with
# `bitbucket-tfe doctor`, then deploy the Data Center connection and the onboarding with cdktf, state in TFE.
# Nothing here prints a secret; the doctor redacts every credential it is given.
#
# Secured variables (set them in the CI, never in the repository):
#   TFE_TOKEN                                   TFE API token: the doctor, the state and (as TF_VAR_tfe_token) the providers
#   DC_SERVICE_ACCOUNT_USERNAME, DC_SERVICE_ACCOUNT_TOKEN
#                                               the Data Center service account, for the doctor's webhook check
#   CLOUD_SERVICE_ACCOUNT_USERNAME, CLOUD_SERVICE_ACCOUNT_TOKEN
#                                               the Bitbucket Cloud service account (e-mail and API token), for the doctor
#   TF_VAR_bitbucket_admin_username, TF_VAR_bitbucket_admin_password        Data Center administrator, for the deploy
#   TF_VAR_bitbucket_cloud_username, TF_VAR_bitbucket_cloud_api_token       Bitbucket Cloud credentials, for the deploy
# Settings:
#   CDKTF_STATE_ORGANIZATION (required)         TFE organization that keeps the state, one workspace per stack
#   TFE_HOSTNAME                                TFE host of the state (default app.terraform.io)
#   ONBOARDING_FILE                             default examples/onboarding-file/onboarding.yaml
set -euo pipefail
cd "$(dirname "$0")/../.."
export ONBOARDING_FILE="${ONBOARDING_FILE:-$PWD/examples/onboarding-file/onboarding.yaml}"
: "${CDKTF_STATE_ORGANIZATION:?set the TFE organization that keeps the state}"
: "${TFE_TOKEN:?set TFE_TOKEN}"
tfe_host="${TFE_HOSTNAME:-app.terraform.io}"
tfe_host_variable="${tfe_host//-/__}"
# Terraform reads the state backend's credentials from TF_TOKEN_<host, "." as "_" and "-" as "__">.
export "TF_TOKEN_${tfe_host_variable//./_}=$TFE_TOKEN" TF_VAR_tfe_token="$TFE_TOKEN" CHECKPOINT_DISABLE=1

npm ci
npm run build

# The doctor over every connection of the file, each with its own service account's credentials.
doctor_every_connection() {
  node -e 'for (const c of require("yaml").parse(require("fs").readFileSync(process.argv[1], "utf8")).connections) console.log(c.name, c.flavor)' "$ONBOARDING_FILE" |
  while read -r connection flavor; do
    if [ "$flavor" = cloud ]; then
      username="$CLOUD_SERVICE_ACCOUNT_USERNAME" token="$CLOUD_SERVICE_ACCOUNT_TOKEN"
    else
      username="$DC_SERVICE_ACCOUNT_USERNAME" token="$DC_SERVICE_ACCOUNT_TOKEN"
    fi
    BITBUCKET_USERNAME="$username" BITBUCKET_TOKEN="$token" \
      node bin/bitbucket-tfe.js doctor "$@" --onboarding-file "$ONBOARDING_FILE" --connection "$connection"
  done
}

# Gate: nothing is deployed unless every connection passes. A repository added by this change has no permission
# yet (the deploy grants it): --before-deploy reports it "pending"; everything else (credentials and their
# account, OAuth client, keys, application link, repositories the deploy does not grant) must pass.
doctor_every_connection --before-deploy

# Phase 1, idempotent after the first run: the Data Center connection (key pair, application link, OAuth client).
(cd examples/data-center && npx cdktf deploy data-center-connect --auto-approve)
# Phase 2: the repositories of the onboarding file. Until someone authorized the connection once (the
# connect stack's next_step output), its plan stops with a precondition that says what to do.
(cd examples/onboarding-file && npx cdktf deploy onboarding --auto-approve)

# After the deploy the full doctor: every grant must now be in place.
doctor_every_connection
