import type { Root, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { similarity } from "../lib/question-similarity.ts";
import { cleanTitle, NUMBERING } from "./find-title.ts";
import { normalizeHeadings } from "./headings.ts";
import type { ImportNote } from "./problems.ts";

interface Section {
	/** The heading's words without numbering; "" for what comes before the first heading. */
	key: string;
	name: string;
	blocks: RootContent[];
}

const root = (children: RootContent[]): Root => ({ type: "root", children });
const sizeOf = (section: Section) => textOf(root(section.blocks)).replace(/\s+/g, "").length;

/** A version's top-level sections (its shallowest headings), the opening text first. */
function sectionsOf(blocks: RootContent[]): Section[] {
	normalizeHeadings(blocks);
	const sections: Section[] = [{ key: "", name: "开头", blocks: [] }];
	for (const block of blocks) {
		if (block.type === "heading" && block.depth === 2) {
			const name = cleanTitle(textOf(block));
			sections.push({
				key: name.replace(NUMBERING, "").replace(/\s+/g, "").toLowerCase(),
				name,
				blocks: [block],
			});
		} else {
			sections.at(-1)?.blocks.push(block);
		}
	}
	return sections.filter((section) => section.blocks.length > 0);
}

const sameSection = (a: string, b: string) =>
	a === b || (a !== "" && b !== "" && (a.includes(b) || b.includes(a) || similarity(a, b) >= 0.5));

/**
 * Merges the versions of an article one document holds (a draft, then a "blog" version), section by
 * section: the fullest version gives the order; a section another version also has is kept in its
 * fuller form; a section only one version has (an introduction, a conclusion) is kept, after the
 * section it follows there. Every choice that drops or adds text is reported at `lines[version]`.
 */
export function mergeVersions(
	versions: readonly RootContent[][],
	lines: readonly number[],
	notes: ImportNote[],
): RootContent[] {
	const all = versions.map((blocks, index) => ({ index, sections: sectionsOf(blocks) }));
	const total = (sections: Section[]) => sections.reduce((sum, section) => sum + sizeOf(section), 0);
	const ordered = [...all].sort((a, b) => total(b.sections) - total(a.sections) || a.index - b.index);
	const [base, ...others] = ordered;
	if (!base) return [];
	const merged = base.sections.map((section) => ({ ...section, from: base.index }));
	for (const other of others) {
		let cursor = -1;
		for (const section of other.sections) {
			const at = merged.findIndex((kept) => sameSection(kept.key, section.key));
			const line = lines[other.index] ?? 1;
			if (at === -1) {
				merged.splice(cursor + 1, 0, { ...section, from: other.index });
				cursor += 1;
				notes.push({ line, message: `第 ${other.index + 1} 版独有的「${section.name}」部分已并入` });
				continue;
			}
			cursor = Math.max(cursor, at);
			const kept = merged[at];
			if (!kept || textOf(root(kept.blocks)) === textOf(root(section.blocks))) continue;
			if (sizeOf(section) > sizeOf(kept)) merged[at] = { ...section, from: other.index };
			const winner = merged[at]?.from ?? base.index;
			notes.push({
				line,
				message: `「${section.name}」部分两版不同，保留了内容较全的第 ${winner + 1} 版`,
			});
		}
	}
	// Sections from several versions bring several numberings (一、 and 1.): the merged article drops them.
	if (new Set(merged.map((section) => section.from)).size > 1) {
		for (const section of merged) {
			const heading = section.blocks[0];
			const first = heading?.type === "heading" ? heading.children[0] : undefined;
			if (first?.type === "text") first.value = first.value.replace(NUMBERING, "");
		}
	}
	return merged.flatMap((section) => section.blocks);
}
