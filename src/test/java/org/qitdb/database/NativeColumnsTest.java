package org.qitdb.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.rowset.serial.SerialClob;
import org.junit.jupiter.api.Test;

/** The column values the two drivers return read as one Java type each. */
class NativeColumnsTest {

    private static final UUID ID = UUID.fromString("0b6f3c52-6d0c-4a8e-9d43-3f4f1a2b5c6d");
    private static final Instant AT = Instant.parse("2026-03-04T05:06:07.123456Z");

    @Test
    void aUuidFromItselfItsBytesOrItsText() {
        byte[] bytes = ByteBuffer.allocate(16).putLong(ID.getMostSignificantBits()).putLong(ID.getLeastSignificantBits()).array();
        assertThat(NativeColumns.uuid(ID)).isEqualTo(ID);
        assertThat(NativeColumns.uuid(bytes)).isEqualTo(ID);
        assertThat(NativeColumns.uuid(ID.toString())).isEqualTo(ID);
        assertThat(NativeColumns.uuid(null)).isNull();
        assertThatThrownBy(() -> NativeColumns.uuid(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInstantFromATimestampAnOffsetDateTimeOrItsText() {
        assertThat(NativeColumns.instant(AT)).isEqualTo(AT);
        assertThat(NativeColumns.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(NativeColumns.instant(AT.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(AT);
        assertThat(NativeColumns.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC).toString())).isEqualTo(AT);
        assertThat(NativeColumns.instant(null)).isNull();
    }

    @Test
    void textFromAStringOrAClob() throws Exception {
        assertThat(NativeColumns.text("plain")).isEqualTo("plain");
        assertThat(NativeColumns.text(new SerialClob("ünïcode – long text".toCharArray()))).isEqualTo("ünïcode – long text");
        assertThat(NativeColumns.text(null)).isNull();
    }
}
