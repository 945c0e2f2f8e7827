import { dirname, resolve } from "node:path";

/** The code a set of entry modules runs: the site's own files and the packages they import. */
export interface ImportClosure {
	/** Absolute paths of the local modules, sorted. */
	files: string[];
	/** Names of the imported npm packages (`katex`, `@shikijs/rehype`), sorted. */
	packages: string[];
}

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** The module specifiers a source file names, in order. */
export function specifiersOf(source: string): string[] {
	return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? "");
}

/** The package a bare specifier names: `katex/contrib/x` → `katex`, `@a/b/c` → `@a/b`. */
export function packageOf(specifier: string): string {
	const parts = specifier.split("/");
	return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * Follows the relative imports of `entries` through the site's own files (read with `read`) and
 * collects every npm package they name. Node built-ins (`node:…`) are left out.
 */
export function importClosure(entries: readonly string[], read: (path: string) => string): ImportClosure {
	const files = new Set<string>();
	const packages = new Set<string>();
	const pending = entries.map((entry) => resolve(entry));
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (files.has(file)) continue;
		files.add(file);
		for (const specifier of specifiersOf(read(file))) {
			if (specifier.startsWith(".")) pending.push(resolve(dirname(file), specifier));
			else if (!specifier.startsWith("node:")) packages.add(packageOf(specifier));
		}
	}
	return { files: [...files].sort(), packages: [...packages].sort() };
}
