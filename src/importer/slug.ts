import { pinyin } from "pinyin-pro";

/**
 * A stable ASCII slug for a title: toneless pinyin for Chinese, ASCII words kept, at most
 * `maxLength` characters cut at a word boundary. The same title always gives the same slug.
 */
export function slugify(title: string, maxLength = 48): string {
	const words = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive" })
		.join(" ")
		.normalize("NFKD")
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = "";
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxLength) break;
		slug = next;
	}
	return slug || "entry";
}

/** `slug`, or `slug-2`, `slug-3`… — the first that `taken` does not hold. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
	if (!taken.has(slug)) return slug;
	let n = 2;
	while (taken.has(`${slug}-${n}`)) n += 1;
	return `${slug}-${n}`;
}
