package app.relay.exports;

import java.util.List;

/** CSV as spreadsheets read it: quoted where needed, formula-looking cells defused, UTF-8 with a BOM. */
final class Csv {
    static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The whole table, header first, ready to send. */
    static String of(ExportTable table) {
        StringBuilder out = new StringBuilder(BOM).append(row(table.header()));
        table.rows().forEach(cells -> out.append(row(cells)));
        return out.toString();
    }

    static String row(List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting like a formula would run in a spreadsheet (CSV injection): make it text.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
