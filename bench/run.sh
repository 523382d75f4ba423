#!/usr/bin/env bash
# Prints Ballaura's performance figures: outbox → RabbitMQ → inbox against a plain MassTransit baseline,
# the gateway's overhead against calling the service directly (with and without its token check), the X12
# streaming parse, coverage verification against the payer sandbox under faults, and scheduling (availability,
# bookings, the 50-caller booking rush), and billing files (835 posting, a 100 MB 835, 837P writing).
# Usage: bench/run.sh [messaging|gateway|x12|verification|scheduling|billing|notifications|all]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_dotnet
ensure_broker
dotnet build Ballaura.sln -c Release -nologo -v q
dotnet bench/Ballaura.Benchmarks/bin/Release/net10.0/Ballaura.Benchmarks.dll "$@"
