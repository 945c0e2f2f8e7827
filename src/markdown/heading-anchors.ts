import { toString as textOf } from "hast-util-to-string";
import type { Options } from "rehype-autolink-headings";

/**
 * A link to each section after its heading, to copy and share. The link holds no text (the `#`
 * is drawn by CSS), so tables of contents and search results read the heading alone; screen
 * readers hear a label that names the section.
 */
export const headingAnchorOptions: Options = {
	behavior: "append",
	test: ["h2", "h3", "h4"],
	properties: (heading) => ({ className: ["heading-anchor"], ariaLabel: `本节链接：${textOf(heading)}` }),
	content: [],
};
