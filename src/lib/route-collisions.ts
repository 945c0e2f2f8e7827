interface RouteNames {
	questionIds: readonly string[];
	/** Category slugs: each category's pages live at `/questions/<slug>/`. */
	categorySlugs: readonly string[];
	tagSlugs: readonly string[];
	/** Pages of the tags index: page n > 1 lives at `/tags/<n>/`. */
	tagIndexPages: number;
}

/**
 * Pages that would share one address, one message each: a question file named like a category
 * (`/questions/training/`) or a tag spelled like a page number of the tags index (`/tags/2/`).
 */
export function routeCollisions({
	questionIds,
	categorySlugs,
	tagSlugs,
	tagIndexPages,
}: RouteNames): string[] {
	const categories = new Set(categorySlugs);
	const questionClashes = questionIds
		.filter((id) => categories.has(id))
		.map((id) => `面试题 ${id} 与分类页 /questions/${id}/ 同名：请给题目文件换个名字`);
	const tagClashes = tagSlugs
		.filter((slug) => /^\d+$/.test(slug) && Number(slug) >= 2 && Number(slug) <= tagIndexPages)
		.map((slug) => `标签网址 /tags/${slug}/ 与全部标签的第 ${Number(slug)} 页相同：请换一种写法`);
	return [...questionClashes, ...tagClashes];
}
