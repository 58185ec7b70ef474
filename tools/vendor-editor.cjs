// Copies the web editor (Sveltia CMS) and the fonts it uses from tools/node_modules into editor/, at the
// versions pinned in tools/package.json and package-lock.json, so that /admin/ loads nothing from a CDN.
// Usage: (cd tools && npm ci && node vendor-editor.cjs)   Then commit editor/.
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const modules = path.join(__dirname, "node_modules");
const out = path.join(__dirname, "..", "editor");
const pkg = (name) => JSON.parse(fs.readFileSync(path.join(modules, name, "package.json"), "utf8"));

// The editor's stylesheet names its fonts by CDN address; each becomes a file next to it.
const fonts = [
  { pkg: "@fontsource-variable/material-symbols-outlined", file: "material-symbols-outlined-latin-wght-normal.woff2",
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[0-9.]+\/latin-wght-normal\.woff2/g },
  { pkg: "@fontsource-variable/source-sans-3", file: "source-sans-3-latin-wght-normal.woff2",
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[0-9.]+\/latin-wght-normal\.woff2/g },
  { pkg: "@fontsource/noto-mono", file: "noto-mono-latin-400-normal.woff2",
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[0-9.]+\/latin-400-normal\.woff2/g },
];

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, "fonts"), { recursive: true });
const rows = [];
const sha = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const record = (name, version, license, file, note) =>
  rows.push(`| ${name} | ${version} | ${license} | \`${path.relative(out, file)}\` | ${sha(file)} | ${note} |`);

const cms = pkg("@sveltia/cms");
let js = fs.readFileSync(path.join(modules, "@sveltia/cms/dist/sveltia-cms.js"), "utf8");
const original = sha(path.join(modules, "@sveltia/cms/dist/sveltia-cms.js"));
for (const f of fonts) {
  const before = js;
  js = js.replace(f.cdn, "fonts/" + f.file);
  if (js === before) throw new Error(`the editor no longer names ${f.file} by its CDN address: check the fonts`);
  fs.copyFileSync(path.join(modules, f.pkg, "files", f.file), path.join(out, "fonts", f.file));
  fs.copyFileSync(path.join(modules, f.pkg, "LICENSE"), path.join(out, "fonts", f.file.replace(/\.woff2$/, ".LICENSE.txt")));
  const p = pkg(f.pkg);
  record(f.pkg, p.version, p.license, path.join(out, "fonts", f.file), "as published");
}
if (/cdn\.jsdelivr\.net\/fontsource/.test(js)) throw new Error("a font is still loaded from the CDN");
fs.writeFileSync(path.join(out, "sveltia-cms.js"), js);
fs.copyFileSync(path.join(modules, "@sveltia/cms/LICENSE.txt"), path.join(out, "sveltia-cms.LICENSE.txt"));
record(cms.name, cms.version, cms.license, path.join(out, "sveltia-cms.js"),
  `\`dist/sveltia-cms.js\` (sha256 ${original}) with its three font addresses pointed at \`fonts/\``);

fs.writeFileSync(path.join(out, "VENDORED.md"), `# The web editor, vendored

Made by \`tools/vendor-editor.cjs\` from the npm packages pinned in \`tools/package.json\`; do not edit these
files by hand. The builder publishes them under \`/admin/\` with the configuration it generates (README, "Editing
in the browser"). To update: change the versions in \`tools/package.json\`, then
\`cd tools && npm install && node vendor-editor.cjs\`, build, run the tests (\`editor.EditorBrowserTest\` edits
content in the new version) and commit \`editor/\` with \`tools/package-lock.json\`.

| package | version | licence | file | sha256 | note |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`);
console.log(`vendored ${cms.name} ${cms.version} and ${fonts.length} fonts into editor/`);
