/**
 * The small part of Markdown a private note needs, parsed into plain data: paragraphs (line breaks
 * kept), headings, lists, quotes and fenced code; inline `code`, **bold**, *italic* and links to
 * http(s) addresses. The page builds elements from it with text nodes only, so nothing a reader
 * (or an imported file) writes is ever parsed as HTML.
 */

export type Inline =
	| { type: "text"; text: string }
	| { type: "code"; text: string }
	| { type: "strong" | "em"; children: Inline[] }
	| { type: "link"; href: string; children: Inline[] };

export type Block =
	| { type: "paragraph" | "heading" | "quote"; lines: Inline[][] }
	| { type: "list"; ordered: boolean; items: Inline[][] }
	| { type: "code"; text: string };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_|\[([^\]]+)\]\(([^)\s]+)\)/;

/** Only web addresses become links; `javascript:` and other schemes stay text. */
const isWebAddress = (href: string) => /^https?:\/\/[^\s]+$/i.test(href);

export function parseInline(text: string): Inline[] {
	const result: Inline[] = [];
	let rest = text;
	while (rest !== "") {
		const match = INLINE.exec(rest);
		if (!match) {
			result.push({ type: "text", text: rest });
			break;
		}
		if (match.index > 0) result.push({ type: "text", text: rest.slice(0, match.index) });
		const [whole, code, strong, star, underscore, label, href] = match;
		if (code !== undefined) result.push({ type: "code", text: code });
		else if (strong !== undefined) result.push({ type: "strong", children: parseInline(strong) });
		else if (star !== undefined || underscore !== undefined)
			result.push({ type: "em", children: parseInline(star ?? underscore ?? "") });
		else if (label !== undefined && href !== undefined && isWebAddress(href))
			result.push({ type: "link", href, children: parseInline(label) });
		else result.push({ type: "text", text: whole });
		rest = rest.slice(match.index + whole.length);
	}
	return result;
}

const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Parses a note; never throws, and every character of the note ends up in some block. */
export function parseNote(source: string): Block[] {
	const blocks: Block[] = [];
	const lines = source.replace(/\r\n?/g, "\n").split("\n");
	let index = 0;
	while (index < lines.length) {
		const line = lines[index] ?? "";
		if (line.trim() === "") {
			index += 1;
			continue;
		}
		if (/^\s*```/.test(line)) {
			const body: string[] = [];
			index += 1;
			while (index < lines.length && !/^\s*```/.test(lines[index] ?? "")) body.push(lines[index++] ?? "");
			index += 1;
			blocks.push({ type: "code", text: body.join("\n") });
			continue;
		}
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			blocks.push({ type: "heading", lines: [parseInline(heading[1] ?? "")] });
			index += 1;
			continue;
		}
		const item = LIST_ITEM.exec(line);
		if (item) {
			const ordered = item[2] !== undefined;
			const items: Inline[][] = [];
			let current = LIST_ITEM.exec(lines[index] ?? "");
			while (current && (current[2] !== undefined) === ordered) {
				items.push(parseInline(current[3] ?? ""));
				index += 1;
				current = LIST_ITEM.exec(lines[index] ?? "");
			}
			blocks.push({ type: "list", ordered, items });
			continue;
		}
		const quoted = /^\s*>/.test(line);
		const group: Inline[][] = [];
		while (index < lines.length) {
			const next = lines[index] ?? "";
			if (next.trim() === "" || /^\s*>/.test(next) !== quoted) break;
			if (group.length > 0 && (/^\s*```/.test(next) || /^#{1,6}\s/.test(next) || LIST_ITEM.test(next))) break;
			group.push(parseInline(quoted ? next.replace(/^\s*>\s?/, "") : next));
			index += 1;
		}
		blocks.push({ type: quoted ? "quote" : "paragraph", lines: group });
	}
	return blocks;
}
