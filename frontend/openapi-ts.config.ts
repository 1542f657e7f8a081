import { defineConfig } from '@hey-api/openapi-ts';

// The SPA's API types, generated from the merged OpenAPI document the gateway serves (GET /api/v1/openapi.json),
// stored as docs/api/openapi/cchc-api.json (docs/api/clients.md). Types only: src/api/client.ts stays the transport
// (token, retries, Idempotency-Key, If-Match, Accept-Language). Regenerate with `npm run generate:api`.
export default defineConfig({
  input: '../docs/api/openapi/cchc-api.json',
  output: { path: 'src/api/generated', postProcess: ['prettier'] },
  plugins: ['@hey-api/typescript'],
});
