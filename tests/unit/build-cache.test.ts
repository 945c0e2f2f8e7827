import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codeVersion, codeVersionParts } from "../../src/build-cache/code-version.ts";
import { dependencyClosure, type LockedPackage } from "../../src/build-cache/dependency-closure.ts";
import { hashParts } from "../../src/build-cache/hash.ts";
import { importClosure, packageOf, specifiersOf } from "../../src/build-cache/import-closure.ts";
import { jsonFileCache } from "../../src/build-cache/json-file-cache.ts";
import { isCachedRendering, markdownCache, renderKey } from "../../src/build-cache/markdown-cache.ts";

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "build-cache-"));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative, sorted. */
const filesUnder = (root: string) =>
	existsSync(root) ? readdirSync(root, { recursive: true, encoding: "utf8" }).sort() : [];

describe("hashParts", () => {
	it("tells apart parts that only concatenate alike", () => {
		expect(hashParts(["ab", "c"])).not.toBe(hashParts(["a", "bc"]));
		expect(hashParts(["a", "b"])).toBe(hashParts(["a", Buffer.from("b")]));
	});
});

describe("the code a module runs", () => {
	it("finds every kind of import specifier", () => {
		const source = [
			'import a from "./a.ts";',
			'import type { B } from "@scope/b/sub";',
			'export { c } from "./c.ts";',
			'import "side-effect";',
			'const d = await import("./d.ts");',
			'import { e } from "node:fs";',
		].join("\n");
		expect(specifiersOf(source)).toEqual([
			"./a.ts",
			"@scope/b/sub",
			"./c.ts",
			"side-effect",
			"./d.ts",
			"node:fs",
		]);
	});

	it.each([
		["katex", "katex"],
		["katex/contrib/mhchem", "katex"],
		["@shikijs/rehype/core", "@shikijs/rehype"],
		["@astrojs/markdown-remark", "@astrojs/markdown-remark"],
	])("%s is package %s", (specifier, name) => {
		expect(packageOf(specifier)).toBe(name);
	});

	it("follows relative imports through the site's files and collects the packages, once each", () => {
		const files: Record<string, string> = {
			"/p/worker.ts": 'import { a } from "./a.ts";\nimport katex from "katex";',
			"/p/a.ts": 'import { b } from "./lib/b.ts";\nimport { x } from "unified";\nimport fs from "node:fs";',
			"/p/lib/b.ts": 'import { a } from "../a.ts";\nimport "katex/dist/katex.css";',
			"/p/unrelated.ts": 'import "left-out";',
		};
		const closure = importClosure(["/p/worker.ts"], (path) => {
			const text = files[path];
			if (text === undefined) throw new Error(`no ${path}`);
			return text;
		});
		expect(closure).toEqual({
			files: [resolve("/p/a.ts"), resolve("/p/lib/b.ts"), resolve("/p/worker.ts")],
			packages: ["katex", "unified"],
		});
	});
});

describe("dependencyClosure", () => {
	const lock: Record<string, LockedPackage> = {
		"node_modules/rehype-katex": { version: "7.0.1", dependencies: { katex: "^0.16.0", "hast-util": "^1" } },
		"node_modules/katex": { version: "0.16.47", dependencies: { commander: "^8" } },
		"node_modules/commander": { version: "13.0.0" },
		"node_modules/katex/node_modules/commander": { version: "8.3.0" },
		"node_modules/hast-util": { version: "1.0.0", optionalDependencies: { "not-installed": "^1" } },
		"node_modules/vitest": { version: "5.1.1" },
	};

	it("lists every package the roots load, resolving nested copies as Node does", () => {
		expect(dependencyClosure(lock, ["rehype-katex"])).toEqual([
			"commander@8.3.0",
			"hast-util@1.0.0",
			"katex@0.16.47",
			"rehype-katex@7.0.1",
		]);
	});

	it("changes when a package deep in the tree changes version, not when an unrelated one does", () => {
		const before = dependencyClosure(lock, ["rehype-katex"]);
		const deeper = { ...lock, "node_modules/katex/node_modules/commander": { version: "8.3.1" } };
		const unrelated = { ...lock, "node_modules/vitest": { version: "6.0.0" } };
		expect(dependencyClosure(deeper, ["rehype-katex"])).not.toEqual(before);
		expect(dependencyClosure(unrelated, ["rehype-katex"])).toEqual(before);
	});
});

describe("codeVersion", () => {
	/** A tiny project: a worker that imports a plugin and a package, and a file it does not import. */
	function project(plugin: string, katexVersion: string): string {
		mkdirSync(join(dir, "src"), { recursive: true });
		mkdirSync(join(dir, "node_modules"), { recursive: true });
		writeFileSync(join(dir, "src", "worker.ts"), 'import { plugin } from "./plugin.ts";\nimport "katex";\n');
		writeFileSync(join(dir, "src", "plugin.ts"), plugin);
		writeFileSync(join(dir, "src", "page.ts"), "export const title = 1;\n");
		const packages = {
			"node_modules/katex": { version: katexVersion },
			"node_modules/astro": { version: "7.3.5" },
		};
		writeFileSync(join(dir, "node_modules", ".package-lock.json"), JSON.stringify({ packages }));
		return join(dir, "src", "worker.ts");
	}

	it("names the modules and packages the entry runs", () => {
		const worker = project("export const plugin = 1;\n", "0.16.47");
		const parts = codeVersionParts(dir, [worker]);
		expect(parts.files.map((line) => line.split(" ")[0])).toEqual(["src/plugin.ts", "src/worker.ts"]);
		expect(parts.packages).toEqual(["katex@0.16.47"]);
	});

	it("changes with a plugin's code or a dependency's version, not with a file the entry does not import", () => {
		const worker = project("export const plugin = 1;\n", "0.16.47");
		const before = codeVersion(dir, [worker]);
		writeFileSync(join(dir, "src", "page.ts"), "export const title = 2;\n");
		expect(codeVersion(dir, [worker])).toBe(before);
		project("export const plugin = 2;\n", "0.16.47");
		const pluginChanged = codeVersion(dir, [worker]);
		expect(pluginChanged).not.toBe(before);
		project("export const plugin = 2;\n", "0.16.48");
		expect(codeVersion(dir, [worker])).not.toBe(pluginChanged);
	});

	it("covers the real render worker: the site's plugins and options, KaTeX, Shiki, Mermaid and unified", () => {
		const parts = codeVersionParts(process.cwd(), ["src/markdown/render-worker.ts"]);
		const files = parts.files.map((line) => line.split(" ")[0]);
		expect(files).toEqual(
			expect.arrayContaining([
				"src/markdown/pipeline.ts",
				"src/markdown/site-processor.ts",
				"src/markdown/rehype-mermaid-svg.ts",
			]),
		);
		const names = parts.packages.map((line) => line.slice(0, line.lastIndexOf("@")));
		expect(names).toEqual(
			expect.arrayContaining(["katex", "shiki", "beautiful-mermaid", "unified", "rehype-katex"]),
		);
	});
});

describe("the Markdown render cache", () => {
	const rendering = { html: "<p>你好</p>", headings: [{ depth: 2, slug: "a", text: "甲" }] };
	const key = renderKey({ body: "你好", frontmatter: { title: "题" } });

	it("keys a rendering by its body and frontmatter", () => {
		expect(renderKey({ body: "你好", frontmatter: { title: "题" } })).toBe(key);
		expect(renderKey({ body: "你好！", frontmatter: { title: "题" } })).not.toBe(key);
		expect(renderKey({ body: "你好", frontmatter: { title: "另一题" } })).not.toBe(key);
	});

	it("reads back what it wrote, and leaves no temporary file", async () => {
		const cache = markdownCache(dir);
		expect(await cache.read(key)).toBeUndefined();
		await cache.write(key, rendering);
		expect(await cache.read(key)).toEqual(rendering);
		expect(filesUnder(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
	});

	it.each([
		["half a file", '{"html":"<p>你'],
		["not JSON", "\u0000\u0001"],
		["another shape", '{"html":1,"headings":[]}'],
		["a heading without text", '{"html":"","headings":[{"depth":2,"slug":"a"}]}'],
		["nothing", ""],
	])("treats a corrupt entry (%s) as missing, and a new write replaces it", async (_, text) => {
		const cache = markdownCache(dir);
		await cache.write(key, rendering);
		const [file] = filesUnder(dir).filter((name) => name.endsWith(".json"));
		writeFileSync(join(dir, file ?? ""), text);
		expect(await cache.read(key)).toBeUndefined();
		await cache.write(key, rendering);
		expect(await cache.read(key)).toEqual(rendering);
	});

	it("reports a write it cannot make instead of failing", async () => {
		writeFileSync(join(dir, "blocked"), "a file where the cache's folder should be");
		const errors: unknown[] = [];
		const cache = markdownCache(join(dir, "blocked"), (error) => errors.push(error));
		await cache.write(key, rendering);
		expect(errors).toHaveLength(1);
		expect(await cache.read(key)).toBeUndefined();
	});

	it("refuses a key that is not a hash, so no key can name a path outside the cache", async () => {
		await expect(markdownCache(dir).read("../../etc/passwd")).resolves.toBeUndefined();
		await expect(jsonFileCache(dir, isCachedRendering).write("../x", rendering)).rejects.toThrow("十六进制");
	});
});
