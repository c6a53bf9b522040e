import Foundation
import YaodianText

/// Finds the administrative area a document is for (extraction guide, section 5: `region`).
///
/// The level comes from the document itself — `全县`/`区卫健局` in the title or publisher says
/// which kind of name to look for — and the name from the first source that states one: the
/// title, the publisher, the site's masthead, then the body. A name is two to four ideographs
/// before 省/市/县/区/州/旗/盟, standing after a boundary (start, punctuation, a digit or 年, or
/// another area name, as in 广元市利州区), and not a common noun (城市, 社区, 示范区 …).
public enum RegionFinder {
    package static let suffixes: ScalarSet = ["省", "市", "县", "区", "州", "旗", "盟"]
    package static let commonNouns = [
        "城市", "社区", "城区", "市区", "辖区", "园区", "景区", "片区", "示范区", "试验区", "先行区", "功能区", "保护区",
        "自贸区", "山区", "地区", "病区", "院区", "分区", "小区", "街区", "校区", "都市", "超市", "上市", "集市", "省市",
        "示范县", "试点县", "示范市", "试点市", "强县", "大县", "全县", "本县", "各县", "该县", "全市", "本市", "各市",
        "全区", "本区", "各区", "全省", "本省", "各省", "县市", "市县", "区县", "老区", "灾区", "牧区", "林区", "矿区", "郊区",
        "新城区", "主城区", "中心城区", "生活区", "商业区", "开发区", "高新区", "风景区", "疫区", "外省", "外市", "城乡区",
        "卫生县", "卫生市", "健康县", "健康市", "健康区", "文明城市", "卫生城市", "健康城市", "全国", "中国",
    ]
    package static let nameStops: ScalarSet = ["年", "月", "日", "至", "从", "由", "向", "到", "赴", "将", "把", "以", "于", "经", "的", "和", "与", "及", "在", "对", "为", "全", "本", "各", "该", "我", "等", "是", "省", "市", "县", "区"]

    /// Words of action and scope that stand before 县/市/区 in plan sentences (推进县中医院…,
    /// 启动区中医医院…): a candidate name that starts with one is not a name.
    package static let verbHeads: Set<String> = [
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

    /// `standaloneOccurrences(of:in:)` on a body's scalars when the body is plain (`PlainText`, and
    /// line feeds: every scalar a Character of its own, none canonically equivalent to another), where
    /// searching scalars finds what searching Characters finds. The occurrences are taken left to
    /// right without overlap, as `components(separatedBy:)` cuts them.
    package static func standaloneOccurrences(of name: String, inPlain s: [Unicode.Scalar]) -> Int {
        let word = Array(name.unicodeScalars)
        guard !word.isEmpty, var hit = PlainText.firstIndex(of: word, in: s, from: 0) else { return 0 }
        var count = 0
        while true {
            let after = hit + word.count
            let next = PlainText.firstIndex(of: word, in: s, from: after)
            // What follows the name up to the next occurrence; an empty piece counts.
            if after >= s.count || next == after || !genericFollowers.contains(s[after]) { count += 1 }
            guard let n = next else { return count }
            hit = n
        }
    }

    package static func standaloneOccurrences(of name: String, in body: String) -> Int {
        let parts = body.components(separatedBy: name)
        return parts.dropFirst().filter { part in
            guard let next = part.unicodeScalars.first else { return true }
            return !genericFollowers.contains(next)
        }.count
    }

    /// The level a text speaks for: 县 for `全县…`/`县卫健局`, etc.
    public static func level(in text: String) -> Unicode.Scalar? {
        for (word, level) in [("全县", "县"), ("全市", "市"), ("全区", "区"), ("全省", "省"), ("全州", "州"), ("全旗", "旗")] as [(String, Unicode.Scalar)]
            where text.containsText(word) { return level }
        let s = Array(text.unicodeScalars)
        for m in levelMarkers {
            var i = 1
            while i + m.count <= s.count {
                if suffixes.contains(s[i - 1]), s[i..<(i + m.count)].elementsEqual(m) { return s[i - 1] }
                i += 1
            }
        }
        return nil
    }

    /// Words after an area's suffix that say the text speaks for that level (`县卫健局`, `市政府`).
    private static let levelMarkers = ["卫健", "卫生", "人民政府", "政府", "委"].map { Array($0.unicodeScalars) }

    /// `verbHeads` as pairs of scalar values, tested without making a String.
    private static let verbHeadPairs: Set<UInt64> = Set(verbHeads.compactMap { word in
        let s = Array(word.unicodeScalars)
        return s.count == 2 ? UInt64(s[0].value) << 32 | UInt64(s[1].value) : nil
    })

    /// `commonNouns` as scalars (all ideographs, so a scalar is a Character).
    private static let commonNounScalars = commonNouns.map { Array($0.unicodeScalars) }

    /// Area names in `text`, in order, with their suffix.
    public static func names(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i < s.count {
            if suffixes.contains(s[i]), i >= 2 {
                var start = i
                while start > 0, i - start < 4, Ideograph.contains(s[start - 1]), !nameStops.contains(s[start - 1]) { start -= 1 }
                let length = i - start
                let boundary = start == 0 || !Ideograph.contains(s[start - 1]) || s[start - 1] == "年" || suffixes.contains(s[start - 1])
                // (A name is ideographs and its suffix: scalars are Characters, so they are compared.)
                let isVerbHead = length >= 2 && verbHeadPairs.contains(UInt64(s[start].value) << 32 | UInt64(s[start + 1].value))
                if length >= 2, boundary, !isVerbHead {
                    let name = s[start...i]
                    // A two-character noun (山区, 城区) ends longer phrases (贫困山区, 中心城区) but not a
                    // three-character name (青山区).
                    let common = commonNounScalars.contains { noun in
                        noun.count <= name.count && name.suffix(noun.count).elementsEqual(noun) && (noun.count > 2 || name.count >= 4)
                    }
                    if !common { out.append(String(scalars: name)) }
                }
            }
            i += 1
        }
        return out
    }

    /// `bodyScalars`, when given, must be the scalars of `body` (the pipeline has them): the
    /// body's names are then counted on them if the body is plain.
    public static func find(title: String, publisher: String, siteHeader: [String], body: String,
                            bodyScalars: [Unicode.Scalar]? = nil) -> String {
        let wanted = Self.level(in: title) ?? Self.level(in: publisher) ?? siteHeader.lazy.compactMap { Self.level(in: $0) }.first
        let sources = [title, publisher] + siteHeader
        for source in sources {
            for name in names(in: source) {
                guard let last = name.unicodeScalars.last else { continue }
                if wanted == nil || last == wanted { return name }
            }
            if wanted == nil, source == publisher { break }
        }
        // The body names many places; only a name of the right level that recurs is taken.
        guard let level = wanted else { return "" }
        // Line feeds are Characters of their own too (a body has no CR to join them to).
        let plain = bodyScalars.flatMap { scalars in scalars.allSatisfy { $0 == "\n" || PlainText.isPlain($0) } ? scalars : nil }
        for name in names(in: body) where name.unicodeScalars.last == level {
            let count = plain.map { standaloneOccurrences(of: name, inPlain: $0) } ?? standaloneOccurrences(of: name, in: body)
            if count >= 2 { return name }
        }
        return ""
    }

}
