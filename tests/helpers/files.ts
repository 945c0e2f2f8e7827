import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`).split("\\").join("/"))
		.sort();
}

/** The SHA-256 of every file under `dir`, by path relative to it. */
export function fileHashes(dir: string): Map<string, string> {
	return new Map(
		listFiles(dir).map((file) => [
			file,
			createHash("sha256")
				.update(readFileSync(join(dir, file)))
				.digest("hex"),
		]),
	);
}

/** Paths whose bytes differ between two `fileHashes()`, or that only one of them has, sorted. */
export function differingFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}
