package app.relay.exports;

import java.util.List;

/** What an export holds, before it becomes CSV or a spreadsheet: a header and rows of plain values. */
record ExportTable(List<String> header, List<List<Object>> rows) {
}
