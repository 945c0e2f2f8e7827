/**
 * Which of KaTeX's font files the site's formulas use, read from KaTeX's stylesheet and the class
 * names of the built formulas: `mord mathnormal` is set in KaTeX_Math italic, `delimsizing size2`
 * in KaTeX_Size2. Each element is judged by its own classes (what it inherits is not followed), so
 * a rare face can be missed; the service worker still saves it the first time a page uses it.
 */

type Weight = "normal" | "bold";
type Style = "normal" | "italic";

interface Face {
	family: string;
	weight: Weight;
	style: Style;
	url: string;
}

interface FontRule {
	/** Classes an element must all have for the rule to apply. */
	classes: string[];
	family?: string;
	weight?: Weight;
	style?: Style;
}

const DEFAULT_FAMILY = "KaTeX_Main";

function declarations(block: string): Map<string, string> {
	const values = new Map<string, string>();
	for (const declaration of block.split(";")) {
		const colon = declaration.indexOf(":");
		if (colon > 0) values.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
	}
	return values;
}

const firstFamily = (value: string) =>
	value
		.split(",")[0]
		?.trim()
		.replace(/^["']|["']$/g, "") ?? "";
const weightOf = (value: string): Weight => (value === "bold" || Number(value) >= 600 ? "bold" : "normal");
const styleOf = (value: string): Style => (value === "italic" || value === "oblique" ? "italic" : "normal");

function fontFaces(css: string): Face[] {
	return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, block = ""]) => {
		const values = declarations(block);
		const family = firstFamily(values.get("font-family") ?? "");
		const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(values.get("src") ?? "")?.[1];
		if (!family.startsWith("KaTeX_") || !url) return [];
		return [
			{
				family,
				weight: weightOf(values.get("font-weight") ?? "normal"),
				style: styleOf(values.get("font-style") ?? "normal"),
				url,
			},
		];
	});
}

/** The classes of the last part of a selector that names any (`.katex .delimsizing.mult .delim-size1>span` → `delim-size1`). */
function targetClasses(selector: string): string[] {
	const parts = selector.split(/\s*[\s>+~]\s*/).filter(Boolean);
	for (const part of parts.slice(1).reverse()) {
		const classes = [...part.matchAll(/\.([\w-]+)/g)].map(([, name = ""]) => name);
		if (classes.length > 0) return classes;
	}
	return [];
}

function fontRules(css: string): FontRule[] {
	const rules: FontRule[] = [];
	for (const [, selectors = "", block = ""] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		if (selectors.trim().startsWith("@")) continue;
		const values = declarations(block);
		const family = values.has("font-family") ? firstFamily(values.get("font-family") ?? "") : undefined;
		const weight = values.get("font-weight");
		const style = values.get("font-style");
		if (family === undefined && weight === undefined && style === undefined) continue;
		for (const selector of selectors.split(",").map((part) => part.trim())) {
			if (!selector.startsWith(".katex ")) continue;
			const classes = targetClasses(selector);
			if (classes.length === 0) continue;
			rules.push({
				classes,
				...(family?.startsWith("KaTeX_") ? { family } : {}),
				...(weight !== undefined ? { weight: weightOf(weight) } : {}),
				...(style !== undefined ? { style: styleOf(style) } : {}),
			});
		}
	}
	return rules;
}

/**
 * The URLs (as the stylesheet writes them) of the KaTeX fonts that elements with these class lists
 * use. `classLists` holds one entry per distinct `class` attribute of the built formulas.
 */
export function usedKatexFonts(css: string, classLists: Iterable<readonly string[]>): string[] {
	const faces = fontFaces(css);
	const rules = fontRules(css);
	const used = new Set<Face>();
	const faceFor = (family: string, weight: Weight, style: Style) =>
		faces.find((face) => face.family === family && face.weight === weight && face.style === style) ??
		faces.find((face) => face.family === family && face.weight === "normal" && face.style === "normal");
	for (const list of classLists) {
		const classes = new Set(list);
		let family = DEFAULT_FAMILY;
		let weight: Weight = "normal";
		let style: Style = "normal";
		// The formula's root sets KaTeX_Main; an element no rule matches inherits its parent's face.
		let styled = classes.has("katex");
		for (const rule of rules) {
			if (!rule.classes.every((name) => classes.has(name))) continue;
			styled = true;
			family = rule.family ?? family;
			weight = rule.weight ?? weight;
			style = rule.style ?? style;
		}
		const face = styled ? faceFor(family, weight, style) : undefined;
		if (face) used.add(face);
	}
	return faces.filter((face) => used.has(face)).map((face) => face.url);
}
