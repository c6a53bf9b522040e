import YaodianText

/// The rule values of the Clean stage (extraction guide, section 1): the phrase tables of site
/// chrome, the labels of metadata lines, the words of banners, titles and tables of contents, and
/// the line lengths that tell chrome from body. Data, not code: adding a new site's widget or
/// footer wording is a one-line change here, and the engine files read every value from here.
public enum CleanRules {
    // MARK: Chrome phrase tables
    /// A line that starts with one of these is a breadcrumb (`当前位置：首页 > 政务公开`).
    public static let breadcrumbPrefixes: [String] = [
        "当前位置", "您现在的位置", "您现在所在的位置", "您当前的位置", "您当前位置", "您所在的位置", "您所在位置",
        "您的位置", "所在位置", "当前所在位置", "现在位置", "你的位置", "你现在的位置", "你当前的位置", "位置：", "位置:",
    ]

    /// Separators between breadcrumb levels, used to spot breadcrumbs without a prefix (`首页 > 新闻`).
    public static let breadcrumbSeparators: [String] = [">", "»", "›", "＞", "→", "->", "》"]

    /// View counters; a short line containing one is chrome.
    public static let counterWords: [String] = [
        "浏览次数", "点击次数", "浏览量", "阅读次数", "访问量", "点击数", "阅读量", "访问次数", "浏览人次", "点击量", "阅读数",
    ]

    /// Words of widgets and switches. A line made only of these (and separators) is chrome.
    /// Longer entries come first so that `打印本页` is removed before `打印`.
    public static let widgetWords: [String] = [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "在手机上查看", "视力保护色", "打印本页", "关闭窗口", "关闭本页",
        "返回顶部", "加入收藏", "设为首页", "我要纠错", "分享到", "QQ空间", "朋友圈", "智能问答", "政务微信", "政务微博",
        "网站声明", "网站地图", "帮助说明", "上一篇", "下一篇", "适老版", "长辈版", "无障碍", "听全文", "背景色",
        "字号", "字体", "大中小", "打印", "关闭", "分享", "收藏", "返回", "保存", "纠错", "繁体", "简体", "繁體", "微信",
        "微博", "扫一扫", "默认", "放大", "缩小", "朗读", "首页", "登录", "注册", "搜索", "English", "QQ",
        "大", "中", "小",
    ]

    /// Separator characters that may surround widget words on a chrome line.
    public static let widgetSeparators: Set<Character> = [
        "【", "】", "[", "]", "|", ":", "：", "·", "•", "-", "/", "、", "(", ")", "（", "）", "｜", "丨", " ", "\u{3000}",
        "\u{A0}", "\t", "<", ">", "«", "»", "_",
    ]

    /// Footer wording: a short line containing one of these is chrome, and the first such line in
    /// the last part of a page starts the footer (everything short after it is chrome too).
    public static let footerWords: [String] = [
        "Copyright", "copyright", "COPYRIGHT", "版权所有", "ICP备", "ICP证", "公网安备", "网安备", "网站标识码",
        "主办单位", "主办：", "主办:", "承办单位", "承办：", "承办:", "技术支持", "网站维护", "维护单位", "扫一扫在手机",
        "网站声明", "网站地图", "©", "建议使用", "分辨率", "政府网站找错",
    ]

    /// Headings of the list of unrelated links that follows an article.
    public static let relatedLinksWords: [String] = [
        "相关链接", "相关阅读", "相关文章", "相关新闻", "推荐阅读", "延伸阅读", "相关信息", "相关稿件", "热点新闻", "猜你喜欢",
    ]

    /// Keywords of paywall and mirror-site banners. A parenthesised span containing one of these
    /// (`……(新文秘网…省略659字,正式会员可完整阅读)……`, `(未完,全文共2910字,当前仅显示1850字…`) is
    /// removed and marks a truncation.
    public static let bannerWords: [String] = [
        "正式会员", "完整阅读", "未完", "全文共", "当前仅显示", "请阅读下面提示", "付费阅读", "会员可见", "登录后阅读",
        "阅读全文", "查看全文", "本文来源于", "提示信息", "未显示", "免费预览", "余下内容", "余下全文", "未完待续", "已折叠",
    ]
    /// Most characters of a whole line read as a banner (`…… 剩余2146字未显示，开通会员即可阅读全文 ……`)
    /// when it holds a banner word, no parenthesis and no full stop.
    public static let maxBannerLineLength = 60

    /// Characters that bullet a line in spam blocks (a line of only these is junk).
    public static let bullets: Set<Character> = ["•", "·", "●", "○", "■", "□", "◆", "◇", "▪", "►", "▶", "◎", "★", "☆", "-", "*"]

    // MARK: Chrome line shapes

    /// 首页: a line without a breadcrumb prefix is a breadcrumb only if it names the home page.
    public static let homePageWord = "首页"
    /// The characters of 更多 (`相关文章 更多>>`), allowed after a related-links heading.
    public static let moreLinkCharacters: Set<Character> = ["更", "多"]
    /// 第 … 页: the words of a page number written in words (`第3页`, `第3页 共10页`).
    public static let pageNumberOpening = "第"
    /// 页: see `pageNumberOpening`.
    public static let pageNumberWord = "页"
    /// Everything a page number in words may hold besides digits: 第, 页, 共 and separators.
    public static let pageNumberWordMarks = "第页共,，/ "
    /// Dashes and slashes around a bare page number (`- 3 -`, `—12—`, `3/10`).
    public static let pageNumberDashes: Set<Character> = ["-", "—", "–", "－", "/"]

    /// The longest line read as a breadcrumb without a prefix: a chrome line is short, an
    /// article's first paragraph that names 首页 runs longer.
    public static let maxBreadcrumbLineLength = 120
    /// The longest line read as a view counter or a widget row: they are a few words.
    public static let maxCounterLineLength = 60
    /// The longest line read as footer wording: a footer packs copyright, ICP and host on one line.
    public static let maxFooterLineLength = 200
    /// The longest line read as a related-links heading (`【相关阅读】`, `相关文章 更多>>`).
    public static let maxRelatedLinksLineLength = 12
    /// The longest page-number line without spaces (`第3页 共10页`).
    public static let maxPageNumberLength = 12
    /// Most digits of a page-number line (`123/456`).
    public static let maxPageNumberDigits = 6
    /// Most digits of a bare number read as a page number: more is a figure of the text.
    public static let maxBarePageNumberDigits = 3

    // MARK: Page layout

    /// A breadcrumb starts the body (what is above it is the masthead) only within the first lines.
    public static let mastheadMinLines = 15
    /// … or within this share of the page's lines, whichever is more (numerator, denominator).
    public static let mastheadShare = (2, 5)
    /// After a footer line, lines shorter than this are footer too: a body paragraph runs longer.
    public static let maxFooterTailLineLength = 120
    /// Endings of document titles (`…工作要点`, `…的通知`): such a line above the breadcrumb is the
    /// article's title, not the masthead.
    public static let titleEndings = ["要点", "计划", "方案", "总结", "报告", "规划", "通知", "意见", "办法", "安排", "纲要", "规定", "细则", "决定", "通报"]
    /// Endings of a masthead line that are a site's name, not a title (`某某县人民政府`, `…网`).
    public static let siteNameEndings = ["政府", "网"]
    /// A line naming a website (`网站`) above the breadcrumb is masthead, whatever its ending.
    public static let websiteWord = "网站"
    /// Characters trimmed from a masthead line before its title ending is read (`《…通知》`).
    public static let titleEndingTrimmed = "》” "
    /// The shortest and longest line read as an article title above the breadcrumb.
    public static let documentTitleLength = 6...80
    /// The shortest page `<title>` compared with a masthead line: shorter ones match too much.
    public static let minPageTitleLength = 6

    /// A footer line starts the footer only in the later part of a page: from line
    /// `count / footerStartDivisor` on (the second half); above it, footer wording is a link list.
    public static let footerStartDivisor = 2

    // MARK: Joining broken lines

    /// A line shorter than this is never joined to the next: titles and headings are short.
    public static let minJoinedLineLength = 40
    /// Sentence and clause punctuation, closing quotes and brackets: a line ending with one ends
    /// where it should and is not joined. Wider than `TextRules.fragmentSentenceEnds`: colons,
    /// `!`/`?`, closers and `…` also end a line on purpose.
    package static let joinTerminals: ScalarSet = [
        "。", "！", "？", "；", ";", "!", "?", "：", ":", "”", "’", "」", "』", "）", ")", "】", "》", "…", "\"",
    ]
    /// Opening quotes and brackets: a line ending with one goes on in the next.
    package static let joinOpeners: ScalarSet = ["“", "‘", "「", "『", "《", "（", "(", "【"]

    // MARK: Hidden elements

    /// A negative offset (`left:-9999px`, `text-indent:-2000px`) of at least this many units
    /// moves an element off the screen: layout nudges are a few pixels.
    public static let minOffscreenOffset = 1000

    // MARK: Paywall banners

    /// How an address starts in a banner (`新文秘网http://www.wm114.cn`).
    public static let bannerURLStarts = ["http://", "https://", "www."]
    /// Words of an omitted length (`省略659字`): with an address, a parenthesis is a banner.
    public static let bannerLengthWords = ["省略", "字"]
    /// 网: a banner with an address names its mirror site (新文秘网).
    public static let mirrorSiteWord: Character = "网"
    /// After 网, these make 网址/网站, which only introduce an address in a body sentence.
    public static let addressWordEndings: Set<Character> = ["址", "站"]
    /// Before 网, this makes 官网, which also introduces an address in a body sentence.
    public static let officialSiteOpening: Character = "官"
    /// How many lines an unclosed banner may go on over.
    public static let maxBannerContinuationLines = 3
    /// The longest line an unclosed banner goes on over: a longer one is body again.
    public static let maxBannerContinuationLength = 80

    // MARK: Metadata lines (`ChromeFieldParser`)

    /// The labels of metadata fields: (label, field, weak). A weak label (`来源`, `时间`) is a common
    /// word, so a line that starts with it needs a second label or must be short.
    public static let fieldLabels: [(String, ChromeFieldParser.Field, Bool)] = [
        ("索引号", .indexNumber, false), ("索取号", .indexNumber, false),
        ("文号", .docNumber, false), ("文件编号", .docNumber, false), ("发文字号", .docNumber, false),
        ("发文文号", .docNumber, false), ("文件号", .docNumber, false), ("发文号", .docNumber, false),
        ("发布机构", .publisher, false), ("发文机关", .publisher, false), ("发布单位", .publisher, false),
        ("发文单位", .publisher, false), ("信息来源", .publisher, false), ("文章来源", .publisher, false),
        ("发布部门", .publisher, false), ("来源单位", .publisher, false), ("制发机关", .publisher, false),
        ("来源", .publisher, true),
        ("发布日期", .publishedDate, false), ("发布时间", .publishedDate, false), ("公开日期", .publishedDate, false),
        ("公开时间", .publishedDate, false), ("更新时间", .publishedDate, true), ("更新日期", .publishedDate, true),
        ("日期", .publishedDate, true), ("时间", .publishedDate, true),
        ("成文日期", .writtenDate, false), ("成文时间", .writtenDate, false), ("印发日期", .writtenDate, false),
        ("生成日期", .writtenDate, false), ("发文日期", .writtenDate, false),
        ("标题", .title, true), ("名称", .title, true), ("文件名称", .title, true),
    ]
    /// Labels of fields Yaodian does not keep (`.other`): recognised so that their line is chrome.
    public static let otherFieldLabels = [
        "主题分类", "组配分类", "体裁分类", "服务对象分类", "服务对象", "有效性", "公开形式", "公开方式", "公开范围",
        "公开时限", "信息类型", "信息分类", "浏览量", "浏览次数", "点击次数", "点击数", "阅读次数", "访问量", "作者",
        "责任编辑", "编辑", "字号", "主题词", "关键词", "关键字", "时效", "废止日期", "有效期", "所属主题", "发布者",
        "审核", "文种", "体裁", "规范性文件登记号", "统一编号", "登记号", "所属机构", "机构分类", "内容分类",
        "分类", "题材分类", "阅读", "字数",
    ]
    /// The weak ones of `otherFieldLabels`: common words that also start body sentences.
    public static let weakOtherFieldLabels: Set<String> = ["作者", "编辑", "审核", "文种", "体裁", "时效", "分类", "阅读", "字数"]
    /// What ends a label before its value.
    public static let fieldSeparators: Set<Character> = [":", "：", "|", "｜", "】", "]"]
    /// What may stand before the first label of a line.
    public static let fieldLeading: Set<Character> = ["【", "[", " ", "\u{3000}", "\t", "|", "｜"]
    /// Marks and spaces trimmed from both ends of a value.
    package static let fieldValueTrimmed: ScalarSet = [" ", "\u{3000}", "\t", "|", "｜", ":", "：", "【", "】", "[", "]", "\u{A0}"]
    /// The longest line read as a metadata line when its only label is weak: a longer one is a sentence.
    public static let maxWeakFieldLineLength = 30
    /// The longest value of a line with a single label: a longer value is a sentence, not a field.
    public static let maxSingleFieldValueLength = 60

    // MARK: Tables of contents

    /// The labels of a table of contents (目录 / 提纲 / 目次).
    public static let tableOfContentsLabels = ["目录", "提纲", "目次"]
    /// Characters that may surround the label on its line.
    public static let tableOfContentsLabelSeparators = "：:/／、…·.-—【】[]（）()"
    /// A table of contents is looked for within the first lines of a document …
    public static let tableOfContentsMinSearchLines = 40
    /// … or within this share of its lines, whichever is more (1 / divisor).
    public static let tableOfContentsSearchDivisor = 3
    /// The longest outline entry: a longer line is the text itself.
    public static let maxTableOfContentsEntryLength = 60
    /// The fewest outline entries that make a table of contents.
    public static let minTableOfContentsEntries = 2

    // MARK: Traditional script

    /// Common Traditional-only characters of health-plan vocabulary (衛生, 醫療, 達到, 億元, 責任單位 …).
    package static let traditionalOnly = ScalarSet("衛醫療與區縣務體發會員號實點這資機構戰應當進達億內單責權經濟開關業產總計劃畫為對從將設議導論觀學樂藥護險檢測質傳統調黨規範歲兒嬰婦門診師養親職萬項績標準類專辦層鄉鎮級補貼場癒壓腫篩絡網頁訊數據執監團".unicodeScalars)
    /// The fewest Traditional-only characters that flag a body: a few are quotations or names.
    public static let minTraditionalHits = 5
    /// A body is flagged when more than 1 in this many of its ideographs are Traditional-only.
    public static let traditionalShareDivisor = 50
}
