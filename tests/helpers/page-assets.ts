import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { DIST, fileForPath, page, readDist } from "./dist.ts";

export interface PageAssets {
	/** The `<script src>` entry points of the page, as dist paths. */
	entries: string[];
	/** Script files the page loads, with the chunks they import, as dist paths. */
	scripts: string[];
	/** Gzipped bytes of the scripts and inline scripts. */
	scriptGzipBytes: number;
	styles: string[];
	/** Bytes of JavaScript: script files, their imports and inline scripts. */
	scriptBytes: number;
	styleBytes: number;
}

/** The JavaScript files a module imports statically, followed transitively. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const match of readDist(file).matchAll(
		/\bfrom\s*"(\.{1,2}\/[^"]+\.js)"|\bimport\s*"(\.{1,2}\/[^"]+\.js)"/g,
	)) {
		const target = new URL(match[1] ?? match[2] ?? "", `http://site.test/${file}`).pathname.slice(1);
		withImports(target, seen);
	}
	return seen;
}

/** What a built page loads up front (Pagefind is fetched only when a search opens). */
export function pageAssets(file: string): PageAssets {
	const tree = page(file);
	const local = (url: unknown) => fileForPath(new URL(String(url), "http://site.test/").pathname);
	const external = selectAll("script[src]", tree).flatMap((node) => local(node.properties["src"]) ?? []);
	const scripts = [...new Set(external.flatMap((script) => [...withImports(script)]))];
	const styles = selectAll('link[rel~="stylesheet"]', tree).flatMap(
		(node) => local(node.properties["href"]) ?? [],
	);
	// Inline scripts that run (the theme script); a JSON data block is data, not code.
	const inlineText = selectAll("script:not([src])", tree)
		.filter((node) => node.properties["type"] !== "application/json")
		.map((node) => textOf(node))
		.join("\n");
	const size = (files: string[]) => files.reduce((sum, asset) => sum + statSync(join(DIST, asset)).size, 0);
	const gzip = gzipSync(
		Buffer.concat([...scripts.map((script) => readFileSync(join(DIST, script))), Buffer.from(inlineText)]),
	).length;
	return {
		entries: external,
		scripts,
		scriptGzipBytes: gzip,
		styles,
		scriptBytes: size(scripts) + Buffer.byteLength(inlineText),
		styleBytes: size(styles),
	};
}
