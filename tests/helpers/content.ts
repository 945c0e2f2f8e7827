import { readdirSync } from "node:fs";

/** Ids (file names without extension) of the entries in a content collection folder. */
export function entryIds(collection: "articles" | "questions"): string[] {
	return readdirSync(`content/${collection}`)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => name.replace(/\.mdx?$/, ""))
		.sort();
}
