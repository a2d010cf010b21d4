extension UInt8 {
    /// Whether the byte is an ASCII character a regex's `\s` matches: tab, line feed, vertical
    /// tab, form feed, carriage return or space. Code that reads ASCII text as bytes instead of
    /// through a pattern uses it to match exactly what the pattern would.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
