import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { parseMarkdown } from "../markdown/dialect.ts";
import type { LintEntry } from "./types.ts";

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Parses one entry file; the body keeps its line numbers by blanking the frontmatter lines. */
export function parseEntry(collection: LintEntry["collection"], path: string, text: string): LintEntry {
	const match = FRONTMATTER.exec(text);
	let data: Record<string, unknown> | undefined;
	if (match) {
		try {
			const parsed: unknown = parse(match[1] ?? "");
			data = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
		} catch {
			data = undefined;
		}
	}
	const body = match ? `${"\n".repeat(match[0].split("\n").length - 1)}${text.slice(match[0].length)}` : text;
	const id = path.replace(/^.*\//, "").replace(/\.mdx?$/, "");
	return { collection, id, path, text, data, tree: parseMarkdown(body) };
}

/** Every `.md`/`.mdx` entry under `<root>/articles` and `<root>/questions`, in name order. */
export async function collectEntries(root: string): Promise<LintEntry[]> {
	const entries: LintEntry[] = [];
	for (const collection of ["articles", "questions"] as const) {
		const names = await readdir(join(root, collection)).catch(() => []);
		for (const name of names.filter((file) => /\.mdx?$/.test(file)).sort()) {
			const path = join(root, collection, name);
			entries.push(parseEntry(collection, path, await readFile(path, "utf8")));
		}
	}
	return entries;
}
