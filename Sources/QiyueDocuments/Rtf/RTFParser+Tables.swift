extension RTFParser {
    /// Control words that open a destination: the group they start is read as that.
    static let destinations: [String: RTFGroupState.Destination] = {
        var table: [String: RTFGroupState.Destination] = ["fonttbl": .fontTable, "stylesheet": .styleSheet, "footnote": .note]
        let skipped = [
            "colortbl", "info", "pict", "object", "fldinst", "themedata", "colorschememapping", "datastore", "latentstyles",
            "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "mmathPr", "filetbl", "revtbl", "pgdsctbl",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "nonshppict", "shp",
            "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "annotation", "atnid", "atnauthor", "atndate", "atnref", "atrfstart",
            "atrfend", "bkmkstart", "bkmkend", "template", "userprops", "docvar", "pn", "fontemb", "fontfile", "falt", "panose",
            "listpicture", "xe", "tc", "txe", "picprop", "blipuid", "wgrffmtfilter", "pgptbl", "defchp", "defpap", "protusertbl",
        ]
        for name in skipped { table[name] = .skipped }
        return table
    }()

    /// Control words that stand for a character.
    static let characters: [String: String] = [
        "tab": "\t", "emdash": "\u{2014}", "endash": "\u{2013}", "emspace": "\u{2003}", "enspace": "\u{2002}",
        "qmspace": "\u{2005}", "bullet": "\u{2022}", "lquote": "\u{2018}", "rquote": "\u{2019}",
        "ldblquote": "\u{201C}", "rdblquote": "\u{201D}",
    ]
}
