#!/bin/sh
# Regenerates EMF model + edit code (bundles/io.tagwright.model/src-gen, bundles/io.tagwright.model.edit/src-gen)
# from bundles/io.tagwright.model/model/tagwright.genmodel. Extra arguments go to Maven (e.g. -o).
cd "$(dirname "$0")/../.." && exec ./mvnw -q -B -f releng/emf-codegen/pom.xml process-classes "$@"
