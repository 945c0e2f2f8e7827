import { hashParts } from "./hash.ts";

/** A collection entry as a page receives it. */
interface EntryLike {
	id: string;
	collection: string;
	data: object;
	body?: string | undefined;
}

function isEntry(value: unknown): value is EntryLike {
	if (typeof value !== "object" || value === null) return false;
	const { id, collection, data } = value as Record<string, unknown>;
	return (
		typeof id === "string" && typeof collection === "string" && typeof data === "object" && data !== null
	);
}

const entryHashes = new WeakMap<object, string>();

/** An entry's identity and everything a page can show of it: its data and its body. Hashed once. */
function entryHash(entry: EntryLike): string {
	let hash = entryHashes.get(entry);
	if (hash === undefined) {
		hash = hashParts([entry.collection, entry.id, JSON.stringify(entry.data), entry.body ?? ""]);
		entryHashes.set(entry, hash);
	}
	return hash;
}

/**
 * The `cacheKey` of a page built incrementally (Astro's `experimental.incrementalBuild`): a hash of
 * the props the page renders from, where each collection entry counts by its data and body, and of
 * `versions` (the Markdown pipeline's). Astro hashes the page's own code; together they cover
 * everything the page shows, provided it reads nothing but its props: a keyed page must not call
 * `siteData()` or `getCollection()` outside `getStaticPaths()` (tests/unit/page-keys.test.ts).
 */
export function pageCacheKey(props: object, versions: readonly string[]): string {
	const json = JSON.stringify(props, (_, value: unknown) => (isEntry(value) ? entryHash(value) : value));
	return hashParts([...versions, json]);
}
