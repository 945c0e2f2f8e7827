import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { listFiles } from "./files.ts";

export const DIST = resolve("dist");

/** Every file under `dist/`, as paths relative to it with `/` separators. */
export function distFiles(): string[] {
	return listFiles(DIST);
}

export function readDist(file: string): string {
	return readFileSync(join(DIST, file), "utf8");
}

const parsed = new Map<string, Root>();

/** A built page parsed to hast (cached across tests). */
export function page(file: string): Root {
	let tree = parsed.get(file);
	if (!tree) {
		tree = fromHtml(readDist(file));
		parsed.set(file, tree);
	}
	return tree;
}

/** The file a site-relative URL path resolves to in `dist/`, as a static host would serve it. */
export function fileForPath(pathname: string): string | undefined {
	const path = decodeURIComponent(pathname).replace(/^\/+/, "");
	for (const candidate of [path, join(path, "index.html")]) {
		const full = join(DIST, candidate);
		if (candidate !== "" && existsSync(full) && statSync(full).isFile()) return candidate;
	}
	return undefined;
}
