import type { SvgNode } from "../../progress/charts/svg-node.ts";
import type { TableData } from "../../progress/tables.ts";

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element from a chart tree: elements, attributes and text nodes only, no markup parsed. */
export function svgElement(node: SvgNode): SVGElement {
	const element = document.createElementNS(SVG, node.tag);
	for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
	for (const child of node.children)
		element.append(typeof child === "string" ? document.createTextNode(child) : svgElement(child));
	return element;
}

/** A table of a chart's numbers: header row, then rows whose first cell heads the row. */
export function tableElement(data: TableData, caption: string): HTMLTableElement {
	const table = document.createElement("table");
	const cell = (tag: "th" | "td", text: string, scope?: string) => {
		const element = document.createElement(tag);
		element.textContent = text;
		if (scope) element.scope = scope;
		return element;
	};
	table.createCaption().textContent = caption;
	table
		.createTHead()
		.insertRow()
		.append(...data.columns.map((column) => cell("th", column, "col")));
	const body = table.createTBody();
	for (const row of data.rows) {
		const [head = "", ...rest] = row;
		body.insertRow().append(cell("th", head, "row"), ...rest.map((value) => cell("td", value)));
	}
	return table;
}
