# Shared by run.sh and test.sh: installs only what is missing, says what it does.

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux" >&2
    exit 1
  fi
}

# A broker: a container runtime (Aspire starts RabbitMQ in it), or Debian's rabbitmq-server, which the
# AppHost and the test fixtures start themselves with private data dirs and ports (never the system service).
ensure_broker() {
  if docker info >/dev/null 2>&1; then
    return
  fi
  if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    return
  fi
  echo "No container runtime and no rabbitmq-server: installing Debian's rabbitmq-server package." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends rabbitmq-server >/dev/null
  # The package starts the system service where it can; ours are private nodes, so stop it if it runs.
  $sudo systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
}

# The browser tests drive Debian's Chromium with Playwright (Playwright's own browser download does not work here).
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  echo "No Chromium: installing Debian's chromium package for the browser tests." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium >/dev/null
}

# Azurite (the Azure Storage emulator, an npm package pinned in tools/azurite) for the blob document store's tests:
# the tests start it themselves with a private folder and port when no container runtime is there to run it.
ensure_azurite() {
  if [ -x tools/azurite/node_modules/.bin/azurite-blob ]; then
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "No npm: installing Debian's nodejs and npm packages for Azurite." >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends nodejs npm >/dev/null
  fi
  echo "Installing Azurite (tools/azurite) with npm." >&2
  npm ci --prefix tools/azurite --no-audit --no-fund --loglevel=error >/dev/null
}
