import { statSync } from "node:fs";
import { join } from "node:path";
import { selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { DIST, fileForPath, page, readDist } from "./dist.ts";

export interface PageAssets {
	/** Script files the page loads, with the chunks they import, as dist paths. */
	scripts: string[];
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
	const inline = selectAll("script:not([src])", tree).reduce(
		(sum, node) => sum + Buffer.byteLength(textOf(node)),
		0,
	);
	const size = (files: string[]) => files.reduce((sum, asset) => sum + statSync(join(DIST, asset)).size, 0);
	return { scripts, styles, scriptBytes: size(scripts) + inline, styleBytes: size(styles) };
}
