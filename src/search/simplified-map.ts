import * as OpenCC from "opencc-js";

/**
 * Traditional → simplified pairs for the characters of `texts` (the site's titles, tags and
 * vocabulary): a reader who types 幻覺 or 模型評估 finds the simplified pages. Built at build time
 * from OpenCC's tables, so the browser gets a few KB instead of the whole dictionary.
 */
export function simplifiedMap(texts: readonly string[]): Record<string, string> {
	const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
	const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
	const characters = new Set([...texts.join("")].filter((char) => /\p{Script=Han}/u.test(char)));
	const pairs: [string, string][] = [];
	for (const simplified of [...characters].sort()) {
		for (const traditional of new Set([toTraditional(simplified), toHongKong(simplified)])) {
			if (traditional !== simplified && [...traditional].length === 1) pairs.push([traditional, simplified]);
		}
	}
	return Object.fromEntries(pairs.sort((a, b) => a[0].localeCompare(b[0])));
}
