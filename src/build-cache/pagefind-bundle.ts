import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** Pagefind's meta and index files start with this, then one CBOR value. */
const SIGNATURE = "pagefind_dcd";

/**
 * Every text string in one CBOR value (RFC 8949): the names Pagefind's meta file gives its
 * fragments, index chunks and filters are among them. Throws on anything that is not CBOR.
 */
export function cborTextStrings(bytes: Uint8Array): Set<string> {
	const strings = new Set<string>();
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let at = 0;
	const byte = () => {
		if (at >= bytes.length) throw new Error("CBOR 数据意外结束");
		return bytes[at++] as number;
	};
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
		if (size === undefined) throw new Error(`不支持的 CBOR 长度标记 ${info}`);
		let value = 0;
		for (let index = 0; index < size; index++) value = value * 256 + byte();
		return value;
	};
	const item = (): void => {
		const initial = byte();
		const major = initial >> 5;
		const info = initial & 31;
		if (info === 31) {
			if (major < 2 || major > 5) throw new Error("不支持的不定长 CBOR 值");
			while (bytes[at] !== 0xff) item();
			at++;
			return;
		}
		const value = argument(info);
		if (major === 2 || major === 3) {
			if (at + value > bytes.length) throw new Error("CBOR 字符串超出数据末尾");
			if (major === 3) strings.add(decoder.decode(bytes.subarray(at, at + value)));
			at += value;
		} else if (major === 4) for (let index = 0; index < value; index++) item();
		else if (major === 5) for (let index = 0; index < value * 2; index++) item();
		else if (major === 6) item();
	};
	item();
	if (at !== bytes.length) throw new Error("CBOR 值之后还有多余的数据");
	return strings;
}

/** The file names (without extension) a Pagefind meta file refers to. */
function namesInMeta(file: string): Set<string> {
	const bytes = gunzipSync(readFileSync(file));
	const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
	if (signature !== SIGNATURE) throw new Error(`${file} 不是 Pagefind 的 meta 文件`);
	return cborTextStrings(bytes.subarray(SIGNATURE.length));
}

/** Folders of a bundle whose files are named by content and listed in the meta file. */
const LISTED_FOLDERS = ["fragment", "index", "filter"];

/**
 * Files in a Pagefind bundle that its index no longer refers to. Pagefind names fragments, index
 * chunks, filters and meta files by their content and does not write a file that is already
 * there, so an index written into the folder of an older one leaves the older one's files behind.
 * Refers = the meta file named in `pagefind-entry.json`, and whatever that meta file lists; other
 * bundles nested in this one (`nested`) are not looked at. Throws when the bundle is not as
 * expected (another Pagefind version): then index into an empty folder.
 */
export function unreferencedBundleFiles(bundle: string, nested: readonly string[] = []): string[] {
	const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
		languages?: Record<string, { hash?: unknown }>;
	};
	const metas = Object.values(entry.languages ?? {}).map(({ hash }) => {
		if (typeof hash !== "string") throw new Error("pagefind-entry.json 里缺少 meta 文件的名字");
		return `pagefind.${hash}.pf_meta`;
	});
	const listed = new Set(metas.flatMap((meta) => [...namesInMeta(join(bundle, meta))]));
	const stale: string[] = [];
	for (const item of readdirSync(bundle, { withFileTypes: true })) {
		if (!item.isDirectory()) {
			if (/^pagefind\..+\.pf_meta$/.test(item.name) && !metas.includes(item.name)) stale.push(item.name);
		} else if (LISTED_FOLDERS.includes(item.name)) {
			for (const name of readdirSync(join(bundle, item.name))) {
				if (!listed.has(name.replace(/\.pf_\w+$/, ""))) stale.push(`${item.name}/${name}`);
			}
		} else if (!nested.includes(item.name)) {
			throw new Error(`Pagefind 的索引里有不认识的文件夹 ${item.name}`);
		}
	}
	return stale.sort();
}

/** Deletes the files of older indexes from a bundle (see `unreferencedBundleFiles`); returns how many. */
export function pruneBundle(bundle: string, nested: readonly string[] = []): number {
	const stale = unreferencedBundleFiles(bundle, nested);
	for (const file of stale) rmSync(join(bundle, file));
	return stale.length;
}
