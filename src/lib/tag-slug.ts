import { pinyin } from "pinyin-pro";

/**
 * The ASCII slug of a tag: ASCII words kept, Chinese spelled in toneless pinyin,
 * e.g. `LoRA 微调` → `lora-wei-tiao`. The same tag always gives the same slug.
 */
export function tagSlug(tag: string): string {
	let slug = slugByTag.get(tag);
	if (slug === undefined) {
		slug = spell(tag);
		slugByTag.set(tag, slug);
	}
	return slug;
}

/** Spelling a tag is slow and the same few hundred tags appear on every page: each is spelled once. */
const slugByTag = new Map<string, string>();

function spell(tag: string): string {
	const spelled = pinyin(tag, { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ");
	const slug = spelled
		.normalize("NFKD")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	if (!slug) throw new Error(`标签「${tag}」无法生成网址：请至少包含一个汉字、字母或数字`);
	return slug;
}
