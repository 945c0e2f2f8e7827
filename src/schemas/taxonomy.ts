/**
 * Fixed vocabularies shared by the schemas, the pages and the importer.
 * Each label is what readers see; each slug is its stable ASCII form for URLs and anchors.
 */

/** Question categories, in the order the bank lists them. */
export const CATEGORIES = [
	{ label: "基础概念", slug: "fundamentals" },
	{ label: "训练与优化", slug: "training" },
	{ label: "推理与部署", slug: "inference" },
	{ label: "评估与可解释性", slug: "evaluation" },
	{ label: "数据与安全", slug: "data-security" },
	{ label: "行业应用", slug: "industry" },
] as const;

/** Industries an article or question is about; 通用 means not tied to one. */
export const INDUSTRIES = [
	{ label: "通用", slug: "general" },
	{ label: "金融", slug: "finance" },
	{ label: "医疗", slug: "healthcare" },
	{ label: "制造", slug: "manufacturing" },
	{ label: "零售", slug: "retail" },
	{ label: "教育", slug: "education" },
	{ label: "物流", slug: "logistics" },
	{ label: "能源", slug: "energy" },
	{ label: "法律", slug: "legal" },
	{ label: "传媒", slug: "media" },
] as const;

/** Question difficulty, easiest first. */
export const DIFFICULTIES = [
	{ label: "入门", slug: "beginner" },
	{ label: "进阶", slug: "intermediate" },
	{ label: "高级", slug: "advanced" },
] as const;

export type Category = (typeof CATEGORIES)[number]["label"];
export type Industry = (typeof INDUSTRIES)[number]["label"];
export type Difficulty = (typeof DIFFICULTIES)[number]["label"];

type Term = { readonly label: string; readonly slug: string };

/** The labels of a vocabulary, as the non-empty tuple zod's `enum` wants. */
export function labelsOf<const T extends readonly [Term, ...Term[]]>(
	terms: T,
): [T[number]["label"], ...T[number]["label"][]] {
	const [first, ...rest] = terms.map((term) => term.label);
	return [first as T[number]["label"], ...(rest as T[number]["label"][])];
}

/** A readable "must be one of" message for a vocabulary field. */
export function oneOf(field: string, terms: readonly Term[]): string {
	return `${field}只能是：${terms.map((term) => term.label).join(" / ")}`;
}

/** The ASCII slug of a label in a vocabulary. */
export function slugOfTerm(terms: readonly Term[], label: string): string {
	const term = terms.find((candidate) => candidate.label === label);
	if (!term) throw new Error(`未知的取值「${label}」：可选 ${terms.map((t) => t.label).join(" / ")}`);
	return term.slug;
}
