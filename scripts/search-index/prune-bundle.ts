import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readMeta } from "./pagefind-files.ts";

/** Folders of a bundle whose files are named by their content and listed in its meta file. */
const LISTED_FOLDERS = ["fragment", "index", "filter"];

/**
 * Files in a Pagefind bundle that its index no longer refers to. Pagefind names fragments, word
 * chunks, filters and meta files by their content and does not write a file that is already
 * there, so an index written into the folder of an older one leaves the older one's files behind.
 * Refers = the meta file named in `pagefind-entry.json`, and the pages, chunks and filters that
 * meta file lists. Throws on a bundle of another shape (see pagefind-files.ts).
 */
export function unreferencedBundleFiles(bundle: string): string[] {
	const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
		languages?: Record<string, { hash?: unknown }>;
	};
	const metas = Object.values(entry.languages ?? {}).map(({ hash }) => {
		if (typeof hash !== "string") throw new Error(`${bundle}/pagefind-entry.json 里缺少 meta 文件的名字`);
		return `pagefind.${hash}.pf_meta`;
	});
	const listed = new Set(
		metas.flatMap((name) => {
			const meta = readMeta(join(bundle, name));
			return [
				...meta.pages.map(([hash]) => hash),
				...meta.chunks.map(([, , hash]) => hash),
				...meta.filters.map(([, hash]) => hash),
			];
		}),
	);
	const stale: string[] = [];
	for (const item of readdirSync(bundle, { withFileTypes: true })) {
		if (!item.isDirectory()) {
			if (/^pagefind\..+\.pf_meta$/.test(item.name) && !metas.includes(item.name)) stale.push(item.name);
		} else if (LISTED_FOLDERS.includes(item.name)) {
			for (const name of readdirSync(join(bundle, item.name)))
				if (!listed.has(name.replace(/\.pf_\w+$/, ""))) stale.push(`${item.name}/${name}`);
		} else throw new Error(`${bundle} 里有不认识的文件夹 ${item.name}`);
	}
	return stale.sort();
}

/** Deletes the files of older indexes from a bundle (see `unreferencedBundleFiles`); returns how many. */
export function pruneBundle(bundle: string): number {
	const stale = unreferencedBundleFiles(bundle);
	for (const file of stale) rmSync(join(bundle, file));
	return stale.length;
}
