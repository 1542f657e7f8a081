// Parses an AsyncAPI document with @asyncapi/parser (offline) and prints what it documents:
// "asyncapi summary: <channels> channels, <messages> messages, <operations> operations (<internal> internal channel(s))".
// Exit 1 when the parser reports an error or a warning (the same rules as `asyncapi validate`), or the document is empty.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node summary.mjs <asyncapi.yaml>');
  process.exit(2);
}
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
// severity: 0 error, 1 warning, 2 information, 3 hint
const errors = diagnostics.filter((d) => d.severity <= 1);
for (const e of errors) console.error(`${e.severity === 0 ? 'error' : 'warning'}: ${e.message} at ${e.path.join('.')}`);
if (!document || errors.length > 0) process.exit(1);
const channels = document.channels().all();
const internal = channels.filter((c) => c.extensions().get('x-internal')?.value() === true).length;
const messages = document.components().messages().all().length;
const operations = document.operations().all().length;
console.log(
  `asyncapi summary: ${channels.length} channels, ${messages} messages, ${operations} operations (${internal} internal channel(s))`,
);
if (channels.length === 0 || messages === 0) process.exit(1);
