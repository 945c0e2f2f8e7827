import { CATEGORIES, DIFFICULTIES, INDUSTRIES } from "../schemas/taxonomy.ts";
import type { Facet } from "./facets.ts";

interface QuestionData {
	category: string;
	difficulty: string;
	industries: string[];
	tags: string[];
}

export interface FacetGroup {
	facet: Facet;
	legend: string;
	values: string[];
}

/** The values each filter offers: fixed vocabularies in their order, industries and tags that occur (tags by use). */
export function facetValues(questions: readonly QuestionData[]): FacetGroup[] {
	const tagUse = new Map<string, number>();
	for (const question of questions)
		for (const tag of question.tags) tagUse.set(tag, (tagUse.get(tag) ?? 0) + 1);
	const usedIndustries = new Set(questions.flatMap((question) => question.industries));
	return [
		{ facet: "category", legend: "分类", values: CATEGORIES.map((term) => term.label) },
		{ facet: "difficulty", legend: "难度", values: DIFFICULTIES.map((term) => term.label) },
		{
			facet: "industry",
			legend: "行业",
			values: INDUSTRIES.map((term) => term.label).filter((label) => usedIndustries.has(label)),
		},
		{
			facet: "tag",
			legend: "标签",
			values: [...tagUse]
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN"))
				.map(([tag]) => tag),
		},
	];
}
