import { hashParts } from "./hash.ts";

const hashes = new WeakMap<object, string>();

/** Plain data: what JSON keeps whole. A Map, a Set or a class instance without `toJSON` is not. */
function isPlain(value: object): boolean {
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/**
 * The hash of an object's JSON, in which every object inside counts by its own hash, so that an
 * object shared by many pages (an entry, the vocabulary) is serialized once, however many keys
 * include it. Objects are expected not to change once a build has read them.
 */
function hashOf(value: object): string {
	let hash = hashes.get(value);
	if (hash === undefined) {
		const json = JSON.stringify(value, (key, inner: unknown) => {
			if (typeof inner !== "object" || inner === null) return inner;
			if (!isPlain(inner)) {
				throw new Error(
					`页面的 props 里有不能算进缓存键的值（${Object.prototype.toString.call(inner)}，属性 “${key}”）：请传普通数据，或给它的类加 toJSON()`,
				);
			}
			return key === "" && inner === value ? inner : hashOf(inner);
		});
		hash = hashParts([json]);
		hashes.set(value, hash);
	}
	return hash;
}

/**
 * The `cacheKey` of a page built incrementally (Astro's `experimental.incrementalBuild`): a hash of
 * the props the page renders from (entries by their data and body, the vocabulary by its concepts)
 * and of `versions` (the Markdown pipeline's). Astro hashes the page's own code; together they
 * cover everything the page shows, provided it reads nothing but its props: a keyed page must not
 * call `siteData()` or `getCollection()` outside `getStaticPaths()` (tests/unit/page-keys.test.ts).
 */
export function pageCacheKey(props: object, versions: readonly string[]): string {
	return hashParts([...versions, hashOf(props)]);
}
