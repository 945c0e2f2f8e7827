import type { Category, Difficulty, Industry } from "../schemas/taxonomy.ts";

type Vocabulary<T extends string> = [T, RegExp][];

/** Words that point to each question category; the title counts three times over the answer. */
const CATEGORY_WORDS: Vocabulary<Category> = [
	["基础概念", /注意力|Transformer|分词|token|嵌入|向量|位置编码|架构|原理|概念|定义|预训练模型|生成式/gi],
	[
		"训练与优化",
		/训练|微调|优化|学习率|梯度|过拟合|欠拟合|正则|蒸馏|损失函数|收敛|批量大小|迁移学习|元学习|自监督|强化学习|多任务|RLHF|LoRA|参数高效/gi,
	],
	["推理与部署", /部署|推理|延迟|吞吐|量化|剪枝|压缩|缓存|上线|服务化|边缘|显存|加速|并发/gi],
	[
		"评估与可解释性",
		/评估|评价|衡量|指标|准确率|精确率|召回|漏检|误检|误报|F1|AUC|IoU|交并比|可解释|SHAP|LIME|幻觉|校准|基准|评测|鲁棒/gi,
	],
	["数据与安全", /数据|隐私|安全|脱敏|合规|去重|清洗|预处理|攻击|联邦|差分|加密|偏见|公平/gi],
	[
		"行业应用",
		/行业|金融|银行|保险|医疗|医院|制造|工厂|零售|电商|教育|物流|供应链|能源|法律|传媒|客服|营销|企业/gi,
	],
];

const INDUSTRY_WORDS: Vocabulary<Exclude<Industry, "通用">> = [
	["金融", /金融|银行|保险|信贷|风控|证券|投研|反欺诈|理财|支付/g],
	["医疗", /医疗|医院|病历|诊断|临床|患者|药物|医生|影像/g],
	["制造", /制造|工厂|质检|产线|设备|工艺|预测性维护|工业/g],
	["零售", /零售|电商|商品|门店|推荐系统|消费者|营销|库存/g],
	["教育", /教育|课堂|课程|学校|学习路径|辅导|考试|作业|作文|知识追踪/g],
	["物流", /物流|配送|仓储|路径规划|运输|供应链|快递|车辆调度/g],
	["能源", /能源|电力|电网|风电|光伏|油气/g],
	["法律", /法律|合同|律师|法规|判决|诉讼|司法/g],
	["传媒", /传媒|新闻|广告|内容创作|媒体|视频/g],
];

/** Topic words that make good tags, each with the tag it becomes. */
const TAG_WORDS: [string, RegExp][] = [
	["Transformer", /transformer|自注意力/gi],
	["微调", /微调|fine-?tun/gi],
	["LoRA", /LoRA/g],
	["RAG", /RAG|检索增强/g],
	["知识蒸馏", /蒸馏/g],
	["量化", /量化/g],
	["剪枝", /剪枝/g],
	["分布式训练", /分布式/g],
	["评估指标", /准确率|召回率|精确率|漏检率|误检率|F1|AUC|IoU|交并比/g],
	["质检", /质检|缺陷检测|瑕疵/g],
	["风控", /风控|信用评分|评分卡|违约/g],
	["预测", /预测|预报/g],
	["可解释性", /可解释|SHAP|LIME/g],
	["过拟合", /过拟合/g],
	["迁移学习", /迁移学习/g],
	["强化学习", /强化学习/g],
	["多模态", /多模态|图像和文本|图文/g],
	["隐私保护", /隐私|脱敏|差分隐私/g],
	["数据治理", /数据治理|数据质量|数据清洗/g],
	["联邦学习", /联邦/g],
	["图神经网络", /图神经网络|GNN/g],
	["元学习", /元学习/g],
	["自监督学习", /自监督/g],
	["多任务学习", /多任务/g],
	["模型压缩", /模型压缩|压缩模型/g],
	["提示工程", /提示词|prompt/gi],
	["幻觉", /幻觉/g],
	["智能客服", /客服/g],
	["优化算法", /粒子群|遗传算法|进化算法/g],
];

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

function scores<T extends string>(vocabulary: Vocabulary<T>, title: string, body: string): [T, number][] {
	return vocabulary.map(([label, pattern]) => [label, count(title, pattern) * 3 + count(body, pattern)]);
}

/** The category whose words the question uses most; ties go to the earlier category. */
export function inferCategory(title: string, body: string): Category {
	const ranked = scores(CATEGORY_WORDS, title, body);
	let best: [Category, number] = ["基础概念", 0];
	for (const entry of ranked) if (entry[1] > best[1]) best = entry;
	return best[0];
}

/** Industries named clearly enough (at least `minimum` hits, title counting triple), else 通用. */
export function inferIndustries(title: string, body: string, minimum = 2): Industry[] {
	const found = scores(INDUSTRY_WORDS, title, body)
		.filter(([, score]) => score >= minimum)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 3)
		.map(([label]) => label);
	return found.length > 0 ? found : ["通用"];
}

/** 入门 for what-is questions, 高级 for derivations and system design, else 进阶. */
export function inferDifficulty(title: string): Difficulty {
	if (/什么是|是什么|定义|简述|简介|介绍一下|有哪些/.test(title)) return "入门";
	if (/推导|证明|设计一个|如何设计|实现一个|手写|分布式|复杂度/.test(title)) return "高级";
	return "进阶";
}

/** Up to `limit` tags from the topic words the text uses, most used first; never empty. */
export function inferTags(title: string, body: string, fallback: string, limit = 3): string[] {
	const tags = TAG_WORDS.map(
		([tag, pattern]) => [tag, count(title, pattern) * 3 + count(body, pattern)] as const,
	)
		.filter(([, score]) => score > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([tag]) => tag);
	return tags.length > 0 ? tags : [fallback];
}
