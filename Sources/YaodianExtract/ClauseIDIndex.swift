import YaodianModel

/// The index in a clause list of each clause ID, the last one when an ID repeats: what a
/// `[String: Int]` filled in list order answers, without its seeded hash of every ID.
///
/// IDs are short ASCII paths (`2.1.3`). When every ID is ASCII they are hashed by their bytes
/// (FNV-1a) into an open-addressing table; String equality of ASCII strings is byte equality, so
/// the answers are the dictionary's. A query that is not ASCII (it may still equal an ASCII ID
/// under canonical equivalence, as the Kelvin sign equals `K`) is compared with every ID.
/// Otherwise (some ID not ASCII) a dictionary is used.
package struct ClauseIDIndex {
    private let ids: [String]
    /// Slot → index in `ids`, or -1; nil when some ID is not ASCII.
    private let slots: [Int]?
    private let dictionary: [String: Int]

    package init(_ clauses: [Clause]) {
        var ids: [String] = []
        ids.reserveCapacity(clauses.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(clauses.count)
        var ascii = true
        for i in clauses.indices {
            let id = clauses[i].id
            guard let h = Self.asciiHash(id) else { ascii = false; break }
            ids.append(id)
            hashes.append(h)
        }
        guard ascii else {
            var byID: [String: Int] = [:]
            byID.reserveCapacity(clauses.count)
            for i in clauses.indices { byID[clauses[i].id] = i }
            self.ids = []
            slots = nil
            dictionary = byID
            return
        }
        var capacity = 8
        while capacity < 2 * ids.count { capacity *= 2 }
        var table = [Int](repeating: -1, count: capacity)
        for i in ids.indices {
            var s = Int(truncatingIfNeeded: hashes[i]) & (capacity - 1)
            while table[s] >= 0 && ids[table[s]] != ids[i] { s = (s + 1) & (capacity - 1) }
            table[s] = i
        }
        self.ids = ids
        slots = table
        dictionary = [:]
    }

    /// FNV-1a of the UTF-8 bytes, or nil when one is not ASCII.
    private static func asciiHash(_ id: String) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 {
            guard b < 0x80 else { return nil }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    /// The index of the last clause whose ID equals `id`.
    package func index(of id: String) -> Int? {
        guard let table = slots else { return dictionary[id] }
        guard let h = Self.asciiHash(id) else { return ids.lastIndex(of: id) }
        var s = Int(truncatingIfNeeded: h) & (table.count - 1)
        while table[s] >= 0 {
            if ids[table[s]] == id { return table[s] }
            s = (s + 1) & (table.count - 1)
        }
        return nil
    }
}
