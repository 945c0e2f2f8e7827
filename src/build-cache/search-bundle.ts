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
	return hashParts(
		folderFiles(dir).map((path) => `${path} ${stampOf(statSync(join(dir, path), { bigint: true }))}`),
	);
}

/** The paths of a folder's files, relative to it, sorted. */
function folderFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
		.sort();
}

/**
 * What a folder holds, by content: every file's path and the hash of its bytes. Unlike the
 * fingerprint it survives a copy (a cache restored by a CI host has new inodes and times), and it
 * costs a read of every file.
 */
export function folderDigest(dir: string): string {
	return hashParts(
		folderFiles(dir).map(
			(path) =>
				`${path} ${createHash("sha256")
					.update(readFileSync(join(dir, path)))
					.digest("hex")}`,
		),
	);
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
	/**
	 * What `outputPath` holds, when it is untouched since it was recorded: the same stamps, or (when
	 * recorded by content) the same bytes, whose new stamps are then recorded.
	 */
	placed(outputPath: string): PlacedBundle | undefined;
	/**
	 * Records that `outputPath` now holds the bundle for `key`, indexed from `pages` pages. With
	 * `byContent`, the folder's content digest is kept too: a copy of it (same bytes, other inodes)
	 * still counts, after one read of every file.
	 */
	record(outputPath: string, key: string, pages: number, options?: { byContent?: boolean }): void;
}

interface StoredBundle extends PlacedBundle {
	fingerprint: string;
	digest?: string;
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
	const write = (outputPath: string, stored: StoredBundle) => {
		const state = { ...read(), [outputPath]: stored };
		mkdirSync(dirname(file), { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(state));
		renameSync(temporary, file);
	};
	return {
		placed(outputPath) {
			const placed = read()[outputPath];
			if (typeof placed?.key !== "string" || typeof placed.pages !== "number") return undefined;
			const fingerprint = folderFingerprint(outputPath);
			if (fingerprint === undefined) return undefined;
			if (fingerprint !== placed.fingerprint) {
				// Copied (restored from a CI cache): the same bytes count, and the new stamps are kept.
				if (typeof placed.digest !== "string" || folderDigest(outputPath) !== placed.digest) return undefined;
				write(outputPath, { ...placed, fingerprint });
			}
			return { key: placed.key, pages: placed.pages };
		},
		record(outputPath, key, pages, { byContent = false } = {}) {
			const fingerprint = folderFingerprint(outputPath);
			if (!fingerprint) throw new Error(`${outputPath} 不存在：没有可记录的搜索索引`);
			write(outputPath, {
				key,
				fingerprint,
				pages,
				...(byContent ? { digest: folderDigest(outputPath) } : {}),
			});
		},
	};
}
