// Writes src/api/openapi.d.ts from the server's own OpenAPI document, so that the web client is
// typed from the one description of the HTTP API. Run after a route changes: npm run api:types -w web
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { generatePlatformKey } from '../../server/src/audit/platform-key.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { createServices } from '../../server/src/platform/services.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', CORELAB_WEB_DIR: path.join(import.meta.dirname, 'no-web') });
// The routes are built on a throw-away in-memory database; only their schemas are read.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-api-types-'));
const database = await openDatabase({});
const services = createServices(database.db, { ...config, dataDir }, generatePlatformKey());
const app = await buildApp({ config, services });
await app.ready();
const document = app.swagger();
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
const header = '// Generated from the server\'s OpenAPI document by scripts/generate-api-types.ts; do not edit.\n';
const target = path.join(import.meta.dirname, '../src/api/openapi.d.ts');
fs.writeFileSync(target, header + astToString(ast));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
