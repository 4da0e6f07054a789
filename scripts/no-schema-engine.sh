#!/bin/sh
# Prisma's CLI wants a native schema engine that cannot be downloaded on these machines.
# `prisma generate` only needs the variable to point at an existing file; anything that
# actually runs the engine lands here and fails loudly. See docs/decisions/002-migrations-without-schema-engine.md.
echo "The Prisma schema engine is not available here. Use: npm run db:migrate (apply) or npm run db:new-migration -- NAME (write)." >&2
exit 1
