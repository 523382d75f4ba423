#!/usr/bin/env bash
# Runs the whole of Ballaura (broker, five services, gateway) with the Aspire dashboard.
# Sets up what is missing first: a RabbitMQ broker when no container runtime answers.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_broker
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false
exec dotnet run --project Ballaura.AppHost --launch-profile http "$@"
