#!/usr/bin/env bash
# Builds and runs every test (unit, messaging against a real broker, end to end through the gateway).
# Sets up what is missing first. Ends with one line "N passed, N failed, N skipped" and a non-zero exit
# when a test failed, the build failed or no test ran.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_broker
ensure_chromium
ensure_azurite
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build Ballaura.sln -c Release -nologo -v q
status=0
dotnet test Ballaura.sln -c Release --no-build -m:1 --blame-hang-timeout 10m --logger trx --results-directory "$results" "$@" || status=$?
bash scripts/test-summary.sh "$results" || status=$?
exit $status
