package org.qitdb.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

class DatabaseFileSizeTest {

    @Test
    void theFileOfAnH2FileUrlIsNamedAfterItsPathWithoutTheSettings() {
        assertThat(DatabaseFileSize.h2File("jdbc:h2:file:./data/qitdb;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(new File("./data/qitdb.mv.db"));
        assertThat(DatabaseFileSize.h2File("jdbc:h2:file:/var/lib/qitdb/qitdb")).contains(new File("/var/lib/qitdb/qitdb.mv.db"));
    }

    @Test
    void otherDatabasesHaveNoFileToReport() {
        assertThat(DatabaseFileSize.h2File("jdbc:h2:mem:qitdb-test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseFileSize.h2File("jdbc:postgresql://127.0.0.1:5432/qitdb")).isEmpty();
    }
}
