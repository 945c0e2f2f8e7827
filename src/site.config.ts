/** Site-wide settings shown in the header, footer, feed and metadata. */
export const SITE = {
	name: "大模型行业观察",
	shortName: "行业观察",
	description:
		"大模型如何改变金融、医疗、制造、零售、教育、物流等传统行业：深度文章与可练习的面试题库，附公式、可运行代码与解析。",
	author: "编辑部",
	/** Number of newest articles on the home page. */
	homeArticleCount: 4,
	/**
	 * When lists are split into pages. The full bank list costs about 400 bytes of HTML a question, so
	 * 500 keeps the bank page near 200 KB; past that it links to category pages instead.
	 */
	lists: { fullBankMax: 500, pageSize: 100, tagsPerPage: 1000 },
} as const;
