import Foundation
import YaodianText
import YaodianModel

/// Every rule value of the Extract stage: the word lists, label tables, phrase tables and
/// thresholds that the matchers read, kept apart from the matching code so that a new word or a
/// new limit is a one-line change in one file. Tables are built once (static constants).
package enum ExtractRules {
    // MARK: Words shared by several matchers

    /// Separators that join the members of a list (`A、B和C`, `到2023年底和2030年`, `3.09、3.40`).
    package static let listJoints = PhraseTable(words: ["以及", "、", "和", "及", "与"])
    /// Scalars that end a comma-phrase: an indicator never crosses one.
    package static let phraseDelimiters: ScalarSet = [
        "。", "；", ";", "！", "？", "!", "?", "，", ",", "：", ":", "\n", "\r",
    ]
    /// Scalars that end a sentence: a target's deadline is looked for within one.
    package static let sentenceDelimiters: ScalarSet = ["。", "；", ";", "！", "？", "!", "?", "\n", "\r"]
    /// The possessive particle: it ends a reference point (`由2020年的`) and opens an object (`…的机构`).
    package static let possessive: Unicode.Scalar = "的"
    /// The word for year, after four digits (`2021年`) or a count (`三年内`).
    package static let year: Unicode.Scalar = "年"
    /// "End of", after a year or a month (`2021年底`, `6月底前`).
    package static let periodEnd: Unicode.Scalar = "底"

    /// The words that decide a number's comparator and the verbs that govern it (`ComparatorMatcher`).
    package enum Comparator {
        /// Verbs that set or change a level, found anywhere in a number's phrase, longest first.
        package static let levelVerbs = PhraseTable<ComparatorMatcher.VerbKind>([
            ("达到", .reach), ("提高到", .reach), ("提高至", .reach), ("提升到", .reach), ("提升至", .reach),
            ("增加到", .reach), ("增加至", .reach), ("增长到", .reach), ("增长至", .reach), ("增至", .reach),
            ("上升到", .reach), ("上升至", .reach), ("升至", .reach), ("升到", .reach), ("保持在", .reach),
            ("保持", .reach), ("稳定在", .reach), ("维持在", .reach), ("实现", .reach), ("扩大到", .reach),
            ("扩大至", .reach), ("延长到", .reach), ("延长至", .reach), ("突破", .reach),
            ("降至", .fallTo), ("降到", .fallTo), ("降低到", .fallTo), ("降低至", .fallTo), ("下降到", .fallTo),
            ("下降至", .fallTo), ("缩短至", .fallTo), ("缩短到", .fallTo), ("减少到", .fallTo), ("减少至", .fallTo),
            ("减至", .fallTo), ("压缩至", .fallTo), ("压缩到", .fallTo), ("控制在", .fallTo), ("控制到", .fallTo),
            ("提高", .rise), ("提升", .rise), ("增加", .rise), ("增长", .rise), ("上升", .rise), ("扩大", .rise),
            ("延长", .rise),
            ("降低", .fall), ("下降", .fall), ("减少", .fall), ("缩短", .fall), ("压缩", .fall),
        ])

        /// Verbs that produce a count of things; the thing counted usually follows the verb
        /// (`新增托位500-600个`, `新增2家普惠托育机构`).
        package static let actionVerbs = PhraseTable<ComparatorMatcher.VerbKind>([
            ("新增", .action), ("新建", .action), ("改扩建", .action), ("改建", .action), ("扩建", .action),
            ("建成", .action), ("建设", .action), ("建立", .action), ("创建", .action), ("争创", .action),
            ("完成", .action), ("培育", .action), ("培养", .action), ("引进", .action), ("设立", .action),
            ("设置", .action), ("增设", .action), ("组建", .action), ("组织", .action), ("举办", .action),
            ("开展", .action), ("招录", .action), ("招收", .action), ("招聘", .action), ("获得", .action),
            ("发表", .action), ("立项", .action), ("投入", .action), ("争取", .action), ("选派", .action),
            ("谋划", .action), ("推进", .action), ("推动", .action), ("启动", .action), ("落实", .action),
            ("打造", .action), ("评选", .action), ("通过", .action), ("配备", .action), ("援派", .action),
            ("下派", .action), ("选拔", .action), ("认定", .action), ("命名", .action), ("收治", .action),
            ("实施", .action), ("成立", .action), ("开设", .action), ("资助", .action), ("帮扶", .action),
        ])

        /// One-character verbs, only when they stand right before the number (`均达100%`, `占比为30%`);
        /// elsewhere they are parts of words (`达标率`, `以乡镇为单位`).
        package static let adjacentVerbs = PhraseTable<ComparatorMatcher.VerbKind>([("达", .reach), ("为", .reach), ("是", .reach), ("占", .reach)])

        /// Bound words written before the number: `不低于88元`, `超过70%`, `约3万人`.
        package static let prefixBounds = PhraseTable<Target.Comparator>([
            ("不低于", .ge), ("不少于", .ge), ("至少", .ge), ("最少", .ge), ("不小于", .ge), ("大于等于", .ge),
            ("≥", .ge), (">=", .ge),
            ("超过", .gt), ("大于", .gt), ("高于", .gt), ("多于", .gt), ("逾", .gt), (">", .gt),
            ("不超过", .le), ("不高于", .le), ("不多于", .le), ("不大于", .le), ("最多", .le), ("小于等于", .le),
            ("≤", .le), ("<=", .le),
            ("小于", .lt), ("低于", .lt), ("少于", .lt), ("不足", .lt), ("<", .lt),
            ("约", .approx), ("大约", .approx),
        ])

        /// Bound words written after the number and unit: `90%以上`, `7/10万以内`, `20家左右`.
        package static let suffixBounds = PhraseTable<Target.Comparator>([
            ("及以上", .ge), ("以上", .ge), ("及以下", .le), ("以下", .le), ("以内", .le), ("之内", .le),
            ("左右", .approx), ("上下", .approx),
        ])

        /// Scalars before 约 that make it part of a word, not "about" (`签约`, `预约`, `节约`).
        package static let notApproxBefore: ScalarSet = ["签", "预", "节", "制", "公", "契", "合", "条", "特", "邀", "履"]

        /// Infixes between number and unit meaning "more than": `40余次`, `10多个`.
        package static let moreInfixes: ScalarSet = ["余", "多"]

        /// Priority of bound comparators when several apply (the guide's rule order).
        package static let boundOrder: [Target.Comparator] = [.ge, .gt, .le, .lt, .approx]

        /// The perfective particle skipped between a verb and its number (`完成了5项`).
        package static let perfectiveParticle: Unicode.Scalar = "了"
    }

    /// The words that make a number a date, a code, a name or a qualifier (`NonTargetFilter`).
    package enum NonTarget {
        /// Scalars right before a number that make it part of a name, an ordinal or a code.
        package static let namePrefixes: ScalarSet = [
            "第", "〔", "[", "【", "［", "+", "＋", "#", "＃", "№", "/", "／", "\\", ".", "．", "_", "@",
        ]
        /// Words right after a number that make it a date, a code or part of a name.
        package static let nameSuffixes = PhraseTable(words: [
            "年", "月", "日", "号", "时", "点", "届", "型", "级", "周年", "世纪", "代", "急救", "热线", "专线", "+", "＋", "〕", "]", "】", "］", "°", "℃",
        ])
        /// Quote pairs whose content is a name or title, with how far to look for the other end
        /// (a title in 《》 is longer than a quoted slogan).
        package static let quotePairs: [(open: Unicode.Scalar, close: Unicode.Scalar, reach: Int)] = [
            ("“", "”", 24), ("‘", "’", 24), ("「", "」", 24), ("《", "》", 80), ("〈", "〉", 40),
        ]
        /// Scalars after which a value-only quantity (an age, a duration, a bare number) may stand.
        package static let breaksAfter: ScalarSet = [
            "。", "；", ";", "！", "？", "!", "?", "，", ",", "：", ":", "\n", "\r", "、", "）", ")", " ", "\u{3000}",
            "和", "及", "与",
        ]
        /// Marker punctuation after a list number (`1.`, `2、`, `(3)`).
        package static let markerPunctuation: ScalarSet = [".", "．", "、", ")", "）"]
        /// Words before a count that make it a summary of a list or a description, not a goal.
        package static let summaryBefore: ScalarSet = ["等", "的"]
        /// Nouns that make a count the size of a rule set or a framework, not a quantity to reach:
        /// `高危孕产妇管理24项制度`, `36项评价指标`, `五项制度` (like the slogans 四不摘, 三医联动).
        package static let ruleSetNouns = ["制度", "指标", "原则", "要求", "规定", "机制", "政策", "措施"]
        /// Scalars that end the noun phrase a count counts (before a rule-set noun is looked for).
        package static let nounEnds: ScalarSet = ["的", "、", "和", "及", "与"]
        /// How many scalars after a count its noun phrase is read for a rule-set noun: a counted noun is short.
        package static let ruleSetNounReach = 10
        /// Values of a four-digit number read as a year (`2021`), not as a quantity.
        package static let yearValues: ClosedRange<Double> = 1900...2100
        /// Digits of a number without unit from which it is a phone number or a code, not a value.
        package static let minCodeDigits = 7
    }

    /// The words that tell a goal from a result and a baseline (`TargetKindClassifier`).
    package enum TargetKind {
        /// Words of a phrase that report a past result.
        package static let pastMarkers = PhraseTable(words: [
            "已经", "已", "累计", "共计", "截至目前", "以来", "建成了", "完成了", "实现了", "达到了", "新增了", "打造了",
            "提高了", "增加了", "下降了", "降低了", "开展了", "组建了", "投入了", "争取了", "引进了", "创建了", "培训了",
        ])
        /// The one-character past marker "already", which some words after it cancel (`notPastAfterYi`).
        package static let already = "已"
        /// Scalars after 已 that make it part of a word, not past tense (`已婚育龄妇女`).
        package static let notPastAfterYi: ScalarSet = ["婚", "知", "故"]
        /// Words of a heading that announce plans inside a report.
        package static let futureHeadings = PhraseTable(words: [
            "下一步", "目标", "计划", "任务", "思路", "打算", "要点", "重点工作", "安排", "举措", "展望", "预期",
        ])
    }

    /// The words of a reference point (`较2020年`, `由上年的`), shared by the baseline test and the
    /// indicator trimmer.
    package enum Reference {
        /// Heads of a reference point stripped from the end of an indicator (`较2020年`, `比上年`, `由2020年的`).
        package static let heads: ScalarSet = ["较", "比", "由", "从"]
        /// Heads after which a value is a baseline, and which may stand alone before it (`由10/10万下降到…`).
        package static let baselineHeads: ScalarSet = ["由", "从"]
        /// Years named by a word instead of digits (`上年`, `基线`).
        package static let years = PhraseTable(words: ["上年", "去年", "上一年", "上年度", "同期", "基线"])
    }

    /// The units a number may carry (`UnitTable`).
    package enum Units {
        /// Base units, longest first (`个百分点` before `个`, `人次` before `人`).
        package static let base = PhraseTable<UnitTable.UnitClass>([
            ("%", .ratio), ("‰", .ratio), ("‱", .ratio),
            ("个百分点", .points), ("百分点", .points),
            ("个", .count), ("家", .count), ("所", .count), ("名", .count), ("人", .count), ("人次", .count),
            ("项", .count), ("场", .count), ("次", .count), ("张", .count), ("间", .count), ("支", .count),
            ("份", .count), ("颗", .count), ("篇", .count), ("台", .count), ("辆", .count), ("座", .count),
            ("处", .count), ("条", .count), ("例", .count), ("户", .count), ("剂", .count), ("剂次", .count),
            ("床", .count), ("件", .count), ("套", .count), ("枚", .count), ("本", .count),
            ("元", .money),
            ("平方米", .measure), ("平方公里", .measure), ("立方米", .measure), ("公里", .measure), ("千米", .measure),
            ("米", .measure), ("亩", .measure), ("公顷", .measure), ("吨", .measure), ("公斤", .measure), ("千克", .measure),
            ("倍", .multiple),
            ("岁", .age), ("周岁", .age),
            ("小时", .duration), ("分钟", .duration), ("天", .duration), ("个月", .duration), ("个工作日", .duration),
            ("工作日", .duration),
        ])
        /// Magnitudes written between a number and its base unit.
        package static let magnitudes = PhraseTable(words: ["万", "亿", "千", "百万", "千万"])
        /// Denominators of rates: `7/10万`, `5/万`.
        package static let denominators = PhraseTable(words: ["/10万", "/十万", "/100万", "/万", "/千", "/1000", "/100000"])
        /// Day units after a masked number (`提前**日报告`), a duration even where 日 would be a date.
        package static let maskedDays: ScalarSet = ["日", "天"]
        /// Longest measure word outside the table accepted after a masked number (`**万单管`).
        package static let maxMaskedMeasureLength = 2
    }

    /// How numbers are written (`QuantityParser`).
    package enum Numbers {
        /// Scalars that mask a number in published pages.
        package static let maskScalars: ScalarSet = ["*", "＊", "×", "✕", "Ｘ", "X"]
        /// Dashes and tildes between two numbers (`500-600`, `2—3`, `2%～3%`), also the joints of dates.
        package static let dashList: [Unicode.Scalar] = ["-", "－", "—", "–", "~", "～", "〜"]
        /// Words between the two ends of a range (`1至2所`); a range with them needs a unit.
        package static let wordRangeSeparatorList: [Unicode.Scalar] = ["至", "到"]
        /// Fewest mask scalars that hide a number (a lone `*` is a footnote mark).
        package static let minMaskLength = 2
        /// Most integer digits read exactly as a whole number in a Double.
        package static let maxExactIntegerDigits = 15
    }

    /// The deadline expressions (`DeadlineFinder`).
    package enum Deadline {
        /// Words before a year that belong to the deadline (`到2025年`).
        package static let leadWords = PhraseTable(words: ["到", "至", "截至", "截止", "截止到", "于"])
        /// Words after `YYYY年` that belong to the deadline.
        package static let yearSuffixes = PhraseTable(words: [
            "底前", "底", "末", "前", "内", "年底前", "年底", "上半年", "下半年", "年中", "度", "全年",
        ])
        /// Words after `YYYY年` that make the year a reference, not a deadline.
        package static let yearReferences = PhraseTable(words: ["以来", "起", "开始", "是", "的", "为", "以前", "遴选", "相比", "同期"])
        /// Scalars before a year that make it a reference (`较2020年`) or the end of a range (`2018—2020年`).
        package static let referenceBefore: ScalarSet = ["较", "比", "由", "从", "自", "对", "同", "-", "—", "–", "－", "~", "～"]
        /// Deadlines relative to the plan's own year.
        package static let relative = PhraseTable(words: ["年内", "年底前", "年底", "年末", "今年内", "今年", "本年度", "当年", "年度内", "上半年", "下半年"])
        /// Suffixes of a five-year-plan period (`“十四五”末`).
        package static let periodSuffixes = PhraseTable(words: ["期末", "末", "期间", "时期", "内"])
        /// Names of five-year-plan periods.
        package static let fiveYearPlans = PhraseTable(words: ["十三五", "十四五", "十五五", "十六五"])
        /// Quotes around a plan's name (`“十四五”`).
        package static let quoteList: [Unicode.Scalar] = ["“", "”", "\"", "‘", "’"]
        /// The word for month, after a year's month number (`2021年6月`).
        package static let month: Unicode.Scalar = "月"
        /// Scalars after a month that belong to the deadline (`6月底`, `6月末`, `6月前`).
        package static let monthSuffixes: ScalarSet = ["底", "末", "前"]
        /// "Before", which may close a month deadline after its suffix (`6月底前`).
        package static let before: Unicode.Scalar = "前"
        /// "Within", after a counted number of years (`三年内`).
        package static let within: Unicode.Scalar = "内"
        /// Most digits of a month number (`12月`).
        package static let maxMonthDigits = 2
        /// Most numerals of a counted number of years (`十二年内`).
        package static let maxCountedYearDigits = 3
        /// How many scalars at the start of a paragraph or heading a leading deadline must start within.
        package static let leadWindow = 16
    }

    /// The trimming of an indicator out of its phrase (`IndicatorPhrase`).
    package enum Indicator {
        /// Qualifiers stripped from the start of an indicator (`力争`, `确保`, `全县`).
        package static let leadingQualifiers = PhraseTable(words: [
            "力争", "确保", "争取", "努力", "力求", "全面", "进一步", "持续", "逐步", "稳步", "要", "将",
            "全县", "全市", "全区", "全省", "全州", "全镇", "全旗", "全乡", "全盟", "在全县", "在全市", "在全区", "在全省",
            "年内", "今年", "其中", "同时", "此外", "另外", "累计", "共计", "已经", "总共", "首批", "第一批", "每年",
        ])
        /// Qualifiers stripped from the end of an indicator (`均` in `准确率、兑现率均达100%`).
        package static let trailingQualifiers = PhraseTable(words: [
            "均", "都", "全部", "确保", "力争", "争取", "要", "将", "稳定", "基本", "分别", "需", "应", "必须", "总体",
            "能够", "可", "逐步", "进一步", "持续", "同比", "的", "等",
        ])
        /// Verbs stripped from the start of an object (`建设提升规范化发热门诊29家` → `规范化发热门诊`).
        package static let leadingVerbs = PhraseTable(words: [
            "提升", "提高", "落实", "立项", "建设", "创建", "开展", "新建", "改造", "扩大", "增加", "建成", "完成", "实施",
        ])
        /// Verbs that end a phrase found after the number (`乡镇卫生机构开展医养结合试点` → `乡镇卫生机构`).
        package static let postCutVerbs = PhraseTable(words: [
            "用于", "开展", "进行", "实施", "提供", "纳入", "参与", "建设", "创建", "达到", "完成", "改造", "解决", "推进",
            "落实", "服务于", "投入", "至",
        ])
        /// Punctuation and spaces trimmed from both ends.
        package static let edgePunctuation: ScalarSet = [
            " ", "\u{3000}", "\t", "，", ",", "、", "：", ":", "；", ";", "—", "-", "。", "\n", "\r",
        ]
        /// Last scalars of nouns that name a measure (`率`, `数`, `比例`), telling an indicator from an action.
        package static let measureEndings: ScalarSet = [
            "率", "数", "性", "比", "例", "量", "平", "度", "额", "值", "重", "命", "资", "金", "费", "龄", "积", "盖", "准", "标", "人",
        ]
        /// "Per", opening a per-capita prefix shared by the items of a list (`每千人医生数、护士数`).
        package static let perHead: Unicode.Scalar = "每"
        /// "Person", which ends a per-capita prefix (`每千人`).
        package static let person: Unicode.Scalar = "人"
        /// "Mouth", which may follow 人 in a per-capita prefix (`每万人口`).
        package static let population: Unicode.Scalar = "口"
        /// How many scalars after 每 the 人 of a per-capita prefix is looked for (`每十万人`).
        package static let perCapitaReach = 6
    }

    /// The words of a responsibility tag (`ResponsibilityTagParser`).
    package enum Tags {
        /// Role words that open a label, with the role they give.
        package static let rolePrefixes: [(String, Responsibility.Role)] = [
            ("牵头", .lead), ("主办", .lead), ("主责", .responsible), ("责任", .responsible), ("分管", .responsible),
            ("负责", .responsible), ("主管", .responsible), ("配合", .cooperating), ("参与", .cooperating),
            ("协同", .cooperating), ("协办", .cooperating), ("协助", .cooperating),
        ]
        /// Party words that close a label, with the kind of party they name.
        package static let partyWords: [(String, Responsibility.PartyKind)] = [
            ("领导", .person), ("单位", .unit), ("部门", .unit), ("科室", .unit), ("处室", .unit), ("处", .unit), ("科", .unit),
        ]
        /// Labels of a tag's deadline field.
        package static let deadlineLabels = ["完成时限", "完成时间", "时间节点", "时限"]
        /// Endings of unlabelled parts: `A牵头`, `A、B按职责分工负责`, `B、C配合`.
        package static let unlabelledEndings: [(String, Responsibility.Role)] = [
            ("按职责分工负责", .responsible), ("按职能分工负责", .responsible), ("按职责负责", .responsible),
            ("分别负责", .responsible), ("共同负责", .responsible), ("负责", .responsible), ("牵头", .lead),
            ("配合", .cooperating), ("参与", .cooperating), ("协同", .cooperating), ("协助", .cooperating),
        ]
        /// Separators between the names of a party list.
        package static let nameSeparators: ScalarSet = ["、", "，", ",", "；", ";", "/"]
        /// Suffixes removed from a party list's last name, tried in this order (`等单位`, `等`).
        package static let nameSuffixes = ["等单位", "等部门", "等科室", "等处室", "等"]
        /// Longest tag content in scalars: a tag is a short parenthetical; longer brackets are body text.
        package static let maxTagLength = 300
        /// Longest name of an unlabelled party: longer text before 负责/牵头 is a sentence, not a name.
        package static let maxUnlabelledNameLength = 20
    }

    /// The marker of a 分别 statement (`RespectivelyList`).
    package static let respectively: [Unicode.Scalar] = ["分", "别"]

    /// The rules of row building (`TargetRowBuilder`, `CandidateScanner`).
    package enum Rows {
        /// Words that say a value holds for each of several indicators (`准确率、兑现率均达100%`).
        package static let eachWords: ScalarSet = ["均", "都", "皆"]
        /// How many scalars before a verb a word of `eachWords` is looked for (`A、B均达`).
        package static let eachWordReach = 2
        /// Scalars after a verb that make it part of a noun (`增长率`, `提高幅度`).
        package static let nounAfterVerb: ScalarSet = ["率", "量", "幅", "数", "值", "比", "额"]
        /// How far back from a number its indicator, verb and deadline are looked for, so a body
        /// without punctuation costs linear time.
        package static let reach = 160
        /// How many clauses a heading chain reads: a clause and at most 63 ancestors, innermost first.
        package static let chainLimit = 64
        /// How many scalars after a clause's start its marker is looked for.
        package static let markerSearchReach = 8
    }
}
