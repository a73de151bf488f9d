package org.qitdb.standard.feed.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.qitdb.standard.feed.service.StatusHistory.StatusChange;

/**
 * The status events of the change log in compact form, in seq order: one slot per event in parallel arrays that grow,
 * the few distinct types, organizations, statuses and publication dates as indexes into tables of each value once.
 * {@link StatusHistory} keeps one current with the database; this class only holds and replays.
 *
 * <p>Per event: seq 8 bytes, type 1, id 16, organization 2, statuses from and to 2 each, publication date 4, time 12
 * (epoch second and nanosecond, so that every instant comes back exactly), and the identifier: 4 for where it ends in
 * a shared byte buffer plus one byte per character (two when it has a character beyond Latin-1). That is 51 bytes plus
 * the identifier's length, 66 for a typical 15-character identifier: 6.6 MB filled at 100 000 events, and up to half as
 * much again of room to grow into (the arrays grow by half when full); the tables of distinct values add a few KB. At
 * 100 000 events the arrays stand at 132 859 slots: 8.9 MB, which is what the heap got back when such a timeline was
 * dropped. {@code StatusTimelineTest} keeps {@link #bytesHeld()} there.
 *
 * <p>One writer at a time appends (callers serialize catching up); replays may run beside it. A slot is never written
 * again once the size covers it, and growing copies into new arrays, so a replay that took the arrays and the size
 * under the lock reads a consistent prefix without holding it.
 */
final class StatusTimeline {

    private static final int INITIAL = 1024;

    private int size;
    private long position;
    private long[] seqs = new long[INITIAL];
    private byte[] types = new byte[INITIAL];
    private long[] idsHigh = new long[INITIAL];
    private long[] idsLow = new long[INITIAL];
    private short[] organizations = new short[INITIAL];
    private short[] froms = new short[INITIAL];
    private short[] tos = new short[INITIAL];
    private int[] publicationDates = new int[INITIAL];
    private long[] seconds = new long[INITIAL];
    private int[] nanos = new int[INITIAL];
    /** Where each identifier ends in {@link #identifierBytes}, shifted left by one; the low bit marks two bytes a character. */
    private int[] identifierEnds = new int[INITIAL];
    private byte[] identifierBytes = new byte[INITIAL * 16];
    private int identifierLength;

    private final Values typeNames = new Values(Byte.MAX_VALUE);
    private final Values organizationCodes = new Values(Short.MAX_VALUE);
    private final Values statuses = new Values(Short.MAX_VALUE);
    private final Values publicationDateValues = new Values(Integer.MAX_VALUE);

    /** Adds an event after every one held; its seq must be beyond {@link #position()}. */
    synchronized void append(StatusChange event) {
        if (event.seq() <= position) {
            throw new IllegalArgumentException("event " + event.seq() + " is not after " + position);
        }
        if (size == seqs.length) {
            grow();
        }
        int i = size;
        seqs[i] = event.seq();
        types[i] = (byte) typeNames.index(Objects.requireNonNull(event.type(), "type"));
        idsHigh[i] = event.id().getMostSignificantBits();
        idsLow[i] = event.id().getLeastSignificantBits();
        organizations[i] = (short) organizationCodes.index(Objects.requireNonNull(event.organization(), "organization"));
        froms[i] = (short) statuses.index(event.from());
        tos[i] = (short) statuses.index(event.to());
        publicationDates[i] = publicationDateValues.index(event.publicationDate());
        seconds[i] = event.at().getEpochSecond();
        nanos[i] = event.at().getNano();
        identifierEnds[i] = appendIdentifier(Objects.requireNonNull(event.identifier(), "identifier"));
        position = event.seq();
        // published last: a replay that reads the size sees the slot filled (both under the lock)
        size = i + 1;
    }

    /** Every change up to {@code seq} has been read into the timeline, including those that were no status event. */
    synchronized void reached(long seq) {
        position = Math.max(position, seq);
    }

    /** The seq up to which the change log has been read. */
    synchronized long position() {
        return position;
    }

    synchronized int size() {
        return size;
    }

    /**
     * Hands every event held, oldest first, to the consumer, leaving out those of organizations not shown (asked once per
     * organization and replay).
     */
    void replay(Predicate<String> organizationShown, Consumer<StatusChange> consumer) {
        int count;
        long[] seq;
        byte[] type;
        long[] high;
        long[] low;
        short[] organization;
        short[] from;
        short[] to;
        int[] publicationDate;
        long[] second;
        int[] nano;
        int[] identifierEnd;
        byte[] identifier;
        String[] typeName;
        String[] organizationCode;
        String[] status;
        String[] publicationDateValue;
        synchronized (this) {
            count = size;
            seq = seqs;
            type = types;
            high = idsHigh;
            low = idsLow;
            organization = organizations;
            from = froms;
            to = tos;
            publicationDate = publicationDates;
            second = seconds;
            nano = nanos;
            identifierEnd = identifierEnds;
            identifier = identifierBytes;
            typeName = typeNames.values();
            organizationCode = organizationCodes.values();
            status = statuses.values();
            publicationDateValue = publicationDateValues.values();
        }
        // per organization index: 0 not asked yet, 1 shown, 2 left out
        byte[] shown = new byte[organizationCode.length];
        for (int i = 0; i < count; i++) {
            int o = organization[i];
            if (shown[o] == 0) {
                shown[o] = organizationShown.test(organizationCode[o]) ? (byte) 1 : (byte) 2;
            }
            if (shown[o] == 2) {
                continue;
            }
            consumer.accept(new StatusChange(seq[i], typeName[type[i]], new UUID(high[i], low[i]), organizationCode[o],
                    identifier(identifier, i == 0 ? 0 : identifierEnd[i - 1], identifierEnd[i]),
                    Instant.ofEpochSecond(second[i], nano[i]), status[from[i]], status[to[i]], publicationDateValue[publicationDate[i]]));
        }
    }

    /** What the timeline holds on the heap, arrays at their capacity; the value tables counted at 64 bytes a value. */
    synchronized long bytesHeld() {
        long perSlot = Long.BYTES + Byte.BYTES + 2L * Long.BYTES + 3L * Short.BYTES + Integer.BYTES + Long.BYTES + Integer.BYTES
                + Integer.BYTES;
        long values = 64L * (typeNames.count() + organizationCodes.count() + statuses.count() + publicationDateValues.count());
        return perSlot * seqs.length + identifierBytes.length + values;
    }

    private void grow() {
        int capacity = seqs.length + (seqs.length >> 1);
        seqs = Arrays.copyOf(seqs, capacity);
        types = Arrays.copyOf(types, capacity);
        idsHigh = Arrays.copyOf(idsHigh, capacity);
        idsLow = Arrays.copyOf(idsLow, capacity);
        organizations = Arrays.copyOf(organizations, capacity);
        froms = Arrays.copyOf(froms, capacity);
        tos = Arrays.copyOf(tos, capacity);
        publicationDates = Arrays.copyOf(publicationDates, capacity);
        seconds = Arrays.copyOf(seconds, capacity);
        nanos = Arrays.copyOf(nanos, capacity);
        identifierEnds = Arrays.copyOf(identifierEnds, capacity);
    }

    /** Latin-1 identifiers (nearly all) take a byte a character, others two: exact for every string, lone surrogates too. */
    private int appendIdentifier(String identifier) {
        boolean wide = false;
        for (int c = 0; c < identifier.length() && !wide; c++) {
            wide = identifier.charAt(c) > 0xFF;
        }
        int needed = wide ? 2 * identifier.length() : identifier.length();
        if (identifierLength + needed > identifierBytes.length) {
            long capacity = Math.max((long) identifierLength + needed, identifierBytes.length + ((long) identifierBytes.length >> 1));
            if (capacity > Integer.MAX_VALUE >> 1) {
                throw new IllegalStateException("the status timeline's identifiers exceed its buffer");
            }
            identifierBytes = Arrays.copyOf(identifierBytes, (int) capacity);
        }
        for (int c = 0; c < identifier.length(); c++) {
            char character = identifier.charAt(c);
            if (wide) {
                identifierBytes[identifierLength++] = (byte) (character >> 8);
            }
            identifierBytes[identifierLength++] = (byte) character;
        }
        return identifierLength << 1 | (wide ? 1 : 0);
    }

    private static String identifier(byte[] bytes, int previousEnd, int end) {
        int start = previousEnd >>> 1;
        int stop = end >>> 1;
        if ((end & 1) == 0) {
            return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
        }
        char[] characters = new char[(stop - start) / 2];
        for (int c = 0; c < characters.length; c++) {
            characters[c] = (char) ((bytes[start + 2 * c] & 0xFF) << 8 | bytes[start + 2 * c + 1] & 0xFF);
        }
        return new String(characters);
    }

    /** Each distinct value once; index 0 stands for none. */
    private static final class Values {

        private final int limit;
        private final Map<String, Integer> indexes = new HashMap<>();
        private String[] values = new String[8];
        private int count = 1;

        Values(int limit) {
            this.limit = limit;
        }

        int index(String value) {
            if (value == null) {
                return 0;
            }
            Integer known = indexes.get(value);
            if (known != null) {
                return known;
            }
            if (count > limit) {
                throw new IllegalStateException("the status timeline holds more than " + limit + " distinct values of a field");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count] = value;
            indexes.put(value, count);
            return count++;
        }

        /** The values by index; a replay reads only the indexes stored before it took the array. */
        String[] values() {
            return values;
        }

        int count() {
            return count - 1;
        }
    }
}
