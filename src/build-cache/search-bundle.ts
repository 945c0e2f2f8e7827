import { createHash } from "node:crypto";
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileStamp, stampOf } from "./file-stamp.ts";
import { hashParts } from "./hash.ts";
import type { StampMemo } from "./stamp-memo.ts";

/** A page the indexer reads, by its path in the site and the hash of its bytes. */
export interface IndexedPage {
	path: string;
	hash: string;
}

/**
 * Hashes the bytes of each file (paths relative to `dir`), or takes the hash from `memo` while the
 * file is unchanged (same stamp): a kept page is not read again.
 */
export function hashPages(dir: string, paths: readonly string[], memo?: StampMemo<string>): IndexedPage[] {
	return paths.map((path) => {
		const stamp = memo && fileStamp(join(dir, path));
		const known = stamp === undefined ? undefined : memo?.get(path, stamp);
		if (known) return { path, hash: known };
		const hash = createHash("sha256")
			.update(readFileSync(join(dir, path)))
			.digest("hex");
		if (stamp !== undefined) memo?.set(path, stamp, hash);
		return { path, hash };
	});
}

/**
 * The key of a search bundle: the indexer's version (its code, Pagefind's version, its options)
 * and every page it reads, by path and content. The same key means the same index, byte for byte.
 */
export function searchBundleKey(indexer: string, pages: readonly IndexedPage[]): string {
	const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return hashParts([indexer, ...sorted.map((page) => `${page.path}\n${page.hash}`)]);
}

/**
 * What a folder holds as the file system sees it: every file's path, size, modification time and
 * inode. Writing, replacing or deleting any file changes it; reading or linking it does not.
 * Undefined when there is no folder.
 */
export function folderFingerprint(dir: string): string | undefined {
	if (!existsSync(dir)) return undefined;
	const lines = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
		.map((path) => `${path} ${stampOf(statSync(join(dir, path), { bigint: true }))}`)
		.sort();
	return hashParts(lines);
}

/** The bundle an output folder holds, as recorded when it was written. */
export interface PlacedBundle {
	key: string;
	pages: number;
}

/**
 * Which search bundle each output folder holds, so an unchanged site is not indexed again, and a
 * changed one is indexed into the folder of its last index (Pagefind then writes only the files
 * that changed). A record counts only while the folder is exactly as the indexer left it (same
 * fingerprint): a bundle deleted, edited or written by another build has no record.
 */
export interface SearchBundleState {
	/** What `outputPath` holds, when it is untouched since it was recorded. */
	placed(outputPath: string): PlacedBundle | undefined;
	/** Records that `outputPath` now holds the bundle for `key`, indexed from `pages` pages. */
	record(outputPath: string, key: string, pages: number): void;
}

interface StoredBundle extends PlacedBundle {
	fingerprint: string;
}

export function searchBundleState(file: string): SearchBundleState {
	const read = (): Record<string, StoredBundle> => {
		try {
			const value: unknown = JSON.parse(readFileSync(file, "utf8"));
			return typeof value === "object" && value !== null ? (value as Record<string, StoredBundle>) : {};
		} catch {
			return {};
		}
	};
	return {
		placed(outputPath) {
			const placed = read()[outputPath];
			if (typeof placed?.key !== "string" || typeof placed.pages !== "number") return undefined;
			if (folderFingerprint(outputPath) !== placed.fingerprint) return undefined;
			return { key: placed.key, pages: placed.pages };
		},
		record(outputPath, key, pages) {
			const fingerprint = folderFingerprint(outputPath);
			if (!fingerprint) throw new Error(`${outputPath} 不存在：没有可记录的搜索索引`);
			const state = { ...read(), [outputPath]: { key, fingerprint, pages } };
			mkdirSync(dirname(file), { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify(state));
			renameSync(temporary, file);
		},
	};
}
