// Writes src/api/openapi.d.ts from the server's own OpenAPI document, so that the web client is
// typed from the one description of the HTTP API. Run after a route changes: npm run api:types -w web
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { Services } from '../../server/src/platform/services.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', CORELAB_WEB_DIR: path.join(import.meta.dirname, 'no-web') });
// Building the routes only reads their schemas; no handler runs, so no service is needed.
const app = await buildApp({ config, services: {} as Services });
await app.ready();
const document = app.swagger();
await app.close();

const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
const header = '// Generated from the server\'s OpenAPI document by scripts/generate-api-types.ts; do not edit.\n';
const target = path.join(import.meta.dirname, '../src/api/openapi.d.ts');
fs.writeFileSync(target, header + astToString(ast));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
