package org.helplinelogbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizesTest {

    @Test
    void readsLikeAFileManager() {
        assertThat(FileSizes.describe(200)).isEqualTo("1 KB");
        assertThat(FileSizes.describe(48_300)).isEqualTo("48 KB");
        assertThat(FileSizes.describe(5_240_000)).isEqualTo("5.2 MB");
        assertThat(FileSizes.describe(764_000_000)).isEqualTo("764 MB");
        assertThat(FileSizes.describe(9_712_000_000L)).isEqualTo("9.7 GB");
        assertThat(FileSizes.describe(-1)).isEqualTo("of unknown size");
    }
}
