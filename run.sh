#!/bin/sh
# Builds Tagwright (tests skipped) and starts the workbench. The first start generates the demo dataset
# into the workspace (default ~/tagwright-workspace; pass -data DIR to use another one).
set -e
cd "$(dirname "$0")"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q verify -DskipTests
exec releng/io.tagwright.product/target/products/io.tagwright.product/linux/gtk/x86_64/tagwright/tagwright "$@"
