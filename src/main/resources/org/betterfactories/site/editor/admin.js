// The web editor's set-up (README, "Editing in the browser"): the site's stylesheet in the preview, the AsciiDoc
// format of the guide's chapters, then Sveltia CMS. Written by the site builder; LISTS and NUMBERS come from the
// content schema.
(() => {
  const LISTS = /*LISTS*/[];
  const NUMBERS = /*NUMBERS*/[];

  // An AsciiDoc chapter: `= Title`, then `:name: value` attribute lines up to the first blank line, then the text.
  const fromFile = (text) => {
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    const data = {};
    let i = 0;
    while (i < lines.length && lines[i].startsWith("//")) i++;
    if (i < lines.length && lines[i].startsWith("= ")) data.title = lines[i++].slice(2).trim();
    for (; i < lines.length && lines[i].trim() !== ""; i++) {
      const m = /^:([A-Za-z0-9_][A-Za-z0-9_-]*):\s*(.*)$/.exec(lines[i]);
      if (!m) break;
      let value = m[2];
      while (value.endsWith(" \\") && i + 1 < lines.length) value = value.slice(0, -2) + " " + lines[++i].trim();
      if (LISTS.includes(m[1])) data[m[1]] = value.split(",").map((v) => v.trim()).filter((v) => v !== "");
      else if (NUMBERS.includes(m[1]) && /^-?\d+$/.test(value.trim())) data[m[1]] = Number(value.trim());
      else data[m[1]] = value.trim();
    }
    data.body = lines.slice(i).join("\n").replace(/^\n+/, "");
    return data;
  };

  const toFile = (data) => {
    let out = "= " + (data.title ?? "").trim() + "\n";
    for (const [key, value] of Object.entries(data)) {
      if (key === "title" || key === "body" || value === undefined || value === null || value === "") continue;
      if (Array.isArray(value) && value.length === 0) continue;
      out += ":" + key + ": " + (Array.isArray(value) ? value.join(", ") : String(value).replace(/\s*\n\s*/g, " ")) + "\n";
    }
    return out + "\n" + String(data.body ?? "").replace(/\s+$/, "") + "\n";
  };

  CMS.registerCustomFormat("asciidoc", "adoc", { fromFile, toFile });
  const style = document.querySelector('meta[name="bfc-preview-style"]');
  if (style) CMS.registerPreviewStyle(style.content);
  CMS.init();
})();
