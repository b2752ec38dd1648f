package app.relay.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export as an Excel workbook: typed cells (numbers, UTC date-times), a bold frozen header.
 * Text is always written as a value, never as a formula, so a hostile name cannot run.
 */
final class Xlsx {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** A workbook of named sheets, in order. */
    static byte[] of(Map<String, ExportTable> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Relay", "1.0");
            sheets.forEach((name, table) -> fill(workbook.newWorksheet(name), table));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void fill(Worksheet sheet, ExportTable table) {
        List<String> header = table.header();
        for (int col = 0; col < header.size(); col++) {
            sheet.value(0, col, header.get(col));
            sheet.style(0, col).bold().set();
        }
        sheet.freezePane(0, 1);
        int row = 1;
        for (List<Object> cells : table.rows()) {
            for (int col = 0; col < cells.size(); col++) {
                write(sheet, row, col, cells.get(col));
            }
            row++;
        }
    }

    private static void write(Worksheet sheet, int row, int col, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, col, number);
        } else if (value instanceof Instant instant) {
            sheet.value(row, col, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            sheet.style(row, col).format("yyyy-mm-dd hh:mm").set();
        } else {
            sheet.value(row, col, value.toString());
        }
    }
}
