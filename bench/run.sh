#!/usr/bin/env bash
# Prints Ballaura's performance figures: outbox → RabbitMQ → inbox against a plain MassTransit baseline,
# and the gateway's overhead against calling the service directly. Usage: bench/run.sh [messaging|gateway|all]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_dotnet
ensure_broker
dotnet build Ballaura.sln -c Release -nologo -v q
dotnet bench/Ballaura.Benchmarks/bin/Release/net10.0/Ballaura.Benchmarks.dll "$@"
