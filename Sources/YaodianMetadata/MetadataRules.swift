import YaodianText

/// The rule values of the Metadata stage (extraction guide, section 5): the words of closing
/// blocks, dates and 文号, the title words of plans and reports, and the tables that tell an area
/// name from a common noun. Data, not code: the finders read every value from here.
public enum MetadataRules {
    // MARK: Closing block

    /// Endings of an issuing body's name (`…卫生健康局`, `…人民政府`): a short line ending so is a signature.
    public static let signatureSuffixes = ["委员会", "卫健委", "卫生健康局", "卫生局", "人民政府", "办公室", "办公厅", "委", "局", "厅", "中心", "院", "政府", "小组", "部"]
    /// The longest signature line: an issuing body's name, not a sentence that ends with 局.
    public static let maxSignatureLength = 30
    /// 抄送: opens a distribution line of the closing block.
    public static let copyToPrefix = "抄送"
    /// 印发: ends the printing line of the closing block (`某某办公室 2022年3月2日印发`).
    public static let printedSuffix = "印发"
    /// The longest printing line: a longer line ending in 印发 is a sentence.
    public static let maxPrintedLineLength = 40
    /// 公开: the word of a publicity note (`（此件公开发布）`).
    public static let publicityWord = "公开"
    /// The longest publicity note.
    public static let maxPublicityNoteLength = 20

    // MARK: Dates

    /// 年: ends the year of a date (`2021年`, `二〇二一年`).
    public static let yearWord: Unicode.Scalar = "年"
    /// 月: ends the month of a Chinese date.
    public static let monthWord: Unicode.Scalar = "月"
    /// What ends the day of a Chinese date: 日 in writing, 号 as spoken.
    public static let dayWords: Set<Unicode.Scalar> = ["日", "号"]
    /// Separators of an Arabic date (`2021-05-21`, `2021/5/21`, `2021.05.21`, `2021．05．21`).
    public static let dateSeparators: Set<Unicode.Scalar> = ["-", "/", ".", "．"]
    /// The years a document date may have: from the founding of the state to a far planning horizon.
    public static let dateYears = 1949...2100
    /// The most scalars a date takes (`二〇二二年十二月三十一日` is 13, `2022年12月31日` 11), with room.
    public static let longestDate = 16
    /// Most scalars of the Chinese numeral of a month or a day (三十一).
    public static let maxDatePartLength = 3

    // MARK: 文号

    /// Brackets around the year of a 文号 (`〔2023〕`, `[2023]`, `［2023］`, `(2023)`, `【2023】`).
    package static let docNumberOpens: ScalarSet = ["〔", "[", "［", "(", "（", "【"]
    /// The closing brackets of `docNumberOpens`.
    package static let docNumberCloses: ScalarSet = ["〕", "]", "］", ")", "）", "】"]
    /// 号: ends the number of a 文号.
    public static let docNumberEnd: Unicode.Scalar = "号"
    /// The longest issuer abbreviation before the bracket (`浙卫发`, `东卫健`).
    public static let maxIssuerLength = 10
    /// The body lines searched for a 文号: it stands under the title.
    public static let docNumberSearchLines = 8

    // MARK: Titles and genre

    /// Title words of a yearly plan; a summary or report is not a plan.
    public static let planWords = ["要点", "计划", "安排", "谋划", "重点任务", "工作思路", "年度", "任务清单", "实施方案", "行动方案", "工作任务", "目标任务"]
    /// Title words of a summary or report: its quantities are results, not goals.
    public static let reportWords = ["总结", "报告", "情况"]
    /// Title words of a plan that names no year (`发展规划`, `行动方案`), besides `planWords`.
    public static let genrePlanWords = ["规划", "方案"]
    /// Body words that state results (`同比增长`, `累计建成`): counted against `planCues` when the
    /// title names neither a plan nor a report.
    public static let reportCues = ["同比", "较上年", "比上年", "累计", "完成了", "年末", "共计", "已建成", "提高了", "下降了", "截至", "全年共"]
    /// Body words that set goals (`力争`, `到2025年`), counted against `reportCues`.
    public static let planCues = ["力争", "确保", "到20", "争取", "年底前", "计划"]
    /// What joins two years into a span (`2021-2025年`, `2021至2025年`): a multi-year plan has no plan year.
    public static let yearSpanJoiners: Set<Unicode.Scalar> = ["-", "—", "至", "–"]
    /// The years a plan year may have.
    public static let planYears = 1990...2100
    /// The shortest and longest line read as a title.
    public static let titleLength = 4...80
    /// The shortest page `<title>` compared with the body lines: shorter ones match too much.
    public static let minPageTitleLength = 4
    /// The body lines compared with the page's `<title>`: the title stands at the top.
    public static let pageTitleSearchLines = 12
    /// The body lines read for a title-like first line.
    public static let titleSearchLines = 6

    // MARK: Regions

    /// The suffixes of area names: province, city, county, district, prefecture, banner, league.
    package static let regionSuffixes: ScalarSet = ["省", "市", "县", "区", "州", "旗", "盟"]
    /// Words that end like an area name but name none (城市, 社区, 示范区 …).
    public static let commonNouns = [
        "城市", "社区", "城区", "市区", "辖区", "园区", "景区", "片区", "示范区", "试验区", "先行区", "功能区", "保护区",
        "自贸区", "山区", "地区", "病区", "院区", "分区", "小区", "街区", "校区", "都市", "超市", "上市", "集市", "省市",
        "示范县", "试点县", "示范市", "试点市", "强县", "大县", "全县", "本县", "各县", "该县", "全市", "本市", "各市",
        "全区", "本区", "各区", "全省", "本省", "各省", "县市", "市县", "区县", "老区", "灾区", "牧区", "林区", "矿区", "郊区",
        "新城区", "主城区", "中心城区", "生活区", "商业区", "开发区", "高新区", "风景区", "疫区", "外省", "外市", "城乡区",
        "卫生县", "卫生市", "健康县", "健康市", "健康区", "文明城市", "卫生城市", "健康城市", "全国", "中国",
    ]
    /// Characters a name does not reach back over: particles, prepositions, scope words and suffixes.
    package static let nameStops: ScalarSet = ["年", "月", "日", "至", "从", "由", "向", "到", "赴", "将", "把", "以", "于", "经", "的", "和", "与", "及", "在", "对", "为", "全", "本", "各", "该", "我", "等", "是", "省", "市", "县", "区"]
    /// Words of action and scope that stand before 县/市/区 in plan sentences (推进县中医院…,
    /// 启动区中医医院…): a candidate name that starts with one is not a name.
    public static let verbHeads: Set<String> = [
        "推进", "启动", "坚守", "建设", "加快", "创建", "打造", "实施", "落实", "开展", "支持", "推动", "完成", "加强", "提升",
        "深化", "健全", "完善", "促进", "构建", "组织", "指导", "服务", "覆盖", "引导", "鼓励", "保障", "巩固", "确保", "实现",
        "争创", "申报", "迁建", "新建", "改建", "扩建", "筹建", "省级", "市级", "县级", "国家", "示范", "全面", "做好", "抓好",
        "依托", "围绕", "按照", "对照", "协调", "统筹", "联合", "配合", "牵头", "成立", "设立", "发挥", "强化", "优化", "培育",
    ]
    /// What follows 县/市/区 when it opens a generic compound (县中医院, 县委, 县域, 市级) rather than
    /// ending a name: an occurrence followed by one of these does not count as a mention.
    package static let genericFollowers: ScalarSet = [
        "委", "政", "人", "中", "医", "妇", "疾", "卫", "域", "级", "乡", "直", "城", "内", "外", "财", "教", "属", "镇", "村", "区", "县", "市",
    ]
    /// Words that say which level a text speaks for (`全县` → 县), tried in order.
    public static let levelWords: [(String, Unicode.Scalar)] = [("全县", "县"), ("全市", "市"), ("全区", "区"), ("全省", "省"), ("全州", "州"), ("全旗", "旗")]
    /// Words after an area's suffix that say the text speaks for that level (`县卫健局`, `市政府`).
    public static let levelMarkers = ["卫健", "卫生", "人民政府", "政府", "委"]
    /// The most ideographs of a name before its suffix (`乌鲁木齐市`).
    public static let maxNameLength = 4
    /// The fewest ideographs of a name before its suffix.
    public static let minNameLength = 2
    /// A common noun this short (山区, 城区) ends longer phrases (贫困山区) but not a three-character name (青山区) …
    public static let shortNounLength = 2
    /// … so it rules out a candidate of at least this many scalars, suffix included.
    public static let minPhraseForShortNoun = 4
    /// How often a body must name an area of the wanted level for it to be the region.
    public static let minBodyMentions = 2
}
