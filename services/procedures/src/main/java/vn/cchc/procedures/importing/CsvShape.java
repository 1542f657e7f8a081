package vn.cchc.procedures.importing;

/**
 * The shape of a CSV text, read in one pass without building any record: how many records it holds and how many
 * fields its widest record has (quotes respected). An import checks the shape before parsing, so that a junk file
 * (a million empty lines, ten million commas) is refused for what it is instead of being turned into millions of
 * strings.
 */
public record CsvShape(int records, int widest, boolean cut) {

    /**
     * Scans {@code text}; stops early ({@code cut}) once it has seen more than {@code maxRecords} records or a
     * record wider than {@code maxFields}. Empty lines are not records (as commons-csv's ignoreEmptyLines).
     */
    public static CsvShape scan(String text, char delimiter, int maxRecords, int maxFields) {
        return scan(
                new Text() {
                    public int length() {
                        return text.length();
                    }

                    public int at(int i) {
                        return text.charAt(i);
                    }
                },
                delimiter,
                maxRecords,
                maxFields);
    }

    /**
     * As {@link #scan(String, char, int, int)} over the bytes of an ASCII-compatible encoding (UTF-8, windows-125x,
     * ISO-8859-x), from {@code offset}: quotes, delimiters and line ends are single ASCII bytes that never occur
     * inside a multi-byte character, so the file needs no decoding to be measured.
     */
    public static CsvShape scan(byte[] bytes, int offset, char delimiter, int maxRecords, int maxFields) {
        return scan(
                new Text() {
                    public int length() {
                        return bytes.length - offset;
                    }

                    public int at(int i) {
                        return bytes[offset + i] & 0xff;
                    }
                },
                delimiter,
                maxRecords,
                maxFields);
    }

    private interface Text {
        int length();

        int at(int i);
    }

    private static CsvShape scan(Text text, char delimiter, int maxRecords, int maxFields) {
        int records = 0;
        int widest = 0;
        int fields = 1;
        boolean content = false;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = text.at(i);
            if (quoted) {
                // as commons-csv: "" inside a quoted field is a quote; a single " ends the quoting
                if (c == '"') {
                    if (i + 1 < n && text.at(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                content = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fields++;
                content = true;
                fieldStart = true;
                if (fields > maxFields) {
                    return new CsvShape(records + 1, fields, true);
                }
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    records++;
                    widest = Math.max(widest, fields);
                    if (records > maxRecords) {
                        return new CsvShape(records, widest, true);
                    }
                }
                fields = 1;
                content = false;
                fieldStart = true;
            } else {
                fieldStart = false;
                content = true;
            }
        }
        if (content) {
            records++;
            widest = Math.max(widest, fields);
        }
        return new CsvShape(records, widest, records > maxRecords);
    }
}
