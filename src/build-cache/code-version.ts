import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { dependencyClosure, type LockedPackage } from "./dependency-closure.ts";
import { hashParts } from "./hash.ts";
import { importClosure } from "./import-closure.ts";

/** What a code version is made of, for a message or a test. */
export interface CodeVersionParts {
	/** The site's own modules, relative to the project, each with the hash of its text. */
	files: string[];
	/** Every installed package those modules load, directly or not, as `name@version`. */
	packages: string[];
	node: string;
}

/**
 * npm's record of what is installed (`node_modules/.package-lock.json`, kept up to date by every
 * `npm install`), or the project's lockfile when there is none.
 */
function installedPackages(root: string): Record<string, LockedPackage> {
	const hidden = join(root, "node_modules", ".package-lock.json");
	const lockfile = existsSync(hidden) ? hidden : join(root, "package-lock.json");
	if (!existsSync(lockfile)) return {};
	return (
		(JSON.parse(readFileSync(lockfile, "utf8")) as { packages?: Record<string, LockedPackage> }).packages ??
		{}
	);
}

/** Every installed package that `roots` load, with its version (see `dependencyClosure`). */
export function installedDependencies(root: string, roots: readonly string[]): string[] {
	return dependencyClosure(installedPackages(root), roots);
}

/** The parts of the code that `entries` (modules of the project at `root`) run. */
export function codeVersionParts(root: string, entries: readonly string[]): CodeVersionParts {
	const closure = importClosure(entries, (path) => readFileSync(path, "utf8"));
	return {
		files: closure.files.map((file) => `${relative(root, file)} ${hashParts([readFileSync(file)])}`),
		packages: installedDependencies(root, closure.packages),
		node: process.versions.node,
	};
}

/**
 * A short hash that changes whenever the code `entries` run changes: one of the site's modules
 * they import (plugins, options), or the version of any package those load, or Node's.
 */
export function codeVersion(root: string, entries: readonly string[]): string {
	const { files, packages, node } = codeVersionParts(root, entries);
	return hashParts([...files, ...packages, node]).slice(0, 16);
}
