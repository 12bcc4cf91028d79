package org.helplinelogbook.ui.common;

import java.util.Locale;

/** File sizes as people read them: "1.2 GB", "764 MB", "5.2 MB", "48 KB". */
public final class FileSizes {

    private FileSizes() {}

    public static String describe(long bytes) {
        if (bytes < 0) {
            return Messages.get("size.unknown");
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.UK, "%,d KB", Math.max(1, Math.round(bytes / 1e3)));
        }
        double mb = bytes / 1e6;
        if (mb >= 1000) {
            return String.format(Locale.UK, "%,.1f GB", mb / 1000);
        }
        return String.format(Locale.UK, mb >= 10 ? "%,.0f MB" : "%.1f MB", mb);
    }
}
