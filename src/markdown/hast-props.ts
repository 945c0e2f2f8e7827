import type { Element } from "hast";

/**
 * True when an element has a class. Handles both spellings found in one tree: `className` (an array,
 * from rehype parsers) and `class` (a string, from Shiki's `codeToHast`).
 */
export function hasClass(node: Element, name: string): boolean {
	const { className, class: classString } = node.properties;
	const classes = Array.isArray(className)
		? className.map(String)
		: String(className ?? classString ?? "").split(/\s+/);
	return classes.includes(name);
}

/** A `data-*` attribute's value, under hast's camelCase key or the raw attribute name. */
export function dataAttribute(node: Element, name: string): string | undefined {
	const camel = `data${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
	const value = node.properties[camel] ?? node.properties[`data-${name}`];
	return typeof value === "string" ? value : undefined;
}
