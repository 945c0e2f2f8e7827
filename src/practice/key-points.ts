/**
 * The key points a mock-interview answer is graded against, read from a question page's rendered
 * answer: the first paragraph of 答案 (the direct answer) and each 易错点 (pitfall). Works on any
 * DOM-like tree, so the browser passes real elements and tests pass a parsed page.
 */

/** The parts of a DOM element the extraction reads; a browser `Element` is one. */
/** Something with element children: an element, a document fragment. */
export interface ParentLike {
	readonly children: ArrayLike<ElementLike>;
}

export interface ElementLike extends ParentLike {
	readonly tagName: string;
	readonly textContent: string | null;
	readonly innerHTML: string;
	readonly outerHTML: string;
}

export interface KeyPoint {
	kind: "answer" | "pitfall";
	/** Rendered HTML of the point (from the site's own sanitised page). */
	html: string;
}

/**
 * What writers call a list of things candidates get wrong or get asked next: 易错点, 常见误区/误解,
 * 陷阱, 易混点, 容易答错的地方, 踩的坑, 追问. Only a heading or a lead-in paragraph ending in a colon
 * counts, so a sentence that merely mentions a 坑 is not taken for a list.
 */
const PITFALL_LIST = /易错|误区|误解|陷阱|易混|容易[说答出弄搞]?错|坑|追问/;
/** `易错点：` (bold or not) at the start of an item: a label, not part of the point. */
const PITFALL_LABEL =
	/^\s*(?:<(?:strong|b)>\s*)?(?:常见|面试常见)?易错点?\s*(?:[：:]\s*)?(?:<\/(?:strong|b)>\s*)?[：:]?\s*/;

const tag = (element: ElementLike) => element.tagName.toLowerCase();
const text = (element: ElementLike) => (element.textContent ?? "").trim();
const isHeading = (element: ElementLike) => /^h[1-6]$/.test(tag(element));
const isList = (element: ElementLike) => tag(element) === "ul" || tag(element) === "ol";
const rank = (element: ElementLike) => Number(tag(element).slice(1));

function items(list: ElementLike): ElementLike[] {
	return Array.from(list.children).filter((child) => tag(child) === "li");
}

/** A paragraph's inner HTML; any other block (a list, a table) whole. */
function blockHtml(element: ElementLike): string {
	return tag(element) === "p" ? element.innerHTML.trim() : element.outerHTML.trim();
}

/**
 * The first paragraph under the 答案 heading (with the list, table or formula it leads into), or
 * the list the answer opens with.
 */
function answerPoint(blocks: readonly ElementLike[]): string | undefined {
	const heading = blocks.findIndex((block) => isHeading(block) && text(block) === "答案");
	// No 答案 heading: the page's first paragraph is the best guess.
	const section: ElementLike[] = [];
	for (const block of blocks.slice(heading + 1)) {
		if (heading >= 0 && isHeading(block) && rank(block) <= rank(blocks[heading] as ElementLike)) break;
		section.push(block);
	}
	const at = section.findIndex((block) => ["p", "ul", "ol"].includes(tag(block)) && text(block) !== "");
	const first = section[at];
	if (!first) return undefined;
	// A paragraph that ends in a colon leads into what follows (a list, a table, a formula): that is
	// part of the point.
	const follows = section[at + 1];
	if (tag(first) === "p" && /[：:]$/.test(text(first)) && follows && !isHeading(follows))
		return `${first.outerHTML.trim()}${follows.outerHTML.trim()}`;
	return blockHtml(first);
}

/**
 * The pitfalls, in page order, written any of three ways: a heading such as `## 易错点` (or
 * 常见误区, 追问 …) over a list (or paragraphs); a lead-in paragraph such as `面试常见易错点：` or
 * `容易答错的地方：` followed by a list; or a list item that starts with `易错点：`.
 */
function pitfallPoints(blocks: readonly ElementLike[]): string[] {
	const points: string[] = [];
	for (let index = 0; index < blocks.length; index += 1) {
		const block = blocks[index] as ElementLike;
		if (isHeading(block) && PITFALL_LIST.test(text(block))) {
			const section: ElementLike[] = [];
			for (const next of blocks.slice(index + 1)) {
				if (isHeading(next) && rank(next) <= rank(block)) break;
				section.push(next);
			}
			const lists = section.filter(isList);
			points.push(
				...(lists.length > 0
					? lists.flatMap((list) => items(list).map((item) => item.innerHTML.trim()))
					: section.filter((next) => tag(next) === "p").map(blockHtml)),
			);
			index += section.length;
		} else if (tag(block) === "p" && PITFALL_LIST.test(text(block)) && /[：:]$/.test(text(block))) {
			const list = blocks[index + 1];
			if (list && isList(list)) {
				points.push(...items(list).map((item) => item.innerHTML.trim()));
				index += 1;
			}
		} else if (isList(block)) {
			for (const item of items(block))
				if (/^易错点?\s*[：:]/.test(text(item)))
					points.push(item.innerHTML.replace(PITFALL_LABEL, "").trim());
		} else if (tag(block) === "p" && /^易错点?\s*[：:]/.test(text(block))) {
			points.push(block.innerHTML.replace(PITFALL_LABEL, "").trim());
		}
	}
	return points.filter((point) => point !== "");
}

/**
 * The key points of a rendered answer (the children of a question page's `.prose`): the direct
 * answer first, then every pitfall. A question without pitfalls has just the first; a page with no
 * recognisable answer has none.
 */
export function extractKeyPoints(prose: ParentLike): KeyPoint[] {
	const blocks = Array.from(prose.children);
	const answer = answerPoint(blocks);
	return [
		...(answer ? [{ kind: "answer" as const, html: answer }] : []),
		...pitfallPoints(blocks).map((html) => ({ kind: "pitfall" as const, html })),
	];
}
