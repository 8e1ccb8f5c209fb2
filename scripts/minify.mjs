// Minifies the shipped JavaScript that trunk leaves as it is (its own minifier cannot parse
// wasm-bindgen's glue: trunk #1044): the glue (knee-care-<hash>.js), the loader (boot.js) and
// the embed script (embed.js), with terser, as ES modules where they are modules (export names
// kept: the tests import boot.js's). The readable sources stay in the repository. Prints each
// file's bytes before and after. Used by scripts/post_build.py, which then puts the glue's new
// hash where the page checks it.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { minify } from "terser";

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, "utf8");
  const module = !basename(file).startsWith("embed");
  const { code } = await minify(source, {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(file, code);
  console.log(`minified: ${basename(file)} ${Buffer.byteLength(source)} -> ${Buffer.byteLength(code)} B`);
}
