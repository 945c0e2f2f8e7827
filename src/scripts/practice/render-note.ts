import type { Block, Inline } from "../../practice/note-markdown.ts";

function inlineNodes(parts: readonly Inline[]): Node[] {
	return parts.map((part) => {
		switch (part.type) {
			case "text":
				return document.createTextNode(part.text);
			case "code": {
				const code = document.createElement("code");
				code.textContent = part.text;
				return code;
			}
			case "link": {
				const link = document.createElement("a");
				link.href = part.href;
				link.rel = "noopener noreferrer nofollow";
				link.append(...inlineNodes(part.children));
				return link;
			}
			default: {
				const element = document.createElement(part.type);
				element.append(...inlineNodes(part.children));
				return element;
			}
		}
	});
}

/** Lines of a paragraph, kept apart by line breaks as the reader typed them. */
function linesNodes(lines: readonly Inline[][]): Node[] {
	return lines.flatMap((line, index) => [
		...(index > 0 ? [document.createElement("br")] : []),
		...inlineNodes(line),
	]);
}

/** Elements for a parsed note, built from text nodes only (no HTML is parsed). */
export function noteElements(blocks: readonly Block[]): HTMLElement[] {
	return blocks.map((block) => {
		switch (block.type) {
			case "code": {
				const pre = document.createElement("pre");
				const code = document.createElement("code");
				code.textContent = block.text;
				pre.append(code);
				return pre;
			}
			case "list": {
				const list = document.createElement(block.ordered ? "ol" : "ul");
				for (const item of block.items) {
					const li = document.createElement("li");
					li.append(...inlineNodes(item));
					list.append(li);
				}
				return list;
			}
			case "quote": {
				const quote = document.createElement("blockquote");
				const paragraph = document.createElement("p");
				paragraph.append(...linesNodes(block.lines));
				quote.append(paragraph);
				return quote;
			}
			default: {
				// A heading in a note is bold text: the page's own headings keep their outline.
				const paragraph = document.createElement("p");
				if (block.type === "heading") {
					const strong = document.createElement("strong");
					strong.append(...linesNodes(block.lines));
					paragraph.append(strong);
				} else paragraph.append(...linesNodes(block.lines));
				return paragraph;
			}
		}
	});
}
