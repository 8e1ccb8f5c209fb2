// Where the patient's wasm bytes go, by kind of code and by screen, for whoever chases the size
// budget (not part of the tests):
//
//   node scripts/wasm_breakdown.mjs [binary name, default knee-care] [rows of the largest, 15]
//
// It builds the binary in release as trunk does, but into target/breakdown with Rust's v0 symbol
// names (which name each generic function's types, so a screen's render says which screen it
// is), runs wasm-bindgen and wasm-opt -Oz as the build does while keeping the function names
// (the shipped wasm has none), then reads the code section's function sizes and the name
// section. It prints each kind's raw bytes, its share, and brotli's size of that kind's bytes
// alone (an indication: brotli of the whole file is not the sum of its parts), then each
// screen's render and the largest functions. Totals are within a few kB of the shipped wasm.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { ROOT } from "./browser-kit.mjs";

const BIN = process.argv[2] || "knee-care";
const TOP = Number(process.argv[3] || 15);
const TARGET = join(ROOT, "target", "breakdown");
const INPUT = join(TARGET, "wasm32-unknown-unknown", "release", `${BIN}.wasm`);
const WASM_OPT = join(ROOT, "node_modules", "binaryen", "bin", "wasm-opt");

function run(command, args, env = {}) {
  const done = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env } });
  if (done.status !== 0) throw new Error(`${command} failed: ${done.stderr || done.error}`);
}

/** The wasm as the build makes it, with its function names. */
function namedWasm() {
  run("cargo", ["build", "--quiet", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--bin", BIN], {
    CARGO_TARGET_DIR: TARGET,
    RUSTFLAGS: "-C symbol-mangling-version=v0",
  });
  const dir = mkdtempSync(join(tmpdir(), "wasm-breakdown-"));
  try {
    run("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", dir, "--out-name", "app", INPUT]);
    const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals"].map((f) => `--enable-${f}`);
    run(WASM_OPT, ["-Oz", "-g", ...features, join(dir, "app_bg.wasm"), "-o", join(dir, "named.wasm")]);
    return readFileSync(join(dir, "named.wasm"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A reader of LEB128 numbers and names over `bytes` from `at`. */
function reader(bytes, at = 0) {
  const r = {
    at,
    u32() {
      let result = 0;
      let shift = 0;
      for (;;) {
        const byte = bytes[r.at++];
        if (byte === undefined) throw new Error("the wasm ends inside a number");
        result += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return result;
        shift += 7;
      }
    },
    name() {
      const length = r.u32();
      const text = bytes.subarray(r.at, r.at + length).toString("utf8");
      r.at += length;
      return text;
    },
  };
  return r;
}

/** Each function's name and body bytes, the data section's bytes, and the rest's size. */
function parse(bytes) {
  const sections = [];
  const r = reader(bytes, 8);
  while (r.at < bytes.length) {
    const id = bytes[r.at++];
    const size = r.u32();
    const start = r.at;
    sections.push({ id, start, end: start + size, name: id === 0 ? reader(bytes, start).name() : null });
    r.at = start + size;
  }
  let imported = 0;
  const importSection = sections.find((s) => s.id === 2);
  if (importSection) {
    const i = reader(bytes, importSection.start);
    for (let n = i.u32(); n > 0; n -= 1) {
      i.name();
      i.name();
      const kind = bytes[i.at++];
      if (kind === 0) (imported += 1), i.u32();
      else if (kind === 1) (i.at += 1), limits(i);
      else if (kind === 2) limits(i);
      else if (kind === 3) i.at += 2;
      else if (kind === 4) (i.at += 1), i.u32();
      else throw new Error(`an import of unknown kind ${kind}`);
    }
  }
  function limits(i) {
    const flags = bytes[i.at++];
    i.u32();
    if (flags & 1) i.u32();
  }
  const names = new Map();
  const nameSection = sections.find((s) => s.name === "name");
  if (nameSection) {
    const n = reader(bytes, nameSection.start);
    n.name();
    while (n.at < nameSection.end) {
      const kind = bytes[n.at++];
      const size = n.u32();
      const end = n.at + size;
      if (kind === 1) {
        // Without the crates' hashes: `yew[df35…]::html` reads `yew::html`.
        for (let count = n.u32(); count > 0; count -= 1) names.set(n.u32(), n.name().replace(/\[[0-9a-f]+\]/g, ""));
      }
      n.at = end;
    }
  }
  const functions = [];
  const code = sections.find((s) => s.id === 10);
  const c = reader(bytes, code.start);
  const count = c.u32();
  for (let k = 0; k < count; k += 1) {
    const size = c.u32();
    functions.push({ name: names.get(imported + k) ?? `function ${imported + k}`, body: bytes.subarray(c.at, c.at + size) });
    c.at += size;
  }
  const data = sections.filter((s) => s.id === 11).map((s) => bytes.subarray(s.start, s.end));
  const shipped = sections.filter((s) => s.id !== 0).reduce((sum, s) => sum + (s.end - s.start), 8);
  return { functions, data, shipped };
}

/** A function's path without its generic arguments: what it is, not what it is used with. */
function outer(name) {
  let shorter = name;
  for (let last = ""; last !== shorter; ) {
    last = shorter;
    // `Vec<T>`, and v0's turbofish in a function's path: `drop_in_place::<T>`.
    shorter = shorter.replace(/([\w\]])(?:::)?<[^<>]*>/g, "$1");
  }
  return shorter;
}

// Kinds of code by a function's path without generic arguments; the first match wins.
const KINDS = [
  ["screens' markup (our components' html!, inlined into Yew's render)", /CompStateInner as yew::html::component::lifecycle::Stateful>::view|FunctionProvider>::run/],
  ["the shell's own code (knee_care)", /^<?knee_care|^<&?knee_care/],
  ["the pure core (knee_core)", /knee_core/],
  ["Yew's runtime", /yew/],
  ["serde (the messages to the host page)", /serde/],
  ["JS bindings (wasm-bindgen, js-sys, web-sys, imports)", /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|externref|^import/],
  ["Rust's std (formatting, allocator, collections)", /^<?&?(core|alloc|std|dlmalloc|hashbrown|compiler_builtins|f64|f32|char|str)\b|^<T as (core|alloc)/],
];

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;

const { functions, data, shipped } = parse(namedWasm());
const groups = new Map([...KINDS.map(([kind]) => [kind, []]), ["other code", []]]);
for (const f of functions) {
  const kind = KINDS.find(([, pattern]) => pattern.test(outer(f.name)));
  groups.get(kind ? kind[0] : "other code").push(f.body);
}
const rows = [...groups].map(([kind, bodies]) => [kind, Buffer.concat(bodies)]);
// The data segments: runs of text (the words of both languages, the pictures' paths, messages)
// apart from the rest (tables, vtables, numbers).
const text = [];
const tables = [];
for (const segment of data) {
  const runs = /[\x20-\x7e\xc2-\xf4\x80-\xbf\n]{8,}/g;
  const latin = segment.toString("latin1");
  let last = 0;
  for (let m = runs.exec(latin); m; m = runs.exec(latin)) {
    tables.push(segment.subarray(last, m.index));
    text.push(segment.subarray(m.index, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  tables.push(segment.subarray(last));
}
rows.push(["data: text (the words of both languages, the pictures' paths)", Buffer.concat(text)]);
rows.push(["data: tables and constants", Buffer.concat(tables)]);
rows.sort((a, b) => b[1].length - a[1].length);
const row = (cells) => `| ${cells.join(" | ")} |`;
console.log(`${BIN}.wasm: ${shipped} bytes without its names (${functions.length} functions)\n`);
console.log(row(["kind", "raw bytes", "share", "brotli alone"]));
console.log(row(["---", "---", "---", "---"]));
for (const [kind, bytes] of rows) {
  console.log(row([kind, bytes.length, `${((100 * bytes.length) / shipped).toFixed(1)} %`, brotli(bytes)]));
}
// A screen's render: its component's `html!`.
const screens = new Map();
for (const f of functions) {
  // Yew's generic render of the component, and the component's own function where it was not
  // inlined into it.
  const render =
    f.name.match(/CompStateInner<knee_care::([\w:]+)> as [^>]*>::view/) ??
    f.name.match(/^<knee_care::([\w:]+) as yew::functional::FunctionProvider>::run/);
  if (render) screens.set(render[1], (screens.get(render[1]) ?? 0) + f.body.length);
}
console.log(`\nEach component's render (raw bytes):\n`);
console.log(row(["component", "raw bytes"]));
console.log(row(["---", "---"]));
for (const [name, size] of [...screens].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(row([name, size]));
console.log(`\nThe ${TOP} largest functions:\n`);
for (const f of [...functions].sort((a, b) => b.body.length - a.body.length).slice(0, TOP)) {
  console.log(`${String(f.body.length).padStart(7)}  ${f.name.slice(0, 150)}`);
}
