import { readdirSync } from "node:fs";

/** The content folder the build read: `CONTENT_DIR`, as in `src/content.config.ts`, or `content`. */
export const CONTENT_DIR = process.env["CONTENT_DIR"] ?? "content";

/** Ids (file names without extension) of the entries in a content collection folder. */
export function entryIds(collection: "articles" | "questions"): string[] {
	return readdirSync(`${CONTENT_DIR}/${collection}`)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => name.replace(/\.mdx?$/, ""))
		.sort();
}
