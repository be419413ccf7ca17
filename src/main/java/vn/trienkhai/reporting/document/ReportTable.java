package vn.trienkhai.reporting.document;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A table as both writers draw it: header cells, relative column widths, which columns hold numbers (right
 * aligned), and rows produced one at a time so that a large table is never held whole (close the stream).
 */
record ReportTable(List<String> header, float[] widths, boolean[] numeric, Supplier<Stream<List<String>>> rows,
                   float fontSize) {

    int columns() {
        return header.size();
    }
}
