/**
 * Pagefind 1.6's index files, read and written: each is gzip over the signature `pagefind_dcd`
 * followed by CBOR (see cbor.ts). The shapes below are what Pagefind's indexer writes and its
 * WebAssembly reads; a file of another shape (another Pagefind version) is refused by name.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzip, gzipSync } from "node:zlib";
import { type CborValue, decodeCbor, encodeCbor } from "./cbor.ts";

/** Pagefind versions whose file layout this code knows. */
export const KNOWN_VERSION = /^1\.6\./;

const SIGNATURE = new TextEncoder().encode("pagefind_dcd");

/** One page holding a word: its page number as a difference to the previous entry's, where the
 * word stands (negative numbers set the weight of the positions after them), and where it stands
 * in the page's meta fields (negative numbers name the field: -1 is the first of `metaFields`). */
export type PageEntry = [delta: number, positions: number[], metaPositions: number[]];
/** A word, the pages holding it, and its spellings with diacritics (each with its own pages). */
export type WordEntry = [
	word: string,
	pages: PageEntry[],
	variants: [spelling: string, pages: PageEntry[]][],
];
export type MetaPage = [hash: string, wordCount: number, fragmentGroup: string];
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [name: string, hash: string];
export interface Meta {
	version: string;
	pages: MetaPage[];
	chunks: MetaChunk[];
	filters: MetaFilter[];
	sorts: CborValue[];
	metaFields: string[];
}
/** A filter: each value and the (absolute, ascending) numbers of the pages that carry it. */
export type FilterIndex = [name: string, values: [value: string, pages: number[]][]];

function unexpected(path: string, what: string): never {
	throw new Error(`${path} 不是 Pagefind 1.6 写出的格式（${what}）：合并分片的代码需要随 Pagefind 更新`);
}

/** The CBOR inside a Pagefind file. */
export function readPagefindFile(path: string): CborValue {
	const bytes = gunzipSync(readFileSync(path));
	if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) unexpected(path, "没有 pagefind_dcd 签名");
	return decodeCbor(bytes.subarray(SIGNATURE.length));
}

/** The JSON inside a Pagefind file that holds JSON (a page's fragment: its URL, text, meta…). */
export function readPagefindJson(path: string): unknown {
	const bytes = gunzipSync(readFileSync(path));
	if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) unexpected(path, "没有 pagefind_dcd 签名");
	return JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length)));
}

/** What a Pagefind file holds for `value` before compression: the signature and the CBOR. */
export function pagefindFileBody(value: CborValue): Uint8Array {
	const body = encodeCbor(value);
	const bytes = new Uint8Array(SIGNATURE.length + body.length);
	bytes.set(SIGNATURE);
	bytes.set(body, SIGNATURE.length);
	return bytes;
}

/** A Pagefind file's bytes for `value`. */
export function pagefindFileBytes(value: CborValue): Buffer {
	return gzipSync(pagefindFileBody(value));
}

const gzipAsync = promisify(gzip);

/** Compresses `body` (from pagefindFileBody) in Node's thread pool and writes it to `path`. */
export async function writePagefindFile(path: string, body: Uint8Array): Promise<void> {
	await writeFile(path, await gzipAsync(body));
}

/** A stable name for file content: the first `length` hex digits of its SHA-256. */
export function contentHash(bytes: Uint8Array, length: number): string {
	return createHash("sha256").update(bytes).digest("hex").slice(0, length);
}

const isArray = (value: unknown, length?: number): value is CborValue[] =>
	Array.isArray(value) && (length === undefined || value.length === length);
const isText = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number";
const areNumbers = (value: unknown): value is number[] => isArray(value) && value.every(isNumber);

function isPageEntry(value: unknown): value is PageEntry {
	return isArray(value, 3) && isNumber(value[0]) && areNumbers(value[1]) && areNumbers(value[2]);
}

function isPageList(value: unknown): value is PageEntry[] {
	return isArray(value) && value.every(isPageEntry);
}

export function readMeta(path: string): Meta {
	const value = readPagefindFile(path);
	if (!isArray(value, 6)) return unexpected(path, "元数据不是 6 项");
	const [version, pages, chunks, filters, sorts, metaFields] = value;
	if (!isText(version) || !KNOWN_VERSION.test(version)) return unexpected(path, `版本 ${String(version)}`);
	const triple = (item: unknown, check: (part: unknown, index: number) => boolean) =>
		isArray(item, 3) && item.every(check);
	if (
		!isArray(pages) ||
		!pages.every((page) => triple(page, (part, i) => (i === 1 ? isNumber(part) : isText(part))))
	)
		return unexpected(path, "页面列表");
	if (!isArray(chunks) || !chunks.every((chunk) => triple(chunk, isText)))
		return unexpected(path, "索引分块列表");
	if (!isArray(filters) || !filters.every((filter) => isArray(filter, 2) && filter.every(isText)))
		return unexpected(path, "筛选列表");
	if (!isArray(sorts) || !isArray(metaFields) || !metaFields.every(isText))
		return unexpected(path, "排序或元字段");
	return {
		version,
		pages: pages as MetaPage[],
		chunks: chunks as MetaChunk[],
		filters: filters as MetaFilter[],
		sorts,
		metaFields: metaFields as string[],
	};
}

export function readWordChunk(path: string): WordEntry[] {
	const value = readPagefindFile(path);
	if (!isArray(value, 1) || !isArray(value[0])) return unexpected(path, "索引分块");
	for (const word of value[0]) {
		const ok =
			isArray(word, 3) &&
			isText(word[0]) &&
			isPageList(word[1]) &&
			isArray(word[2]) &&
			word[2].every((variant) => isArray(variant, 2) && isText(variant[0]) && isPageList(variant[1]));
		if (!ok) return unexpected(path, `词条 ${JSON.stringify(word).slice(0, 60)}`);
	}
	return value[0] as WordEntry[];
}

export function readFilter(path: string): FilterIndex {
	const value = readPagefindFile(path);
	const ok =
		isArray(value, 2) &&
		isText(value[0]) &&
		isArray(value[1]) &&
		value[1].every((entry) => isArray(entry, 2) && isText(entry[0]) && areNumbers(entry[1]));
	if (!ok) return unexpected(path, "筛选");
	return value as FilterIndex;
}

/** Output file names: Pagefind's style (`zh-cn_1a2b3c4`), a hash of the content made longer on a clash. */
export function namer(language: string) {
	const used = new Set<string>();
	return (bytes: Uint8Array, length = 7) => {
		let size = length;
		let name = `${language}_${contentHash(bytes, size)}`;
		while (used.has(name)) name = `${language}_${contentHash(bytes, ++size)}`;
		used.add(name);
		return name;
	};
}

export type Namer = ReturnType<typeof namer>;

/**
 * Writes Pagefind files with their compression in Node's thread pool, a few at a time, while the
 * merge goes on. `done()` waits for all and reports the first failure.
 */
export function fileWriter() {
	const pending = new Set<Promise<void>>();
	return {
		async write(path: string, body: Uint8Array) {
			const writing: Promise<void> = writePagefindFile(path, body).finally(() => pending.delete(writing));
			pending.add(writing);
			if (pending.size >= 8) await Promise.race(pending);
		},
		async done() {
			await Promise.all(pending);
		},
	};
}

export type FileWriter = ReturnType<typeof fileWriter>;

/** The URL a page's fragment file gives. */
export function fragmentUrl(path: string): string {
	const fragment = readPagefindJson(path);
	const url =
		typeof fragment === "object" && fragment !== null && "url" in fragment ? fragment.url : undefined;
	if (typeof url !== "string") unexpected(path, "没有 url");
	return url;
}

/** Every page of the bundle in `dir` (all languages): its page hash by the URL its fragment gives. */
export function bundlePageHashes(dir: string): Map<string, string> {
	const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
		languages: Record<string, { hash: string }>;
	};
	const byUrl = new Map<string, string>();
	for (const { hash } of Object.values(entry.languages))
		for (const [page] of readMeta(join(dir, `pagefind.${hash}.pf_meta`)).pages)
			byUrl.set(fragmentUrl(join(dir, "fragment", `${page}.pf_fragment`)), page);
	return byUrl;
}
